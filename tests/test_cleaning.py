"""Rejoining what the layout broke, keeping what the author meant."""

from __future__ import annotations

from pathlib import Path

from parkqa.ingest.cleaning import clean, ends_sentence, joiner, normalize_chars
from parkqa.ingest.dispatch import load


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_shared_report_broken_lines_rejoined(shared_report: Path) -> None:
    report = load(shared_report)
    cleaned = clean(report.text, report.wrapped)
    text = cleaned.text
    # "最终要体" / blank line / "现在项目建设上…": one sentence, no space, no blank line.
    assert "最终要体现在项目建设上" in text
    assert "国家级人才项目12个" in text
    assert "人才支持、园区建设" in text
    assert "上半年应开尽开" in text
    assert "精准开展高端装备制造" in text
    assert "新建丹泉路、龙山路东延" in text


def test_shared_report_headings_and_paragraphs_kept(shared_report: Path) -> None:
    report = load(shared_report)
    cleaned = clean(report.text, report.wrapped)
    headings = [cleaned.block_text(b) for b in cleaned.blocks if b.kind == "heading"]
    assert "实干破局,高质量发展成色更足" in headings
    assert "笃行致远,扛起“走在前”新使命" in headings
    assert "(崔宁华 谈琪 邵畅)" not in headings  # a byline is not a section heading
    sections = {b.heading for b in cleaned.blocks if "9个项目集中签约" in cleaned.block_text(b)}
    assert sections == {"实干破局,高质量发展成色更足"}
    # Real paragraph breaks survive: the signing paragraph and the next one stay apart.
    paragraphs = _paragraphs(cleaned.text)
    signing = next(p for p in paragraphs if "9个项目集中签约" in p)
    assert signing.startswith("2023年10月31日") and signing.endswith("总投资额4.5亿元。")


def test_pdf_width_breaks_rejoined() -> None:
    raw = "\n".join(
        [
            "西河园区2024年上半年运行情况",
            "2024年上半年，园区完成签约项目85",
            "个项目，协议投资总额216亿元，年度计",
            "划投资完成54.3%。5月20日，园区举办招",
            "商大会，现场签约项目16个，总投资58.4",
            "亿元。申请发明专利3",
            "86件。",
            "下半年，园区将确保全年产值突破400亿",
            "元，力争签约亿元以上项目40个以上。",
        ]
    )
    cleaned = clean(raw, wrapped=True)
    assert cleaned.text.split("\n\n")[0] == "西河园区2024年上半年运行情况"
    assert "签约项目85个项目" in cleaned.text
    assert "年度计划投资" in cleaned.text
    assert "总投资58.4亿元" in cleaned.text
    assert "申请发明专利386件" in cleaned.text  # digits cut by the layout: no space inserted
    assert cleaned.blocks[0].kind == "heading"


