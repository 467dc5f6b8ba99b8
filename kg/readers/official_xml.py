"""The official XML of officielebekendmakingen.nl (op-xsd): Kamerstukken and Kamervragen.

The metadata in the XML (dossier, ondernummer, chamber, date, answering minister) is used in
preference to guessing from the text. The parser never resolves entities nor reads a DTD or
anything over the network.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from kg.errors import InputError
from kg.records import Kamerstuk, Publication, PublicationKind

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)
_IDENTIFIER = re.compile(r"/((?:kst|ah-tk|ah-ek|h-tk|h-ek|stb|stcrt|trb)-[\w-]+?)(?:/|\.xml|$)")
_CHAMBERS = {"1": "I", "2": "II"}
# Document types as the title of a Kamerstuk starts: "MOTIE VAN DE LEDEN ...".
_TYPES = (
    "Motie",
    "Amendement",
    "Brief",
    "Verslag",
    "Nota",
    "Memorie",
    "Voorstel",
    "Lijst",
    "Advies",
)


def read_official_xml(data: bytes) -> tuple[str, Publication | None]:
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError(f"the XML is not well-formed: {error}") from error
    if etree.QName(root).localname != "officiele-publicatie":
        raise InputError(
            f"XML with root <{etree.QName(root).localname}> is not an official publication of "
            "officielebekendmakingen.nl; convert it to text first"
        )
    identifier = _identifier(root)
    if (kamerstuk := root.find("kamerstuk")) is not None:
        return _text(kamerstuk), _kamerstuk(kamerstuk, identifier)
    if (questions := root.find("kamervragen")) is not None:
        return _answers(questions, identifier)
    return _text(root), None


def _identifier(root: etree._Element) -> str | None:
    for meta in root.iter("meta"):
        m = _IDENTIFIER.search(meta.get("content") or "")
        if m:
            return m.group(1)
    return None


def _text(element: etree._Element) -> str:
    """Every paragraph (<al>, <titel>, <tekstregel>...) on its own, separated by blank lines."""
    blocks = []
    for node in element.iter("al", "titel", "tekstregel", "nr", "stuknr"):
        text = " ".join("".join(node.itertext()).split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _session_year(element: etree._Element) -> str | None:
    for line in element.iter("tekstregel"):
        if line.get("inhoud") == "vergaderjaar":
            m = re.search(r"(\d{4})\s*[-–]\s*(\d{4})", "".join(line.itertext()))
            if m:
                return f"{m.group(1)}-{m.group(2)}"
    return None


def _date(element: etree._Element | None) -> dt.date | None:
    if element is None or not element.get("isodatum"):
        return None
    try:
        return dt.date.fromisoformat(element.get("isodatum", ""))
    except ValueError:
        return None


def _kamerstuk(element: etree._Element, identifier: str | None) -> Publication | None:
    dossier = " ".join(element.findtext("dossier/dossiernummer/dossiernr", "").split())
    number = element.find("stuk/stuknr/ondernummer")
    if not dossier or number is None or not (number.text or "").strip():
        return None
    paper = Kamerstuk(
        dossier=Kamerstuk.dossier_id(dossier),
        number=number.text.strip(),
        chamber=_CHAMBERS.get(number.get("kamer", "")),
        session_year=_session_year(element),
    )
    title = " ".join(element.findtext("stuk/titel", "").split()) or None
    document_type = next((t for t in _TYPES if title and title.upper().startswith(t.upper())), None)
    signers = element.findall(".//al-groep/al")
    return Publication(
        identifier=identifier or paper.identifier,
        kind=PublicationKind.KAMERSTUK,
        document_type=document_type,
        title=title,
        date=_date(element.find("stuk/datumtekst/datum")),
        kamerstuk=paper,
        submitters=tuple(" ".join("".join(a.itertext()).split()) for a in signers),
    )


def _answers(element: etree._Element, identifier: str | None) -> tuple[str, Publication]:
    """Answers to written questions: one document from the answering minister."""
    question = element.find("kamervraagomschrijving[@type='vraag']")
    answer = element.find("kamervraagomschrijving[@type='antwoord']")
    header = " ".join("".join(answer.itertext()).split()) if answer is not None else None
    answered_by = answered_as = None
    if answer is not None:
        names = [" ".join("".join(n.itertext()).split()) for n in answer.iter("naam")]
        answered_by = names[0] if names else None
        title = re.match(r"Antwoord van (?:de )?(\w[\w-]*)", header or "")
        organisation = answer.findtext("organisatie")
        if title and organisation:
            answered_as = f"{title.group(1)} van {' '.join(organisation.split())}"
    questioners = (
        tuple(" ".join("".join(n.itertext()).split()) for n in question.iter("naam"))
        if question is not None
        else ()
    )
    blocks = [" ".join("".join(e.itertext()).split()) for e in (question, answer) if e is not None]
    text = "\n\n".join([*blocks, _text(element).strip()]) + "\n"
    publication = Publication(
        identifier=identifier or "",
        kind=PublicationKind.ANSWERS,
        document_type="Antwoord",
        title=blocks[0] if question is not None else None,
        date=_date(answer.find("datum") if answer is not None else None),
        submitters=questioners,
        answered_by=answered_by,
        answered_as=answered_as,
        answer_header=header,
        subject=" ".join(element.findtext(".//kamervraagonderwerp", "").split()) or None,
    )
    return text, publication
