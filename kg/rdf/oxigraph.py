"""The bridge between rdflib terms (the API users see) and Oxigraph terms (fast storing,
serialising and querying): one place for the conversion both ways."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
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


_BOOLEAN = ox.NamedNode(str(XSD.boolean))
_INTEGER = ox.NamedNode(str(XSD.integer))
_DATE = ox.NamedNode(str(XSD.date))
_STRING = ox.NamedNode(str(XSD.string))
_NT_INTEGER = str(_INTEGER)


def literal(value: str | int | dt.date, language: str | None = None) -> ox.Literal:
    """The literal rdflib's `Literal(value, lang=language)` stands for, made by Oxigraph: text
    (with a language), xsd:boolean, xsd:integer or xsd:date."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=_BOOLEAN)
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=_INTEGER)
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=_DATE)
    return ox.Literal(value, language=language) if language else ox.Literal(value)


def rdflib_term(term: object) -> Node | None:
    """An Oxigraph term as the rdflib term users of the API see."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        # Oxigraph has checked the IRI: made without rdflib checking it again (a third of the
        # time of reading a query's rows); the same object URIRef(term.value) makes.
        return str.__new__(URIRef, term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return rdflib_literal(term.value, term.language, term.datatype.value)
    raise KamergraafError(f"unsupported RDF term: {term!r}")


@lru_cache(maxsize=1 << 16)  # (rows repeat values: the same names and dates, query after query)
def rdflib_literal(value: str, language: str | None, datatype: str) -> Literal:
    """The rdflib literal of a lexical form and its language or datatype, as `rdflib_term`
    makes it of an Oxigraph literal."""
    # (text is its own lexical form: rdflib's normalising, a dozen type checks, is skipped)
    if language:
        return Literal(value, lang=language, normalize=False)
    if datatype == _STRING.value:
        return Literal(value, normalize=False)
    canonical = _CANONICAL.get(datatype)  # (then rdflib's normalising changes nothing)
    normalize = False if canonical and canonical.fullmatch(value) else None
    return Literal(value, datatype=_rdflib_iri(datatype), normalize=normalize)


# Lexical forms rdflib writes back as they are, for the datatypes of kamergraaf's graphs
_CANONICAL = {
    str(XSD.date): re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
    str(XSD.integer): re.compile(r"0|-?[1-9][0-9]*"),
    str(XSD.boolean): re.compile(r"true|false"),
}


@lru_cache(maxsize=256)
def _rdflib_iri(iri: str) -> URIRef:
    """A datatype's IRI, made once: rows repeat the few datatypes."""
    return URIRef(iri)


def oxigraph_triple(triple: tuple[Node, Node, Node]) -> ox.Triple:
    subject, predicate, value = map(oxigraph_term, triple)
    return ox.Triple(cast(ox.NamedNode, subject), cast(ox.NamedNode, predicate), value)


@lru_cache(maxsize=1 << 16)  # (the IRIs written again and again: terms, nodes letters share)
def nt_iri(iri: str) -> str:
    """An IRI as N-Triples writes it (checked by Oxigraph)."""
    return str(ox.NamedNode(iri))


def nt_integer(value: int) -> str:
    """An xsd:integer literal as N-Triples writes it: `str(literal(value))`, without making the
    literal (a letter's evidence has hundreds)."""
    return f'"{value}"^^{_NT_INTEGER}'


def nt_triple(subject: str, predicate: str, value: str | ox.Literal) -> str:
    """A triple as an N-Triples line (without the line break): IRIs as strings, literals as
    Oxigraph literals (kg.rdf.oxigraph.literal)."""
    term = str(value) if isinstance(value, ox.Literal) else nt_iri(value)
    return f"{nt_iri(subject)} {nt_iri(predicate)} {term} ."


def nt_terms(line: str) -> tuple[str, str, str]:
    """Subject, predicate and object of an N-Triples line (with or without its line break), as
    written: the inverse of nt_triple."""
    subject, predicate, value = line.rstrip("\n")[:-2].split(" ", 2)
    return subject, predicate, value


def nt_line(triple: ox.Triple) -> str:
    """A triple as an N-Triples line (without the line break)."""
    return f"{triple} ."


def parse_lines(lines: Iterable[str]) -> Iterator[tuple[Node, Node, Node]]:
    """N-Triples lines as rdflib triples."""
    text = "\n".join(lines).encode("utf-8")
    for quad in ox.parse(text, format=ox.RdfFormat.N_TRIPLES):
        yield rdflib_triple(quad)


def rdflib_triple(quad: ox.Quad | ox.Triple) -> tuple[Node, Node, Node]:
    terms = (rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object))
    return cast(tuple[Node, Node, Node], terms)
