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

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kg.rdf import Triples
from kg.rdf.across import ACROSS_DOCUMENTS_GRAPH
from kg.rdf.mapping import PREFIXES, NamedGraphs
from kg.rdf.namespace import ID
from kg.rdf.oxigraph import nt_line, oxigraph_triple

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
    return _serialise_sorted(sorted(_lines(graph)), rdf_format)


def _lines(triples: Iterable[tuple[Node, Node, Node]]) -> Triples:
    """rdflib triples as N-Triples lines."""
    return {nt_line(oxigraph_triple(triple)) for triple in triples}


def _serialise_sorted(lines: Sequence[str], rdf_format: str) -> bytes:
    """Sorted N-Triples (or N-Quads) lines in a format: the line formats as they are, the others
    written by Oxigraph in that order."""
    text = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if rdf_format in ("nt", "nquads"):
        return text
    line_format = ox.RdfFormat.N_QUADS if rdf_format == "trig" else ox.RdfFormat.N_TRIPLES
    statements = ox.parse(text, format=line_format)
    data = ox.serialize(statements, format=_OXIGRAPH_FORMATS[rdf_format], prefixes=_PREFIXES)
    assert data is not None
    return data if data.endswith(b"\n") else data + b"\n"


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
    """Named graphs as N-Quads or TriG, graph by graph in IRI order, each sorted."""
    graphs = ((URIRef(g.identifier), _lines(g)) for g in dataset.graphs())
    return _serialise_sorted(_quads(graphs), rdf_format)


def _quads(graphs: Iterable[tuple[URIRef, Triples]]) -> list[str]:
    """Named graphs as N-Quads lines: graph by graph in IRI order, each graph's lines sorted."""
    return [
        f"{line[:-1]}<{name}> ."
        for name, lines in sorted(graphs, key=lambda graph: graph[0])
        for line in sorted(lines)
    ]


class Statements:
    """A build's named graphs as N-Quads lines and their union as N-Triples lines, sorted once
    for every output."""

    def __init__(self, graphs: Iterable[tuple[URIRef, Triples]]) -> None:
        graphs = list(graphs)
        self.quads = _quads(graphs)
        self.triples = sorted(set().union(*(lines for _, lines in graphs)))

    def store(self) -> ox.Store:
        """The union in an in-memory Oxigraph store, to query."""
        store = ox.Store()
        store.load("\n".join(self.triples).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store


def write_statements(
    statements: Statements, directory: Path, stem: str = "graph"
) -> dict[str, Path]:
    """Write the union in every graph format and the named graphs in every dataset format."""
    written = _write_formats(statements.triples, FORMATS, directory, stem)
    return written | _write_formats(statements.quads, DATASET_FORMATS, directory, stem)


def write_graph(graph: Graph, directory: Path, stem: str = "graph") -> dict[str, Path]:
    """Write the graph in every format; returns the path of each."""
    return _write_formats(sorted(_lines(graph)), FORMATS, directory, stem)


def _write_formats(
    lines: Sequence[str], formats: dict[str, str], directory: Path, stem: str
) -> dict[str, Path]:
    """Sorted N-Triples (or N-Quads) lines written in each of `formats` (format -> extension)."""
    return {
        rdf_format: _write(directory / f"{stem}.{extension}", _serialise_sorted(lines, rdf_format))
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
        _write(path, _serialise_sorted(_quads(parts[index : index + size]), "nquads"))
    path = directory / "across-documents.nq"
    written["shard-across-documents"] = path
    derived = [(ACROSS_DOCUMENTS_GRAPH, named.derived)]
    _write(path, _serialise_sorted(_quads(derived), "nquads"))
    return written


def _write(path: Path, data: bytes) -> Path:
    atomic_write(path, data)
    return path
