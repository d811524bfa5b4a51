"""Spreadsheets (.xlsx workbooks, .csv files) as report text: each sheet a table.

Why tables and not prose: the answer engine reads ``cell | cell`` rows with their column headers
(:mod:`parkqa.answer.facts`), the same tables it reads in Markdown, HTML, DOCX and PDF reports.
A sheet becomes a section named after the sheet, a title row (one cell in the row) becomes a
caption line, and every other row a table row. Empty cells inside a row are kept as ``-`` so
that each value stays under its column's header.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from parkqa.ingest.core import EMPTY_CELL, LoadError, Progress, RawText, decode_text, join_inline


def read_xlsx(path: Path, data: bytes, progress: Progress) -> RawText:
    """Every visible sheet of a workbook, with the values Excel last calculated."""
    import zipfile

    from openpyxl import load_workbook

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("load.not_zip", fmt="XLSX")
    book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        blocks: list[str] = []
        for sheet in book.worksheets:
            if sheet.sheet_state != "visible":
                continue
            rows = (
                [format_cell(c.value, getattr(c, "number_format", "General")) for c in row]
                for row in sheet.iter_rows()
            )
            lines = list(sheet_lines(rows))
            if lines:
                blocks += ["# " + sheet.title, *lines]
        title = book.properties.title if book.properties else None
    finally:
        book.close()
    return RawText("\n\n".join(blocks), title or _caption(blocks), wrapped=False)


def read_csv(path: Path, data: bytes, progress: Progress) -> RawText:
    """One table; the delimiter (comma, semicolon, tab) is sniffed."""
    text = decode_text(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    lines = list(sheet_lines(csv.reader(io.StringIO(text), dialect)))
    return RawText("\n\n".join(lines), _caption(lines), wrapped=False)


def _caption(lines: list[str]) -> str | None:
    """The first caption line (a one-cell row before any table): a workbook's usual title."""
    for line in lines:
        if " | " in line:
            return None
        if not line.startswith("# "):
            return line
    return None


#: A cell that is a labelled note: ``填报单位：经济发展局``, ``单位：万元``.
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[：:]\s*\S")


def sheet_lines(rows: Iterable[list[str]]) -> Iterator[str]:
    """Lines of the shared markup for a sheet's rows: a row with one filled cell is a caption
    (its own line), as is each note of a row of labelled notes (``填报单位：…``, ``单位：万元``),
    a row with more is a table row; empty rows are dropped but end a table.

    Every row of a table is as wide as its first row (the header) and keeps its empty cells
    (:data:`EMPTY_CELL`), also at the start of a row (a merged 类别 cell reads as empty below
    its first row), so each value stays under its column's header. Only the columns left of
    every row's first cell (the sheet's empty margin) are dropped.
    """
    grid = [[join_inline([c]) for c in row] for row in rows]
    filled_starts = [
        next(i for i, c in enumerate(row) if c) for row in grid if sum(1 for c in row if c) >= 2
    ]
    margin = min(filled_starts, default=0)
    width = held = 0
    for row in grid:
        cells = row[margin:]
        while cells and not cells[-1]:
            cells.pop()
        filled = [c for c in cells if c]
        if len(filled) <= 1 or all(_LABELLED.match(c) for c in filled):
            # (a row of labelled notes above a table, "填报单位：经济发展局 | … | 单位：万元",
            # is no header: each note a line of its own)
            # (a group row, "二、续建项目（8个）", splits a table it does not end: the rows
            # after it keep the header's width, their empty last cells included)
            held, width = (width or held) if filled else 0, 0
            yield from filled
            continue
        if not width and held and held - 2 <= len(cells) < held:
            width = held
        width = width or len(cells)
        cells += [""] * (width - len(cells))
        yield " | ".join(c or EMPTY_CELL for c in cells)


def format_cell(value: object, number_format: str = "General") -> str:
    """A cell as the sheet shows it: ``128.6``, ``12.4%`` for a percent format, a date as
    ``2025年10月31日``; floats without binary noise (``0.1 + 0.2`` shows as ``0.3``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.date):
        shown = _date_as_formatted(value, number_format or "")
        if shown is not None:  # (a date format of the sheet: 2025-11-12, 2025/3/18)
            return shown
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.year}年{value.month}月{value.day}日 {value:%H:%M}"
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, int | float):
        if "%" in (number_format or ""):
            decimals = _decimals(number_format)
            return f"{value * 100:.{decimals}f}%"
        if isinstance(value, float):
            if value.is_integer():
                return str(int(value))
            return f"{round(value, 10):f}".rstrip("0").rstrip(".")
        return str(value)
    return str(value)


_DATE_TOKEN = re.compile(r'"[^"]*"|\\.|yyyy|yy|mm|m|dd|d|.', re.I)


def _date_as_formatted(value: dt.date, number_format: str) -> str | None:
    """A date cell as its own date-only format shows it (``yyyy-mm-dd`` → 2025-11-12,
    ``yyyy"年"m"月"d"日"`` → 2025年11月12日); None for the general format or one with a time
    (then the date is written in Chinese)."""
    fmt = re.sub(r"\[[^\]]*\]", "", number_format.split(";")[0])
    if (
        not re.search(r"y", fmt, re.I)
        or not re.search(r"d", fmt, re.I)
        or re.search(r"[hs]|AM/PM", fmt.replace('"', ""), re.I)
    ):
        return None
    out = []
    for token in _DATE_TOKEN.findall(fmt):
        low = token.lower()
        if token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif low == "yyyy":
            out.append(f"{value.year:04d}")
        elif low == "yy":
            out.append(f"{value.year % 100:02d}")
        elif low == "mm":
            out.append(f"{value.month:02d}")
        elif low == "m":
            out.append(str(value.month))
        elif low == "dd":
            out.append(f"{value.day:02d}")
        elif low == "d":
            out.append(str(value.day))
        else:
            out.append(token)
    return "".join(out)


def _decimals(number_format: str) -> int:
    """Decimal places a percent format shows: ``0.0%`` → 1, ``0%`` → 0."""
    head = number_format.split("%")[0]
    return len(re.match(r"[0#]*", head.split(".", 1)[1]).group()) if "." in head else 0  # type: ignore[union-attr]
