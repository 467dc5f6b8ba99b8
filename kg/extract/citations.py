"""Citations of parliamentary papers, EU acts and web pages, resolved to official identifiers.

    Kamerstukken II, 2024/25, 29 861, nr. 158      -> kst-29861-158
    Kamerstukken II, 2022–23, 21 501-31, nr. 669   -> kst-21501-31-669
    Kamerstuk II 2025/26, 36848, nr. 57            -> kst-36848-57
    ...; 35570-XIV-46; 21501-32-1740; ...          -> kst-35570-XIV-46, kst-21501-32-1740
    https://eur-lex.europa.eu/...?uri=CELEX:32022L2041 -> CELEX:32022L2041
    Verordening (EG) nr. 883/2004, Richtlijn 2006/123/EG -> CELEX:32004R0883, CELEX:32006L0123
    Regulation (EU) No 1169/2011                   -> CELEX:32011R1169
    Staatsblad 2017 327, Stb. 2011, 35, Stcrt-2018-49440 -> stb-2017-327, stb-2011-35, ...

No identifier is made up: a Kamerstuk without a document number is not cited.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial

from kg.cleaning import Text, clean
from kg.extract.spans import Covered
from kg.lexicon import compact, gazetteer, is_acronym
from kg.records import Citation, CitationKind, Kamerstuk, Span
from kg.scanning import Anchored, any_of, stands_as_word

# The letters of a dossier's part: a budget chapter or fund, "VII", "IXB", "A", up to the five of
# "XVIII" and "XXIII".
_PART = r"(?:[A-Z]{1,4}|[IVX]{5})"
# A Rijkswet's number after its dossier: "23 908 (R1519)", "27 570 (R 1672)"; in the compact
# form, as openkamer writes it, "27570-(R1672)-20".
_RIJKSWET = r"\(R\s?\d{3,4}\)"
_COMPACT_RIJKSWET = r"(?:-\(R\d{3,4}\))?"
_DOSSIER = (
    r"(?P<dossier>\d{2}[ .\n]?\d{3})"
    r"(?:[-–\s](?P<sub>\d{1,3})\b|[-\s]?(?P<letters>"
    + _PART
    + r")\b|\s+hoofdstuk\s+(?P<chapter>[IVXLC]{1,7})\b)?"
    rf"(?:\s*{_RIJKSWET})?"
)
_YEARS = r"(?P<year>(?:19|20)\d\d)\s?[/–-]\s?(?P<year_end>\d\d(?:\d\d)?)"  # "2024/25"
_MONTH = (  # (in Dutch, and in English: "nr. 356, 20 January 2026")
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay|[Jj]une|[Jj]uly|[Aa]ugust"
    r"|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)\b"
)
# Page references are skipped, more than one page too: "p. 5-6", "blz. 12 en 14".
_PAGES = r"(?:,?\s*(?:pp?|blz|pag)\.\s*\d+(?:\s*(?:[–-]|,|&|en)\s*\d+\b(?!\s*[/.]\d))*)"
_AND = r"(?:en|&|and)"  # between a paper's numbers (as `_papers` reads them too)
_THROUGH = r"(?:[–-]|t/m|t\.e\.m\.|tot\s+en\s+met)"  # a range of numbers: "nrs. 1 t/m 3"
_NO_YEAR = r"(?!(?:19|20)\d\d\b)"  # "nr. 12, 2019": a year, not a paper's number
_CUT = r"(?!…|\.\.\.)"  # "nr. 1…": a number cut short (a preview's truncation) is no number
_NUMBERED = (  # "nr. 158", "nrs. 520 en 548", "nrs. 1–3", "nr. 4, p. 12, en nr. 6"
    # (and the publisher's "nr. 1;2", two papers published as one)
    # (the full stop left out, "nr 1180", or in capitals, "NR 1180")
    # (a footnote's superscript marker may follow: "nr. 520¹")
    r"(?:(?:(?P<plural>nrs|NRS)|nr|NR)(?:\.|(?=\s?\d))|nummers?)\s?(?P<number>\d{1,5})"
    rf"(?P<number_letter>[a-z])?(?:\b|(?=[⁰¹²³⁴⁵⁶⁷⁸⁹])){_CUT}"
    # (a number like a year after "en" is a paper's only after "nrs.": "nrs. 1900 en 1901")
    rf"(?P<more>(?:{_PAGES}?\s*(?:,?\s*{_AND}\s*(?:nr\.\s?)?(?(plural)|{_NO_YEAR})"
    rf"|(?:,|;(?=\d)|{_THROUGH})\s*(?:nr\.\s?)?{_NO_YEAR})"
    rf"\d{{1,5}}\b{_CUT}(?!\s*[/.]\d)(?!\s+{_MONTH})(?!-\w|,?\s*nrs?\.|\s\d{{3}}\b))*)"
    # (no year, "nr. 12, 2019", no date, "nr. 3, 7 oktober 2008", nor the next dossier, "nr. 93
    # en 36360-X nr. 1", "nr. 5 en 35 301, nr. 6": numbers that follow are another paper's only
    # when nothing says otherwise)
)
_NUMBER_NEXT = r",?\s*(?:nrs?\.|nummers?)\s?\d"  # a paper's number follows: ", nr. 6"
# "C", "AA": not "A.B. Jansen", "B 12" (a number on the next line is the next line's: a header
# row's "35431 nr. F\n\n35 431 Tijdelijke regels")
_LETTER = r"[A-Z]{1,2}\b(?![\w-]|\.\w|[^\S\n]+\d)"
_NUMBERED_LETTER = re.compile(r"\bnr\.\s?\Z")  # "(33 328, nr. T)": before a paper's letter
# (the publisher's "nr. A;1": a paper both chambers received, lettered and numbered)
_LETTERS = (
    rf"(?P<letter_number>{_LETTER})(?P<more_letters>(?:\s*(?:,|en)\s*{_LETTER})*+)"
    r"(?:;(?P<joint_number>\d{1,5})\b)?"
)
_NUMBERS = (
    r"(?:"
    + _NUMBERED
    # Eerste Kamer papers are lettered: "35 300, C", "36 200 VII, nr. AA", "36 067, H en K".
    # "(35300-VI, letter Y)" says so in words.
    + r"|(?:(?<=,\s)(?:nr\.\s?|(?P<letter_word>letter\s))?|nr\.\s?)"
    + _LETTERS
    + r")"
)
# A joint paper of two dossiers is cited by the first: "31 293/31 289, nr. 408", "26 643 en 34
# 843, nr. 1069" (the same dossier again is another form: "36 600 B en 36 600 C, nr. 6").
# (a Rijkswet's number after it too: "35 687 en 35 688 (R2151), nr. 14"; a sub-dossier of the
# same, "21 501-08 en 21 501-33, nr. 908")
_OTHER_DOSSIER = (
    r"(?:\s?/\s?|\s+en\s+(?!(?P=dossier)\b(?!-\d)))\d{2}[ .]?\d{3}(?:-\d{1,3}\b)?"
    rf"(?:\s?{_RIJKSWET})?"
)
# Where a label starts: not inside a word, but after a footnote's number and the "x" that closes
# it, as Boom's journal pages glue them to it ("verkorten.1xKamerstukken I 2022/23, 33 118, EK").
_LABEL_START = r"(?:(?<![A-Za-zÀ-ÿ])|(?<=\dx))"
# One number shared by two lettered dossiers: "36 600 B en 36 600 C, nr. 6".
_SHARED_NUMBER = r"(?:\s+en\s+(?P=dossier)\s?(?P<letters_too>" + _PART + r")\b)?"
_KAMERSTUK = Anchored(
    re.compile(
        _LABEL_START + r"(?:(?:[Kk]amerstuk(?:ken)?|Kst\.)\s+(?P<chamber>II|I|11)\b"
        r"|(?P<chamber_name>Tweede|Eerste)\s+Kamer"
        r"|(?P<abbreviation>TK|EK|T\.K\.|E\.K\.)),?\s*"
        # (the year left out, "Kamerstukken II 33902, nr. 3", the paper is numbered: letters
        # after a dossier of the Eerste Kamer are read by _EK_LETTERS)
        rf"(?:(?:vergaderjaar\s+)?{_YEARS},?\s+)?"
        + _DOSSIER
        + r"(?:\s+e\.a\.)?"  # "29 762 e.a." (and others): cited by the first
        + rf"(?:{_OTHER_DOSSIER})?"
        + _SHARED_NUMBER
        + r",?\s+"
        + r"(?(year)|(?=nr|NR|nummer))"
        + _NUMBERS
    ),
    ("amerstuk", "Kst.", "Tweede", "Eerste", "TK", "EK", "T.K.", "E.K."),
    1,
)
# The older form of the Leidraad voor juridische auteurs, the papers' numbers in brackets after
# their dossier, a later session's after a semicolon: "Kamerstukken I 2000/2001, 26 855 (250,
# 250a); 2001/2002, 26 855 (16, 16a)".
_PAPER_IN_BRACKETS = rf"{_NO_YEAR}\d{{1,4}}[a-z]?\b"
_IN_BRACKETS = (
    rf"{_YEARS},\s+(?P<dossier>\d{{2}}[ .]?\d{{3}})\s?"
    rf"\((?P<numbers>{_PAPER_IN_BRACKETS}(?:,\s?{_PAPER_IN_BRACKETS})*)\)"
)
_NUMBERS_IN_BRACKETS = Anchored(
    re.compile(_LABEL_START + r"[Kk]amerstuk(?:ken)?\s+(?P<chamber>II|I)\b,?\s*" + _IN_BRACKETS),
    ("amerstuk",),
    1,
)
_LATER_SESSION = re.compile(r";\s*" + _IN_BRACKETS)
# The compact form: "Kamerstuk 35510-21", "Motie 36410-111", "21501-32-1740" (a sub-dossier
# and a number), "35570-XIV-46" (a budget chapter).
_COMPACT = Anchored(
    re.compile(
        # (after the label, its chamber and session too: "Kamerstukken II 2022/23, 29544-1120")
        r"(?:(?<![A-Za-zÀ-ÿ])(?:[Kk]amerstuk(?:ken|nummer)?(?:\s+(?P<chamber>II|I)\b)?"
        rf"(?:,?\s+{_YEARS})?,?|[Mm]otie|[Aa]mendement)\s+"
        # (a dossier written spaced: "Kamerstuk 35 300-XV-88", "Kamerstuk 35 334-190"; "21 501-20"
        # is a sub-dossier, which `_papers` knows)
        r"(?P<dossier>\d{5}|\d{2}\s\d{3}(?=-(?:\d{1,3}|" + _PART + r")-\d|-\d{1,5}(?![\w-])))"
        rf"{_COMPACT_RIJKSWET}(?:-(?P<sub>\d{{1,3}}|{_PART}))?"
        rf"|(?<![\w-])(?P<bare>\d{{5}}){_COMPACT_RIJKSWET}-(?P<bare_sub>\d{{1,3}}|[IVXL]{{1,5}}[AB]?))"
        # (after a label an en dash too, "Kamerstuk 29665–421", and after a label and a dossier
        # alone the dash spaced, "amendement 36067 – 61", before a number that is no dossier or
        # year: "Kamerstukken 36067 - 36068", "motie 36067 - 2023"; "Kamerstuk 36067-12 – 15" may
        # be a range)
        rf"(?:-|(?(bare)(?!)|(?:–|(?(sub)(?!)|\s[–-]\s))(?=\d{{1,4}}(?![\w-])){_NO_YEAR}))"
        # (not a sub-dossier whose paper follows: "Kamerstuk 21501-20, nr. 1234")
        rf"(?P<number>\d{{1,5}})(?![\w-])(?!{_NUMBER_NEXT})"
        # two parts without a label only in a list of papers: "34722-1; 33997-95; 25087-170."
        r"|(?:(?<=[(;:])|(?<=[(;:] ))(?P<listed>\d{5})"
        rf"{_COMPACT_RIJKSWET}-(?P<listed_number>\d{{1,4}})"
        r"(?=\s*[;)]|\.(?:\s|$))"
    ),
    ("amerstuk", "otie", "mendement", "-"),
    5,
)
# The publisher's header row of a paper, its cells joined or not: "Tweede Kamer der
# Staten-Generaal | 2011-2012 | 33003 nr. 83 |", "Tweede Kamer der Staten-Generaal2016-201734700
# nr. 19".
_HEADER_CELLS = (  # the chamber and the session, the cells every header row starts with
    r"(?P<chamber_name>Tweede|Eerste) Kamer der Staten-Generaal[ \t]*\|?[ \t]*"
    r"(?P<year>(?:19|20)\d\d)-(?P<year_end>(?:19|20)\d\d)[ \t]*\|?[ \t]*"
)
_HEADER_ROW = Anchored(
    re.compile(_HEADER_CELLS + _DOSSIER + r"[ \t]+" + _NUMBERS),
    ("Kamer der Staten-Generaal",),
    len("Tweede "),
)
# tkconv's (berthub.eu/tkconv) line for a paper: "Onderdeel van kamerstukdossier 27879 -78",
# "kamerstukdossier 21501 08-928" (a sub-dossier), "kamerstukdossier 36200 IV-58" (a budget
# chapter).
_TKCONV = Anchored(
    re.compile(
        r"\bkamerstukdossier\s+(?P<dossier>\d{5})(?:\s(?P<sub>\d{2}|[A-Z]{1,5}))?\s?"
        r"-(?P<number>\d{1,5})\b"
    ),
    ("amerstuk",),
    1,
)
# openkamer's line for a paper, right under the line of its source at officielebekendmakingen:
# "Bron: https://zoek.officielebekendmakingen.nl/kst-35394-48.html\nID: 35394-48" (a Rijkswet's
# number in it too: "ID: 36374-(R2187)-5" under ".../kst-36374-5.html").
_OPENKAMER = Anchored(
    re.compile(
        r"(?<=\.html\n)ID: (?P<id>(?P<dossier>\d{5})(?P<rijkswet>-\(R\d{3,4}\))?"
        r"(?:-(?P<sub>\d{1,3}|" + _PART + r"))?-(?P<number>\d{1,5}))\b"
    ),
    ("ID: ",),
    0,
)


def _openkamer_ids(value: str) -> Iterator[re.Match[str]]:
    """The matches of _OPENKAMER under the line of the same paper's source: "ID: 12345-6" alone
    says too little."""
    for m in _OPENKAMER.finditer(value):
        source = value[value.rfind("\n", 0, m.start() - 1) + 1 : m.start() - 1]
        paper = m.group("id").replace(m.group("rijkswet") or "", "", 1)
        if source.startswith("Bron: ") and source.endswith(f"/kst-{paper}.html"):
            yield m


# Motions numbered in the Handelingen: "Zij krijgt nr. 124 (33009).", "motie nr. 84 (35 510)";
# the dossier's label and session in the brackets too: "amendement nr. 7 (kamerstukken II
# 1997/98, 25 159)"; a changed motion's number and the one it replaces, "Zij krijgt nr. 554, was
# nr. 553 (29398)."
_NUMBERED_MOTION = Anchored(
    re.compile(
        r"(?:\b(?:Zij|Hij)\s+krijg(?:t|en)|(?<![\w-])(?:[Mm]otie|[Aa]mendement|stuk))"
        r"\s+nr\.\s?(?P<number>\d{1,5})(?P<more>,\s+was\s+nr\.\s?\d{1,5})?\s*\("
        rf"(?:[Kk]amerstuk(?:ken)?\s+(?:(?P<chamber>II|I)\b,?\s*)?(?:{_YEARS},?\s+)?)?"
        r"(?P<dossier>\d{2}\s?\d{3})(?:[-\s](?P<sub>[\w]{1,4}))?\)"
    ),
    ("Zij", "Hij", "otie", "mendement", "stuk"),
    1,
)
# A changed motion or amendment names the paper it replaces by its number alone, in the dossier
# its heading names: "34 950 XII Jaarverslag ...\n\nNr. 21 GEWIJZIGDE MOTIE VAN HET LID VON
# MARTELS TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16" (kst-34950-XII-16).
_REPLACED = Anchored(
    re.compile(
        r"(?m)^(?P<dossier>\d{2}\s?\d{3})(?:\s(?P<sub>[IVXL]+|[A-Z]{1,3})(?![a-z]))?\D[^\n]*\n"
        r"(?:[^\n]*\n){0,5}?\s*[Nn]r\.\s?\d{1,5}(?:(?!\n\s*\n)[\s\S]){0,200}?"
        r"(?P<replaced>(?i:ter\s+vervanging\s+van\s+(?:die|dat|het)\s+gedrukt\s+onder\s+nr\.)"
        r"\s?(?P<number>\d{1,5}))\b"
    ),
    ("gedrukt",),
    None,
    ignore_case=True,
)
# A label without chamber or year: "(Kamerstuk 21 109, nr. 233)", "Kenmerk 36200 A, nr. 95",
# "(Kamerstukken 36 600 B en 36 600 C, nr. 6)", abbreviated "(Kst. 28089, nr. 179)"; a joint
# paper's dossiers listed as the parliamentary monitor lists them, "Kenmerk 27529; 35824; 36121,
# nr. AF" (cited by the first).
_LABEL_ONLY = Anchored(
    re.compile(
        # (the label glued to the dossier too, "(Kamerstuk32 163, nr. 48)")
        _LABEL_START
        + r"(?:(?P<labelled>[Kk]amerstuk(?:ken)?|KAMERSTUK(?:KEN)?|Kst\.)(?:\s+|(?=\d))"
        r"|(?:Kenmerk|Reference)[\s|:]+)"
        + _DOSSIER
        + rf"(?:{_OTHER_DOSSIER}|(?:;\s?\d{{5}})+)?{_SHARED_NUMBER},?\s+"
        + _NUMBERS
    ),
    ("amerstuk", "AMERSTUK", "Kst.", "Kenmerk", "Reference"),
    1,
)
# A paper's number without "nr." after a label, where the citation ends: with a chamber and a
# year, "(Kamerstukken II, vergaderjaar 2010–2011, 24 077, 259)", or at its closing bracket,
# "(Kamerstuk 22 112, 2962)".
_UNNUMBERED = Anchored(
    re.compile(
        _LABEL_START + r"[Kk]amerstuk(?:ken)?\s+(?:(?P<chamber>II|I)\b,?\s*"
        rf"(?:vergaderjaar\s+)?{_YEARS},?\s+)?{_DOSSIER},\s+"
        rf"{_NO_YEAR}(?P<number>\d{{1,5}})(?(year)(?=\s*[);]|\.(?:\s|$))|(?=\)))"
    ),
    ("amerstuk",),
    1,
)
# The parliamentary monitor's phrase: "is onder nr. 60 toegevoegd aan wetsvoorstel 35526", "onder
# nr. H toegevoegd aan wetsvoorstel 36067" (an Eerste Kamer paper).
_ADDED_AS = (  # (the paper's number, and the words up to the dossiers)
    r"onder nr\.\s?(?:(?P<number>\d{1,5})|(?P<letter_number>[A-Z]{1,2}))\s+toegevoegd\s+aan\s+"
)
_ADDED_TO = Anchored(
    re.compile(rf"\b{_ADDED_AS}(?:wetsvoorstel|dossier)\s+" + _DOSSIER + r"(?![\w-])"),
    ("onder nr",),
    0,
)
_ANOTHER_DOSSIER = re.compile(
    r"(?:,| en) (?:dossier|wetsvoorstel) "
    r"(?P<dossier>\d[\d.]*(?: \d{3})?(?:[-\s]?" + _PART + r"\b|-\d{1,3}\b)?)"
)
# The phrase for a joint paper, with the listed dossier whose number the publisher's code gives
# the paper further on: "onder nr. 753 toegevoegd aan dossier 27879 - ..., dossier 24515 - ...",
# then "Nummer KST24515753"; a budget chapter's too, "... en wetsvoorstel 36200 IV - ...", then
# "KST36200IV53".
_ADDED_TO_JOINT = re.compile(
    _ADDED_AS + r"(?:[^\n]*?(?:,| en) )?(?:wetsvoorstel|dossier)\s+"
    r"(?P<dossier>\d{5})(?:\s(?P<letters>" + _PART + r"))?(?= - )"
    r"(?=[\s\S]*?(?<![\w-])KST(?P=dossier)(?(letters)(?P=letters))"
    r"(?(number)(?P=number)|(?P=letter_number))(?![\w-]))"
)


def _added_to(value: str) -> Iterator[re.Match[str]]:
    """The matches of _ADDED_TO, and of _ADDED_TO_JOINT for a joint paper. "onder nr. 753
    toegevoegd aan dossier 27879 - ..., dossier 24515 - ..." lists the dossiers a joint paper is
    part of, not the one whose number it has first: that one is known only from the publisher's
    code ("KST24515753"). "... aan wetsvoorstel 31579 - ... en dossier 31579 - ..." names one
    dossier twice."""
    for m in _ADDED_TO.finditer(value):
        line_end = value.find("\n", m.end())
        own = Kamerstuk.dossier_id(value[m.start("dossier") : m.end()])
        others = _ANOTHER_DOSSIER.finditer(value, m.end(), len(value) if line_end < 0 else line_end)
        if all(Kamerstuk.dossier_id(o.group("dossier")) == own for o in others):
            yield m
        elif joint := _ADDED_TO_JOINT.match(value, m.start()):
            yield joint


# The Eerste Kamer site's title of a paper: the bill's title and dossier (with a full stop), then
# the paper's and its chamber's: "... (EU ETS) (36.407); Memorie van toelichting (TK, 3)",
# "(35.300); Memorie van antwoord (EK, C)".
_EK_SITE = Anchored(
    re.compile(
        r"\((?P<dossier>\d{2}\.\d{3})\);\s[^()\n]{3,80}"
        r"\((?P<abbreviation>TK|EK),\s(?:(?P<number>\d{1,5})|(?P<letter_number>[A-Z]{1,2}))\)"
    ),
    (");",),
    len("(36.407"),
)
# The publisher's own code: "KST36200A95", "KST357463" (dossier 35746, nr. 3), "KST36067H" (an
# Eerste Kamer paper; one letter: "KST36200AB" may be fund A's paper B). Dossiers are five digits;
# 21 501 is left out, its numbered sub-dossiers make its codes ambiguous.
_KOOP = Anchored(
    re.compile(
        r"(?<![\w-])KST(?!21501)(?P<dossier>\d{5})"
        r"(?:(?P<letters>"
        + _PART
        + r")?(?P<number>\d{1,4})|(?P<letter_number>[A-Z]{1,2}))(?![\w-])"
    ),
    ("KST",),
    0,
)


def _koop_codes(value: str) -> Iterator[re.Match[str]]:
    """The matches of _KOOP, but a code of digits alone only where the text names its dossier
    elsewhere ("Kenmerk 32793, nr. 555" beside "KST32793555"): the same prefix numbers the
    publisher's other documents too, "KST1202079" (EU Monitor), "KST109350" (a printer's
    footer); and two letters alone only where the text names the paper by them ("nr. GA" beside
    "KST33118GA"), not fund G's paper A."""
    for m in _KOOP.finditer(value):
        letters = m.group("letter_number")
        if letters and len(letters) == 2:
            if re.search(rf"\bnr\.\s?{letters}\b", value):
                yield m
            continue
        if m.group("letters") or letters:
            yield m
            continue
        dossier = m.group("dossier")
        named = re.compile(rf"(?<![\d.]){dossier[:2]}[ .]?{dossier[2:]}(?!\d)")
        if named.search(value, 0, m.start()) or named.search(value, m.end()):
            yield m


