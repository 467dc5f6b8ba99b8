"""A document's own official identity, found in its text or file name when no metadata gives it.

"35 925 XV Nr. 22" or "Kamerstuk 21 501-02, nr. 1581" at the top of the text,
the heading officielebekendmakingen.nl prints ("29 398 Maatregelen verkeersveiligheid" and then
"Nr. 626 MOTIE VAN HET LID ..."; "B VOORLOPIG VERSLAG" for a paper of the Eerste Kamer),
or a file named "kst-35925-XV-22.pdf"                    -> the Kamerstuk kst-35925-XV-22
"""

from __future__ import annotations

import re

from kg.records import Kamerstuk, Publication, PublicationKind

# Kamerstukken that are not letters: they become their Kamerstuk, and no letter is invented.
NOT_LETTERS = {"Motie", "Amendement", "Verslag", "Nota", "Memorie", "Voorstel", "Lijst", "Advies"}

_HEADER_LINES = 12
_HEADER = re.compile(
    r"^[ \t]*(?:Kamerstuk(?:ken)?\s+(?:I{1,2}\s+)?)?"
    r"(?P<dossier>\d{2}\s?\d{3})(?:[ -](?P<sub>[A-Z]{1,4}|\d{1,3}))?"
    r",?\s+(?:Nr\.|nr\.)\s*(?P<number>\d{1,5})[ \t]*$",
    re.M,
)
# The printed heading: the dossier and its title (other dossiers the paper belongs to may follow,
# each on its line), then the paper's number, or an Eerste Kamer letter, and its kind in capitals.
_PRINTED = re.compile(
    r"^[ \t]*(?P<dossier>\d{2} \d{3})(?:[ -](?P<sub>[IVXL]+[A-Z]?|[A-Z]|\d{1,3})(?=\s))?"
    r"[ \t]*\n?[ \t]*[^\s\d][^\n]*\n"
    r"(?:\s*\d{2} \d{3}\b[^\n]*\n)*"
    r"\s*(?:Nr\.[ \t]*(?P<number>\d{1,5})|(?P<letter>[A-Z]{1,3}))\s+(?P<heading>[A-Z]{4,}\b[^\n]*)",
    re.M,
)
_FILE_NAME = re.compile(
    r"kst-(?P<dossier>\d{4,6})(?:-(?P<sub>[A-Z0-9]{1,4}))?-(?P<number>\d{1,5})(?![\w-])"
)
_KINDS = {kind.upper(): kind for kind in NOT_LETTERS | {"Brief"}}


def _first_lines(text: str, count: int) -> list[str]:
    """text.splitlines()[:count], from a prefix of the text when it holds more lines than that
    (their ends are then all in it), not from all of a long text."""
    prefix = text[: _PREFIX_PER_LINE * count]
    lines = prefix.splitlines()
    return lines[:count] if len(lines) > count else text.splitlines()[:count]


_PREFIX_PER_LINE = 200  # characters: a header's lines are shorter


def find_publication(text: str, file_name: str) -> Publication | None:
    """The Kamerstuk a document is, from a header in its first lines or its file name."""
    head = "\n".join(_first_lines(text.lstrip(), _HEADER_LINES))
    kind = None
    if m := _HEADER.search(head):
        number = m.group("number")
    elif m := _PRINTED.search(head):
        number = m.group("number") or m.group("letter")
        kind = next((_KINDS[w] for w in m.group("heading").split() if w in _KINDS), None)
    elif m := _FILE_NAME.search(file_name):
        number = m.group("number")
    else:
        return None
    paper = Kamerstuk(Kamerstuk.dossier_id(f"{m.group('dossier')}-{m.group('sub') or ''}"), number)
    return Publication(paper.identifier, PublicationKind.KAMERSTUK, kind, kamerstuk=paper)
