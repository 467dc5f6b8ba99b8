"""The cross-document step: what no single document can decide, reduced from what each saw.

Each document is mapped on its own (its `part`), and leaves a `Summary`: the names it gives its
nodes, the persons it names with their context, and the tenures (person, post, letter date) its
signatures show. Reducing the summaries of all documents gives

- the person renames: "minister Vijlbrief" in one letter is J.A. Vijlbrief of another when a
  post or organisation agrees and no other Vijlbrief fits (blocking by surname keeps this linear);
- one label per node (the name given most often; a renamed node's own names do not count);
- each tenure's first and last letter date: who held which post when, as far as the letters show.

Summaries are plain data (to and from JSON), so an incremental store keeps them per document.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rdflib import RDFS, SKOS, URIRef

from kg.extract.names import compatible, name_parts, specificity
from kg.rdf import Triples, iris
from kg.rdf.namespace import ID, KG
from kg.rdf.oxigraph import literal, nt_iri, nt_triple

ACROSS_DOCUMENTS_GRAPH = ID["graph/across-documents"]


@dataclass(frozen=True)
class PersonSeen:
    """A person node, the name it was minted from, and what the letter says about them: post
    titles ("minister"), organisations ("org:<iri>"), "member" for members of parliament."""

    node: URIRef
    name: str
    context: frozenset[str]


@dataclass(frozen=True)
class TenureSeen:
    """A signature: this person signed as this post in a letter of that date."""

    node: URIRef
    person: URIRef
    post: URIRef
    date: dt.date | None


Vote = tuple[URIRef, str, str]
"""A name a document gives a node: (node, text, language or "")."""


@dataclass
class Summary:
    """What one document contributes to the cross-document step."""

    votes: Counter[Vote] = field(default_factory=Counter)
    persons: list[PersonSeen] = field(default_factory=list)
    tenures: list[TenureSeen] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "votes": [
                [str(node), text, language, count]
                for (node, text, language), count in sorted(self.votes.items())
            ],
            "persons": [[str(p.node), p.name, sorted(p.context)] for p in self.persons],
            "tenures": [
                [str(t.node), str(t.person), str(t.post), t.date.isoformat() if t.date else None]
                for t in self.tenures
            ],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Summary:
        return cls(
            votes=Counter(
                {
                    (URIRef(node), text, language): count
                    for node, text, language, count in data["votes"]
                }
            ),
            persons=[
                PersonSeen(URIRef(node), name, frozenset(context))
                for node, name, context in data.get("persons", [])
            ],
            tenures=[
                TenureSeen(
                    URIRef(node),
                    URIRef(person),
                    URIRef(post),
                    dt.date.fromisoformat(date) if date else None,
                )
                for node, person, post, date in data.get("tenures", [])
            ],
        )


def resolve_persons(persons: Iterable[PersonSeen]) -> dict[URIRef, URIRef]:
    """Person nodes to merge into a fuller-named node: compatible names (see kg.extract.names),
    a shared context, and one fullest candidate compatible with every other candidate."""
    names: dict[URIRef, str] = {}
    context: defaultdict[URIRef, set[str]] = defaultdict(set)
    for person in persons:
        names[person.node] = person.name
        context[person.node] |= person.context
    by_surname: defaultdict[str, list[URIRef]] = defaultdict(list)
    for node, name in names.items():
        by_surname[name_parts(name).key].append(node)
    renames: dict[URIRef, URIRef] = {}
    for block in by_surname.values():
        renames.update(_fuller_in_block(block, names, context))
    return {node: _final(node, renames) for node in renames}


def _fuller_in_block(
    block: list[URIRef], names: Mapping[URIRef, str], context: Mapping[URIRef, set[str]]
) -> dict[URIRef, URIRef]:
    """The fullest candidate for each node of one surname, when there is exactly one.

    A fuller compatible name has as many initials or more, and starts with the same ones, so
    each node is compared with the nodes whose initials start with its own, found by bisecting
    the sorted initials: not with the whole block.
    """
    position = {node: i for i, node in enumerate(block)}
    by_initials: defaultdict[str, list[URIRef]] = defaultdict(list)
    for node in block:
        by_initials[name_parts(names[node]).initials].append(node)
    initials = sorted(by_initials)
    fuller = {}
    for node in block:
        name, own = names[node], name_parts(names[node]).initials
        start = end = bisect_left(initials, own)
        while end < len(initials) and initials[end].startswith(own):
            end += 1
        candidates = sorted(
            (
                other
                for key in initials[start:end]
                for other in by_initials[key]
                if specificity(names[other]) > specificity(name)
                and compatible(name, names[other])
                and context[node] & context[other]
            ),
            key=position.__getitem__,
        )
        if not candidates:
            continue
        best = max(candidates, key=lambda other: specificity(names[other]))
        if all(compatible(names[best], names[other]) for other in candidates):
            fuller[node] = best
    return fuller


def _final(node: URIRef, renames: Mapping[URIRef, URIRef]) -> URIRef:
    while node in renames:
        node = renames[node]
    return node


def reduce(
    summaries: Sequence[Summary], votes: Counter[Vote] | None = None
) -> tuple[dict[URIRef, URIRef], Triples]:
    """The renames to apply to every document's triples, and the graph of cross-document facts
    (labels, tenure dates, and the policies' skos:prefLabel). The names voted are the
    summaries' own, or `votes` when they were summed already (kg.rdf.mapping.GraphBuilder)."""
    tallies = [votes] if votes is not None else [s.votes for s in summaries]
    policies = {node for tally in tallies for node, _, _ in tally if iris.is_policy_iri(node)}
    renames = resolve_persons(p for s in summaries for p in s.persons)
    dates: defaultdict[URIRef, list[dt.date]] = defaultdict(list)
    for summary in summaries:
        for tenure in summary.tenures:
            person = renames.get(tenure.person, tenure.person)
            node = iris.tenure_iri(person, tenure.post)
            if node != tenure.node:
                renames[tenure.node] = node
            if tenure.date is not None:
                dates[node].append(tenure.date)
    derived = choose_labels(tallies, policies, renames)
    first_seen, last_seen = KG.firstSeen, KG.lastSeen  # (a namespace's attribute costs 5 us)
    for node, seen in dates.items():
        derived.add(nt_triple(node, first_seen, literal(min(seen))))
        derived.add(nt_triple(node, last_seen, literal(max(seen))))
    return renames, derived


def choose_labels(
    votes: Iterable[Counter[Vote]],
    policies: set[URIRef],
    renames: Mapping[URIRef, URIRef],
) -> Triples:
    """The most given name of each node (the first in sort order on a tie). A renamed node's
    names count for the node it becomes only when that node has none of its own."""
    own: defaultdict[URIRef, Counter[tuple[str, str]]] = defaultdict(Counter)
    inherited: defaultdict[URIRef, Counter[tuple[str, str]]] = defaultdict(Counter)
    for counter in votes:
        for (node, text, language), count in counter.items():
            if node in renames:
                inherited[renames[node]][text, language] += count
            else:
                own[node][text, language] += count
    labels: Triples = set()
    label, preferred = RDFS.label, SKOS.prefLabel
    for node in own.keys() | inherited.keys():
        counts = own.get(node) or inherited[node]
        if len(counts) == 1:  # (most nodes are given one name)
            ((text, language),) = counts
        else:
            text, language = min(counts, key=lambda name: (-counts[name], *name))
        name = literal(text, language or None)
        labels.add(nt_triple(node, label, name))
        if node in policies:
            labels.add(nt_triple(node, preferred, name))
    return labels


class Renamer:
    """Applies `renames` to documents' triples. Documents are left as they were extracted (for
    incremental stores): a renamed document is a copy."""

    def __init__(self, renames: Mapping[URIRef, URIRef]) -> None:
        self.renames = renames

    def __call__(self, triples: Triples, summary: Summary) -> Triples:
        """The document's triples renamed: the same set when it names no renamed node."""
        nodes = self.named_in(summary)
        return set(_renamed(triples, nodes)) if nodes else triples

    def named_in(self, summary: Summary) -> dict[str, str]:
        """The renamed nodes the document (by its summary) names, as N-Triples terms."""
        seen = [p.node for p in summary.persons] + [t.node for t in summary.tenures]
        return {nt_iri(node): nt_iri(self.renames[node]) for node in seen if node in self.renames}


def renamed_sorted(lines: list[str], nodes: Mapping[str, str]) -> list[str]:
    """Sorted N-Triples lines with `nodes` (Renamer.named_in) renamed, sorted: the same list
    when there are none."""
    return sorted(set(_renamed(lines, nodes))) if nodes else lines


def _renamed(lines: Iterable[str], nodes: Mapping[str, str]) -> list[str]:
    """N-Triples lines with the subjects and objects in `nodes` renamed, in one text: a line
    starts with its subject and ends with its object and " .", and no term holds a line break."""
    text = "\n" + "\n".join(lines) + "\n"
    for old, new in nodes.items():
        text = text.replace(f"\n{old} ", f"\n{new} ").replace(f" {old} .\n", f" {new} .\n")
    return text[1:-1].split("\n") if text != "\n\n" else []
