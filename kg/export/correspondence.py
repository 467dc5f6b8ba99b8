"""Who wrote to whom about which policy, read from the RDF into networkx: what the views draw.

Actors (persons, organisations, posts) and policies are the nodes. Each pair of actors one wrote
to the other is one "wrote to" edge, from a signatory to an addressee, with the letters between
them; each signatory and policy one of their letters is about, an "about" edge; and "holds" /
"post in" edges tie persons to posts and posts to organisations. The letters themselves are in
the graph attribute "letters". Actors with no edge (only mentioned in a letter) are left out.

It is read from N-Triples lines in two passes, keeping only what the views show: the nodes of the
classes below (and the policies letters are about, the documents they cite), then the values of
the predicates below about those nodes. No store is built and no edge is made per letter, so a
build's views take little memory beside its graph; an rdflib graph is read the same way, from its
N-Triples lines.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Graph

from kg.rdf.iris import EVIDENCE
from kg.rdf.namespace import KG
from kg.rdf.oxigraph import nt_iri, nt_line, nt_terms, oxigraph_triple

ACTOR_KINDS = ("Person", "Organisation")
_ACTOR_CLASSES = {nt_iri(KG[kind]): kind for kind in (*ACTOR_KINDS, "Post")}
_LETTER = nt_iri(KG.Letter)
_IS_A = nt_iri(RDF.type)
_LABEL = nt_iri(RDFS.label)
_NAMES = {nt_iri(SKOS.altLabel), nt_iri(KG.acronym)}
_FIELDS = {
    nt_iri(KG.date): "date",
    nt_iri(KG.subject): "subject",
    nt_iri(KG.ourReference): "reference",
}
_DERIVED_FROM, _FILE_NAME = nt_iri(KG.derivedFrom), nt_iri(KG.fileName)
_SENDER, _RECIPIENT = nt_iri(KG.sender), nt_iri(KG.recipient)
_ABOUT, _CITES, _IDENTIFIER = nt_iri(KG.about), nt_iri(KG.cites), nt_iri(KG.identifier)
_LINKS = (_SENDER, _RECIPIENT, _ABOUT, _CITES, _DERIVED_FROM)
_STRUCTURE = {nt_iri(KG.holds): "holds", nt_iri(KG.postIn): "post in"}


_FIRST_PASS = (_IS_A, _ABOUT, _CITES, _DERIVED_FROM)
_SECOND_PASS = (
    _LABEL,
    *_NAMES,
    *_FIELDS,
    *_LINKS,
    _FILE_NAME,
    _IDENTIFIER,
    *_STRUCTURE,
)

# The statements of a pass: (subject, predicate, value) as written, with one of these predicates.
Statements = Callable[[Collection[str]], Iterable[tuple[str, str, str]]]


def correspondence(source: Graph | Path) -> nx.DiGraph:
    """The correspondence in an RDF graph or an N-Triples file (module docstring)."""
    if isinstance(source, Path):
        path = source
        return _Reading(lambda predicates: _statements_with(path, predicates)).network()
    held = [nt_terms(nt_line(oxigraph_triple(triple))) for triple in source]
    return _Reading(lambda predicates: (t for t in held if t[1] in predicates)).network()


_EVIDENCE = nt_iri(EVIDENCE)[:-1].encode()  # the start of an evidence node's IRI as written


def _statements_with(path: Path, predicates: Collection[str]) -> Iterator[tuple[str, str, str]]:
    """The statements of an N-Triples file with one of `predicates`, found by searching large
    blocks of its bytes for each: the many lines of other predicates are never decoded, nor
    those about evidence nodes (three lines in four of a build's graph), which no view shows."""
    keys = [(f" {predicate} ".encode(), predicate) for predicate in predicates]
    with path.open("rb") as file:
        for block, end in _blocks(file):
            for key, predicate in keys:
                found = block.find(key, 0, end)
                while found >= 0:
                    start = block.rfind(b"\n", 0, found) + 1
                    line_end = block.index(b"\n", found)
                    shown = not block.startswith(_EVIDENCE, start)
                    if shown and block.index(b" ", start) == found:  # not in a literal further on
                        subject = block[start:found].decode()
                        yield subject, predicate, block[found + len(key) : line_end - 2].decode()
                    found = block.find(key, line_end, end)


def _blocks(file: BinaryIO, size: int = 1 << 25) -> Iterator[tuple[bytes, int]]:
    """A file's bytes in large blocks, each with the end of its last whole line (the rest of
    the block is read again with the next)."""
    while block := file.read(size):
        end = block.rfind(b"\n") + 1
        if end == 0 and len(block) == size:  # a line longer than a block
            file.seek(-len(block), os.SEEK_CUR)
            size *= 2
            continue
        if end == 0:  # the last line, without a line break
            block, end = block + b"\n", len(block) + 1
        file.seek(end - len(block), os.SEEK_CUR)
        yield block, end


class _Reading:
    """What the views show, gathered from two passes over the statements (terms as written)."""

    def __init__(self, statements: Statements) -> None:
        self.kinds: defaultdict[str, set[str]] = defaultdict(set)  # actor -> its actor classes
        self.letters: set[str] = set()
        self.targets: set[str] = set()  # the policies letters are about, the documents they cite
        self.sources: set[str] = set()  # the files letters are derived from
        for subject, predicate, value in statements(_FIRST_PASS):
            if predicate == _IS_A:
                if value == _LETTER:
                    self.letters.add(subject)
                elif value in _ACTOR_CLASSES:
                    self.kinds[subject].add(_ACTOR_CLASSES[value])
            elif predicate in (_ABOUT, _CITES):
                self.targets.add(value)
            elif predicate == _DERIVED_FROM:
                self.sources.add(value)
        self.labels: defaultdict[str, list[str]] = defaultdict(list)
        self.names: defaultdict[str, list[str]] = defaultdict(list)
        self.identifiers: defaultdict[str, list[str]] = defaultdict(list)
        self.files: defaultdict[str, list[str]] = defaultdict(list)
        # field ("date", ..., "source") or linking predicate -> letter -> values
        self.of_letters: defaultdict[str, defaultdict[str, list[str]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.structure: list[tuple[str, str, str]] = []
        self.citations: dict[tuple[str, str], dict[str, str]] = {}
        for subject, predicate, value in statements(_SECOND_PASS):
            self._keep(subject, predicate, value)

    def _keep(self, subject: str, predicate: str, value: str) -> None:
        if subject in self.letters:
            if predicate in _FIELDS:
                self.of_letters[_FIELDS[predicate]][sys.intern(subject)].append(_value(value))
            elif predicate in _LINKS:
                self.of_letters[predicate][sys.intern(subject)].append(sys.intern(value))
        if predicate in _STRUCTURE:
            self.structure.append((_value(subject), _STRUCTURE[predicate], _value(value)))
        elif subject in self.kinds or subject in self.targets:
            if predicate == _LABEL:
                self.labels[subject].append(_value(value))
            elif predicate in _NAMES:
                self.names[subject].append(_value(value))
            elif predicate == _IDENTIFIER:
                self.identifiers[subject].append(_value(value))
        elif subject in self.sources and predicate == _FILE_NAME:
            self.files[subject].append(_value(value))

    def network(self) -> nx.DiGraph:
        """Nodes and edges added in the order of the IRIs, so that the layout is stable."""
        network = nx.DiGraph()
        for actor, kind, label, node in sorted(
            (_value(term), kind, label, term)
            for term, kinds in self.kinds.items()
            for kind in kinds
            for label in self.labels.get(term, ())
        ):
            network.add_node(actor, kind=kind, label=label, names=self._names(node))
        actors = set(network)
        nodes = {_value(node): node for node in self.letters}
        letters = {key: self._letter(nodes[key], actors, network) for key in sorted(nodes)}
        for key, letter in letters.items():
            for sender in letter["senders"]:
                for recipient in letter["recipients"]:
                    _add_letter(network, sender, recipient, key, "wrote to")
                for policy in letter["policy_ids"]:
                    _add_letter(network, sender, policy, key, "about")
        for start, relation, end in sorted(self.structure):
            if start in network and end in network:
                network.add_edge(start, end, kind=relation, letters=[])
        network.remove_nodes_from([node for node, degree in network.degree() if degree == 0])
        for _, _, data in network.edges(data=True):
            data["letters"] = sorted(set(data["letters"]), key=lambda k: (letters[k]["date"], k))
        network.graph["letters"] = letters
        return network

    def _citation(self, document: str, identifier: str) -> dict[str, str]:
        """What the views show of a cited document: one record shared by the letters citing it."""
        key = (document, identifier)
        if key not in self.citations:
            self.citations[key] = {"id": identifier or document, "url": document}
        return self.citations[key]

    def _names(self, term: str) -> list[str]:
        return sorted(set(self.names.get(term, ())))

    def _letter(self, node: str, actors: set[str], network: nx.DiGraph) -> dict[str, Any]:
        """A letter as the views show it; the policies it is about become nodes."""
        fields = {
            name: self.of_letters[name].pop(node, []) for name in (*_FIELDS.values(), *_LINKS)
        }
        files = [file for source in fields[_DERIVED_FROM] for file in self.files[source]]
        letter: dict[str, Any] = {
            "date": max(fields["date"], default=""),
            "subject": max(fields["subject"], default=""),
            "reference": max(fields["reference"], default=""),
            "file": max(files, default=""),
        }
        for predicate, key in ((_SENDER, "senders"), (_RECIPIENT, "recipients")):
            letter[key] = [a for a in sorted(map(_value, fields[predicate])) if a in actors]
        about = sorted(
            (_value(term), label, term)
            for term in fields[_ABOUT]
            for label in self.labels.get(term, ())
        )
        letter["policies"] = [label for _, label, _ in about]
        letter["policy_ids"] = [policy for policy, _, _ in about]
        for policy, label, term in about:
            network.add_node(policy, kind="Policy", label=label, names=self._names(term))
        cited = sorted(
            (_value(term), identifier)
            for term in fields[_CITES]
            for identifier in self.identifiers.get(term) or [""]
        )
        letter["cites"] = [self._citation(document, i) for document, i in cited]
        return letter


def _add_letter(network: nx.DiGraph, start: str, end: str, letter: str, kind: str) -> None:
    if network.has_edge(start, end):
        network[start][end]["letters"].append(letter)
    else:
        network.add_edge(start, end, kind=kind, letters=[letter])


def _value(term: str) -> str:
    """An N-Triples term's IRI, lexical form or blank node label."""
    if term.startswith("<"):
        return sys.intern(term[1:-1])  # the same nodes are named by many letters
    if term.startswith("_:"):
        return term[2:]
    lexical = term[1 : term.rindex('"')]
    if "\\" not in lexical:
        return lexical
    (quad,) = ox.parse(f"<x:s> <x:p> {term} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    assert isinstance(quad.object, ox.Literal)
    return quad.object.value
