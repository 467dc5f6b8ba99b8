"""Patterns tried only where they can match: near the words they cannot match without, or where
a gazetteer's names start.

Python's `re` tries a pattern at every position of a text, unless the pattern starts with a
literal or a set of letters: then it skips ahead at memory speed. Most extraction patterns start
with a word boundary, a lookbehind or a choice, and match a few times in a letter, so nearly all
their time goes into positions where they cannot match.

- `Anchored` names the literal anchors every match holds near its start, finds those and tries
  the pattern only in the few positions before each. The anchors of all Anchored patterns are
  found in a text in one Aho-Corasick pass, which the patterns tried on it next share.
- `Spotted` finds where any of a gazetteer's names starts (in any case, with or without spaces
  and hyphens) by Aho-Corasick, in one pass in Rust (ahocorasick-rs), and tries the pattern there.
  `Spelled` finds such names with no pattern at all: the names a letter defines for itself
  (policies) cost no `re` compilation.
  `WrittenWords` finds names as written (the organisations), also with no pattern.
- `Headed` finds the capitalised phrases that hold a head word ("...wet", "Programma",
  "...commissie") from where the few head words are, rather than trying each of the hundreds
  of capitalised phrases of a letter.
- `LineStart` tries a pattern that matches at the start of a line only after the line breaks,
  which `re` finds at memory speed.
- `any_of` writes a gazetteer's names as a trie, which `re` tries a character at a time;
  `any_word_of` puts each first letter before the check for the start of a word, so that `re`
  skips to those letters.

Each finds the same matches as `pattern.finditer` (Spelled: every match of the pattern of each
name; Headed: those that hold a head; tests/test_scanning.py, property tests). With
them extraction went from 80 to about 300 letters/s (a core, 10 KB synthetic letters:
docs/benchmarks.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import numpy as np
from ahocorasick_rs import AhoCorasick, BytesAhoCorasick, Implementation


@dataclass(frozen=True)
class Anchored:
    """`pattern` (which never matches the empty string), each of whose matches holds one of
    `anchors` starting at most `reach` characters after the match's start (None: anywhere in
    it; the pattern then scans the whole of a text that holds an anchor); with `ignore_case` the
    anchors are lower-case ASCII and found in any case, as the pattern's own case-insensitive
    parts match them. With `alone`, for a text no other pattern is asked about, the anchors
    are found by `re`'s search for a literal (at memory speed), not in the Aho-Corasick pass
    the other patterns share."""

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]
    reach: int | None
    ignore_case: bool = False
    alone: bool = False
    _anchor_set: frozenset[str] = field(init=False, repr=False, compare=False)
    _literals: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.ignore_case and not all(a.isascii() and a == a.lower() for a in self.anchors):
            raise ValueError(f"anchors found in any case are lower-case ASCII: {self}")
        if any(len(a.lower()) != len(a) for a in self.anchors):
            raise ValueError(f"an anchor lower() does not fold one character for one: {self}")
        if self.alone and self.ignore_case:
            raise ValueError(f"anchors found alone are found as written: {self}")
        object.__setattr__(self, "_anchor_set", frozenset(self.anchors))
        literals = tuple(re.compile(re.escape(a)) for a in self.anchors) if self.alone else ()
        object.__setattr__(self, "_literals", literals)
        if not self.alone:
            global _ANCHORS
            _ANCHORS = _ANCHORS | self._anchor_set

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(value)`, found near the anchors only. (Not a
        generator: most texts hold none of a pattern's anchors, and a text is asked about
        dozens of patterns.)"""
        if self.alone:
            found = self._found_alone(value)
        else:
            as_written, in_any_case = _anchors_in(value, _ANCHORS)
            if not self.ignore_case:
                found = as_written
            elif in_any_case is None:  # a text lower() does not fold one character for one
                return self.pattern.finditer(value)
            else:
                found = in_any_case
        present = self._anchor_set.intersection(found)
        if not present:
            return iter(())
        if self.reach is None:
            return self.pattern.finditer(value)
        reach = self.reach
        windows = sorted((max(0, f - reach), f) for anchor in present for f in found[anchor])
        return _tried_in(self.pattern, value, windows)

    def _found_alone(self, value: str) -> dict[str, list[int]]:
        """Where each anchor starts in `value` (overlapping occurrences too)."""
        found: dict[str, list[int]] = {}
        for anchor, literal in zip(self.anchors, self._literals, strict=True):
            m = literal.search(value)
            while m:
                found.setdefault(anchor, []).append(m.start())
                m = literal.search(value, m.start() + 1)
        return found


