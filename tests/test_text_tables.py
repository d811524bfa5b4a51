"""Space-aligned tables in plain text reach the facts as tables: each figure with its row and
its column header (they were joined into one run of words by line rejoining)."""

from __future__ import annotations

from parkqa.answer.facts import extract_facts
from parkqa.ingest.cleaning import clean
from parkqa.ingest.text_tables import aligned_tables

# Invented: a work report's table laid out with spaces, a two-line header (units under names).
REPORT = """\
桦岭高新区2024年工作总结

　　三个片区均完成年度目标任务，其中
桐台片区增速最快。

表2　2024年各片区主要指标
片区          规上工业总产值  增速    新签约项目
              （亿元）        （%）   （个）
柏川片区      312.6           7.4     22
桐台片区      148.9           12.8    17
合计          461.5           9.2     39
注：合计不含区属国有企业。
"""


def test_an_aligned_table_becomes_rows_with_their_headers() -> None:
    markup = aligned_tables(REPORT)
    assert "片区 | 规上工业总产值（亿元） | 增速（%） | 新签约项目（个）" in markup
    assert "柏川片区 | 312.6 | 7.4 | 22" in markup
    assert "合计 | 461.5 | 9.2 | 39" in markup
    # prose and the note stay as they were
    assert "桐台片区增速最快。" in markup and "注：合计不含区属国有企业。" in markup


def test_its_cells_are_facts_of_their_row_and_column() -> None:
    text = clean(aligned_tables(REPORT)).text
    facts = extract_facts("r.txt", "桦岭高新区2024年工作总结", text)
    (growth,) = [f for f in facts if f.value == "12.8"]
    assert growth.table and growth.subject == "桐台片区"
    assert growth.indicator_id == "gross-industrial-output-value-above-size"
    assert growth.measure == "growth"


def test_prose_with_one_wide_gap_is_left_alone() -> None:
    text = "桦岭高新区管委会                    2025年1月6日\n全年新签约项目39个。\n"
    assert aligned_tables(text) == text


# Invented: a bulletin's table drawn with bars over a "----+----" rule, going on after a page
# break (the page's footer and header between its rows).
BARS = """\
　　　　　表3　2025年1—6月主要指标
指标名称        |  单位  |  1—6月  | 增速（%）
----------------+--------+---------+----------
地区生产总值    |  亿元  |  211.40 |    5.9
规上工业增加值  |   —    |    —    |    7.3

　　　　　　　　　—3—

栎川经开区经济运行简报
其中：出口      |  亿元  |   48.7  |   11.5
一般公共预算收入|  亿元  |   12.06 |    2.2
"""


def test_a_bar_table_keeps_its_header_over_its_rule() -> None:
    from parkqa.ingest.text_tables import bar_tables

    markup = bar_tables(BARS)
    assert "指标名称 | 单位 | 1—6月 | 增速（%）" in markup
    assert "规上工业增加值 | — | — | 7.3" in markup
    assert "----" not in markup
    text = clean(aligned_tables(markup)).text
    facts = extract_facts("r.txt", "栎川经开区经济运行简报", text)
    (level,) = [f for f in facts if f.value == "211.40"]
    assert level.indicator_id == "gross-regional-product" and level.unit == "亿元"
    # the cell under 增速（%） is a growth, not the level its row's dashes leave out
    (rate,) = [f for f in facts if f.value == "7.3"]
    assert rate.measure == "growth" and rate.kind == "percent"
    # rows after the page break go on under the header
    (export,) = [f for f in facts if f.value == "48.7"]
    assert export.unit == "亿元" and export.measure == "level"


def test_a_markdown_rows_empty_cell_keeps_its_column() -> None:
    from pathlib import Path

    from parkqa.ingest.text import read_md

    data = "| 园区 | 2024年 | 2025年 |\n|---|---|---|\n| 合计 |  | 86.4 |\n".encode()
    text = read_md(Path("r.md"), data, lambda *a: None).text
    assert "合计 | - | 86.4" in text


def test_a_bar_table_goes_on_across_a_page_break() -> None:
    """A table drawn with bars whose page break left blank lines (its footer and header
    dropped) is one table: the rows after the break keep the header."""
    from pathlib import Path

    from parkqa.ingest.text import read_txt

    raw = (
        "附表：主要指标\n"
        "| 指 标 | 单位 | 1—6月 | 增长% | 一季度 | 增长% |\n"
        "|---|---|---|---|---|---|\n"
        "| 地区生产总值 | 亿元 | 318.6 | 6.8 | 147.4 | 5.9 |\n"
        "\n                — 3 —\n\f\n某某经开区经济运行简报 2025年第6期\n\n"
        "| 规上工业增加值 | — | — | 8.1 | — | 8.5 |\n"
        "\n注：增长速度按可比价格计算。\n— 4 —\n\f\n"
        "某某经开区经济运行简报 2025年第6期\n\n报送：市委办\n"
    )
    text = read_txt(Path("r.txt"), raw.encode(), lambda *a: None).text
    assert "— 3 —" not in text and "简报" not in text and "报送：市委办" in text
    cleaned = clean(text).text
    facts = extract_facts("r.txt", "某某经开区2025年上半年经济运行", cleaned)
    # each growth column is of the period on its left
    (first_quarter,) = [f for f in facts if f.value == "8.5"]
    assert first_quarter.period == (1, 3) and first_quarter.measure == "growth"
    (half,) = [f for f in facts if f.value == "8.1"]
    assert half.period == (1, 6)
    (gdp,) = [f for f in facts if f.value == "5.9"]
    assert gdp.period == (1, 3) and gdp.indicator_id == "gross-regional-product"


def test_an_aligned_tables_header_over_a_rule_is_its_header() -> None:
    """A plain-text table ruled with dashes above and below its header row (the rules as wide
    as the wrapped page): the header names the columns, no rule is joined to a line."""
    rule = "-" * 76
    text = "\n".join(
        [
            "表2  2025年上半年主要经济指标计划完成情况",
            rule,
            "指标                          全年目标  上半年完成   同比增长%     完成目标%",
            rule,
            "地区生产总值（亿元）               860      412.36         7.1          47.9",
            "规上工业总产值（亿元）            2100       986.4         9.3          47.0",
            rule,
            "    注：全年目标为区人大会议审议通过的年度计划目标。",
        ]
    )
    cleaned = clean(aligned_tables(text)).text
    assert "指标 | 全年目标 | 上半年完成 | 同比增长% | 完成目标%" in cleaned
    assert "-注" not in cleaned and "-指标" not in cleaned
    facts = extract_facts("k.txt", "焜宁高新区2025年上半年经济运行分析", cleaned)
    done = next(f for f in facts if f.value == "986.4")
    assert done.indicator_id == "gross-industrial-output-value-above-size"
    assert done.status == "actual"
    # (完成目标%: its % after the words is its unit, as a bracketed one is)
    share = next(f for f in facts if f.value == "47.0")
    assert (share.kind, share.measure) == ("percent", "completion")


def test_a_rule_under_a_tables_body_ends_it() -> None:
    rule = "-" * 60
    text = "\n".join(
        [
            "指标            2025年      同比增长",
            rule,
            "规上工业总产值     512.7       9.2%",
            "固定资产投资        86.3       7.5%",
            rule,
            "项目名称        总投资（亿元）   开工时间",
            rule,
            "甲乙新材料项目       58          2025年3月",
            "丙丁智能装备项目     18          2025年5月",
            rule,
        ]
    )
    out = aligned_tables(text)
    assert "规上工业总产值 | 512.7 | 9.2%" in out
    assert "甲乙新材料项目 | 58 | 2025年3月" in out
