"""PDF tables read as tables: today's pypdf path, the pdfplumber reader and PyMuPDF's tables.

Builds PDFs with reportlab (CID font STSong-Light) of each kind of table a park report holds,
from invented parks and figures: a ruled grid, an unruled table (aligned text, no lines), a
three-line table (rules above, under the header and below only), merged header cells, units only
in the caption, a table split across two pages with and without its header repeated, and a table
beside wrapped paragraph text; plus the real dev report
``../shared/eval/dev/corpus/jingshan_hitech_2024_economy.pdf``.

For each PDF and each reader it measures, against the table that was drawn:

* ``cells``: the drawn cells (header and body, rows x columns) that come out as a cell of a
  ``cell | cell`` line at their own row and column;
* ``rows``: the drawn rows that come out exactly as one line;
* ``linked``: the body's numbers that reach the facts (:func:`parkqa.answer.facts.extract_facts`
  on the cleaned text) with their row as subject and their column header as indicator (or, for a
  bare growth column, its owner's header before it: 产值同比增长);
* ``unit``: of the numbers whose column states a unit (header, merged header or caption), the ones
  whose linked fact carries it;
* ``header_first``: the table blocks of the cleaned text holding the drawn rows that start with
  the table's (first) header row;
* ``loose``: drawn cells (not figures) that stand as a line of their own outside any table row
  (a table read as loose lines, or its text read twice);
* ``twice``: body rows that come out more than once;
* seconds per page (the mean of ``--repeat`` reads after a warm-up read).

Readers: ``pypdf (before)`` (the reader before this change: the text layer only), ``pdfplumber
(new)`` (:func:`parkqa.ingest.pdf.read_pdf`), ``plumber text strategy`` (pdfplumber's own text
strategies on pages without a ruled table, instead of the reader's alignment detector), ``pymupdf
tables`` (PyMuPDF's ``page.find_tables()`` and characters through the same layout code, so that
the table finders are compared) and ``pymupdf native`` (the same without the reader's alignment
detector: PyMuPDF's finder alone, its text strategy where it finds nothing). ``--e2e`` also
indexes the dev corpus with the reader before and after and asks the PDF's questions.

Run: ``.venv/bin/python benchmarks/pdf_tables.py`` (PyMuPDF: ``pip install pymupdf`` into the
venv; it is not a dependency). Writes ``docs/pdf_tables.json``.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from parkqa.answer.facts import extract_facts  # noqa: E402
from parkqa.ingest import pdf_tables  # noqa: E402
from parkqa.ingest.cleaning import PAGE_BREAK, clean  # noqa: E402
from parkqa.ingest.core import RawText  # noqa: E402
from parkqa.ingest.pdf import read_pdf  # noqa: E402

DEV_PDF = ROOT.parent / "shared" / "eval" / "dev" / "corpus" / "jingshan_hitech_2024_economy.pdf"
FONT = "STSong-Light"


@dataclass
class Expected:
    """A table as drawn: its column headers (the last header row, a cell merged over two header
    rows read in both), the header row above it (merged cells once), its body rows, and the unit
    each column's numbers carry."""

    header: list[str]
    body: list[list[str]]
    units: list[str]
    upper: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- the PDFs


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return {
        "body": ParagraphStyle(
            "body", fontName=FONT, fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK"
        ),
        "head": ParagraphStyle("head", fontName=FONT, fontSize=13, leading=22, wordWrap="CJK"),
        "cap": ParagraphStyle(
            "cap", fontName=FONT, fontSize=11, leading=18, alignment=TA_CENTER, spaceBefore=4
        ),
        "unit": ParagraphStyle("unit", fontName=FONT, fontSize=9.5, leading=14, alignment=TA_RIGHT),
        "cell": ParagraphStyle(
            "cell", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_CENTER, wordWrap="CJK"
        ),
        "num": ParagraphStyle("num", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_RIGHT),
    }


