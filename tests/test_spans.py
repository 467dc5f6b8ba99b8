"""The interval helpers agree with the obvious quadratic answers, on any ranges."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.extract.spans import Covered, Disjoint

RANGES = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 15)).map(lambda r: (r[0], r[0] + r[1])),
    max_size=30,
)


@given(RANGES)
def test_disjoint_takes_what_overlaps_nothing_taken(ranges: list[tuple[int, int]]) -> None:
    taken: list[tuple[int, int]] = []
    disjoint = Disjoint()
    for start, end in ranges:
        free = not any(s < end and start < e for s, e in taken)
        assert disjoint.take(start, end) == free
        if free:
            taken.append((start, end))
    for start, end in ranges:
        inside = any(s <= start and end <= e for s, e in taken)
        assert disjoint.contains(start, end) == inside


@given(RANGES, RANGES)
def test_covered_overlaps_like_a_scan(
    fixed: list[tuple[int, int]], asked: list[tuple[int, int]]
) -> None:
    covered = Covered(fixed)
    for start, end in asked:
        assert covered.overlaps(start, end) == any(s < end and start < e for s, e in fixed)
