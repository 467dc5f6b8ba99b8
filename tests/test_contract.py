"""The public query contract (../shared/contract): every term defined, every query answering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, URIRef

import kg
from kg.build import BuildResult
from kg.validate import ontology_graph

KG_NS = "https://w3id.org/kamergraaf/def#"


def contract_queries(shared: Path) -> dict[str, str]:
    folder = shared / "contract" / "queries"
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.rq"))}


def test_builtin_queries_hold_the_contract_queries_unchanged(shared: Path) -> None:
    builtin = kg.builtin_queries()
    contract = contract_queries(shared)
    assert {name: builtin[name] for name in contract} == contract


def test_ontology_defines_every_contract_term(shared: Path) -> None:
    readme = (shared / "contract" / "README.md").read_text(encoding="utf-8")
    terms = set(re.findall(r"\bkg:([A-Za-z]+)", readme))
    assert len(terms) >= 20, "the contract README lists the terms as kg:Name"
    ontology = ontology_graph()
    defined = {
        str(s).removeprefix(KG_NS)
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
    }
    assert terms <= defined


@pytest.mark.parametrize(
    "name", ["citations", "letters", "policies", "posts", "sources", "who-wrote-to-whom"]
)
def test_contract_query_runs_on_every_built_graph(
    shared: Path, name: str, examples_build: BuildResult, letters_build: BuildResult
) -> None:
    query = contract_queries(shared)[name]
    for build in (examples_build, letters_build):
        rows = list(build.graph.query(query))
        assert rows, f"{name} returned nothing"


def test_contract_queries_return_the_example_facts(shared: Path, examples_graph: Graph) -> None:
    queries = contract_queries(shared)
    run = lambda name: [tuple(map(str, row)) for row in examples_graph.query(queries[name])]  # noqa: E731

    ids = {row[2] for row in run("citations")}
    assert {
        "kst-29861-158",
        "kst-21501-31-669",
        "kst-31765-943",
        "kst-29544-1304",
        "kst-36848-57",
    } <= ids
    assert ("kst-21501-31-669", "21501-31") in {(row[2], row[3]) for row in run("citations")}

    dates = sorted(row[1] for row in run("letters"))
    assert dates == ["2026-02-02"] + ["2026-05-26"] * 4

    posts = {(row[0], row[1], row[2]) for row in run("posts")}
    assert (
        "M.L.J. Paul",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "Ministerie van Sociale Zaken en Werkgelegenheid",
    ) in posts
    assert ("R.A.A. Jetten", "Minister-president", "Ministerie van Algemene Zaken") in posts

    sources = {(row[0]) for row in run("sources")}
    assert sources == {"000_a3579bbfb314e289.txt", "003_e4bfe05c462bed1b.txt"}

    pairs = {(row[0], row[1]) for row in run("who-wrote-to-whom")}
    assert ("M.L.J. Paul", "Voorzitter van de Tweede Kamer der Staten-Generaal") in pairs
    assert ("J.A. Vijlbrief", "Voorzitter van de Eerste Kamer der Staten-Generaal") in pairs
    assert ("R.A.A. Jetten", "FNV") in pairs
    assert ("H.G. Herbert", "Hans Spekman") in pairs

    policies = {row[1] for row in run("policies")}
    assert {"Verordening (EG) nr. 883/2004", "Europese Anti-Armoedestrategie"} <= policies


def test_kamerstuk_nodes_keep_their_official_iri(examples_graph: Graph) -> None:
    node = URIRef("https://zoek.officielebekendmakingen.nl/kst-21501-31-669")
    assert (node, RDF.type, URIRef(KG_NS + "Kamerstuk")) in examples_graph
