"""PDF tables read as tables: each kind of table a park report holds comes out as ``cell | cell``
rows with its exact cells, its header first, no cell twice, and the text around it as before.

The PDFs are written at test time with reportlab (CID font STSong-Light) from invented parks and
figures; the dev report is ``../shared/eval/dev/corpus/jingshan_hitech_2024_economy.pdf``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from docgen import write_pdf
from parkqa.answer.facts import extract_facts
from parkqa.ingest.cleaning import PAGE_BREAK, CleanReport, clean
from parkqa.ingest.dispatch import LoadedReport, load

FONT = "STSong-Light"

# --------------------------------------------------------------------------- writing PDFs


def _styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    cjk = {"fontName": FONT, "wordWrap": "CJK"}
    return {
        "p": ParagraphStyle("p", fontSize=11, leading=18, firstLineIndent=22, **cjk),
        "cap": ParagraphStyle("cap", fontSize=11, leading=18, alignment=TA_CENTER, **cjk),
        "unit": ParagraphStyle("unit", fontSize=9.5, leading=14, alignment=TA_RIGHT, **cjk),
        "cell": ParagraphStyle("cell", fontSize=9.5, leading=13, alignment=TA_CENTER, **cjk),
        "num": ParagraphStyle("num", fontSize=9.5, leading=13, alignment=TA_RIGHT, **cjk),
    }


def _table(rows: list[list[str]], widths: list[float], rules: str, repeat: int = 0, spans=()):
    """``rules``: ``grid`` (every cell ruled), ``none`` (aligned text) or ``three`` (a rule
    above, one under the header, one below)."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Table, TableStyle

    st = _styles()
    data = [
        [Paragraph(v, st["num" if re.fullmatch(r"[-\d.]+", v) else "cell"]) if v else "" for v in r]
        for r in rows
    ]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat)
    style: list = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif rules == "three":
        style += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
        ]
    style += [("SPAN", a, b) for a, b in spans]
    table.setStyle(TableStyle(style))
    return table


