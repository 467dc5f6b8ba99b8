"""SHACL: every graph kamergraaf builds conforms, and each shape rejects what it should.

Tiny cases in tests/shapes/: <Class>-ok.ttl must conform, <Class>-<violation>.ttl must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import BuildResult
from kg.validate import validate

CASES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))


def test_built_graphs_conform(examples_build: BuildResult, letters_build: BuildResult) -> None:
    for build in (examples_build, letters_build):
        report = validate(build.graph)
        assert report.conforms, report.text


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_shape_case(case: Path) -> None:
    report = validate(Graph().parse(case))
    assert report.conforms is case.stem.endswith("-ok"), report.text
