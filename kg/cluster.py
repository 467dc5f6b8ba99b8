"""Extraction on a Dask cluster: `kg build --engine dask [--scheduler ADDRESS]`.

The per-document work (reading, cleaning, extracting, mapping to triples) runs as Dask tasks: on
a LocalCluster of `jobs` worker processes when no scheduler is given, or on the cluster at
ADDRESS. The client reads the files and sends their bytes, so workers need no shared file
system. Mapped documents come back in input order; the cross-document step (kg.rdf.across) is
the reduce, on the client. The result is the same, byte for byte, as a local build.

Dask is an optional dependency: pip install 'kamergraaf[dask]'.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

from kg.errors import KamergraafError


@contextmanager
def dask_executor(scheduler: str | None, workers: int) -> Iterator[tuple[Executor, int]]:
    """A concurrent.futures Executor backed by a Dask client, and how many tasks the cluster
    runs at once (its worker threads), to keep that many busy."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise KamergraafError(
            "the dask engine needs Dask: pip install 'kamergraaf[dask]'"
        ) from error
    if scheduler:
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client.get_executor(), _slots(client)
        return
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client.get_executor(), _slots(client)


def _slots(client: Any) -> int:
    threads: dict[str, int] = client.nthreads()
    return max(1, sum(threads.values()))
