"""The command line: every command has help and is documented; errors are messages, not traces."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from kg.build import BuildResult
from kg.cli import app
from tests.conftest import EXAMPLES, ROOT

runner = CliRunner()
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output
    assert re.search(rf"^kg {command}\b", (ROOT / "README.md").read_text(), re.M), command


def test_build_exit_codes_say_whether_problems_occurred(tmp_path: Path) -> None:
    clean = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(tmp_path / "clean")])
    assert clean.exit_code == 0
    assert "2 files, 5 letters" in clean.output
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    inputs = [str(EXAMPLES), str(tmp_path / "bad.txt")]
    result = runner.invoke(app, ["build", *inputs, "-o", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "bad.txt: input: this is a binary file" in result.output
    assert (tmp_path / "out" / "graph.ttl").exists()
    strict = runner.invoke(app, ["build", *inputs, "-o", str(tmp_path / "strict"), "--strict"])
    assert strict.exit_code == 1
    assert "nothing was written" in strict.output
    assert not (tmp_path / "strict").exists()


def test_build_writes_the_formats_asked_for(tmp_path: Path) -> None:
    asked = runner.invoke(
        app, ["build", str(EXAMPLES), "-o", str(tmp_path), "--formats", "ttl,.NQ"]
    )
    assert asked.exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "graph.nq",
        "graph.ttl",
        "report.json",
        "report.md",
    ]
    unknown = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(tmp_path), "--formats", "rdf"])
    assert unknown.exit_code == 2
    assert "unknown rdf" in unknown.output


def test_query_formats(examples_build: BuildResult) -> None:
    graph = str(examples_build.outputs["turtle"])
    table = runner.invoke(app, ["query", graph, "posts"])
    assert table.exit_code == 0 and "R.A.A. Jetten" in table.output
    rows = list(
        csv.reader(io.StringIO(runner.invoke(app, ["query", graph, "letters", "-f", "csv"]).stdout))
    )
    assert rows[0] == ["letter", "date", "subject", "ourReference", "yourReference"]
    assert len(rows) == 6
    answer = json.loads(
        runner.invoke(app, ["query", graph, "citations", "--format", "json"]).stdout
    )
    assert answer["head"]["vars"] == ["letter", "kamerstuk", "id", "dossierId"]
    ask = runner.invoke(
        app, ["query", graph, "ASK { ?s a <https://w3id.org/kamergraaf/def#Letter> }", "-f", "json"]
    )
    assert json.loads(ask.stdout)["boolean"] is True


def test_query_errors_are_messages(examples_build: BuildResult, tmp_path: Path) -> None:
    graph = str(examples_build.outputs["turtle"])
    unknown = runner.invoke(app, ["query", graph, "nonsense"])
    assert unknown.exit_code == 2
    assert "no query named 'nonsense'" in unknown.output and "who-wrote-to-whom" in unknown.output
    missing = runner.invoke(app, ["query", str(tmp_path / "none.ttl"), "letters"])
    assert missing.exit_code == 2 and "build one first" in missing.output
    broken = runner.invoke(app, ["query", graph, "SELECT ?x WHERE { ?x"])
    assert broken.exit_code == 2 and "the query failed" in broken.output


def test_validate_exit_codes(examples_build: BuildResult) -> None:
    good = runner.invoke(app, ["validate", str(examples_build.outputs["turtle"])])
    assert good.exit_code == 0 and "conforms" in good.output
    bad = runner.invoke(
        app, ["validate", str(Path(__file__).parent / "shapes" / "Letter-two-dates.ttl")]
    )
    assert bad.exit_code == 1 and "Constraint Violation" in bad.output


def test_graph_command_writes_html(examples_build: BuildResult, tmp_path: Path) -> None:
    output = tmp_path / "g.html"
    result = runner.invoke(app, ["graph", str(examples_build.outputs["nt"]), "-o", str(output)])
    assert result.exit_code == 0
    assert "vis.Network" in output.read_text(encoding="utf-8")


def test_queries_lists_the_contract_then_more() -> None:
    result = runner.invoke(app, ["queries"])
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == [
        "citations",
        "letters",
        "policies",
        "posts",
        "sources",
        "who-wrote-to-whom",
        "co-signatories",
        "dossier-citations",
        "letters-citing-letters",
        "letters-per-actor",
        "policy-timeline",
        "posts-over-time",
    ]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_query_engine_option(examples_build: BuildResult, engine: str) -> None:
    graph = str(examples_build.outputs["nt"])
    result = runner.invoke(app, ["query", graph, "letters", "--engine", engine, "-f", "tsv"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "?letter\t?date\t?subject\t?ourReference\t?yourReference"
    assert '"2026-02-02"^^<http://www.w3.org/2001/XMLSchema#date>' in lines[1]
