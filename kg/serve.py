"""A local SPARQL 1.1 Protocol endpoint over a built graph: Oxigraph's own server.

Read-only unless asked (the server answers updates with 403), bound to 127.0.0.1 unless asked,
and every query is cancelled after a time limit.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KamergraafError
from kg.query import OXIGRAPH_FORMATS, graph_format

_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
}


class ServeError(KamergraafError):
    kind = "serve"


@dataclass
class Endpoint:
    """A running server; `stop()` ends it and removes its temporary store."""

    process: subprocess.Popen[bytes]
    url: str
    store: Path
    temporary: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.temporary is not None:
            self.temporary.cleanup()


def oxigraph_server() -> str:
    """The oxigraph executable installed with kamergraaf (the PyPI package "oxigraph")."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise ServeError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def load_into_store(graph: Path, store: Path) -> None:
    """Bulk-load a built graph file into an on-disk Oxigraph store."""
    database = ox.Store(str(store))
    database.bulk_load(path=str(graph), format=OXIGRAPH_FORMATS[graph_format(graph)])
    database.flush()
    del database  # closes the store, so that the server can open it


def serve(
    graph: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    timeout: int = 30,
    allow_updates: bool = False,
) -> Endpoint:
    """Start an endpoint at http://HOST:PORT/query over the graph file."""
    temporary = tempfile.TemporaryDirectory(prefix="kamergraaf-store-")
    store = Path(temporary.name)
    try:
        load_into_store(graph, store)
        mode = "serve" if allow_updates else "serve-read-only"
        command = [oxigraph_server(), mode, "--location", str(store), "--bind", f"{host}:{port}"]
        command.append("--union-default-graph")  # queries see every document's named graph
        process = subprocess.Popen([*command, "--timeout-s", str(timeout)])
    except BaseException:
        temporary.cleanup()
        raise
    return Endpoint(process, f"http://{host}:{port}/query", store, temporary)
