"""Writers for test documents (DOCX, PDF) so fixtures are made from our own text at test time.

Also used by ``examples/build_samples.py`` to build the bundled sample reports.
"""

from __future__ import annotations

from pathlib import Path


def write_docx(path: Path, blocks: list[tuple[str, object]], title: str | None = None) -> Path:
    """``blocks``: ("heading", text) | ("para", text) | ("table", [[cell, ...], ...])."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, content in blocks:
        if kind == "heading":
            document.add_heading(str(content), level=1)
        elif kind == "para":
            document.add_paragraph(str(content))
        elif kind == "table":
            rows = list(content)  # type: ignore[arg-type]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
        else:
            raise ValueError(kind)
    document.save(str(path))
    return path


def wrap_fixed(text: str, width: int) -> list[str]:
    """Break every paragraph every ``width`` characters, as a PDF page layout does."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
            continue
        lines.extend(paragraph[i : i + width] for i in range(0, len(paragraph), width))
    return lines


def write_pdf(
    path: Path,
    lines: list[str],
    lines_per_page: int = 40,
    page_numbers: bool = True,
    title: str | None = None,
) -> Path:
    """A PDF with a real text layer (CID font STSong-Light), one given line per text line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    if title:
        pdf.setTitle(title)
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    for number, page in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 11)
        y = 800
        for line in page:
            if line:
                pdf.drawString(50, y, line)
            y -= 18
        if page_numbers:
            pdf.drawString(290, 30, f"- {number} -")
        pdf.showPage()
    pdf.save()
    return path
