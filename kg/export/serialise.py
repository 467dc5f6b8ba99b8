"""Graph files: Turtle, N-Triples, JSON-LD, N-Quads and TriG, byte-identical for the same
triples, written atomically (a temporary file renamed into place), so a reader never sees half a
file.

Oxigraph writes them (it is many times faster than rdflib's serialisers on large graphs), from
the triples sorted, so the order of the input never shows in the output.
"""

from __future__ import annotations

import heapq
import io
import itertools
import os
import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager, nullcontext
from itertools import islice
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from kg.rdf import Triples
from kg.rdf.across import ACROSS_DOCUMENTS_GRAPH, renamed_sorted
from kg.rdf.mapping import PREFIXES, NamedGraphs
from kg.rdf.namespace import ID
from kg.rdf.oxigraph import nt_line, oxigraph_triple
from kg.rdf.spill import unpack_sorted

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
    statements = ox.parse(text, format=_written_from(rdf_format))
    data = ox.serialize(statements, format=_OXIGRAPH_FORMATS[rdf_format], prefixes=_PREFIXES)
    assert data is not None
    return data if data.endswith(b"\n") else data + b"\n"


def atomic_write(path: Path, data: bytes) -> None:
    """Write the file completely or not at all."""
    with atomic_file(path) as handle:
        handle.write(data)


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[bytes]]:
    """A file to write that appears at `path` complete, or not at all: a temporary file in the
    same folder, renamed into place when the block ends without an error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w+b") as handle:
            yield handle
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
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


DATASET_FORMATS = {"nquads": "nq", "trig": "trig"}
_EXTENSIONS = FORMATS | DATASET_FORMATS


def serialise_dataset(dataset: Dataset, rdf_format: str) -> bytes:
    """Named graphs as N-Quads or TriG, graph by graph in IRI order, each sorted."""
    graphs = ((URIRef(g.identifier), _lines(g)) for g in dataset.graphs())
    return _serialise_sorted(_quads(graphs), rdf_format)


def _quads(graphs: Iterable[tuple[URIRef, Triples]]) -> list[str]:
    """Named graphs as N-Quads lines: graph by graph in IRI order, each graph's lines sorted."""
    return [
        _quad(line, name)
        for name, lines in sorted(graphs, key=lambda graph: graph[0])
        for line in sorted(lines)
    ]


def _quad(line: str, graph: URIRef) -> str:
    """An N-Triples line in a named graph: "<s> <p> <o> ." -> "<s> <p> <o> <g> ."."""
    return f"{line[:-1]}<{graph}> ."


RUN_SIZE = 200_000
"""Distinct triples sorted in memory at once; more are merged from sorted runs on disk."""


STATEMENT_FORMATS = ("turtle", "nt", "json-ld", "nquads", "trig")
_T = TypeVar("_T")


def write_statements(
    named: NamedGraphs,
    directory: Path,
    stem: str = "graph",
    jobs: int = 1,
    meanwhile: Callable[[Path], dict[str, Path]] | None = None,
    formats: Collection[str] = STATEMENT_FORMATS,
) -> tuple[dict[str, Path], int]:
    """Write the named graphs in the dataset formats and their union in the graph formats among
    `formats`, streaming, so that memory does not grow with the number of documents. The named
    graphs are renamed and sorted a chunk at a time (CHUNK graphs; in `jobs` worker processes
    when there are several): each chunk's N-Quads, appended here in order while the next chunks
    are made, and sorted runs of its lines, merged into the union. Oxigraph then writes Turtle
    from the union in pieces (one for each job, joined), and JSON-LD and TriG file to file, in
    the workers, while `meanwhile` (given the N-Triples file: more outputs made from it) runs
    here. A line format only made to convert from is written to a temporary folder. Returns the
    paths written and the number of distinct triples."""
    if unknown := set(formats) - set(STATEMENT_FORMATS):
        raise ValueError(f"unknown RDF formats {sorted(unknown)}; choose from {STATEMENT_FORMATS}")
    with ExitStack() as stack:
        pool = stack.enter_context(ProcessPoolExecutor(jobs)) if jobs > 1 else None
        convert = pool.submit if pool else _now
        work = Path(
            stack.enter_context(
                tempfile.TemporaryDirectory(dir=directory, prefix=".runs-", suffix=".tmp")
            )
        )

        def place(rdf_format: str) -> Path:
            folder = directory if rdf_format in formats else work
            return folder / f"{stem}.{_EXTENSIONS[rdf_format]}"

        ntriples, nquads = place("nt"), place("nquads")
        conversions: dict[str, Callable[[], Path]] = {}
        with_quads = bool({"nquads", "trig"} & set(formats))
        with atomic_file(nquads) if with_quads else nullcontext() as quads:
            runs = _runs_and_quads(named, work, convert, 2 * jobs, quads)
        if "trig" in formats:  # (while the union is merged)
            conversions["trig"] = convert(_converted, nquads, place("trig"), "trig").result
        count = _write_merged(runs, ntriples)
        if "json-ld" in formats:  # (first: the longest)
            conversions["json-ld"] = convert(
                _converted, ntriples, place("json-ld"), "json-ld"
            ).result
        if "turtle" in formats:  # in pieces, one for each worker
            pieces = [
                convert(_turtle_piece, ntriples, start, end, work / f"{start}.ttl")
                for start, end in _subject_ranges(ntriples, jobs)
            ]
            turtle = place("turtle")
            conversions["turtle"] = lambda: _joined([p.result() for p in pieces], turtle)
        written = {name: place(name) for name in ("nt", "nquads") if name in formats}
        written.update(meanwhile(ntriples) if meanwhile else {})
        written.update({name: result() for name, result in conversions.items()})
    return written, count