_ANCHORS: frozenset[str] = frozenset()  # the anchors of every Anchored pattern


_Starts = dict[str, list[int]]  # where each anchor found starts


@lru_cache(maxsize=16)  # each text is searched by many patterns, one after another
def _anchors_in(value: str, anchors: frozenset[str]) -> tuple[_Starts, _Starts | None]:
    """Where each of `anchors` starts in `value` as written, and where each lower-cased one
    starts in it in any case (None when lower() does not fold it one character for one).
    Found in one pass for all the patterns, over the text lower-cased; an anchor as written
    is where the text holds it so."""
    folded = _folded(value)
    if folded is None:
        return _starts_of(anchors, value, lowered=False), None
    in_any_case = _starts_of(anchors, folded, lowered=True)
    as_written: _Starts = {}
    written = _written(anchors)
    for lowered, starts in in_any_case.items():
        for anchor in written[lowered]:
            if found := [s for s in starts if value.startswith(anchor, s)]:
                as_written[anchor] = found
    return as_written, in_any_case


@lru_cache(maxsize=1)
def _written(anchors: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The anchors as written, by their lower-cased form."""
    written: dict[str, tuple[str, ...]] = {}
    for anchor in sorted(anchors):
        written[anchor.lower()] = (*written.get(anchor.lower(), ()), anchor)
    return written


def _starts_of(anchors: frozenset[str], haystack: str, lowered: bool) -> _Starts:
    """Where each of `anchors` (lower-cased) starts in `haystack`, overlapping ones too."""
    words, automaton = _anchor_automaton(anchors, lowered)
    found: _Starts = {}
    for index, start, _ in automaton.find(haystack):
        found.setdefault(words[index], []).append(start)
    return found


@lru_cache(maxsize=2)
def _anchor_automaton(anchors: frozenset[str], lowered: bool) -> tuple[tuple[str, ...], _Automaton]:
    words = tuple(sorted({a.lower() for a in anchors} if lowered else anchors))
    return words, _Automaton(words)


class _Automaton:
    """Aho-Corasick over `words` (not empty): every occurrence in a text, overlapping ones too,
    as (index in `words`, start, end) in characters; with `for_one_letter` (built for the names
    of one letter), quicker to build and a little slower to search. Words Latin-1 writes (with
    no "?") are sought in the text's Latin-1 bytes, one a character ("?" for those it cannot
    write): that spares turning UTF-8 offsets into characters, which takes as long as the
    search."""

    def __init__(self, words: tuple[str, ...], for_one_letter: bool = False) -> None:
        latin = [w.encode("latin-1", "replace") for w in words]
        self._bytes: BytesAhoCorasick | None = None
        self._text: AhoCorasick | None = None
        # (a DFA searches fastest, and takes three times as long to build as this NFA)
        kind = Implementation.ContiguousNFA if for_one_letter else Implementation.DFA
        if all(b"?" not in w for w in latin):
            self._bytes = BytesAhoCorasick(latin, implementation=kind)
        else:
            self._text = AhoCorasick(list(words), implementation=kind)

    def find(self, haystack: str) -> list[tuple[int, int, int]]:
        if self._bytes is not None:
            latin = haystack.encode("latin-1", "replace")
            return self._bytes.find_matches_as_indexes(latin, overlapping=True)
        assert self._text is not None
        return self._text.find_matches_as_indexes(haystack, overlapping=True)


class Spotted:
    """`pattern` (which never matches the empty string), each of whose matches is one of `words`
    in any case, with white space or hyphens between its letters or not, tried only where one
    starts. Those places are found by Aho-Corasick in the text lower-cased and without white space
    and hyphens: a gazetteer of hundreds of names is spotted in one pass in Rust, where `re` tries
    its trie at every position. The matches are those of `pattern.finditer`."""

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        keys = set(map(_spelling, words))
        self._spotted = bool(keys) and all(keys)  # (a word of white space alone is not spotted)
        self._automaton = _Automaton(tuple(sorted(keys))) if self._spotted else None

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(value)`, found where a word starts."""
        folded = _folded(value) if len(value) >= _SHORT else None
        if folded is None or self._automaton is None:
            yield from self.pattern.finditer(value)
            return
        kept, reduced = _without_gaps(value)  # (made of `folded`, as it is not None)
        matches = self._automaton.find(reduced)
        firsts = sorted({start for _, start, _ in matches})
        # A match starts at a word's first letter, or in the gap before it.
        windows = ((int(kept[f - 1]) + 1 if f else 0, int(kept[f])) for f in firsts)
        yield from _tried_in(self.pattern, value, windows)


