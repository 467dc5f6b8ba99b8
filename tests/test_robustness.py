"""No input crashes an extractor or makes it hang; no text makes an invalid IRI or output file;
a build killed halfway leaves the previous outputs intact."""

from __future__ import annotations

import datetime as dt
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal

from kg.cleaning import Text, clean
from kg.export.serialise import serialise
from kg.extract import extract_letters
from kg.extract.actors import find_persons, find_recipients, find_signatures, parse_post
from kg.extract.citations import find_citations, find_unresolved
from kg.extract.dates import parse_date
from kg.extract.letterhead import parse_letterhead
from kg.extract.organisations import find_organisations
from kg.extract.policies import find_policies
from kg.extract.segments import split_segments
from kg.rdf.mapping import GraphBuilder
from kg.records import (
    Citation,
    CitationKind,
    Document,
    Kamerstuk,
    Letter,
    Located,
    Mention,
    Organisation,
    Person,
    Policy,
    PolicyKind,
    Post,
    Recipient,
    Signatory,
    Source,
    Span,
)
from tests.conftest import EXAMPLES, LETTERS

FRAGMENTS = [
    "nr. ",
    "nrs. ",
    "Kamerstukken II, ",
    "Kamerstuk ",
    "2024/25, ",
    "29 861",
    "-",
    "(",
    ")",
    "1",
    "¹",
    "Wet ",
    "Motie ",
    "motie-",
    "De Minister van ",
    "Aan de ",
    "Geachte ",
    "> Retouradres ",
    "Datum ",
    "Betreft ",
    "Onze referentie\n",
    "t.a.v. dhr. ",
    "\n",
    "\n\n",
    "-\n",
    " ",
    "http://",
    "www.",
    "CELEX:",
    "Stb. ",
    "(EAAS)",
    "Verordening ",
    "883/2004",
    "akkoord ",
    "Europese ",
    "J.A. ",
    "van ",
    "de ",
    "Pagina 2 van 3",
    ",",
    ".",
    "A",
    "é",
    "\u00ad",
    "ﬁ",
    "Staatsblad 2020, ",
    "%20",
]
ADVERSARIAL = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=5), max_size=120).map("".join)
BOUNDED = settings(
    deadline=dt.timedelta(seconds=5), max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)


@BOUNDED
@given(ADVERSARIAL)
def test_every_extractor_survives_adversarial_text(value: str) -> None:
    text = clean(Text.of(value))
    split_segments(text)
    parse_letterhead(text)
    find_signatures(text)
    find_recipients(text, len(text))
    find_persons(text, set())
    find_organisations(text)
    citations = find_citations(text)
    find_unresolved(text, citations)
    find_policies([(text, [(0, len(text))])])
    parse_date(value)
    parse_post(value)
    for letter in extract_letters(value):
        for citation in letter.citations:
            assert 0 <= citation.span.start <= citation.span.end <= len(value)


@BOUNDED
@given(st.sampled_from(FRAGMENTS), st.integers(1, 2000))
def test_long_runs_of_one_fragment_finish(fragment: str, times: int) -> None:
    extract_letters(fragment * times)


NAMES = st.text(min_size=1, max_size=40)


def document_of(name: str, organisation: str, policy: str, url: str) -> Document:
    """Every kind of record with text in it, all holding the same hostile strings."""
    span = Span(0, 1)
    org = Organisation(organisation, aliases=(organisation,))
    person = Person(name, honorific=name, organisation=org)
    post = Post(f"Minister van {organisation}", "Minister", org)
    letter = Letter(
        index=0,
        is_annex=False,
        span=span,
        date=Located(dt.date(2026, 2, 2), span, name),
        subject=Located(name, span, name),
        our_reference=Located(name, span, name),
        sender_organisation=Located(org, span, name),
        signatories=(Signatory(person, (post,), span, name),),
        recipients=(Recipient(span, name, post=post, organisation=org, person=person),),
        citations=(
            Citation(CitationKind.URL, url, url, span),
            Citation(
                CitationKind.KAMERSTUK,
                "kst-29861-158",
                name,
                span,
                1,
                Kamerstuk("29861", "158", "II"),
            ),
        ),
        policies=(Mention(Policy(policy, policy, PolicyKind.LAW, acronym=name), span, name, True),),
        organisations=(Mention(org, span, name),),
        persons=(Mention(person, span, name),),
    )
    return Document(Source(name, "0" * 64, "text (utf-8)"), (letter,))


@settings(max_examples=30, deadline=None)
@given(NAMES, NAMES, NAMES, st.text(max_size=30))
def test_hostile_names_make_valid_iris_and_files_that_reparse(
    name: str, organisation: str, policy: str, path: str
) -> None:
    builder = GraphBuilder()
    builder.add(document_of(name, organisation, policy, f"https://example.org/{path}"))
    graph = builder.finish()
    for rdf_format, mime in (
        ("turtle", "text/turtle"),
        ("nt", "application/n-triples"),
        ("json-ld", None),
    ):
        data = serialise(graph, rdf_format)
        parsed = Graph().parse(data=data, format=rdf_format)
        assert len(parsed) == len(graph)
        if mime:
            assert len(
                list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.from_media_type(mime)))
            ) == len(graph)
    literals = {str(o) for o in graph.objects() if isinstance(o, Literal)}
    assert name in literals  # stored as a plain literal, as written


def test_a_killed_build_leaves_the_previous_outputs_intact(tmp_path: Path) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kg", "build", "-q", "-o", str(out)]
    subprocess.run([*command, str(EXAMPLES)], check=True)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    big = tmp_path / "big"
    big.mkdir()
    for i in range(12):
        for source in (*EXAMPLES.iterdir(), *LETTERS.iterdir()):
            (big / f"{i}-{source.name}").write_bytes(source.read_bytes() + f"\n{i}\n".encode())
    started = time.monotonic()
    subprocess.run([*command, str(big)], check=True)
    duration = time.monotonic() - started
    subprocess.run([*command, str(EXAMPLES)], check=True)
    for fraction in (0.3, 0.6, 0.85, 0.95):
        process = subprocess.Popen([*command, str(big)])
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait()
        for path in out.iterdir():
            if path.name.startswith("."):
                continue  # a temporary file the killed build was writing; never read
            if path.suffix in (".ttl", ".nt", ".jsonld"):
                Graph().parse(
                    path, format={".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}[path.suffix]
                )
            elif path.suffix == ".json":
                json.loads(path.read_text(encoding="utf-8"))
            assert path.stat().st_size > 0
    subprocess.run([*command, str(EXAMPLES)], check=True)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # no temporary file left
