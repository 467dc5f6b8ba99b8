"""A build: input files -> letters -> one graph -> output files, with a report of what happened.

One broken file never stops a batch: it becomes a `Problem` (file, kind, message) in the report,
and everything else is built.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from kg import __version__
from kg.cluster import dask_executor
from kg.collector import collector_paused
from kg.errors import KamergraafError
from kg.export.html import VIEW_FORMATS, write_views
from kg.export.report import render_report
from kg.export.serialise import (
    atomic_write,
    remove_temporaries,
    write_shards,
    write_statements,
)
from kg.extract import extract_document
from kg.rdf.across import Summary
from kg.rdf.mapping import GraphBuilder, MappedDocument, NamedGraphs, map_document
from kg.rdf.spill import SpilledTriples, pack, unpack
from kg.readers import file_bytes, read, read_bytes
from kg.records import Document, Letter
from kg.store import DocumentStore

_GLOB = re.compile(r"[*?[]")
OUTPUT_FORMATS = {
    "ttl": "turtle",
    "nt": "nt",
    "jsonld": "json-ld",
    "nq": "nquads",
    "trig": "trig",
    "html": "html",
    "graphml": "graphml",
    "gexf": "gexf",
}
"""The files a build can write, by extension, with the name of each in BuildResult.outputs;
report.json and report.md are always written."""
INPUT_SUFFIXES = {".txt", ".pdf", ".html", ".htm", ".xhtml", ".xml", ".docx"}


@dataclass(frozen=True)
class Problem:
    """Something that went wrong with one input file."""

    file: str
    kind: str
    message: str


@dataclass(frozen=True)
class FileReport:
    """What was read from one input file, and which fields its letters lack."""

    file: str
    reader: str
    pages: int | None
    letters: int
    annexes: int
    citations: int
    missing: tuple[str, ...] = ()
    unresolved_citations: tuple[str, ...] = ()
    not_in_gazetteer: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileReport:
        """A report as stored (JSON has lists where the report has tuples)."""
        values: dict[str, Any] = {
            key: tuple(value) if isinstance(value, list) else value for key, value in data.items()
        }
        return cls(**values)


@dataclass
class BuildResult:
    """The graph, what was read from each file, every problem, and the files written."""

    named: NamedGraphs
    inputs: int = 0
    files: list[FileReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)

    @cached_property
    def graph(self) -> Graph:
        """All the triples in one graph."""
        return self.named.union()

    @cached_property
    def dataset(self) -> Dataset:
        """The triples as named graphs: one per source document, and the cross-document one."""
        return self.named.dataset()

    @cached_property
    def triples(self) -> int:
        """The number of distinct triples (counted when the outputs are written)."""
        return len({line for _, part in self.named.graphs() for line in part})

    @property
    def letters(self) -> int:
        return sum(f.letters for f in self.files)

    def report(self) -> dict[str, object]:
        """The build report, deterministic (no times, no absolute paths) to compare builds."""
        return {
            "kamergraaf": __version__,
            "totals": {
                "files": self.inputs,
                "built": len(self.files),
                "letters": self.letters,
                "annexes": sum(f.annexes for f in self.files),
                "triples": self.triples,
                "problems": len(self.problems),
            },
            "files": [asdict(f) for f in self.files],
            "problems": [asdict(p) for p in self.problems],
        }


def discover(inputs: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """The files to build: files as given, the letter files in directories (recursively), and
    the files a glob pattern matches ("archief/**/*.pdf", quoted so the shell leaves it alone)."""
    files: set[Path] = set()
    problems = []
    for path in inputs:
        if path.is_dir():
            found, broken = _walk(path)
            files.update(found)
            problems += [
                Problem(str(p), "not-found", "a broken link or a link loop") for p in broken
            ]
        elif path.is_file():
            files.add(path)
        elif _GLOB.search(str(path)) and (matches := _glob(path)):
            files.update(matches)
        else:
            problems.append(
                Problem(str(path), "not-found", "no such file, folder or matching file")
            )
    return sorted(files), problems


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The letter files below a folder, and the links that lead nowhere. Links to folders are not
    followed, so a link loop cannot make a build run forever."""
    found: list[Path] = []
    broken: list[Path] = []
    for root, _folders, names in os.walk(folder, followlinks=False):
        for name in names:
            path = Path(root) / name
            if path.suffix.lower() not in INPUT_SUFFIXES:
                continue
            (found if path.is_file() else broken).append(path)
    return found, broken