class Spelled:
    """Every place where one of `names` is written as a word, in any case, with one white-space
    character or hyphen or none between any two of its characters (those in the names are
    ignored), or one of `exact` (words that start and end with neither) is written as it is: the
    matches of

        (?<![\\w-])(?:{any_of(names, r"[\\s-]?", ignore_case=True)}|{any_of(exact)})(?!\\w)

    at every position, overlapping ones too (longest first decides between them later). Found
    as `Spotted` finds where they start, with no pattern to compile: for the names of one letter
    that takes `re` a millisecond or two; this automaton, microseconds. With `for_one_letter`,
    its automaton is quicker to build and a little slower to search."""

    def __init__(
        self, names: Iterable[str], exact: Iterable[str] = (), for_one_letter: bool = False
    ) -> None:
        self._exact = frozenset(exact)
        self._names = {key for key in map(_spelling, names) if key}
        keys = self._names | {key for key in map(_spelling, self._exact) if key}
        self._keys = tuple(sorted(keys))
        self._automaton = _Automaton(self._keys, for_one_letter) if keys else None

    def spans(self, value: str) -> list[tuple[int, int]]:
        """(start, end) of every match, in order."""
        if self._automaton is None:
            return []
        kept, reduced = _without_gaps(value)
        found = set()
        for index, first, last in self._automaton.find(reduced):
            start, end = int(kept[first]), int(kept[last - 1]) + 1
            if not stands_as_word(value, start, end):
                continue
            if value[start:end] in self._exact or (
                self._keys[index] in self._names and not _TWO_GAPS.search(value, start, end)
            ):  # (a name's letters at most one gap apart)
                found.add((start, end))
        return sorted(found)


class WrittenWords:
    """Where any of `words` (not empty) is written as it is and as a word: not after a letter,
    digit or hyphen, nor before a letter or digit; from left to right, the longest where several
    start, none inside another. The matches of

        {any_word_of(words)}(?!\\w)

    found in one Aho-Corasick pass, where `re` tries its trie at every capital of a text."""

    def __init__(self, words: Iterable[str]) -> None:
        self._automaton = _Automaton(tuple(sorted(set(words))))

    def spans(self, value: str) -> list[tuple[int, int]]:
        """(start, end) of every match, in order."""
        found = sorted(
            (start, -end)  # (the longest first where several start)
            for _, start, end in self._automaton.find(value)
            if stands_as_word(value, start, end)
        )
        spans: list[tuple[int, int]] = []
        for start, end in found:
            if not spans or start >= spans[-1][1]:
                spans.append((start, -end))
        return spans


