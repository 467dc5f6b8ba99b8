"""Batches: one broken file never stops a build; every problem is reported with its file."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest

import kg
from kg.build import OUTPUT_FORMATS, BuildResult
from kg.collector import collector_paused
from tests.conftest import EXAMPLES, LETTERS


def test_broken_files_are_reported_and_the_rest_is_built(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(EXAMPLES / "000_a3579bbfb314e289.txt", inputs)
    (inputs / "empty.txt").write_text("   \n")
    (inputs / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (inputs / "binary.txt").write_bytes(b"abc\x00def")
    (inputs / "note.txt").write_text("Boodschappen: melk, brood.\n")
    (inputs / "latin1.txt").write_bytes(
        (EXAMPLES / "000_a3579bbfb314e289.txt")
        .read_text(encoding="utf-8")
        .replace("–", "-")
        .encode("cp1252")
    )
    result = kg.build([inputs, tmp_path / "missing.txt"], tmp_path / "out")

    problems = {(p.file, p.kind) for p in result.problems}
    assert problems == {
        ("empty.txt", "input"),
        ("image.txt", "input"),
        ("binary.txt", "input"),
        ("note.txt", "no-letter"),
        (str(tmp_path / "missing.txt"), "not-found"),
    }
    messages = {p.file: p.message for p in result.problems}
    assert "PNG" in messages["image.txt"]
    assert result.letters == 2  # the letter in UTF-8 and the same letter in cp1252
    built = {f.file: f.reader for f in result.files}
    assert built["latin1.txt"] == "text (cp1252)"
    assert built["000_a3579bbfb314e289.txt"] == "text (utf-8)"

    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["totals"]["problems"] == 5
    assert {p["file"] for p in report["problems"]} == {f for f, _ in problems}


def test_report_lists_missing_fields(examples_build: BuildResult) -> None:
    by_file = {f.file: f for f in examples_build.files}
    paul = by_file["000_a3579bbfb314e289.txt"]
    assert (paul.letters, paul.annexes, paul.citations) == (
        1,
        1,
        10,
    )  # 4 kst, 3 URLs, 3 x Verordening 883/2004 (once by its title and number in brackets)
    assert paul.missing == ("letter 1: no subject",)
    assert by_file["003_e4bfe05c462bed1b.txt"].missing == ()


def test_outputs_are_written_and_no_temporary_file_is_left(examples_build: BuildResult) -> None:
    folder = examples_build.outputs["report"].parent
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "graph.gexf",
        "graph.graphml",
        "graph.html",
        "graph.jsonld",
        "graph.nq",
        "graph.nt",
        "graph.trig",
        "graph.ttl",
        "report.json",
        "report.md",
    ]


def test_a_build_without_output_folder_writes_nothing(tmp_path: Path) -> None:
    result = kg.build([EXAMPLES])
    assert result.outputs == {}
    assert result.letters == 5


def test_glob_patterns_pick_their_files(tmp_path: Path) -> None:
    folder = tmp_path / "archief" / "2026"
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / "000_a3579bbfb314e289.txt", folder / "a.txt")
    shutil.copy(EXAMPLES / "003_e4bfe05c462bed1b.txt", folder / "b.md")
    result = kg.build([tmp_path / "archief" / "**" / "*.txt"])
    assert [f.file for f in result.files] == ["a.txt"]
    assert result.problems == []
    nothing = kg.build([tmp_path / "archief" / "*.pdf"])
    assert [(p.kind, p.message) for p in nothing.problems] == [
        ("not-found", "no such file, folder or matching file")
    ]


def test_a_build_on_a_running_dask_cluster_equals_the_local_build(tmp_path: Path) -> None:
    from distributed import LocalCluster

    local = kg.build([EXAMPLES, LETTERS], tmp_path / "local")
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        remote = kg.build(
            [EXAMPLES, LETTERS],
            tmp_path / "remote",
            engine="dask",
            scheduler=cluster.scheduler_address,
        )
    assert remote.outputs["nquads"].read_bytes() == local.outputs["nquads"].read_bytes()
    assert remote.report() == local.report()


def test_shards_hold_the_same_quads_as_the_whole_file(tmp_path: Path) -> None:
    result = kg.build([EXAMPLES, LETTERS], tmp_path, shard_size=2)
    shards = sorted((tmp_path / "shards").glob("*.nq"))
    assert [p.name for p in shards] == [
        "across-documents.nq",
        "documents-00000.nq",
        "documents-00001.nq",
        "documents-00002.nq",
    ]
    lines = [line for shard in shards for line in shard.read_text(encoding="utf-8").splitlines()]
    whole = result.outputs["nquads"].read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(whole)


@pytest.mark.parametrize("formats", [("ttl", "nq"), ("html", "trig"), ("jsonld",), ("gexf", "nt")])
def test_a_build_writes_the_formats_chosen_as_a_full_build_writes_them(
    formats: tuple[str, ...], examples_build: BuildResult, tmp_path: Path
) -> None:
    chosen = kg.build([EXAMPLES], tmp_path, formats=formats)
    names = {OUTPUT_FORMATS[extension] for extension in formats}
    assert set(chosen.outputs) == names | {"report", "summary"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in chosen.outputs.values()
    )
    for name in names | {"report"}:
        assert chosen.outputs[name].read_bytes() == examples_build.outputs[name].read_bytes()


def test_an_unknown_format_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown formats"):
        kg.build([EXAMPLES], tmp_path, formats=("ttl", "rdf"))
    assert not tmp_path.joinpath("report.json").exists()


def test_files_extracted_in_batches_keep_their_order_among_unchanged_and_broken_ones(
    tmp_path: Path,
) -> None:
    """Workers get files in batches; the files a store has unchanged and the broken ones are
    not sent, and every outcome still comes back in the order of the files."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    letters = sorted([*EXAMPLES.glob("*.txt"), *LETTERS.glob("*.txt")])
    for index in range(20):
        shutil.copy(letters[index % len(letters)], inputs / f"{index:02d}.txt")
    for index in (3, 11, 12):
        (inputs / f"{index:02d}b.txt").write_bytes(b"\x00broken")
    store = tmp_path / "store"
    kg.build([inputs], store=store)
    for index in (0, 5, 6, 7, 19):  # changed: extracted again, between unchanged files
        with (inputs / f"{index:02d}.txt").open("a", encoding="utf-8") as file:
            file.write("\nMet vriendelijke groet,\n")
    again = kg.build([inputs], store=store, jobs=2)
    fresh = kg.build([inputs])
    assert again.report() == fresh.report()
    assert [f.file for f in again.files] == [f"{i:02d}.txt" for i in range(20)]
    assert [p.file for p in again.problems] == ["03b.txt", "11b.txt", "12b.txt"]
    assert gc.isenabled()  # (paused while the main process gathered what the workers sent)


def test_the_collector_is_paused_in_the_block_and_as_it_was_after() -> None:
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        with pytest.raises(ValueError), collector_paused():
            assert not gc.isenabled()
            raise ValueError
        assert gc.isenabled() is enabled
    gc.enable()