def _glob(pattern: Path) -> list[Path]:
    anchor = Path(pattern.anchor) if pattern.is_absolute() else Path()
    return [p for p in anchor.glob(str(pattern.relative_to(anchor))) if p.is_file()]


def read_document(path: Path) -> Document:
    """Read and extract one file. Raises KamergraafError for input that cannot be used."""
    return extract_document(read(path))


def build(
    inputs: Sequence[Path],
    output_dir: Path | None = None,
    *,
    strict: bool = False,
    store: Path | None = None,
    shard_size: int = 0,
    prune: bool = False,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    formats: Collection[str] = tuple(OUTPUT_FORMATS),
    on_start: Callable[[int], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> BuildResult:
    """Build the graph of the input files and, with `output_dir`, write it there.

    Written: graph.ttl, graph.nt, graph.jsonld (the union graph), graph.nq and graph.trig (a
    named graph per source document), graph.html, report.json and report.md; with `shard_size`
    also N-Quads shards (see write_outputs). With `strict`, any problem is fatal: nothing is
    written. With `store`, the build is incremental in that Oxigraph store (see kg.store):
    unchanged files are skipped, and with `prune` files no longer among the inputs are dropped.
    `jobs` > 1 extracts that many files at once in worker processes; `engine="dask"` extracts
    them on a Dask cluster (kg.cluster: the one at `scheduler`, or a local one of `jobs`
    workers). The result is the same, byte for byte, whatever the jobs or engine. `formats`
    (extensions, OUTPUT_FORMATS) chooses the files written: ("ttl", "nq") for a triple store
    only. `on_start` gets the number of files and `on_file` each file as it is done (for
    progress bars).
    """
    if engine not in BUILD_ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(BUILD_ENGINES)}")
    if unknown := set(formats) - OUTPUT_FORMATS.keys():
        raise ValueError(
            f"unknown formats {sorted(unknown)}; choose from {', '.join(OUTPUT_FORMATS)}"
        )
    paths, problems = discover(inputs)
    if on_start:
        on_start(len(paths))
    with _executor(engine, scheduler, jobs) as (executor, slots):
        named, files, read_problems = _read_all(
            paths, store, prune, executor, 4 * BATCH * slots, on_file
        )
    result = BuildResult(named, len(paths), files, problems + read_problems)
    if output_dir is not None and not (strict and result.problems):
        result.outputs = write_outputs(result, output_dir, shard_size, jobs, formats)
    return result


def _read_all(
    paths: Sequence[Path],
    store: Path | None,
    prune: bool,
    executor: Executor | None,
    window: int,
    on_file: Callable[[Path], None] | None,
) -> tuple[NamedGraphs, list[FileReport], list[Problem]]:
    """Every file read and mapped, then the cross-document step. What the builder gathered for
    that step (the names voted on) is freed when this returns, before any output is written."""
    builder = GraphBuilder(SpilledTriples())  # documents' triples wait on disk
    files: list[FileReport] = []
    problems: list[Problem] = []
    # Here only bookkeeping makes objects when the files are read elsewhere, and it makes no
    # cycles; reading them here (PDFs) does.
    paused = collector_paused() if executor is not None else nullcontext()
    with paused, DocumentStore(store) if store else nullcontext() as documents:
        for path, sha256, outcome in _extracted(paths, documents, executor, window):
            if isinstance(outcome, Unchanged):
                files.append(outcome.report)
                problems.extend(outcome.problems)
            elif isinstance(outcome, Problem):
                problems.append(outcome)
            else:
                builder.add_packed(outcome.source, outcome.packed, outcome.summary)
                files.append(outcome.report)
                problems.extend(outcome.problems)
                if documents:
                    documents.put(
                        str(path.resolve()),
                        sha256,
                        MappedDocument(outcome.source, unpack(outcome.packed), outcome.summary),
                        asdict(outcome.report),
                        [asdict(problem) for problem in outcome.problems],
                    )
            if on_file:
                on_file(path)
        if documents and prune:
            documents.prune(str(path.resolve()) for path in paths)
        return (documents.named() if documents else builder.named()), files, problems


@dataclass(frozen=True)
class Unchanged:
    """A file the store holds with exactly this content: its earlier report and problems."""

    report: FileReport
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Built:
    """A file read, extracted and mapped (in a worker when there are several): its report, its
    problems, its graph's name, its triples packed (kg.rdf.spill.pack: 7.5 KB pickled for a
    synthetic letter, against 51.5 KB with the set) and its summary for the cross-document
    step."""

    report: FileReport
    problems: tuple[Problem, ...]
    source: URIRef
    packed: bytes
    summary: Summary


Outcome = Built | Problem | Unchanged


def _problems(name: str, document: Document) -> list[Problem]:
    """What is wrong with a document that was read: no letter in it (and no publication)."""
    if document.publication is None and all(letter.is_annex for letter in document.letters):
        return [Problem(name, "no-letter", "no letter was found in the text")]
    return []


BUILD_ENGINES = ("local", "dask")


@contextmanager
def _executor(
    engine: str, scheduler: str | None, jobs: int
) -> Iterator[tuple[Executor | None, int]]:
    """Where files are extracted, and how many run at once: here, in worker processes, or on a
    Dask cluster (as many as its worker threads)."""
    if engine == "dask":
        with dask_executor(scheduler, jobs) as (executor, slots):
            yield executor, slots
    elif jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            yield pool, jobs
    else:
        yield None, 1


BATCH = 8
"""Files sent to a worker at once: each task costs the main process a little, whatever its size."""
_Waiting = tuple[Future[list[Outcome]], int]  # a batch's result, and a file's place in it


def _extracted(
    paths: Sequence[Path],
    documents: DocumentStore | None,
    executor: Executor | None,
    window: int,
) -> Iterator[tuple[Path, str, Outcome]]:
    """Each file's document (or problem, or earlier report when unchanged), in input order.

    With an executor, files are extracted in its workers, BATCH at a time, at most `window`
    files ahead, so that memory stays bounded whatever the number of files.
    """
    pending: deque[tuple[Path, str, _Waiting | Outcome]] = deque()
    batch: list[tuple[Path, str, bytes]] = []

    def submit() -> None:
        assert executor is not None
        future = executor.submit(build_batch, [(data, path.name) for path, _, data in batch])
        pending.extend((path, sha256, (future, i)) for i, (path, sha256, _) in enumerate(batch))
        batch.clear()

    def finished(item: tuple[Path, str, _Waiting | Outcome]) -> tuple[Path, str, Outcome]:
        path, sha256, outcome = item
        if not isinstance(outcome, tuple):
            return path, sha256, outcome
        future, index = outcome
        try:
            return path, sha256, future.result()[index]
        except Exception as error:  # a worker that died must not cost the rest of the build
            return path, sha256, Problem(path.name, "internal", f"{type(error).__name__}: {error}")

    for path in paths:
        try:
            data = file_bytes(path)
        except KamergraafError as error:
            outcome: Outcome | None = Problem(path.name, error.kind, str(error))
            sha256 = ""
        else:
            sha256 = hashlib.sha256(data).hexdigest()
            outcome = None
            if documents and documents.unchanged(str(path.resolve()), sha256):
                # (stored by content: a copy of the file under another name has its report)
                outcome = Unchanged(
                    replace(FileReport.from_json(documents.report(sha256)), file=path.name),
                    tuple(
                        replace(Problem(**p), file=path.name) for p in documents.problems(sha256)
                    ),
                )
            elif executor is None:
                outcome = build_bytes(data, path.name)
        if outcome is None:
            batch.append((path, sha256, data))
            if len(batch) == BATCH:
                submit()
        else:
            if batch:  # (sent first: outcomes come in input order)
                submit()
            pending.append((path, sha256, outcome))
        while pending and (executor is None or len(pending) > window):
            yield finished(pending.popleft())
    if batch:
        submit()
    while pending:
        yield finished(pending.popleft())


def build_batch(files: list[tuple[bytes, str]]) -> list[Outcome]:
    """`build_bytes` of each (content, name): the work sent to a worker at once."""
    return [build_bytes(data, name) for data, name in files]


def build_bytes(data: bytes, name: str) -> Built | Problem:
    """Read, extract and map one file's content: the work done per file, in parallel."""
    document = extract_bytes(data, name)
    if isinstance(document, Problem):
        return document
    try:
        mapped = map_document(document)
    except Exception as error:  # a bug must not cost the user the rest of the batch
        return Problem(name, "internal", f"{type(error).__name__}: {error}")
    return Built(
        _file_report(document),
        tuple(_problems(name, document)),
        mapped.source,
        pack(mapped.triples),
        mapped.summary,
    )


def extract_bytes(data: bytes, name: str) -> Document | Problem:
    """Read and extract one file's content; what cannot be used becomes a Problem."""
    try:
        return extract_document(read_bytes(data, name))
    except KamergraafError as error:
        return Problem(name, error.kind, str(error))
    except Exception as error:  # a bug must not cost the user the rest of the batch
        return Problem(name, "internal", f"{type(error).__name__}: {error}")


def write_outputs(
    result: BuildResult,
    output_dir: Path,
    shard_size: int = 0,
    jobs: int = 1,
    formats: Collection[str] = tuple(OUTPUT_FORMATS),
) -> dict[str, Path]:
    """Write the outputs among `formats` (extensions, OUTPUT_FORMATS) and the report, each
    atomically; leftovers of a build killed while writing go first.
    With `jobs` > 1, Oxigraph writes Turtle, JSON-LD and TriG in that many worker processes
    while the views (HTML, GraphML, GEXF) are made here.

    With `shard_size`, the named graphs are also written as N-Quads shards of that many source
    documents each (shards/documents-00000.nq, ..., shards/across-documents.nq), for bulk
    loaders that load files in parallel (Oxigraph, Virtuoso's ld_dir, QLever).
    """
    remove_temporaries(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    chosen = {OUTPUT_FORMATS[extension] for extension in formats}
    views = chosen & set(VIEW_FORMATS)
    outputs, result.triples = write_statements(
        result.named,
        output_dir,
        jobs=jobs,
        meanwhile=(lambda ntriples: write_views(ntriples, output_dir, views=views))
        if views
        else None,
        formats=chosen - views,
    )
    if shard_size:
        outputs.update(write_shards(result.named, output_dir / "shards", shard_size))
    report = result.report()
    outputs["report"] = output_dir / "report.json"
    atomic_write(
        outputs["report"], (json.dumps(report, ensure_ascii=False, indent=2) + "\n").encode()
    )
    outputs["summary"] = output_dir / "report.md"
    atomic_write(outputs["summary"], render_report(report).encode("utf-8"))
    return outputs


def _file_report(document: Document) -> FileReport:
    letters = [letter for letter in document.letters if not letter.is_annex]
    return FileReport(
        file=document.source.file_name,
        reader=document.source.reader,
        pages=document.source.pages,
        letters=len(letters),
        annexes=len(document.letters) - len(letters),
        citations=sum(len(letter.citations) for letter in document.letters),
        missing=tuple(m for letter in letters for m in _missing(letter)),
        unresolved_citations=tuple(u for letter in document.letters for u in letter.unresolved),
        not_in_gazetteer=tuple(sorted(_unknown_organisations(document))),
    )


def _unknown_organisations(document: Document) -> set[str]:
    named = [m.entity for letter in document.letters for m in letter.organisations]
    named += [
        r.organisation for letter in document.letters for r in letter.recipients if r.organisation
    ]
    return {organisation.name for organisation in named if organisation.key is None}


def _missing(letter: Letter) -> list[str]:
    """The fields a careful reader expects in every letter that this one lacks."""
    checks = {
        "date": letter.date is not None,
        "signatory": bool(letter.signatories),
        "recipient": bool(letter.recipients),
        "subject": letter.subject is not None,
    }
    return [
        f"letter {letter.index + 1}: no {name}" for name, present in checks.items() if not present
    ]