# Official ids written out: "(kst-36155-4)", "stb-2020-118", "h-tk-20232024-45-7".
_WRITTEN_ID = Anchored(
    re.compile(
        r"(?<![\w/.-])(?P<id>kst-\d{5}(?:-[A-Z0-9]{1,4})?-[A-Z0-9]{1,5}|(?:stb|stcrt|trb)-\d{4}-\d{1,6}"
        r"|h-(?:tk|ek|vv)-\d{8}-\d{1,4}-\d{1,4}|ah-(?:tk|ek)-\d{8}-\d{1,5})(?![\w-])"
    ),
    ("kst-", "stb-", "stcrt-", "trb-", "h-tk-", "h-ek-", "h-vv-", "ah-tk-", "ah-ek-"),
    0,
)
# No label, in brackets: "(36200-VI, nr. 30)"; a joint paper of the Eerste Kamer, cited by its
# first dossier: "(35925 VII / 35925 IV, A)".
_JOINT_SUB = r"(?:[-\s](?:\d{1,3}|" + _PART + r"))?"  # the second dossier's own part: "35925 IV"
_JOINT = rf"(?P<joint>{_OTHER_DOSSIER}{_JOINT_SUB})?"
# (in brackets a joint paper's second dossier may follow the first after a space alone, as the
# Eerste Kamer writes it: "(35526 25295, CG)"; its Handelingen space the brackets and the comma,
# "( 33709 , letter AE )")
_BRACKETED = re.compile(
    r"\(\s?"
    + _DOSSIER
    + rf"(?P<joint>(?:{_OTHER_DOSSIER}|\s\d{{5}}){_JOINT_SUB})?"
    + r"\s?,\s*"
    + _NUMBERS
    + r"\s?\)"
)
_RECENT = r"(?:1[7-9]|[23]\d)"  # a dossier of the last decades starts so: 17 000 to 39 999
_RECENT_DOSSIER = re.compile(rf"{_RECENT}\d{{3}}")
# The Eerste Kamer's own way with a paper's number, in brackets after the dossier written with a
# full stop, without "nr.": "(21.501-33, 875)", as with its letters: "(35.526, BH)". (A recent
# dossier: "(12.345, 678)" may be anything.)
_DOTTED = re.compile(
    rf"\((?P<dossier>{_RECENT}\.\d{{3}})(?:-(?P<sub>\d{{1,3}}))?,\s*"
    + rf"{_NO_YEAR}(?P<number>\d{{1,5}})\)"
)
# The Eerste Kamer's lists of papers: a joint paper's letters after its two dossiers, as a list's
# item, "- 35526 / 25295, CF" (one dossier and a letter alone say too little: "- 35526, CF").
# (the item's bullet at a line's start, a dossier after it and a slash soon after that)
_LIST_ITEM = Anchored(
    re.compile(r"(?:(?<![\s\S])|(?<=\n))[-*] [ \t]*(?=\d\d[ .]?\d{3}[^\n/]{0,30}/)"),
    ("- ", "* "),
    0,
)
_LISTED_JOINT = re.compile(_DOSSIER + r"(?P<joint>\s?/\s?\d{2}[ .]?\d{3}),\s*" + _LETTERS)


