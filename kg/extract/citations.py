"""Citations of parliamentary papers, EU acts and web pages, resolved to official identifiers.

    Kamerstukken II, 2024/25, 29 861, nr. 158      -> kst-29861-158
    Kamerstukken II, 2022–23, 21 501-31, nr. 669   -> kst-21501-31-669
    Kamerstuk II 2025/26, 36848, nr. 57            -> kst-36848-57
    https://eur-lex.europa.eu/...?uri=CELEX:32022L2041 -> CELEX:32022L2041
    Staatsblad 2017 327, Stb. 2011, 35, Stcrt-2018-49440 -> stb-2017-327, stb-2011-35, ...

No identifier is made up: a Kamerstuk without a document number is not cited.
"""

from __future__ import annotations

import re

from kg.cleaning import Text
from kg.records import Citation, CitationKind, Kamerstuk

_KAMERSTUK = re.compile(
    r"\b(?:[Kk]amerstuk(?:ken)?\s+(?P<chamber>II|I)\b|(?P<chamber_name>Tweede|Eerste)\s+Kamer),?\s*"
    r"(?:vergaderjaar\s+)?(?P<year>(?:19|20)\d\d)\s?[/–-]\s?(?P<year_end>\d\d(?:\d\d)?),?\s+"
    r"(?P<dossier>\d{2}[ .]?\d{3})(?:(?:-|\s)(?P<sub>\d{1,3}|[A-Z]{1,4})\b)?"
    r"(?:\s?/\s?\d{2}[ .]?\d{3})?,?\s+"  # a joint dossier "31 293/31 289" is cited by the first
    r"(?:nr\.|nummer)\s?(?P<number>\d{1,5})\b"
)
_CHAMBER_NAMES = {"Tweede": "II", "Eerste": "I"}
_GAZETTES = {
    "staatsblad": "stb",
    "stb": "stb",
    "staatscourant": "stcrt",
    "stcrt": "stcrt",
    "tractatenblad": "trb",
    "trb": "trb",
}
_GAZETTE = re.compile(
    r"\b(?P<gazette>Staatsblad|Stb|Staatscourant|Stcrt|Tractatenblad|Trb)\b\.?"
    r"(?:\s*|-)(?P<year>(?:18|19|20)\d\d)(?:\s*,\s*|\s+|-)(?:nr\.\s*)?(?P<number>\d{1,6})\b",
    re.I,
)
_URL = re.compile(r"https?://[^\s<>\"«»]+")
_CELEX = re.compile(r"CELEX(?::|%3A)(?P<celex>[1-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d+\))?)", re.I)


_CITATION_LIKE = re.compile(
    r"\b(?:[Kk]amerstuk(?:ken)?|Handelingen|Staatsblad|Stb|Staatscourant|Stcrt)\b"
    r"[^\n;]{0,40}?\d[\d ,./-]*"
    r"|\b(?P<motion>[Mm]otie[- ](?:van (?:het lid|de leden) )?[A-Z][\w'’-]*"
    r"(?:[ /-](?:van|der|den|de|[A-Z][\w'’-]*))*(?: c\.s\.)?)"
)
_MOTION_REACH = 80  # a motion named this close before a resolved citation is that citation


def find_unresolved(text: Text, citations: list[Citation]) -> list[str]:
    """Citation-like text ("motie-Van der Staaij", "Kamerstukken II, 2024/25, 29 861" without a
    number) that none of the citations covers: recognised, but no official id can be made."""
    found = []
    for m in _CITATION_LIKE.finditer(text.value):
        reach = _MOTION_REACH if m.group("motion") else 0
        span = text.span(m.start(), min(m.end() + reach, len(text)))
        if not any(c.span.start < span.end and span.start < c.span.end for c in citations):
            found.append(" ".join(m.group().split()))
    return found


def find_citations(text: Text, footnote: int | None = None) -> list[Citation]:
    """Every citation in the text, in order of appearance."""
    found = [_kamerstuk(text, m, footnote) for m in _KAMERSTUK.finditer(text.value)]
    found += [_url(text, m, footnote) for m in _URL.finditer(text.value)]
    found += [_gazette(text, m, footnote) for m in _GAZETTE.finditer(text.value)]
    return sorted(found, key=lambda c: c.span)


def _kamerstuk(text: Text, m: re.Match[str], footnote: int | None) -> Citation:
    dossier = Kamerstuk.dossier_id(f"{m.group('dossier')}-{m.group('sub') or ''}")
    start_year = m.group("year")
    end_year = m.group("year_end")
    if len(end_year) == 2:
        end_year = start_year[:2] + end_year
    chamber = m.group("chamber") or _CHAMBER_NAMES[m.group("chamber_name")]
    paper = Kamerstuk(dossier, m.group("number"), chamber, f"{start_year}-{end_year}")
    return Citation(
        CitationKind.KAMERSTUK, paper.identifier, m.group(), text.span(*m.span()), footnote, paper
    )


def _gazette(text: Text, m: re.Match[str], footnote: int | None) -> Citation:
    """Staatsblad 2017 327, Stb. 2011, 35, Stcrt-2018-49440 -> stb-2017-327, stb-2011-35, ..."""
    prefix = _GAZETTES[m.group("gazette").lower()]
    identifier = f"{prefix}-{m.group('year')}-{int(m.group('number'))}"
    return Citation(CitationKind.GAZETTE, identifier, m.group(), text.span(*m.span()), footnote)


def _url(text: Text, m: re.Match[str], footnote: int | None) -> Citation:
    url = m.group().rstrip(".,;:)]'")
    span = text.span(m.start(), m.start() + len(url))
    celex = _CELEX.search(url)
    if celex:
        return Citation(
            CitationKind.EU_ACT, f"CELEX:{celex.group('celex').upper()}", url, span, footnote
        )
    return Citation(CitationKind.URL, url, url, span, footnote)
