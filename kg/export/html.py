"""The interactive HTML graph: who wrote to whom about which policy, explorable offline.

The correspondence is read from the RDF (so `kg graph` works on any built graph) into a networkx
graph (kg.export.correspondence): persons, organisations, posts and policies as nodes, and an edge
from each signatory to each addressee with the letters between them (its width grows with their
number), or to a policy, or tying persons to posts and posts to organisations. pyvis turns that
graph into vis-network data and options, rendered with our own template: vis-network's JavaScript
and CSS are inlined, so the file works offline, and every text from a letter reaches the page as
JSON data shown with textContent, never as markup.

The page has a search box (any name of an actor), filters by policy, actor and date, and a side
panel listing the letters of the node or edge clicked. Physics stops once the layout is stable.
Above LAYOUT_THRESHOLD nodes the layout is computed here (networkx) and the page draws it with
physics off and straight edges; above TOP_ACTORS actors only the TOP_ACTORS with the most letters
are drawn, and the page says so.
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from networkx.readwrite.gexf import GEXFWriter
from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node
from rdflib import Graph

from kg.export.correspondence import ACTOR_KINDS, correspondence
from kg.export.serialise import atomic_file, atomic_write

LAYOUT_THRESHOLD = 400  # nodes: above it the layout is computed in Python, physics off
TOP_ACTORS = 1000  # actors: above it only this many, those with the most letters, are drawn


@dataclass(frozen=True)
class NodeStyle:
    kind: str
    label: str
    color: str
    shape: str


STYLES = {
    "Person": NodeStyle("Person", "Persoon / person", "#1f77b4", "dot"),
    "Organisation": NodeStyle("Organisation", "Organisatie / organisation", "#ff7f0e", "box"),
    "Post": NodeStyle("Post", "Functie / post", "#2ca02c", "diamond"),
    "Policy": NodeStyle("Policy", "Beleid / policy", "#9467bd", "triangle"),
}


def most_active(pairs: nx.DiGraph, limit: int = TOP_ACTORS) -> nx.DiGraph:
    """The `limit` actors with the most letters (sent and received), with the posts and policies
    between them; ties go to the first in IRI order, so the choice is stable."""
    actors = [n for n, kind in pairs.nodes(data="kind") if kind in ACTOR_KINDS]
    if len(actors) <= limit:
        return pairs
    letters = {
        n: sum(len(d["letters"]) for _, _, d in pairs.in_edges(n, data=True)) for n in actors
    }
    for node in actors:
        letters[node] += sum(len(d["letters"]) for _, _, d in pairs.out_edges(node, data=True))
    kept = set(sorted(actors, key=lambda n: (-letters[n], n))[:limit])
    shown = {n for n, kind in pairs.nodes(data="kind") if n in kept or kind not in ACTOR_KINDS}
    # Built in the order of `pairs` (a networkx subgraph would follow the set's hash order, and
    # the layout, which depends on the order of the nodes, would change from run to run).
    top = nx.DiGraph(**pairs.graph)
    top.add_nodes_from((n, data) for n, data in pairs.nodes(data=True) if n in shown)
    top.add_edges_from((u, v, d) for u, v, d in pairs.edges(data=True) if u in shown and v in shown)
    top.remove_nodes_from([n for n, degree in top.degree() if degree == 0])
    top.graph["shown_of"] = len(actors)
    return top


def _network(pairs: nx.DiGraph) -> Network:
    """The pyvis network of the correspondence; a computed layout for large graphs.

    pyvis's add_node and add_edge compare each new node and edge with all the earlier ones,
    which is quadratic; networkx has already made nodes and edges unique, so pyvis's Node and
    Edge records are appended directly.
    """
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    large = len(pairs) > LAYOUT_THRESHOLD
    positions = (
        nx.spring_layout(pairs, seed=1, iterations=40, scale=60 * math.sqrt(len(pairs)))
        if large
        else {}
    )
    for node, data in sorted(pairs.nodes(data=True)):
        style = STYLES[data["kind"]]
        extra = {"x": float(positions[node][0]), "y": float(positions[node][1])} if large else {}
        record = Node(
            node,
            style.shape,
            label=data["label"],
            title=f"{data['label']}\n{style.label}",
            color=style.color,
            font_color=net.font_color,
            kind=data["kind"],
            names=[data["label"], *data["names"]],
            **extra,
        )
        net.nodes.append(record.options)
        net.node_ids.append(node)
        net.node_map[node] = record.options
    letters = pairs.graph["letters"]
    for source, target, data in sorted(pairs.edges(data=True)):
        if data["kind"] in ("wrote to", "about"):
            count = len(data["letters"])
            lines = [f"{count} brief(en) / letter(s)"]
            for key in data["letters"][:10]:
                letter = letters[key]
                policies = (
                    f" [{'; '.join(sorted(letter['policies']))}]" if letter["policies"] else ""
                )
                lines.append(
                    f"{letter['date'] or '?'} {letter['subject'] or '(zonder onderwerp)'}{policies}"
                )
            edge = Edge(
                source,
                target,
                directed=True,
                id=f"{source}|{target}",
                title="\n".join(lines),
                arrows="to",
                width=1 + 2 * math.log2(count),
                color="#555555" if data["kind"] == "wrote to" else "#9467bd",
                letters=data["letters"],
                kind="letter" if data["kind"] == "wrote to" else "about",
            )
        else:
            edge = Edge(
                source,
                target,
                directed=True,
                id=f"{data['kind']}|{source}|{target}",
                title=data["kind"],
                dashes=True,
                arrows="to",
                color="#bbbbbb",
                letters=[],
                kind=data["kind"],
            )
        net.edges.append(edge.options)
    net.set_options(
        json.dumps(
            {
                "physics": {
                    "enabled": not large,
                    "stabilization": {"iterations": 200},
                    "barnesHut": {"springLength": 160},
                },
                "edges": {"smooth": False if large else {"type": "dynamic"}},
                "nodes": {"font": {"size": 14}},
                "interaction": {"hover": True, "navigationButtons": False},
            }
        )
    )
    return net


def render_html(graph: Graph, title: str = "kamergraaf: wie schreef wie") -> str:
    """The self-contained HTML page of the correspondence in an RDF graph."""
    return _page(correspondence(graph), title)


def _page(correspondence: nx.DiGraph, title: str = "kamergraaf: wie schreef wie") -> str:
    pairs = most_active(correspondence, TOP_ACTORS)
    nodes, edges, _heading, _height, _width, options = _network(pairs).get_network_data()
    letters = pairs.graph["letters"]
    shown = {key for _, _, keys in pairs.edges(data="letters") for key in keys}
    library = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    environment = Environment(autoescape=select_autoescape(default=True))
    template = environment.from_string(
        resources.files("kg").joinpath("export", "graph.html").read_text(encoding="utf-8")
    )
    policies = sorted({p for key in shown for p in letters[key]["policies"]})
    dates = sorted(letters[key]["date"] for key in shown if letters[key]["date"])
    return template.render(
        title=title,
        vis_js=Markup(library.joinpath("vis-network.min.js").read_text(encoding="utf-8")),
        vis_css=Markup(library.joinpath("vis-network.css").read_text(encoding="utf-8")),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        letters=_script_json({key: letters[key] for key in sorted(shown)}),
        options=Markup(options),
        legend=list(STYLES.values()),
        policies=policies,
        actors=sorted(
            (data["label"], node)
            for node, data in pairs.nodes(data=True)
            if data["kind"] in ACTOR_KINDS
        ),
        first_date=dates[0] if dates else "",
        last_date=dates[-1] if dates else "",
        node_count=pairs.number_of_nodes(),
        letter_count=len(shown),
        large=len(pairs) > LAYOUT_THRESHOLD,
        shown_of=pairs.graph.get("shown_of"),
        top=TOP_ACTORS,
    )


def _script_json(data: Any) -> Markup:
    """JSON safe to place inside a <script> element: no "</script>" can close it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def write_html(graph: Graph, path: Path) -> None:
    atomic_write(path, render_html(graph).encode("utf-8"))