def _listed_joints(value: str) -> Iterator[re.Match[str]]:
    """The matches of _LISTED_JOINT right after a list item's bullet."""
    for item in _LIST_ITEM.finditer(value):
        if m := _LISTED_JOINT.match(value, item.end()):
            yield m


# No label, no brackets: a dossier and a paper numbered in words, where a list, a quote or a
# sentence's clause starts or after a word (but "artikel 12345, nr. 3", "Postbus 20401, nr. 3"):
# "aan te houden: 29544, nr. 959.", "de motie van het lid Akerboom, 36 410 XIV, nr. 9,",
# "“21 501-32, nr. 1703”", "(Kamerstukken 35925-X nr. 93 en 36360-X nr. 1)"; a joint dossier
# by the first, "31 293 / 31 289, nr. 408". (Found last, outside the citations found before.)
_BARE_AFTER = "\"“'‘(*:;,["
_BARE = Anchored(
    re.compile(
        rf"(?:(?<![\s\S])|(?<=[{_BARE_AFTER}\n])|(?<=[{_BARE_AFTER}] )"
        # or after a word ("vragen over brieven 27 858, nrs. 60–62", "zie ook 29 861, nr. 158"),
        # but one that numbers other things
        r"|(?<=[a-z] )(?<!\b[Pp]ostbus )(?<!\bartikel )(?<!\bpostcode ))"
        # (white space bounded, so that "nr" is never further than `reach` from the start)
        + _DOSSIER.replace(r"\s+", r"\s{1,3}").replace(r"\s*", r"\s{0,3}")
        + _JOINT.replace(r"\s+", r"\s{1,3}")
        + r"(?:,\s{0,3}|\s{1,3})"
        + _NUMBERED
    ),
    ("nr", "NR", "nummer"),
    # the longest dossier ("12 345   hoofdstuk   XVIIIII"), Rijkswet ("   (R 1234)"), joint
    # dossier ("   en   12 345 (R 1234)-XXXX"), separator
    6 + 22 + 11 + 20 + 8 + 4,
)


# Eerste Kamer papers by their letters, the year left out or not: "(EK, 36 067, H)", two right
# after the dossier, "(EK, 36 067 H en K)" (but for "36 600 B en C, nr. 6", two dossiers' paper
# 6), and after a fund's or budget chapter's letters, "(EK 36 600 B, A)", "EK 35 300 VI, C".
_EK_LETTERS = Anchored(
    re.compile(
        _LABEL_START + r"(?:[Kk]amerstuk(?:ken)?\s+(?P<chamber>I)|(?P<abbreviation>EK|E\.K\.)"
        r"|(?P<chamber_name>Eerste)\s+Kamer)\b,?\s+"
        rf"(?:{_YEARS},?\s+)?"
        r"(?P<dossier>\d{2}[ .]?\d{3})"
        # (the dossier's letters, before the comma; `_ek_letters`)
        r"(?:(?:[-\s]?(?P<letters>" + _PART + r")\b)?,\s*"
        rf"|\s+(?={_LETTER}\s+en\s+{_LETTER}(?!\s*(?:,|en)\s*[A-Z])))"
        + _LETTERS
        + rf"(?!{_NUMBER_NEXT})"
    ),
    ("amerstuk", "EK", "E.K.", "Eerste"),
    1,
)


def _ek_letters(value: str) -> Iterator[re.Match[str]]:
    """The matches of _EK_LETTERS, but where a dossier's letter may be the first of its papers:
    "36 600 B, C en D" may be papers B, C and D of 36 600 (in "36 600 B, A" B is the fund's)."""
    for m in _EK_LETTERS.finditer(value):
        own = m.group("letters")
        if not (own and len(own) == 1 and own < m.group("letter_number")):
            yield m


# The Eerste Kamer's lettered papers say so, brackets or not: "35925-VI, letter T".
_LETTERED = Anchored(
    re.compile(
        r"(?<![\w/(-])"  # (in brackets, _BRACKETED has it)
        + _DOSSIER
        + r",\s+(?P<letter_word>letter\s)(?P<letter_number>[A-Z]{1,2})\b(?![\w-]|\.\w|\s+\d)"
    ),
    ("letter",),
    None,  # (dossiers and spaces can be long)
)
_CHAMBERS = {
    "II": "II",
    "I": "I",
    "11": "II",
    "Tweede": "II",
    "Eerste": "I",
    "TK": "II",
    "T.K.": "II",
    "EK": "I",
    "E.K.": "I",
}
# Several numbers after "nrs.", several items after "items", the items of another meeting after
# "en nr.": "Aanhangsel Handelingen II 2020/21, nrs. 2345 en 2346", "Handelingen II 2019/20, nr.
# 90, items 12 en 13 en nr. 91, item 4".
_MORE = rf"(?:\s*(?:,|en|{_THROUGH})\s*\d{{1,4}}\b(?!\s+{_MONTH}))*"
_MEETING = r"\s*(?:,|;|en)\s*nr\.\s?\d{1,4},?\s+items?\s*\d{1,3}\b" + _MORE
_MEETING_PARTS = re.compile(r"\s?(\d{1,4}),?\s+items?\s*(\d{1,3})(.*)", re.S)  # (after "nr.")
_HANDELINGEN = Anchored(
    re.compile(
        r"\b(?P<aanhangsel>Aanhangsel\s+(?:van\s+de\s+)?)?Handelingen\s+"
        # (the chamber in words too: "Handelingen (van de) Tweede Kamer 2022/23, nr. 104")
        r"(?:(?P<chamber>II|I|TK|EK)|(?:van\s+de\s+)?(?P<chamber_name>Tweede|Eerste)\s+Kamer)\b,?\s*"
        + _YEARS
        # (the number of the meeting without "nr." only before its item: "2019-2020, 90, item 12")
        + r",?\s+(?:nr(?P<numbers>s)?\.\s?|(?=\d{1,4},?\s+items?\s))(?P<number>\d{1,4})\b"
        + rf"(?(numbers)(?P<more_numbers>{_MORE}))"
        + rf"(?:,?\s+item(?P<items>s)?\s*(?P<item>\d{{1,3}})\b(?(items)(?P<more_items>{_MORE}))"
        + rf"(?P<meetings>(?:{_MEETING})*))?"
    ),
    ("Aanhangsel", "Handelingen"),
    0,
)
# The publisher's header row of the Handelingen, its cells joined or not: "Tweede Kamer der
# Staten-Generaal2018-2019nr. 86, item 22", "Eerste Kamer der Staten-Generaal | 2022-2023 | nr.
# 30, item 5 |".
_HANDELINGEN_ROW = Anchored(
    re.compile(_HEADER_CELLS + r"nr\.\s?(?P<number>\d{1,4}),\s+item\s+(?P<item>\d{1,3})\b"),
    ("Kamer der Staten-Generaal",),
    len("Tweede "),
)
# The publisher's header row of an Aanhangsel (written questions and their answers), its cells
# joined or not: "Tweede Kamer der Staten-Generaal2018-20193938", "| 2018-2019 | 3938 |"; a row
# of a number alone, under the columns "Vergaderjaar" and "Nummer" (`_answers_rows`).
_ANSWERS_ROW = Anchored(
    re.compile(_HEADER_CELLS + r"(?P<aanhangsel>)(?P<number>\d{1,5})[ \t]*\|?[ \t]*$", re.M),
    ("Kamer der Staten-Generaal",),
    len("Tweede "),
)
_ANSWERS_COLUMNS = re.compile(r"Vergaderjaar[ \t]*\|?[ \t]*Nummer")
_COLUMNS_REACH = 200  # characters: the header of the columns is in the lines right above a row


def _answers_rows(value: str) -> Iterator[re.Match[str]]:
    """The matches of _ANSWERS_ROW under the columns of an Aanhangsel's header."""
    for m in _ANSWERS_ROW.finditer(value):
        if _ANSWERS_COLUMNS.search(value, max(0, m.start() - _COLUMNS_REACH), m.start()):
            yield m


