"""Text cleaning: undo what PDF extraction does to a letter, keeping every offset traceable.

A `Text` is a string plus, for each character, its offset in the decoded source. Every cleaning
step is an edit of a `Text`, so a span found in cleaned text still points at the source.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.lexicon import LEXICON
from kg.records import Footnote, Span
from kg.scanning import Anchored, classes_in

Edit = tuple[int, int, str]  # replace value[start:end] with the string


@dataclass(frozen=True, eq=False)
class Text:
    """A string and, for each of its characters, the offset it came from in the source."""

    value: str
    origin: array  # type: ignore[type-arg]  # len(value) + 1 offsets; the last one marks the end

    @classmethod
    def of(cls, value: str) -> Text:
        return cls(value, _count_to(len(value) + 1))

    def __len__(self) -> int:
        return len(self.value)

    def span(self, start: int, end: int) -> Span:
        """The source span of the characters [start, end)."""
        if end <= start:
            return Span(self.origin[start], self.origin[start])
        return Span(self.origin[start], self.origin[end - 1] + 1)

    def slice(self, start: int, end: int) -> Text:
        return Text(self.value[start:end], self.origin[start : end + 1])

    def edit(self, edits: Iterable[Edit]) -> Text:
        """Apply non-overlapping edits. A replacement of the same length keeps each character's
        offset; any other takes the offset of the start of what it replaces."""
        edits = sorted(edits)
        if not edits:
            return self
        parts: list[str] = []
        origin: array = array("q")  # type: ignore[type-arg]
        position = 0
        for start, end, replacement in edits:
            if start < position:
                raise ValueError(f"overlapping edit at {start}")
            parts.append(self.value[position:start])
            origin.extend(self.origin[position:start])
            parts.append(replacement)
            if len(replacement) == end - start:
                origin.extend(self.origin[start:end])
            else:
                origin.extend([self.origin[start]] * len(replacement))
            position = end
        parts.append(self.value[position:])
        origin.extend(self.origin[position:])
        return Text("".join(parts), origin)

    def lines(self, start: int = 0) -> Iterator[tuple[int, int]]:
        """(start, end) of every line from `start`, without its newline."""
        value = self.value
        while start <= len(value):
            end = value.find("\n", start)
            if end < 0:
                end = len(value)
            yield start, end
            start = end + 1


_COUNTING = array("q", range(1 << 16))


def _count_to(end: int) -> array:  # type: ignore[type-arg]
    """0, 1, ..., end - 1: a slice of one array (a copy at memory speed, where making an array
    from a range takes 0.5 ms for a 10 KB letter); it grows to 8 MB at most."""
    if len(_COUNTING) < end <= 1 << 20:
        _COUNTING.extend(range(len(_COUNTING), 1 << 20))
    return _COUNTING[:end] if end <= len(_COUNTING) else array("q", range(end))


# --- characters -------------------------------------------------------------------------------

_CHARACTER_FIXES = {
    "\r\n": "\n",
    "\r": "\n",
    "\x0c": "\n\n",  # form feed: the page break of pdftotext output
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u00ad": "",  # soft hyphen
    "\u200b": "",  # zero-width space
    "\ufeff": "",  # byte-order mark
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
}
# Control characters (but tab and line ends) and non-characters carry no text: they are dropped.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_CHARACTERS = re.compile("|".join(map(re.escape, sorted(_CHARACTER_FIXES, key=len, reverse=True))))
_FIXED_FIRST = re.compile(f"[{''.join(sorted({re.escape(fix[0]) for fix in _CHARACTER_FIXES}))}]")
_DECOMPOSED = re.compile(r"\w[\u0300-\u036f]+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_NORMALISED = (_FIXED_FIRST, _CONTROL, _COMBINING)  # what each pass needs (most texts: none)


def normalise_characters(text: Text) -> Text:
    """Line ends, odd spaces, soft hyphens, ligatures, control characters and decomposed accents
    ("e\u0301" -> "é")."""
    present = classes_in(text.value, _NORMALISED)
    edits = []
    if present & 1:
        edits += [
            (m.start(), m.end(), _CHARACTER_FIXES[m.group()])
            for m in _CHARACTERS.finditer(text.value)
        ]
    if present & 2:
        edits += [(m.start(), m.end(), "") for m in _CONTROL.finditer(text.value)]
    if edits:
        text = text.edit(edits)
    if not present & 4:
        return text
    composed = [
        (m.start(), m.end(), unicodedata.normalize("NFC", m.group()))
        for m in _DECOMPOSED.finditer(text.value)
    ]
    return text.edit(composed)


# --- hyphenation ------------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:-\w+)*")
_WORD_CHARACTER = re.compile(r"\w")
_WORD_RUN = re.compile(r"\w+")
_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\n")  # (found fast: a literal first)
# What follows the first part of a word broken over two lines: the hyphen, the rest of the word,
# the rest of that line's token, and a space after it.
_REST_OF_BROKEN_WORD = re.compile(r"-[ \t]*\n[ \t]*([^\W\d_]\w*)(\S*)([ \t]?)")


def dehyphenate(text: Text) -> Text:
    """Join words split across lines: "Werkgele-\\ngenheid" -> "Werkgelegenheid".

    A hyphen stays when the word is written with it elsewhere in the text ("cao-dekkingsgraad"),
    after a number or a short acronym ("EU-", "2030-") and before a capital ("Anti-Armoede").
    The completed word stays on the first line, so the line structure is kept.
    """
    value = text.value
    broken = list(_broken_words(value))
    if not broken:
        return text
    words = _Words(value)
    edits: list[Edit] = []
    for start, m in broken:
        left, right = value[start : m.start()], m.group(1)
        hyphen = m.start()
        if _token_before(value, hyphen).lstrip("(<").startswith(("http", "www.")):
            continue  # a hyphen at the end of a line inside a URL is part of it
        if _keeps_hyphen(left, right, words):
            edits.append((hyphen + 1, m.start(1), ""))
        else:
            edits.append((hyphen, m.start(1), ""))
        if m.group(3):  # the rest of the line moves to a line of its own
            edits.append((m.end(2), m.end(3), "\n"))
    return text.edit(edits)


def _broken_words(value: str) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, rest) of each word broken over two lines, its first part value[start:rest.start()]:
    the matches of `\\b(\\w+)-[ \\t]*\\n[ \\t]*([^\\W\\d_]\\w*)(\\S*)([ \\t]?)`, found from the
    hyphens at line ends (a literal first, found at memory speed, where `re` would try that
    pattern at every word)."""
    end = 0  # (matches never overlap; one never ends inside a word)
    backwards = ""  # the text read backwards, where the first part of a word is found
    for hyphen in _HYPHEN_AT_LINE_END.finditer(value):
        position = hyphen.start()
        backwards = backwards or value[::-1]
        run = _WORD_RUN.match(backwards, len(value) - position)
        start = max(end, position - (run.end() - run.start() if run else 0))
        if start < position and (m := _REST_OF_BROKEN_WORD.match(value, position)):
            yield start, m
            end = m.end()


