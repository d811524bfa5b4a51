"""PDF reports: the text layer page by page; pages without one are read by OCR."""

from __future__ import annotations

import re
from pathlib import Path

from parkqa.ingest.cleaning import PAGE_BREAK
from parkqa.ingest.core import LoadError, Progress, RawText, first_line, paged_text

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d+\s*/\s*\d+)\s*$"
)


def read_pdf(path: Path, data: bytes, progress: Progress) -> RawText:
    """The PDF's text layer page by page (pypdf), without page numbers; pages without a text
    layer (a scan, or a scanned page in a typed report) are read by OCR."""
    import io

    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError("load.no_pdf_header")
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError("load.pdf_password")
    texts = [
        _strip_page_number(page.extract_text() or "", number)
        for number, page in enumerate(reader.pages, 1)
    ]
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
    text = paged_text(texts)
    return RawText(
        text,
        meta_title or first_line(text.replace(PAGE_BREAK, "")),
        wrapped=True,
        paged=True,
        ocr_pages=scanned,
    )


def _strip_page_number(text: str, number: int) -> str:
    """Drop a page's first or last line when it is only that page's number (``3``, ``- 3 -``)."""
    lines = text.splitlines()
    for index in (-1, 0):
        if lines:
            line = lines[index].strip()
            if _PAGE_NUMBER.match(line) or line == str(number):
                lines.pop(index)
    return "\n".join(lines)
