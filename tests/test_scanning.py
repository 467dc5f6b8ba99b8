"""kg.scanning: anchored patterns find exactly what their pattern finds, on real text and on
text made to sit near their anchors; a trie of words matches as the words joined by "|",
longest first."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Iterable
from functools import cache
from unittest.mock import patch

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import kg
from kg import cleaning, scanning
from kg.cleaning import Text, clean
from kg.extract import actors, organisations, policies, segments
from kg.lexicon import RETURN_ADDRESS, SALUTATION, compact, gazetteer, is_acronym
from kg.readers import read
from kg.scanning import (
    ODD_LETTERS,
    Anchored,
    Headed,
    LineStart,
    Spelled,
    Spotted,
    WrittenWords,
    any_of,
    any_word_of,
)

from .conftest import EXAMPLES, LETTERS, ROOT, SHARED


def _anchored() -> dict[str, Anchored]:
    found = {}
    for module in pkgutil.walk_packages(kg.__path__, "kg."):
        if module.name.endswith("__main__"):
            continue  # runs the command line
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Anchored):
                found[f"{module.name}.{name}"] = value
    return found


ANCHORED = _anchored()


@cache
def _texts() -> tuple[str, ...]:
    """Cleaned letters (invented, the examples, ../shared/corpus) and the citation passages."""
    files = [*LETTERS.iterdir(), *EXAMPLES.iterdir(), *(SHARED / "corpus").rglob("*")]
    texts = [
        clean(Text.of(read(f).text)).value
        for f in sorted(files)
        if f.suffix in {".txt", ".pdf", ".xml", ".html"}
    ]
    for passages in (ROOT / "benchmarks" / "citations").glob("*.jsonl"):
        texts += [json.loads(line)["text"] for line in passages.read_text().splitlines()]
    return tuple(texts)


def _matches(
    found: Iterable[re.Match[str]],
) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in found]


def test_every_pattern_is_found() -> None:
    assert len(ANCHORED) >= 10, sorted(ANCHORED)


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_same_matches_as_the_pattern_on_real_text(name: str) -> None:
    anchored = ANCHORED[name]
    for text in _texts():
        assert _matches(anchored.finditer(text)) == _matches(anchored.pattern.finditer(text))


@cache
def _snippets(name: str) -> tuple[str, ...]:
    """The text around the places where the pattern matches, or nearly does: its anchors."""
    anchored = ANCHORED[name]
    snippets = []
    for text in _texts():
        haystack = text.lower() if anchored.ignore_case else text
        for anchor in anchored.anchors:
            for m in re.finditer(re.escape(anchor), haystack):
                snippets.append(text[max(0, m.start() - 30) : m.end() + 60])
    return tuple(snippets[:: max(1, len(snippets) // 400)])


@pytest.mark.parametrize("name", sorted(ANCHORED))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_same_matches_as_the_pattern_on_made_text(name: str, data: st.DataObject) -> None:
    """A text the pattern matches (made by hypothesis from the pattern itself), among pieces of
    real text near the anchors, anchors and odd characters, some cut or with their case swapped."""
    anchored = ANCHORED[name]
    pieces = st.one_of(
        st.sampled_from(_snippets(name) or ("",)),
        st.sampled_from(anchored.anchors),
        st.text(alphabet=" \n-(),.;:/0123456789aAbBkKsSıſİ", max_size=8),
    )
    parts = [
        *data.draw(st.lists(pieces, max_size=4)),
        data.draw(st.from_regex(anchored.pattern)),
        *data.draw(st.lists(pieces, max_size=4)),
    ]
    text = "".join(data.draw(st.sampled_from([p, p, p[1:], p[:-3], p.swapcase()])) for p in parts)
    assert _matches(anchored.finditer(text)) == _matches(anchored.pattern.finditer(text))


def test_the_odd_letters_are_all_the_odd_letters() -> None:
    """Every character `re` matches case-insensitively with an ASCII letter, that lower() makes
    one character other than that letter, is among ODD_LETTERS."""
    characters = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    odd = {
        c
        for c in re.findall(r"(?i)[a-z]", characters)
        if len(c.lower()) == 1 and not c.lower().isascii()
    }
    assert odd == set(ODD_LETTERS)
    for letter, ascii_letter in ODD_LETTERS.items():
        assert re.fullmatch(f"(?i){letter}", ascii_letter)


_LETTERS = "aAıIiſsSK -.é"


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=3), min_size=1, max_size=6),
    text=st.text(alphabet=_LETTERS + "\n", max_size=12),
    between=st.sampled_from(["", r"[\s-]?"]),
    ignore_case=st.booleans(),
)
@example(words=[".A", ".a."], text=".A.", between="", ignore_case=True)
@example(words=["s", "ſ."], text="s.", between="", ignore_case=True)
@example(words=["i", "İ."], text="i.", between="", ignore_case=True)
@example(
    words=["a" * n for n in range(1, 150)],
    text="a" * 160 + " " + "a" * 70,
    between="",
    ignore_case=False,
)  # nested too deeply for a trie: joined by "|"
@example(
    words=["Verordening" * 300, "Ver"],
    text="verordening" * 300,
    between=r"[\s-]?",
    ignore_case=True,
)  # a word longer than Python's recursion limit
def test_any_of_matches_as_the_words_longest_first(
    words: list[str], text: str, between: str, ignore_case: bool
) -> None:
    """The trie finds what the alternation of the words, longest first, finds, in a gazetteer's
    setting: not inside a word, and not followed by a letter."""
    listed = "|".join(between.join(map(re.escape, w)) for w in sorted(words, key=len, reverse=True))
    if ignore_case:
        listed = f"(?i:{listed})"
    trie = re.compile(rf"(?<![\w-])(?:{any_of(words, between, ignore_case)})(?!\w)")
    alternation = re.compile(rf"(?<![\w-])(?:{listed})(?!\w)")
    assert _matches(trie.finditer(text)) == _matches(alternation.finditer(text))


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_LETTERS + "\n", min_size=1, max_size=3), max_size=6),
    text=st.text(alphabet=_LETTERS + "\n", max_size=12),
)
@example(words=["a", "ab"], text="ab a -a")
@example(words=["\n"], text="\n\n")
def test_any_word_of_matches_any_of_where_a_word_starts(words: list[str], text: str) -> None:
    """The same matches as the trie after a check for the start of a word, at the start of the
    text too."""
    checked = re.compile(rf"(?<![\w-])(?:{any_of(words) if words else '(?!)'})")
    assert _matches(re.finditer(any_word_of(words), text)) == _matches(checked.finditer(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="AaBb -\n'’Cvande", max_size=30))
@example(text="A")
@example(text="aA-B A-b")
def test_named_organisations_start_where_the_plain_pattern_does(text: str) -> None:
    """The organisation-name pattern that puts its first capital before the word-start check
    finds what the plain pattern (the check first) finds."""
    plain = re.compile(
        rf"(?<![\w-]){organisations._CAPITAL}"
        rf"(?:(?:[ \t]+(?:van|voor|de|het|der))*[ \t]+{organisations._CAPITAL}){{0,6}}(?![\w-])"
    )
    assert _matches(organisations._NAMED.pattern.finditer(text)) == _matches(plain.finditer(text))


LINE_STARTS: dict[str, LineStart] = {
    "salutation": SALUTATION,
    "return address": RETURN_ADDRESS,
    "addressee": segments._ADDRESSEE,
    "signature": actors._SIGNATURE_LINE,
}


@pytest.mark.parametrize("name", sorted(LINE_STARTS))
def test_line_starts_find_what_the_pattern_finds_on_real_text(name: str) -> None:
    line_start = LINE_STARTS[name]
    for text in _texts():
        expected = _matches(line_start.pattern.finditer(text))
        assert _matches(line_start.finditer(text)) == expected
        found = line_start.search(text)
        assert _matches([found] if found else []) == expected[:1]


@pytest.mark.parametrize("name", sorted(LINE_STARTS))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_line_starts_find_what_the_pattern_finds(name: str, data: st.DataObject) -> None:
    """Lines the pattern matches (made by hypothesis from it) among line breaks, indents and
    words; searched whole and between any two places."""
    line_start = LINE_STARTS[name]
    pieces = st.one_of(
        st.from_regex(line_start.pattern, fullmatch=True),
        st.text(alphabet="\n \t>aAdeGR", max_size=4),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=6)))
    assert _matches(line_start.finditer(text)) == _matches(line_start.pattern.finditer(text))
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text)))
    searched = [line_start.search(text, pos, endpos)]
    expected = [line_start.pattern.search(text, pos, endpos)]
    assert _matches(filter(None, searched)) == _matches(filter(None, expected))
    line_starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
    matched = [start for start in line_starts if line_start.pattern.match(text, start)]
    assert line_start.starts(text) == matched


def test_a_line_start_inside_a_match_across_lines_starts_none() -> None:
    line_start = LineStart(r"a\s+a")
    text = "a\na\na"
    assert _matches(line_start.finditer(text)) == _matches(line_start.pattern.finditer(text))


HEADED = {"policies": policies._NAME, "organisations": organisations._NAMED}


def _holding_a_head(headed: Headed, text: str) -> list[re.Match[str]]:
    heads = re.compile("|".join(headed.heads))
    return [m for m in headed.pattern.finditer(text) if heads.search(m.group().casefold())]


@pytest.mark.parametrize("name", sorted(HEADED))
def test_headed_names_are_those_of_the_pattern_holding_a_head_on_real_text(name: str) -> None:
    headed = HEADED[name]
    for text in _texts():
        assert _matches(headed.finditer(text)) == _matches(_holding_a_head(headed, text))


@pytest.mark.parametrize("name", sorted(HEADED))
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_headed_names_are_those_of_the_pattern_holding_a_head(
    name: str, data: st.DataObject
) -> None:
    """Made of capitalised and lower-case heads, inside words or alone, joining words, and the
    characters that end a run of words or fold to several ("ß")."""
    headed = HEADED[name]
    words = st.one_of(
        st.sampled_from(headed.heads),
        st.sampled_from(headed.heads).map(str.capitalize),
        st.sampled_from(["Anti", "Nationaal", "VO", "en", "van", "de", "O", "Wet", "a", "ß"]),
        st.text(alphabet=" \n\t-'’.,()/:", min_size=1, max_size=3),
    )
    text = "".join(data.draw(st.lists(words, max_size=12)))
    assert _matches(headed.finditer(text)) == _matches(_holding_a_head(headed, text))


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="ab?é’", min_size=1, max_size=3), min_size=1, max_size=4),
    text=st.text(alphabet="ab?é’\U0001d400", max_size=16),
    for_one_letter=st.booleans(),
)
def test_the_automaton_finds_every_occurrence_in_characters(
    words: list[str], text: str, for_one_letter: bool
) -> None:
    """Words Latin-1 writes are sought in the text's Latin-1 bytes, others in the text itself:
    the same occurrences, at the same characters, either way, and whichever automaton."""
    expected = {
        (index, start, start + len(word))
        for index, word in enumerate(words)
        for start in range(len(text))
        if text.startswith(word, start)
    }
    assert set(scanning._Automaton(tuple(words), for_one_letter).find(text)) == expected


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=3), max_size=6),
    text=st.text(alphabet=_LETTERS + "\n\t\u00a0\U0001d400", max_size=16),
    between=st.sampled_from(["", r"[\s-]?"]),
    ignore_case=st.booleans(),
)
@example(words=["ab"], text="A - b a-B", between=r"[\s-]?", ignore_case=True)
@example(words=["İ."], text="i. İ.", between="", ignore_case=True)
@example(words=["-"], text="a - b", between="", ignore_case=False)
def test_spotted_finds_what_the_pattern_finds(
    words: list[str], text: str, between: str, ignore_case: bool
) -> None:
    """A gazetteer's words spotted by Aho-Corasick, then matched: the matches of finditer."""
    trie = any_of(words, between, ignore_case) if words else "(?!)"
    pattern = re.compile(rf"(?<![\w-])(?:{trie})(?!\w)")
    spotted = Spotted(pattern, words)
    with patch.object(scanning, "_SHORT", 0):  # spotted however short the text
        assert _matches(spotted.finditer(text)) == _matches(pattern.finditer(text))