def _build(path: Path, story: list, running: str) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 9)
        width, height = A4
        canvas.drawString(20 * mm, height - 14 * mm, running)
        canvas.drawRightString(width - 20 * mm, height - 14 * mm, "内部资料")
        canvas.drawCentredString(width / 2, 12 * mm, f"- {doc.page} -")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=24 * mm,
        bottomMargin=24 * mm,
        invariant=1,
        title=running,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def _table(rows: list[list[str]], widths: list[float], style: str, repeat: int = 0, spans=()):
    """A reportlab table of Paragraph cells: ``grid`` (all rules), ``none`` (no rules),
    ``three`` (rules above, under the header rows and below)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = _styles()
    data = [
        [
            Paragraph(v, st["num"] if re.fullmatch(r"[-\d.]+", v) else st["cell"]) if v else ""
            for v in row
        ]
        for row in rows
    ]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    commands: list = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    heads = max(repeat, 1)
    if style == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif style == "three":
        commands += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
            ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
        ]
    commands += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(commands))
    return table


def _paras(*texts: str) -> list:
    from reportlab.platypus import Paragraph

    st = _styles()
    return [Paragraph(t, st["body"]) for t in texts]


def _caption(text: str) -> list:
    from reportlab.platypus import Paragraph

    return [Paragraph(text, _styles()["cap"])]


INTRO = (
    "2024年，青岚经济技术开发区坚持项目为王、产业为先，聚焦新能源装备、生物医药、电子信息和新材料"
    "四大主导产业，全力推动工业经济稳中有进，主要经济指标保持在合理区间，发展质量稳步提升。"
)
AFTER = (
    "从产业结构看，电子信息产业规模最大，生物医药产业增长最快；新材料产业受产品价格下行影响，"
    "产值同比下降，全年园区将加快推动新材料企业技术改造和产品升级。"
)

RULED = Expected(
    header=["产业", "规上企业数（家）", "产值（亿元）", "同比增长（%）", "税收（亿元）"],
    body=[
        ["新能源装备", "48", "126.4", "9.8", "5.62"],
        ["生物医药", "31", "58.7", "12.3", "2.41"],
        ["电子信息", "57", "143.2", "7.6", "6.05"],
        ["新材料", "26", "49.5", "-2.1", "1.87"],
        ["合计", "162", "377.8", "8.4", "15.95"],
    ],
    units=["", "家", "亿元", "%", "亿元"],
)


def build_ruled(path: Path) -> list[Expected]:
    story = [*_paras(INTRO), *_caption("表1 2024年青岚经开区重点产业运行情况")]
    story.append(_table([RULED.header, *RULED.body], [30, 24, 24, 22, 24], "grid"))
    story += _paras(AFTER)
    _build(path, story, "青岚经开区经济运行简报")
    return [RULED]


UNRULED = Expected(
    header=["街道", "企业数（家）", "营业收入（亿元）", "研发投入（亿元）", "增速（%）"],
    body=[
        ["澄湖街道", "214", "318.6", "12.74", "10.2"],
        ["东岸街道", "167", "205.3", "7.91", "6.5"],
        ["西塘街道", "98", "96.8", "3.25", "-1.4"],
        ["南湾街道", "121", "143.9", "5.06", "8.7"],
    ],
    units=["", "家", "亿元", "亿元", "%"],
)


def build_unruled(path: Path) -> list[Expected]:
    story = _paras(
        "澄湖高新区下辖四个街道，各街道主要经济指标如下。东岸街道营业收入居第二位，西塘街道受"
        "传统产业调整影响，营业收入同比小幅下降。"
    )
    story += _caption("表2 澄湖高新区各街道主要指标")
    story.append(_table([UNRULED.header, *UNRULED.body], [28, 22, 24, 24, 20], "none"))
    story += _paras("下一步，高新区将推动各街道错位发展，形成产业集聚效应。")
    _build(path, story, "澄湖高新区经济运行分析")
    return [UNRULED]


THREE = Expected(
    header=["季度", "工业产值（亿元）", "固定资产投资（亿元）", "新签约项目（个）"],
    body=[
        ["一季度", "41.2", "9.6", "7"],
        ["二季度", "47.8", "12.3", "11"],
        ["三季度", "45.1", "10.8", "9"],
        ["四季度", "52.6", "14.1", "13"],
    ],
    units=["", "亿元", "亿元", "个"],
)


def build_three_line(path: Path) -> list[Expected]:
    story = _paras("赤岭产业园2024年各季度主要指标保持平稳增长，四季度工业产值创年内新高。")
    story += _caption("表3 赤岭产业园2024年分季度运行情况")
    story.append(_table([THREE.header, *THREE.body], [26, 30, 34, 30], "three"))
    story += _paras("全年园区新签约项目40个，较上年增加6个。")
    _build(path, story, "赤岭产业园运行情况")
    return [THREE]


MERGED = Expected(
    header=["片区", "协议投资", "计划投资", "完成投资", "新开工项目（个）"],
    upper=["片区", "投资情况（亿元）", "新开工项目（个）"],
    body=[
        ["北部片区", "86.5", "42.0", "45.3", "12"],
        ["中心片区", "124.8", "60.5", "58.9", "17"],
        ["临港片区", "63.2", "30.0", "33.6", "8"],
    ],
    units=["", "亿元", "亿元", "亿元", "个"],
)


def build_merged(path: Path) -> list[Expected]:
    story = _paras("望川经开区三个片区项目建设加快推进，中心片区协议投资规模最大。")
    story += _caption("表4 2024年望川经开区各片区项目投资")
    rows = [
        ["片区", "投资情况（亿元）", "", "", "新开工项目（个）"],
        ["", "协议投资", "计划投资", "完成投资", ""],
        *MERGED.body,
    ]
    spans = [((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))]
    story.append(_table(rows, [28, 26, 26, 26, 30], "grid", spans=spans))
    story += _paras("临港片区完成投资超过年度计划，北部片区新开工项目12个。")
    _build(path, story, "望川经开区项目建设通报")
    return [MERGED]


CAPTION_UNIT = Expected(
    header=["指标", "2024年", "2023年", "增减额"],
    body=[
        ["工业总产值", "212.6", "195.3", "17.3"],
        ["固定资产投资", "58.4", "61.2", "-2.8"],
        ["税收收入", "9.73", "9.05", "0.68"],
        ["进出口总额", "37.9", "33.1", "4.8"],
    ],
    units=["", "亿元", "亿元", "亿元"],
)


def build_caption_unit(path: Path) -> list[Expected]:
    from reportlab.platypus import Paragraph

    story = _paras("松溪工业园2024年主要经济指标与上年比较如下表所示。")
    story += _caption("表5 松溪工业园2024年主要经济指标")
    story.append(Paragraph("单位：亿元", _styles()["unit"]))
    story.append(_table([CAPTION_UNIT.header, *CAPTION_UNIT.body], [40, 30, 30, 30], "grid"))
    story += _paras("固定资产投资同比有所下降，主要是上年同期大项目集中投资抬高了基数。")
    _build(path, story, "松溪工业园年度报告")
    return [CAPTION_UNIT]


_FIRST = "赤青岚澄望松临东西南北金银云星华瑞恒泰鼎盛"
_SECOND = "科光源电动能材医芯智"
_KIND = ["科技", "光电", "新材", "电子", "精密", "智能", "生物", "装备"]


def _companies(n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        name = _FIRST[i % len(_FIRST)] + _SECOND[(i * 3) % len(_SECOND)] + _KIND[i % 7]
        output = f"{(97 - i * 1.7):.1f}"
        growth = f"{((i * 7) % 23 - 5) / 1.0:.1f}"
        rows.append([str(i + 1), name, output, growth])
    return rows


SPLIT_HEADER = ["序号", "企业名称", "产值（亿元）", "同比增长（%）"]
SPLIT_BODY = _companies(52)


def build_split(path: Path, repeat: bool) -> list[Expected]:
    story = _paras("2024年，赤岭产业园重点企业运行总体平稳，前五十二家重点企业产值情况见下表。")
    story += _caption("表6 2024年赤岭产业园重点企业产值")
    story.append(
        _table([SPLIT_HEADER, *SPLIT_BODY], [18, 50, 30, 30], "grid", repeat=1 if repeat else 0)
    )
    story += _paras("重点企业合计产值占园区规上工业总产值的比重超过七成。")
    _build(path, story, "赤岭产业园重点企业监测")
    return [
        Expected(
            header=SPLIT_HEADER,
            body=SPLIT_BODY,
            units=["", "", "亿元", "%"],
        )
    ]


BESIDE = Expected(
    header=["指标", "数值"],
    body=[["新签约项目（个）", "23"], ["协议投资（亿元）", "96.4"], ["亿元以上项目（个）", "9"]],
    units=["", ""],
)


def build_beside(path: Path) -> list[Expected]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    st = _styles()
    from reportlab.platypus import Paragraph

    left = [
        Paragraph(
            "上半年，临川高新区招商引资势头良好，共新签约项目23个，协议投资96.4亿元，其中亿元以上"
            "项目9个，涉及新能源、生物医药和高端装备等领域。签约项目平均投资规模较上年同期明显扩大，"
            "产业链招商成效逐步显现，为下半年工业投资增长打下了坚实基础。",
            st["body"],
        )
    ]
    inner = _table([BESIDE.header, *BESIDE.body], [40, 20], "grid")
    outer = Table([[left, inner]], colWidths=[100 * mm, 64 * mm])
    story = [
        *_paras(
            "2024年上半年，临川高新区坚持以项目建设为中心，全力以赴抓招商、促投资，各项工作取得"
            "积极进展，经济运行稳中有进。"
        ),
        outer,
        *_paras("下半年，高新区将持续开展产业链精准招商，力争全年新签约项目50个以上。"),
    ]
    _build(path, story, "临川高新区招商工作简报")
    return [BESIDE]


DEV = Expected(
    header=[
        "园区",
        "规上工业企业（家）",
        "规上工业总产值（亿元）",
        "同比增长（%）",
        "固定资产投资（亿元）",
        "同比增长（%）",
        "全口径税收收入（亿元）",
    ],
    body=[
        ["科创园", "96", "187.3", "12.4", "52.6", "8.7", "6.82"],
        ["智造园", "142", "318.5", "6.8", "61.4", "3.2", "8.95"],
        ["临空园", "58", "106.6", "7.8", "34.7", "6.7", "2.41"],
        ["合计", "296", "612.4", "8.6", "148.7", "5.9", "18.18"],
    ],
    units=["", "家", "亿元", "%", "亿元", "%", "亿元"],
)

CASES: dict[str, Callable[[Path], list[Expected]]] = {
    "ruled grid": build_ruled,
    "unruled (aligned)": build_unruled,
    "three-line": build_three_line,
    "merged header": build_merged,
    "unit in caption": build_caption_unit,
    "split, header repeated": lambda p: build_split(p, True),
    "split, no header": lambda p: build_split(p, False),
    "beside text": build_beside,
}

# --------------------------------------------------------------------------- readers

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d+\s*/\s*\d+)\s*$"
)


def read_pypdf(path: Path) -> str:
    """Today's reader before this change: pypdf's text layer page by page, page numbers off."""
    from pypdf import PdfReader

    from parkqa.ingest.core import paged_text

    reader = PdfReader(io.BytesIO(path.read_bytes()))
    texts = []
    for number, page in enumerate(reader.pages, 1):
        lines = (page.extract_text() or "").splitlines()
        for index in (-1, 0):
            if lines:
                line = lines[index].strip()
                if _PAGE_NUMBER.match(line) or line == str(number):
                    lines.pop(index)
        texts.append("\n".join(lines))
    return paged_text(texts)


def read_plumber(path: Path) -> str:
    """The new reader (pdfplumber), as ``parkqa index`` runs it."""
    return read_pdf(path, path.read_bytes(), lambda message: None).text


def read_plumber_text(path: Path) -> str:
    """pdfplumber with its own text strategies for the pages where no ruled table is found,
    instead of the reader's alignment detector."""
    import pdfplumber

    from parkqa.ingest.core import paged_text

    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            chars, aside = pdf_tables.plumber_chars(page)
            tables = [t.cells for t in page.find_tables()]
            if not tables:
                text = {"vertical_strategy": "text", "horizontal_strategy": "text"}
                tables = [t.cells for t in page.find_tables(text)]
            pages.append(pdf_tables.layout_page(chars, tables, number, aside, unruled=False))
    pdf_tables.carry_headers(pages)
    return paged_text(pdf_tables.page_markup(p) for p in pages)


