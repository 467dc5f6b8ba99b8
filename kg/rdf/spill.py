"""Documents' triples kept on disk while a build runs, so that its memory does not grow with the
archive: each document's N-Triples lines, sorted and compressed, in one temporary file."""

from __future__ import annotations

import tempfile
import zlib
from collections.abc import Iterable, Iterator, MutableMapping

from rdflib import URIRef

from kg.rdf import Triples


def pack(triples: Iterable[str]) -> bytes:
    """Triples as SpilledTriples keeps them (sorted N-Triples lines, compressed): also how a
    worker sends a document's triples, a fraction of the size of the set pickled."""
    return zlib.compress("\n".join(sorted(triples)).encode("utf-8"), 1)


def unpack(data: bytes) -> Triples:
    """The triples `pack` packed."""
    return set(unpack_sorted(data))


def unpack_sorted(data: bytes) -> list[str]:
    """The triples `pack` packed, in its (sorted) order."""
    text = zlib.decompress(data).decode("utf-8")
    return text.split("\n") if text else []


class SpilledTriples(MutableMapping[URIRef, Triples]):
    """A mapping of document (named graph) to its triples, held in a temporary file."""

    def __init__(self) -> None:
        # lives as long as the mapping (a build result can be read after the build returns)
        self._file = tempfile.TemporaryFile()  # noqa: SIM115
        self._where: dict[URIRef, tuple[int, int]] = {}

    def __setitem__(self, name: URIRef, triples: Triples) -> None:
        self.put_packed(name, pack(triples))

    def put_packed(self, name: URIRef, data: bytes) -> None:
        """Keep a document's triples packed already (`pack`)."""
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._where[name] = (offset, len(data))

    def __getitem__(self, name: URIRef) -> Triples:
        return set(self.sorted_lines(name))

    def sorted_lines(self, name: URIRef) -> list[str]:
        """A document's triples, sorted."""
        return unpack_sorted(self.packed(name))

    def packed(self, name: URIRef) -> bytes:
        """A document's triples as `pack` packs them."""
        offset, size = self._where[name]
        self._file.seek(offset)
        return self._file.read(size)

    def __delitem__(self, name: URIRef) -> None:
        del self._where[name]  # the bytes stay in the file until it is closed

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)
