"""Overlap questions about character ranges, answered in O(log n) each, so that an extractor stays
linear in the length of the text however many matches it has."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable
from itertools import accumulate


class Disjoint:
    """Ranges [start, end) that do not overlap, taken one by one: longest match first, say."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: dict[int, int] = {}

    def take(self, start: int, end: int) -> bool:
        """Take the range unless it overlaps one taken before; whether it was taken."""
        i = bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] < end:
            return False  # a taken range starts inside this one
        if i > 0 and self._ends[self._starts[i - 1]] > start:
            return False  # the taken range before this one reaches into it
        insort(self._starts, start)
        self._ends[start] = end
        return True

    def contains(self, start: int, end: int) -> bool:
        """Whether one taken range holds all of [start, end)."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._ends[self._starts[i - 1]] >= end


class Covered:
    """Fixed ranges [start, end), possibly overlapping: does any of them overlap a given range?"""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1)  # the ranges starting before `end`
        return i > 0 and self._reach[i - 1] > start