# The header of written questions and their answers (Aanhangsel) as the publisher's PDF prints
# it: "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2022–2023 Aanhangsel van de Handelingen\n
# Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n3649";
# its cells split by "|" as tkconv's preview shows them, "Tweede Kamer der Staten-Generaal | 2
# |\nVergaderjaar 2024-2025 | Aanhangsel van de Handelingen |".
_ANSWERS_TITLE = (
    "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden"
)
_ANSWERS_HEADER = Anchored(
    re.compile(
        r"(?P<chamber_name>Tweede|Eerste) Kamer der Staten-Generaal[ \t|]*\d{0,3}[\s|]+"
        r"Vergaderjaar\s+"
        + _YEARS
        + r"[\s|]+(?P<aanhangsel>Aanhangsel)\s+van\s+de\s+Handelingen[\s|]+"
        + _ANSWERS_TITLE.replace(" ", r"\s+")
        + r"[\s|]+(?P<number>\d{1,5})\b"
    ),
    ("Kamer der Staten-Generaal",),
    len("Tweede "),
)
# The types of EU act, in Dutch, English, French and German, and each one's sector in a CELEX
# number: R(egulation), L (directive), D(ecision; "Beschikking" before 2009), F (framework
# decision, and a joint action of justice and home affairs), E (common position of the CFSP, and
# its joint action: "Gemeenschappelijk Optreden 2008/124/GBVB"), H (recommendation). A type is
# written capitalised, in lower case or in capitals ("VERORDENING (EU) 2016/679", a title).
_EU_TYPES = {
    **{"Verordening": "R", "Uitvoeringsverordening": "R", "Richtlijn": "L"},
    **{"Besluit": "D", "Uitvoeringsbesluit": "D", "Beschikking": "D", "Kaderbesluit": "F"},
    **{"Gemeenschappelijk standpunt": "E", "Gemeenschappelijk Standpunt": "E"},
    **{"Gemeenschappelijk optreden": "F", "Gemeenschappelijk Optreden": "F"},
    **{"Aanbeveling": "H"},
    **{"Regulation": "R", "Directive": "L", "Decision": "D", "Framework Decision": "F"},
    **{"Common position": "E", "Common Position": "E", "Recommendation": "H"},
    **{"Joint action": "F", "Joint Action": "F"},
    **{"Règlement": "R", "Décision": "D"},
    **{"Verordnung": "R", "Richtlinie": "L", "Beschluss": "D"},
    **{"Gemeinsamer Standpunkt": "E", "Gemeinsamen Standpunkt": "E"},
}
# The systems written in brackets before an act's number or after it, "(EU) 2022/2464",
# "2006/43/EC"; and those written first in a compound, "EU-verordening 2017/948".
_ACT_SYSTEMS = "EU|EG|EEG|EC|EEC|Euratom"
_FIRST_SYSTEMS = "EU|EG|EEG"
# Types of act that count only with their system written, as their names have other uses.
_EU_UNUSUAL_SECTORS = ("D", "F", "E", "H")
_EU_LABELS = {
    "D": "Besluit",
    "F": "Kaderbesluit",
    "E": "Gemeenschappelijk standpunt",
    "H": "Aanbeveling",
}
_JOINT_ACTIONS = ("gemeenschappelijk optreden", "joint action")
# Abbreviated, a regulation (an implementing, a delegated one) counts only with its system: "UV
# (EU) 2024/2690", "GV (EU) 2025/532", "Vo. (EG) nr. 883/2004"; a directive written right before
# its number, "Rl 2008/8", "Rl.2008/8", only where the text cites it in full too ("Richtlijn
# 2008/8/EG (hierna: Rl 2008/8)").
_EU_ABBREVIATIONS = {"UV": "R", "GV": "R", "Vo.": "R", "Rl": "L"}
_BEFORE_NUMBER = "Rl"  # (the abbreviation written before the number itself)
_EU_SECTORS = {name.casefold(): sector for name, sector in _EU_TYPES.items()} | {
    name.casefold(): sector for name, sector in _EU_ABBREVIATIONS.items()
}
_EU_TYPE_NAMES = sorted(_EU_TYPES, key=len, reverse=True)
# "Verordening (EG) nr. 883/2004", "Uitvoeringsverordening (EU) 2019/947", "richtlijn (EU)
# 2016/1148", "Besluit nr. 1247/2002/EG", "Kaderbesluit 2008/977/JBZ", "Verordening (EU) 2024 1398"
# (the slash lost). A decision (or a framework decision, a common position, a recommendation), a
# type in lower case and a number without its slash count only with the system written.
EU_ACT = Anchored(
    re.compile(
        # (also the end of a compound: "Habitatrichtlijn 92/43/EEG", "EU-verfrichtlijn 2004/42/EG")
        # (the system may come first in a compound, "EU-verordening 2017/948", or as a word,
        # "EU verordening 265/2008")
        rf"(?:\b|(?<=[a-z]))(?:(?P<prefix>{_FIRST_SYSTEMS})[- ])?(?P<type>"
        # (the words of a type may be broken over lines: "Gemeenschappelijk\n\nStandpunt")
        + "|".join(
            f"[{n[0]}{n[0].lower()}]{n[1:]}|{n.upper()}".replace(" ", r"\s+")
            for n in _EU_TYPE_NAMES
        )
        + "".join(
            f"|(?<![\\w-]){re.escape(n)}(?=\\s+\\()"
            for n in _EU_ABBREVIATIONS
            if n != _BEFORE_NUMBER
        )
        + rf"|(?<![\w-]){_BEFORE_NUMBER}(?=\.?\s?\d)"
        # ("(EU, Euratom)": the financial regulation; "(GBVB)": the common foreign and security
        # policy, in English "CFSP", in French "PESC", in German "GASP")
        # (a comma may come between a compound and its system: "de antiwitwasverordening, (EU)
        # 2024/1624")
        + rf")(?:\s+|,\s+(?=\((?:EU|EG|EEG)\))|(?<={_BEFORE_NUMBER})\.?\s?)"
        # (a number's "nr." may come before the system: "richtlijn nr. (EU) 2023/1791")
        + r"(?:[Nn]r\.\s?(?=\((?:EU|EG|EEG)\)))?"
        + r"(?:\((?P<system>EU|EG|EEG|Euratom|EC|EEC|UE|CE|CEE|EWG|GBVB|CFSP|PESC|GASP)"
        # (a web page's abbreviation may have its meaning written after it, as the page shows it
        # on hovering: "Verordening (EGEuropese Gemeenschap ) 1935/2004")
        r"(?:(?<=EG)Europese\s+Gemeenschap\s?|(?<=EU)Europese\s+[Uu]nie\s?)?"
        r"(?:,\s?Euratom)?\)\s+"
        # (or as a word before the number: "Verordening EU nr. 528/2012", "Richtlijn EU 2019/1152")
        r"|(?P<system_word>EU|EG|EEG)\s+(?=(?:(?:[Nn]r|No)\.?\s?)?\d))?"
        r"(?:(?P<numbered>[Nn]r\.?|No\.?|no|n°)\s*)?"
        # (in brackets with its system after, "Gemeenschappelijk Standpunt (2008/944/CFSP;", or
        # with "No", "Directive (No 2009/138/EC)", "Regulation (No 2015/35)", or with the system
        # before the type, "EU-Verordening (2019/1020)": not "Verordening (883/2004)")
        r"(?:\((?:(?:No|[Nn]r)\.?\s?(?=\d{1,4}/\d{1,4}(?:/[A-Z]|\)))|(?=\d{2,4}/\d{1,4}/[A-Z])"
        r"|(?(prefix)(?=\d{1,4}/\d{1,4}\))|(?!))))?"
        # (the number broken over lines after its slash, "2019/\n1152", or spaced, "2002/ 22/EG",
        # "1907 / 2006")
        r"(?P<first>\d{1,4})"
        r"(?P<separator>[ \t]?/(?:[ \t]*\n[ \t]*|[ \t](?=\d))?| (?=\d{3,4}\b))(?P<second>\d{1,4})"
        r"(?:/(?P<suffix>EU|EG|EEG|EEC|EC|Euratom|JBZ|JHA|GBVB|CFSP|PESC|GASP))?"
        # (a footnote's number may follow the system, "Richtlijn nr. 2008/8/EG2;", or the year
        # a numbered act's number ends with, "Verordening (EG) nr. 1/20051")
        r"(?:(?<=[A-Za-z])(?=\d{1,3}\b)|(?![\d/])"
        r"|(?(numbered)(?<=/(?:19|20)\d\d)(?=\d{1,2}\b)|(?!)))"
    ),
    # (each type from its second letter to the end of its first word, in any of its cases: the
    # first letter may be either)
    tuple(sorted({form.split()[0] for n in _EU_TYPE_NAMES for form in (n[1:], n.upper()[1:])}))
    + tuple(_EU_ABBREVIATIONS),
    len("EEG-v"),
)
_DUTCH_SYSTEMS = {
    **{"EC": "EG", "EEC": "EEG", "UE": "EU", "CE": "EG", "CEE": "EEG", "EWG": "EEG"},
    **{"JHA": "JBZ", "CFSP": "GBVB", "PESC": "GBVB", "GASP": "GBVB"},
}
# Several acts after a plural: "Verordeningen (EG) nr. 1071/2009, (EG) nr. 1072/2009 en (EU)
# 1024/2012", "Richtlijnen 2009/72/EG en 2009/73/EG", "Richtlijnen 89/608/EEG, 90/425/EEG", in
# English "Directives 2006/43/EC, 2013/34/EU, (EU) 2022/2464 and (EU) 2024/1760", decisions "de
# besluiten 1999/307/EG, 1999/435/EG en 1999/436/EG", items named in brackets, "de verordeningen
# (EU) 2024/1624 (antiwitwasverordening, AMLR) en (EU) 2024/1620 (AMLA-verordening)"; each item
# is read as if its type were written before it. An item without its system, "Richtlijnen
# 90/427/EEG en 2009/156", counts only where the text cites that act in full too.
_BARE_ITEM = re.compile(r"(?:\d\d|\d{4})/\d{1,4}")
_EU_LIST_ITEM = re.compile(
    rf"\((?:{_ACT_SYSTEMS})\)\s+(?:(?:nr|No)\.?\s*)?\d{{1,4}}/\d{{1,4}}"
    rf"|(?:\d\d|\d{{4}})/\d{{1,4}}/(?:{_ACT_SYSTEMS})\b"
    rf"|{_BARE_ITEM.pattern}\b(?![/\d])"
)
_NAMED_AFTER = r"(?:\s*\([^()\d\n]{1,80}\))?"  # an item's name after it: "(AMLA-verordening)"
_EU_LIST = Anchored(
    re.compile(
        # (also the end of a compound: "aanbestedingsrichtlijnen 2014/23/EU, 2014/24/EU en ...")
        r"(?:\b|(?<=[a-z]))"
        r"(?P<types>[Vv]erordeningen|[Rr]ichtlijnen|[Bb]esluiten|[Rr]egulations|[Dd]irectives)\s+"
        rf"(?P<items>(?:{_EU_LIST_ITEM.pattern}){_NAMED_AFTER}"
        rf"(?:\s*(?:,|en|and)\s*(?:{_EU_LIST_ITEM.pattern}){_NAMED_AFTER})*)"
    ),
    ("erordeningen", "ichtlijnen", "esluiten", "egulations", "irectives"),
    1,
)
# (each plural but its first letter, which may be either case: the type its items are read as)
_LISTED_TYPES = {"erordeningen": "Verordening", "egulations": "Verordening", "esluiten": "Besluit"}
# More acts after one, each with its system or suffix: "Richtlijn 2006/123/EG en 2005/36/EG",
# "Verordening (EU) 2016/679 en (EU) 2018/1725" (a number alone may be anything).
_EU_MORE = re.compile(rf"(?:\s*(?:,|en|and)\s*(?:{_EU_LIST_ITEM.pattern}))+")


# After a plural's items, more with their system written, each after the title of the one before,
# in the same sentence: "de Richtlijnen 2002/21/EG inzake een gemeenschappelijk regelgevingskader
# ..., 2002/19/EG inzake de toegang ... en 2002/20/EG betreffende de machtiging ...".
_TITLED_ITEM = re.compile(
    rf"(?:,\s*(?:en\s+)?|\s+(?:en|and)\s+)(?P<item>(?:\d\d|\d{{4}})/\d{{1,4}}/(?:{_ACT_SYSTEMS})\b)"
)
_TITLE_REACH = 250  # characters: the longest title between two items
# (no title holds the end of a sentence, another act's type or number: "de Verordeningen (EG) nr.
# 1/2005 en ... van de Raad en de Richtlijnen 98/58/EG, 1999/74/EG" lists directives after "en")
_NOT_A_TITLE = re.compile(
    r"[;!?]|\.\s+[A-Z]|\n\s*\n|\d/\d"
    r"|(?i:richtlijn|verordening|besluit|beschikking|directive|regulation|decision)"
)


def _listed_eu_acts(value: str) -> Iterator[tuple[int, str, str]]:
    """(start, text, type) of each act written by its number after another act or a plural."""
    for listed in _EU_LIST.finditer(value):
        kind = _LISTED_TYPES.get(listed.group("types")[1:], "Richtlijn")
        for item in _EU_LIST_ITEM.finditer(listed.group("items")):
            yield listed.start("items") + item.start(), item.group(), kind
        position = listed.end()
        while (
            titled := _TITLED_ITEM.search(value, position, position + _TITLE_REACH)
        ) and not _NOT_A_TITLE.search(value, position, titled.start()):
            yield titled.start("item"), titled.group("item"), kind
            position = titled.end()
    for act in eu_acts(value):
        if more := _EU_MORE.match(value, act.end()):
            for item in _EU_LIST_ITEM.finditer(value, act.end(), more.end()):
                yield item.start(), item.group(), act.group("type")


