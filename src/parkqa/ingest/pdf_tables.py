"""PDF pages as report markup: text lines in reading order, tables as ``cell | cell`` rows.

Why: a PDF's text layer knows characters and where they stand, nothing of tables. Read in
content order (pypdf) a table comes out one cell per line, its header cells broken in the middle
(``规上工业企`` / ``业（家）``), and its figures lose their row and column. Government park reports
are mostly PDFs full of tables, so this module reads a page from its characters' positions:

* **Ruled tables** (cells drawn with lines or boxes) are found by pdfplumber's line strategy; a
  cell's text is every character whose middle lies in it, its wrapped lines rejoined.
* **Unruled tables** (aligned text, or a three-line table with rules only above, under the header
  and below) are found by alignment: consecutive lines of two or more cells with figures in them
  whose gaps line up in vertical white corridors; the lines above them that fit the same columns
  are the header (its wrapped cells rejoined column by column, a cell over several columns being
  a merged header).
* **Merged header cells** (``投资情况（亿元）`` over three columns): the header row above is written
  with the merged cell once; the last header row has every column's own header, a cell merged
  down from above repeated in it, so that each value below has its column header and the unit
  above it (what :func:`parkqa.answer.facts._grid_facts` reads).
* **Captions** (``表1 …``) stay the line before the table, a unit line (``单位：亿元``) under the
  caption joined to it (``表1 … 单位：亿元``).
* **Tables continued on the next page** (same columns, nothing but running headers and footers
  between, the continuation starting with figures or with the same header): its rows are all
  body. When a running header or footer stands between the two parts, cleaning makes a block of
  the continuation, so the caption line is repeated before it, and the header rows too when the
  PDF did not repeat them: the block's rows then reach the facts with their column headers, and
  as rows of the same table (the facts group a table's rows by its caption: "which of the three
  parks grew fastest" needs the rows of both pages). When nothing stands between, cleaning joins
  the continuation to the block its header starts, and nothing is added.

Everything else is text lines as today: characters on one baseline are a line (left to right),
pieces far apart on a line (a running header's left and right ends, a footer's page number) are
lines of their own, a page number alone is dropped from the first or last line, and a table comes
where it stands on the page (after the lines beside it). The table code works on plain characters
and cell boxes, so another engine (PyMuPDF, in ``benchmarks/pdf_tables.py``) can be compared on
the same layout code.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from statistics import median
from typing import Any

from parkqa.ingest.chrome import PAGE_NUMBER
from parkqa.ingest.cleaning import CAPTION, UNIT_LINE, joiner
from parkqa.ingest.core import EMPTY_CELL, join_inline, table_row

#: A number as a table cell states it (``187.3``, ``-2.1``, ``12.4%``, ``1,204``), the same
#: pattern the facts read a cell with.
NUMERIC_CELL = re.compile(r"^[-+−]?\d+(?:,\d{3})*(?:\.\d+)?\s*[%％]?$")
#: A note under a table, a source line: never a table row.
_NOTE = re.compile(r"^(?:注|备注|说明|资料来源|数据来源)\s*\d*\s*[:：]")

#: Gaps, in font sizes: between cells of an unruled table's row, and between pieces of one line
#: that are separate texts (a running header's left and right ends).
CELL_GAP = 0.8
APART = 3.0

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class Char:
    """A character of the text layer: its text and box (top-down coordinates, in points)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def run_text(chars: Sequence[Char]) -> str:
    """The text of characters on one line, left to right: a space where the gap says the author
    typed one, never between two Chinese characters a justified line spreads apart."""
    out: list[str] = []
    previous: Char | None = None
    for ch in chars:
        if previous is not None:
            gap = ch.x0 - previous.x1
            size = max(min(ch.size, previous.size), 1.0)
            cjk = _wide(previous.text[-1]) or _wide(ch.text[0])
            if gap > (1.5 if cjk else 0.2) * size and out and not out[-1].endswith(" "):
                out.append(" ")
        out.append(ch.text)
        previous = ch
    return re.sub(r"\s+", " ", "".join(out)).strip()


def split_runs(chars: Sequence[Char], gap: float) -> list[list[Char]]:
    """Characters of one line (left to right) cut where the white gap is wider than ``gap`` font
    sizes; blank characters neither join nor cut."""
    runs: list[list[Char]] = []
    for ch in chars:
        if not ch.text.strip():
            continue
        if runs and ch.x0 - runs[-1][-1].x1 <= gap * max(ch.size, runs[-1][-1].size):
            runs[-1].append(ch)
        else:
            runs.append([ch])
    return runs