class Headed:
    """`pattern` asked only for the matches that hold one of `heads` (lower-case words) in any
    case: the matches of `pattern.finditer(value)` whose text, casefolded, holds a head.

    Made for capitalised names built on a head word ("Nationaal Programma Armoede", "Landelijke
    Geschillencommissie"): a letter holds hundreds of capitalised phrases and a few head words.
    `pattern` must match only `word` characters (a class such as "[\\w-]") and white space, and
    each head in a match must lie in a word of it that starts with a capital letter. The heads
    are found by Aho-Corasick; one written with no capital before it in its word is in no match;
    around each other one the pattern is tried from the start of the run of word characters and
    white space it stands in, where no match can reach across, as finditer would go on there."""

    def __init__(self, pattern: re.Pattern[str], heads: Iterable[str], word: str) -> None:
        self.pattern = pattern
        self.heads = tuple(sorted(set(heads)))
        self._automaton = _Automaton(self.heads)
        self._any_head = re.compile("|".join(map(re.escape, self.heads)))
        self._word_before = re.compile(f"{word}*")  # (matched in the text read backwards)
        self._phrase_before = re.compile(rf"(?:{word}|\s)*")

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(value)` that hold a head."""
        folded = _casefolded(value)
        if len(folded) != len(value):  # a character folds to several: no place maps to one
            yield from (
                m
                for m in self.pattern.finditer(value)
                if self._any_head.search(m.group().casefold())
            )
            return
        heads = self._automaton.find(folded)
        backwards = value[::-1] if heads else ""
        tried = 0  # every match starting before it was seen
        for _, start, _ in sorted(heads, key=lambda head: head[1]):
            before = len(value) - start
            if (
                start < tried
                or value[start - _run(self._word_before, backwards, before) : start + 1].islower()
            ):
                continue
            for m in self.pattern.finditer(
                value, max(tried, start - _run(self._phrase_before, backwards, before))
            ):
                if m.start() > start:
                    tried = m.start()
                    break
                if self._any_head.search(folded, m.start(), m.end()):
                    yield m
            else:
                tried = len(value) + 1


class LineStart:
    """`^(?:{body})` with re.M: a pattern (which never matches the empty string) that matches at
    the start of a line only. `re` tries such a pattern at every character; this one finds the
    line breaks at memory speed and tries it after those that it follows."""

    def __init__(self, body: str, flags: int = 0) -> None:
        self.pattern = re.compile(f"^(?:{body})", flags | re.M)
        self._after_break = re.compile(f"\\n(?=(?:{body}))", flags | re.M)

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(value)`."""
        end = 0
        for start in self._starts(value, 0, len(value)):
            if start >= end and (m := self.pattern.match(value, start)):
                yield m
                end = m.end()

    def search(self, value: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(value, pos, endpos)`."""
        endpos = len(value) if endpos is None else endpos
        for start in self._starts(value, pos, endpos):
            if m := self.pattern.match(value, start, endpos):
                return m
        return None

    def starts(self, value: str) -> list[int]:
        """Where the lines start that the pattern matches at (however its matches overlap)."""
        # (the first line may not match: the others found after a break do)
        return [s for s in self._starts(value, 0, len(value)) if s or self.pattern.match(value)]

    def _starts(self, value: str, pos: int, endpos: int) -> Iterator[int]:
        """The starts of the lines in value[pos:endpos] where the pattern may match."""
        if pos == 0 or value[pos - 1 : pos] == "\n":
            yield pos
        for m in self._after_break.finditer(value, pos, endpos):
            yield m.end()


def _run(pattern: re.Pattern[str], backwards: str, position: int) -> int:
    """The length of the run of `pattern` read backwards from `position` of a reversed text."""
    m = pattern.match(backwards, position)
    return m.end() - position if m else 0


@lru_cache(maxsize=16)  # (policies and organisations are sought in the same texts)
def _casefolded(value: str) -> str:
    return value.casefold()


