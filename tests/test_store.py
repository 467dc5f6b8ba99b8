"""The incremental store: a named graph per document; an incremental build equals a clean one."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

import kg
from kg.export.serialise import serialise_dataset
from tests.conftest import EXAMPLES, LETTERS


def nquads(result: kg.BuildResult) -> set[str]:
    return set(serialise_dataset(result.dataset, "nquads").decode().splitlines())


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    for source in (*EXAMPLES.iterdir(), *LETTERS.iterdir()):
        shutil.copy(source, folder / source.name)
    return folder


def test_incremental_build_equals_clean_build(
    letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    kg.build([letters], store=store)
    changed = letters / "ezk_brief_aan_vno.txt"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("3 oktober 2024", "4 oktober 2024"),
        encoding="utf-8",
    )
    (letters / "ocw_kitchen_sink.txt").unlink()
    shutil.copy(EXAMPLES / "000_a3579bbfb314e289.txt", letters / "copy-of-paul.txt")

    extracted: list[str] = []
    module = importlib.import_module("kg.build")  # the module, not the function kg.build
    real = module.extract_document
    monkeypatch.setattr(
        module,
        "extract_document",
        lambda source: extracted.append(source.source.file_name) or real(source),
    )
    incremental = kg.build([letters], store=store, prune=True)
    assert sorted(extracted) == [
        "copy-of-paul.txt",
        "ezk_brief_aan_vno.txt",
    ]  # the rest was skipped

    clean = kg.build([letters], store=tmp_path / "clean")
    plain = kg.build([letters])
    assert nquads(incremental) == nquads(clean) == nquads(plain)
    assert {f.file for f in incremental.files} == {f.file for f in plain.files}
    dates = {row[1] for row in kg.run_query(incremental.graph, "letters").rows}
    assert "2024-10-04" in dates and "2024-10-03" not in dates


def test_removed_files_stay_until_pruned(letters: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg.build([letters], store=store)
    (letters / "fin_staatssecretaris_toeslagen.txt").unlink()
    kept = kg.build([letters], store=store)
    assert "fin_staatssecretaris_toeslagen.txt" in {
        row[0] for row in kg.run_query(kept.graph, "sources").rows
    }
    pruned = kg.build([letters], store=store, prune=True)
    assert "fin_staatssecretaris_toeslagen.txt" not in {
        row[0] for row in kg.run_query(pruned.graph, "sources").rows
    }


def test_each_document_is_its_own_named_graph(letters: Path, tmp_path: Path) -> None:
    result = kg.build([letters], store=tmp_path / "store")
    graphs = {str(g.identifier) for g in result.dataset.graphs() if len(g)}
    sources = {
        row[0]
        for row in kg.run_query(
            result.graph,
            "SELECT ?s WHERE { ?s a <https://w3id.org/kamergraaf/def#SourceDocument> }",
        ).rows
    }
    assert graphs == sources | {"https://w3id.org/kamergraaf/id/graph/across-documents"}
    report = kg.validate(result.graph)
    assert report.conforms, report.text


def test_an_unchanged_file_without_a_letter_is_still_reported(
    letters: Path, tmp_path: Path
) -> None:
    (letters / "notes.txt").write_text("Boodschappen: melk, brood, kaas.\n", encoding="utf-8")
    store = tmp_path / "store"
    first = kg.build([letters], store=store)
    again = kg.build([letters], store=store)  # every file unchanged: nothing is read again
    assert [(p.file, p.kind) for p in first.problems] == [("notes.txt", "no-letter")]
    assert again.problems == first.problems
    assert again.report() == first.report()
