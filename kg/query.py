"""SPARQL over a built graph, with rdflib or Oxigraph, and the named queries built in.

The contract queries (kg/queries/*.rq, the public query contract) and more useful ones
(kg/queries/more/*.rq) can be run by name. Both engines give the same answers; Oxigraph is much
faster on large graphs, so `engine="auto"` picks it for files over ENGINE_THRESHOLD bytes.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyoxigraph as ox
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.collector import collector_paused
from kg.errors import GraphError, QueryError
from kg.rdf.mapping import PREFIXES
from kg.rdf.oxigraph import rdflib_literal, rdflib_term

RESULT_FORMATS = ("table", "csv", "tsv", "json")
ENGINES = ("auto", "rdflib", "oxigraph")
ENGINE_THRESHOLD = 20 * 2**20  # bytes of graph file above which "auto" uses Oxigraph
_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nq": "nquads",
    ".trig": "trig",
}
_DATASET_FORMATS = {"nquads", "trig"}  # named graphs: queried as their union
OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
_UPDATE = re.compile(
    r"\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.I,
)


def builtin_queries() -> dict[str, str]:
    """The named queries: the public contract (kg/queries/) and more (kg/queries/more/)."""
    folder = resources.files("kg").joinpath("queries")
    queries = {}
    for directory in (folder, folder.joinpath("more")):
        for entry in sorted(directory.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".rq"):
                queries[entry.name.removesuffix(".rq")] = entry.read_text(encoding="utf-8")
    return queries


def resolve_query(query: str) -> str:
    """A query given as a built-in name, a path to a .rq file, or SPARQL text."""
    queries = builtin_queries()
    if query in queries:
        return queries[query]
    if _UPDATE.match(query):
        raise QueryError("that is a SPARQL update; kg query is read-only and never changes a graph")
    if query.endswith((".rq", ".sparql")):
        try:
            return Path(query).read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(
                f"cannot read the query file {query}: {error.strerror or error}"
            ) from error
    if any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return query
    raise QueryError(
        f"no query named {query!r}; give a .rq file, SPARQL text, or one of: {', '.join(queries)}"
    )


def graph_format(path: Path) -> str:
    rdf_format = _FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise GraphError(
            f"{path}: unknown graph format; use a .ttl, .nt, .jsonld, .nq or .trig file"
        )
    if not path.is_file():
        raise GraphError(f"{path}: no such file; build one first with `kg build`")
    return rdf_format


def load_graph(path: Path) -> Graph:
    """Load a built graph (by extension) into rdflib; named graphs become their union."""
    rdf_format = graph_format(path)
    graph = Graph()
    try:
        if rdf_format in _DATASET_FORMATS:
            dataset = Dataset()
            dataset.parse(path, format=rdf_format)
            for named in dataset.graphs():
                graph += named
        else:
            graph.parse(path, format=rdf_format)
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: not a valid {rdf_format} file: {error}") from error
    return graph


def load_store(path: Path) -> ox.Store:
    """Load a built graph into an in-memory Oxigraph store."""
    rdf_format = graph_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=OXIGRAPH_FORMATS[rdf_format])
    except (SyntaxError, ValueError, OSError) as error:
        raise GraphError(f"{path}: not a valid {rdf_format} file: {error}") from error
    return store


Row = tuple[Node | None, ...]


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: bindings for SELECT, a boolean for ASK, a graph otherwise."""

    kind: str  # "SELECT", "ASK" or "GRAPH"
    variables: tuple[str, ...] = ()
    bindings: tuple[Row, ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None

    @property
    def rows(self) -> list[tuple[str, ...]]:
        """The bindings as plain strings, "" where unbound."""
        return [tuple("" if v is None else str(v) for v in row) for row in self.bindings]

    def serialise(self, result_format: str) -> str:
        """csv, tsv or json (the SPARQL 1.1 results formats); Turtle for CONSTRUCT and DESCRIBE."""
        if self.graph is not None:
            for prefix, namespace in PREFIXES.items():
                self.graph.bind(prefix, namespace, override=True)
            return self.graph.serialize(format="turtle")
        if self.boolean is not None:
            return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
        if result_format == "json":
            bindings = [
                {
                    name: _json_term(value)
                    for name, value in zip(self.variables, row, strict=True)
                    if value is not None
                }
                for row in self.bindings
            ]
            document = {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}
            return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
        buffer = io.StringIO()
        if result_format == "tsv":  # terms in N-Triples syntax, variables with "?"
            buffer.write("\t".join(f"?{v}" for v in self.variables) + "\n")
            for row in self.bindings:
                buffer.write("\t".join("" if v is None else v.n3() for v in row) + "\n")
            return buffer.getvalue()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(self.variables)
        writer.writerows(self.rows)
        return buffer.getvalue()


def run_query(graph: Graph, query: str) -> QueryResult:
    """Run a query (built-in name, .rq path or SPARQL text) on an rdflib graph."""
    text = resolve_query(query)
    try:
        result = graph.query(text)
        if result.type == "SELECT":
            variables = tuple(result.vars or ())
            # (from the bindings: iterating the result skips rows where nothing is bound)
            rows = tuple(tuple(row.get(v) for v in variables) for row in result.bindings)
            return QueryResult("SELECT", tuple(map(str, variables)), rows)
        if result.type == "ASK":
            return QueryResult("ASK", boolean=bool(result.askAnswer))
        return QueryResult("GRAPH", graph=result.graph)
    except QueryError:
        raise
    except Exception as error:  # pyparsing and rdflib evaluation errors
        raise QueryError(f"the query failed: {error}") from error


def run_query_on_store(store: ox.Store, query: str) -> QueryResult:
    """Run a query (built-in name, .rq path or SPARQL text) on an Oxigraph store."""
    text = resolve_query(query)
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except (SyntaxError, OSError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        return QueryResult("SELECT", *_solutions(result))
    graph = Graph()
    for triple in result:
        terms = (
            rdflib_term(triple.subject),
            rdflib_term(triple.predicate),
            rdflib_term(triple.object),
        )
        graph.add(terms)  # type: ignore[arg-type]
    return QueryResult("GRAPH", graph=graph)


def _solutions(result: ox.QuerySolutions) -> tuple[tuple[str, ...], tuple[Row, ...]]:
    """The variables and rows of a SELECT, read from Oxigraph's TSV (written in Rust: twice as
    fast as asking each solution for its terms), each distinct value made an rdflib term once
    (rows repeat their values: a person on every letter)."""
    variables = tuple(v.value for v in result.variables)
    written = result.serialize(format=ox.QueryResultsFormat.TSV)
    assert written is not None  # (None only when given a file to write to)
    body = written.decode("utf-8").split("\n", 1)[1]  # (after the line of the variables)
    if not variables:
        return variables, ((),) * body.count("\n")
    with collector_paused():  # (tens of thousands of tuples)
        cells = body.replace("\n", "\t").split("\t")[:-1]  # row after row (cells hold no tab)
        terms = _tsv_terms(set(cells) - {""})
        values = map(terms.get, cells)  # (an unbound cell is empty: None)
        return variables, tuple(zip(*[values] * len(variables), strict=True))


_SIMPLE_LITERAL = re.compile(r'"([^"\\]*)"(?:@([a-z]+(?:-[a-z0-9]+)*)|\^\^<([^<>"]+)>)?')
_XSD_STRING = str(XSD.string)


def _tsv_terms(written: set[str]) -> dict[str, Node]:
    """Terms as SPARQL TSV writes them (Turtle: "5" may be written 5), read by Oxigraph at once."""
    terms: dict[str, Node] = {cell: BNode(cell[2:]) for cell in written if cell.startswith("_:")}
    # IRIs as Oxigraph writes them (checked, never escaped): made as rdflib_term makes them
    terms.update((cell, str.__new__(URIRef, cell[1:-1])) for cell in written if cell[0] == "<")
    for cell in written - terms.keys():  # literals without escapes: their text is as written
        if simple := _SIMPLE_LITERAL.fullmatch(cell):
            text, language, datatype = simple.groups()
            terms[cell] = rdflib_literal(text, language, datatype or _XSD_STRING)
    values = sorted(written - terms.keys())
    document = "".join(f"<urn:row> <urn:value> {value} .\n" for value in values)
    parsed = ox.parse(document.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    for value, triple in zip(values, parsed, strict=True):
        term = rdflib_term(triple.object)
        assert term is not None
        terms[value] = term
    return terms


def query_file(path: Path, query: str, engine: str = "auto") -> QueryResult:
    """Run a query on a graph file with the chosen engine ("auto": by file size)."""
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "auto":
        engine = (
            "oxigraph" if path.is_file() and path.stat().st_size > ENGINE_THRESHOLD else "rdflib"
        )
    if engine == "oxigraph":
        return run_query_on_store(load_store(path), query)
    return run_query(load_graph(path), query)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value: dict[str, str] = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value
