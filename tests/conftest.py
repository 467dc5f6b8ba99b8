"""Shared fixtures: the bundled examples, the invented letters, ../shared, and built graphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

import kg
from kg.build import BuildResult

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
LETTERS = Path(__file__).resolve().parent / "letters"
SHARED = ROOT.parent / "shared"
CONTRACT = SHARED / "contract"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="Rewrite the golden graphs in tests/golden/."
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    if not CONTRACT.is_dir():
        pytest.fail(f"{SHARED} is missing: the tests read the contract and corpus from there")
    return SHARED


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The build of the two bundled example letters, with every output written."""
    return kg.build([EXAMPLES], tmp_path_factory.mktemp("examples"))


@pytest.fixture(scope="session")
def examples_graph(examples_build: BuildResult) -> Graph:
    return examples_build.graph


@pytest.fixture(scope="session")
def letters_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The build of the invented test letters in tests/letters/."""
    return kg.build([LETTERS], tmp_path_factory.mktemp("letters"))


def select(graph: Graph, query: str) -> list[tuple[str, ...]]:
    """The rows of a SELECT query with the kg:, rdfs: and skos: prefixes, as strings."""
    prefixes = (
        "PREFIX kg: <https://w3id.org/kamergraaf/def#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    )
    return [
        tuple("" if v is None else str(v) for v in row) for row in graph.query(prefixes + query)
    ]  # type: ignore[union-attr]