def _token_before(value: str, position: int) -> str:
    """The last of the white-space separated tokens of the 500 characters before `position`."""
    start, floor = position, max(0, position - 500)
    while start > floor and not value[start - 1].isspace():
        start -= 1
    return value[start:position]


class _Words:
    """Whether a word (case folded) is one of the words of a text, as `_WORD` finds them: sought
    in the text case folded (a few words in a long text: faster than making the set of all)."""

    def __init__(self, value: str) -> None:
        folded = value.casefold()
        # (when folding changes the length, a character folds to several: the words as found)
        self._all = (
            {w.casefold() for w in _WORD.findall(value)} if len(folded) != len(value) else None
        )
        self._folded = folded

    def __contains__(self, word: str) -> bool:
        if self._all is not None:
            return word in self._all
        folded = self._folded
        start = folded.find(word)
        while start >= 0:
            m = _WORD.match(folded, start)
            if m and m.end() == start + len(word) and _starts_a_word(folded, start):
                return True
            start = folded.find(word, start + 1)
        return False


def _starts_a_word(value: str, start: int) -> bool:
    """Whether a word `_WORD` finds starts at `start`: none goes on through it from before."""
    if start and _WORD_CHARACTER.match(value, start - 1):
        return False
    return not (start >= 2 and value[start - 1] == "-" and _WORD_CHARACTER.match(value, start - 2))


