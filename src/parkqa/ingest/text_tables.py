"""Tables in plain text: laid out with spaces (a bulletin's ``指标名称    单位    1—3月`` rows) or
drawn with bars (``产业名称 | 产值（亿元）`` over a ``------+------`` rule).

Why: cleaning rejoins a hard-wrapped text's lines, and a space-aligned table's rows have no
sentence end, so they were joined into one run of words and figures ("岚汀片区 587.3 10.8 …
峪东片区 436.2"): each figure lost its row and its column header. Such a table is what the PDF
reader sees in an unruled table: text whose gaps line up in columns. So its lines are placed as
characters on a grid (a Chinese character two columns wide, as a monospaced display sets it)
and read by the PDF reader's own table finder (:mod:`parkqa.ingest.pdf_tables`): one home for
what a table of aligned text is, its header rows and units included.
"""

from __future__ import annotations

import re
import unicodedata

from parkqa.ingest.cleaning import RULE
from parkqa.ingest.core import EMPTY_CELL, table_row
from parkqa.ingest.pdf_tables import Char, layout_page, page_markup

#: A gap between two cells: two spaces or more, an ideographic space, a tab.
_GAP = re.compile(r"\S(?: {2,}|\u3000+|\t+)(?=\S)")
#: Placed sizes: a half-width character is 5 units wide, a line 14 units below the one above.
_HALF, _LINE, _SIZE = 5.0, 14.0, 10.0
#: A tab stop every eight half-width columns.
_TAB = 8 * _HALF


_BAR = re.compile(r"\s*[|│┃]\s*")


def bar_cells(line: str) -> list[str] | None:
    """The cells of a row drawn with bars (``| 园区 | 产值 |``, ``园区 | 产值``; outer bars
    optional), an empty cell as :data:`EMPTY_CELL` so every cell keeps its column; None for a
    line of fewer than two filled cells (one, for a row with outer bars: a group row)."""
    row = line.strip()
    if not _BAR.search(row):
        return None
    boxed = row[:1] in "|│┃" and row[-1:] in "|│┃"
    row = re.sub(r"^[|│┃]|[|│┃]$", "", row)
    cells = [cell.strip() for cell in _BAR.split(row)]
    # (a group row, "| 一、工业 |  |  |", fills one cell of several)
    if len(cells) < 2 or not any(cells) or (sum(bool(cell) for cell in cells) < 2 and not boxed):
        return None
    return [cell or EMPTY_CELL for cell in cells]


def bar_tables(text: str) -> str:
    """``text`` with every run of two bar rows or more (rules above, between and below them
    dropped) written as the shared table markup. Why: a rule line has no gap, so read as
    space-aligned text a bar table broke at its rule, and its header was left out of the
    table (its first row of figures read as the header)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j, rows = i, list[list[str]]()
        while j < len(lines):
            if rows and not lines[j].strip():
                # (blank lines inside a table: where a page break was, its header and footer
                # dropped; the table goes on when a row of as many cells follows)
                k = next((k for k in range(j, len(lines)) if lines[k].strip()), len(lines))
                after = bar_cells(lines[k]) if k < len(lines) else None
                if after is None or len(after) != len(rows[-1]):
                    break
                j = k
            if not RULE.match(lines[j]):
                cells = bar_cells(lines[j])
                if cells is None:
                    break
                rows.append(cells)
            j += 1
        if len(rows) >= 2:
            out += ["", *(table_row(cells) for cells in rows), ""]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


#: A cell that is a figure alone (860, 47.9, -6.3%): what a header row has none of.
_FIGURE_CELL = re.compile(r"(?<!\S)[-+]?\d+(?:\.\d+)?%?(?!\S)")


def aligned_tables(text: str) -> str:
    """``text`` with every run of space-aligned lines (the first with two gaps or more, the
    rest with one or more) written as the shared table markup (``cell | cell`` rows)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if len(_GAP.findall(lines[i])) < 2:
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and (
                (lines[j].strip() and _GAP.search(lines[j]))
                # (a rule right under the header rows: "指标  全年目标 …" / "-----" / "地区生产总值
                # 860 …"; a rule under a row of figures ends the table)
                or (
                    not any(_FIGURE_CELL.search(line) for line in lines[i:j])
                    and RULE.match(lines[j])
                    and j + 1 < len(lines)
                    and _GAP.search(lines[j + 1])
                )
            )
        ):
            j += 1
        block = [line for line in lines[i:j] if not RULE.match(line)]
        if all("\t" in line for line in block):  # tab-separated: the tabs are the columns
            markup = "\n".join(table_row(line.rstrip("\r").split("\t")) for line in block)
        else:
            markup = page_markup(layout_page(_placed(block), [], 0))
        out += ["", markup, ""] if "|" in markup else block
        i = j
    return "\n".join(out)


def _placed(lines: list[str]) -> list[Char]:
    chars = []
    for row, line in enumerate(lines):
        x = 0.0
        for ch in line.rstrip("\r"):
            if ch == "\t":  # to the next tab stop, as an editor sets it
                x = (x // _TAB + 1) * _TAB
                continue
            width = _HALF * (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
            if ch.strip():
                chars.append(Char(ch, x, x + width, row * _LINE, row * _LINE + _SIZE, _SIZE))
            x += width
    return chars