def write_report(path: Path, blocks: list[tuple], running: str = "云栖湾产业园工作简报") -> Path:
    """An A4 report: ``("p", text)`` a paragraph, ``("cap", text)`` a centred caption,
    ``("unit", text)`` a right-aligned unit line, ``("table", rows, widths, rules, repeat,
    spans)``, ``("beside", text, rows)`` a paragraph with a small ruled table to its right.
    Every page has a running header (title left, 内部资料 right) and ``- n -`` at its foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    st = _styles()
    story: list = []
    for kind, *rest in blocks:
        if kind in ("p", "cap", "unit"):
            story.append(Paragraph(rest[0], st[kind]))
        elif kind == "table":
            story.append(_table(*rest))
        elif kind == "beside":
            text, rows = rest
            inner = _table(rows, [40, 20], "grid")
            story.append(Table([[[Paragraph(text, st["p"])], inner]], [100 * mm, 64 * mm]))

    def on_page(canvas, doc) -> None:
        width, height = A4
        canvas.setFont(FONT, 9)
        canvas.drawString(20 * mm, height - 14 * mm, running)
        canvas.drawRightString(width - 20 * mm, height - 14 * mm, "内部资料")
        canvas.drawCentredString(width / 2, 12 * mm, f"- {doc.page} -")

    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, invariant=1
    ).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


def _read(path: Path) -> tuple[LoadedReport, CleanReport]:
    loaded = load(path)
    return loaded, clean(loaded.text, loaded.wrapped, loaded.paged)


def _pages(text: str) -> list[str]:
    """A paged text's pages (:func:`parkqa.ingest.core.paged_text` puts the break on a line of
    its own)."""
    return [page.strip("\n") for page in text.split(PAGE_BREAK)]


def _rows(text: str) -> list[str]:
    return [line for line in text.split("\n") if " | " in line]


def _table_blocks(cleaned: CleanReport) -> list[list[str]]:
    return [cleaned.block_text(b).split("\n") for b in cleaned.blocks if b.kind == "table"]


def _row(cells: list[str]) -> str:
    return " | ".join(cells)


# --------------------------------------------------------------------------- the tables

HEADER = ["产业", "规上企业数（家）", "产值（亿元）", "同比增长（%）", "税收（亿元）"]
BODY = [
    ["新能源装备", "48", "126.4", "9.8", "5.62"],
    ["生物医药", "31", "58.7", "12.3", "2.41"],
    ["电子信息", "57", "143.2", "7.6", "6.05"],
    ["新材料", "26", "49.5", "-2.1", "1.87"],
]
BEFORE = (
    "2024年，云栖湾产业园聚焦新能源装备、生物医药、电子信息和新材料四大主导产业，推动工业经济"
    "稳中有进，主要经济指标保持在合理区间，发展质量稳步提升。"
)
AFTER = "从产业结构看，电子信息产业规模最大，生物医药产业增长最快。"


@pytest.mark.parametrize("rules", ["grid", "none", "three"])
def test_a_table_comes_out_as_rows_with_its_exact_cells(tmp_path: Path, rules: str) -> None:
    """Ruled, unruled (aligned text) and three-line tables; the narrow columns wrap header
    cells over two lines (``规上企业数`` / ``（家）``), which come out whole."""
    path = write_report(
        tmp_path / f"{rules}.pdf",
        [
            ("p", BEFORE),
            ("cap", "表1 2024年云栖湾产业园重点产业运行情况"),
            ("table", [HEADER, *BODY], [30, 22, 24, 20, 24], rules),
            ("p", AFTER),
        ],
    )
    loaded, cleaned = _read(path)
    assert _rows(loaded.text) == [_row(r) for r in [HEADER, *BODY]]
    # The caption is the line before the block; blank lines around the block.
    block = "\n".join(_row(r) for r in [HEADER, *BODY])
    assert f"表1 2024年云栖湾产业园重点产业运行情况\n\n{block}\n\n{AFTER[:10]}" in loaded.text
    assert _table_blocks(cleaned) == [[_row(r) for r in [HEADER, *BODY]]]
    # The text around it is whole, and no cell is read again as a loose line.
    assert BEFORE in cleaned.text and AFTER in cleaned.text
    for cells in BODY:
        for cell in cells:
            assert sum(line.split(" | ").count(cell) for line in _rows(loaded.text)) == 1
            assert cell not in [line.strip() for line in loaded.text.split("\n")]
    # Its figures reach the facts with row and column headers and units.
    facts = [f for f in extract_facts("r.pdf", "", cleaned.text) if f.table]
    taxes = {(f.value, f.unit) for f in facts if f.indicator == "税收"}
    assert taxes == {("5.62", "亿元"), ("2.41", "亿元"), ("6.05", "亿元"), ("1.87", "亿元")}


def test_merged_header_cells(tmp_path: Path) -> None:
    """``投资情况（亿元）`` over three columns, ``片区`` and ``新开工项目（个）`` over both header
    rows: the upper row has the merged cell once, the last header row every column's own
    header, so that each figure has its column and the unit above it."""
    rows = [
        ["片区", "投资情况（亿元）", "", "", "新开工项目（个）"],
        ["", "协议投资", "计划投资", "完成投资", ""],
        ["北部片区", "86.5", "42.0", "45.3", "12"],
        ["临港片区", "63.2", "30.0", "33.6", "8"],
    ]
    spans = [((0, 0), (0, 1)), ((1, 0), (3, 0)), ((4, 0), (4, 1))]
    path = write_report(
        tmp_path / "merged.pdf",
        [
            ("cap", "表4 2024年望川经开区各片区项目投资"),
            ("table", rows, [28, 26, 26, 26, 30], "grid", 0, spans),
            ("p", "临港片区完成投资超过年度计划。"),
        ],
    )
    _, cleaned = _read(path)
    assert _table_blocks(cleaned) == [
        [
            "片区 | 投资情况（亿元） | 新开工项目（个）",
            "片区 | 协议投资 | 计划投资 | 完成投资 | 新开工项目（个）",
            "北部片区 | 86.5 | 42.0 | 45.3 | 12",
            "临港片区 | 63.2 | 30.0 | 33.6 | 8",
        ]
    ]
    facts = {
        (f.subject, f.indicator): (f.value, f.unit)
        for f in extract_facts("r.pdf", "", cleaned.text)
        if f.table
    }
    assert facts[("北部片区", "计划投资")] == ("42.0", "亿元")
    assert facts[("临港片区", "完成投资")] == ("33.6", "亿元")
    assert facts[("临港片区", "新开工项目")] == ("8", "个")


def test_a_unit_under_the_caption_joins_it(tmp_path: Path) -> None:
    rows = [
        ["指标", "2024年", "2023年"],
        ["工业总产值", "212.6", "195.3"],
        ["税收收入", "9.73", "9.05"],
    ]
    path = write_report(
        tmp_path / "unit.pdf",
        [
            ("p", "松溪工业园2024年主要经济指标与上年比较如下表所示。"),
            ("cap", "表5 松溪工业园2024年主要经济指标"),
            ("unit", "单位：亿元"),
            ("table", rows, [40, 30, 30], "grid"),
        ],
    )
    loaded, cleaned = _read(path)
    block = "\n".join(_row(r) for r in rows)
    assert f"\n\n表5 松溪工业园2024年主要经济指标 单位：亿元\n\n{block}" in loaded.text
    assert "表5 松溪工业园2024年主要经济指标 单位：亿元" in cleaned.text.split("\n\n")


def _companies(n: int) -> list[list[str]]:
    first, second = "赤青岚澄望松临东西南北金银云星华瑞恒泰鼎", "科光源电动能材医芯智"
    kinds = ["科技", "光电", "新材", "电子", "精密", "智能", "生物", "装备"]
    return [
        [
            str(i + 1),
            first[i % 20] + second[i * 3 % 10] + kinds[i % 7],
            f"{97 - i * 1.7:.1f}",
            f"{(i * 7) % 23 - 5:.1f}",
        ]
        for i in range(n)
    ]


@pytest.mark.parametrize("repeat", [1, 0], ids=["header-repeated", "header-not-repeated"])
def test_a_table_continued_on_the_next_page(tmp_path: Path, repeat: int) -> None:
    """Its rows on page 2 stay under their header (the PDF's repeated one, or the header carried
    over with the caption), every row once, on the page it is printed on."""
    header = ["序号", "企业名称", "产值（亿元）", "同比增长（%）"]
    body = _companies(52)
    caption = "表6 2024年赤岭产业园重点企业产值"
    path = write_report(
        tmp_path / "split.pdf",
        [
            ("p", "2024年，赤岭产业园重点企业运行总体平稳，前五十二家重点企业产值情况见下表。"),
            ("cap", caption),
            ("table", [header, *body], [18, 50, 30, 30], "grid", repeat),
            ("p", "重点企业合计产值占园区规上工业总产值的比重超过七成。"),
        ],
    )
    loaded, cleaned = _read(path)
    pages = _pages(loaded.text)
    assert len(pages) == 2
    first, second = _rows(pages[0]), _rows(pages[1])
    assert first[0] == second[0] == _row(header)
    assert first[1:] + second[1:] == [_row(r) for r in body]
    loose = {line.strip() for line in loaded.text.split("\n") if " | " not in line}
    assert not loose & {cell for row in body for cell in row}
    # Page 2 reads: caption, header row, the rest of the rows (its running header, the same on
    # every page, dropped: chrome.without_running_lines).
    assert pages[1].split("\n\n")[0:2] == [caption, "\n".join(second)]
    blocks = _table_blocks(cleaned)
    assert len(blocks) == 2 and all(block[0] == _row(header) for block in blocks)
    # Citations keep their pages: the last row and the sentence after the table are on page 2.
    assert cleaned.page_at(cleaned.text.index(_row(body[0]))) == 1
    assert cleaned.page_at(cleaned.text.index(_row(body[-1]))) == 2
    assert cleaned.page_at(cleaned.text.index("重点企业合计产值")) == 2
    facts = extract_facts("r.pdf", "", cleaned.text)
    last = [f for f in facts if f.table and f.subject == body[-1][1]]
    assert {(f.indicator, f.value, f.unit) for f in last} == {
        ("产值", body[-1][2], "亿元"),
        ("产值同比增长", body[-1][3], "%"),  # a growth column is its left neighbour's
    }
    assert {f.section for f in facts if f.table and f.kind == "amount"} == {caption}


def test_a_table_beside_wrapped_text(tmp_path: Path) -> None:
    """The paragraph beside the table is read whole, then the table."""
    text = (
        "上半年，临川高新区招商引资势头良好，共新签约项目23个，协议投资96.4亿元，其中亿元以上项目"
        "9个，涉及新能源、生物医药和高端装备等领域，产业链招商成效逐步显现。"
    )
    rows = [["指标", "数值"], ["新签约项目（个）", "23"], ["协议投资（亿元）", "96.4"]]
    path = write_report(
        tmp_path / "beside.pdf",
        [("p", "临川高新区坚持以项目建设为中心。"), ("beside", text, rows), ("p", "下半年继续。")],
    )
    loaded, cleaned = _read(path)
    assert _rows(loaded.text) == [_row(r) for r in rows]
    paragraphs = cleaned.text.split("\n\n")
    assert text in paragraphs
    assert paragraphs.index(text) + 1 == paragraphs.index("\n".join(_row(r) for r in rows))


def test_text_without_tables_reads_as_the_text_layer_did(tmp_path: Path) -> None:
    """Pages of text only: the same lines pypdf reads, page numbers off, pages where they were."""
    from pypdf import PdfReader

    lines = [f"第{n}行：园区新签约项目{n}个，协议投资{n * 3}亿元。" for n in range(1, 26)]
    path = write_pdf(tmp_path / "p.pdf", lines, lines_per_page=10)
    loaded = load(path)
    pages = _pages(loaded.text)
    assert len(pages) == 3
    for number, (page, pdf_page) in enumerate(zip(pages, PdfReader(path).pages, strict=True), 1):
        plain = [ln.strip() for ln in (pdf_page.extract_text() or "").splitlines()]
        assert page.split("\n") == [ln for ln in plain if ln != f"- {number} -"]
    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    assert cleaned.page_at(cleaned.text.index("第11行")) == 2


def test_running_header_and_page_number(tmp_path: Path) -> None:
    """The running header's two ends are lines of their own, the same on every page, so they
    are told apart and dropped after the first page (which keeps its copy: it may be the
    title); the page number at the foot is dropped."""
    path = write_report(
        tmp_path / "pages.pdf",
        [("p", "第一页的段落。" * 30), ("p", "第二页的段落。" * 200)],
        running="西塬智能制造产业园2024年上半年运行情况",
    )
    pages = _pages(load(path).text)
    assert len(pages) >= 2
    assert pages[0].split("\n")[:2] == ["西塬智能制造产业园2024年上半年运行情况", "内部资料"]
    for page in pages:
        assert not re.search(r"- \d+ -", page)
    for page in pages[1:]:
        assert "内部资料" not in page and "运行情况" not in page.split("\n")[0]


def test_two_columns_of_text_read_column_by_column(tmp_path: Path) -> None:
    """Text set in two columns reads as the text layer has it: the left column, then the right
    (never a left line joined to the right line beside it)."""
    from reportlab.pdfgen import canvas

    _styles()
    left = "左栏介绍园区的产业发展情况，全年实现规上工业总产值三百亿元，同比增长百分之八。" * 4
    right = "右栏说明招商引资工作进展，全年新签约项目二十个，总投资一百亿元。" * 4
    path = tmp_path / "columns.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont(FONT, 11)
    pdf.drawString(60, 800, "一、总体情况")
    for x, text in ((60, left), (320, right)):
        for i in range(0, len(text), 20):
            pdf.drawString(x, 770 - 18 * (i // 20), text[i : i + 20])
    pdf.drawString(60, 500, "以上为两栏内容。")
    pdf.showPage()
    pdf.save()
    cleaned = clean(load(path).text, True, False)
    assert cleaned.text.split("\n\n") == ["一、总体情况", left, right, "以上为两栏内容。"]


def test_fake_bold_is_read_once_and_a_sideways_page_as_before(tmp_path: Path) -> None:
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    _styles()
    bold = tmp_path / "bold.pdf"
    pdf = canvas.Canvas(str(bold))
    pdf.setFont(FONT, 14)
    for dx in (0, 0.3):  # a heading drawn twice, a hair apart
        pdf.drawString(60 + dx, 780, "一、总体运行情况")
    pdf.setFont(FONT, 11)
    pdf.drawString(60, 750, "园区全年实现营业收入158.2亿元，同比增长6.1%。")
    pdf.showPage()
    pdf.save()
    assert load(bold).text == "一、总体运行情况\n园区全年实现营业收入158.2亿元，同比增长6.1%。"
    # The page shown turned a quarter: its lines stand on end; the text layer is read in order.
    writer = PdfWriter()
    writer.append(str(bold))
    writer.pages[0].rotate(90)
    turned = tmp_path / "turned.pdf"
    writer.write(str(turned))
    assert "园区全年实现营业收入158.2亿元，同比增长6.1%。" in load(turned).text.split("\n")


def test_progress_is_reported_page_by_page(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "p.pdf", [f"第{n}行。" for n in range(1, 8)], lines_per_page=3)
    messages: list[str] = []
    load(path, progress=messages.append)
    assert messages == ["page 1/3", "page 2/3", "page 3/3"]


# --------------------------------------------------------------------------- the dev report


@pytest.fixture(scope="module")
def dev_report(shared: Path) -> tuple[LoadedReport, CleanReport]:
    return _read(shared / "eval" / "dev" / "corpus" / "jingshan_hitech_2024_economy.pdf")


DEV_HEADER = (
    "园区 | 规上工业企业（家） | 规上工业总产值（亿元） | 同比增长（%） | 固定资产投资（亿元） | "
    "同比增长（%） | 全口径税收收入（亿元）"
)


def test_dev_report_table_rows(dev_report: tuple[LoadedReport, CleanReport]) -> None:
    """表1 runs from page 1 to page 2, its header repeated there: both parts are blocks that
    start with the header, the caption before each."""
    loaded, cleaned = dev_report
    assert _table_blocks(cleaned) == [
        [DEV_HEADER, "科创园 | 96 | 187.3 | 12.4 | 52.6 | 8.7 | 6.82"],
        [
            DEV_HEADER,
            "智造园 | 142 | 318.5 | 6.8 | 61.4 | 3.2 | 8.95",
            "临空园 | 58 | 106.6 | 7.8 | 34.7 | 6.7 | 2.41",
            "合计 | 296 | 612.4 | 8.6 | 148.7 | 5.9 | 18.18",
        ],
    ]
    assert cleaned.page_at(cleaned.text.index("科创园 | 96")) == 1
    assert cleaned.page_at(cleaned.text.index("智造园 | 142")) == 2
    assert cleaned.text.count("表1 2024年璟山高新区分园区主要经济指标") == 2
    # The text around the table is as the text layer has it, without the page numbers.
    assert not re.search(r"第 ?\d ?页", loaded.text)
    assert "科创园：规上工业总产值187.3亿元，同比增长12.4%，增速居三园之首；" in cleaned.text
    assert cleaned.page_at(cleaned.text.index("科创园：规上工业总产值")) == 2
    assert cleaned.page_at(cleaned.text.index("全年净增国家高新技术企业62家")) == 3


def test_dev_report_rows_reach_the_facts(dev_report: tuple[LoadedReport, CleanReport]) -> None:
    loaded, cleaned = dev_report
    facts = [
        f for f in extract_facts(loaded.path.name, loaded.title or "", cleaned.text) if f.table
    ]
    output = {
        f.subject: (f.value, f.unit, f.year) for f in facts if f.indicator == "规上工业总产值"
    }
    assert output == {
        "科创园": ("187.3", "亿元", 2024),
        "智造园": ("318.5", "亿元", 2024),
        "临空园": ("106.6", "亿元", 2024),
        "": ("612.4", "亿元", 2024),  # 合计: the whole park, no subject
    }
    taxes = {f.subject: f.value for f in facts if f.indicator == "全口径税收收入"}
    assert taxes == {"科创园": "6.82", "智造园": "8.95", "临空园": "2.41", "": "18.18"}
    firms = {f.subject: (f.value, f.unit) for f in facts if f.indicator == "规上工业企业"}
    assert firms["智造园"] == ("142", "家")
    # Both parts of the table are one table to the facts (same caption).
    assert {f.section for f in facts} == {"表1 2024年璟山高新区分园区主要经济指标"}
