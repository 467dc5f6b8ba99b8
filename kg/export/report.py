"""The build report as a readable summary (report.md), beside the JSON it is made from."""

from __future__ import annotations

from typing import Any


def render_report(report: dict[str, Any]) -> str:
    """Markdown: totals, a table of files, then what is missing, unresolved or unknown, and every
    problem, so that users see what is missing rather than trust silence."""
    totals = report["totals"]
    lines = [
        "# kamergraaf build report",
        "",
        f"{totals['files']} files, {totals['built']} built, {totals['letters']} letters, "
        f"{totals['annexes']} annexes, {totals['triples']} triples, {totals['problems']} problems.",
        "",
        "| file | reader | pages | letters | annexes | citations |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for file in report["files"]:
        cells = [_cell(file["file"]), file["reader"], file["pages"] or ""]
        cells += [file["letters"], file["annexes"], file["citations"]]
        lines.append("| " + " | ".join(map(str, cells)) + " |")
    for title, key in (
        ("Fields not found", "missing"),
        ("Citations recognised but not resolved to an id", "unresolved_citations"),
        ("Organisations not in the gazetteer", "not_in_gazetteer"),
    ):
        entries = [(f["file"], item) for f in report["files"] for item in f[key]]
        lines += ["", f"## {title}", ""]
        lines += [f"- {_cell(file)}: {_cell(item)}" for file, item in entries] or ["None."]
    lines += ["", "## Problems", ""]
    lines += [
        f"- {_cell(p['file'])}: {p['kind']}: {_cell(p['message'])}" for p in report["problems"]
    ] or ["None."]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text from a document, made inert in Markdown: no table breaks, links or HTML."""
    return "".join(f"\\{c}" if c in "\\`*_[]<>|#!" else c for c in " ".join(text.split()))