VIEW_FORMATS = ("html", "graphml", "gexf")


def write_views(
    ntriples: Path,
    directory: Path,
    stem: str = "graph",
    views: Collection[str] = VIEW_FORMATS,
) -> dict[str, Path]:
    """The HTML page, GraphML and GEXF (those among `views`) of the correspondence in an
    N-Triples file."""
    if unknown := set(views) - set(VIEW_FORMATS):
        raise ValueError(f"unknown views {sorted(unknown)}; choose from {VIEW_FORMATS}")
    pairs = correspondence(ntriples)
    written = {}
    if "html" in views:
        written["html"] = directory / f"{stem}.html"
        atomic_write(written["html"], _page(pairs).encode("utf-8"))
    return written | _network_files(pairs, directory, stem, views)


def _network_files(
    pairs: nx.DiGraph, directory: Path, stem: str, views: Collection[str]
) -> dict[str, Path]:
    """The correspondence as GraphML and GEXF (those among `views`), for Gephi and Cytoscape."""
    if not {"graphml", "gexf"} & set(views):
        return {}
    flat = nx.DiGraph()
    for node, data in pairs.nodes(data=True):
        flat.add_node(node, label=data["label"], kind=data["kind"], names="; ".join(data["names"]))
    letters = pairs.graph["letters"]
    for source, target, data in pairs.edges(data=True):
        flat.add_edge(
            source,
            target,
            kind=data["kind"],
            letters=len(data["letters"]),
            subjects="; ".join(letters[k]["subject"] for k in data["letters"]),
        )
    written = {view: directory / f"{stem}.{view}" for view in ("graphml", "gexf") if view in views}
    if "graphml" in written:
        with atomic_file(written["graphml"]) as handle:
            nx.write_graphml(flat, handle)
    if "gexf" in written:
        _write_gexf(flat, written["gexf"])
    return written


def _write_gexf(flat: nx.DiGraph, path: Path) -> None:
    gexf = GEXFWriter()
    gexf.add_graph(flat)
    for meta in gexf.xml.iter("meta"):  # today's date: left out, so rebuilds are byte-identical
        meta.attrib.pop("lastmodifieddate", None)
    with atomic_file(path) as handle:
        gexf.write(handle)