def _pymupdf_chars(page) -> list[pdf_tables.Char]:
    chars = []
    for block in page.get_text("rawdict")["blocks"]:
        for line in block.get("lines", []):
            dx, dy = line["dir"]
            if abs(dy) > 1e-3 or dx <= 0:
                continue
            for span in line["spans"]:
                for ch in span["chars"]:
                    x0, y0, x1, y1 = ch["bbox"]
                    chars.append(pdf_tables.Char(ch["c"], x0, x1, y0, y1, float(span["size"])))
    return chars


def read_pymupdf(path: Path, native: bool = False) -> str:
    """PyMuPDF's ``page.find_tables()`` (lines strategy) for the tables and its characters for
    the text, through the same layout code as the reader; ``native``: PyMuPDF alone, its text
    strategy where it finds no ruled table instead of the reader's alignment detector."""
    import pymupdf

    from parkqa.ingest.core import paged_text

    pages = []
    with pymupdf.open(path) as doc:
        for number, page in enumerate(doc, 1):
            chars = _pymupdf_chars(page)
            tables = [[c for c in t.cells if c] for t in page.find_tables().tables]
            if native and not tables:
                found = page.find_tables(strategy="text").tables
                tables = [[c for c in t.cells if c] for t in found]
            pages.append(pdf_tables.layout_page(chars, tables, number, unruled=not native))
    pdf_tables.carry_headers(pages)
    return paged_text(pdf_tables.page_markup(p) for p in pages)