@settings(max_examples=1000, deadline=None)
@given(
    names=st.lists(st.text(alphabet=_LETTERS, min_size=1, max_size=3), max_size=4),
    exact=st.lists(
        st.text(alphabet=_LETTERS, min_size=1, max_size=3).filter(
            lambda word: not scanning._GAP.match(word[0]) and not scanning._GAP.match(word[-1])
        ),
        max_size=3,
    ),
    text=st.text(alphabet=_LETTERS + "\n\t\u00a0İ\U0001d400", max_size=16),
)
@example(names=["ab"], exact=[], text="A - b a-B a  b")
@example(names=["sa"], exact=["Sa"], text="Sa s-a ſA")
@example(names=["a"], exact=["A-a"], text="A-a -a a-")
def test_spelled_finds_each_match_of_the_pattern_of_each_word(
    names: list[str], exact: list[str], text: str
) -> None:
    """Every (start, end) where a word's own pattern matches, overlapping ones too."""
    patterns = [
        *(
            any_of([key], r"[\s-]?", ignore_case=True)
            for key in map(scanning._spelling, names)
            if key
        ),
        *(any_of([word]) for word in exact),
    ]
    expected = {
        (start, m.end())
        for pattern in patterns
        for start in range(len(text))
        if (m := re.compile(rf"(?<![\w-])(?:{pattern})(?!\w)").match(text, start))
    }
    assert Spelled(names, exact).spans(text) == sorted(expected)