def test_paragraph_per_line_text_keeps_short_headings() -> None:
    raw = (
        "一、项目建设\n\n全年签约项目12个，总投资45亿元。\n\n二、科技创新\n新认定高新技术企业33家。"
    )
    cleaned = clean(raw)
    assert [b.kind for b in cleaned.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert cleaned.blocks[3].heading == "二、科技创新"


def test_line_ending_with_comma_is_continued() -> None:
    cleaned = clean("全年新签约项目12个，\n总投资45亿元。")
    assert cleaned.text == "全年新签约项目12个，总投资45亿元。"


def test_latin_words_get_a_space_cjk_does_not() -> None:
    assert joiner("the park signed", "nine projects") == " "
    assert joiner("签约项目", "9个") == ""
    assert joiner("3", "86件") == ""
    assert joiner("in", "2023") == " "


def test_table_rows_are_not_joined() -> None:
    cleaned = clean(
        "# 指标表\n指标 | 数值\n投资 | 45亿元\n企业 | 33家\n\n表后说明文字在这里继续", wrapped=True
    )
    kinds = [b.kind for b in cleaned.blocks]
    assert kinds == ["heading", "table", "paragraph"]
    table = next(b for b in cleaned.blocks if b.kind == "table")
    assert cleaned.block_text(table) == "指标 | 数值\n投资 | 45亿元\n企业 | 33家"


def test_unwrapped_formats_keep_every_line_as_a_block() -> None:
    cleaned = clean("# 标题\n\n第一段没有句号\n\n第二段", wrapped=False)
    assert [b.kind for b in cleaned.blocks] == ["heading", "paragraph", "paragraph"]
    assert cleaned.text == "标题\n\n第一段没有句号\n\n第二段"


def test_normalize_full_width_and_invisible_chars() -> None:
    assert normalize_chars("\ufeff签约９个项目，增长１７．４％\r\n") == "签约9个项目，增长17.4%\n"
    assert normalize_chars("a\u3000\u3000b\u200bc") == "a bc"


def test_ends_sentence_with_closing_quote() -> None:
    assert ends_sentence("交出了一份靓丽的“年终答卷”。")
    assert ends_sentence("他说：“完成了。”")
    assert not ends_sentence("最终要体")


def test_offsets_of_blocks_are_exact(shared_report: Path) -> None:
    report = load(shared_report)
    cleaned = clean(report.text, report.wrapped)
    for block in cleaned.blocks:
        piece = cleaned.text[block.start : block.end]
        assert piece == piece.strip() and piece
    assert "\n\n\n" not in cleaned.text


def test_pages_survive_cleaning() -> None:
    """A paragraph that runs on across a page break stays one paragraph; each page starts where
    its first line landed in the cleaned text, an empty page where the next text starts."""
    raw = (
        "# 一、项目建设\n园区全年新签约项目86个，\n\f\n总投资412.5亿元。\n\n新开工项目31个。"
        "\n\f\n\f\n# 二、企业培育\n新认定高新技术企业46家。"
    )
    cleaned = clean(raw, wrapped=True, paged=True)
    assert cleaned.text == (
        "一、项目建设\n\n园区全年新签约项目86个，总投资412.5亿元。\n\n新开工项目31个。\n\n"
        "二、企业培育\n\n新认定高新技术企业46家。"
    )
    text = cleaned.text
    assert cleaned.pages == (0, text.index("总投资"), text.index("二、"), text.index("二、"))
    assert [cleaned.page_at(text.index(w)) for w in ("86个", "412.5", "31个", "46家")] == [
        1,
        2,
        2,
        4,
    ]
    assert clean(raw.replace("\f", "")).pages == ()
    assert clean("全年签约项目12个。").page_at(3) is None


def test_a_numbered_part_after_a_full_line_starts_a_paragraph() -> None:
    """In a hard-wrapped text a full-width line ending a sentence may run on, but not into a
    numbered part ("二、存在的问题", "（一）…" after "…工作：") nor a table's caption: each
    is a block of its own, so its heading is no sentence of the paragraph before."""
    line = "园区全年完成固定资产投资二百四十八亿元，同比增长百分之十一，增速居全市前列。"
    raw = "\n".join(
        [
            line,
            "二、存在的问题",
            "在肯定成绩的同时，我们也清醒地看到：一是财政增收压力较大，二是外资招引难度大。",
            "重点抓好以下五个方面工作：",
            "（一）聚力招大引强。全年组织招商活动五十场以上，力争引进百亿元级项目一个。",
            "考评结果如下：",
            "表5 综合考评结果",
        ]
        + [line] * 4
    )
    cleaned = clean(raw, wrapped=True)
    blocks = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    assert "二、存在的问题" in blocks
    assert any(b.startswith("（一）聚力招大引强") for b in blocks)
    assert "表5 综合考评结果" in blocks


def test_running_headers_and_page_numbers_are_dropped() -> None:
    """A printed report's running title and its page numbers, at every page's top or bottom,
    are no text of the report; the first page keeps its copy (it may be the title)."""
    from parkqa.ingest.chrome import without_running_lines

    pages = [
        "某某经开区经济运行简报 2025年第6期\n正文第一页。\n— 1 —",
        "某某经开区经济运行简报 2025年第6期\n正文第二页。\n— 2 —",
        "某某经开区经济运行简报 2025年第6期\n"
        "正文第三页，某某经开区经济运行简报 2025年第6期。\n- 3 -",
    ]
    out = without_running_lines(pages)
    assert out[0].startswith("某某经开区经济运行简报") and "— 1 —" not in out[0]
    assert out[1].strip() == "正文第二页。"
    # (inside a sentence the words stay)
    assert "正文第三页，某某经开区经济运行简报 2025年第6期。" in out[2]


def test_a_tables_lines_repeated_on_each_page_are_no_running_header() -> None:
    from parkqa.ingest.chrome import without_running_lines

    pages = [
        "表2 各园区主要指标\n单位：亿元\n园区  1-6月  增长（%）\n东区  125.3  8.1\n",
        "表2 各园区主要指标\n单位：亿元\n园区  1-6月  增长（%）\n西区  88.6  6.4\n",
        "表2 各园区主要指标\n单位：亿元\n园区  1-6月  增长（%）\n南区  61.2  5.0\n",
    ]
    out = without_running_lines(pages)
    assert all("单位：亿元" in p and "园区  1-6月" in p for p in out)


def test_a_line_of_the_text_itself_at_two_page_edges_stays() -> None:
    """A sentence the report repeats, wrapped alike, may stand at two pages' edges: it stands
    inside pages too, so it is the text's, no running header."""
    from parkqa.ingest.chrome import without_running_lines

    body = "园区持续优化营商环境，推进重点项目建设。"
    pages = [
        f"标题\n{body}\n甲\n乙\n{body}",
        f"{body}\n丙\n丁\n戊\n己",
        f"{body}\n庚\n{body}\n辛\n壬",
    ]
    out = without_running_lines(pages)
    assert out[1].startswith(body) and out[2].startswith(body)


def test_a_short_line_of_wrapped_text_ends_its_paragraph() -> None:
    """In hard-wrapped text only a paragraph's last line stops short of the page width: a list
    printed one item a line ("第一名 X 92.4分") and the line announcing it stay blocks of their
    own, without a full stop; a number the layout cut ("项目3" / "7个", "10" / ".2%") is
    rejoined even where the first line looks short."""
    full = "园区全年完成固定资产投资二百四十八亿元，同比增长百分之十一，增速居全市前列，"
    raw = "\n".join(
        [full] * 3
        + [
            "对各园区工作进行了综合考评。考评结果如下：",
            "第一名 甲湾高新区 92.4分",
            "第二名 乙屿产业园 89.7分（较上半年前移2位）",
            "分项看，甲湾高新区在科技创新方面得分最高。",
        ]
        + [full] * 2
        + ["上半年，全区新签约项目3", "7个，6月份工业增加值同比增长10", ".2%。"]
    )
    cleaned = clean(raw, wrapped=True)
    blocks = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    assert "第一名 甲湾高新区 92.4分" in blocks
    assert "第二名 乙屿产业园 89.7分（较上半年前移2位）" in blocks
    assert "新签约项目37个，6月份工业增加值同比增长10.2%。" in cleaned.text


def test_a_running_title_with_its_issue_apart_and_on_the_cover_is_dropped() -> None:
    """A running header written as title and issue far apart is one gap, not a table row; and
    the cover (the first page) naming the issuer in its body does not make the header text."""
    from parkqa.ingest.chrome import without_running_lines

    header = "某某经开区经济运行简报                  2025年第6期"
    pages = [
        f"{header}\n某某经开区管理委员会\n封面说明。\n某某经开区管理委员会\n正文第一页。\n— 1 —",
        f"{header}\n某某经开区管理委员会\n正文第二页，未完\n— 2 —",
        f"{header}\n某某经开区管理委员会\n续完。\n— 3 —",
    ]
    out = without_running_lines(pages)
    assert out[1].strip() == "正文第二页，未完" and out[2].strip() == "续完。"


def test_a_text_without_form_feeds_is_paged_at_its_page_numbers() -> None:
    """A report printed to text without form feeds keeps its page footers: the page number
    alone ends a page, so the running header after it goes too and the sentence it cut is
    whole again."""
    from parkqa.ingest.chrome import printed_pages, without_running_lines

    text = (
        "某某简报 2025年第7期\n全区完成固定资产投资142.7亿元，完成年度目标\n\n—1—\n\n"
        "某某简报 2025年第7期\n\n（300亿元）的47.6%。\n—2—\n某某简报 2025年第7期\n完。"
    )
    pages = printed_pages(text)
    assert len(pages) == 3
    joined = "\n".join(without_running_lines(pages))
    assert "某某简报" not in joined.split("完成年度目标", 1)[1]
    assert "—1—" not in joined and joined.startswith("某某简报")


def test_a_number_cut_is_never_joined_across_a_page_number_a_year_or_a_blank_line() -> None:
    """ "附件1" / "2025年…" and a page number "3" before "2025年1—9月…" stay apart; a label
    or words before a figure ("规上工业总产值：" / "128.6亿元") stay with it."""
    full = "园区全年完成固定资产投资二百四十八亿元，同比增长百分之十一，增速居全市前列。"
    raw = "\n".join([full] * 4 + ["附件1", "2025年1—9月各园区主要指标"] + [full] * 2)
    assert "附件12025年" not in clean(raw, wrapped=True).text
    raw = "\n".join([full] * 4 + ["3", "2025年1—9月，园区新签约项目12个。"] + [full] * 2)
    assert "32025年" not in clean(raw, wrapped=True).text
    raw = "\n".join([full] * 4 + ["规上工业总产值：", "128.6亿元，同比增长8.2%。"] + [full] * 2)
    assert "规上工业总产值：128.6亿元" in clean(raw, wrapped=True).text


def test_a_numbered_heading_at_each_pages_top_is_no_running_line() -> None:
    from parkqa.ingest.chrome import without_running_lines

    pages = [
        "封面\n一、主要做法\n甲园区完成投资12亿元。\n甲\n乙",
        "一、主要做法\n乙园区完成投资8亿元。\n丙\n丁",
        "一、主要做法\n丙园区完成投资5亿元。\n戊\n己",
    ]
    out = without_running_lines(pages)
    assert all(page.startswith("一、主要做法") for page in out[1:])