READERS: dict[str, Callable[[Path], str]] = {
    "pypdf (before)": read_pypdf,
    "pdfplumber (new)": read_plumber,
    "plumber text strategy": read_plumber_text,
    "pymupdf tables": read_pymupdf,
    "pymupdf native": lambda path: read_pymupdf(path, native=True),
}


# --------------------------------------------------------------------------- scoring

_UNIT = re.compile(r"[（(][^（）()]{1,8}[）)]")


def _expected_rows(table: Expected) -> list[list[str]]:
    return ([table.upper] if table.upper else []) + [table.header, *table.body]


def score(text: str, tables: list[Expected], subject: int = 0) -> dict[str, float | None]:
    """How one reader's text holds the drawn tables (see the module's docstring)."""
    lines = [ln.strip() for ln in text.replace(PAGE_BREAK, "\n").split("\n")]
    rows = [ln.split(" | ") for ln in lines if ln]
    table_lines = {ln for ln in lines if " | " in ln}
    cleaned = clean(text, True, True)
    facts = [f for f in extract_facts("r.pdf", "", cleaned.text) if f.table]
    cells = found = exact = loose = twice = linked = numbers = units = unit_wanted = 0
    for table in tables:
        for want in _expected_rows(table):
            cells += len(want)
            best = max(
                (sum(1 for i, w in enumerate(want) if i < len(r) and r[i] == w) for r in rows),
                default=0,
            )
            found += best
            exact += " | ".join(want) in table_lines
            loose += sum(1 for w in want if w in lines and not NUMERIC.match(w))
        for row in table.body:
            twice += sum(1 for ln in lines if ln == " | ".join(row)) > 1
            for c, value in enumerate(row):
                if c == subject or not NUMERIC.match(value) or table.header[c] == "序号":
                    continue
                numbers += 1
                indicator = _UNIT.sub("", table.header[c]).strip()
                hit = [
                    f
                    for f in facts
                    # (a bare growth column is named after the column it measures: 产值同比增长)
                    if f.value == value
                    and f.subject == row[subject]
                    and f.indicator.endswith(indicator)
                ]
                linked += bool(hit)
                if table.units[c]:
                    unit_wanted += 1
                    units += any(f.unit == table.units[c] for f in hit)
    blocks = [cleaned.block_text(b) for b in cleaned.blocks if b.kind == "table"]
    firsts = [" | ".join(_expected_rows(t)[0]) for t in tables]
    mine = [b for b in blocks if any(" | ".join(r) in b for t in tables for r in t.body)]
    headed = sum(1 for b in mine if b.split("\n")[0] in firsts)
    return {
        "cells": found / cells,
        "rows": exact / sum(len(_expected_rows(t)) for t in tables),
        "header_first": headed / len(mine) if mine else 0.0,
        "linked": linked / numbers if numbers else 0.0,
        "unit": units / unit_wanted if unit_wanted else None,
        "loose_cells": loose,
        "rows_twice": twice,
    }


