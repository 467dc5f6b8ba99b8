"""Precision and recall of persons, organisations and policies, per entity type.

Two label sets:
- benchmarks/labels/*.json: every person, organisation and policy named in an invented letter
  (exhaustive, so precision counts), by the node's label in the graph;
- ../shared/corpus/expected/*.json: real letters labelled by others (not exhaustive: recall only,
  matched case-insensitively against the names the graph gives and the text it quotes).

Run `python -m benchmarks.entities docs/entities.md`; `make bench` does.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from rdflib import Graph

import kg
from benchmarks import publish

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "benchmarks" / "labels"
CORPUS = ROOT.parent / "shared" / "corpus"
KINDS = {"persons": "kg:Person", "organisations": "kg:Organisation", "policies": "kg:Policy"}
CORPUS_KINDS = {
    "persons": "persons_mentioned",
    "organisations": "organisations_mentioned",
    "policies": "policies",
}
PREFIXES = """PREFIX kg: <https://w3id.org/kamergraaf/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def found(graph: Graph, kind: str) -> tuple[set[str], set[str]]:
    """The labels of the entities of a kind the letters name, and every name and quote of them."""
    rows = graph.query(
        PREFIXES
        + f"""SELECT ?label ?name WHERE {{
          ?letter a ?type . VALUES ?type {{ kg:Letter kg:Annex }}
          {{ ?letter kg:sender|kg:recipient|kg:mentions|kg:about|kg:senderOrganisation ?node }}
          UNION {{ ?letter kg:sender|kg:recipient ?post . ?post kg:postIn ?node }}
          UNION {{ ?letter kg:sender/kg:holds/kg:postIn ?node }}
          UNION {{ ?letter kg:cites/kg:submitter ?node }}
          ?node a {kind} ; rdfs:label ?label .
          OPTIONAL {{ {{ ?node skos:altLabel|kg:acronym ?name }}
                      UNION {{ ?e rdf:object ?node ; kg:quote ?name }} }}
        }}"""
    )
    labels = {str(row[0]) for row in rows}  # type: ignore[index]
    names = labels | {str(row[1]) for row in rows if row[1] is not None}  # type: ignore[index]
    return labels, names


def own_labels() -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for path in sorted(LABELS.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        graph = kg.build([ROOT / gold["file"]]).graph
        for kind, cls in KINDS.items():
            labels, _ = found(graph, cls)
            expected = set(gold[kind])
            counts[kind]["tp"] += len(labels & expected)
            counts[kind]["fp"] += len(labels - expected)
            counts[kind]["fn"] += len(expected - labels)
            for missed in sorted(expected - labels):
                print(f"{path.stem}: missed {kind[:-1]} {missed!r}", file=sys.stderr)
            for extra in sorted(labels - expected):
                print(f"{path.stem}: extra {kind[:-1]} {extra!r}", file=sys.stderr)
    return counts


def corpus_recall() -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for path in sorted((CORPUS / "expected").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        sources = [p for p in CORPUS.glob(f"{path.stem}.*") if p.suffix not in (".source", ".json")]
        graph = kg.build(sources).graph
        for kind, cls in KINDS.items():
            _, names = found(graph, cls)
            folded = {name.casefold() for name in names}
            for letter in gold["letters"]:
                for name in letter.get(CORPUS_KINDS[kind], []):
                    counts[kind]["tp" if name.casefold() in folded else "fn"] += 1
    return counts


def ratio(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "–"


def table() -> str:
    own, corpus = own_labels(), corpus_recall()
    lines = [
        "| entity type | precision, own labels | recall, own labels | recall, corpus labels |",
        "| --- | --- | --- | --- |",
    ]
    for kind in KINDS:
        o, c = own[kind], corpus[kind]
        lines.append(
            f"| {kind} | {ratio(o['tp'], o['tp'] + o['fp'])} | {ratio(o['tp'], o['tp'] + o['fn'])}"
            f" | {ratio(c['tp'], c['tp'] + c['fn'])} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    text = (
        "# Entity extraction: precision and recall\n\n"
        "Measured by `python -m benchmarks.entities` (part of `make bench`); see the module\n"
        "docstring for what each label set counts.\n\n" + table()
    )
    publish(text)


if __name__ == "__main__":
    main()