@dataclass
class Line:
    """Characters on one baseline, left to right (``label``: its text, when it was put together
    from two lines or is not placed on the page)."""

    chars: list[Char]
    label: str | None = None

    @property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars if c.text.strip())

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars if c.text.strip())

    @property
    def size(self) -> float:
        return median(c.size for c in self.chars)

    @property
    def text(self) -> str:
        return self.label if self.label is not None else run_text(self.chars)

    def runs(self, gap: float) -> list[list[Char]]:
        return split_runs(self.chars, gap)


def text_lines(chars: Iterable[Char]) -> list[Line]:
    """Characters grouped into lines, top to bottom: a character is on a line when its middle
    lies within the height of the line's first character and no character of the line stands
    where it stands (text stacked in a cell, a row's figures set between the two lines of its
    name). A character drawn again on itself (fake bold) is read once."""
    lines: list[Line] = []
    bands: list[list[float]] = []
    spans: list[list[tuple[float, float, float, str]]] = []  # each line's characters, by x

    def clash(index: int, ch: Char) -> str:
        """``""``, ``"clash"`` with a character of the line, or ``"same"`` character."""
        row = spans[index]
        k = bisect_right(row, (ch.x0, ch.x1, ch.top, ch.text))
        width = max(ch.x1 - ch.x0, 0.1)
        for a, b, top, text in row[max(0, k - 2) : k + 2]:
            if min(b, ch.x1) - max(a, ch.x0) > 0.3 * width:
                near = abs(a - ch.x0) < 0.2 * ch.size and abs(top - ch.top) < 0.2 * ch.size
                return "same" if near and text == ch.text else "clash"
        return ""

    for ch in sorted(chars, key=lambda c: (c.top, c.x0)):
        best: tuple[float, int] | None = None
        duplicate = False
        for index in range(max(0, len(lines) - 4), len(lines)):
            top, bottom = bands[index]
            tolerance = 0.25 * (bottom - top)
            if not top - tolerance <= ch.middle <= bottom + tolerance:
                continue
            found = clash(index, ch)
            duplicate = duplicate or found == "same"
            if found:
                continue
            distance = abs((top + bottom) / 2 - ch.middle)
            if best is None or distance < best[0]:
                best = (distance, index)
        if duplicate:
            continue
        if best is None:
            lines.append(Line([ch]))
            bands.append([ch.top, ch.bottom])
            spans.append([(ch.x0, ch.x1, ch.top, ch.text)])
        else:
            index = best[1]
            lines[index].chars.append(ch)
            insort(spans[index], (ch.x0, ch.x1, ch.top, ch.text))
    for line in lines:
        line.chars.sort(key=lambda c: c.x0)
    lines.sort(key=lambda ln: ln.top)
    return [line for line in lines if any(c.text.strip() for c in line.chars)]


def cell_text(chars: Iterable[Char]) -> str:
    """A cell's text: its lines rejoined as wrapped text is (no space inside Chinese, a space
    between Latin words), whitespace collapsed with :func:`join_inline`."""
    text = ""
    for line in text_lines(chars):
        part = line.text
        text += joiner(text, part) + part
    return join_inline([text])


# --------------------------------------------------------------------------- grids


@dataclass
class Cell:
    """A table cell: its text and the rows and columns it spans (0-based)."""

    text: str
    row: int
    col: int
    rows: int = 1
    cols: int = 1


