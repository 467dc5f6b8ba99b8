"""Real published documents in ../shared/corpus: the facts a careful reader takes from each.

Dates, references, senders, recipients and Kamerstuk ids are exact; policies, organisations and
persons are judgement calls, so for those the recall is measured and held above a floor.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, URIRef

import kg
from kg.records import Document, Letter
from tests.conftest import SHARED

EXPECTED = sorted((SHARED / "corpus" / "expected").glob("*.json"))
GAZETTE = re.compile(r"(Stb|Stcrt|Trb)\. (\d{4}), (\d+)")


def load(path: Path) -> tuple[dict[str, Any], Document]:
    expected = json.loads(path.read_text(encoding="utf-8"))
    return expected, kg.read_document(SHARED / "corpus" / expected["file"])


def letters(document: Document) -> list[Letter]:
    return [letter for letter in document.letters if not letter.is_annex]


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_exact_facts(path: Path) -> None:
    expected, document = load(path)
    found = letters(document)
    assert len(found) == len(expected["letters"])
    for gold, letter in zip(expected["letters"], found, strict=True):
        assert (letter.date and letter.date.value.isoformat()) == gold["date"]
        assert (letter.subject and letter.subject.value) == gold["subject"]
        assert (letter.our_reference and letter.our_reference.value) == gold["our_reference"]
        assert (letter.your_reference and letter.your_reference.value) == gold["your_reference"]
        senders = [
            {"name": s.person.name, "post": p.label} for s in letter.signatories for p in s.posts
        ]
        assert senders == gold["senders"]
        organisation = letter.sender_organisation and letter.sender_organisation.value.name
        assert organisation == gold["sender_organisation"]
        recipients = [
            {
                "name": r.person and r.person.name,
                "post": r.post and r.post.label,
                "organisation": r.organisation and r.organisation.name,
            }
            for r in letter.recipients
        ]
        assert recipients == gold["recipients"]
        cited = {c.identifier for c in letter.citations}
        assert {c for c in cited if c.startswith("kst-")} == set(gold["kamerstuk_citations"])
        gazettes = {
            f"{m.group(1).lower()}-{m.group(2)}-{m.group(3)}"
            for c in gold["other_citations"]
            if (m := GAZETTE.fullmatch(c))
        }
        urls = {c for c in gold["other_citations"] if c.startswith("http")}
        assert gazettes | urls <= cited


def recall(expected: list[str], found: set[str]) -> float:
    folded = {f.casefold() for f in found}
    return sum(e.casefold() in folded for e in expected) / len(expected) if expected else 1.0


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_mentions_recall(path: Path) -> None:
    expected, document = load(path)
    for gold, letter in zip(expected["letters"], letters(document), strict=True):
        persons = {m.entity.name for m in letter.persons}
        assert recall(gold["persons_mentioned"], persons) >= 0.75, sorted(persons)


def test_a_motion_is_a_kamerstuk_with_submitters_and_no_letter() -> None:
    graph: Graph = kg.build([SHARED / "corpus" / "23_tk-motie-negatieve-spaarrente.xml"]).graph
    motion = URIRef("https://zoek.officielebekendmakingen.nl/kst-32545-143")
    rows = list(
        graph.query(
            """PREFIX kg: <https://w3id.org/kamergraaf/def#>
               PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
               SELECT ?name ?dossier ?date WHERE {
                 ?motion a kg:Motion, kg:Kamerstuk ; kg:submitter/rdfs:label ?name ;
                         kg:dossier/kg:identifier ?dossier ; kg:date ?date }
               ORDER BY ?name""",
            initBindings={"motion": motion},
        )
    )
    assert [tuple(map(str, row)) for row in rows] == [
        ("Grinwis", "32545", "2021-07-06"),
        ("Inge van Dijk", "32545", "2021-07-06"),
    ]
    assert not list(graph.query("ASK { ?l a <https://w3id.org/kamergraaf/def#Letter> }")).pop()


def test_the_html_of_the_motion_gives_the_same_kamerstuk() -> None:
    xml = kg.read_document(SHARED / "corpus" / "23_tk-motie-negatieve-spaarrente.xml").publication
    html = kg.read_document(SHARED / "corpus" / "24_tk-motie-negatieve-spaarrente.html").publication
    assert xml is not None and html is not None
    assert (xml.identifier, xml.kamerstuk, xml.document_type, xml.date) == (
        html.identifier,
        html.kamerstuk,
        html.document_type,
        html.date,
    )


def test_answers_to_questions_are_a_document_of_the_answering_minister() -> None:
    graph = kg.build([SHARED / "corpus" / "22_szw-kamervragen-tozo-koolmees.xml"]).graph
    rows = list(
        graph.query(
            """PREFIX kg: <https://w3id.org/kamergraaf/def#>
               PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
               SELECT ?sender ?post ?id ?asker WHERE {
                 ?letter a kg:Letter ; kg:sender/rdfs:label ?sender ; kg:sender/kg:holds/rdfs:label ?post ;
                         kg:publishedAs ?answers .
                 ?answers a kg:ParliamentaryAnswers ; kg:identifier ?id ; kg:submitter/rdfs:label ?asker }
               ORDER BY ?asker"""
        )
    )
    assert [tuple(map(str, row)) for row in rows] == [
        ("Koolmees", "Minister van Sociale Zaken en Werkgelegenheid", "ah-tk-20202021-3235", asker)
        for asker in ("Kat", "Romke de Jong", "Van Weyenberg")
    ]


def test_the_whole_corpus_builds_and_validates() -> None:
    result = kg.build([SHARED / "corpus"])
    assert result.problems == []
    assert {f.reader for f in result.files} == {"pdf", "official-xml", "html"}
    report = kg.validate(result.graph)
    assert report.conforms, report.text


def test_motions_named_without_a_number_are_reported_unresolved() -> None:
    (letter,) = kg.read_document(SHARED / "corpus" / "20_ocw-leerlingendaling-slob.pdf").letters
    assert {
        "motie-Van der Staaij",
        "Motie Heerema-Rog",
        "motie-Westerveld-Van den Hul",
        "Motie Rog c.s.",
    } <= set(letter.unresolved)
