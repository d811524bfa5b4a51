"""PDF reports: the text layer page by page, tables read as tables (:mod:`parkqa.ingest.pdf_tables`,
with pdfplumber); pages without a text layer are read by OCR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from parkqa.ingest.chrome import PAGE_NUMBER, without_running_lines
from parkqa.ingest.cleaning import PAGE_BREAK
from parkqa.ingest.core import LoadError, Progress, RawText, first_line, paged_text


def read_pdf(path: Path, data: bytes, progress: Progress) -> RawText:
    """The PDF's text layer page by page, without page numbers, its tables as ``cell | cell``
    blocks (pdfplumber, see :mod:`parkqa.ingest.pdf_tables`); pages without a text layer (a
    scan, or a scanned page in a typed report) are read by OCR.

    pypdf checks the file and reads its title; a page pdfplumber cannot read (or a file it cannot
    open) is read by pypdf as before, without tables."""
    import io

    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError("load.no_pdf_header")
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError("load.pdf_password")

    def plain(number: int) -> str:
        return _strip_page_number(reader.pages[number - 1].extract_text() or "", number)

    texts = _layout_texts(data, len(reader.pages), plain, progress)
    scanned = [number for number, text in enumerate(texts, 1) if not text.strip()]
    if scanned:
        from parkqa.ingest import ocr

        for number, text in zip(scanned, ocr.read_pdf_pages(data, scanned, progress), strict=True):
            texts[number - 1] = text
        if not any(t.strip() for t in texts):
            raise LoadError("load.pdf_no_text")
        # A blank page of a typed report is not a scan: only pages OCR read text from count.
        scanned = [number for number in scanned if texts[number - 1].strip()]
    meta_title = reader.metadata.title if reader.metadata else None
    if str(meta_title or "").strip().lower() in ("", "untitled", "none"):
        meta_title = None
    text = paged_text(without_running_lines(texts))
    return RawText(
        text,
        meta_title or first_line(text.replace(PAGE_BREAK, "")),
        wrapped=True,
        paged=True,
        ocr_pages=scanned,
    )


def _layout_texts(
    data: bytes, count: int, plain: Callable[[int], str], progress: Progress
) -> list[str]:
    """Every page's markup from its layout (pdfplumber); the plain text layer (``plain``) for a
    page it cannot read, or for every page when it cannot open the file. Each page read is
    reported (``page 3/20``): a long report read for minutes is not taken for a stuck one."""
    import io

    import pdfplumber

    from parkqa.ingest import pdf_tables

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:  # pdfminer refuses a file pypdf reads: read it as before
        return [plain(number) for number in range(1, count + 1)]
    with pdf:
        if len(pdf.pages) == count:
            try:
                return pdf_tables.read_pages(pdf, plain, progress)
            except Exception:  # a layout the table code cannot take: the text layer as before
                pass
    return [plain(number) for number in range(1, count + 1)]


def _strip_page_number(text: str, number: int) -> str:
    """Drop a page's first or last line when it is only that page's number (``3``, ``- 3 -``)."""
    lines = text.splitlines()
    for index in (-1, 0):
        if lines:
            line = lines[index].strip()
            if PAGE_NUMBER.match(line) or line == str(number):
                lines.pop(index)
    return "\n".join(lines)