_BROKEN_URL = Anchored(
    re.compile(
        r"(?:https?://|www\.)\S{0,1000}?(?:(?P<mark>[-/_=?&.])|\S)[ \t]*\n[ \t]*"
        r"(?(mark)(?=\S)|(?=/|[\w.-]*[%/?=&]))"
    ),
    ("http", "www."),
    0,
    alone=True,  # (cleaning asks this text about nothing else)
)


def join_broken_urls(text: Text) -> Text:
    """Join a URL broken over two lines: when the line ends on "-", "/", "_", "=", "?", "&" or ".",
    or the next line goes on with URL characters ("/01/samen-...", "eiking%20MR%20...")."""
    edits = []
    for m in _BROKEN_URL.finditer(text.value):
        start = text.value.rfind("\n", m.start(), m.end())
        while start > m.start() and text.value[start - 1] in " \t":
            start -= 1
        edits.append((start, m.end(), ""))
    return text.edit(edits)


def _keeps_hyphen(left: str, right: str, words: _Words) -> bool:
    joined, hyphened = (left + right).casefold(), f"{left}-{right}".casefold()
    if joined in words:
        return False
    if hyphened in words:
        return True
    if any(c.isdigit() for c in left) or (left.isupper() and len(left) <= 5):
        return True
    return right[0].isupper() and not left.isupper()


# --- running headers --------------------------------------------------------------------------

_HEADER_LABEL = re.compile(
    r"[ \t]*(?:" + "|".join(map(re.escape, LEXICON.running_header_labels)) + r")[ \t]*", re.I
)
PAGE_NUMBER = re.compile(r"[ \t]*(?:Pagina|Blad)[ \t]+\d+(?:[ \t]+van[ \t]+\d+)?[ \t]*", re.I)
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def remove_running_headers(text: Text, body_start: int) -> Text:
    """Drop page headers repeated inside the body ("Datum / 26 mei 2026 / Onze referentie / ...").

    Only blocks after `body_start` count: the same labels in the letterhead are real fields. A
    paragraph cut by a header is joined again when it goes on in lower case.
    """
    lines = list(text.lines(body_start))
    value = text.value
    removals: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = _header_block_end(value, lines, i)
        if end is None:
            i += 1
            continue
        removals.append((i, end))
        i = end + 1
    return text.edit(_cut_lines(value, lines, removals))


def _header_block_end(value: str, lines: list[tuple[int, int]], i: int) -> int | None:
    """Index of the last line of a header block starting at line i, if one starts there."""
    last = None
    while i < len(lines):
        line = value[slice(*lines[i])]
        if PAGE_NUMBER.fullmatch(line):
            last = i
        elif _HEADER_LABEL.fullmatch(line):
            j = _next_content(value, lines, i + 1)
            if j is None or len(value[slice(*lines[j])].strip()) > 60:
                return last
            last = i = j
        else:
            return last
        nxt = _next_content(value, lines, i + 1)
        if nxt is None:
            return last
        i = nxt
    return last


def _next_content(value: str, lines: list[tuple[int, int]], i: int) -> int | None:
    while i < len(lines):
        if value[slice(*lines[i])].strip():
            return i
        i += 1
    return None


