"""Input readers: from a file to its decoded text. One reader per format, chosen by content.

Only plain text is read for now; PDF, HTML, official XML and Word follow (see the roadmap).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.records import Source

_BINARY_SIGNATURES = {
    b"%PDF-": "a PDF",
    b"PK\x03\x04": "a ZIP or Word (.docx) file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


@dataclass(frozen=True)
class SourceText:
    """The decoded text of one input file, and what identifies the file."""

    source: Source
    text: str


def read(path: Path) -> SourceText:
    """Read one file. Raises InputError saying what is wrong and what to do about it."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror or error}") from error
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"this is {kind}; only plain-text letters (.txt) can be read so far")
    if b"\x00" in data[:8192]:
        raise InputError("this is a binary file, not a text letter")
    text, encoding = _decode(data)
    if not text.strip():
        raise InputError("the file is empty")
    sha256 = hashlib.sha256(data).hexdigest()
    return SourceText(Source(path.name, sha256, f"text ({encoding})"), text)


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without a byte-order mark), else Windows-1252, the other encoding of Dutch
    letters in the wild."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise InputError(
            f"the text is neither UTF-8 nor Windows-1252 (byte {error.start}); convert it to UTF-8"
        ) from error
