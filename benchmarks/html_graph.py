"""How long the HTML graph takes: building the page in Python, and in headless Chromium the time
from opening the file until the graph is first drawn (interactive), for 100, 1 000 and 5 000
actors. Run with `make bench`; the table goes to docs/benchmarks.md."""

from __future__ import annotations

import platform
import random
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright
from rdflib import RDF, RDFS, XSD, Graph, Literal

from kg.export.html import LAYOUT_THRESHOLD, TOP_ACTORS, render_html
from kg.rdf.namespace import ID, KG

SIZES = (100, 1000, 5000)


def synthetic(actors: int, seed: int = 1) -> Graph:
    """Persons writing to organisations: `actors` nodes, two letters per person."""
    rng = random.Random(seed)
    graph = Graph()
    persons = [ID[f"person/p{i}"] for i in range(actors * 2 // 3)]
    organisations = [ID[f"organisation/o{i}"] for i in range(actors - len(persons))]
    for i, node in enumerate(persons):
        graph.add((node, RDF.type, KG.Person))
        graph.add((node, RDFS.label, Literal(f"Persoon {i}")))
    for i, node in enumerate(organisations):
        graph.add((node, RDF.type, KG.Organisation))
        graph.add((node, RDFS.label, Literal(f"Organisatie {i}", lang="nl")))
    for i in range(len(persons) * 2):
        letter = ID[f"letter/l{i}"]
        graph.add((letter, RDF.type, KG.Letter))
        graph.add((letter, KG.sender, rng.choice(persons)))
        graph.add((letter, KG.recipient, rng.choice(organisations)))
        graph.add(
            (letter, KG.date, Literal(f"2025-{rng.randint(1, 12):02d}-15", datatype=XSD.date))
        )
        graph.add((letter, KG.subject, Literal(f"Brief {i}")))
    return graph


def measure(browser_path: str = "/usr/bin/chromium") -> list[tuple[int, float, float, int]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"]
        )
        for size in SIZES:
            graph = synthetic(size)
            started = time.perf_counter()
            page_html = render_html(graph)
            build = time.perf_counter() - started
            path = Path(folder) / f"graph-{size}.html"
            path.write_text(page_html, encoding="utf-8")
            page = browser.new_page()
            page.goto(path.as_uri())
            # The page's CSP forbids eval, which wait_for_function needs: poll instead.
            deadline = time.monotonic() + 300
            drawn = "window.kamergraaf !== undefined && window.kamergraaf.drawnAt > 0"
            while not page.evaluate(drawn):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the graph of {size} actors was not drawn in 300 s")
                time.sleep(0.05)
            interactive = page.evaluate("window.kamergraaf.drawnAt") / 1000
            rows.append((size, build, interactive, len(page_html)))
            page.close()
        browser.close()
    return rows


def main(output: Path) -> None:
    rows = measure()
    lines = [
        "## HTML graph",
        "",
        f"Measured by `make bench` (benchmarks/html_graph.py) on {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, headless Chromium; "
        "a synthetic graph of persons writing to organisations (two letters per person). "
        f"Above {LAYOUT_THRESHOLD} actors the layout is computed in Python (networkx) and drawn "
        f"with physics off; above {TOP_ACTORS} actors only the {TOP_ACTORS} with the most letters "
        "are drawn. *Interactive* is the time from opening the file until the graph is first "
        "drawn.",
        "",
        "| actors | page built (s) | interactive in Chromium (s) | page size (MB) |",
        "| ---: | ---: | ---: | ---: |",
        *(
            f"| {size} | {build:.2f} | {interactive:.2f} | {chars / 2**20:.1f} |"
            for size, build, interactive, chars in rows
        ),
        "",
    ]
    output.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/benchmarks-html.md"))
