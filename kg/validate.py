"""SHACL validation of a built graph against ontology/shapes.ttl (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from pyshacl import validate as shacl_validate
from rdflib import Graph


def ontology_text(name: str) -> str:
    """A file of the ontology folder (kamergraaf.ttl, shapes.ttl), shipped inside the package."""
    return resources.files("kg").joinpath("ontology", name).read_text(encoding="utf-8")


def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text("kamergraaf.ttl"), format="turtle")


def shapes_graph() -> Graph:
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


@dataclass(frozen=True)
class ValidationReport:
    """pySHACL's answer: whether the graph conforms, the results graph and a readable text."""

    conforms: bool
    results: Graph
    text: str


def validate(graph: Graph) -> ValidationReport:
    """Validate a graph with the kamergraaf shapes; class hierarchy comes from the ontology."""
    conforms, results, text = shacl_validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        advanced=True,
    )
    return ValidationReport(bool(conforms), results, str(text))
