"""The letterhead: date, Betreft, Onze/Uw referentie, Bijlage(n), sender organisation, addressee.

    Ministerie van Sociale Zaken en          -> sender organisation
    Werkgelegenheid
    > Retouradres Postbus 90801 2509 LV Den Haag
    De voorzitter van de Eerste Kamer        -> addressee (a post of the Eerste Kamer)
    der Staten-Generaal
    Kazernestraat 52 ...
    Onze referentie                          -> "2026-0000185488"
    2026-0000185488
    Datum 26 mei 2026                        -> 2026-05-26
    Betreft Brief reactie ultimatum ...      -> subject
    Geachte voorzitter,                      -> the body starts after the salutation

The letterhead ends at the salutation or, without one, at the first paragraph of twelve words or
more that ends like a sentence ("Den Haag, 2 februari 2026", "Aan de Voorzitter ..." and address
blocks are letterhead).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kg.cleaning import PAGE_NUMBER, Text
from kg.extract.actors import find_recipients
from kg.extract.dates import DATE, parse_date
from kg.lexicon import LEXICON, RETURN_ADDRESS, SALUTATION, gazetteer
from kg.records import Located, Organisation, Recipient

_LABEL_OF = {label: name for name, labels in LEXICON.fields.items() for label in labels}
_LABELS = "|".join(map(re.escape, sorted(_LABEL_OF, key=len, reverse=True)))
_FIELD = re.compile(rf"[ \t]*(?P<label>{_LABELS})(?![\w(])[ \t]*:?[ \t]*(?P<rest>.*)")
_PLACE_DATE = re.compile(
    rf"[ \t]*(?:[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)*,\s*)?{DATE.pattern}[ \t]*", re.I
)
_MINISTRY = re.compile(r"[ \t]*Ministerie\s+van\b")
_BODY_WORDS = 12
_COLUMN_WIDTH = 60  # characters: a longer line is body text, not a letterhead field


@dataclass(frozen=True)
class Letterhead:
    body_start: int
    date: Located[dt.date] | None = None
    subject: Located[str] | None = None
    our_reference: Located[str] | None = None
    your_reference: Located[str] | None = None
    enclosures: Located[str] | None = None
    sender_organisation: Located[Organisation] | None = None
    return_address: str | None = None
    recipients: tuple[Recipient, ...] = ()


def parse_letterhead(text: Text) -> Letterhead:
    """The fields of a letter's letterhead, and where its body starts."""
    value = text.value
    lines = list(text.lines())
    fields: dict[str, Located[str]] = {}
    date: Located[dt.date] | None = None
    sender: Located[Organisation] | None = None
    return_address = None
    body_start = len(value)
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = value[start:end]
        if SALUTATION.pattern.match(line):
            body_start = end + 1 if end < len(value) else end
            break
        if field := _FIELD.fullmatch(line):
            name = _LABEL_OF[field.group("label")]
            located, i = _field_value(text, lines, i, field.start("rest") + start)
            if located and name not in fields:
                fields[name] = located
            continue
        if date is None and _PLACE_DATE.fullmatch(line) and (parsed := parse_date(line)):
            date = Located(parsed, text.span(start, end), line.strip())
        elif m := RETURN_ADDRESS.pattern.match(line):
            return_address = " ".join(m.group("address").split())
        elif sender is None and return_address is None and _MINISTRY.match(line):
            paragraph = _paragraph_end(value, lines, i)
            name = " ".join(value[start : lines[paragraph][1]].split())
            sender = Located(
                gazetteer().organisation(name), text.span(start, lines[paragraph][1]), name
            )
            i = paragraph
        elif line.strip() and _starts_body(value, lines, i):
            body_start = start
            break
        i += 1
    if date is None and "date" in fields:
        parsed = parse_date(fields["date"].value)
        date = Located(parsed, fields["date"].span, fields["date"].quote) if parsed else None
    return Letterhead(
        body_start=body_start,
        date=date,
        subject=fields.get("subject"),
        our_reference=fields.get("our_reference"),
        your_reference=fields.get("your_reference"),
        enclosures=fields.get("enclosures"),
        sender_organisation=sender,
        return_address=return_address,
        recipients=find_recipients(text, body_start),
    )


def _field_value(
    text: Text, lines: list[tuple[int, int]], i: int, rest_start: int
) -> tuple[Located[str] | None, int]:
    """A field's value: the rest of its line, or the lines under it, up to a blank line, another
    field or a line as long as body text (PDF text often has no blank line before the body).
    Returns the value and the index of the line after it."""
    value = text.value
    start, end = rest_start, lines[i][1]
    k = i + 1
    if not value[start:end].strip():
        if k >= len(lines) or not _continues(value[slice(*lines[k])]):
            return None, k
        start, end = lines[k]
        k += 1
    while k < len(lines):
        line = value[slice(*lines[k])]
        if not _continues(line) or len(line.strip()) > _COLUMN_WIDTH:
            break
        end = lines[k][1]
        k += 1
    quote = value[start:end]
    written = " ".join(quote.split())
    return (Located(written, text.span(start, end), quote) if written else None), k


def _continues(line: str) -> bool:
    """Whether a line can carry on a field's value."""
    return bool(line.strip()) and not (
        _FIELD.fullmatch(line) or SALUTATION.pattern.match(line) or PAGE_NUMBER.fullmatch(line)
    )


def _paragraph_end(value: str, lines: list[tuple[int, int]], i: int) -> int:
    while i + 1 < len(lines) and value[slice(*lines[i + 1])].strip():
        i += 1
    return i


def _starts_body(value: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line i starts a paragraph of body text rather than letterhead."""
    if i > 0 and value[slice(*lines[i - 1])].strip():
        return False
    end = _paragraph_end(value, lines, i)
    paragraph = value[lines[i][0] : lines[end][1]].rstrip()
    return len(paragraph.split()) >= _BODY_WORDS and paragraph.endswith((".", "!", "?", ":", ";"))