@lru_cache(maxsize=16)  # (the texts of a letter are searched for several sets of names)
def _without_gaps(value: str) -> tuple[np.ndarray[Any, np.dtype[np.intp]], str]:
    """The places of the characters of `value` that are no gap (`_GAP`), and those characters
    folded (lower case)."""
    folded = _folded(value) or "".join(map(_folded_letter, value))
    encoded = folded.encode("utf-16-le")
    if len(encoded) == 2 * len(folded):  # (no character beyond U+FFFF: one code unit each)
        codes, encoding, plane = np.frombuffer(encoded, dtype="<u2"), "utf-16-le", None
    else:
        codes, encoding = np.frombuffer(folded.encode("utf-32-le"), dtype="<u4"), "utf-32-le"
        plane = np.minimum(codes, _PLANE - 1)
    kept = np.flatnonzero(_is_kept().take(codes if plane is None else plane))
    return kept, codes.take(kept).tobytes().decode(encoding)


_WORD = re.compile(r"\w")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def stands_as_word(value: str, start: int, end: int) -> bool:
    """Whether value[start:end] stands as a word: not after a letter, digit or hyphen, nor before
    a letter or digit."""
    return not ((start and _WORD_OR_HYPHEN.match(value, start - 1)) or _WORD.match(value, end))


def _spelling(word: str) -> str:
    """What `Spotted` and `Spelled` look for: a word's letters folded, without white space or
    hyphens."""
    return _GAP.sub("", "".join(map(_folded_letter, word)))


