"""Dutch dates as letters write them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.extract.dates import parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Den Haag, 2 februari 2026", dt.date(2026, 2, 2)),
        ("Datum 26 mei 2026", dt.date(2026, 5, 26)),
        ("3 okt. 2018", dt.date(2018, 10, 3)),
        ("1 Maart 2011", dt.date(2011, 3, 1)),
        ("31 februari 2026 en 1 maart 2026", dt.date(2026, 3, 1)),
    ],
)
def test_dutch_dates(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["Postbus 90801", "2026-0000185488", "12 brumaire 2026", ""])
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


DUTCH_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_written_dates_round_trip(date: dt.date) -> None:
    assert parse_date(f"Den Haag, {date.day} {DUTCH_MONTHS[date.month - 1]} {date.year}") == date