NUMERIC = re.compile(r"^[-+]?\d+(?:\.\d+)?%?$")


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def run_cases(folder: Path, readers: dict[str, Callable[[Path], str]], repeat: int) -> dict:
    cases: dict[str, tuple[Path, list[Expected], int]] = {}
    for name, build in CASES.items():
        path = folder / (re.sub(r"\W+", "_", name).strip("_") + ".pdf")
        tables = build(path)
        cases[name] = (path, tables, 1 if "split" in name else 0)
    if DEV_PDF.is_file():
        cases["dev report (jingshan)"] = (DEV_PDF, [DEV], 0)
    results: dict[str, dict] = {}
    for name, (path, tables, subject) in cases.items():
        pages = _pages(path)
        results[name] = {"pages": pages}
        for reader, read in readers.items():
            read(path)  # warm: imports, fonts
            start = time.perf_counter()
            for _ in range(repeat):
                text = read(path)
            seconds = (time.perf_counter() - start) / repeat / pages
            row = score(text, tables, subject)
            row["seconds_per_page"] = round(seconds, 4)
            results[name][reader] = {k: v if v is None else round(v, 3) for k, v in row.items()}
    return results


def print_table(results: dict, readers: list[str]) -> None:
    metrics = ["cells", "rows", "header_first", "linked", "unit"]

    def pct(value: float | None) -> str:
        return f"{'n/a':>13}" if value is None else f"{value:>13.0%}"

    print(f"{'PDF':<24}{'reader':<24}" + "".join(f"{m:>13}" for m in metrics), end="")
    print(f"{'loose':>7}{'twice':>7}{'s/page':>9}")
    for name, result in results.items():
        for reader in readers:
            row = result[reader]
            print(f"{name[:23]:<24}{reader:<24}" + "".join(pct(row[m]) for m in metrics), end="")
            print(f"{row['loose_cells']:>7}{row['rows_twice']:>7}{row['seconds_per_page']:>9.3f}")
    print("mean over the PDFs (unit: over those that state one):")
    for reader in readers:
        rows = [result[reader] for result in results.values()]
        means = {}
        for m in [*metrics, "seconds_per_page"]:
            values = [r[m] for r in rows if r[m] is not None]
            means[m] = sum(values) / len(values) if values else None
        print(f"{'':<24}{reader:<24}" + "".join(pct(means[m]) for m in metrics), end="")
        print(f"{'':>14}{means['seconds_per_page']:>9.3f}")


