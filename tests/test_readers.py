"""Readers: every format gives the same facts as plain text; the reader is chosen by content."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

import kg
from kg.errors import InputError
from kg.extract import publication
from kg.extract.publication import find_publication
from kg.readers import read, read_bytes
from kg.records import Document
from tests.conftest import SHARED
from tests.fixtures.letters import IENW
from tests.fixtures.render import as_docx, as_pdf, as_text


def facts(document: Document) -> list[tuple[object, ...]]:
    """What must not depend on the input format."""
    return [
        (
            letter.is_annex,
            letter.date and letter.date.value,
            letter.subject and letter.subject.value,
            letter.our_reference and letter.our_reference.value,
            letter.sender_organisation and letter.sender_organisation.value.name,
            [(s.person.name, [p.label for p in s.posts]) for s in letter.signatories],
            [
                (r.post and r.post.label, r.organisation and r.organisation.name)
                for r in letter.recipients
            ],
            [(c.identifier, c.footnote) for c in letter.citations],
            sorted(p.label for p in letter.about),
        )
        for letter in document.letters
    ]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rendered")
    (folder / "ienw.txt").write_text(as_text(IENW), encoding="utf-8")
    as_pdf(IENW, folder / "ienw.pdf")
    as_docx(IENW, folder / "ienw.docx")
    return folder


def test_plain_text_facts(rendered: Path) -> None:
    (letter,) = facts(kg.read_document(rendered / "ienw.txt"))
    assert letter == (
        False,
        __import__("datetime").date(2024, 4, 12),
        "Voortgang Deltaprogramma Zoetwater",
        "IENW/BSK-2024/123456",
        "Ministerie van Infrastructuur en Waterstaat",
        [("M.G.J. Harbers", ["Minister van Infrastructuur en Waterstaat"])],
        [
            (
                "Voorzitter van de Tweede Kamer der Staten-Generaal",
                "Tweede Kamer der Staten-Generaal",
            )
        ],
        [("kst-27625-640", None), ("kst-27625-600", 1), ("stcrt-2022-12345", 2)],
        ["Deltaprogramma Zoetwater"],
    )


@pytest.mark.parametrize("name", ["ienw.pdf", "ienw.docx"])
def test_pdf_and_word_give_the_facts_of_the_plain_text(rendered: Path, name: str) -> None:
    document = kg.read_document(rendered / name)
    assert facts(document) == facts(kg.read_document(rendered / "ienw.txt"))
    assert document.source.reader == name.split(".")[1]


def test_pdf_pages_are_counted_and_running_headers_removed(rendered: Path) -> None:
    source = read(rendered / "ienw.pdf")
    assert source.source.pages == 2
    (letter,) = kg.read_document(rendered / "ienw.pdf").letters
    assert [n.number for n in letter.footnotes] == [1, 2]


def test_reader_is_chosen_by_content_not_name(rendered: Path, tmp_path: Path) -> None:
    disguised = tmp_path / "brief.txt"
    disguised.write_bytes((rendered / "ienw.pdf").read_bytes())
    assert read(disguised).source.reader == "pdf"


LETTER = as_text(IENW).replace("Zoetwater", "Zoetwater in Friesland en Fryslân")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (("\ufeff" + LETTER.replace("\n", "\r\n")).encode(), "utf-8"),
        (LETTER.encode("cp1252"), "cp1252"),
    ],
)
def test_text_encodings_and_line_ends(data: bytes, encoding: str) -> None:
    source = read_bytes(data, "brief.txt")
    assert source.source.reader == f"text ({encoding})"
    (letter,) = kg.extract_letters(source.text)
    assert letter.subject is not None
    assert letter.subject.value == "Voortgang Deltaprogramma Zoetwater in Friesland en Fryslân"


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    canvas.rect(100, 100, 300, 300, fill=1)
    canvas.showPage()
    canvas.save()
    with pytest.raises(InputError, match="no text layer"):
        read(path)


def test_truncated_pdf(rendered: Path) -> None:
    data = (rendered / "ienw.pdf").read_bytes()
    with pytest.raises(InputError, match="PDF"):
        read_bytes(data[: len(data) // 3], "kapot.pdf")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "geheim.pdf"
    canvas = Canvas(str(path), encrypt="wachtwoord")
    canvas.drawString(100, 700, "Datum 2 februari 2026")
    canvas.save()
    with pytest.raises(InputError, match="encrypted"):
        read(path)


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "archief.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("brief.txt", "Datum 2 februari 2026")
    with pytest.raises(InputError, match="ZIP archive"):
        read(path)


def test_word_zip_bomb_is_refused(rendered: Path, tmp_path: Path) -> None:
    path = tmp_path / "bom.docx"
    with (
        zipfile.ZipFile(rendered / "ienw.docx") as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        bomb.writestr("word/media/filler.bin", b"\0" * (256 * 1024 * 1024))
    with pytest.raises(InputError, match="zip bomb"):
        read(path)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE officiele-publicatie [<!ENTITY geheim SYSTEM "file:///etc/passwd">
<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
<officiele-publicatie><kamerstuk><stuk><titel>BRIEF &geheim; &e;</titel></stuk></kamerstuk></officiele-publicatie>"""