@dataclass
class Grid:
    """A table found on a page: its cells, the x of its column boundaries and its box."""

    cells: list[Cell]
    n_rows: int
    n_cols: int
    bbox: BBox
    edges: list[float]
    ruled: bool
    #: Rows at the top that are headers; ``None``: decided from the cells.
    header_rows: int | None = None
    #: Header lines to write before the rows (a continued table's header from the last page).
    carried: list[str] = field(default_factory=list)
    #: The header rows of the table this one continues (written or not).
    continues: list[str] = field(default_factory=list)
    #: The caption line before the table (its own, or the one of the table it continues).
    caption: str | None = None
    #: Write :attr:`caption` before the table (a continuation's caption from the last page).
    carry_caption: bool = False
    #: The characters in its cells (ruled tables): none of them is read again as text.
    taken: list[Char] = field(default_factory=list)

    def anchors(self) -> list[list[Cell | None]]:
        """For every row and column, the cell covering it (``None``: no cell there)."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rows, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.cols, self.n_cols)):
                    out[r][c] = cell
        return out

    def heads(self) -> int:
        """How many rows at the top are headers: the leading rows without a figure in them
        (after the first column), at most three, at least the rows the first row's cells span;
        one when every row is without figures."""
        if self.header_rows is not None:
            return self.header_rows
        anchors = self.anchors()
        spans = max((c.rows for c in self.cells if c.row == 0), default=1)
        count = 0
        for row in anchors:
            if any(a is not None and NUMERIC_CELL.match(a.text) for a in row[1:]):
                break
            count += 1
        if count == len(anchors):
            count = 1
        return max(min(count, 3), min(spans, 3), 1)

    def lines(self) -> list[str]:
        """The table in the shared markup, one ``cell | cell`` line per row."""
        heads = min(self.heads(), self.n_rows)
        anchors = self.anchors()
        out = list(self.carried)
        for r, row in enumerate(anchors):
            upper = r < heads - 1
            cells: list[str] = []
            for c, cell in enumerate(row):
                if cell is None:
                    cells.append(EMPTY_CELL)
                elif cell.col < c:  # merged from the left
                    if not upper:
                        cells.append(EMPTY_CELL)
                else:  # its own cell, or one merged from above: read in every row it spans
                    cells.append(cell.text or EMPTY_CELL)
            line = table_row(cells)
            if line and any(ch not in f"{EMPTY_CELL} |" for ch in line):
                out.append(line)
        return out

    def header_lines(self) -> list[str]:
        return self.lines()[len(self.carried) : len(self.carried) + min(self.heads(), self.n_rows)]


def _cluster(values: Iterable[float], tolerance: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(edges: list[float], value: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def ruled_grid(boxes: Sequence[BBox], chars: Sequence[Char]) -> Grid | None:
    """A grid from the cell boxes a table finder found (pdfplumber, PyMuPDF): rows and columns
    from the boxes' edges, a box over several of them a merged cell, a cell's text every
    character whose middle lies in it; empty rows and columns (a double rule) dropped. ``None``
    unless two columns and two rows hold text."""
    if not boxes:
        return None
    xs = _cluster([b[0] for b in boxes] + [b[2] for b in boxes], 2.0)
    ys = _cluster([b[1] for b in boxes] + [b[3] for b in boxes], 2.0)
    at: dict[tuple[int, int], int] = {}
    spans: list[tuple[int, int, int, int]] = []
    for x0, top, x1, bottom in boxes:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        for r in range(r0, r1):
            for c in range(c0, c1):
                at.setdefault((r, c), len(spans))
        spans.append((r0, c0, r1 - r0, c1 - c0))
    inside: list[list[Char]] = [[] for _ in spans]
    taken: list[Char] = []
    for ch in chars:
        x, y = (ch.x0 + ch.x1) / 2, ch.middle
        if not (xs[0] <= x < xs[-1] and ys[0] <= y < ys[-1]):
            continue
        cell = at.get((bisect_right(ys, y) - 1, bisect_right(xs, x) - 1))
        if cell is not None:
            inside[cell].append(ch)
            taken.append(ch)
    cells = [
        Cell(cell_text(found), r0, c0, rows, cols)
        for (r0, c0, rows, cols), found in zip(spans, inside, strict=True)
    ]
    grid = _squeeze(cells, len(ys) - 1, len(xs) - 1, xs)
    if grid is None:
        return None
    n_rows, n_cols, cells, edges = grid
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return Grid(cells, n_rows, n_cols, bbox, edges, ruled=True, taken=taken)


def _squeeze(
    cells: list[Cell], n_rows: int, n_cols: int, xs: list[float]
) -> tuple[int, int, list[Cell], list[float]] | None:
    """Drop the rows and columns where no cell starts with text; ``None`` when fewer than two
    rows or two columns hold text."""
    filled = [c for c in cells if c.text]
    keep_cols = sorted({c.col for c in filled})
    keep_rows = sorted({c.row for c in filled})
    if len(keep_cols) < 2 or len(keep_rows) < 2:
        return None

    def remap(start: int, span: int, keep: list[int]) -> tuple[int, int]:
        inside = [i for i, k in enumerate(keep) if start <= k < start + span]
        if not inside:
            return -1, 0
        return inside[0], inside[-1] - inside[0] + 1

    out = []
    for cell in cells:
        r, rows = remap(cell.row, cell.rows, keep_rows)
        c, cols = remap(cell.col, cell.cols, keep_cols)
        if rows and cols:
            out.append(Cell(cell.text, r, c, rows, cols))
    edges = [xs[k] for k in keep_cols] + [xs[-1]]
    return len(keep_rows), len(keep_cols), out, edges


# --------------------------------------------------------------------------- unruled tables


def _numeric_cells(runs: list[list[Char]]) -> int:
    return sum(1 for run in runs[1:] if NUMERIC_CELL.match(run_text(run)))


def _is_data(line: Line) -> bool:
    """A line of two or more cells apart, with a figure after the first."""
    runs = line.runs(CELL_GAP)
    return len(runs) >= 2 and _numeric_cells(runs) >= 1 and not _captionish(line.text)


def _captionish(text: str) -> bool:
    return bool(CAPTION.match(text) or UNIT_LINE.match(text) or _NOTE.match(text))


def _close(upper: Line, lower: Line) -> bool:
    """Are two lines near enough to be rows of one table (at most about a row apart)?"""
    return lower.top - upper.bottom <= 1.6 * max(upper.size, lower.size)


def _corridors(lines: Sequence[Line], x0: float, x1: float, size: float) -> list[tuple]:
    """The white vertical corridors between ``x0`` and ``x1`` that no character of ``lines``
    covers, at least half a font size wide."""
    spans = sorted((c.x0, c.x1) for line in lines for c in line.chars if c.text.strip())
    out = []
    reach = x0
    for a, b in spans:
        if a - reach >= 0.5 * size and reach > x0:
            out.append((reach, a))
        reach = max(reach, b)
    return [(a, b) for a, b in out if b <= x1]


def unruled_grids(lines: list[Line]) -> list[tuple[list[int], Grid]]:
    """Tables of aligned text among a page's lines (top to bottom): for each, the indexes of the
    lines it is made of and its grid."""
    found: list[tuple[list[int], Grid]] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        if not _is_data(lines[i]):
            i += 1
            continue
        # The seed: consecutive data lines, close to each other; one line between two of them
        # may be a wrapped cell.
        seed = [i]
        j = i + 1
        while j < len(lines) and _close(lines[seed[-1]], lines[j]):
            if _is_data(lines[j]) or (
                j + 1 < len(lines) and _is_data(lines[j + 1]) and _close(lines[j], lines[j + 1])
            ):
                seed.append(j)
                j += 1
            else:
                break
        grid = _grid_from_seed(lines, seed, used)
        if grid is None:
            i += 1
            continue
        indexes, table = grid
        found.append((indexes, table))
        used.update(indexes)
        i = max(indexes) + 1
    return found


def _grid_from_seed(
    lines: list[Line], seed: list[int], used: set[int]
) -> tuple[list[int], Grid] | None:
    data = [k for k in seed if _is_data(lines[k])]
    runs = [lines[k].runs(CELL_GAP) for k in data]
    if not (len(data) >= 2 or (len(runs[0]) >= 3 and _numeric_cells(runs[0]) >= 2)):
        return None
    size = median(lines[k].size for k in seed)
    x0 = min(lines[k].x0 for k in seed)
    x1 = max(lines[k].x1 for k in seed)
    corridors = _corridors([lines[k] for k in seed], x0, x1, size)
    if not corridors:
        return None
    n_cols = len(corridors) + 1

    def columns_of(run: list[Char], bounds: list[float]) -> tuple[int, int]:
        slack = 0.25 * size
        return bisect_right(bounds, run[0].x0 + slack), bisect_right(bounds, run[-1].x1 - slack)

    # Every data line must fill at least two columns, and the table be more than half full.
    bounds = [(a + b) / 2 for a, b in corridors]
    filled = [len({columns_of(run, bounds)[0] for run in line}) for line in runs]
    if min(filled) < 2 or sum(filled) < 0.5 * n_cols * len(filled):
        return None

    # Body: the seed and the lines under it that fit the columns.
    body = list(seed)
    k = seed[-1] + 1
    while k < len(lines) and k not in used and _close(lines[body[-1]], lines[k]):
        line = lines[k]
        if _captionish(line.text) or line.x0 < x0 - size or line.x1 > x1 + size:
            break
        pieces = line.runs(0.3)
        if any(columns_of(r, bounds)[0] != columns_of(r, bounds)[1] for r in pieces):
            break
        if (
            not _is_data(line)
            and not (k + 1 < len(lines) and _is_data(lines[k + 1]))
            and len(line.runs(CELL_GAP)) < 2
            and not _wrapped_cell(line, lines[body[-1]], bounds)
        ):
            break
        body.append(k)
        k += 1

    # Header: the lines above that fit the table's width, none a caption or a line across all
    # its columns.
    header: list[int] = []
    k = seed[0] - 1
    while k >= 0 and k not in used and len(header) < 6:
        line = lines[k]
        below = lines[header[0] if header else seed[0]]
        if not _close(line, below) or _captionish(line.text) or _PROSE.search(line.text):
            break
        # (a header cell set flush left in its column may reach past the figures under it)
        if line.x0 < x0 - 2 * size or line.runs(CELL_GAP)[-1][0].x0 > x1 + size:
            break
        if any(len(_crossed(r, corridors)) >= len(corridors) for r in line.runs(0.3)):
            break  # a title or a sentence across the table
        header.insert(0, k)
        k -= 1

    if len(data) == 1 and not header:
        return None  # one line of figures alone (a chart's axis) is no table
    # Column boundaries: inside each corridor, where no header text stands.
    header_chars = [c for k in header for c in lines[k].chars if c.text.strip()]
    bounds = [_free_middle(a, b, header_chars, size) for a, b in corridors]
    edges = [x0, *bounds, x1]

    cells: list[Cell] = []
    head_rows = 0
    if header:
        head_rows = _header_cells(lines, header, corridors, bounds, n_cols, cells)
    rows = _body_rows(lines, body, bounds)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                cells.append(Cell(text, head_rows + r, c))
    indexes = sorted(header + body)
    top = min(lines[k].top for k in indexes)
    bottom = max(lines[k].bottom for k in indexes)
    left = min(lines[k].x0 for k in indexes)
    right = max(lines[k].x1 for k in indexes)
    grid = Grid(
        cells,
        head_rows + len(rows),
        n_cols,
        (left, top, right, bottom),
        edges,
        ruled=False,
        header_rows=head_rows if header else 0,
    )
    return indexes, grid


#: Punctuation of sentences, never of a header cell: such a line above a table is text.
_PROSE = re.compile(r"[。；，：！？;:!?]")


def _wrapped_cell(line: Line, row: Line, bounds: list[float]) -> bool:
    """Is a line of one piece under the table's last row the end of a text cell of that row
    (a name set on two lines, the figures beside its first)?"""
    if _PROSE.search(line.text) or len(line.runs(0.3)) != 1:
        return False
    col = bisect_right(bounds, (line.x0 + line.x1) / 2)
    above = [r for r in row.runs(CELL_GAP) if bisect_right(bounds, (r[0].x0 + r[-1].x1) / 2) == col]
    return bool(above) and not NUMERIC_CELL.match(run_text(above[0]))


def _crossed(run: list[Char], corridors: list[tuple]) -> list[int]:
    """The corridors a run of characters covers from side to side."""
    return [i for i, (a, b) in enumerate(corridors) if run[0].x0 <= a and run[-1].x1 >= b]


def _free_middle(a: float, b: float, chars: list[Char], size: float) -> float:
    """The middle of the widest stretch of ``[a, b]`` no character covers, or of ``[a, b]``."""
    covered = sorted((max(a, c.x0), min(b, c.x1)) for c in chars if c.x1 > a and c.x0 < b)
    best, best_width, reach = (a + b) / 2, 0.0, a
    for lo, hi in [*covered, (b, b)]:
        if lo - reach > best_width:
            best, best_width = (reach + lo) / 2, lo - reach
        reach = max(reach, hi)
    return best if best_width >= 0.3 * size or not covered else (a + b) / 2


def _header_cells(
    lines: list[Line],
    header: list[int],
    corridors: list[tuple],
    bounds: list[float],
    n_cols: int,
    cells: list[Cell],
) -> int:
    """Cells of the header lines: each column's pieces joined top to bottom; a piece across
    columns (a merged header) makes a header row above, in which the other columns' headers
    span both rows. Returns the number of header rows."""
    columns: list[str] = [""] * n_cols
    merged: list[tuple[int, int, str]] = []
    for k in header:
        for run in lines[k].runs(0.3):
            crossed = _crossed(run, corridors)
            text = run_text(run)
            if crossed:
                first = crossed[0]
                merged.append((first, crossed[-1] + 2 - first, text))
                continue
            col = bisect_right(bounds, (run[0].x0 + run[-1].x1) / 2)
            columns[col] += joiner(columns[col], text) + text
    columns = [join_inline([c]) for c in columns]
    if not merged:
        cells.extend(Cell(text, 0, c) for c, text in enumerate(columns) if text)
        return 1
    under: set[int] = set()
    for first, span, text in merged:
        cells.append(Cell(text, 0, first, 1, span))
        under.update(range(first, first + span))
    for c, text in enumerate(columns):
        if c in under:
            if text:
                cells.append(Cell(text, 1, c))
        elif text:
            cells.append(Cell(text, 0, c, 2, 1))
    return 2


def _body_rows(lines: list[Line], body: list[int], bounds: list[float]) -> list[list[str]]:
    """The body's rows: one per line with a figure; a line without one (a wrapped cell) joins
    the row nearest to it."""
    n_cols = len(bounds) + 1
    anchors = [k for k in body if _is_data(lines[k])]
    rows: dict[int, list[str]] = {k: [""] * n_cols for k in anchors}
    for k in body:
        if k in rows:
            target = k
        else:
            middle = (lines[k].top + lines[k].bottom) / 2
            target = min(
                anchors, key=lambda a: (abs((lines[a].top + lines[a].bottom) / 2 - middle), a)
            )
        for run in lines[k].runs(CELL_GAP):
            col = bisect_right(bounds, (run[0].x0 + run[-1].x1) / 2)
            text = run_text(run)
            cell = rows[target][col]
            if k < target:
                rows[target][col] = text + joiner(text, cell) + cell
            else:
                rows[target][col] = cell + joiner(cell, text) + text
    return [[join_inline([c]) for c in rows[k]] for k in anchors]


# --------------------------------------------------------------------------- pages


@dataclass
class PageLayout:
    """A page read: its text lines and tables in reading order."""

    items: list[Line | Grid]
    number: int

    def first_grid(self) -> tuple[int, Grid] | None:
        return next(((i, it) for i, it in enumerate(self.items) if isinstance(it, Grid)), None)

    def last_grid(self) -> tuple[int, Grid] | None:
        found = [(i, it) for i, it in enumerate(self.items) if isinstance(it, Grid)]
        return found[-1] if found else None


def _horizontal(matrix: Any) -> bool:
    if not matrix:
        return True
    a, b, c, d = matrix[:4]
    return abs(b) < 1e-3 and abs(c) < 1e-3 and a > 0 and d > 0


def layout_page(
    chars: Sequence[Char],
    tables: Sequence[Sequence[BBox]],
    number: int,
    aside: Sequence[str] = (),
    unruled: bool = True,
) -> PageLayout:
    """A page from its characters and the cell boxes of the ruled tables a finder saw on it:
    the tables, the unruled tables among the other lines (``unruled``), and those lines, in
    reading order. ``aside``: text drawn turned (a stamp, a watermark), put after the page's
    lines."""
    grids: list[Grid] = []
    for boxes in tables:
        grid = ruled_grid(boxes, chars)
        if grid is not None and not any(_inside(grid.bbox, g.bbox) for g in grids):
            grids.append(grid)
    in_cells = {id(ch) for g in grids for ch in g.taken}
    free = [ch for ch in chars if id(ch) not in in_cells]
    lines = text_lines(free)
    taken: set[int] = set()
    for indexes, grid in unruled_grids(lines) if unruled else []:
        grids.append(grid)
        taken.update(indexes)
    # A table comes after the lines that start above its bottom (above it, or beside it); the
    # lines of two columns of text, the left column's first.
    keyed: list[tuple[tuple[float, float, int, float], Line | Grid]] = [
        ((g.bbox[3] - 0.5, 0.0, 0, 0.0), g) for g in grids
    ]
    for key, line in _reading_order([ln for k, ln in enumerate(lines) if k not in taken]):
        keyed += [((*key, 1, piece.x0), piece) for piece in _apart([line])]
    items = [item for _, item in sorted(keyed, key=lambda k: k[0])]
    items = _strip_page_number(items, number)
    items += [Line([], text) for text in aside if text.strip()]
    items = _join_unit_lines(items)
    for before, item in pairwise(items):
        if isinstance(item, Grid) and isinstance(before, Line) and CAPTION.match(before.text):
            item.caption = before.text
    return PageLayout(items, number)


def _inside(inner: BBox, outer: BBox) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )


#: Two columns of text: at least this many lines hold text on both sides of one white gutter.
_COLUMN_LINES = 6


def _reading_order(lines: list[Line]) -> list[tuple[tuple[float, float], Line]]:
    """Each line with its place in reading order, ``(y, then)``: its top, except in a stretch
    of lines set in two columns (a white gutter between two runs of text on most of them), where
    each line is cut at the gutter and the right column's pieces come after the left column's
    last line."""
    keyed = [((line.top, 0.0), line) for line in lines]
    gutter = _gutter(lines)
    if gutter is None:
        return keyed
    x, first, last = gutter
    end = lines[last].top
    out = keyed[:first]
    right: list[tuple[tuple[float, float], Line]] = []
    for line in lines[first : last + 1]:
        left_chars = [c for c in line.chars if (c.x0 + c.x1) / 2 < x]
        right_chars = [c for c in line.chars if (c.x0 + c.x1) / 2 >= x]
        if any(c.text.strip() for c in left_chars):
            out.append(((line.top, 0.0), Line(left_chars)))
        if any(c.text.strip() for c in right_chars):
            right.append(((end, 1.0 + line.top), Line(right_chars)))
    return out + right + keyed[last + 1 :]


def _gutter(lines: list[Line]) -> tuple[float, int, int] | None:
    """The gutter of two columns of text: its x and the first and last line of the stretch
    set in two columns, or ``None``."""
    gaps: dict[int, tuple[float, float]] = {}
    for k, line in enumerate(lines):
        runs = line.runs(1.5)
        if len(runs) == 2 and min(len(runs[0]), len(runs[1])) >= 8 and not _is_data(line):
            gaps[k] = (runs[0][-1].x1, runs[1][0].x0)
    if len(gaps) < _COLUMN_LINES:
        return None
    x = median((a + b) / 2 for a, b in gaps.values())
    both = [k for k, (a, b) in gaps.items() if a < x < b]
    if len(both) < _COLUMN_LINES:
        return None
    # Text set in a column fills it: most left pieces end at its right edge (a table's cells
    # do not).
    edge = max(gaps[k][0] for k in both)
    if sum(1 for k in both if edge - gaps[k][0] <= lines[k].size) < 0.6 * len(both):
        return None
    first, last = both[0], both[-1]

    def one_side(line: Line) -> bool:
        return line.x1 < x or line.x0 > x

    # The stretch goes on over the lines of one column only (a column's last lines, its
    # heading) next to it.
    while (
        last + 1 < len(lines) and one_side(lines[last + 1]) and _close(lines[last], lines[last + 1])
    ):
        last += 1
    while first > 0 and one_side(lines[first - 1]) and _close(lines[first - 1], lines[first]):
        first -= 1
    inside = lines[first : last + 1]
    if sum(1 for ln in inside if one_side(ln)) + len(both) < len(inside):
        return None
    return x, first, last


def _apart(lines: list[Line]) -> list[Line]:
    """Pieces of a line far apart (:data:`APART` font sizes) are lines of their own, left to
    right: a running header's title and its note, a footer and its page number. A line that
    holds figures (a row of a table not found as one) stays whole."""
    out: list[Line] = []
    for line in lines:
        runs = line.runs(APART)
        if len(runs) > 1 and not _is_data(line):
            out.extend(Line(run) for run in runs)
        else:
            out.append(line)
    return out


def _strip_page_number(items: list[Line | Grid], number: int) -> list[Line | Grid]:
    """Drop the page's first or last line when it is only its page number (``3``, ``- 3 -``)."""
    items = list(items)
    for index in (-1, 0):
        if items and isinstance(items[index], Line):
            text = items[index].text  # type: ignore[union-attr]
            if PAGE_NUMBER.match(text) or text == str(number):
                items.pop(index)
    return items


