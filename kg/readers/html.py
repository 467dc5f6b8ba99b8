"""HTML pages, such as the renditions on zoek.officielebekendmakingen.nl.

Navigation, scripts and styles are dropped; every block element becomes a paragraph. The
DC/OVERHEIDop <meta> headers of an official publication give its identity, in preference to
guessing from the text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from lxml import etree, html

from kg.errors import InputError
from kg.records import Kamerstuk, Publication, PublicationKind

_DROP = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "noscript",
    "form",
    "button",
    "iframe",
    "object",
    "svg",
    "template",
)
_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "th",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "address",
    "caption",
    "section",
    "article",
}
_CHAMBERS = {"Tweede Kamer der Staten-Generaal": "II", "Eerste Kamer der Staten-Generaal": "I"}


def read_html(data: bytes) -> tuple[str, Publication | None]:
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        document = html.fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"the HTML cannot be parsed: {error}") from error
    meta: defaultdict[str, list[str]] = defaultdict(list)
    for element in document.iter("meta"):
        if element.get("name") and element.get("content"):
            meta[element.get("name", "")].append(element.get("content", "").strip())
    for element in document.iter(*_DROP):
        element.drop_tree()
    body = document.find(".//*[@id='broodtekst']")
    if body is None:
        body = document.find("body") if document.find("body") is not None else document
    return _paragraphs(body), _publication(meta)


def _paragraphs(root: html.HtmlElement) -> str:
    """The text of every innermost block element, one paragraph each."""
    blocks = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        if any(
            isinstance(child.tag, str) and child.tag in _BLOCKS
            for child in element.iterdescendants()
        ):
            continue
        text = " ".join(element.text_content().split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _publication(meta: dict[str, list[str]]) -> Publication | None:
    identifier = next((v for v in meta.get("DC.identifier", []) if re.match(r"kst-", v)), None)
    dossier = next(iter(meta.get("OVERHEIDop.dossiernummer", [])), None)
    number = next(iter(meta.get("OVERHEIDop.ondernummer", [])), None)
    if not identifier or not dossier or not number:
        return None
    session = next(iter(meta.get("OVERHEIDop.vergaderjaar", [])), None)
    chamber = next((_CHAMBERS[c] for c in meta.get("DC.creator", []) if c in _CHAMBERS), None)
    # The identifier carries the sub-dossier ("kst-36200-VII-5"); the dossier meta may not.
    m = re.fullmatch(r"kst-(.+)-([^-]+)", identifier)
    paper = Kamerstuk(m.group(1) if m else dossier, number, chamber, session)
    types = [t for t in meta.get("DC.type", []) if t not in ("Kamerstuk", "officiële publicatie")]
    issued = next(iter(meta.get("DCTERMS.issued", [])), None)
    return Publication(
        identifier=identifier,
        kind=PublicationKind.KAMERSTUK,
        document_type=types[0] if types else None,
        title=next(iter(meta.get("OVERHEIDop.documenttitel", [])), None),
        date=_iso_date(issued),
        kamerstuk=paper,
        submitters=tuple(_name(n) for n in meta.get("OVERHEIDop.indiener", [])),
    )


def _name(written: str) -> str:
    """ "I. (Inge) van Dijk" -> "Inge van Dijk"; "P.A. Grinwis" stays."""
    m = re.fullmatch(r"(?:[A-Z]\.\s*)+\((?P<given>[^)]+)\)\s*(?P<rest>.+)", written)
    return f"{m.group('given')} {m.group('rest')}" if m else written


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
