"""Word (.docx) reports: paragraphs and tables in document order, headings kept, pages from
Word's own layout marks or from explicit breaks."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from parkqa.ingest.cleaning import PAGE_BREAK
from parkqa.ingest.core import LoadError, Progress, RawText, join_inline, table_row

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Section starts that begin a new page (``continuous`` and ``nextColumn`` do not).
_NEW_PAGE_SECTIONS = {None, "nextPage", "oddPage", "evenPage"}


def read_docx(path: Path, data: bytes, progress: Progress) -> RawText:
    """Paragraphs and tables in document order; heading styles become headings; pages from
    Word's own page breaks.

    Word records where it last laid out each page (``lastRenderedPageBreak``) when it saves; a
    file that has them gets its pages from them. Otherwise (files written by other programs) the
    pages are the explicit page breaks, "page break before" paragraphs and section breaks that
    start a new page. A break inside a paragraph counts before the paragraph when no text precedes
    it, else after the paragraph: a citation names the page its paragraph starts on.
    """
    import io

    import docx
    from docx.table import Table

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("load.not_zip", fmt="DOCX")
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    rendered = next(body.iter(f"{_W}lastRenderedPageBreak"), None) is not None
    sections = list(body.iter(f"{_W}sectPr"))
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_docx_table_rows(item, rendered))
            continue
        before, after = _docx_breaks(item._p, rendered, sections)
        blocks += [PAGE_BREAK] * before
        text = join_inline([item.text])
        if text:
            style = (item.style.name if item.style is not None else "") or ""
            if style.startswith(("Heading", "Title")) or style in ("标题",):
                blocks.append("# " + text)
            else:
                blocks.append(text)
        blocks += [PAGE_BREAK] * after
    while blocks and blocks[-1] == PAGE_BREAK:  # a break at the very end opens no page
        blocks.pop()
    title = document.core_properties.title or next(
        (b[2:] for b in blocks if b.startswith("# ")), None
    )
    paged = PAGE_BREAK in blocks
    return RawText("\n\n".join(blocks), title, wrapped=False, paged=paged)


def _docx_breaks(p, rendered: bool, sections: list) -> tuple[int, int]:
    """How many pages start before / after this paragraph (see :func:`_read_docx`)."""
    before = after = 0
    seen_text = False
    for node in p.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
        if node.tag == f"{_W}t":
            seen_text = seen_text or bool((node.text or "").strip())
        elif _is_page_break(node, rendered):
            if seen_text:
                after += 1
            else:
                before += 1
    if rendered:
        return before, after
    ppr = p.find(f"{_W}pPr")
    if ppr is not None:
        flag = ppr.find(f"{_W}pageBreakBefore")
        if flag is not None and flag.get(f"{_W}val") not in ("0", "false", "off"):
            before = max(before, 1)
        own = ppr.find(f"{_W}sectPr")
        if own is not None and own in sections:
            # This paragraph ends a section; the next section's start type says whether the
            # next one opens on a new page.
            index = sections.index(own)
            if index + 1 < len(sections):
                kind = sections[index + 1].find(f"{_W}type")
                start = kind.get(f"{_W}val") if kind is not None else None
                if start in _NEW_PAGE_SECTIONS:
                    after = max(after, 1)
    return before, after


def _is_page_break(node, rendered: bool) -> bool:
    """Word's own layout mark when the file has them, else an explicit page break."""
    if rendered:
        return node.tag == f"{_W}lastRenderedPageBreak"
    return node.tag == f"{_W}br" and node.get(f"{_W}type") == "page"


def _docx_table_rows(table, rendered: bool = False) -> Iterator[str]:
    """The table's rows, with a page break before a row that starts a page (a table can run
    over several pages)."""
    for row in table.rows:
        yield from [PAGE_BREAK] * sum(
            _is_page_break(node, rendered)
            for node in row._tr.iter(f"{_W}br", f"{_W}lastRenderedPageBreak")
        )
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is returned once per grid column
                continue
            last = cell._tc
            cells.append(cell.text)
        line = table_row(cells)
        if line:
            yield line
