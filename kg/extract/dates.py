"""Dutch dates as letters write them: "2 februari 2026", "26 mei 2026", "3 okt. 2018"."""

from __future__ import annotations

import datetime as dt
import re

from kg.lexicon import LEXICON

_MONTH = "|".join(sorted(map(re.escape, LEXICON.months), key=len, reverse=True))
DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?\s+(?P<year>(?:19|20)\d\d)\b", re.I
)


def parse_date(text: str) -> dt.date | None:
    """The first valid Dutch date: parse_date("Den Haag, 2 februari 2026") -> 2026-02-02."""
    for m in DATE.finditer(text):
        try:
            month = LEXICON.months[m.group("month").lower()]
            return dt.date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            continue
    return None
