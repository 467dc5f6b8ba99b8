"""Golden graphs: the whole graph of each invented letter, compared as graphs, not as text.

After an intended change, rewrite them with `pytest tests/test_golden.py --update-golden` and
review the diff of tests/golden/ like any other change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

import kg
from kg.export.serialise import serialise
from tests.conftest import LETTERS

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(LETTERS.glob("*.txt"))


@pytest.mark.parametrize("letter", CASES, ids=[c.stem for c in CASES])
def test_graph_matches_golden(letter: Path, request: pytest.FixtureRequest) -> None:
    graph = kg.build([letter]).graph
    golden = GOLDEN / f"{letter.stem}.ttl"
    if request.config.getoption("--update-golden"):
        golden.write_bytes(serialise(graph, "turtle"))
    expected = Graph().parse(golden, format="turtle")
    if to_isomorphic(graph) != to_isomorphic(expected):
        _, missing, unexpected = graph_diff(to_isomorphic(expected), to_isomorphic(graph))
        pytest.fail(
            f"{letter.name}: graph differs from {golden.name}\n"
            f"missing:\n{missing.serialize(format='nt')}\nunexpected:\n{unexpected.serialize(format='nt')}"
        )
