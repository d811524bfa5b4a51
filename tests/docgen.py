"""Writers for test documents (DOCX, PDF) so fixtures are made from our own text at test time.

Also used by ``examples/build_samples.py`` to build the bundled sample reports.
"""

from __future__ import annotations

from pathlib import Path


def write_docx(path: Path, blocks: list[tuple[str, object]], title: str | None = None) -> Path:
    """``blocks``: ("heading", text) | ("para", text) | ("table", [[cell, ...], ...]) |
    ("pagebreak", None): an explicit page break | ("para-newpage", text): a paragraph with
    "page break before" | ("section", "nextPage" | "continuous"): a section break."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for kind, content in blocks:
        if kind == "heading":
            document.add_heading(str(content), level=1)
        elif kind == "para":
            document.add_paragraph(str(content))
        elif kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "para-newpage":
            document.add_paragraph(str(content)).paragraph_format.page_break_before = True
        elif kind == "section":
            start = WD_SECTION.NEW_PAGE if content == "nextPage" else WD_SECTION.CONTINUOUS
            document.add_section(start)
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


#: A CJK font for rendering scans (Debian: fonts-wqy-zenhei); tests use committed renders.
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"


def render_scan(
    paragraphs: list[str],
    *,
    dpi: int = 150,
    font_path: str = CJK_FONT,
    noise: float = 0.0,
    angle: float = 0.0,
    seed: int = 0,
) -> list:
    """Pages (PIL images) of an A4 document set in 10.5 pt type, each paragraph's first line
    indented two characters, as a scanner would return them: ``noise`` adds that fraction of
    speckles plus grey grain and blur, ``angle`` rotates the page by that many degrees."""
    import random

    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    size = round(10.5 / 72 * dpi)
    margin = round(0.9 * dpi)
    font = ImageFont.truetype(font_path, size)
    per_line = (width - 2 * margin) // size
    lines: list[str] = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        lines += [text[i : i + per_line] for i in range(0, len(text), per_line)]
    step = round(size * 1.6)
    per_page = (height - 2 * margin) // step
    rng = random.Random(seed)
    pages = []
    for first in range(0, len(lines), per_page):
        page = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(page)
        for row, line in enumerate(lines[first : first + per_page]):
            draw.text((margin, margin + row * step), line, font=font, fill=0)
        if noise:
            pixels = page.load()
            for _ in range(int(noise * width * height)):
                x, y = rng.randrange(width), rng.randrange(height)
                pixels[x, y] = rng.choice((0, 255))
            grain = Image.effect_noise((width, height), 40 * noise * 10).convert("L")
            page = Image.blend(page, grain, 0.12).filter(ImageFilter.GaussianBlur(0.6))
        if angle:
            page = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
        pages.append(page)
    return pages
