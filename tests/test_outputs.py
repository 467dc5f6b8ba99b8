"""Output files: deterministic to the byte, readable by other RDF tools, the same triples in each."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.compare import to_isomorphic

from kg.build import BuildResult
from kg.export import serialise
from kg.export.serialise import atomic_write
from kg.rdf.oxigraph import literal, nt_integer, nt_iri, nt_terms, nt_triple, rdflib_term
from kg.rdf.spill import SpilledTriples
from tests.conftest import EXAMPLES, LETTERS

OUTPUTS = ("graph.ttl", "graph.nt", "graph.jsonld", "graph.nq", "graph.trig", "graph.html")


def build_in_subprocess(output: Path, seed: str, *options: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    command = [sys.executable, "-m", "kg", "build", str(EXAMPLES), str(LETTERS), "-o", str(output)]
    subprocess.run([*command, "-q", *options], check=True, env=env)


def assert_same_bytes(one: Path, two: Path, names: tuple[str, ...]) -> None:
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_building_twice_gives_byte_identical_files(tmp_path: Path) -> None:
    build_in_subprocess(tmp_path / "one", "1")
    build_in_subprocess(tmp_path / "two", "2")
    assert_same_bytes(tmp_path / "one", tmp_path / "two", (*OUTPUTS, "report.json"))


def test_a_dask_cluster_of_two_workers_builds_the_same_bytes(tmp_path: Path) -> None:
    build_in_subprocess(tmp_path / "local", "1")
    build_in_subprocess(tmp_path / "dask", "1", "--engine", "dask", "--jobs", "2")
    assert_same_bytes(tmp_path / "local", tmp_path / "dask", (*OUTPUTS, "report.json"))


def test_the_number_of_jobs_does_not_change_a_byte(tmp_path: Path) -> None:
    build_in_subprocess(tmp_path / "one", "1", "--jobs", "1")
    build_in_subprocess(tmp_path / "two", "1", "--jobs", "2")
    names = (*OUTPUTS, "report.json", "graph.graphml", "graph.gexf")
    assert_same_bytes(tmp_path / "one", tmp_path / "two", names)


@pytest.mark.parametrize(
    ("name", "mime"), [("graph.ttl", "text/turtle"), ("graph.nt", "application/n-triples")]
)
def test_pyoxigraph_reads_the_same_triples(
    examples_build: BuildResult, name: str, mime: str
) -> None:
    path = examples_build.outputs["report"].parent / name
    triples = list(
        pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.from_media_type(mime))
    )
    assert len(triples) == len(examples_build.graph)


def test_every_format_holds_the_same_graph(examples_build: BuildResult) -> None:
    folder = examples_build.outputs["report"].parent
    expected = to_isomorphic(examples_build.graph)
    for name, rdf_format in (
        ("graph.ttl", "turtle"),
        ("graph.nt", "nt"),
        ("graph.jsonld", "json-ld"),
    ):
        parsed = Graph().parse(folder / name, format=rdf_format)
        assert to_isomorphic(parsed) == expected, name


def test_ntriples_are_sorted(examples_build: BuildResult) -> None:
    lines = (
        (examples_build.outputs["report"].parent / "graph.nt")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    assert lines == sorted(lines)


def test_atomic_write_replaces_whole_files(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    atomic_write(target, b"old")
    with pytest.raises(TypeError):  # the write fails halfway: nothing to write bytes from
        atomic_write(target, None)  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


@pytest.mark.parametrize(("name", "syntax"), [("graph.ttl", "turtle"), ("graph.nt", "ntriples")])
def test_independent_parsers_accept_the_files(
    examples_build: BuildResult, name: str, syntax: str
) -> None:
    """Debian's rapper (Raptor) and serdi (Serd) read every triple of the files."""
    path = examples_build.outputs["report"].parent / name
    for parser in ("rapper", "serdi"):
        run = subprocess.run(
            [parser, "-i", syntax, "-o", "ntriples", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
        triples = [line for line in run.stdout.splitlines() if line.strip()]
        assert len(triples) == len(examples_build.graph), parser
        assert "error" not in run.stderr.lower(), run.stderr


@pytest.mark.parametrize("jobs", [1, 3])
def test_many_sorted_runs_merge_to_the_same_files(
    examples_build: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """A large build sorts its triples in runs on disk, chunk by chunk of documents, and merges
    them (Turtle is written in a piece for each job): the files are the same as when everything
    is sorted and written at once."""
    monkeypatch.setattr(serialise, "RUN_SIZE", 50)  # the examples then make dozens of runs
    monkeypatch.setattr(serialise, "CHUNK", 2)
    _, count = serialise.write_statements(examples_build.named, tmp_path, jobs=jobs)
    folder = examples_build.outputs["report"].parent
    for name in ("graph.nt", "graph.nq", "graph.ttl", "graph.trig", "graph.jsonld"):
        assert (tmp_path / name).read_bytes() == (folder / name).read_bytes(), name
    assert count == examples_build.triples == len(examples_build.graph)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # runs removed


def test_a_killed_build_leaves_no_temporaries_behind_the_next(tmp_path: Path) -> None:
    (tmp_path / ".runs-x.tmp").mkdir()
    (tmp_path / ".runs-x.tmp" / "0.nt").write_text("<a> <b> <c> .\n")
    (tmp_path / ".graph.ttl.x.tmp").write_bytes(b"half")
    serialise.remove_temporaries(tmp_path)
    assert list(tmp_path.iterdir()) == []


@given(
    st.dictionaries(
        st.text(alphabet="abc", min_size=1, max_size=5),
        st.sets(
            st.text(
                st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"),
                min_size=1,
                max_size=30,
            )
        ),
        max_size=8,
    )
)
def test_spilled_triples_come_back_as_they_went_in(parts: dict[str, set[str]]) -> None:
    """Documents' N-Triples lines (never empty, never holding a line break) wait on disk."""
    spilled = SpilledTriples()
    for name, lines in parts.items():
        spilled[URIRef(name)] = lines
    assert {str(name): spilled[name] for name in spilled} == parts


_IRIS = st.from_regex(r"https://example\.org/[a-z0-9/-]{0,20}(#[a-z0-9]{0,5})?", fullmatch=True)


@given(_IRIS, _IRIS, st.one_of(_IRIS, st.text(st.characters(blacklist_categories=("Cs",)))))
def test_an_ntriples_line_splits_back_into_its_terms(
    subject: str, predicate: str, value: str
) -> None:
    term = value if value.startswith("https://") else literal(value)
    line = nt_triple(subject, predicate, term)
    assert "\n" not in line
    written = nt_iri(term) if isinstance(term, str) else str(term)
    assert nt_terms(line + "\n") == (nt_iri(subject), nt_iri(predicate), written)


@given(st.lists(st.text(alphabet=' .<>\\\n"ab', max_size=10), max_size=8))
def test_a_graph_becomes_quads_in_one_text_as_line_by_line(texts: list[str]) -> None:
    """N-Quads are made from a graph's whole text at once: the same lines as one at a time,
    whatever the literals hold ("x .", line breaks)."""
    lines = sorted({nt_triple("x:s", "x:p", literal(text)) for text in texts})
    graph = URIRef("https://w3id.org/kamergraaf/id/graph/g")
    one_by_one = "".join(f"{serialise._quad(line, graph)}\n" for line in lines)
    assert serialise._as_quads(lines, graph) == one_by_one.encode()


@given(
    st.one_of(
        st.text().filter(lambda text: "\x00" not in text),
        st.dates().map(dt.date.isoformat),
        st.integers().map(str),
        st.sampled_from(["true", "false", "-0", "007", "2024-02-30", "2024-1-05", "1"]),
    ),
    st.sampled_from([None, "nl", "en-GB"]),
    st.sampled_from([None, "http://x/y", *(str(t) for t in (XSD.date, XSD.integer, XSD.boolean))]),
)
def test_query_terms_are_the_rdflib_terms_of_their_values(
    value: str, language: str | None, datatype: str | None
) -> None:
    """Oxigraph's terms reach API users as the rdflib terms rdflib itself would make."""
    if language:
        term = pyoxigraph.Literal(value, language=language)  # (Oxigraph lower-cases the tag)
        expected = Literal(value, lang=term.language)
    elif datatype:
        term = pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(datatype))
        expected = Literal(value, datatype=URIRef(datatype))
    else:
        term = pyoxigraph.Literal(value)
        expected = Literal(value)
    made = rdflib_term(term)
    assert isinstance(made, Literal)
    assert (made, made.n3(), made.value, hash(made)) == (
        expected,
        expected.n3(),
        expected.value,
        hash(expected),
    )


@pytest.mark.parametrize("pieces", [2, 3, 7])
def test_turtle_written_in_pieces_is_the_turtle_written_at_once(
    letters_build: BuildResult, tmp_path: Path, pieces: int
) -> None:
    """Each worker writes the Turtle of a range of subjects; joined, the prefixes once, they
    are the bytes Oxigraph writes of the whole file."""
    ntriples = letters_build.outputs["nt"]
    whole = serialise._converted(ntriples, tmp_path / "whole.ttl", "turtle")
    ranges = serialise._subject_ranges(ntriples, pieces)
    assert len(ranges) == pieces
    assert ranges[0][0] == 0 and ranges[-1][1] == ntriples.stat().st_size
    written = [
        serialise._turtle_piece(ntriples, start, end, tmp_path / f"{start}.ttl")
        for start, end in ranges
    ]
    joined = serialise._joined(written, tmp_path / "joined.ttl")
    assert joined.read_bytes() == whole.read_bytes()


def test_joined_turtle_keeps_the_prefixes_after_an_empty_piece(tmp_path: Path) -> None:
    empty, piece = tmp_path / "0.ttl", tmp_path / "1.ttl"
    empty.write_bytes(b"")
    piece.write_bytes(b"@prefix kg: <https://w3id.org/kamergraaf/def#> .\n<urn:a> kg:b <urn:c> .\n")
    joined = serialise._joined([empty, piece, piece], tmp_path / "joined.ttl").read_bytes()
    assert joined.count(b"@prefix") == 1 and joined.startswith(b"@prefix")
    assert joined.count(b"<urn:a>") == 2


@given(st.integers())
def test_an_integer_is_written_as_oxigraph_writes_its_literal(value: int) -> None:
    assert nt_integer(value) == str(literal(value))