def test_xml_entities_are_never_resolved() -> None:
    source = read_bytes(XXE, "xxe.xml")
    assert "root:" not in source.text
    assert "aaaaaaaaaa" not in source.text
    assert len(source.text) < 1000


def test_foreign_xml_is_refused() -> None:
    with pytest.raises(InputError, match="not an official publication"):
        read_bytes(b"<?xml version='1.0'?><rss><channel/></rss>", "feed.xml")


def test_html_drops_scripts_and_navigation() -> None:
    page = b"""<html><head><script>alert(1)</script></head><body><nav>Menu Home</nav>
    <p>Datum 2 februari 2026</p><p>Geachte voorzitter,</p><footer>Cookies</footer></body></html>"""
    source = read_bytes(page, "brief.html")
    assert source.source.reader == "html"
    assert "alert" not in source.text and "Menu" not in source.text and "Cookies" not in source.text
    assert "Geachte voorzitter," in source.text


def test_a_letter_knows_its_own_kamerstuk(tmp_path: Path) -> None:
    text = "35 925 XV Nr. 22\n\nBRIEF VAN DE MINISTER\n\n" + as_text(IENW)
    (tmp_path / "brief.txt").write_text(text, encoding="utf-8")
    (letter,) = kg.read_document(tmp_path / "brief.txt").letters
    assert letter.published_as == "kst-35925-XV-22"
    (tmp_path / "kst-21501-02-1581.txt").write_text(as_text(IENW), encoding="utf-8")
    (named,) = kg.read_document(tmp_path / "kst-21501-02-1581.txt").letters
    assert named.published_as == "kst-21501-02-1581"


def test_the_printed_heading_names_the_paper_as_the_metadata_does() -> None:
    source = read(SHARED / "corpus" / "24_tk-motie-negatieve-spaarrente.html")
    assert source.publication is not None
    found = find_publication(source.text, "motie.txt")  # the text alone, as a PDF would give it
    assert found is not None
    assert (found.identifier, found.document_type) == (
        source.publication.identifier,
        source.publication.document_type,
    )