# A CELEX number alone or as the identifier it is: "CELEX 32004L0038", "CELEX:32016R0679", one
# of several published the same day, "52017XC0524(01)" (in a URL it is the URL's citation). The
# pattern is tried right at the number (its anchors are everywhere: "2024"); a label before it
# joins the raw text afterwards (_CELEX_LABEL).
_BARE_CELEX = Anchored(
    re.compile(
        r"(?:(?<=[Cc][Ee][Ll][Ee][Xx]:)(?<![\w/=-][Cc][Ee][Ll][Ee][Xx]:)|(?<![\w:/=-]))"
        r"[1-9](?:19|20)\d\d[A-Z]{1,2}\d{4}(?:\(\d{2}\))?(?![\w-])"
    ),
    ("19", "20"),
    1,
)
_CELEX_LABEL = re.compile(r"(?<![\w/=-])[Cc][Ee][Ll][Ee][Xx](?::\s?|\s)\Z")
# (broken over lines after a colon, as a PDF breaks it: "ECLI:NL:RVS:2019:\n1603")
_ECLI = Anchored(
    re.compile(
        r"\bECLI:\s{0,3}[A-Z]{2}:\s{0,3}[A-Z0-9]{1,7}:\s{0,3}\d{4}:\s{0,3}[A-Z0-9.]{0,24}[A-Z0-9]"
    ),
    ("ECLI:",),
    0,
)
# A Dutch ECLI as rechtspraak.nl abbreviates it, without "ECLI:NL:": "Samenhang met HR:2025:404".
_SHORT_ECLI = Anchored(
    re.compile(
        r"(?<![\w:])(?:HR|PHR|RVS|CRVB|CBB|GH[A-Z]{2,3}|RB[A-Z]{2,4}):(?:19|20)\d\d"
        r":(?:[A-Z]{2})?\d{1,6}(?![\w:])"
    ),
    (":19", ":20"),
    6,
)
_MONTH_NEXT = re.compile(r"\s+" + _MONTH)
_BWB = Anchored(
    re.compile(r"\bBWB[RV]\d{7}\b"),
    ("BWB",),
    0,
)
_GAZETTES = {
    "staatsblad": "stb",
    "stb": "stb",
    "staatscourant": "stcrt",
    "stcrt": "stcrt",
    "tractatenblad": "trb",
    "trb": "trb",
}
_GAZETTE = Anchored(
    re.compile(
        # (a name written out may be glued to the word before it, and the number to a capitalised
        # word after it, where a page's cells were joined: "ZakenStaatscourant 2011, 6602Interne",
        # "WaterstaatStaatsblad 1998, 643AMvB"; "Stb. 2005/553" is written with a slash too)
        # (not the Belgian one, nor a date: "Belgisch Staatsblad 2026-05-12")
        r"(?:\b|(?-i:(?<=[a-zà-ÿ])(?=Staatsblad|Staatscourant|Tractatenblad)))(?<!Belgisch\s)"
        r"(?P<gazette>Staatsblad|Stb|Staatscourant|Stcrt|Tractatenblad|Trb)\b\.?"
        # (its whole name: "Staatsblad van het Koninkrijk der Nederlanden 2019, 230")
        r"(?:\s+van\s+het\s+Koninkrijk\s+der\s+Nederlanden)?"
        # ("Staatsblad van 2019, nummer 143" in words; by the day of issue, "In de Staatscourant
        # van 18 mei 2016 nummer 25446", the number only after "nr." or "nummer")
        r"(?:\s*|-)(?:van\s+(?P<day>\d{1,2}\s+" + _MONTH + r"\s+)?)?(?P<year>(?:18|19|20)\d\d)"
        r"(?(day),?\s+(?:nr\.\s*|nummer\s+)|(?:(?P<comma>\s*,\s*)|\s+|-|/)(?:nr\.\s*|nummer\s+)?)"
        # (the number in Markdown's bold: "Stcrt. 2026 nr. **14650**")
        r"(?P<bold>\*\*)?(?P<number>\d{1,6})(?(bold)\*\*|(?:\b|(?-i:(?=[A-Z][A-Za-z]))))(?!-\d)"
        # two numbers of one year: "Stb. 2025, 312/313", "Stb. 2026, 7 en 168" (not after "Stb.
        # 2005/553", nor a date: "Stb. 2026, 7 en 8 mei"), or a number of another year: "Trb.
        # 1998, 170 en 1999, 110" (so a year is no second number)
        r"(?(comma)(?:\s+en\s+(?P<next_year>(?:18|19|20)\d\d)\s*,\s*(?P<next_number>\d{1,6})\b"
        r"(?![/-]\d)(?!\s+" + _MONTH + r")"
        r"|(?:/|\s+en\s+)(?P<also>\d{1,6})\b(?![/-]\d|\s*,\s*\d)(?!\s+" + _MONTH + r"))?)"
        # the year in the act's own date: "wet van 7 juni 2006, Stb. 330", or in brackets after
        # its title (one without brackets or full stops): "de Wet van 5 juli 1997 tot wijziging
        # van Boek 1 ... (Stb. 324)", "de wet van 11 november 1999, houdende wijziging ... (Stb.
        # 504)"
        r"|\b(?:[Ww]et|[Bb]esluit|[Rr]ijkswet)\s+van\s+\d{1,2}\s+[a-z]+\s+(?P<act_year>(?:18|19|20)\d\d)"
        r"(?:,?\s*\(?|,?\s[^.;\n()]{1,300}?\()"
        r"(?P<act_gazette>Stb|Staatsblad)\.?\s+(?P<act_number>\d{1,6})\b(?!\s*[,/]\s*\d)"
        # the number, then the day of issue: "gepubliceerd in Staatsblad 291 van 17 juni 2011"
        r"|\b(?<!Belgisch\s)(?P<issue_gazette>Staatsblad|Stb|Staatscourant|Stcrt)\.?\s+"
        r"(?:nr\.\s*|nummer\s+)?(?P<issue_number>\d{1,6})\s+van\s+\d{1,2}\s+"
        + _MONTH
        + r"\s+(?P<issue_year>(?:18|19|20)\d\d)\b",
        re.I,
    ),
    (
        "staatsblad",
        "stb",
        "staatscourant",
        "stcrt",
        "tractatenblad",
        "trb",
        "wet",
        "besluit",
        "rijkswet",
    ),
    0,
    ignore_case=True,
)
# (a brace is no part of a URL: "\url{https://x.nl}"; one opened right after it makes it a
# template, "https://x.nl/uitspraak?id={ecli}", which cites nothing; "…" cuts one short)
_URL = Anchored(
    re.compile(r"https?://[^\s<>\"«»{}…]++(?!\{)"),
    ("http",),
    0,
)
_OFFICIAL_URL = re.compile(
    # (a paper by its dossier and number: "kst-1268678", an id without its dossier, stays a web
    # page, as no paper can be made of it)
    # (or its file in the publisher's repository: "repository.overheid.nl/frbr/officielepublicaties/
    # kst/36200/kst-36200-VII-5/1/pdf/kst-36200-VII-5.pdf")
    r"(?:officielebekendmakingen\.nl|repository\.overheid\.nl/frbr/officielepublicaties)/"
    r"(?:[\w/-]*/)?(?P<id>kst-\d{5}(?:-\w+)+?|(?:stb|stcrt|trb|h|ah)-[\w-]+?)"
    r"(?:\.(?:html|pdf|xml)|$)"
)
_WETTEN_URL = re.compile(r"wetten\.overheid\.nl/(?:jci1\.3:c:)?(?P<bwb>BWB[RV]\d{7})")
# (implementing and delegated acts too: ".../eli/reg_impl/2021/882/oj", ".../eli/dir_del/...")
_ELI_URL = re.compile(
    r"(?:data|eur-lex)\.europa\.eu/eli/(?P<kind>reg|dir|dec)(?:_impl|_del)?/(?P<year>\d{4})/"
    r"(?P<number>\d+)"
)
_CELEX = re.compile(r"CELEX(?::|%3A)(?P<celex>[1-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d+\))?)", re.I)


_CITATION_LIKE = Anchored(
    re.compile(
        r"\b(?:[Kk]amerstuk(?:ken)?|Handelingen|Staatsblad|Stb|Staatscourant|Stcrt)\b"
        r"[^\n;]{0,40}?\d[\d ,./-]*(?:(?:nrs?\.|nummer|item)\s?\d+[\d ,./-]*)*"
        r"|\b(?P<motion>(?:[Mm]otie|[Aa]mendement)[- ](?:van (?:het lid|de leden) )?[A-Z][\w'’-]*"
        r"(?:[ /-](?:van|der|den|de|[A-Z][\w'’-]*))*(?: c\.s\.)?)"
    ),
    ("amerstuk", "Handelingen", "Staatsblad", "Stb", "Staatscourant", "Stcrt", "otie", "mendement"),
    1,
)
_MOTION_REACH = 80  # a motion named this close before a resolved citation is that citation
_MOTION_PAPERS = (  # the forms of the paper cited after a motion's name
    _KAMERSTUK.pattern,
    _LABEL_ONLY.pattern,
    _COMPACT.pattern,
    _BRACKETED,
    _BARE.pattern,
)
_MEMBER = (
    r"(?!Kamerstuk|Handelingen|Tweede|Eerste|TK\b|EK\b)"
    r"(?:(?:Van|De|Ter|Ten|Den)(?: (?:der|den|de))? )?"  # "amendement-Van Dijk"
    r"[A-Z][\w'’-]*(?: (?:van|der|den|de) [A-Z][\w'’-]*)*"
)
_MOTION = Anchored(
    re.compile(
        r"\b(?P<instrument>[Mm]otie|[Aa]mendement)[- ](?:van (?:het lid|de leden) )?"
        rf"(?P<names>{_MEMBER}(?:(?:/|, | en ){_MEMBER})*)(?: c\.s\.)?"
    ),
    ("otie", "mendement"),
    1,
)


def cite(text: str) -> list[Citation]:
    """The citations in a text as given (pasted from a PDF, say), after the cleaning every input
    gets: no-break spaces, soft hyphens, words broken over lines. Spans are offsets in `text`.

    >>> [c.identifier for c in cite("Kamerstukken II 2019/20, 29\u00a0754, nr.\u00a0520")]
    ['kst-29754-520']
    """
    return find_citations(clean(Text.of(text)))


def find_unresolved(text: Text, citations: list[Citation]) -> list[str]:
    """Citation-like text ("motie-Van der Staaij", "Kamerstukken II, 2024/25, 29 861" without a
    number) that none of the citations covers: recognised, but no official id can be made."""
    found = []
    covered = Covered((c.span.start, c.span.end) for c in citations)
    for m in _CITATION_LIKE.finditer(text.value):
        reach = _MOTION_REACH if m.group("motion") else 0
        span = text.span(m.start(), min(m.end() + reach, len(text)))
        if not covered.overlaps(span.start, span.end):
            raw = " ".join(m.group().split())
            found.append(raw if m.group("motion") else raw.rstrip(" ,./-"))
    return found


