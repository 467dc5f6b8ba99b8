"""A persistent, incremental Oxigraph store: one named graph per source document.

    kg build letters/ --store store/          # builds only what changed since the last time
    kg build letters/ --store store/ --prune  # and drops the documents no longer there

Each source document's triples, as extracted, are the named graph of its source IRI; the
cross-document facts (labels, tenure dates: kg.rdf.across) are the graph
id:graph/across-documents. An index beside the store (kamergraaf-index.json) records which file
holds which content (by SHA-256), so an unchanged file is skipped, a changed one replaces its
graph and a removed one can be dropped; it also keeps each document's summary for the
cross-document step, which runs again after every change, and its build report. The store is the
build's cache: the outputs (graph.nq, ...) are the graph to query, with persons merged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kg.export.serialise import atomic_write
from kg.rdf import Triples
from kg.rdf.across import ACROSS_DOCUMENTS_GRAPH, Summary
from kg.rdf.mapping import MappedDocument, NamedGraphs, across_documents
from kg.rdf.oxigraph import nt_line

INDEX = "kamergraaf-index.json"


class DocumentStore:
    """An on-disk Oxigraph store with its index; use as a context manager."""

    def __init__(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.store = ox.Store(str(path / "oxigraph"))
        index_path = path / INDEX
        self.index: dict[str, Any] = (
            json.loads(index_path.read_text(encoding="utf-8"))
            if index_path.exists()
            else {"files": {}, "documents": {}}
        )

    def __enter__(self) -> DocumentStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def unchanged(self, file: str, sha256: str) -> bool:
        """Whether the file was built before with exactly this content."""
        return self.index["files"].get(file) == sha256 and sha256 in self.index["documents"]

    def report(self, sha256: str) -> dict[str, Any]:
        """The build report of a document built before."""
        report: dict[str, Any] = self.index["documents"][sha256]["report"]
        return report

    def problems(self, sha256: str) -> list[dict[str, str]]:
        """The problems a document built before had (a file without a letter)."""
        problems: list[dict[str, str]] = self.index["documents"][sha256].get("problems", [])
        return problems

    def put(
        self,
        file: str,
        sha256: str,
        mapped: MappedDocument,
        report: dict[str, Any],
        problems: list[dict[str, str]],
    ) -> None:
        """Store a document's graph, replacing what the same file held before."""
        previous = self.index["files"].get(file)
        self.index["files"][file] = sha256
        if previous and previous != sha256:
            self._forget(previous)
        self._replace(mapped.source, mapped.triples)
        self.index["documents"][sha256] = {
            "graph": str(mapped.source),
            "report": report,
            "problems": problems,
        }
        self.index["documents"][sha256].update(mapped.summary.to_json())

    def prune(self, keep: Iterable[str]) -> list[str]:
        """Drop the documents of files not among `keep`; returns the files dropped."""
        kept = set(keep)
        dropped = sorted(file for file in self.index["files"] if file not in kept)
        for file in dropped:
            self._forget(self.index["files"].pop(file))
        return dropped

    def _forget(self, sha256: str) -> None:
        if sha256 in self.index["files"].values():
            return  # another file holds the same content
        document = self.index["documents"].pop(sha256, None)
        if document is not None:
            self.store.remove_graph(ox.NamedNode(document["graph"]))

    def named(self) -> NamedGraphs:
        """Every document's graph and the cross-document facts; the cross-document facts are
        stored too, as the graph id:graph/across-documents."""
        parts, summaries = {}, {}
        for document in self.index["documents"].values():
            quads = self.store.quads_for_pattern(None, None, None, ox.NamedNode(document["graph"]))
            parts[URIRef(document["graph"])] = {
                nt_line(ox.Triple(q.subject, q.predicate, q.object)) for q in quads
            }
            summaries[URIRef(document["graph"])] = Summary.from_json(document)
        named = across_documents(parts, summaries)
        self._replace(ACROSS_DOCUMENTS_GRAPH, named.derived)
        return named

    def _replace(self, name: URIRef, triples: Triples) -> None:
        """The named graph `name` holds exactly `triples`."""
        node = ox.NamedNode(str(name))
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)
        self.store.load("\n".join(triples).encode("utf-8"), ox.RdfFormat.N_TRIPLES, to_graph=node)

    def close(self) -> None:
        """Write the index and close the store."""
        self.store.flush()
        index = json.dumps(self.index, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        atomic_write(self.path / INDEX, index.encode("utf-8"))
        del self.store
