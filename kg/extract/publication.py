"""A document's own official identity, found in its text or file name when no metadata gives it.

"35 925 XV Nr. 22" or "Kamerstuk 21 501-02, nr. 1581" at the top of the text,
or a file named "kst-35925-XV-22.pdf"                    -> the Kamerstuk kst-35925-XV-22
"""

from __future__ import annotations

import re

from kg.records import Kamerstuk, Publication, PublicationKind

_HEADER_LINES = 12
_HEADER = re.compile(
    r"^[ \t]*(?:Kamerstuk(?:ken)?\s+(?:I{1,2}\s+)?)?"
    r"(?P<dossier>\d{2}\s?\d{3})(?:[ -](?P<sub>[A-Z]{1,4}|\d{1,3}))?"
    r",?\s+(?:Nr\.|nr\.)\s*(?P<number>\d{1,5})[ \t]*$",
    re.M,
)
_FILE_NAME = re.compile(
    r"kst-(?P<dossier>\d{4,6})(?:-(?P<sub>[A-Z0-9]{1,4}))?-(?P<number>\d{1,5})(?![\w-])"
)


def find_publication(text: str, file_name: str) -> Publication | None:
    """The Kamerstuk a letter is, from a header in its first lines or its file name."""
    head = "\n".join(text.lstrip().splitlines()[:_HEADER_LINES])
    m = _HEADER.search(head) or _FILE_NAME.search(file_name)
    if not m:
        return None
    paper = Kamerstuk(
        Kamerstuk.dossier_id(f"{m.group('dossier')}-{m.group('sub') or ''}"), m.group("number")
    )
    return Publication(paper.identifier, PublicationKind.KAMERSTUK, kamerstuk=paper)
