"""PDF letters (pdfplumber): text in reading order, with the letterhead column put first.

Dutch ministry letters (the Rijkshuisstijl) print the letterhead fields (Postbus, Onze referentie,
Datum, Bijlage(n)) in a narrow column on the right. Plain text extraction interleaves that column
with the body or puts it after the first page. Here each printed line is split where a wide gap
opens into the right-hand third of the page: what lies right of the gap is the column, and is
written before the body of its page. A vertical gap wider than the usual line distance becomes a
blank line, so paragraphs stay paragraphs.
"""

from __future__ import annotations

import statistics
from io import BytesIO
from itertools import pairwise
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from kg.errors import InputError

_COLUMN_START = 0.68  # the letterhead column starts in the right third of the page
_COLUMN_GAP = 18.0  # points of white space between body text and the column
_SAME_LINE = 2.5  # points of vertical tolerance for words on one printed line
_PARAGRAPH_GAP = 1.45  # a line distance this many times the usual one starts a paragraph

Word = dict[str, Any]


def read_pdf(data: bytes) -> tuple[str, int]:
    """The text of a PDF and its number of pages. Raises InputError for PDFs without text."""
    try:
        with pdfplumber.open(BytesIO(data)) as pdf:
            pages = [_page_text(page) for page in pdf.pages]
    except Exception as error:  # pdfminer raises many types for broken files; say which it was
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError("the PDF is encrypted; decrypt it first (qpdf --decrypt)") from error
        reason = str(cause) or type(cause).__name__
        raise InputError(f"the PDF is damaged or truncated ({reason})") from error
    text = "\n\n".join(page for page in pages if page.strip())
    if not text.strip():
        raise InputError("the PDF has no text layer (a scan?): OCR is needed to read it")
    return text, len(pages)


def _page_text(page: Any) -> str:
    words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    if not words:
        return ""
    column_x = page.width * _COLUMN_START
    main: list[list[Word]] = []
    column: list[list[Word]] = []
    for line in _lines(words):
        split = next(
            (
                i
                for i in range(1, len(line))
                if line[i]["x0"] >= column_x and line[i]["x0"] - line[i - 1]["x1"] >= _COLUMN_GAP
            ),
            None,
        )
        if line[0]["x0"] >= column_x:
            column.append(line)
        elif split is None:
            main.append(line)
        else:
            main.append(line[:split])
            column.append(line[split:])
    return "\n\n".join(part for part in (_layout(column), _layout(main)) if part)


def _lines(words: list[Word]) -> list[list[Word]]:
    """Words grouped into printed lines, top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= _SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _layout(lines: list[list[Word]]) -> str:
    """Lines as text, with a blank line where the vertical distance shows a new paragraph."""
    if not lines:
        return ""
    tops = [line[0]["top"] for line in lines]
    distances = [b - a for a, b in pairwise(tops) if b > a]
    usual = statistics.median(distances) if distances else 0.0
    out = [" ".join(w["text"] for w in lines[0])]
    for previous, line in pairwise(lines):
        if usual and line[0]["top"] - previous[0]["top"] > usual * _PARAGRAPH_GAP:
            out.append("")
        out.append(" ".join(w["text"] for w in line))
    return "\n".join(out)