CHUNK = 1000
"""Named graphs a task renames, sorts and writes at once (as N-Quads and as sorted runs)."""


def _runs_and_quads(
    named: NamedGraphs,
    work: Path,
    submit: Callable[..., Future[Any]],
    window: int,
    quads: IO[bytes] | None,
) -> list[Path]:
    """The named graphs in IRI order, CHUNK at a time, each chunk a task (up to `window` of them
    in worker processes at once): returns the sorted runs of their lines, to be merged into the
    union, and writes their N-Quads to `quads` (if given), chunk after chunk as they come."""
    runs: list[Path] = []
    pending: deque[Future[tuple[list[Path], bytes]]] = deque()

    def collect() -> None:
        chunk_runs, chunk_quads = pending.popleft().result()
        runs.extend(chunk_runs)
        if quads is not None:
            quads.write(chunk_quads)

    graphs = named.packed_graphs()
    for index in itertools.count():
        chunk = list(islice(graphs, CHUNK))
        if not chunk:
            break
        if len(pending) >= window:
            collect()
        pending.append(submit(_chunk_written, chunk, work / f"{index:06d}", quads is not None))
    while pending:
        collect()
    return runs


def _chunk_written(
    chunk: list[tuple[URIRef, bytes, dict[str, str]]], stem: Path, with_quads: bool
) -> tuple[list[Path], bytes]:
    """Named graphs (kg.rdf.mapping.NamedGraphs.packed_graphs) renamed and sorted: their lines
    in sorted runs (`stem`-0.nt, ...), and with `with_quads` their N-Quads."""
    runs: list[Path] = []
    batch: set[str] = set()
    quads: list[bytes] = []
    for name, packed, nodes in chunk:
        lines = renamed_sorted(unpack_sorted(packed), nodes)
        if with_quads:
            quads.append(_as_quads(lines, name))
        batch.update(lines)
        if len(batch) >= RUN_SIZE:
            runs.append(_sorted_run(batch, stem.with_name(f"{stem.name}-{len(runs)}.nt")))
            batch = set()
    runs.append(_sorted_run(batch, stem.with_name(f"{stem.name}-{len(runs)}.nt")))
    return runs, b"".join(quads)


def _write_merged(runs: Sequence[Path], path: Path) -> int:
    """Write the lines of sorted runs merged, each once, as sorted N-Triples; returns their
    number."""
    count = 0
    with atomic_file(path) as handle:
        merged = _merged(runs)
        while block := list(islice(merged, 10_000)):  # written a block at a time
            handle.write(b"".join(block))
            count += len(block)
    return count


def _now(function: Callable[..., _T], *args: Any) -> Future[_T]:
    """`function(*args)` run here and now, as a finished future."""
    future: Future[_T] = Future()
    future.set_result(function(*args))
    return future


def _as_quads(lines: Sequence[str], graph: URIRef) -> bytes:
    """N-Triples lines as N-Quads lines in a named graph, as `_quad` writes each. A line's
    " ." ends it: a term never holds a line break, so " .\n" is found at line ends only."""
    if not lines:
        return b""
    return ("\n".join(lines) + "\n").replace(" .\n", f" <{graph}> .\n").encode()


