"""The graph at about a million triples: making and writing it, kamergraaf's way next to plain
rdflib's on the same triples in the same run, and the time of every contract query.

The triples are those of a build of 3 000 synthetic letters (benchmarks/corpus.py), about a
million. "Plain rdflib" adds them to an rdflib Dataset (one graph per document, as the build's
named graphs) and a union Graph, and serialises the union as Turtle, N-Triples and JSON-LD and
the dataset as N-Quads and TriG with rdflib's own serialisers. kamergraaf maps documents to
N-Triples lines (timed on a sample) and writes the same five files from them
(kg.export.serialise.write_statements). rdflib is given its terms ready-made, so its side is
a lower bound. The contract queries (kg/queries/*.rq)
run on an Oxigraph store of graph.nt, as `kg query` does on large files; each is timed as the
best of three.

    python -m benchmarks.triples docs/benchmarks-triples.md
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

import kg
from benchmarks import best_of, publish
from benchmarks.corpus import generate
from kg.build import extract_bytes
from kg.export.serialise import write_statements
from kg.query import builtin_queries, run_query_on_store
from kg.rdf.mapping import PREFIXES, NamedGraphs, map_document
from kg.rdf.oxigraph import parse_lines, rdflib_literal
from kg.records import Document

LETTERS = 4000  # about a million triples
CONTRACT = ("citations", "letters", "policies", "posts", "sources", "who-wrote-to-whom")


def evaluated(store: ox.Store, query: str) -> None:
    """Oxigraph's own work: the query evaluated and its results written as SPARQL TSV (what a
    SPARQL endpoint on the store, `kg serve`, sends)."""
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    solutions.serialize(format=ox.QueryResultsFormat.TSV)


def first_call(store: ox.Store, query: str) -> float:
    """Seconds of the API's query with no literal made before (as in a fresh process)."""
    rdflib_literal.cache_clear()
    return best_of(1, partial(run_query_on_store, store, query))


def plain_rdflib(named: NamedGraphs, directory: Path) -> tuple[float, float]:
    """Seconds to make the rdflib Dataset and union Graph of the triples, and to write the five
    files with rdflib's serialisers."""
    dataset, union = Dataset(), Graph()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
        union.bind(prefix, namespace, override=True)

    def make() -> None:
        for name, part in named.graphs():
            graph = dataset.graph(name)
            triples = list(parse_lines(part))
            graph.addN((*triple, graph) for triple in triples)
            union.addN((*triple, union) for triple in triples)

    def write() -> None:
        for rdf_format, extension in (("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld")):
            union.serialize(directory / f"rdflib.{extension}", format=rdf_format)
        dataset.serialize(directory / "rdflib.nq", format="nquads")
        dataset.serialize(directory / "rdflib.trig", format="trig")

    return best_of(1, make), best_of(1, write)


def mapping_seconds(letters: list[Path], sample: int = 500) -> float:
    """kamergraaf's way of making the graph: mapping documents to N-Triples lines (what a plain
    rdflib build would do with Graph.add), timed on a sample and scaled to all letters."""
    documents = [extract_bytes(path.read_bytes(), path.name) for path in letters[:sample]]
    seconds = best_of(1, lambda: [map_document(d) for d in documents if isinstance(d, Document)])
    return seconds * len(letters) / sample


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        letters = generate(folder / "letters", LETTERS, seed=LETTERS)
        result = kg.build([folder / "letters"], jobs=2)
        map_seconds = mapping_seconds(letters)
        ours = folder / "kamergraaf"
        ours.mkdir()
        write_seconds = best_of(1, lambda: write_statements(result.named, ours))
        triples = result.triples
        make_seconds, rdflib_write_seconds = plain_rdflib(result.named, folder)
        store = ox.Store()
        store.load(path=str(ours / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
        queries = builtin_queries()
        query_ms = {
            name: (
                best_of(3, partial(evaluated, store, queries[name])) * 1e3,
                first_call(store, queries[name]) * 1e3,
                best_of(3, partial(run_query_on_store, store, queries[name])) * 1e3,
            )
            for name in CONTRACT
        }
    rows = [
        f"{triples:,} distinct triples ({LETTERS:,} synthetic letters), written as Turtle,"
        " N-Triples, JSON-LD, N-Quads and TriG:\n",
        "| | plain rdflib (s) | kamergraaf (s) | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| make the graph | {make_seconds:.1f} | {map_seconds:.1f} (mapping to lines) |"
        f" {make_seconds / map_seconds:.1f}x |",
        f"| write every format | {rdflib_write_seconds:.1f} | {write_seconds:.1f} |"
        f" {rdflib_write_seconds / write_seconds:.1f}x |",
        f"| both | {make_seconds + rdflib_write_seconds:.1f} | {map_seconds + write_seconds:.1f} |"
        f" {(make_seconds + rdflib_write_seconds) / (map_seconds + write_seconds):.1f}x |",
        "\nThe contract queries on an Oxigraph store of graph.nt: Oxigraph's evaluation with the"
        " results written as SPARQL TSV (what `kg serve` sends; best of three), and `kg query`'s"
        " (the rows as rdflib terms, as the Python API returns them): the first query of a"
        " process, and the best of three more (the literals of rows met before are reused):\n",
        "| query | Oxigraph, TSV results (ms) | kg query, first (ms) | kg query, again (ms) |",
        "| --- | ---: | ---: | ---: |",
        *(
            f"| {name} | {alone:,.0f} | {first:,.0f} | {again:,.0f} |"
            for name, (alone, first, again) in query_ms.items()
        ),
    ]
    text = "\n".join(rows) + "\n"
    publish(text)


if __name__ == "__main__":
    main()
