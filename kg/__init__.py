"""kamergraaf: a knowledge graph of Dutch government correspondence.

Who wrote to whom, when, about which policy, citing which parliamentary papers.

    >>> import kg
    >>> result = kg.build([Path("examples")], Path("outputs"))
    >>> kg.run_query(result.graph, "who-wrote-to-whom").rows
    >>> [c.identifier for c in kg.cite("Kamerstukken II, 2024/25, 29 861, nr. 158")]
    ['kst-29861-158']
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kamergraaf")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

from kg.build import BuildResult, Problem, build, read_document
from kg.errors import KamergraafError
from kg.export.html import render_html, write_html
from kg.export.serialise import serialise, write_graph
from kg.extract import extract_document, extract_letters
from kg.extract.citations import cite
from kg.query import QueryResult, builtin_queries, load_graph, run_query
from kg.validate import ValidationReport, validate

__all__ = [
    "BuildResult",
    "KamergraafError",
    "Problem",
    "QueryResult",
    "ValidationReport",
    "__version__",
    "build",
    "builtin_queries",
    "cite",
    "extract_document",
    "extract_letters",
    "load_graph",
    "read_document",
    "render_html",
    "run_query",
    "serialise",
    "validate",
    "write_graph",
    "write_html",
]
