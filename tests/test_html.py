"""The HTML graph: offline, escaped, and showing who wrote to whom, checked in a real browser."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from playwright.sync_api import Browser, sync_playwright
from rdflib import RDF, RDFS, Graph, Literal

import kg
from kg.build import BuildResult
from kg.export.correspondence import _blocks, correspondence
from kg.rdf.namespace import KG
from tests.conftest import LETTERS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: run `make browser` (Debian package chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


def open_page(browser: Browser, html: Path) -> tuple[object, list[str], list[str], list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None,
    )
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(html.resolve().as_uri())
    page.wait_for_function("window.kamergraaf !== undefined")
    return page, errors, requests, dialogs


def test_the_correspondence_graph_mirrors_the_rdf(examples_build: BuildResult) -> None:
    network = correspondence(examples_build.graph)
    rows = examples_build.graph.query(
        """PREFIX kg: <https://w3id.org/kamergraaf/def#>
           SELECT ?l ?s ?r WHERE { ?l a kg:Letter ; kg:sender ?s ; kg:recipient ?r }"""
    )
    written = {
        (str(sender), str(recipient), letter)
        for sender, recipient, data in network.edges(data=True)
        if data["kind"] == "wrote to"
        for letter in data["letters"]
    }
    assert written == {(str(s), str(r), str(letter)) for letter, s, r in rows}  # type: ignore[misc]
    labels = {data["label"] for _, data in network.nodes(data=True)}
    assert {
        "M.L.J. Paul",
        "FNV",
        "Hans Spekman",
        "Voorzitter van de Tweede Kamer der Staten-Generaal",
    } <= labels


def test_a_file_and_a_graph_give_the_same_correspondence(
    examples_build: BuildResult, tmp_path: Path
) -> None:
    graph = Graph()
    graph += examples_build.graph
    letter = next(graph.subjects(RDF.type, KG.Letter))
    odd = f'Zeg "nee" \\ tegen\tregels\nen é \u0001 <{KG.sender}> <{RDFS.label}> .'
    graph.set((letter, KG.subject, Literal(odd, lang="nl")))
    ntriples = tmp_path / "graph.nt"
    graph.serialize(ntriples, format="nt", encoding="utf-8")
    from_graph, from_file = correspondence(graph), correspondence(ntriples)
    assert list(from_file.nodes(data=True)) == list(from_graph.nodes(data=True))
    assert list(from_file.edges(data=True)) == list(from_graph.edges(data=True))
    assert from_file.graph["letters"] == from_graph.graph["letters"]
    assert from_file.graph["letters"][str(letter)]["subject"] == odd


def test_page_loads_offline_with_the_expected_nodes(
    browser: Browser, examples_build: BuildResult
) -> None:
    page, errors, requests, _ = open_page(browser, examples_build.outputs["html"])
    pairs = correspondence(examples_build.graph)
    assert page.evaluate("window.kamergraaf.nodes.length") == pairs.number_of_nodes()  # type: ignore[attr-defined]
    assert page.evaluate("window.kamergraaf.edges.length") == pairs.number_of_edges()  # type: ignore[attr-defined]
    letters = (
        "window.kamergraaf.edges.get().filter(e => e.kind === 'letter').map(e => e.letters.length)"
    )
    assert sorted(page.evaluate(letters)) == [1] * 26  # type: ignore[attr-defined]  # 2 + 4 signatories x 6 addressees
    labels = page.evaluate("window.kamergraaf.nodes.get().map(n => n.label)")  # type: ignore[attr-defined]
    assert {"J.A. Vijlbrief", "R.A.A. Jetten", "CNV", "VCP"} <= set(labels)
    assert page.locator("#legend").inner_text().count("/") >= 3  # type: ignore[attr-defined]
    assert errors == []
    assert requests == []


def test_hostile_names_show_as_text_and_run_nothing(browser: Browser, tmp_path: Path) -> None:
    letter = (LETTERS / "ezk_brief_aan_vno.txt").read_text(encoding="utf-8")
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        letter.replace("VNO-NCW\n", f"{XSS} </script><script>alert(2)</script>\n"), encoding="utf-8"
    )
    result = kg.build([hostile], tmp_path / "out")
    html = result.outputs["html"].read_text(encoding="utf-8")
    assert XSS not in html and "</script><script>alert(2)" not in html
    page, errors, requests, dialogs = open_page(browser, result.outputs["html"])
    labels = page.evaluate("window.kamergraaf.nodes.get().map(n => n.label)")  # type: ignore[attr-defined]
    assert any(XSS in label for label in labels)
    # Hover the hostile node: vis-network shows its title as a tooltip, which must be plain text.
    page.wait_for_timeout(1500)  # type: ignore[attr-defined]
    point = page.evaluate(  # type: ignore[attr-defined]
        """() => { const k = window.kamergraaf;
                   const id = k.nodes.get().find(n => n.label.includes("<img")).id;
                   k.network.fit({animation: false});
                   const p = k.network.canvasToDOM(k.network.getPositions([id])[id]);
                   const r = document.getElementById("graph").getBoundingClientRect();
                   return {x: p.x + r.left, y: p.y + r.top}; }"""
    )
    page.mouse.move(point["x"], point["y"])  # type: ignore[attr-defined]
    page.wait_for_selector(".vis-tooltip", state="visible")  # type: ignore[attr-defined]
    assert XSS in page.inner_text(".vis-tooltip")  # type: ignore[attr-defined]
    assert page.evaluate("document.querySelectorAll('img').length") == 0  # type: ignore[attr-defined]
    assert dialogs == []
    assert errors == []
    assert requests == []


def test_search_finds_an_actor_by_any_name_and_lists_its_letters(
    browser: Browser, examples_build: BuildResult
) -> None:
    page, errors, _, _ = open_page(browser, examples_build.outputs["html"])
    page.fill("#search", "Spekman")  # type: ignore[attr-defined]
    page.dispatch_event("#search", "change")  # type: ignore[attr-defined]
    assert page.inner_text("#panel h2") == "Hans Spekman"  # type: ignore[attr-defined]
    items = page.locator("#letters li").all_inner_texts()  # type: ignore[attr-defined]
    assert len(items) == 1 and "2026-05-26 Reactie brief ultimatum d.d. 11 mei 2026" in items[0]
    assert "kenmerk 2026-0000185362" in items[0]
    link = page.locator("#letters a").first  # type: ignore[attr-defined]
    assert link.inner_text() == "kst-36848-57"
    assert link.get_attribute("href") == "https://zoek.officielebekendmakingen.nl/kst-36848-57"
    page.fill("#search", "IAO")  # type: ignore[attr-defined]
    page.dispatch_event("#search", "change")  # type: ignore[attr-defined]
    assert "Niets gevonden" in page.inner_text("#panel h2")  # type: ignore[attr-defined]  # mentioned, wrote no letter
    assert errors == []


def test_policy_and_date_filters_hide_what_does_not_match(
    browser: Browser, examples_build: BuildResult
) -> None:
    page, errors, _, _ = open_page(browser, examples_build.outputs["html"])
    visible = "window.kamergraaf.edges.get().filter(e => e.kind === 'letter' && !e.hidden).length"
    before = page.evaluate(visible)  # type: ignore[attr-defined]
    page.select_option("#policy", "Europese Anti-Armoedestrategie")  # type: ignore[attr-defined]
    assert page.evaluate(visible) == 1  # type: ignore[attr-defined]  # only Paul's letter to the Voorzitter
    shown = page.evaluate("window.kamergraaf.nodes.get().filter(n => !n.hidden).map(n => n.label)")  # type: ignore[attr-defined]
    assert "M.L.J. Paul" in shown and "FNV" not in shown
    assert page.inner_text("#counts").endswith("1 brieven")  # type: ignore[attr-defined]
    page.select_option("#policy", "")  # type: ignore[attr-defined]
    assert page.evaluate(visible) == before  # type: ignore[attr-defined]
    page.fill("#to", "2026-03-01")  # type: ignore[attr-defined]
    page.dispatch_event("#to", "change")  # type: ignore[attr-defined]
    assert page.evaluate(visible) == 1  # type: ignore[attr-defined]  # May letters are after the range
    assert errors == []


def test_graphml_and_gexf_hold_the_same_network(examples_build: BuildResult) -> None:
    import networkx as nx

    pairs = correspondence(examples_build.graph)
    folder = examples_build.outputs["html"].parent
    for name, reader in (("graph.graphml", nx.read_graphml), ("graph.gexf", nx.read_gexf)):
        read = reader(folder / name)
        assert (read.number_of_nodes(), read.number_of_edges()) == (
            pairs.number_of_nodes(),
            pairs.number_of_edges(),
        )
        labels = {data["label"] for _, data in read.nodes(data=True)}
        assert {"J.A. Vijlbrief", "FNV"} <= labels


def test_letters_between_one_pair_are_one_edge(tmp_path: Path) -> None:
    for day in ("1", "2", "3"):
        letter = (LETTERS / "ezk_brief_aan_vno.txt").read_text(encoding="utf-8")
        (tmp_path / f"{day}.txt").write_text(
            letter.replace("3 oktober 2024", f"{day} november 2024"), encoding="utf-8"
        )
    pairs = correspondence(kg.build([tmp_path]).graph)
    counts = sorted(
        len(d["letters"]) for _, _, d in pairs.edges(data=True) if d["kind"] == "wrote to"
    )
    assert counts == [3, 3, 3, 3]  # two ministers to VNO-NCW and to its contact person


def test_policies_as_nodes_and_search_by_acronym(
    browser: Browser, examples_build: BuildResult
) -> None:
    page, errors, _, _ = open_page(browser, examples_build.outputs["html"])
    shown = "window.kamergraaf.nodes.get().filter(n => !n.hidden && n.kind === 'Policy').map(n => n.label)"
    assert page.evaluate(shown) == []  # type: ignore[attr-defined]  # who wrote to whom first
    page.select_option("#view", "policies")  # type: ignore[attr-defined]
    assert "Europese Anti-Armoedestrategie" in page.evaluate(shown)  # type: ignore[attr-defined]
    letters = "window.kamergraaf.edges.get().filter(e => e.kind === 'letter' && !e.hidden).length"
    assert page.evaluate(letters) == 0  # type: ignore[attr-defined]
    page.select_option("#view", "actors")  # type: ignore[attr-defined]
    page.fill("#search", "EAAS")  # type: ignore[attr-defined]
    page.dispatch_event("#search", "change")  # type: ignore[attr-defined]
    assert page.inner_text("#panel h2") == "Europese Anti-Armoedestrategie"  # type: ignore[attr-defined]
    assert page.input_value("#view") == "both"  # type: ignore[attr-defined]
    items = page.locator("#letters li").all_inner_texts()  # type: ignore[attr-defined]
    assert len(items) == 1 and items[0].startswith("2026-02-02")
    assert errors == []


def test_large_graphs_get_a_computed_layout_and_only_the_most_active_actors(
    examples_build: BuildResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.export.html as html

    monkeypatch.setattr(html, "LAYOUT_THRESHOLD", 5)
    monkeypatch.setattr(html, "TOP_ACTORS", 4)
    page = html.render_html(examples_build.graph)
    nodes = json.loads(
        page.split('<script id="graph-nodes" type="application/json">')[1].split("</script>")[0]
    )
    actors = [n for n in nodes if n["kind"] in ("Person", "Organisation")]
    assert len(actors) == 4
    assert all("x" in n and "y" in n for n in nodes)  # the layout comes with the page
    assert '"enabled": false' in page  # and the browser does not simulate it again
    pairs = correspondence(examples_build.graph)
    everyone = sum(1 for _, kind in pairs.nodes(data="kind") if kind in ("Person", "Organisation"))
    assert f"De 4 actoren met de meeste brieven, van {everyone}" in page
    top = {n["label"] for n in actors}
    assert {"J.A. Vijlbrief", "R.A.A. Jetten"} <= top  # four letters each


def test_the_most_active_actors_come_in_the_same_order_whatever_the_hash_seed() -> None:
    """The layout of a large page depends on the order of its nodes: choosing the most active
    actors must not bring in Python's (per process) set order."""
    script = (
        "import networkx as nx\n"
        "from kg.export.html import most_active\n"
        "pairs = nx.DiGraph(letters={})\n"
        "for i in range(200):\n"
        "    pairs.add_node(f'p{i:03d}', kind='Person', label=str(i), names=[])\n"
        "for j in range(5):\n"
        "    pairs.add_node(f'o{j}', kind='Organisation', label=str(j), names=[])\n"
        "for i in range(200):\n"
        "    letters = [f'l{i}-{n}' for n in range(1 + i % 7)]\n"
        "    pairs.add_edge(f'p{i:03d}', f'o{i % 5}', kind='wrote to', letters=letters)\n"
        "print(list(most_active(pairs, limit=10).nodes))\n"
    )
    orders = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(orders) == 1


@given(
    lines=st.lists(st.text(alphabet="ab \n", max_size=12), max_size=8),
    final_break=st.booleans(),
    size=st.integers(min_value=1, max_value=16),
)
def test_blocks_hold_every_line_once_and_whole(
    lines: list[str], final_break: bool, size: int
) -> None:
    content = "\n".join(lines).encode() + (b"\n" if final_break and lines else b"")
    with BytesIO(content) as file:
        blocks = list(_blocks(file, size))
    read = b"".join(block[:end] for block, end in blocks)
    assert all(block[end - 1 : end] == b"\n" for block, end in blocks)
    assert read == (content if content.endswith(b"\n") or not content else content + b"\n")
