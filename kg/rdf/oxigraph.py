"""The bridge between rdflib terms (the API users see) and Oxigraph terms (fast storing,
serialising and querying): one place for the conversion both ways."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import pyoxigraph as ox
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import KamergraafError


def oxigraph_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def rdflib_term(term: object) -> Node | None:
    """An Oxigraph term as the rdflib term users of the API see."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise KamergraafError(f"unsupported RDF term: {term!r}")


def oxigraph_triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    subject, predicate, value = map(oxigraph_term, triple)
    return ox.Triple(cast(ox.NamedNode, subject), cast(ox.NamedNode, predicate), value)


def oxigraph_quads(triples: Iterable[tuple[Node, Node, Node]], graph: URIRef) -> Iterable[ox.Quad]:
    name = ox.NamedNode(str(graph))
    for triple in triples:
        subject, predicate, value = map(oxigraph_term, triple)
        yield ox.Quad(cast(ox.NamedNode, subject), cast(ox.NamedNode, predicate), value, name)


def oxigraph_store(triples: Iterable[ox.Triple]) -> ox.Store:
    """The triples in an in-memory Oxigraph store (its default graph), to query."""
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return store


def rdflib_triple(quad: ox.Quad | ox.Triple) -> tuple[Node, Node, Node]:
    terms = (rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object))
    return cast(tuple[Node, Node, Node], terms)