@pytest.mark.parametrize(
    ("heading", "identifier", "kind"),
    [
        (
            "34 775 XIII Vaststelling van de begrotingsstaten (XIII) voor het jaar 2018\n\n"
            "Nr. 30 MOTIE VAN DE LEDEN FUTSELAAR EN GRASHOFF\n",
            "kst-34775-XIII-30",
            "Motie",
        ),
        (  # a paper in two dossiers is numbered in the first
            "29 665 Evaluatie Schipholbeleid\n\n31 936 Luchtvaartbeleid\n\n"
            "Nr. 385 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n",
            "kst-29665-385",
            "Brief",
        ),
        (
            "21 501-32 Landbouw- en Visserijraad\nNr. 1731\nVERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n",
            "kst-21501-32-1731",
            "Verslag",
        ),
        (  # the Eerste Kamer letters its papers; a title on a line of its own
            "24 689\nRegels met betrekking tot pleziervaartuigen\n\nB\nADVIES RAAD VAN STATE\n",
            "kst-24689-B",
            "Advies",
        ),
        (
            "36 342 Fiscale verzamelwet 2024\n\nNr. 10 TWEEDE NOTA VAN WIJZIGING\n",
            "kst-36342-10",
            "Nota",
        ),
    ],
)
def test_a_printed_heading_is_the_papers_identity(heading: str, identifier: str, kind: str) -> None:
    found = find_publication(heading + "\nDe Kamer,\n", "paper.txt")
    assert found is not None
    assert (found.identifier, found.document_type) == (identifier, kind)


@given(
    st.lists(
        st.text(st.sampled_from("ab \t\n\r\x0c\x1c\x85\u2028"), max_size=300), max_size=30
    ).map("".join),
    st.integers(1, 15),
)
def test_a_headers_first_lines_are_those_of_the_whole_text(text: str, count: int) -> None:
    assert publication._first_lines(text, count) == text.splitlines()[:count]


def test_a_number_at_the_start_of_a_line_is_no_heading() -> None:
    text = "10 000 huishoudens krijgen steun.\nDat meldt het CBS.\n\nNr. 5 BRIEF\n"
    assert find_publication(text, "brief.txt") is None


def test_a_motion_as_plain_text_is_its_kamerstuk_and_no_letter(tmp_path: Path) -> None:
    source = read(SHARED / "corpus" / "24_tk-motie-negatieve-spaarrente.html")
    (tmp_path / "motie.txt").write_text(source.text, encoding="utf-8")
    document = kg.read_document(tmp_path / "motie.txt")
    assert document.publication is not None
    assert document.publication.identifier == "kst-32545-143"
    assert document.letters == ()


def test_a_letter_citing_another_letter_finds_it(tmp_path: Path) -> None:
    (tmp_path / "kst-27625-640.txt").write_text(
        as_text(IENW).replace("27625, nr. 640", "27625, nr. 639"), encoding="utf-8"
    )
    (tmp_path / "later.txt").write_text(as_text(IENW), encoding="utf-8")
    graph = kg.build([tmp_path]).graph
    rows = list(
        graph.query(
            """PREFIX kg: <https://w3id.org/kamergraaf/def#>
               SELECT ?citing WHERE { ?cited kg:publishedAs ?paper . ?citing kg:cites ?paper .
                                      ?citing kg:derivedFrom/kg:fileName "later.txt" }"""
        )
    )
    assert len(rows) == 1


def test_official_xml_of_a_letter_published_as_kamerstuk() -> None:
    document = kg.read_document(Path(__file__).parent / "fixtures" / "kst-36410-XII-77.xml")
    assert document.source.reader == "official-xml"
    assert document.publication is not None
    assert document.publication.identifier == "kst-36410-XII-77"
    assert document.publication.kamerstuk is not None
    assert (document.publication.kamerstuk.dossier, document.publication.kamerstuk.chamber) == (
        "36410-XII",
        "II",
    )
    (letter,) = document.letters
    assert letter.published_as == "kst-36410-XII-77"
    assert letter.date is not None and letter.date.value.isoformat() == "2024-04-12"
    assert [(s.person.name, s.posts[0].label) for s in letter.signatories] == [
        ("M.G.J. Harbers", "Minister van Infrastructuur en Waterstaat")
    ]
    assert [r.post.label for r in letter.recipients if r.post] == [
        "Voorzitter van de Tweede Kamer der Staten-Generaal"
    ]
    assert [c.identifier for c in letter.citations] == ["kst-27625-640"]