def _tried_in(
    pattern: re.Pattern[str], value: str, windows: Iterable[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(value)` when every match starts in one of `windows`
    (first, last start; sorted): the pattern is tried in those positions only, as finditer
    would, from left to right and never inside an earlier match."""
    tried = 0  # every start before it was tried, or lies inside a match
    for first, last in windows:
        start = max(first, tried)
        while start <= last:
            if m := pattern.match(value, start):
                yield m
                start = max(m.end(), start + 1)
            else:
                start += 1
        tried = max(tried, start)


_GAP = re.compile(r"[\s-]")  # what may come between the letters of a spotted word
_TWO_GAPS = re.compile(f"{_GAP.pattern}{{2}}")
_SHORT = 500  # characters: shorter texts (a footnote) are scanned by `re` in less time


@cache
def _is_kept() -> np.ndarray[Any, np.dtype[np.bool_]]:
    """For each code point up to U+FFFF, whether `_GAP` does not match it; it matches none
    beyond (white space is all in that plane: tests/test_scanning.py), so higher code points
    are looked up as U+FFFF, which is kept."""
    return ~_plane_table((_GAP,)).astype(np.bool_)


def classes_in(value: str, classes: tuple[re.Pattern[str], ...]) -> int:
    """A bit for each of `classes` (up to 8 patterns of one character, such as "[\\r\\x0c]") that
    matches some character of `value`: bit i for classes[i]. One pass over the characters in C,
    where `re` would take one for each class (about 5 ns a character each). A text with a
    character beyond U+FFFF has every bit set."""
    codes = np.frombuffer(value.encode("utf-32-le"), dtype="<u4")
    if not len(codes):
        return 0
    if codes.max() >= _PLANE:
        return (1 << len(classes)) - 1
    return int(np.bitwise_or.reduce(_plane_table(classes)[codes]))


@lru_cache(maxsize=8)
def _plane_table(classes: tuple[re.Pattern[str], ...]) -> np.ndarray[Any, np.dtype[np.uint8]]:
    """For each code point up to U+FFFF, bit i set when classes[i] matches it."""
    if len(classes) > 8:
        raise ValueError(f"at most 8 classes: {classes}")
    table = np.zeros(_PLANE, dtype=np.uint8)
    plane = "".join(map(chr, range(_PLANE)))
    for bit, pattern in enumerate(classes):
        table[[m.start() for m in pattern.finditer(plane)]] |= 1 << bit
    return table


_PLANE = 0x10000


# The letters `re` matches case-insensitively with an ASCII letter that lower() does not turn
# into it: the dotless i and the long s (tests/test_scanning.py checks there are no others).
ODD_LETTERS = {"ı": "i", "ſ": "s"}


@lru_cache(maxsize=16)  # (asked for by pattern after pattern on the same text)
def _folded(value: str) -> str | None:
    """`value` in lower case, position for position, or None when that cannot be made: a
    character lower() makes two of, or one of the ODD_LETTERS."""
    folded = value.lower()
    if len(folded) != len(value) or any(letter in value for letter in ODD_LETTERS):
        return None
    return folded


def any_of(words: Iterable[str], between: str = "", ignore_case: bool = False) -> str:
    """A pattern matching any of `words` (not empty), trying longer words first: the same as the
    escaped words joined by "|", longest first, but written as a trie, so that `re` tries it a
    character at a time rather than a word at a time (a gazetteer's names: 0.9 ms a letter as a
    list). `between` is a pattern allowed between any two characters of a word. Words nested in
    one another too deeply for a trie (each one that ends inside another is a group) are joined
    by "|" as they are."""
    words = list(words)
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(_folded_letter(character) if ignore_case else character, {})
        node[_END] = {}
    if _nesting(trie) <= _MOST_NESTED:
        choice = _choice(trie, between)
    else:
        longest_first = sorted(words, key=len, reverse=True)
        choice = f"(?:{'|'.join(between.join(map(re.escape, w)) for w in longest_first)})"
    return f"(?i:{choice})" if ignore_case else choice


def any_word_of(words: Iterable[str]) -> str:
    """`(?<![\\w-])(?:{any_of(words)})`: any of `words` (not empty, case-sensitive) where a word
    starts. Each first letter is a choice of its own, the check that no letter or hyphen comes
    before it follows the letter: `re` then skips at memory speed to the first letters of the
    words instead of trying the check at every position."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, ends in sorted(rests.items()):
        longer = [end for end in ends if end]
        rest = any_of(longer) if longer else ""
        if longer and len(longer) < len(ends):
            rest = f"(?:{rest})?"  # the longer words first, the letter alone if they fail
        branches.append(rf"{re.escape(first)}(?<![\w-][\s\S]){rest}")
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"


_MOST_NESTED = 100  # groups in groups: far below what `re` and Python's recursion allow


_END = ""  # the key marking the end of a word in a trie


def _folded_letter(character: str) -> str:
    """One character for all those `re` matches with `character` when ignoring case, for Latin
    letters ("İ" lowers to "i" and a dot: `re` takes the "i"). (Greek letters `re` folds beyond
    lower(), such as the final sigma, are not merged; no name here has one.)"""
    folded = character.lower()[0]
    return ODD_LETTERS.get(folded, folded)


def _choice(node: dict[str, Any], between: str) -> str:
    branches = []
    for character, child in sorted(node.items()):
        if character == _END:
            continue
        run = [re.escape(character)]
        while len(child) == 1 and _END not in child:  # one way on: no choice, no word ends
            ((character, child),) = child.items()
            run.append(re.escape(character))
        rest = between + _choice(child, between) if set(child) - {_END} else ""
        if rest and _END in child:
            rest = f"(?:{rest})?"  # the longer word first, the shorter if it fails
        branches.append(between.join(run) + rest)
    if len(branches) == 1:
        return branches[0]
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"  # (no words: never matches)


def _nesting(trie: dict[str, Any]) -> int:
    """How deep the groups of the trie's pattern nest: one level for each choice or word end
    on the way down (what `_choice` recurses on)."""
    deepest, stack = 0, [(trie, 0)]
    while stack:
        node, depth = stack.pop()
        depth += len(node) > 1
        deepest = max(deepest, depth)
        stack.extend((child, depth) for key, child in node.items() if key != _END)
    return deepest