def find_citations(text: Text, footnote: int | None = None) -> list[Citation]:
    """Every citation in the text, in order of appearance."""
    found = [
        c
        for finditer in (_KAMERSTUK.finditer, _HEADER_ROW.finditer, _openkamer_ids)
        for m in finditer(text.value)
        for c in _kamerstukken(text, m, footnote)
    ]
    found += [
        c
        for m in _NUMBERS_IN_BRACKETS.finditer(text.value)
        for c in _in_brackets(text, m, footnote)
    ]
    found += _papers_outside(
        text,
        (
            _LABEL_ONLY.finditer,
            _ek_letters,
            _BRACKETED.finditer,
            _DOTTED.finditer,
            _LETTERED.finditer,
            _COMPACT.finditer,
            _NUMBERED_MOTION.finditer,
            _TKCONV.finditer,
            _koop_codes,
            _EK_SITE.finditer,
            _added_to,
            _UNNUMBERED.finditer,
            _listed_joints,
        ),
        found,
        footnote,
    )
    found += _papers_outside(text, (_BARE.finditer,), found, footnote)
    found += _replaced_papers(text, footnote)
    found += [
        c
        for finditer in (
            _HANDELINGEN.finditer,
            _HANDELINGEN_ROW.finditer,
            _ANSWERS_HEADER.finditer,
            _answers_rows,
        )
        for m in finditer(text.value)
        for c in _handelingen(text, m, footnote)
    ]
    eclis = list(_ECLI.finditer(text.value))
    whole = {
        "".join(m.group().split()) for m in eclis if not _MONTH_NEXT.match(text.value, m.end())
    }
    found += [c for m in eclis if (c := _ecli(text, m, footnote, whole))]
    found += [
        Citation(
            CitationKind.ECLI, f"ECLI:NL:{m.group()}", m.group(), text.span(*m.span()), footnote
        )
        for m in _SHORT_ECLI.finditer(text.value)
    ]
    found += [
        Citation(CitationKind.BWB, m.group(), m.group(), text.span(*m.span()), footnote)
        for m in _BWB.finditer(text.value)
    ]
    found += [
        Citation(
            CitationKind.EU_ACT,
            f"CELEX:{eu_act(m).celex}",
            m.group(),
            text.span(*m.span()),
            footnote,
        )
        for m in eu_acts(text.value)
    ]
    for celex in _BARE_CELEX.finditer(text.value):
        end = celex.end()
        label = _CELEX_LABEL.search(
            text.value, max(0, celex.start() - len("CELEX: ")), celex.start()
        )
        start = label.start() if label else celex.start()
        raw, span = text.value[start:end], text.span(start, end)
        found.append(Citation(CitationKind.EU_ACT, f"CELEX:{celex.group()}", raw, span, footnote))
    found += [_written_id(text, m, footnote) for m in _WRITTEN_ID.finditer(text.value)]
    listed = [
        (start, item, EU_ACT.pattern.fullmatch(f"{kind} {item}"))
        for start, item, kind in _listed_eu_acts(text.value)
    ]
    in_full = {eu_act(m).celex for m in eu_acts(text.value)} | {
        eu_act(m).celex
        for _, item, m in listed
        if m and not _BARE_ITEM.fullmatch(item) and _is_eu_act(m)
    }
    for start, item, m in listed:
        assert m is not None
        if not _is_eu_act(m):  # (neither number a year: "(EG) nr. 1234/5678")
            continue
        if _BARE_ITEM.fullmatch(item) and eu_act(m).celex not in in_full:
            continue
        span = text.span(start, start + len(item))
        found.append(
            Citation(CitationKind.EU_ACT, f"CELEX:{eu_act(m).celex}", item, span, footnote)
        )
    # (an act's number read once)
    for more_acts in (_named_eu_acts, _titled_eu_acts, _dated_eu_acts):
        numbered = [c.span for c in found if c.kind is CitationKind.EU_ACT]
        found += [
            c
            for c in more_acts(text, footnote)
            if not any(s.start <= c.span.end - 1 < s.end for s in numbered)
        ]
    found += [c for m in _URL.finditer(text.value) if (c := _url(text, m, footnote))]
    found += [c for m in _GAZETTE.finditer(text.value) for c in _gazettes(text, m, footnote)]
    found = _with_motions(text, found)
    # A citation is only kept with an id: "Handelingen II 1990/91, nr. 12" (no item) is no id;
    # and once: the BWB id inside a wetten.overheid.nl URL is that URL's citation.
    links: defaultdict[str, list[Span]] = defaultdict(list)
    for c in found:
        if c.raw.startswith("http"):
            links[c.identifier].append(c.span)
    kept = [
        c
        for c in found
        if c.identifier
        and not any(
            s != c.span and s.start <= c.span.start and c.span.end <= s.end
            for s in links.get(c.identifier, ())
        )
    ]
    # (one citation read by two patterns, "stb-2026-94" as a written id and as a gazette, once)
    return sorted(dict.fromkeys(kept), key=lambda c: (c.span, c.identifier))


def _papers_outside(
    text: Text,
    finditers: tuple[Callable[[str], Iterator[re.Match[str]]], ...],
    before: list[Citation],
    footnote: int | None,
) -> list[Citation]:
    """The papers the patterns find, but for those that start inside a citation found before."""
    taken = [c.span for c in before]
    found = []
    for finditer in finditers:
        for m in finditer(text.value):
            start = text.span(*m.span()).start
            if not any(s.start <= start < s.end for s in taken):
                found += _kamerstukken(text, m, footnote)
    return found


def _with_motions(text: Text, citations: list[Citation]) -> list[Citation]:
    """A Kamerstuk cited right after "motie Stoffer/Markuszower" (or "amendement-Van Dijk"), in
    the same sentence, is that motion (or amendment), by them."""
    value = text.value
    submitted: dict[Span, tuple[tuple[str, ...], str]] = {}
    for m in _MOTION.finditer(value):
        names = tuple(n for n in re.split(r"/|, | en ", m.group("names")) if n)
        # the first paper cited within reach (a citation is never longer than a few hundred
        # characters), in any of the forms a motion's paper is written
        found = (p.search(value, m.end(), m.end() + _MOTION_REACH + 400) for p in _MOTION_PAPERS)
        cited = min((f for f in found if f), key=lambda f: (f.start(), -f.end()), default=None)
        gap = value[m.end() : cited.start() + 1] if cited else ""  # to its first letter
        if cited and len(gap) <= _MOTION_REACH and not re.search(r"[.;!?]\s+[A-Z]", gap):
            submitted[text.span(*cited.span())] = (names, m.group("instrument").lower())
    return [
        replace(c, submitted_by=submitted[c.span][0], instrument=submitted[c.span][1])
        if c.span in submitted
        else c
        for c in citations
    ]


def _kamerstukken(text: Text, m: re.Match[str], footnote: int | None) -> list[Citation]:
    """One citation per document number: "nrs. 520 en 548", "nrs. 1–3" name several papers."""
    groups = m.groupdict()
    span = text.span(*m.span())
    if groups.get("letters_too"):  # the same numbers in a second dossier
        second = {**groups, "letters": groups["letters_too"], "letters_too": None}
        return _papers(m, groups, span, footnote) + _papers(m, second, span, footnote)
    return _papers(m, groups, span, footnote)


# Dossiers whose papers are all in a sub-dossier: "21501-20" is sub-dossier 20, never paper 20.
_SUB_DOSSIERS_ONLY = {"21501"}


def _papers(
    m: re.Match[str], groups: dict[str, str | None], span: Span, footnote: int | None
) -> list[Citation]:
    sub = (
        groups.get("sub")
        or groups.get("bare_sub")
        or groups.get("letters")
        or groups.get("chapter")
        or ""
    )
    written = groups.get("dossier") or groups.get("bare") or groups.get("listed") or ""
    dossier = Kamerstuk.dossier_id(f"{written}-{sub}")
    if dossier in _SUB_DOSSIERS_ONLY:  # "Kamerstuk 21501-20" is the sub-dossier Europese Raad
        return []
    session = "-".join(_session_years(m)) if groups.get("year") else None
    label = groups.get("chamber") or groups.get("chamber_name") or groups.get("abbreviation")
    chamber = _CHAMBERS.get(label) if label else None
    if letter := groups.get("letter_number"):  # only the Eerste Kamer letters its papers
        # (lettered papers are the Eerste Kamer's; a capital alone needs it said, "nr." or a
        # label, a form that names papers alone, or the Eerste Kamer's own way: the dossier with
        # a full stop, "(35.526, BH)", or a recent dossier alone in brackets, "(35 431, D)")
        said = (
            groups.get("letter_word")
            or groups.get("joint")
            or groups.get("labelled")
            or m.re in (_KOOP.pattern, _ADDED_TO.pattern, _ADDED_TO_JOINT)
            or "." in (groups.get("dossier") or "")
            or (m.re is _BRACKETED and _RECENT_DOSSIER.fullmatch(dossier))
            or _NUMBERED_LETTER.search(
                m.string, max(0, m.start("letter_number") - 5), m.start("letter_number")
            )
        )
        if chamber != "I" and not said:
            return []
        letters = [letter, *re.findall(r"[A-Z]{1,2}", groups.get("more_letters") or "")]
        letters += [groups["joint_number"]] if groups.get("joint_number") else []
        return [
            Citation(CitationKind.KAMERSTUK, paper.identifier, m.group(), span, footnote, paper)
            for paper in (Kamerstuk(dossier, each, chamber, session) for each in letters)
        ]
    letter = groups.get("number_letter") or ""  # an old Eerste Kamer number: "nr. 235a"
    first = int(groups.get("number") or groups.get("listed_number") or 0)
    numbers = _listed(first, re.sub(_PAGES, "", groups.get("more") or ""))
    return [
        Citation(
            CitationKind.KAMERSTUK,
            (paper := Kamerstuk(dossier, number, chamber, session)).identifier,
            m.group(),
            span,
            footnote,
            paper,
        )
        for number in dict.fromkeys([f"{numbers[0]}{letter}", *map(str, numbers[1:])])
    ]


def _replaced_papers(text: Text, footnote: int | None) -> list[Citation]:
    """The paper each changed motion or amendment replaces (_REPLACED), cited by the words that
    name it ("TER VERVANGING VAN DIE GEDRUKT ONDER NR. 16")."""
    found = []
    for m in _REPLACED.finditer(text.value):
        dossier = Kamerstuk.dossier_id(f"{m.group('dossier')}-{m.group('sub') or ''}")
        paper = Kamerstuk(dossier, m.group("number"))
        span = text.span(*m.span("replaced"))
        found.append(
            Citation(
                CitationKind.KAMERSTUK, paper.identifier, m.group("replaced"), span, footnote, paper
            )
        )
    return found


def _in_brackets(text: Text, m: re.Match[str], footnote: int | None) -> list[Citation]:
    """A paper for each number in brackets, in the session the label names and in each later
    one that follows it."""
    chamber = _CHAMBERS[m.group("chamber")]
    found = []
    session: re.Match[str] | None = m
    while session is not None:
        start = session.start() if session is m else session.start("year")  # (not the ";")
        years, span = "-".join(_session_years(session)), text.span(start, session.end())
        dossier = Kamerstuk.dossier_id(session.group("dossier"))
        for number in re.findall(r"\d+[a-z]?", session.group("numbers")):
            paper = Kamerstuk(dossier, number, chamber, years)
            found.append(
                Citation(
                    CitationKind.KAMERSTUK,
                    paper.identifier,
                    text.value[start : session.end()],
                    span,
                    footnote,
                    paper,
                )
            )
        session = _LATER_SESSION.match(text.value, session.end())
    return found


def _listed(first: int, more: str) -> list[int]:
    """The numbers a citation names: the first, then those `more` lists after it ("en 548",
    ", nr. 6", a former number ", was nr. 553"), a range ("–3", "t/m 3") as the numbers in it
    when it spans twenty or less."""
    numbers = [first]
    listed = re.findall(rf"({_THROUGH}|[,;]|{_AND}|was)\s*(?:nr\.\s?)?(\d{{1,5}})", more)
    for separator, number in listed:
        if re.fullmatch(_THROUGH, separator) and 0 < int(number) - numbers[-1] <= 20:
            numbers += range(numbers[-1] + 1, int(number) + 1)
        else:
            numbers.append(int(number))
    return numbers


def _session_years(m: re.Match[str]) -> tuple[str, str]:
    """The two years of a session as written: "2024/25" -> ("2024", "2025")."""
    start, end = m.group("year"), m.group("year_end")
    if len(end) == 4:
        return start, end
    return start, str(int(start) + (int(end) - int(start)) % 100)  # "1999/00" -> 2000


def _handelingen(text: Text, m: re.Match[str], footnote: int | None) -> list[Citation]:
    """Handelingen II 2023/24, nr. 45, item 7 -> h-tk-20232024-45-7; Aanhangsel Handelingen II
    2019/20, nr. 89 -> ah-tk-20192020-89; a header row names the chamber ("Tweede Kamer der
    Staten-Generaal2018-2019nr. 86, item 22"). Without an item number no Handelingen id is
    made. One citation for each number, item and meeting the match names."""
    groups = m.groupdict()
    label = groups.get("chamber") or groups["chamber_name"]  # (one of the two is written)
    chamber = "tk" if _CHAMBERS[label] == "II" else "ek"
    years = "".join(_session_years(m))
    raw, span = m.group(), text.span(*m.span())
    if groups.get("aanhangsel") is not None:  # (empty in a header row: "2018-20193938")
        numbers = _listed(int(m.group("number")), groups.get("more_numbers") or "")
        return [
            Citation(CitationKind.ANSWERS, f"ah-{chamber}-{years}-{n}", raw, span, footnote)
            for n in numbers
        ]
    if not m.group("item"):
        return [Citation(CitationKind.HANDELINGEN, "", raw, span, footnote)]
    items = _listed(int(m.group("item")), groups.get("more_items") or "")
    meetings = [(m.group("number"), items)]
    for meeting in re.split(r"nr\.", groups.get("meetings") or "")[1:]:  # "46, items 3 en 4"
        if parts := _MEETING_PARTS.match(meeting):
            number, item, more = parts.groups()
            meetings.append((number, _listed(int(item), more)))
    return [
        Citation(CitationKind.HANDELINGEN, f"h-{chamber}-{years}-{n}-{i}", raw, span, footnote)
        for n, listed in meetings
        for i in listed
    ]