# --------------------------------------------------------------------------- end to end


def end_to_end(corpus: Path, gold: Path) -> dict:
    """Index the dev corpus with each reader (in-process) and ask its PDF's questions."""
    from parkqa import ParkQA, Settings
    from parkqa.evaluation import evaluate, load_gold
    from parkqa.ingest import pdf

    rows = [r for r in load_gold(gold) if (r.source or "") == DEV_PDF.name]
    out = {}
    original = pdf.read_pdf

    def old_reader(path: Path, data: bytes, progress) -> RawText:
        raw = original(path, data, progress)
        return RawText(read_pypdf(path), raw.title, wrapped=True, paged=True)

    for name, reader in (("pypdf (before)", old_reader), ("pdfplumber (new)", original)):
        pdf.read_pdf = reader  # type: ignore[assignment]
        try:
            with tempfile.TemporaryDirectory() as store:
                qa = ParkQA(settings=Settings.from_env(store, file_seconds=0.0))
                try:
                    qa.index([corpus])
                    report = evaluate(qa, rows)
                finally:
                    qa.close()
        finally:
            pdf.read_pdf = original
        right = [r.row.id for r in report.results if r.right]
        out[name] = {"right": len(right), "of": len(rows), "ids_right": right}
        print(f"end to end, {name}: {len(right)}/{len(rows)} right (EM + citation)")
    return out


NOTES = [
    "linked 0% for 'ruled grid' and 'unruled (aligned)' with every reader: the rows come out "
    "exactly, but facts._grid_facts takes the first header matching 名称|园区|片区|企业|单位 as "
    "the subject column, here 规上企业数（家）/企业数（家）, so the subject of each figure is that "
    "count; a facts.py matter (prefer a column of names over a column of figures).",
    "unit 0% for 'unit in caption': the caption line 表5 … 单位：亿元 is kept right before the "
    "table, but facts._grid_facts reads units from headers only, not from 单位：… in the caption.",
    "pymupdf is PyMuPDF 2.0, whose find_tables() runs its bundled layout model (onnx); most of "
    "its time per page is that model.",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed reads per PDF and reader")
    parser.add_argument("--e2e", action="store_true", help="also index the dev corpus and ask")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "pdf_tables.json")
    args = parser.parse_args()
    readers = dict(READERS)
    try:
        import pymupdf  # noqa: F401
    except ImportError:
        print("PyMuPDF is not installed: its rows are left out (pip install pymupdf)")
        readers = {k: v for k, v in readers.items() if not k.startswith("pymupdf")}
    with tempfile.TemporaryDirectory() as folder:
        results = run_cases(Path(folder), readers, args.repeat)
    print_table(results, list(readers))
    report: dict[str, object] = {"pdfs": results, "notes": NOTES}
    if args.e2e:
        dev = DEV_PDF.parent
        report["end_to_end"] = end_to_end(dev, dev.parent / "qa.jsonl")
    elif args.out.is_file():  # keep the last end-to-end figures
        previous = json.loads(args.out.read_text(encoding="utf-8"))
        if "end_to_end" in previous:
            report["end_to_end"] = previous["end_to_end"]
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
