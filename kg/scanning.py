"""Patterns tried only near the words they cannot match without.

Python's `re` tries a pattern at every position of a text, unless the pattern starts with a
literal: then it jumps from one occurrence of the literal to the next at memory speed. Most
extraction patterns start with a word boundary, a lookbehind or a choice, and match a few times in
a letter, so nearly all their time goes into positions where they cannot match. An `Anchored`
pattern names the literal anchors every match holds near its start, finds those with `str.find`
and tries the pattern only in the few positions before each: the same matches as
`pattern.finditer` (tests/test_scanning.py), five to fifty times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Anchored:
    """`pattern`, each of whose matches holds one of `anchors` starting at most `reach`
    characters after the match's start; with `ignore_case` the anchors are lower case and
    found in any case, as the pattern's own case-insensitive parts match them."""

    pattern: re.Pattern[str]
    anchors: tuple[str, ...]
    reach: int
    ignore_case: bool = False

    def finditer(self, value: str) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(value)`, found near the anchors only."""
        haystack = _folded(value) if self.ignore_case else value
        if haystack is None:  # a text lower() does not fold one character for one
            yield from self.pattern.finditer(value)
            return
        windows = []
        for anchor in self.anchors:
            found = haystack.find(anchor)
            while found >= 0:
                windows.append((max(0, found - self.reach), found))
                found = haystack.find(anchor, found + 1)
        tried = 0  # every start before it was tried, or lies inside a match
        for first, last in sorted(windows):
            start = max(first, tried)
            while start <= last:
                if m := self.pattern.match(value, start):
                    yield m
                    start = max(m.end(), start + 1)
                else:
                    start += 1
            tried = max(tried, start)


# The letters `re` matches case-insensitively with an ASCII letter that lower() does not turn
# into it: the dotless i and the long s (tests/test_scanning.py checks the list is whole).
ODD_LETTERS = "ıſ"


def _folded(value: str) -> str | None:
    """`value` in lower case, position for position, or None when that cannot be made: a
    character lower() makes two of, or one of the ODD_LETTERS."""
    folded = value.lower()
    if len(folded) != len(value) or any(letter in value for letter in ODD_LETTERS):
        return None
    return folded
