"""Input readers: from a file's bytes to its text (and official metadata where it has any).

The reader is chosen by content, not by file name: PDF and Word by their signature, official XML
and HTML by their root element, anything else is decoded as plain text.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from kg.errors import InputError
from kg.readers.docx import read_docx
from kg.readers.html import read_html
from kg.readers.official_xml import read_official_xml
from kg.readers.pdf import read_pdf
from kg.readers.text import decode_text
from kg.records import Publication, Source

MAX_TEXT = 16 * 2**20  # characters of text in one file
_IMAGES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}


@dataclass(frozen=True)
class SourceText:
    """The text of one input file, what identifies the file, and its official metadata."""

    source: Source
    text: str
    publication: Publication | None = None


def read(path: Path) -> SourceText:
    """Read one file. Raises InputError saying what is wrong and what to do about it."""
    return read_bytes(file_bytes(path), path.name)


def file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror or error}") from error


def read_bytes(data: bytes, file_name: str) -> SourceText:
    """Read the bytes of one file named `file_name`."""
    sha256 = hashlib.sha256(data).hexdigest()
    publication = None
    pages = None
    if data.startswith(b"%PDF-"):
        text, pages = read_pdf(data)
        reader = "pdf"
    elif data.startswith(b"PK\x03\x04"):
        if not _is_word(data):
            raise InputError("this is a ZIP archive, not a Word (.docx) letter; unpack it first")
        text, reader = read_docx(data), "docx"
    elif kind := next((k for signature, k in _IMAGES.items() if data.startswith(signature)), None):
        raise InputError(f"this is {kind}, not a letter; OCR it to text or PDF first")
    elif _is_binary(data):
        raise InputError("this is a binary file, not a letter")
    else:
        decoded, encoding = decode_text(data)
        head = decoded.lstrip()[:2048].lower()
        if head.startswith("<") and ("<html" in head or "<!doctype html" in head):
            text, publication = read_html(data)
            reader = "html"
        elif head.startswith("<"):
            text, publication = read_official_xml(data)
            reader = "official-xml"
        else:
            text, reader = decoded, f"text ({encoding})"
    if not text.strip() and publication is None:
        raise InputError("the file holds no text")
    if len(text) > MAX_TEXT:
        raise InputError(
            f"the text is {len(text) // 2**20} MiB, far more than letters hold (kamergraaf reads "
            f"up to {MAX_TEXT // 2**20} MiB of text per file): split the file"
        )
    return SourceText(Source(file_name, sha256, reader, pages), text, publication)


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def _is_binary(data: bytes) -> bool:
    """More than 5% control bytes (a stray one is a character to drop), unless it is UTF-16."""
    head = data[:8192]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return not head.startswith((b"\xff\xfe", b"\xfe\xff")) and controls > len(head) // 20


def _is_word(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