def _join_unit_lines(items: list[Line | Grid]) -> list[Line | Grid]:
    """A unit line (``单位：亿元``) between a caption and its table joins the caption."""
    out: list[Line | Grid] = []
    for k, item in enumerate(items):
        if (
            isinstance(item, Line)
            and UNIT_LINE.match(item.text)
            and out
            and isinstance(out[-1], Line)
            and CAPTION.match(out[-1].text)
            and k + 1 < len(items)
            and isinstance(items[k + 1], Grid)
        ):
            caption = out[-1]
            out[-1] = Line(caption.chars + item.chars, f"{caption.text} {item.text}")
            continue
        out.append(item)
    return out


def page_markup(page: PageLayout) -> str:
    """The page in the shared markup: lines, and each table a block of ``cell | cell`` rows
    with a blank line before and after; a caption is the line before the block."""
    out: list[str] = []
    for k, item in enumerate(page.items):
        if isinstance(item, Grid):
            rows = item.lines()
            if rows and item.carry_caption and item.caption:
                out += ["", item.caption]
            if rows:
                out += ["", *rows, ""]
            continue
        text = item.text
        if not text:
            continue
        following = page.items[k + 1] if k + 1 < len(page.items) else None
        if CAPTION.match(text) and isinstance(following, Grid) and out and out[-1] != "":
            out.append("")
        out.append(text)
    while out and out[0] == "":
        out.pop(0)
    while out and out[-1] == "":
        out.pop()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text)