@lru_cache(maxsize=16)
def eu_acts(value: str) -> tuple[re.Match[str], ...]:
    """The EU acts a text names by their number (the matches of EU_ACT that are acts); kept for
    the next few texts, as citations, organisations and policies all ask for them. A number
    written in lower case or without its system counts where the text cites that act in full
    too: "Uitvoeringsbesluit (EU) 2019/1614 (...); de bijlage bij uitvoeringsbesluit 2019/1614"."""
    matches = list(EU_ACT.finditer(value))
    is_act = [_is_eu_act(m) for m in matches]
    if all(is_act):
        return tuple(matches)
    cited = {eu_act(m).celex for m, act in zip(matches, is_act, strict=True) if act}
    return tuple(
        m for m, act in zip(matches, is_act, strict=True) if act or _is_cited_act(m, cited)
    )


def _is_cited_act(m: re.Match[str], cited: set[str]) -> bool:
    """Whether an EU_ACT match that is no act by itself numbers one of the acts `cited`."""
    numbers = int(m.group("first")), int(m.group("second"))
    return m.group("separator") != " " and any(map(_is_year, numbers)) and eu_act(m).celex in cited


# An EU act's number ("2022/868", "91/676"); and what comes before it when a name cites the act,
# read backwards from the number: "Data Governance Act (EU) 2022/868", "EU MDR 2017/745" ("AVG
# (Verordening 2016/679)" is not one: EU_ACT reads the act by its type).
_ACT_NUMBER = re.compile(
    rf"(?P<first>\d{{2,4}})/(?P<second>\d{{1,4}})(?:/(?:{_ACT_SYSTEMS}))?(?![\d/])"
)
# (white space bounded, so that a long run of it is read in constant time)
_BEFORE_NUMBER_BACKWARDS = (  # (and the number in brackets: "Kaderrichtlijn Water (2000/60/EG)",
    # or after the name and a semicolon, "(KRW; 2000/60/EG)", or a comma in brackets, "(AVG,
    # 2016/679)": `_named_eu_acts` checks the bracket)
    r"(?:\(\s?)?(?:\s{0,3}\.?r[Nn])?(?:\s{0,3}\)(?:UE|GE|GEE)\(|\s{1,3}UE)?\s{0,3}"
    r"(?:;|(?P<comma>,))?"
)
_NAME_REACH = 120  # characters: the longest name and what may come between it and the number
_SYSTEM_FIRST = re.compile(rf"\b(?:{_FIRST_SYSTEMS})-\Z")


def _named_eu_acts(text: Text, footnote: int | None) -> list[Citation]:
    """EU acts the gazetteer knows by name, cited by name and number: the name says which act,
    and the number must be that act's (a name with another number cites nothing)."""
    value = text.value
    found = []
    slash = value.find("/")  # (a text holds a few: found at memory speed, as `re` would not)
    while slash >= 0:
        start = slash
        while start > 0 and value[start - 1].isdigit():
            start -= 1
        slash = value.find("/", slash + 1)
        if not (number := _ACT_NUMBER.match(value, start)):
            continue
        backwards = value[max(0, start - _NAME_REACH) : start][::-1]
        if not (before := _eu_act_names_backwards().match(backwards)):
            continue
        name_start, name_end = start - before.end("name"), start - before.start("name")
        if before.group("comma") and value[max(0, name_start - 1) : name_start] != "(":
            continue  # ("de AVG, 2016/679": a list, maybe)
        name = value[name_start:name_end]
        celex = _eu_act_names().get(name) or _eu_act_names().get(compact(name))
        # (the system may come first, as in a compound: "EU-Richtlijn Loontransparantie")
        if prefix := _SYSTEM_FIRST.search(value, max(0, name_start - 4), name_start):
            name_start = prefix.start()
        if (
            celex
            and stands_as_word(value, name_start, name_end)
            and _numbers_name(celex, number.group("first"), number.group("second"))
        ):
            span = text.span(name_start, number.end())
            raw = value[name_start : number.end()]
            found.append(Citation(CitationKind.EU_ACT, f"CELEX:{celex}", raw, span, footnote))
    return found


# An act cited by its type, a short title and its number: "Richtlijn Algemene Productveiligheid
# 2001/95/EG", "de richtlijn Industriële emissies (nr. 2010/75/EU)", "EU-Verordening
# Productveiligheid 2023/988"; or by a compound in brackets, "(RIE-richtlijn) (2010/75/EU)". The
# title is one to four words, none a word that joins a sentence ("de richtlijn is in 2019/2020
# ..."), but for "van", "de", "het" and "voor" between two ("Richtlijn behandeling van stedelijk
# afvalwater (91/271/EEG)") and "voor" before the first ("de Richtlijn voor geregenereerde
# cellulose 2007/42/EG"), and the system is written, after the number or before the type
# ("Europese" too): a municipality's "Verordening Jeugdhulp 2019/12" or a guideline's "Richtlijn
# Brandveiligheid 2012/3" is none. A pair of years is never one ("EU-richtlijn X 2020/2021").
_TITLE_STOPWORDS = (
    "aan al als bij dan dat de die door een en het in is met naar niet nog nr of om ook op over"
    " per sinds te tot uit van vanaf voor was wordt werd zijn zoals and by for from on the to"
    " richtlijn verordening regulation directive"
)
_TITLE_WORD = rf"(?!(?i:{'|'.join(_TITLE_STOPWORDS.split())})\b)[^\W\d_][\w’'-]*"
_TITLE_JOINER = r"(?:van|de|het|der|voor)"  # (between two of its words: "behandeling van ...")
_TITLED_ACT = Anchored(
    re.compile(
        r"(?:\b|(?<=[a-z]))(?P<prefix>(?:EU|EG|EEG)[- ]|(?:Europese|European) )?"
        r"(?P<type>[Vv]erordening|[Rr]ichtlijn|Regulation|Directive)"
        rf"(?:\s+(?:voor\s+)?{_TITLE_WORD}(?:\s+(?:{_TITLE_JOINER}\s+)*{_TITLE_WORD}){{0,3}}"
        rf"(?:\s+\((?!(?:{_ACT_SYSTEMS})\))[A-Z][\w-]*\))?|\))"
        r"\s+(?:\((?:nr\.\s?)?)?"
        r"(?P<number>(?P<first>\d{1,4})/(?P<second>\d{1,4})(?P<suffix>/(?:EU|EG|EEG|EC|EEC))?)"
        r"(?![\d/])"
    ),
    ("erordening", "ichtlijn", "egulation", "irective"),
    len("European v"),
)


def _titled_celex(m: re.Match[str]) -> str | None:
    """The CELEX number of the act _TITLED_ACT matched: its system written, no pair of years."""
    first, second = int(m.group("first")), int(m.group("second"))
    if not m.group("suffix") and (
        not m.group("prefix") or second in (first + 1, (first + 1) % 100)
    ):
        return None
    system = "EU-" if m.group("prefix") else ""
    return _written_celex(f"{system}{m.group('type').lower()} {m.group('number')}")


def _written_celex(written: str) -> str | None:
    """The CELEX number of an act written out as EU_ACT reads one ("EU-richtlijn 2010/75"), if
    that is an act."""
    act = EU_ACT.pattern.fullmatch(written)
    return eu_act(act).celex if act and _is_eu_act(act) else None


# An act cited by its type and date, its title, then its number alone in brackets: "de
# verordening van 12 oktober 2017 betreffende ... het Europees Openbaar Ministerie („EOM")
# (2017/1939)". The number is year first and its year the date's (or the next: an act adopted
# late in a year may bear the next year's number); a regulation so numbered is of 2015 or later.
# The title runs within a sentence and a paragraph (over a line break, not a blank line) and
# holds at most one bracket of its own ("(„EOM")").
_IN_TITLE = r"(?:[^().;\n]|\n(?![^\S\n]*\n))"
_DATED_ACT = Anchored(
    re.compile(
        r"\b(?P<type>[Vv]erordening|[Rr]ichtlijn|Regulation|Directive)"
        r"(?:\s+van\s+(?:het\s+Europees\s+Parlement\s+en\s+)?de\s+Raad"
        r"|\s+of\s+the\s+(?:European\s+Parliament\s+and\s+of\s+the\s+)?Council)?"
        rf"\s+(?:van|of)\s+\d{{1,2}}\s+{_MONTH}\s+(?P<year>20\d\d)\b"
        rf"(?P<title>{_IN_TITLE}{{1,250}}(?:\([^()\n]{{1,40}}\){_IN_TITLE}{{0,100}})?)"
        r"\((?P<first>20\d\d)/(?P<second>\d{1,4})\)"
    ),
    ("erordening", "ichtlijn", "egulation", "irective"),
    len("v"),
)


def _dated_celex(m: re.Match[str]) -> str | None:
    """The CELEX number of the act _DATED_ACT matched: numbered in its date's year or the next."""
    year, first = int(m.group("year")), int(m.group("first"))
    celex = _written_celex(f"{m.group('type')} (EU) {first}/{m.group('second')}")
    if celex is None or first - year not in (0, 1):
        return None
    if celex[5] == "R" and first < 2015:  # (numbered number/year before 2015)
        return None
    return celex


def _whole_acts(
    pattern: Anchored,
    celex_of: Callable[[re.Match[str]], str | None],
    text: Text,
    footnote: int | None,
) -> list[Citation]:
    """The EU acts cited by `pattern`'s whole matches, each by the CELEX number `celex_of`
    reads from it (None: no act)."""
    return [
        Citation(CitationKind.EU_ACT, f"CELEX:{celex}", m.group(), text.span(*m.span()), footnote)
        for m in pattern.finditer(text.value)
        if (celex := celex_of(m))
    ]


_titled_eu_acts = partial(_whole_acts, _TITLED_ACT, _titled_celex)  # type, title and number
_dated_eu_acts = partial(_whole_acts, _DATED_ACT, _dated_celex)  # type, date, title, number


@cache
def _eu_act_names() -> dict[str, str]:
    """The CELEX number of each EU act in the gazetteer by each of its names (acronyms as
    written, other names by `compact`)."""
    known = {name: p.celex for name, p in gazetteer().policies.items() if p.celex}
    return {name if is_acronym(name) else compact(name): celex for name, celex in known.items()}


@cache
def _eu_act_names_backwards() -> re.Pattern[str]:
    """What comes before an act's number when its name cites it, read backwards (the names
    in any case, with white space or hyphens between their letters or not; acronyms as
    written)."""
    names = _eu_act_names()
    flexible = any_of((n[::-1] for n in names if not is_acronym(n)), r"[\s-]?", ignore_case=True)
    acronyms = any_of(n[::-1] for n in names if is_acronym(n))
    return re.compile(f"{_BEFORE_NUMBER_BACKWARDS}(?P<name>{acronyms}|{flexible})")


def _numbers_name(celex: str, first: str, second: str) -> bool:
    """Whether "first/second" is the number of the act: year and number either way round, a
    year in two digits or four."""
    year, number = celex[1:5], int(celex[6:])

    def is_year(written: str) -> bool:
        return written == year or written == year[2:]

    return (is_year(first) and int(second) == number) or (int(first) == number and is_year(second))


@dataclass(frozen=True)
class EUAct:
    celex: str
    label: str
    directive: bool
    decision: bool = False


