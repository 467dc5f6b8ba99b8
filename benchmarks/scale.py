"""How kamergraaf scales with the number of letters, on the synthetic corpus (benchmarks/corpus.py).

1. Extraction per core: letters/s and MB/s of `extract_bytes` on 10 KB letters, and of the
   citation extractor alone, next to two ceilings measured in the same run on the same text:
   reading and decoding the files, and one bare `re.finditer` pass of a Kamerstuk pattern
   (benchmarks/ceiling.re).
2. End to end: `kg build` (every output, or those of `--formats`) of 1 000, 3 000 and 10 000
   letters with --jobs 1 and 2: wall time, peak memory (GNU time), and the cost per letter, to
   show how it grows.

    python -m benchmarks.scale docs/benchmarks-scale.md
    python -m benchmarks.scale docs/benchmarks-scale-100k.md --sizes 100000 --jobs 2 \
        --formats all ttl,nq
"""

from __future__ import annotations

import argparse
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import best_of, publish
from benchmarks.corpus import generate
from kg.build import extract_bytes
from kg.cleaning import Text
from kg.extract.citations import find_citations

SIZES = (1000, 3000, 10000)
# The ceiling: kamergraaf's Kamerstuk pattern as it stood at commit 3fabcc0, frozen so that the
# ceiling stays where the earlier rounds measured it when the extractor's own pattern changes
# (the next commit's lookbehind for footnote markers halved the pattern's speed). It starts with
# a lookbehind, so `re` tries it at every position, as it does most citation patterns.
CEILING = re.compile((Path(__file__).parent / "ceiling.re").read_text(encoding="utf-8").strip())
# A citation pattern that starts with a literal, which `re` finds at memory speed.
LITERAL_FIRST = re.compile(
    r"Kamerstuk(?:ken)?\s+(?:I{1,2}\s*,?\s*)?(?:\d{4}\s*[/-]\s*\d{2,4}\s*,?\s*)?"
    r"\d{2}\s?\d{3}(?:[-\s][A-Z0-9]+)?\s*,\s*nr\.\s*\d+"
)


WARM_UP = 50  # letters extracted first, apart from the measured ones


def extraction(directory: Path) -> list[str]:
    # The first letters of a process pay for compiling patterns and loading gazetteers once;
    # the letters measured are others, so that no cache holds what a letter of its own needs.
    warm_up = generate(directory / "warm-up", WARM_UP, seed=8)
    start = time.perf_counter()
    for path in warm_up:
        extract_bytes(path.read_bytes(), path.name)
    warmed = time.perf_counter() - start
    paths = generate(directory, 300, seed=7)
    data = [p.read_bytes() for p in paths]
    megabytes = sum(map(len, data)) / 1e6
    texts = [d.decode("utf-8") for d in data]
    read = best_of(3, lambda: [p.read_bytes().decode("utf-8") for p in paths])
    scan = best_of(3, lambda: [sum(1 for _ in CEILING.finditer(t)) for t in texts])
    literal = best_of(3, lambda: [sum(1 for _ in LITERAL_FIRST.finditer(t)) for t in texts])
    cite = best_of(3, lambda: [find_citations(Text.of(t)) for t in texts])
    extract = best_of(
        1, lambda: [extract_bytes(d, p.name) for d, p in zip(data, paths, strict=True)]
    )
    size = megabytes / len(paths) * 1e3
    rows = [
        f"Extraction, one core, {len(paths)} synthetic letters of {size:.1f} KB"
        f" ({megabytes:.1f} MB), after {WARM_UP} other letters ({warmed:.2f} s: the first"
        " use of every pattern and gazetteer is in them):\n",
        "| step | letters/s | MB/s | vs. bare regex pass |",
        "| --- | --- | --- | --- |",
    ]
    for name, seconds in (
        ("read + decode", read),
        ("one bare `re.finditer` pass of a Kamerstuk pattern (the ceiling)", scan),
        ("one bare pass of a Kamerstuk pattern that starts with a literal", literal),
        ("kamergraaf citation extractor (`find_citations`, every kind)", cite),
        ("kamergraaf extraction (read, clean, all extractors)", extract),
    ):
        rows.append(
            f"| {name} | {len(paths) / seconds:,.0f} | {megabytes / seconds:,.1f} |"
            f" {seconds / scan:,.1f}x |"
        )
    return rows


def end_to_end(
    directory: Path, sizes: Sequence[int], jobs_to_try: Sequence[int], formats: Sequence[str]
) -> list[str]:
    rows = [
        "\nEnd to end, `kg build` with every output (all: Turtle, N-Triples, JSON-LD, N-Quads,"
        " TriG, HTML, GraphML, GEXF) or those of `--formats`, and the reports:\n",
        "| letters | --formats | --jobs | wall time (s) | ms per letter | peak memory (MB) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for size in sizes:
        corpus = directory / f"corpus-{size}"
        generate(corpus, size, seed=size)
        for chosen, jobs in itertools.product(formats, jobs_to_try):
            output = directory / f"out-{size}-{jobs}"
            shutil.rmtree(output, ignore_errors=True)
            command = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(output), "-q"]
            if chosen != "all":
                command += ["--formats", chosen]
            start = time.perf_counter()
            finished = subprocess.run(
                ["/usr/bin/time", "-f", "%M", *command, "--jobs", str(jobs)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds = time.perf_counter() - start
            peak = int(finished.stderr.strip().splitlines()[-1]) / 1024
            rows.append(
                f"| {size:,} | {chosen} | {jobs} | {seconds:.1f} | {seconds / size * 1e3:.0f}"
                f" | {peak:.0f} |"
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output", nargs="?", help="the Markdown file to write")
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="numbers of letters")
    parser.add_argument("--jobs", type=int, nargs="+", default=(1, 2), help="--jobs to build with")
    parser.add_argument(
        "--formats", nargs="+", default=("all",), help="kg build --formats to try (all: every one)"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        rows = extraction(Path(temporary) / "extraction") + end_to_end(
            Path(temporary), arguments.sizes, arguments.jobs, arguments.formats
        )
    text = "\n".join(rows) + "\n"
    publish(text)


if __name__ == "__main__":
    main()