def carry_headers(pages: list[PageLayout]) -> None:
    """Mark tables continued from the page before: same columns, nothing between the two parts
    but running headers and footers, and the continuation starting with figures or with the
    header repeated (a table starting with a header of its own is a table of its own). A
    continuation's rows are all body; when it does not repeat the header and some line stands
    between the parts, the header rows are carried to its top (see the module's docstring)."""
    repeated = _margin_texts(pages)
    for before, after in pairwise(pages):
        last, first = before.last_grid(), after.first_grid()
        if last is None or first is None:
            continue
        (i, upper), (j, lower) = last, first
        between = [it for it in before.items[i + 1 :] + after.items[:j] if isinstance(it, Line)]
        if len(between) < len(before.items[i + 1 :]) + j:
            continue  # another table between
        if any(_norm(it.text) not in repeated for it in between):
            continue
        if not _same_columns(upper, lower):
            continue
        head = upper.continues or upper.header_lines()
        if not head:
            continue
        own = lower.lines()
        if own[: len(head)] == head:
            lower.header_rows = len(head)
        else:
            anchors = lower.anchors()
            if lower.header_rows != 0 and not any(
                a is not None and NUMERIC_CELL.match(a.text) for a in anchors[0][1:]
            ):
                continue  # a header of its own
            lower.header_rows = 0
            if between:
                lower.carried = list(head)
        lower.continues = head
        lower.caption = upper.caption
        lower.carry_caption = bool(between)