def _cut_lines(
    value: str, lines: list[tuple[int, int]], blocks: list[tuple[int, int]]
) -> list[Edit]:
    """Edits removing whole-line blocks, joining the paragraph around a block where it goes on."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(blocks):
        if merged and first <= (_next_content(value, lines, merged[-1][1] + 1) or len(lines)):
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    edits: list[Edit] = []
    for first, last in merged:
        before = first - 1
        while before >= 0 and not value[slice(*lines[before])].strip():
            before -= 1
        after = _next_content(value, lines, last + 1)
        start = lines[before][1] if before >= 0 else lines[first][0]
        previous = value[slice(*lines[before])] if before >= 0 else ""
        following = value[slice(*lines[after])] if after is not None else ""
        end = lines[after][1] - len(following.lstrip()) if after is not None else lines[last][1]
        following = following.lstrip()
        joins = previous and following[:1].islower() and not _SENTENCE_END.search(previous)
        edits.append((start, end, " " if joins else "\n\n"))
    return edits


# --- footnotes --------------------------------------------------------------------------------

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_FOOTNOTE_LINE = re.compile(rf"(\d{{1,3}}|[{_SUPERSCRIPTS}]{{1,3}})[ \t]+(\S.*)")


def split_footnotes(text: Text) -> tuple[Text, tuple[tuple[Footnote, Text], ...]]:
    """Separate footnotes from the body and remove their markers from it.

    A footnote is a line "1 Kamerstukken II, ..." or "¹ Hiermee ..." after a blank line (or after
    another footnote) whose number is higher than the last one and has a marker earlier in the
    body: "voorstel.1", "Minimumlonen5", "wetsvoorstel¹". It runs on over lines that do not
    start a new page (a leading space) until a blank line or the next footnote.
    """
    value = text.value
    lines = list(text.lines())
    found: list[tuple[int, int, int, int]] = []  # number, first line, last line, marker offset
    last_number, search_from, i = 0, 0, 0
    while i < len(lines):
        start, end = lines[i]
        m = _FOOTNOTE_LINE.fullmatch(value, start, end)
        after_break = (
            i == 0 or not value[slice(*lines[i - 1])].strip() or (found and found[-1][2] == i - 1)
        )
        if m and after_break:
            number = int(m.group(1).translate(_FROM_SUPERSCRIPT))
            marker = (
                _find_marker(value, m.group(1), search_from, start)
                if number > last_number
                else None
            )
            if marker is not None:
                last = i
                while last + 1 < len(lines):
                    nxt = value[slice(*lines[last + 1])]
                    if not nxt.strip() or nxt[:1].isspace() or _FOOTNOTE_LINE.fullmatch(nxt):
                        break
                    last += 1
                found.append((number, i, last, marker))
                last_number, search_from, i = number, marker + 1, last + 1
                continue
        i += 1
    footnotes = []
    for number, first, last, _ in found:
        body_start = _FOOTNOTE_LINE.fullmatch(value, *lines[first]).start(2)  # type: ignore[union-attr]
        note = text.slice(body_start, lines[last][1])
        note = note.edit(
            (m.start(), m.end(), " ") for m in re.finditer(r"[ \t]*\n[ \t]*", note.value)
        )
        footnotes.append((Footnote(number, note.value, note.span(0, len(note))), note))
    markers = [(marker, marker + _marker_length(value, marker), "") for _, _, _, marker in found]
    body = text.edit(
        [*markers, *_cut_lines(value, lines, [(first, last) for _, first, last, _ in found])]
    )
    return body, tuple(footnotes)


def _find_marker(value: str, number: str, start: int, end: int) -> int | None:
    """Offset of the last footnote marker `number` in value[start:end], glued to a word or sign."""
    # (the number first and what must come before it in a lookbehind after it, so that `re`
    # jumps from one occurrence of the number to the next)
    number = re.escape(number)
    if number[0] in _SUPERSCRIPTS:
        pattern = re.compile(rf"{number}(?<![{_SUPERSCRIPTS}]{number})(?![{_SUPERSCRIPTS}])")
    else:
        pattern = re.compile(rf"{number}(?<=[^\W\d_]{number}|[.,;:)\]»”'\"]{number})(?!\d)")
    matches = list(pattern.finditer(value, start, end))
    return matches[-1].start() if matches else None


def _marker_length(value: str, start: int) -> int:
    end = start
    while end < len(value) and (value[end].isdigit() or value[end] in _SUPERSCRIPTS):
        end += 1
    return end - start


def clean(text: Text) -> Text:
    """The cleaning every input gets before segmentation: characters, hyphenation, URLs."""
    return join_broken_urls(dehyphenate(normalise_characters(text)))
