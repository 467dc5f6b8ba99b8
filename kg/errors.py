"""One base exception; every message says what went wrong and, where it can, how to fix it."""


class KamergraafError(Exception):
    """Base class of every error kamergraaf raises on purpose."""

    kind = "error"


class InputError(KamergraafError):
    """An input file cannot be read or decoded."""

    kind = "input"


class QueryError(KamergraafError):
    """A SPARQL query cannot be found, parsed or run."""

    kind = "query"


class GraphError(KamergraafError):
    """A graph file cannot be loaded."""

    kind = "graph"
