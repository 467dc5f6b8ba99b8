"""kg serve: a real SPARQL endpoint (Oxigraph) on loopback, read-only, with a query time limit."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from kg.build import BuildResult
from kg.query import builtin_queries, run_query
from kg.serve import Endpoint, serve


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def ask(
    url: str, data: dict[str, str], accept: str = "application/sparql-results+json"
) -> tuple[int, bytes]:
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode(data).encode(), headers={"Accept": accept}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(endpoint: Endpoint) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if ask(endpoint.url, {"query": "ASK {}"})[0] == 200:
                return
        except OSError:
            time.sleep(0.2)
    pytest.fail("the endpoint did not come up")


@pytest.fixture(scope="module")
def endpoint(examples_build: BuildResult) -> Iterator[Endpoint]:
    running = serve(examples_build.outputs["nt"], port=free_port(), timeout=2)
    wait_until_up(running)
    yield running
    running.stop()


@pytest.mark.parametrize("name", sorted(builtin_queries()))
def test_every_named_query_answers_as_rdflib_does(
    endpoint: Endpoint, examples_build: BuildResult, name: str
) -> None:
    status, body = ask(endpoint.url, {"query": builtin_queries()[name]})
    assert status == 200
    answer = json.loads(body)
    rows = sorted(
        tuple(binding.get(v, {}).get("value", "") for v in answer["head"]["vars"])
        for binding in answer["results"]["bindings"]
    )
    assert rows == sorted(run_query(examples_build.graph, name).rows)


def test_updates_are_refused(endpoint: Endpoint) -> None:
    status, _ = ask(
        endpoint.url.replace("/query", "/update"), {"update": "DELETE WHERE { ?s ?p ?o }"}
    )
    assert status == 403
    status, body = ask(endpoint.url, {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0


def test_bound_to_loopback_only(endpoint: Endpoint) -> None:
    assert endpoint.url.startswith("http://127.0.0.1:")


def test_a_query_past_the_time_limit_is_cancelled(endpoint: Endpoint) -> None:
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    _, body = ask(endpoint.url, {"query": heavy})
    assert time.monotonic() - started < 15
    assert b"cancelled" in body
