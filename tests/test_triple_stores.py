"""Real triple stores, started and stopped by these tests on loopback: the built N-Quads load into
Oxigraph's server (Graph Store Protocol) and Virtuoso (bulk loader), and every named query gives
there what rdflib gives."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.build import BuildResult
from kg.query import builtin_queries, run_query
from kg.serve import oxigraph_server
from tests.test_serve import free_port

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")
VIRTUOSO_ROOT = Path("/var/lib/virtuoso-opensource-7/vsp")


def rows_of(answer: dict) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
    variables = answer["head"]["vars"]
    return sorted(
        tuple(b.get(v, {}).get("value", "") for v in variables)
        for b in answer["results"]["bindings"]
    )


def sparql(url: str, query: str) -> dict:  # type: ignore[type-arg]
    request = urllib.request.Request(
        f"{url}?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)  # type: ignore[no-any-return]


def wait_for(check: object, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except (OSError, urllib.error.URLError, subprocess.CalledProcessError):
            pass
        time.sleep(0.5)
    pytest.fail(f"{what} did not start")


@pytest.fixture(scope="module")
def oxigraph(
    tmp_path_factory: pytest.TempPathFactory, examples_build: BuildResult
) -> Iterator[str]:
    """Oxigraph's server, empty, loaded over the Graph Store Protocol with graph.nq."""
    port = free_port()
    store = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [
            oxigraph_server(),
            "serve",
            "--location",
            str(store),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ]
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: sparql(f"{base}/query", "ASK {}") is not None, "Oxigraph")
        data = examples_build.outputs["nquads"].read_bytes()
        request = urllib.request.Request(
            f"{base}/store",
            data=data,
            method="POST",
            headers={"Content-Type": "application/n-quads"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status in (200, 201, 204)
        yield f"{base}/query"
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def virtuoso(
    tmp_path_factory: pytest.TempPathFactory, examples_build: BuildResult
) -> Iterator[str]:
    """Virtuoso (Debian's virtuoso-opensource) in a folder of its own, bulk-loading graph.nq."""
    if VIRTUOSO is None or ISQL is None:
        pytest.fail("Virtuoso is missing: run `make browser` (Debian package virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    data = folder / "data"
    data.mkdir()
    shutil.copy(examples_build.outputs["nquads"], data / "graph.nq")
    sql_port, http_port = free_port(), free_port()
    db = folder / "db"
    db.mkdir()
    (db / "virtuoso.ini").write_text(
        f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {VIRTUOSO_ROOT}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
""",
        encoding="utf-8",
    )
    process = subprocess.Popen([VIRTUOSO, "-f", "-c", str(db / "virtuoso.ini")], cwd=db)
    isql = [ISQL, f"127.0.0.1:{sql_port}", "dba", "dba"]
    try:
        wait_for(
            lambda: subprocess.run([*isql, "exec=status('');"], capture_output=True, check=True),
            "Virtuoso",
        )
        load = f"ld_dir('{data}', 'graph.nq', 'https://w3id.org/kamergraaf/id/graph/default'); rdf_loader_run(); checkpoint;"
        subprocess.run([*isql, f"exec={load}"], capture_output=True, check=True, timeout=120)
        yield f"http://127.0.0.1:{http_port}/sparql"
    finally:
        subprocess.run([*isql, "exec=shutdown();"], capture_output=True, timeout=60)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.parametrize("name", sorted(builtin_queries()))
def test_oxigraph_server_answers_as_rdflib(
    oxigraph: str, examples_build: BuildResult, name: str
) -> None:
    assert rows_of(sparql(oxigraph, builtin_queries()[name])) == sorted(
        run_query(examples_build.graph, name).rows
    )


@pytest.mark.parametrize("name", sorted(builtin_queries()))
def test_virtuoso_answers_as_rdflib(virtuoso: str, examples_build: BuildResult, name: str) -> None:
    assert rows_of(sparql(virtuoso, builtin_queries()[name])) == sorted(
        run_query(examples_build.graph, name).rows
    )
