"""Spreadsheets as reports: every visible sheet a table under its name, cells as shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parkqa.ingest.cleaning import clean
from parkqa.ingest.dispatch import LoadError, load
from parkqa.ingest.sheets import format_cell


def write_workbook(path: Path) -> Path:
    """Two sheets (indicators with a title row, percent formats and an empty cell; projects
    with dates) and a hidden draft sheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "主要指标"
    sheet.append(["临港智造园2025年前三季度主要经济指标"])
    sheet.merge_cells("A1:D1")
    sheet.append(["指标", "单位", "2025年1-9月", "同比增长"])
    sheet.append(["规上工业总产值", "亿元", 412.75, 0.086])
    sheet.append(["固定资产投资", "亿元", 96.3, -0.021])
    sheet.append(["新签约项目", "个", 37, None])
    sheet.append(["实际利用外资", "亿美元", None, 0.154])
    sheet.append([])
    for row in range(3, 7):
        sheet.cell(row, 4).number_format = "0.0%"
    projects = book.create_sheet("重点项目")
    projects.append(["项目名称", "签约日期", "总投资（亿元）", "所属产业"])
    projects.append(["高端轴承产业化基地", dt.date(2025, 3, 18), 26, "高端装备"])
    projects.append(["车规级芯片封测项目", dt.datetime(2025, 7, 2), 41.5, "集成电路"])
    draft = book.create_sheet("草稿")
    draft.append(["不应出现的草稿", 1])
    draft.sheet_state = "hidden"
    book.save(path)
    return path


def test_workbook_with_two_sheets(tmp_path: Path) -> None:
    loaded = load(write_workbook(tmp_path / "lingang.xlsx"))
    assert loaded.format == "xlsx" and loaded.wrapped is False
    assert loaded.title == "临港智造园2025年前三季度主要经济指标"
    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    assert cleaned.text == (
        "主要指标\n\n"
        "临港智造园2025年前三季度主要经济指标\n\n"
        "指标 | 单位 | 2025年1-9月 | 同比增长\n"
        "规上工业总产值 | 亿元 | 412.75 | 8.6%\n"
        "固定资产投资 | 亿元 | 96.3 | -2.1%\n"
        "新签约项目 | 个 | 37 | -\n"
        "实际利用外资 | 亿美元 | - | 15.4%\n\n"
        "重点项目\n\n"
        "项目名称 | 签约日期 | 总投资（亿元） | 所属产业\n"
        "高端轴承产业化基地 | 2025-03-18 | 26 | 高端装备\n"
        "车规级芯片封测项目 | 2025年7月2日 | 41.5 | 集成电路"
    )
    assert [(b.kind, b.heading) for b in cleaned.blocks] == [
        ("heading", "主要指标"),
        ("paragraph", "主要指标"),
        ("table", "主要指标"),
        ("heading", "重点项目"),
        ("table", "重点项目"),
    ]
    assert cleaned.pages == ()