@settings(max_examples=500, deadline=None)
@given(
    words=st.lists(st.text(alphabet="aAb-é İ", min_size=1, max_size=4), min_size=1, max_size=4),
    text=st.text(alphabet="aAb-é İ\n_1", max_size=24),
)
@example(words=["a", "a b"], text="a b a-b ba")
def test_written_words_are_the_matches_of_their_pattern(words: list[str], text: str) -> None:
    pattern = re.compile(rf"{any_word_of(words)}(?!\w)")
    assert WrittenWords(words).spans(text) == [m.span() for m in pattern.finditer(text)]


def test_the_organisation_gazetteer_is_found_as_its_pattern_finds_it_on_real_text() -> None:
    names = gazetteer().organisations
    pattern = re.compile(rf"{any_word_of(names)}(?!\w)")
    for text in _texts():
        assert WrittenWords(names).spans(text) == [m.span() for m in pattern.finditer(text)]


def test_the_policy_gazetteer_spelled_finds_what_its_pattern_finds_on_real_text() -> None:
    """Each match of the policy gazetteer's pattern is among Spelled's, which are matches of it."""
    from kg.extract.policies import _gazetteer_names

    names = gazetteer().policies
    flexible = any_of({compact(n) for n in names if not is_acronym(n)}, r"[\s-]?", True)
    acronyms = any_of(filter(is_acronym, names))
    pattern = re.compile(rf"(?<![\w-])(?:{flexible}|{acronyms})(?!\w)")
    for text in _texts():
        spans = _gazetteer_names().spans(text)
        assert {m.span() for m in pattern.finditer(text)} <= set(spans)
        word = re.compile(r"\w")
        assert all(
            pattern.fullmatch(text, start, end) and not word.match(text, end)
            for start, end in spans
        )


