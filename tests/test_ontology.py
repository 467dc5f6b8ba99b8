"""The ontology is the single source of truth: code, shapes and built graphs follow it."""

from __future__ import annotations

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from kg.build import BuildResult
from kg.rdf.namespace import KG
from kg.validate import ontology_graph, shapes_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
KG_NS = str(KG._NS)


def defined_terms() -> set[str]:
    ontology = ontology_graph()
    return {
        str(s).removeprefix(KG_NS)
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind)
        if str(s).startswith(KG_NS)
    }


def test_python_namespace_matches_the_ontology_exactly() -> None:
    assert set(KG.__annotations__) == defined_terms()


def test_every_term_has_a_label_and_comment_in_english_and_dutch() -> None:
    ontology = ontology_graph()
    for term in defined_terms():
        node = URIRef(KG_NS + term)
        for predicate in (RDFS.label, RDFS.comment):
            languages = {
                o.language for o in ontology.objects(node, predicate) if isinstance(o, Literal)
            }
            assert languages == {"en", "nl"}, f"kg:{term} {predicate}"


def test_every_term_is_aligned_with_a_standard_vocabulary_or_is_kg_specific() -> None:
    ontology = ontology_graph()
    standard = (
        "http://xmlns.com/foaf/",
        "http://www.w3.org/ns/",
        "http://purl.org/dc/terms/",
        "http://www.w3.org/2004/02/skos/",
        "https://schema.org/",
        "http://data.europa.eu/eli/",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    )
    aligned = {
        "Letter",
        "Annex",
        "Person",
        "Organisation",
        "Post",
        "Policy",
        "Kamerstuk",
        "Dossier",
        "SourceDocument",
        "sender",
        "recipient",
        "date",
        "subject",
        "ourReference",
        "about",
        "cites",
        "encloses",
        "holds",
        "postIn",
        "identifier",
        "dossier",
        "derivedFrom",
    }
    for term in aligned:
        node = URIRef(KG_NS + term)
        parents = {
            str(o) for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in ontology.objects(node, p)
        }
        reachable = set(parents)
        for parent in parents:  # kg:Kamerstuk -> kg:CitableDocument -> foaf:Document
            reachable |= {str(o) for o in ontology.objects(URIRef(parent), RDFS.subClassOf)}
        assert any(p.startswith(standard) for p in reachable), term


def test_every_class_has_a_shape_and_every_shape_path_exists() -> None:
    shapes = shapes_graph()
    ontology = ontology_graph()
    targets = {str(o).removeprefix(KG_NS) for o in shapes.objects(None, SH.targetClass)}
    classes = {str(s).removeprefix(KG_NS) for s in ontology.subjects(RDF.type, OWL.Class)}
    assert classes - {"CitableDocument"} <= targets
    for path in shapes.objects(None, SH.path):
        if str(path).startswith(KG_NS):
            assert str(path).removeprefix(KG_NS) in defined_terms(), path


def emitted_kg_terms(graph: Graph) -> set[str]:
    terms = set()
    for triple in graph:
        for node in triple:
            if isinstance(node, URIRef) and str(node).startswith(KG_NS):
                terms.add(str(node).removeprefix(KG_NS))
    return terms


def test_every_kg_term_the_code_emits_is_defined(
    examples_build: BuildResult, letters_build: BuildResult
) -> None:
    emitted = emitted_kg_terms(examples_build.graph) | emitted_kg_terms(letters_build.graph)
    assert emitted, "the builds emit kg: terms"
    assert emitted <= defined_terms()