def eu_act(m: re.Match[str]) -> EUAct:
    """An EU act by its number: "Verordening (EG) nr. 883/2004" -> CELEX 32004R0883 (regulations
    before 2015 are numbered number/year), "Richtlijn (EU) 2022/2041" -> 32022L2041."""
    first, second = int(m.group("first")), int(m.group("second"))
    sector = _sector(m)
    directive, decision = sector == "L", sector in _EU_UNUSUAL_SECTORS  # (no policy)
    system, suffix = (
        _DUTCH_SYSTEMS.get(g, g)
        for g in (m.group("system") or m.group("system_word"), m.group("suffix"))
    )
    system = system or m.group("prefix")
    numbered = bool(m.group("numbered"))
    if decision:
        year_first = not (numbered and 1950 <= second < 2100)  # "Besluit nr. 1247/2002/EG"
    elif directive or suffix:
        year_first = True  # directives, and acts with the system after: "2006/123/EG"
    elif system in ("EG", "EEG"):
        year_first = False  # regulations of the EC and EEC: "(EG) nr. 883/2004"
    elif 1950 <= second < 2015 and not 2015 <= first < 2100:
        year_first = False  # "(EU) 1024/2012": an EU regulation before 2015, number/year
    else:
        year_first = bool(system == "EU" or 2015 <= first < 2100)
    year, number = (first, second) if year_first else (second, first)
    if not _is_year(year):  # "Verordening (EG) 2003/343": its number written after its year
        year, number = number, year
    if year < 100:
        year += 1900 if year > 50 else 2000
    system = system or suffix or ("EU" if year >= 2009 else "EG")
    if directive:
        label = f"Richtlijn ({system}) {year}/{number}"
    elif decision:
        name = "Gemeenschappelijk optreden" if _is_joint_action(m) else _EU_LABELS[sector]
        label = f"{name} ({system}) {year}/{number}"
    elif year_first:
        label = f"Verordening ({system}) {year}/{number}"
    else:
        label = f"Verordening ({system}) nr. {number}/{year}"
    return EUAct(f"3{year}{sector}{number:04d}", label, directive, decision)


# The year a directive's number starts with: "richtlijn 2004/18", "richtlijn 89/665" (EU
# directives are numbered year first since 1958; Dutch guidelines are not numbered so).
_DIRECTIVE_YEAR = re.compile(r"19[5-9]\d|20\d\d|[5-9]\d")
# The EU legislator named right after an act's number says it is the EU's as well as its system
# does: "de verordening 524/2013 van het Europees Parlement en de Raad", "richtlijn 2013/11 van de
# Raad" (not "de Raad van State", nor a municipality's "raad"); and the date that may follow must
# agree with the number ("Aanbeveling 2002/758 van de Commissie van 27 april 2022" is misprinted).
_EU_LEGISLATOR = re.compile(
    r"\s+van\s+(?:het\s+Europees\s+Parlement|de\s+(?:Europese\s+)?Commissie"
    r"|de\s+Raad(?!\s+van\s+State))\b(?:\s+en\s+de\s+Raad)?"
    r"(?:\s+van\s+\d{1,2}\s+[a-z]+\s+(?P<year>\d{4}))?"
)


def _sector(m: re.Match[str]) -> str:
    """The CELEX sector of an EU_ACT match's type ("Gemeenschappelijk\nStandpunt": E; a joint
    action by its system, "97/700/JBZ": F, "2008/124/GBVB": E)."""
    if _is_joint_action(m):
        return "E" if "GBVB" in _systems(m) else "F"
    return _EU_SECTORS[" ".join(m.group("type").split()).casefold()]


def _is_joint_action(m: re.Match[str]) -> bool:
    return " ".join(m.group("type").split()).casefold() in _JOINT_ACTIONS


def _systems(m: re.Match[str]) -> set[str]:
    """The systems an EU_ACT match writes, in Dutch ("(CFSP)", "/GBVB": GBVB)."""
    return {_DUTCH_SYSTEMS.get(g, g) for g in m.group("system", "suffix") if g}


def _is_year(number: int) -> bool:
    """Whether an act's number can be its year: two digits, or 1950 to 2099."""
    return number < 100 or 1950 <= number < 2100


def _is_eu_act(m: re.Match[str]) -> bool:
    """Whether an EU_ACT match is one: a decision, a type in lower case or a number without its
    slash only with the system written ("(EU)", "/EG", "EU-verordening") or the EU legislator
    named after the number ("van het Europees Parlement"), a number without a
    slash only year first; a directive in lower case also with its year first; a joint action
    only with its system, JBZ or GBVB. One of its two numbers is its year."""
    if not (_is_year(int(m.group("first"))) or _is_year(int(m.group("second")))):
        return False
    if _is_joint_action(m):  # (whose sector its system says)
        return bool(_systems(m) & {"JBZ", "GBVB"})
    written = any(m.group("system", "system_word", "suffix", "prefix")) or _by_eu_legislator(m)
    unusual = (
        m.group("type")[0].islower()
        or _sector(m) in _EU_UNUSUAL_SECTORS
        or m.group("type") in _EU_ABBREVIATIONS
    )
    if m.group("separator") == " ":
        return written and 2015 <= int(m.group("first")) < 2100
    if m.group("type") == "richtlijn" and not m.group("numbered"):
        return written or _DIRECTIVE_YEAR.fullmatch(m.group("first")) is not None
    return written or not unusual


def _by_eu_legislator(m: re.Match[str]) -> bool:
    """Whether the EU legislator is named after an EU_ACT match, on a date that fits its number
    (an act adopted late in a year may bear the next year's number)."""
    legislator = _EU_LEGISLATOR.match(m.string, m.end())
    if legislator is None:
        return False
    return not legislator["year"] or int(eu_act(m).celex[1:5]) - int(legislator["year"]) in (0, 1)


def official_url(citation: Citation) -> str | None:
    """Where a reader finds the cited document."""
    if citation.kind in (
        CitationKind.KAMERSTUK,
        CitationKind.GAZETTE,
        CitationKind.HANDELINGEN,
        CitationKind.ANSWERS,
    ):
        return (
            f"https://zoek.officielebekendmakingen.nl/{citation.identifier}"
            if citation.identifier
            else None
        )
    if citation.kind is CitationKind.EU_ACT:
        return f"https://eur-lex.europa.eu/legal-content/NL/TXT/?uri={citation.identifier}"
    if citation.kind is CitationKind.ECLI:
        return f"https://deeplink.rechtspraak.nl/uitspraak?id={citation.identifier}"
    if citation.kind is CitationKind.BWB:
        return f"https://wetten.overheid.nl/{citation.identifier}"
    return citation.identifier


def _ecli(text: Text, m: re.Match[str], footnote: int | None, whole: set[str]) -> Citation | None:
    """An ECLI; one with a date glued on ("ECLI:NL:HR:2023:18210 februari 2023") loses the day,
    and is not cited when the day could be one digit or two ("...:1825 februari"), unless the
    text cites one of the two whole (`whole`: "ECLI:NL:GHDHA:2025:1995 - Gerechtshof Den Haag - 25
    september 2025 ... ECLI:NL:GHDHA:2025:199525 september 2025")."""
    identifier, end = "".join(m.group().split()), m.end()
    if _MONTH_NEXT.match(text.value, end):
        head, _, number = identifier.rpartition(":")
        days = [
            k
            for k in (1, 2)
            if len(number) > k
            and number[-k:].isdigit()
            and number[-k] != "0"
            and 1 <= int(number[-k:]) <= 31
        ]
        if len(days) > 1:
            days = [k for k in days if f"{head}:{number[:-k]}" in whole]
            if len(days) != 1:
                return None
        if days:
            identifier, end = f"{head}:{number[: -days[0]]}", end - days[0]
    raw = text.value[m.start() : end]
    return Citation(CitationKind.ECLI, identifier, raw, text.span(m.start(), end), footnote)


def _gazettes(text: Text, m: re.Match[str], footnote: int | None) -> list[Citation]:
    """Staatsblad 2017 327, Stb. 2011, 35, Stcrt-2018-49440 -> stb-2017-327, stb-2011-35, ...;
    "Stb. 2025, 312/313" -> stb-2025-312 and stb-2025-313; "Trb. 1998, 170 en 1999, 110" ->
    trb-1998-170 and trb-1999-110."""
    if m.group("act_year"):
        identifier = f"stb-{m.group('act_year')}-{int(m.group('act_number'))}"
        start = m.start("act_gazette")
        raw, span = m.group()[start - m.start() :], text.span(start, m.end())
        return [Citation(CitationKind.GAZETTE, identifier, raw, span, footnote)]
    if m.group("issue_year"):
        prefix = _GAZETTES[m.group("issue_gazette").lower()]
        identifier = f"{prefix}-{m.group('issue_year')}-{int(m.group('issue_number'))}"
        span = text.span(*m.span())
        return [Citation(CitationKind.GAZETTE, identifier, m.group(), span, footnote)]
    prefix = _GAZETTES[m.group("gazette").lower()]
    issues = [(m.group("year"), int(m.group("number")))]
    if m.group("also") and int(m.group("also")) > issues[0][1]:
        issues.append((m.group("year"), int(m.group("also"))))
    if m.group("next_year"):
        issues.append((m.group("next_year"), int(m.group("next_number"))))
    return [
        Citation(
            CitationKind.GAZETTE,
            f"{prefix}-{year}-{number}",
            m.group(),
            text.span(*m.span()),
            footnote,
        )
        for year, number in issues
    ]


def _url(text: Text, m: re.Match[str], footnote: int | None) -> Citation | None:
    """The citation a URL makes; a URL cut short ("https://eur-lex.europa.eu/...%3A52025PC0081…",
    as a page shows a long one) is none, but for a CELEX number or BWB id in it, whose length is
    set."""
    url = _unbracketed(m.group()).rstrip(".,;:'")  # (closing brackets left are opened in it)
    if glued := _GLUED_WORD.match(url):
        url = glued.group()
    span = text.span(m.start(), m.start() + len(url))
    celex = _CELEX.search(url)
    if celex:
        return Citation(
            CitationKind.EU_ACT, f"CELEX:{celex.group('celex').upper()}", url, span, footnote
        )
    if bwb := _WETTEN_URL.search(url):
        return Citation(CitationKind.BWB, bwb.group("bwb"), url, span, footnote)
    if text.value.startswith("…", m.end()):
        return None
    if eli := _ELI_URL.search(url):
        kind = {"reg": "R", "dir": "L", "dec": "D"}[eli.group("kind")]
        celex_id = f"CELEX:3{eli.group('year')}{kind}{int(eli.group('number')):04d}"
        return Citation(CitationKind.EU_ACT, celex_id, url, span, footnote)
    if official := _OFFICIAL_URL.search(url):
        return _official(official.group("id"), url, span, footnote)
    return Citation(CitationKind.URL, url, url, span, footnote)


# A host's name followed by the next word, a page's line run together with the one after it:
# "Bron: https://blog.formex-medical.nlDe Medical Device Regulation" (a host is written in lower
# case, a word starts in capitals).
_GLUED_WORD = re.compile(r"https?://[\w.-]*\.[a-z]{2,}(?=[A-Z][a-z])")
_CLOSING = {")": "(", "]": "["}


def _unbracketed(url: str) -> str:
    """The URL up to the first closing bracket it did not open: "(https://x.nl/a)-engine" ->
    "https://x.nl/a"; "https://x.nl/Wet_(1994)" and "https://x.nl/?id=[ID]" are kept whole."""
    depth = {"(": 0, "[": 0}
    for i, character in enumerate(url):
        if character in depth:
            depth[character] += 1
        elif character in _CLOSING:
            opening = _CLOSING[character]
            if not depth[opening]:
                return url[:i]
            depth[opening] -= 1
    return url


def _written_id(text: Text, m: re.Match[str], footnote: int | None) -> Citation:
    return _official(m.group("id"), m.group(), text.span(*m.span()), footnote)


def _official(identifier: str, raw: str, span: Span, footnote: int | None) -> Citation:
    """A citation by its officielebekendmakingen id, as in its URL: kst-21501-31-669, stb-2020-1."""
    prefix, _, rest = identifier.partition("-")
    if prefix == "kst":
        dossier, _, number = rest.rpartition("-")
        paper = Kamerstuk(dossier, number)
        return Citation(CitationKind.KAMERSTUK, paper.identifier, raw, span, footnote, paper)
    kind = {"h": CitationKind.HANDELINGEN, "ah": CitationKind.ANSWERS}.get(
        prefix, CitationKind.GAZETTE
    )
    return Citation(kind, identifier, raw, span, footnote)
