"""The interactive HTML graph: who wrote to whom about which policy.

The graph is read from the RDF (so `kg graph` works on any built Turtle), laid out as a networkx
multigraph (persons, organisations and posts as nodes; each letter an edge from a signatory to an
addressee), handed to pyvis for the vis-network data and options, and rendered with our own
template: vis-network's JavaScript and CSS are inlined, so the file works offline, and every text
from a letter reaches the page as data, never as markup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, select_autoescape
from markupsafe import Markup
from pyvis.network import Network
from rdflib import Graph

from kg.export.serialise import atomic_write

_QUERY_PREFIXES = """
PREFIX kg: <https://w3id.org/kamergraaf/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_LETTERS = (
    _QUERY_PREFIXES
    + """
SELECT ?letter ?sender ?recipient ?date ?subject ?file WHERE {
  ?letter a kg:Letter ; kg:sender ?sender ; kg:recipient ?recipient .
  OPTIONAL { ?letter kg:date ?date }
  OPTIONAL { ?letter kg:subject ?subject }
  OPTIONAL { ?letter kg:derivedFrom/kg:fileName ?file }
}"""
)
_ABOUT = (
    _QUERY_PREFIXES
    + "SELECT ?letter ?label WHERE { ?letter a kg:Letter ; kg:about/rdfs:label ?label }"
)
_ACTORS = (
    _QUERY_PREFIXES
    + """
SELECT ?actor ?type ?label WHERE {
  VALUES ?type { kg:Person kg:Organisation kg:Post }
  ?actor a ?type ; rdfs:label ?label .
}"""
)
_STRUCTURE = (
    _QUERY_PREFIXES
    + """
SELECT ?from ?relation ?to WHERE {
  { ?from kg:holds ?to . BIND("holds" AS ?relation) }
  UNION { ?from kg:postIn ?to . BIND("post in" AS ?relation) }
}"""
)


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
}


def correspondence_graph(graph: Graph) -> nx.MultiDiGraph:
    """Actors as nodes; a "letter" edge per letter from each signatory to each addressee, and
    "holds" / "post in" edges tying persons to posts and posts to organisations. Actors with no
    edge (only mentioned in a letter) are left out."""
    network = nx.MultiDiGraph()
    for row in _rows(graph, _ACTORS):
        network.add_node(row["actor"], kind=row["type"].rsplit("#", 1)[-1], label=row["label"])
    policies: dict[str, list[str]] = {}
    for row in _rows(graph, _ABOUT):
        policies.setdefault(row["letter"], []).append(row["label"])
    for row in _rows(graph, _LETTERS):
        if row["sender"] not in network or row["recipient"] not in network:
            continue
        network.add_edge(
            row["sender"],
            row["recipient"],
            key=row["letter"],
            kind="letter",
            date=row["date"],
            subject=row["subject"],
            file=row["file"],
            policies="; ".join(sorted(policies.get(row["letter"], []))),
        )
    for row in _rows(graph, _STRUCTURE):
        if row["from"] in network and row["to"] in network:
            network.add_edge(row["from"], row["to"], key=row["relation"], kind=row["relation"])
    # Only actors in the correspondence: an organisation merely mentioned is no correspondent.
    network.remove_nodes_from([node for node, degree in network.degree() if degree == 0])
    return network


def _rows(graph: Graph, query: str) -> list[dict[str, str]]:
    """The rows of a SELECT query as plain strings ("" where unbound), in a stable order."""
    result = graph.query(query)
    names = [str(v) for v in result.vars or []]
    rows = [
        {name: "" if value is None else str(value) for name, value in zip(names, row, strict=True)}
        for row in result
        if isinstance(row, tuple)
    ]
    return sorted(rows, key=lambda row: tuple(row.values()))


def _network(network: nx.MultiDiGraph) -> Network:
    """The pyvis network: node styles by type, letter edges with their date as label."""
    net = Network(directed=True, height="100%", width="100%", cdn_resources="in_line")
    for node, data in sorted(network.nodes(data=True)):
        style = STYLES[data["kind"]]
        net.add_node(
            node,
            label=data["label"],
            title=f"{data['label']}\n{style.label}\n{node}",
            color=style.color,
            shape=style.shape,
        )
    for source, target, key, data in sorted(network.edges(keys=True, data=True)):
        if data["kind"] == "letter":
            lines = [
                data["subject"] or "(zonder onderwerp)",
                f"Datum: {data['date'] or 'onbekend'}",
            ]
            if data["policies"]:
                lines.append(f"Beleid: {data['policies']}")
            lines.append(f"Bron: {data['file']}")
            net.add_edge(
                source,
                target,
                title="\n".join(lines),
                arrows="to",
                color="#555555",
                id=f"{key}|{source}|{target}",
            )
        else:
            net.add_edge(
                source,
                target,
                title=data["kind"],
                dashes=True,
                arrows="to",
                color="#bbbbbb",
                id=f"{data['kind']}|{source}|{target}",
            )
    net.set_options(
        json.dumps(
            {
                "physics": {
                    "stabilization": {"iterations": 300},
                    "barnesHut": {"springLength": 160},
                },
                "edges": {"smooth": {"type": "dynamic"}, "font": {"size": 10, "align": "middle"}},
                "nodes": {"font": {"size": 14}},
                "interaction": {"hover": True, "navigationButtons": False},
            }
        )
    )
    return net


def render_html(graph: Graph, title: str = "kamergraaf: wie schreef wie") -> str:
    """The self-contained HTML page of the correspondence in an RDF graph."""
    network = correspondence_graph(graph)
    nodes, edges, _heading, _height, _width, options = _network(network).get_network_data()
    library = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    environment = Environment(autoescape=select_autoescape(default=True))
    template = environment.from_string(
        resources.files("kg").joinpath("export", "graph.html").read_text(encoding="utf-8")
    )
    letters = sum(1 for *_, kind in network.edges(data="kind") if kind == "letter")
    return template.render(
        title=title,
        vis_js=Markup(library.joinpath("vis-network.min.js").read_text(encoding="utf-8")),
        vis_css=Markup(library.joinpath("vis-network.css").read_text(encoding="utf-8")),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        options=Markup(options),
        legend=list(STYLES.values()),
        node_count=network.number_of_nodes(),
        letter_count=letters,
    )


def _script_json(data: Any) -> Markup:
    """JSON safe to place inside a <script> element: no "</script>" can close it early."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def write_html(graph: Graph, path: Path) -> None:
    atomic_write(path, render_html(graph).encode("utf-8"))
