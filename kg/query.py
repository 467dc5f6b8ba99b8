"""SPARQL over a built graph, with the public contract queries built in by name."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import GraphError, QueryError

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def builtin_queries() -> dict[str, str]:
    """The named queries shipped with kamergraaf (kg/queries/*.rq): the public query contract."""
    folder = resources.files("kg").joinpath("queries")
    return {
        entry.name.removesuffix(".rq"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }


def resolve_query(query: str) -> str:
    """A query given as a built-in name, a path to a .rq file, or SPARQL text."""
    queries = builtin_queries()
    if query in queries:
        return queries[query]
    path = Path(query)
    if query.endswith((".rq", ".sparql")):
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise QueryError(
                f"cannot read the query file {query}: {error.strerror or error}"
            ) from error
    if any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        return query
    raise QueryError(
        f"no query named {query!r}; give a .rq file, SPARQL text, or one of: {', '.join(queries)}"
    )


def load_graph(path: Path) -> Graph:
    """Load a built graph (Turtle, N-Triples or JSON-LD, by extension)."""
    formats = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld"}
    rdf_format = formats.get(path.suffix.lower())
    if rdf_format is None:
        raise GraphError(f"{path}: unknown graph format; use a .ttl, .nt or .jsonld file")
    graph = Graph()
    try:
        graph.parse(path, format=rdf_format)
    except FileNotFoundError as error:
        raise GraphError(f"{path}: no such file; build one first with `kg build`") from error
    except Exception as error:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: not a valid {rdf_format} file: {error}") from error
    return graph


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: rows for SELECT, a boolean for ASK, a graph otherwise."""

    result: Result

    @property
    def variables(self) -> list[str]:
        return [str(v) for v in self.result.vars or []]

    @property
    def rows(self) -> list[tuple[str, ...]]:
        if self.result.type != "SELECT":
            return []
        return [tuple(_text(value) for value in row) for row in self.result]  # type: ignore[union-attr]

    def serialise(self, result_format: str) -> str:
        """The result as csv, tsv or json (the SPARQL 1.1 results formats), or Turtle for graphs."""
        if self.result.type in ("CONSTRUCT", "DESCRIBE"):
            assert self.result.graph is not None
            return self.result.graph.serialize(format="turtle")
        if self.result.type == "ASK":
            return json.dumps({"head": {}, "boolean": bool(self.result.askAnswer)}) + "\n"
        if result_format == "json":
            return self.result.serialize(format="json").decode("utf-8")  # type: ignore[union-attr]
        buffer = io.StringIO()
        writer = csv.writer(
            buffer, delimiter="\t" if result_format == "tsv" else ",", lineterminator="\n"
        )
        writer.writerow(self.variables)
        writer.writerows(self.rows)
        return buffer.getvalue()


def run_query(graph: Graph, query: str) -> QueryResult:
    """Run a query (built-in name, .rq path or SPARQL text) on the graph."""
    text = resolve_query(query)
    try:
        return QueryResult(graph.query(text))
    except Exception as error:  # pyparsing and rdflib evaluation errors
        raise QueryError(f"the query failed: {error}") from error


def _text(value: Node | None) -> str:
    return "" if value is None else str(value)
