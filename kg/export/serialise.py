"""Graph files: Turtle, N-Triples, JSON-LD, N-Quads and TriG, byte-identical for the same
triples, written atomically (a temporary file renamed into place), so a reader never sees half a
file.

Oxigraph writes them (it is many times faster than rdflib's serialisers on large graphs), from
the triples sorted, so the order of the input never shows in the output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from kg.rdf.across import ACROSS_DOCUMENTS_GRAPH
from kg.rdf.mapping import PREFIXES, NamedGraphs
from kg.rdf.namespace import ID
from kg.rdf.oxigraph import oxigraph_quads, oxigraph_store, oxigraph_triple

FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld"}
_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
# Minted IRIs have slashes (id:person/...), which a prefixed name can only hold escaped: they are
# written in full instead.
_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if namespace != ID}


def serialise(graph: Graph, rdf_format: str) -> bytes:
    """The graph in one of FORMATS, in a stable order."""
    if rdf_format not in FORMATS:
        raise ValueError(f"unknown RDF format {rdf_format!r}; choose one of {', '.join(FORMATS)}")
    return _serialise_sorted(_ordered_triples(graph), rdf_format)


def _serialise_sorted(ordered: Sequence[ox.Triple] | Sequence[ox.Quad], rdf_format: str) -> bytes:
    """Sorted statements in an Oxigraph format; line formats are sorted line by line too."""
    data = ox.serialize(
        cast(Sequence[ox.Quad], ordered), format=_OXIGRAPH_FORMATS[rdf_format], prefixes=_PREFIXES
    )
    assert data is not None
    if rdf_format in ("nt", "nquads"):
        lines = sorted(set(data.decode("utf-8").split("\n")) - {""})
        return ("\n".join(lines) + "\n").encode("utf-8")
    return data if data.endswith(b"\n") else data + b"\n"


def _order(statement: ox.Triple | ox.Quad) -> tuple[str, ...]:
    graph = str(statement.graph_name) if isinstance(statement, ox.Quad) else ""
    return graph, str(statement.subject), str(statement.predicate), str(statement.object)


def atomic_write(path: Path, data: bytes) -> None:
    """Write the file completely or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.chmod(0o666 & ~_umask())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def remove_temporaries(directory: Path) -> None:
    """Remove the temporary files a build killed while writing left behind (".graph.ttl.*.tmp")."""
    if directory.is_dir():
        for path in directory.glob(".*.tmp"):
            path.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


DATASET_FORMATS = {"nquads": "nq", "trig": "trig"}


def serialise_dataset(dataset: Dataset, rdf_format: str) -> bytes:
    """Named graphs as N-Quads (sorted lines) or TriG (graphs in IRI order)."""
    graphs = ((g.identifier, g) for g in dataset.graphs())
    return _serialise_sorted(_ordered_quads(graphs), rdf_format)  # type: ignore[arg-type]


def _ordered_triples(graph: Graph) -> list[ox.Triple]:
    return sorted(set(map(oxigraph_triple, graph)), key=_order)


def _ordered_quads(graphs: Iterable[tuple[URIRef, Graph]]) -> list[ox.Quad]:
    quads = {quad for name, graph in graphs for quad in oxigraph_quads(graph, name)}
    return sorted(quads, key=_order)


class Statements:
    """A build's named graphs as sorted Oxigraph quads, and their union as sorted triples:
    converted once, for every output."""

    def __init__(self, graphs: Iterable[tuple[URIRef, Graph]]) -> None:
        self.quads = _ordered_quads(graphs)
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.quads}
        self.triples = sorted(triples, key=_order)

    def store(self) -> ox.Store:
        """The union in an in-memory Oxigraph store, to query."""
        return oxigraph_store(self.triples)


def write_statements(
    statements: Statements, directory: Path, stem: str = "graph"
) -> dict[str, Path]:
    """Write the union in every graph format and the named graphs in every dataset format."""
    written = _write_formats(statements.triples, FORMATS, directory, stem)
    return written | _write_formats(statements.quads, DATASET_FORMATS, directory, stem)


def write_graph(graph: Graph, directory: Path, stem: str = "graph") -> dict[str, Path]:
    """Write the graph in every format; returns the path of each."""
    return _write_formats(_ordered_triples(graph), FORMATS, directory, stem)


def _write_formats(
    ordered: Sequence[ox.Triple] | Sequence[ox.Quad],
    formats: dict[str, str],
    directory: Path,
    stem: str,
) -> dict[str, Path]:
    """Sorted statements written in each of `formats` (format -> file extension)."""
    return {
        rdf_format: _write(
            directory / f"{stem}.{extension}", _serialise_sorted(ordered, rdf_format)
        )
        for rdf_format, extension in formats.items()
    }


def write_shards(named: NamedGraphs, directory: Path, size: int) -> dict[str, Path]:
    """N-Quads shards of `size` source documents each, and one of the cross-document facts."""
    if directory.is_dir():
        remove_temporaries(directory)
        for stale in directory.glob("*.nq"):
            stale.unlink()
    parts = sorted(named.parts.items())
    written = {}
    for index in range(0, len(parts), size):
        path = directory / f"documents-{index // size:05d}.nq"
        written[f"shard-{index // size:05d}"] = path
        _write(path, _serialise_sorted(_ordered_quads(parts[index : index + size]), "nquads"))
    path = directory / "across-documents.nq"
    written["shard-across-documents"] = path
    derived = [(ACROSS_DOCUMENTS_GRAPH, named.derived)]
    _write(path, _serialise_sorted(_ordered_quads(derived), "nquads"))
    return written


def _write(path: Path, data: bytes) -> Path:
    atomic_write(path, data)
    return path