def test_csv_semicolons_in_gbk(tmp_path: Path) -> None:
    path = tmp_path / "signed.csv"
    path.write_bytes("项目;投资（亿元）;签约日期\n智能传感器产线;12.5;10月31日\n".encode("gbk"))
    loaded = load(path)
    assert loaded.text == "项目 | 投资（亿元） | 签约日期\n\n智能传感器产线 | 12.5 | 10月31日"


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (0.1 + 0.2, "General", "0.3"),
        (128.0, "General", "128"),
        (0.1234, "0.00%", "12.34%"),
        (0.5, "0%", "50%"),
        (12345678901.5, "General", "12345678901.5"),
        (dt.datetime(2025, 10, 31, 9, 30), "General", "2025年10月31日 09:30"),
        # (a date as its date format shows it: a question's 11月2日 is read against 2025-11-02
        # too, vocab.month_days; the general format or one with a time: in Chinese)
        (dt.datetime(2025, 11, 2), "yyyy-mm-dd", "2025-11-02"),
        (dt.datetime(2025, 3, 8), 'yyyy"年"m"月"d"日"', "2025年3月8日"),
        (dt.datetime(2025, 3, 8), "yyyy-mm-dd h:mm:ss", "2025年3月8日"),
        (None, "General", ""),
    ],
)
def test_cells_as_the_sheet_shows_them(value: object, number_format: str, shown: str) -> None:
    assert format_cell(value, number_format) == shown


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("a.doc", "an old Word 97-2003 .doc file: save it as .docx (or PDF) and add it again"),
        ("a.wps", "a WPS Writer .wps file: save it as .docx (or PDF) and add it again"),
        ("a.xls", "an old Excel 97-2003 .xls workbook: save it as .xlsx (or CSV) and add it again"),
        ("a.et", "a WPS Spreadsheets .et file: save it as .xlsx (or CSV) and add it again"),
    ],
)
def test_old_office_formats_are_refused_with_what_to_convert_to(
    tmp_path: Path, name: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with pytest.raises(LoadError) as err:
        load(path)
    assert str(err.value) == reason


def test_a_damaged_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(LoadError, match="not a readable XLSX"):
        load(path)


def test_questions_read_the_workbook_tables(qa, tmp_path: Path) -> None:
    qa.index([write_workbook(tmp_path / "lingang.xlsx")])
    answer = qa.ask("临港智造园2025年1-9月规上工业总产值是多少？")
    assert answer.value == "412.75"
    assert answer.citations[0].quote == "规上工业总产值 | 亿元 | 412.75 | 8.6%"
    assert answer.citations[0].page is None and not answer.citations[0].ocr
    answer = qa.ask("车规级芯片封测项目总投资多少亿元？")
    assert answer.value == "41.5"
    # A date column, a rate column beside a 单位 column, a row with an empty last cell.
    # (the date as its cell's format shows it, 2025-03-18)
    assert qa.ask("高端轴承产业化基地什么时候签约的？").value == "2025-03-18"
    assert qa.ask("临港智造园实际利用外资同比增长多少？").value == "15.4%"
    assert qa.ask("临港智造园新签约项目多少个？").value == "37"
    sections = {p.section for p in qa.retrieve("高端轴承产业化基地", k=3)}
    assert "重点项目" in sections


def test_a_merged_first_column_keeps_values_under_their_headers() -> None:
    from parkqa.ingest.sheets import sheet_lines

    rows = [
        ["", "", "", ""],
        ["", "类别", "指标", "2024年"],
        ["", "财政", "税收", "20"],
        ["", "", "非税收入", "5"],  # the merged 类别 cell is empty below its first row
    ]
    assert list(sheet_lines(rows)) == [
        "类别 | 指标 | 2024年",
        "财政 | 税收 | 20",
        "- | 非税收入 | 5",
    ]


def test_a_row_of_labelled_notes_is_no_header() -> None:
    """ "填报单位：… | | | 单位：万元" above a ledger's header is two notes, not the header the
    columns would be named by."""
    from parkqa.ingest.sheets import sheet_lines

    rows = [
        ["某经开区重点项目推进情况表", "", "", ""],
        ["填报单位：经济发展局", "", "", "单位：万元"],
        ["序号", "项目名称", "总投资", "开工时间"],
        ["1", "甲乙新材料项目", "320000", "2024.11"],
    ]
    assert list(sheet_lines(rows)) == [
        "某经开区重点项目推进情况表",
        "填报单位：经济发展局",
        "单位：万元",
        "序号 | 项目名称 | 总投资 | 开工时间",
        "1 | 甲乙新材料项目 | 320000 | 2024.11",
    ]


def test_rows_after_a_group_row_keep_the_headers_width() -> None:
    from parkqa.ingest.core import EMPTY_CELL
    from parkqa.ingest.sheets import sheet_lines

    header = ["序号", "项目名称", "总投资（万元）", "完成投资（万元）", "备注"]
    rows = [
        header,
        ["1", "锂电隔膜项目", "386000", "108600", "按期推进"],
        ["二、续建项目（2个）", "", "", "", ""],
        ["2", "风电轴承项目", "92000", "31500", ""],  # its last cell empty
    ]
    lines = list(sheet_lines(rows))
    assert lines[2] == "二、续建项目（2个）"
    assert lines[3] == f"2 | 风电轴承项目 | 92000 | 31500 | {EMPTY_CELL}"
    # an empty row ends the table: the row after it is a table of its own width
    ended = list(sheet_lines([header, rows[1], [], rows[3]]))
    assert ended[-1] == "2 | 风电轴承项目 | 92000 | 31500"
