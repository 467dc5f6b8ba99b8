"""Bad input: every broken file is reported (file, kind, message), the rest is built, nothing lost.

The corpus is made by the tests: one batch holds every kind of broken file beside two good
letters, and the build must report each broken one and still build both letters.
"""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

import kg
from kg.build import BuildResult
from kg.cli import app
from tests.conftest import EXAMPLES
from tests.fixtures.letters import IENW
from tests.fixtures.render import as_docx, as_pdf, as_text
from tests.test_readers import XXE

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<officiele-publicatie><kamerstuk><stuk><titel>&lol9;</titel></stuk></kamerstuk></officiele-publicatie>"""

# file name -> (problem kind, a word of the message); None where the file must build cleanly.
EXPECTED: dict[str, tuple[str, str] | None] = {
    "empty.txt": ("input", "no text"),
    "whitespace.txt": ("input", "no text"),
    "random.txt": ("input", "binary"),
    "image.txt": ("input", "PNG"),
    "invalid-utf8.txt": ("input", "neither UTF-8 nor Windows-1252"),
    "huge.txt": ("input", "split the file"),
    "no-letter.txt": ("no-letter", "no letter"),
    "truncated.pdf": ("input", "damaged or truncated"),
    "encrypted.pdf": ("input", "encrypted"),
    "scan.pdf": ("input", "no text layer"),
    "bomb.docx": ("input", "zip bomb"),
    "not-a-letter.xml": ("input", "not an official publication"),
    "broken.xml": ("input", "not well-formed"),
    "loop-a.txt": ("not-found", "link loop"),
    "loop-b.txt": ("not-found", "link loop"),
    "cp1252.txt": None,
    "controls.txt": None,
    "xxe.xml": ("no-letter", "no letter"),  # read without resolving a single entity
    "billion-laughs.xml": ("input", "entity amplification"),  # refused by libxml2 itself
    "scripts.html": None,
    "no-date-signature-recipient.txt": None,
}


def make_bad_corpus(folder: Path) -> None:
    letter = as_text(IENW)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_text(" \n\t\n   \n")
    (folder / "random.txt").write_bytes(random.Random(7).randbytes(4096))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "invalid-utf8.txt").write_bytes(letter.encode() + b"\x81\x8d\x8f\x90\x9d")
    (folder / "huge.txt").write_bytes(letter.encode() * (50 * 2**20 // len(letter.encode())))
    (folder / "no-letter.txt").write_text("Boodschappen: melk, brood, kaas.\n")
    as_pdf(IENW, folder / "good.pdf")
    pdf = (folder / "good.pdf").read_bytes()
    (folder / "good.pdf").unlink()
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    canvas = Canvas(str(folder / "encrypted.pdf"), encrypt="geheim")
    canvas.drawString(100, 700, letter.splitlines()[0])
    canvas.save()
    scan = Canvas(str(folder / "scan.pdf"))
    scan.rect(50, 50, 400, 600, fill=1)
    scan.save()
    as_docx(IENW, folder / "good.docx")
    with (
        zipfile.ZipFile(folder / "good.docx") as good,
        zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in good.infolist():
            bomb.writestr(item, good.read(item))
        bomb.writestr("word/media/zeros.bin", b"\0" * (300 * 2**20))
    (folder / "good.docx").unlink()
    (folder / "not-a-letter.xml").write_bytes(b"<?xml version='1.0'?><rss><channel/></rss>")
    (folder / "broken.xml").write_bytes(b"<?xml version='1.0'?><officiele-publicatie><kamerstuk>")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back-to-top").symlink_to(folder)  # a folder link loop: never followed
    (folder / "cp1252.txt").write_bytes(
        letter.replace("Zoetwater", "Zoetwater in Fryslân").encode("cp1252")
    )
    (folder / "controls.txt").write_text(
        letter.replace("Geachte", "\x00\x07\x1bGeachte").replace("Harbers", "Harbers\x0b")
    )
    (folder / "xxe.xml").write_bytes(XXE)
    (folder / "billion-laughs.xml").write_bytes(BILLION_LAUGHS)
    (folder / "scripts.html").write_text(
        "<html><body><script>alert(document.cookie)</script><p>"
        + "</p><p>".join(letter.split("\n\n"))
        + "</p></body></html>"
    )
    stripped = "\n\n".join(
        b
        for b in letter.split("\n\n")
        if not b.startswith(("Datum", "Aan de", "De Minister", "M.G.J."))
    )
    (folder / "no-date-signature-recipient.txt").write_text(stripped)


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    folder = tmp_path_factory.mktemp("bad")
    make_bad_corpus(folder)
    for example in EXAMPLES.iterdir():
        (folder / example.name).write_bytes(example.read_bytes())
    return kg.build([folder], tmp_path_factory.mktemp("out"))


def test_every_broken_file_is_reported_once_with_its_reason(bad_build: BuildResult) -> None:
    reported = {Path(p.file).name: (p.kind, p.message) for p in bad_build.problems}
    assert len(reported) == len(bad_build.problems), "one problem per file"
    for name, expected in EXPECTED.items():
        if expected is None:
            assert name not in reported, reported.get(name)
        else:
            kind, word = expected
            assert reported[name][0] == kind, name
            assert word in reported[name][1], (name, reported[name])
    assert set(reported) <= set(EXPECTED)


def test_nothing_good_is_lost(bad_build: BuildResult) -> None:
    built = {f.file: f for f in bad_build.files}
    for name, expected in EXPECTED.items():
        if expected is None or expected[0] == "no-letter":  # read, but holding no letter
            assert name in built, name
    assert {"000_a3579bbfb314e289.txt", "003_e4bfe05c462bed1b.txt"} <= set(built)
    assert built["003_e4bfe05c462bed1b.txt"].letters == 4
    assert built["cp1252.txt"].letters == 1
    assert built["controls.txt"].letters == 1
    assert built["scripts.html"].letters == 1
    report = kg.validate(bad_build.graph)
    assert report.conforms, report.text


def test_hostile_content_stays_out(bad_build: BuildResult) -> None:
    text = "\n".join(str(o) for _, _, o in bad_build.graph)
    assert "alert(document.cookie)" not in text
    assert "root:" not in text and "lollollol" not in text
    assert not any(c in text for c in "\x00\x07\x1b\x0b")


def test_missing_fields_are_reported(bad_build: BuildResult) -> None:
    built = {f.file: f for f in bad_build.files}
    assert set(built["no-date-signature-recipient.txt"].missing) == {
        "letter 1: no date",
        "letter 1: no signatory",
        "letter 1: no recipient",
        "letter 1: no subject",  # the Betreft line goes with the Datum line
    }


def test_report_files_hold_every_problem(bad_build: BuildResult) -> None:
    report = json.loads(bad_build.outputs["report"].read_text(encoding="utf-8"))
    assert len(report["problems"]) == len(bad_build.problems)
    summary = bad_build.outputs["summary"].read_text(encoding="utf-8")
    for problem in bad_build.problems:
        assert Path(problem.file).name.replace("_", "\\_") in summary


def test_an_unreadable_file_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked.txt").write_text(as_text(IENW))
    (tmp_path / "open.txt").write_text(as_text(IENW))
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = kg.build([tmp_path])
    assert [(p.file, p.kind, p.message) for p in result.problems] == [
        ("locked.txt", "input", "cannot read the file: Permission denied")
    ]
    assert [f.file for f in result.files] == ["open.txt"]


def test_console_names_every_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = CliRunner().invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "empty.txt: input: the file holds no text" in result.output
    assert "image.txt: input: this is a PNG image" in result.output
