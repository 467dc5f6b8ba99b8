"""Benchmarks (`make bench`): figures for docs/benchmarks.md, never timed assertions in tests."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The shortest of `runs` timings of `work`, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def publish(text: str) -> None:
    """Print a benchmark's Markdown, and write it to the file named on the command line."""
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(text, encoding="utf-8")
    print(text)
