"""Text cleaning: PDF artefacts undone, every offset still pointing into the source."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.cleaning import (
    Text,
    clean,
    dehyphenate,
    normalise_characters,
    remove_running_headers,
    split_footnotes,
)
from tests.conftest import EXAMPLES


def cleaned(value: str) -> str:
    return clean(Text.of(value)).value


def test_words_broken_across_lines_are_joined_on_the_first_line() -> None:
    assert cleaned("de Informele Raad Werkgele-\ngenheid en Sociaal Beleid") == (
        "de Informele Raad Werkgelegenheid\nen Sociaal Beleid"
    )


def test_joining_a_word_never_makes_a_paragraph_break() -> None:
    assert cleaned("ziekte-\nwet\nvolgende regel") == "ziektewet\nvolgende regel"


def test_real_compound_hyphens_stay() -> None:
    text = "het verhogen van de cao-\ndekkingsgraad. De cao-dekkingsgraad is laag."
    assert cleaned(text).startswith("het verhogen van de cao-dekkingsgraad.\nDe cao-")


def test_hyphen_stays_after_numbers_acronyms_and_before_capitals() -> None:
    assert "EU-lidstaten" in cleaned("de EU-\nlidstaten")
    assert "2030-doel" in cleaned("het 2030-\ndoel")
    assert "Anti-Armoedestrategie" in cleaned("de Europese Anti-\nArmoedestrategie")


def test_a_word_written_whole_elsewhere_is_joined_even_in_capitals() -> None:
    text = "RAAD WERKGELE-\nGENHEID\n\nDe Raad Werkgelegenheid komt bijeen."
    assert cleaned(text).startswith("RAAD WERKGELEGENHEID\n")


def _dehyphenated_by_one_pattern(value: str) -> str:
    """The rule of `dehyphenate`, written as one pattern tried at every word and the set of all
    the words of the text: the oracle for the faster way it is found."""
    words = {w.casefold() for w in re.findall(r"\w+(?:-\w+)*", value)}
    edits = []
    for m in re.finditer(r"\b(\w+)-[ \t]*\n[ \t]*([^\W\d_]\w*)(\S*)([ \t]?)", value):
        left, right = m.group(1), m.group(2)
        before = value[max(0, m.end(1) - 500) : m.end(1)].split()
        if before and before[-1].lstrip("(<").startswith(("http", "www.")):
            continue
        joined, hyphened = (left + right).casefold(), f"{left}-{right}".casefold()
        keeps = joined not in words and (
            hyphened in words
            or any(c.isdigit() for c in left)
            or (left.isupper() and len(left) <= 5)
            or (right[0].isupper() and not left.isupper())
        )
        edits.append((m.end(1) + keeps, m.start(2), ""))
        if m.group(4):
            edits.append((m.end(3), m.end(4), "\n"))
    return Text.of(value).edit(edits).value


@given(
    st.lists(
        st.sampled_from(
            ["ab", "Ab", "AB", "cd", "ab-cd", "abcd", "x1", "2030", "_", "-", " ", "\t", "\n",
             "-\n", "- \n ", "(", "http://a", "www.", "ß", "İ", "é", "."]
        ),
        max_size=40,
    ).map("".join)
)  # fmt: skip
def test_words_broken_over_lines_are_found_as_one_pattern_finds_them(value: str) -> None:
    assert dehyphenate(Text.of(value)).value == _dehyphenated_by_one_pattern(value)


@pytest.mark.parametrize("name", ["000_a3579bbfb314e289.txt", "003_e4bfe05c462bed1b.txt"])
def test_words_broken_over_lines_in_real_letters_as_one_pattern_finds_them(name: str) -> None:
    value = normalise_characters(Text.of((EXAMPLES / name).read_text("utf-8"))).value
    assert dehyphenate(Text.of(value)).value == _dehyphenated_by_one_pattern(value)


def test_characters_are_normalised() -> None:
    assert (
        cleaned("e\u0301e\u0301n ﬁnanciële\u00a0af\u00adspraak\r\n") == "één financiële afspraak\n"
    )


def test_running_headers_inside_the_body_are_removed_and_the_paragraph_joined() -> None:
    text = (
        "Datum 26 mei 2026\nGeachte heer,\n\n"
        "Dat betekent ook dat het geen rekening wil doorschuiven,\n\n"
        "Datum\n\n26 mei 2026\n\nOnze referentie\n\n2026-0000185371\n\n"
        "zoals het kabinet heeft vastgelegd.\n\nPagina 2 van 3\n\nNieuwe alinea."
    )
    body_start = text.index("Dat")
    result = remove_running_headers(Text.of(text), body_start).value
    assert result == (
        "Datum 26 mei 2026\nGeachte heer,\n\n"
        "Dat betekent ook dat het geen rekening wil doorschuiven, zoals het kabinet heeft "
        "vastgelegd.\n\nNieuwe alinea."
    )


def test_letterhead_fields_before_the_body_are_not_headers() -> None:
    text = "Onze referentie\n2026-1\n\nDatum 26 mei 2026\n\nGeachte heer,\n\nTekst."
    assert remove_running_headers(Text.of(text), text.index("Tekst")).value == text


def test_numbered_footnotes_are_separated_and_tied_to_their_markers() -> None:
    text = (
        "voor een toekomstig voorstel.1\n\nMeer tekst met 15 miljoen kinderen.2 En\n"
        "gedaan op\n\n1 Kamerstukken II, 2024/25, 29 861, nr. 158.\n"
        "2 Kamerstukken II, 2022–23, 21 501-31,\nnr. 669\n mantelzorgers, met risico."
    )
    body, footnotes = split_footnotes(Text.of(text))
    assert [(note.number, note.text) for note, _ in footnotes] == [
        (1, "Kamerstukken II, 2024/25, 29 861, nr. 158."),
        (2, "Kamerstukken II, 2022–23, 21 501-31, nr. 669"),
    ]
    assert body.value == (
        "voor een toekomstig voorstel.\n\nMeer tekst met 15 miljoen kinderen. En\n"
        "gedaan op mantelzorgers, met risico."
    )


def test_superscript_footnotes() -> None:
    text = "We stoppen met dit wetsvoorstel¹. Verder.\n\n¹ Hiermee geeft het kabinet uitvoering.\n"
    body, footnotes = split_footnotes(Text.of(text))
    assert [(note.number, note.text) for note, _ in footnotes] == [
        (1, "Hiermee geeft het kabinet uitvoering.")
    ]
    assert "wetsvoorstel." in body.value and "¹" not in body.value


def test_a_number_at_a_line_start_without_a_marker_is_not_a_footnote() -> None:
    text = "In 2030 moet het aantal mensen met\n\n15 miljoen zijn verminderd.\n"
    body, footnotes = split_footnotes(Text.of(text))
    assert footnotes == ()
    assert body.value == text


def test_footnote_spans_point_at_the_source() -> None:
    text = "Zie het voorstel.1\n\n1 Kamerstukken II, 2024/25, 29 861, nr. 158.\n"
    _, footnotes = split_footnotes(Text.of(text))
    note = footnotes[0][0]
    assert text[note.span.start : note.span.end] == note.text


@given(st.text(alphabet=st.sampled_from(list("ab -\n\u00ad\u00a0ﬁé\u0301.1¹")), max_size=200))
def test_every_kept_character_maps_back_to_itself(value: str) -> None:
    """Characters that cleaning keeps (not inserted or rewritten) sit at their source offset."""
    text = dehyphenate(normalise_characters(Text.of(value)))
    assert len(text.origin) == len(text.value) + 1
    assert all(0 <= offset <= len(value) for offset in text.origin)
    assert list(text.origin[:-1]) == sorted(text.origin[:-1])
    for i, char in enumerate(text.value):
        if char in "ab-.1¹":
            assert value[text.origin[i]] == char


@given(st.text(max_size=300))
def test_cleaning_never_crashes_and_spans_stay_in_range(value: str) -> None:
    text = clean(Text.of(value))
    body, footnotes = split_footnotes(remove_running_headers(text, len(text) // 2))
    for note, _ in footnotes:
        assert 0 <= note.span.start <= note.span.end <= len(value)
    span = body.span(0, len(body))
    assert 0 <= span.start <= span.end <= len(value)


@pytest.mark.parametrize("length", [0, 1, 10_000, (1 << 16) + 1, (1 << 20) - 1, 1 << 20, 1 << 21])
def test_a_new_text_counts_its_offsets_from_zero(length: int) -> None:
    assert list(Text.of("x" * length).origin) == list(range(length + 1))
