"""Word letters (python-docx): paragraphs and table cells in document order.

An empty paragraph, or space before or after a paragraph, becomes a blank line, the way the
letter looks on paper.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from kg.errors import InputError

_MAX_UNPACKED = 200 * 1024 * 1024  # a letter never unpacks to more: anything bigger is a zip bomb


def read_docx(data: bytes) -> str:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > _MAX_UNPACKED:
        raise InputError(f"the Word file unpacks to {unpacked // 2**20} MiB: refused as a zip bomb")
    try:
        document = docx.Document(BytesIO(data))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors...
        raise InputError(f"the Word file is damaged: {error}") from error
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            _paragraph(block, lines)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for paragraph in cell.paragraphs:
                        _paragraph(paragraph, lines)
                lines.append("")
    return "\n".join(lines).strip() + "\n"


def _paragraph(paragraph: Paragraph, lines: list[str]) -> None:
    text = paragraph.text.replace("\v", "\n")
    spaced = bool(paragraph.paragraph_format.space_before or paragraph.paragraph_format.space_after)
    if spaced and lines and lines[-1]:
        lines.append("")
    lines.append(text)
    if spaced and text:
        lines.append("")
