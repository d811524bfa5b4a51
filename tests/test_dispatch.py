"""Every format, every encoding, every kind of bad file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from docgen import write_docx, write_pdf
from parkqa.ingest.dispatch import LoadError, discover, load

REPORT = "丹江产业园2023年新签约项目12个，总投资45.6亿元。\n全年新增高新技术企业33家。\n"


def test_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = tmp_path / "a.txt"
    plain.write_text(REPORT, encoding="utf-8")
    bom = tmp_path / "b.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8"))
    assert load(plain).text == REPORT
    assert load(bom).text == REPORT  # the BOM is not part of the text


@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb_encodings_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "gb.txt"
    path.write_bytes(REPORT.encode(encoding))
    assert load(path).text == REPORT


def test_big5_detected(tmp_path: Path) -> None:
    text = (
        "臺灣科學園區2023年新簽約廠商十二家，總投資四十五億元。"
        "全年新增高科技企業三十三家，營業額成長百分之八。"
    )
    path = tmp_path / "big5.txt"
    path.write_bytes(text.encode("big5"))
    assert load(path).text == text


def test_extension_does_not_decide_encoding(tmp_path: Path) -> None:
    # A GB18030 file named .md is still decoded by detection, not assumed UTF-8.
    path = tmp_path / "report.md"
    path.write_bytes(("# 标题\n\n" + REPORT).encode("gb18030"))
    loaded = load(path)
    assert "新签约项目12个" in loaded.text
    assert loaded.title == "标题"


def test_markdown_markup_removed(tmp_path: Path) -> None:
    path = tmp_path / "r.md"
    path.write_text(
        "# 园区报告\n\n**全年**签约[项目](http://x.example/y)12个。\n\n"
        "| 指标 | 数值 |\n| --- | --- |\n| 投资 | 45.6亿元 |\n",
        encoding="utf-8",
    )
    loaded = load(path)
    assert "全年签约项目12个。" in loaded.text
    assert "http" not in loaded.text
    assert "投资 | 45.6亿元" in loaded.text
    assert "---" not in loaded.text


def test_html_article_only(tmp_path: Path) -> None:
    path = tmp_path / "r.html"
    path.write_text(
        """<html><head><title>页面标题</title><style>.x{color:red}</style>
        <script>var secret = "脚本里的99个项目";</script></head><body>
        <nav><a href="/">首页</a> 导航栏</nav>
        <div class="breadcrumb">首页 &gt; 新闻</div>
        <article><h1>园区三季度报告</h1>
        <p>前三季度新签约项目
        12个，总投资45.6亿元。</p>
        <table><tr><td>指标</td><td>数值</td></tr><tr><td>企业</td><td>33家</td></tr></table>
        </article>
        <footer>版权所有 联系电话</footer><script>track()</script></body></html>""",
        encoding="utf-8",
    )
    loaded = load(path)
    assert loaded.title == "园区三季度报告"
    assert "前三季度新签约项目12个，总投资45.6亿元。" in loaded.text  # no space between CJK
    assert "企业 | 33家" in loaded.text
    for junk in ("脚本", "导航", "首页", "版权", "color", "track"):
        assert junk not in loaded.text
    assert loaded.wrapped is False


def test_html_in_gbk_with_meta_charset(tmp_path: Path) -> None:
    path = tmp_path / "gbk.htm"
    page = '<html><head><meta charset="gbk"></head><body><p>全年签约项目12个。</p></body></html>'
    path.write_bytes(page.encode("gbk"))
    assert "全年签约项目12个。" in load(path).text


def test_docx_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "r.docx",
        [
            ("heading", "一、项目建设"),
            ("para", "全年新签约项目12个。"),
            ("table", [["指标", "数值"], ["总投资", "45.6亿元"]]),
            ("para", "表后的段落。"),
        ],
        title="测试园区报告",
    )
    loaded = load(path)
    assert loaded.title == "测试园区报告"
    text = loaded.text
    assert text.index("# 一、项目建设") < text.index("全年新签约") < text.index("总投资 | 45.6亿元")
    assert text.index("总投资 | 45.6亿元") < text.index("表后的段落")


def test_pdf_text_layer_without_page_numbers(tmp_path: Path) -> None:
    path = write_pdf(
        tmp_path / "r.pdf",
        ["园区完成签约项目85", "个项目，年度计", "划投资9亿元。"],
        title="PDF报告",
    )
    loaded = load(path)
    assert loaded.title == "PDF报告"
    assert "85\n个项目" in loaded.text
    assert "- 1 -" not in loaded.text
    assert loaded.wrapped is True


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n  ", "no text"),
        ("random.pdf", os.urandom(4096), "not a readable PDF"),
        ("fake.pdf", b"%PDF-1.7\n" + os.urandom(2048), "not a readable PDF"),
        ("random.docx", os.urandom(4096), "not a readable DOCX"),
        ("binary.txt", bytes(range(256)) * 16, "text"),
    ],
)
def test_bad_files_raise_one_line_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(LoadError) as err:
        load(path)
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_truncated_docx(tmp_path: Path) -> None:
    good = write_docx(tmp_path / "good.docx", [("para", "全年新签约项目12个。" * 50)])
    data = good.read_bytes()
    bad = tmp_path / "truncated.docx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(LoadError, match="not a readable DOCX"):
        load(bad)


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "scan.pdf", [], page_numbers=False)
    with pytest.raises(LoadError, match="no text layer"):
        load(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 100, encoding="utf-8")
    with pytest.raises(LoadError, match="over the"):
        load(path, max_bytes=1024)


def test_discover_walks_recursively_and_counts_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub" / "b.MD").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "c.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "notes.xlsx").write_bytes(b"PK")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "drawing.dwg").write_bytes(b"AC10")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("x", encoding="utf-8")
    files, skipped = discover([tmp_path])
    # Scans and workbooks are reports; an old .doc is listed so that it fails with its reason.
    assert sorted(source for _, source in files) == [
        "a.txt",
        "notes.xlsx",
        "old.doc",
        "sub/b.MD",
        "sub/deeper/c.html",
        "sub/image.png",
    ]
    assert sorted(p.name for p in skipped) == ["drawing.dwg"]
    # A file given directly is named by its file name alone.
    files, _ = discover([tmp_path / "sub" / "b.MD"])
    assert files[0][1] == "b.MD"


def test_discover_missing_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "nope"])


def test_the_title_is_the_line_that_names_the_document() -> None:
    from parkqa.ingest.details import read_details

    text = (
        "某某高新技术产业开发区管理委员会\n\n某高管〔2025〕3号\n\n"
        "关于某某高新区2024年工作总结的报告\n\n正文……"
    )
    title = "某某高新技术产业开发区管理委员会"
    assert read_details("a.txt", text, title=title).title == "关于某某高新区2024年工作总结的报告"
    # A headline the format states and the text shows is kept; without a document line in the
    # text, the format's own; a news headline is the first line that is not chrome.
    headline = "园区集中签约12个项目"
    assert read_details("a.txt", f"{headline}\n\n正文。", title=headline).title == headline
    assert (
        read_details("a.txt", "正文一句，很长。", title="某某园区2024年经济运行情况").title
        == "某某园区2024年经济运行情况"
    )


def _page_of(loaded, text: str, word: str) -> int | None:
    from parkqa.ingest.cleaning import clean

    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    return cleaned.page_at(cleaned.text.index(word))


def test_docx_pages_from_breaks_and_sections(tmp_path: Path) -> None:
    path = write_docx(
        tmp_path / "paged.docx",
        [
            ("heading", "一、总体情况"),
            ("para", "第一页：签约项目12个。"),
            ("pagebreak", None),
            ("para", "第二页：投资45亿元。"),
            ("para-newpage", "第三页：企业30家。"),
            ("section", "nextPage"),
            ("para", "第四页：专利88件。"),
            ("section", "continuous"),
            ("para", "仍在第四页：增长12.5%。"),
            ("table", [["指标", "数值"], ["园区", "5个"]]),
        ],
    )
    loaded = load(path)
    assert loaded.paged
    pages = [_page_of(loaded, loaded.text, w) for w in ("12个", "45亿", "30家", "88件", "12.5%")]
    assert pages == [1, 2, 3, 4, 4]
    assert _page_of(loaded, loaded.text, "5个") == 4


def test_docx_pages_from_words_own_layout(tmp_path: Path) -> None:
    """A file saved by Word records where each page began (``lastRenderedPageBreak``): those
    win over explicit breaks, also inside a paragraph that runs on to the next page."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    path = write_docx(
        tmp_path / "word.docx",
        [
            ("para", "第一页：签约项目12个。"),
            ("para", "跨页的段落：投资45亿元。"),
            ("para", "企业30家。"),
            ("para", "专利88件。"),
        ],
    )
    document = docx.Document(str(path))
    _, second, _, fourth = document.paragraphs
    second.runs[0]._r.append(OxmlElement("w:lastRenderedPageBreak"))  # runs on to page 2
    fourth.runs[0]._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))  # starts page 3
    second.runs[0].add_break(WD_BREAK.PAGE)  # an explicit break Word's layout already counts
    document.save(str(path))
    loaded = load(path)
    pages = [_page_of(loaded, loaded.text, w) for w in ("12个", "45亿", "30家", "88件")]
    assert pages == [1, 1, 2, 3]


