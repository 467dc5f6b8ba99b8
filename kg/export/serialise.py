"""Graph files: Turtle, N-Triples and JSON-LD, byte-identical for the same triples, written
atomically (a temporary file renamed into place), so a reader never sees half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph

from kg.rdf.mapping import PREFIXES

FORMATS = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld"}


def serialise(graph: Graph, rdf_format: str) -> bytes:
    """The graph in one of FORMATS, in a stable order."""
    if rdf_format == "nt":
        lines = sorted(set(graph.serialize(format="nt").split("\n")) - {""})
        return ("\n".join(lines) + "\n").encode("utf-8")
    if rdf_format == "json-ld":
        context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        document = json.loads(graph.serialize(format="json-ld", context=context))
        return (
            json.dumps(_sorted_json(document), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        ).encode()
    if rdf_format == "turtle":
        return graph.serialize(format="turtle").encode("utf-8")
    raise ValueError(f"unknown RDF format {rdf_format!r}; choose one of {', '.join(FORMATS)}")


def _sorted_json(value: Any) -> Any:
    """JSON-LD with every list sorted: in RDF the order of values carries no meaning."""
    if isinstance(value, dict):
        return {key: _sorted_json(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value


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
    """Named graphs as N-Quads (sorted lines) or TriG."""
    if rdf_format == "nquads":
        lines = sorted(set(dataset.serialize(format="nquads").split("\n")) - {""})
        return ("\n".join(lines) + "\n").encode("utf-8")
    if rdf_format == "trig":
        return _trig(dataset).encode("utf-8")
    raise ValueError(
        f"unknown dataset format {rdf_format!r}; choose one of {', '.join(DATASET_FORMATS)}"
    )


def _trig(dataset: Dataset) -> str:
    """TriG with the graphs in IRI order, each written by the (stable) Turtle serialiser; rdflib's
    own TriG writer orders graphs differently from run to run."""
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    blocks = []
    for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(graph) == 0:
            continue
        turtle = graph.serialize(format="turtle")
        if turtle.startswith("@prefix "):  # the prefixes are written once, at the top
            turtle = turtle.split("\n\n", 1)[1]
        blocks.append(f"<{graph.identifier}> {{\n{turtle.strip()}\n}}\n")
    return prefixes + "\n" + "\n".join(blocks)


def write_dataset(dataset: Dataset, directory: Path, stem: str = "graph") -> dict[str, Path]:
    """Write the named graphs in every dataset format; returns the path of each."""
    return {
        rdf_format: _write(
            directory / f"{stem}.{extension}", serialise_dataset(dataset, rdf_format)
        )
        for rdf_format, extension in DATASET_FORMATS.items()
    }


def write_graph(graph: Graph, directory: Path, stem: str = "graph") -> dict[str, Path]:
    """Write the graph in every format; returns the path of each."""
    return {
        rdf_format: _write(directory / f"{stem}.{extension}", serialise(graph, rdf_format))
        for rdf_format, extension in FORMATS.items()
    }


def _write(path: Path, data: bytes) -> Path:
    atomic_write(path, data)
    return path