@settings(max_examples=1000, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["A", "Ab", "aB", "b", " ", "\n", "-", "(", ")", "(AB)", "van", ".", "9"]),
        max_size=20,
    ).map("".join)
)
@example(text="Raad A (AB) Cd (CD)")
@example(text="xRaad (AB)")
def test_acronym_definitions_are_tried_before_their_bracket(text: str) -> None:
    """Tried before brackets only, the pattern of a name and its acronym finds what it finds
    everywhere."""
    found = organisations._definitions(text)
    assert _matches(found) == _matches(organisations._DEFINED.finditer(text))


def test_no_gap_lies_beyond_the_first_plane() -> None:
    """What Spotted may skip between letters (white space, hyphens) is all below U+10000."""
    beyond = "".join(map(chr, range(0x10000, 0x110000)))
    assert scanning._GAP.findall(beyond) == []


_CLASSES = (re.compile(r"[\r\x0c]"), re.compile("[\x00-\x08\x7f-\x9f]"), re.compile(r"\s"))


@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
@example(text="a\r")
@example(text="\x85 \U0001f600")
def test_classes_in_tells_which_classes_match_somewhere(text: str) -> None:
    """Bit i is set when classes[i] matches a character of the text; a character beyond U+FFFF
    sets every bit (the tables cover the first plane only)."""
    present = scanning.classes_in(text, _CLASSES)
    if any(ord(c) > 0xFFFF for c in text):
        assert present == 0b111
    else:
        assert present == sum(1 << i for i, c in enumerate(_CLASSES) if c.search(text))


def test_normalising_passes_whatever_character_a_fix_starts_with() -> None:
    """Each fix is made whether or not the other kinds of character are in the text."""
    for before, after in cleaning._CHARACTER_FIXES.items():
        assert cleaning.normalise_characters(Text.of(f"a{before}b")).value == f"a{after}b"
    assert cleaning.normalise_characters(Text.of("e\u0301\x07")).value == "é"