def test_docx_without_breaks_has_no_pages(tmp_path: Path) -> None:
    loaded = load(write_docx(tmp_path / "flat.docx", [("para", "全年签约项目12个。")]))
    assert not loaded.paged and _page_of(loaded, loaded.text, "12个") is None


def test_pdf_pages(tmp_path: Path) -> None:
    lines = [f"第{n}行：园区新签约项目{n}个。" for n in range(1, 26)]
    loaded = load(write_pdf(tmp_path / "p.pdf", lines, lines_per_page=10))
    assert loaded.paged and loaded.ocr_pages == []
    pages = [_page_of(loaded, loaded.text, f"第{n}行") for n in (1, 10, 11, 20, 21, 25)]
    assert pages == [1, 1, 2, 2, 3, 3]


def test_docx_pages_in_tables_and_two_breaks_in_one_paragraph(tmp_path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    path = write_docx(
        tmp_path / "long.docx",
        [
            ("para", "第一页：签约项目12个。"),
            ("table", [["指标", "数值"], ["企业", "30家"], ["专利", "88件"]]),
            ("para", "表后的段落：投资45亿元。"),
        ],
    )
    document = docx.Document(str(path))
    first = document.paragraphs[0]
    first.runs[0].add_break(WD_BREAK.PAGE)
    first.runs[0].add_break(WD_BREAK.PAGE)  # two breaks: an empty page between
    cell = document.tables[0].rows[2].cells[0].paragraphs[0]
    cell.runs[0].add_break(WD_BREAK.PAGE)  # the table runs on to the next page at this row
    document.save(str(path))
    loaded = load(path)
    pages = [_page_of(loaded, loaded.text, w) for w in ("12个", "30家", "88件", "45亿")]
    assert pages == [1, 3, 4, 4]


def test_gb18030_brief_the_detector_rejects_chunkwise_is_read() -> None:
    # A held-out writer's GB18030 brief (rare place-name characters, CRLF, box-drawing rules):
    # charset-normalizer's default per-chunk threshold rejects it; it must still be read.
    path = Path(__file__).parent / "heldout_v20" / "reports" / "b_yujiang_etdz_202510_brief.txt"
    assert "2025年10月经济运行简报" in load(path).text