def _norm(text: str) -> str:
    return re.sub(r"[\d\s]+", "", text)


def _margin_texts(pages: list[PageLayout]) -> set[str]:
    """Line texts (digits aside) seen on more than one page: running headers and footers."""
    seen: dict[str, int] = {}
    for page in pages:
        for text in {_norm(it.text) for it in page.items if isinstance(it, Line)}:
            seen[text] = seen.get(text, 0) + 1
    return {text for text, count in seen.items() if count > 1}


def _same_columns(upper: Grid, lower: Grid) -> bool:
    if upper.n_cols != lower.n_cols:
        return False
    if upper.ruled and lower.ruled:
        return all(abs(a - b) <= 3.0 for a, b in zip(upper.edges, lower.edges, strict=True))
    left = max(upper.bbox[0], lower.bbox[0])
    right = min(upper.bbox[2], lower.bbox[2])
    width = max(upper.bbox[2] - upper.bbox[0], lower.bbox[2] - lower.bbox[0], 1.0)
    return (right - left) / width >= 0.8


# --------------------------------------------------------------------------- pdfplumber


def plumber_chars(page: Any) -> tuple[list[Char], list[str]]:
    """A pdfplumber page's characters set horizontally (as the page is shown), and the text of
    those set turned (a stamp, a watermark) in the order they were drawn."""
    chars, turned = [], []
    for ch in page.chars:
        text = ch.get("text") or ""
        if not text:
            continue
        if _horizontal(ch.get("matrix")):
            chars.append(
                Char(text, ch["x0"], ch["x1"], ch["top"], ch["bottom"], float(ch.get("size") or 1))
            )
        elif text.strip():
            turned.append(text)
    aside = ["".join(turned).strip()] if turned else []
    return chars, aside


