"""SPARQL: rdflib and Oxigraph give the same answers to every named query."""

from __future__ import annotations

import json

import pyoxigraph
import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import XSD, BNode, Graph

import kg
from kg.build import BuildResult
from kg.query import (
    QueryResult,
    builtin_queries,
    load_store,
    query_file,
    run_query,
    run_query_on_store,
)
from kg.rdf.oxigraph import rdflib_term

QUERIES = sorted(builtin_queries())


def normalised(result: QueryResult) -> list[tuple[str, ...]]:
    return sorted(result.rows)


def bindings(result: QueryResult) -> list[str]:
    """The SPARQL JSON bindings, in an order that does not depend on how ties were broken."""
    document = json.loads(result.serialise("json"))
    return sorted(json.dumps(b, sort_keys=True) for b in document["results"]["bindings"])


ODD_VALUES = """
<urn:a> <urn:p> 5, -2, 1.5, 1.0e3, true, "2020-01-01"^^<http://www.w3.org/2001/XMLSchema#date>,
    "tab\\there", "a \\"quote\\" and a\\nline", "Café"@nl, "x"@en-gb, <urn:b>, _:node, "".
"""


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?o WHERE { <urn:a> <urn:p> ?o }",
        "SELECT ?o ?unbound WHERE { <urn:a> <urn:p> ?o OPTIONAL { ?o <urn:q> ?unbound } }",
        "SELECT ?unbound WHERE { <urn:a> <urn:p> ?o OPTIONAL { ?o <urn:q> ?unbound } }",
        "SELECT * WHERE { <urn:a> <urn:nothing> ?o }",
    ],
)
def test_oxigraph_rows_read_every_kind_of_value(query: str) -> None:
    """Numbers written bare, escapes, language tags, blank nodes and unbound values come
    through Oxigraph's TSV as rdflib reads them."""
    graph = Graph().parse(data=ODD_VALUES, format="turtle")
    store = pyoxigraph.Store()
    store.load(ODD_VALUES.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    by_rdflib, by_oxigraph = run_query(graph, query), run_query_on_store(store, query)
    assert by_rdflib.variables == by_oxigraph.variables
    assert _terms(by_rdflib) == _terms(by_oxigraph)


_LITERALS = st.builds(
    lambda text, tag, datatype: (
        pyoxigraph.Literal(text, language=tag)
        if tag
        else pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(datatype))
    ),
    st.one_of(st.text(), st.dates().map(str), st.integers().map(str), st.just("true")),
    st.sampled_from([None, "nl", "en-GB", "x-a1"]),
    st.sampled_from([str(t) for t in (XSD.string, XSD.date, XSD.integer, XSD.boolean)]),
)


@pytest.mark.filterwarnings("ignore:Parsing weird boolean")
@given(st.lists(_LITERALS, max_size=6))
def test_oxigraph_rows_are_the_terms_of_the_values(literals: list[pyoxigraph.Literal]) -> None:
    """Whatever the literals hold (quotes, escapes, tags, typed values valid or not), a row
    holds the term rdflib_term makes of the value."""
    store = pyoxigraph.Store()
    subject, predicate = pyoxigraph.NamedNode("urn:a"), pyoxigraph.NamedNode("urn:p")
    store.extend(pyoxigraph.Quad(subject, predicate, value) for value in literals)
    result = run_query_on_store(store, "SELECT ?o WHERE { <urn:a> <urn:p> ?o }")
    expected = [(rdflib_term(quad.object),) for quad in store]
    assert sorted(map(repr, result.bindings)) == sorted(map(repr, expected))


def _terms(result: QueryResult) -> list[str]:
    """The rows' terms with their types, blank nodes as "_" (each store labels them its way)."""
    return sorted(
        repr(tuple("_" if isinstance(v, BNode) else v for v in row)) for row in result.bindings
    )


@pytest.mark.parametrize("name", QUERIES)
def test_both_engines_give_the_same_answers(
    examples_build: BuildResult, letters_build: BuildResult, name: str
) -> None:
    for build in (examples_build, letters_build):
        store = load_store(build.outputs["nt"])
        by_rdflib = run_query(build.graph, name)
        by_oxigraph = run_query_on_store(store, name)
        assert by_rdflib.variables == by_oxigraph.variables
        assert normalised(by_rdflib) == normalised(by_oxigraph)
        assert bindings(by_rdflib) == bindings(by_oxigraph)  # the same terms, types and tags


def test_named_queries_answer_on_the_examples(examples_build: BuildResult) -> None:
    graph = examples_build.graph
    co = {(a, b) for a, b, _ in kg.run_query(graph, "co-signatories").rows}
    assert ("J.A. Vijlbrief", "R.A.A. Jetten") in co and ("M.L.J. Paul", "J.A. Vijlbrief") not in co
    timeline = kg.run_query(graph, "policy-timeline").rows
    assert ("Europese Anti-Armoedestrategie", "2026-02-02") in {(p, d) for p, d, *_ in timeline}
    dossiers = {row[0] for row in kg.run_query(graph, "dossier-citations").rows}
    assert {"29861", "21501-31", "36848"} <= dossiers
    actors = {row[1]: (row[2], row[3]) for row in kg.run_query(graph, "letters-per-actor").rows}
    assert actors["J.A. Vijlbrief"] == ("4", "0")
    assert actors["FNV"] == ("0", "1")


def test_ask_and_construct(examples_build: BuildResult) -> None:
    path = examples_build.outputs["turtle"]
    for engine in ("rdflib", "oxigraph"):
        ask = query_file(path, "ASK { ?l a <https://w3id.org/kamergraaf/def#Letter> }", engine)
        assert ask.boolean is True
        construct = query_file(
            path,
            "CONSTRUCT { ?l <https://schema.org/sender> ?s } WHERE { ?l <https://w3id.org/kamergraaf/def#sender> ?s }",
            engine,
        )
        assert construct.graph is not None and len(construct.graph) == 14


@pytest.mark.parametrize(
    "update",
    [
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX kg: <https://w3id.org/kamergraaf/def#>\nINSERT DATA { kg:a kg:b kg:c }",
        "drop all",
    ],
)
def test_updates_are_refused(examples_build: BuildResult, update: str) -> None:
    for engine in ("rdflib", "oxigraph"):
        with pytest.raises(kg.KamergraafError, match="read-only"):
            query_file(examples_build.outputs["turtle"], update, engine)