def _sorted_run(lines: set[str], path: Path) -> Path:
    path.write_bytes("".join(f"{line}\n" for line in sorted(lines)).encode())
    return path


def _merged(runs: Sequence[Path]) -> Iterator[bytes]:
    """The lines of sorted runs (UTF-8, whose byte order is the order of the code points),
    merged in order, each line once, with its line break."""
    with ExitStack() as stack:
        files = [stack.enter_context(path.open("rb")) for path in runs]
        previous = None
        for line in heapq.merge(*files):
            if line != previous:
                yield line
                previous = line


def _converted(source: Path, path: Path, rdf_format: str) -> Path:
    """A line-format file (N-Triples, N-Quads) written again in another format by Oxigraph."""
    with atomic_file(path) as handle:
        statements = ox.parse(path=str(source), format=_written_from(rdf_format))
        ox.serialize(statements, handle, format=_OXIGRAPH_FORMATS[rdf_format], prefixes=_PREFIXES)
        _end_line(handle)
    return path


def _subject_ranges(path: Path, pieces: int) -> list[tuple[int, int]]:
    """Byte ranges of a sorted N-Triples file, about `pieces` equal ones, each starting where
    a subject does (a subject's lines are together: no term holds a space)."""
    size = path.stat().st_size
    cuts = [0]
    with path.open("rb") as handle:
        for piece in range(1, pieces):
            handle.seek(max(cuts[-1], size * piece // pieces))
            handle.readline()  # (to the start of a line)
            line = handle.readline()
            subject = line[: line.find(b" ") + 1]
            cut = handle.tell() - len(line)
            while line.startswith(subject) and line:
                cut = handle.tell()
                line = handle.readline()
            if cuts[-1] < cut < size:
                cuts.append(cut)
    return list(zip(cuts, [*cuts[1:], size], strict=True))


def _turtle_piece(source: Path, start: int, end: int, path: Path) -> Path:
    """Bytes [start, end) of an N-Triples file as Turtle, with the prefixes before them."""
    with io.BufferedReader(_Slice(source, start, end)) as lines, path.open("wb") as handle:
        statements = ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)
        ox.serialize(statements, handle, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)
    return path


def _joined(pieces: Sequence[Path], path: Path) -> Path:
    """Turtle written in pieces joined into one file, the prefixes once (an empty piece has
    none): the same bytes as the whole written at once (tests/test_outputs.py)."""
    prefixed = False
    with atomic_file(path) as handle:
        for piece in pieces:
            with piece.open("rb") as written:
                starts_prefixed = written.peek(7)[:7] == b"@prefix"
                while prefixed and written.peek(7)[:7] == b"@prefix":
                    written.readline()
                prefixed = prefixed or starts_prefixed
                shutil.copyfileobj(written, handle, 1 << 20)
        _end_line(handle)
    return path


class _Slice(io.RawIOBase):
    """Bytes [start, end) of a file, read as a file of their own."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        self._file = path.open("rb")
        self._file.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._file.readinto(memoryview(buffer)[: self._left])
        self._left -= count
        return count

    def close(self) -> None:
        self._file.close()
        super().close()


def _written_from(rdf_format: str) -> ox.RdfFormat:
    """The line format a format is made from: TriG from N-Quads, the others from N-Triples."""
    return ox.RdfFormat.N_QUADS if rdf_format == "trig" else ox.RdfFormat.N_TRIPLES


def _end_line(handle: IO[bytes]) -> None:
    """End a written file (empty, or Oxigraph's last statement) with a line break."""
    handle.flush()
    if handle.tell():
        handle.seek(-1, os.SEEK_END)
        if handle.read(1) == b"\n":
            return
    handle.write(b"\n")


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
    names = sorted(named.parts)
    written = {}
    for index in range(0, len(names), size):
        path = directory / f"documents-{index // size:05d}.nq"
        written[f"shard-{index // size:05d}"] = path
        parts = [(name, named.part(name)) for name in names[index : index + size]]
        _write(path, _serialise_sorted(_quads(parts), "nquads"))
    path = directory / "across-documents.nq"
    written["shard-across-documents"] = path
    derived = [(ACROSS_DOCUMENTS_GRAPH, named.derived)]
    _write(path, _serialise_sorted(_quads(derived), "nquads"))
    return written


def _write(path: Path, data: bytes) -> Path:
    atomic_write(path, data)
    return path