def plumber_page(page: Any, number: int) -> PageLayout | None:
    """A pdfplumber page read: its ruled tables (lines strategy), unruled tables and text;
    ``None`` when most of its text is set turned (a page shown sideways), which has no lines
    to find."""
    chars, aside = plumber_chars(page)
    if len("".join(aside)) > sum(1 for c in chars if c.text.strip()):
        return None
    tables = [t.cells for t in page.find_tables()] if chars else []
    return layout_page(chars, tables, number, aside)


def read_pages(
    pdf: Any,
    plain: Callable[[int], str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[str]:
    """Every page of an open pdfplumber document in the shared markup (``""`` for a page
    without a text layer); a continued table's header carried to the next page. A page
    pdfplumber fails on, or shown sideways, is ``plain(number)`` (the plain text layer, in the
    order it was drawn), when given. ``progress`` hears ``page 3/20`` after each page."""
    pages = []
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, 1):
        try:
            layout = plumber_page(page, number)
        except Exception:
            if plain is None:
                raise
            layout = None
        finally:
            page.close()
        if layout is None:
            text = plain(number) if plain is not None else ""
            layout = PageLayout([Line([], line) for line in text.splitlines()], number)
        pages.append(layout)
        if progress is not None and total > 1:
            progress(f"page {number}/{total}")
    carry_headers(pages)
    return [page_markup(page) for page in pages]
