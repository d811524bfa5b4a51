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
