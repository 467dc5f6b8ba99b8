"""Segmentation: one file often holds a cover letter, the letters enclosed with it and annexes.

A letter ends after its signatures (one or more "post, name" blocks). A new letter also starts at
a "> Retouradres" line once the current one has had its salutation. What follows a letter is a
letter when it has a salutation, a return address, an "Aan ..." addressee or a signature, and an
annex otherwise (a "Geannoteerde agenda", a report).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from kg.cleaning import PAGE_NUMBER, Text
from kg.extract.actors import find_signatures
from kg.lexicon import RETURN_ADDRESS, SALUTATION
from kg.scanning import LineStart

_NOTE = re.compile(r"(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})[ \t]+\S")
_ADDRESSEE = LineStart(r"[ \t]*Aan\s+(?:de|het)\s")


@dataclass(frozen=True)
class Segment:
    text: Text
    is_annex: bool


def split_segments(text: Text) -> list[Segment]:
    """The letters and annexes of a file, in order."""
    value = text.value
    cuts = {0, len(value)}
    signatures = find_signatures(text)
    for current, following in pairwise([*signatures, None]):
        assert current is not None
        if following is None or value[current.end : following.start].strip():
            cuts.add(current.end)
    last_cut = 0
    for m in RETURN_ADDRESS.finditer(value):
        previous = max(c for c in cuts if c <= m.start())
        last_cut = max(last_cut, previous)
        if SALUTATION.search(value, last_cut, m.start()):
            cuts.add(m.start())
            last_cut = m.start()
    bounds = sorted(cuts)
    # Footnotes printed under the signatures belong to the letter they close, not a new segment.
    bounds = [
        b
        for i, b in enumerate(bounds)
        if i in (0, len(bounds) - 1) or not _only_notes(value[b : bounds[i + 1]])
    ]
    segments = []
    for start, end in pairwise(bounds):
        chunk = value[start:end]
        if not chunk.strip():
            continue
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        segment = text.slice(start + lead, start + trail)
        has_signature = any(start <= s.start < end for s in signatures)
        is_letter = has_signature or any(
            p.search(segment.value) for p in (SALUTATION, RETURN_ADDRESS, _ADDRESSEE)
        )
        segments.append(Segment(segment, not is_letter))
    return segments


def _only_notes(chunk: str) -> bool:
    """Whether every paragraph of a stretch of text starts like a footnote or is a page number."""
    paragraphs = [p.strip() for p in re.split(r"\n[ \t]*\n", chunk) if p.strip()]
    return bool(paragraphs) and all(_NOTE.match(p) or PAGE_NUMBER.fullmatch(p) for p in paragraphs)


def annex_title(text: Text) -> tuple[int, int]:
    """The range of an annex's title: its first paragraph ("GEANNOTEERDE AGENDA ...")."""
    value = text.value
    end = value.find("\n\n")
    return 0, len(value) if end < 0 else end
