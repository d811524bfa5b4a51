"""Clean a loaded report into the text that every offset and citation refers to.

Why this matters: reports arrive with their source layout baked in. A page or column
break splits sentences (``最终要体`` / blank line / ``现在项目建设上``), a PDF text layer
breaks every line at the page width (``年度计`` / ``划投资``, ``85`` / ``个项目``), and
full-width digits hide figures from search. Cleaning rejoins what the layout broke, keeps
real paragraph breaks and headings, and records the block structure (heading / paragraph /
table) so chunks know their section.

The cleaned text is stored whole; it is the citation target, so nothing downstream may change it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table"]

#: What a loader puts between two pages of a paged format (PDF pages, DOCX page breaks): cleaning
#: turns it into :attr:`CleanReport.pages`, never into text.
PAGE_BREAK = "\f"
#: Characters that end a sentence (the chunker splits on the same set).
SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
#: A line ending with one of these is unfinished by construction.
_CONTINUES = "，,、：:（(“‘《【-—/"
#: Characters that can only follow a number: seeing one at a line start means the number and its
#: unit were split by the layout.
_UNIT_START = "个家项件名户位元亿万千百十%％年月日号天倍批期台套亩米吨度"
_HEADING_MAX_WIDTH = 64
#: A line opening with a year (2025年…): never the tail of a number cut at a line's end.
_OPENS_WITH_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
#: … or with a year or a month (10月9日，…): no figure a label before it announces.
_OPENS_WITH_TIME = re.compile(_OPENS_WITH_YEAR.pattern + r"|\d{1,2}\s*月")
#: Words that announce a list (考评结果如下：, 主要有以下：).
_LIST_LEAD = re.compile(r"如下|以下")
#: A line ending on a Chinese character that is no unit (…总额为): words a figure goes on.
_CJK_END = re.compile(r"[\u4e00-\u9fff]$")
#: A hard-wrapped line shorter than this share of the page width is its paragraph's last.
_SHORT_LINE = 0.7
#: Characters a line cannot end a paragraph on (a list announced by a colon can).
_CUT_OFF = "".join(ch for ch in _CONTINUES if ch not in "：:")
_TABLE_ROW = re.compile(r"\S\s\|\s\S")


@dataclass(frozen=True)
class Block:
    """A span of the cleaned text: a heading, a paragraph or a table."""

    kind: BlockKind
    start: int
    end: int
    #: The heading of the section the block is in (its own text for a heading).
    heading: str | None


@dataclass(frozen=True)
class CleanReport:
    text: str
    blocks: tuple[Block, ...]
    #: Where each page starts in ``text`` (page 1 first); empty for formats without pages.
    pages: tuple[int, ...] = ()

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def page_at(self, offset: int) -> int | None:
        return page_at(self.pages, offset)


def page_at(pages: tuple[int, ...] | list[int], offset: int) -> int | None:
    """The 1-based page holding ``offset`` of the cleaned text, or ``None`` without pages.

    An empty page starts where the next page's text starts, so text there counts as the later page.
    """
    if not pages:
        return None
    return max(bisect_right(pages, offset), 1)


# --------------------------------------------------------------------------- characters

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)


def normalize_chars(text: str) -> str:
    """Unify line ends and spaces; fold full-width ASCII letters, digits and ``％`` to ASCII.

    CJK punctuation (``，。；：``) is kept: it is part of the quoted sentence a user reads.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            out.append(chr(code - 0xFEE0))
        elif ch == "％":
            out.append("%")
        elif ch in "\u3000\u00a0\t\f\v" or unicodedata.category(ch) == "Zs":
            out.append(" ")
        else:
            out.append(ch)
    text = "".join(out)
    text = re.sub(r"(?<=\d)．(?=\d)", ".", text)
    return re.sub(r"[ ]{2,}", " ", text)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def ends_sentence(line: str) -> bool:
    line = line.rstrip()
    while line and line[-1] in CLOSERS:
        if len(line) >= 2 and line[-2] in SENTENCE_END:
            return True
        line = line[:-1]
    return bool(line) and line[-1] in SENTENCE_END


def joiner(left: str, right: str) -> str:
    """What to put between two halves of a broken line: a space only between Latin words.

    CJK needs none, and neither do two digits (``3`` / ``86件`` is one number cut by the layout).
    """
    if not (left and right):
        return ""
    a, b = left[-1], right[0]
    if (
        a.isascii()
        and b.isascii()
        and a.isalnum()
        and b.isalnum()
        and not (a.isdigit() and b.isdigit())
    ):
        return " "
    return ""


# --------------------------------------------------------------------------- lines -> blocks


def _wrap_width(lines: list[str]) -> int | None:
    """The page width of a hard-wrapped text (PDF), or ``None`` when lines are whole paragraphs.

    Hard-wrapped text has most of its lines at one width; paragraph-per-line text does not.
    """
    widths = sorted(display_width(line) for line in lines if len(line) >= 8)
    if len(widths) < 5:
        return None
    p90 = widths[int(0.9 * (len(widths) - 1))]
    near = sum(1 for w in widths if w >= 0.85 * p90)
    if p90 <= 160 and near / len(widths) >= 0.4:
        return p90
    return None


def _heading_like(line: str, wrap: int | None) -> bool:
    """A short standalone line with no sentence inside it and no dangling comma."""
    width = display_width(line)
    if width > _HEADING_MAX_WIDTH or (wrap is not None and width >= 0.8 * wrap):
        return False
    if ends_sentence(line) or line[-1] in _CONTINUES or (line[0] in "(（" and line[-1] in ")）"):
        return False  # unfinished, or a parenthesised byline / note
    return not any(ch in SENTENCE_END for ch in line[:-1])


#: A rule drawn between a bar table's rows: dashes (=, box-drawing lines) between bars, pluses,
#: colons or box corners (``|---|:--:|``, ``-----+-----``, ``├──┼──┤``); in plain text a line of
#: its own, joined to no sentence.
RULE_JOINTS = "|│┃+├┼┤┬┴┌┐└┘╋╂┿"
RULE = re.compile(
    rf"^\s*[{RULE_JOINTS}]?\s*:?[-=─━]{{2,}}:?\s*(?:[{RULE_JOINTS}]\s*:?[-=─━]{{2,}}:?\s*)*"
    rf"[{RULE_JOINTS}]?\s*$"
)
#: A table's caption (``表1 …``, ``续表2``, ``附表3``): a line of its own, never a sentence's end.
CAPTION = re.compile(r"^(?:续|附)?表\s*[\d一二三四五六七八九十]+(?:[-—.．]\d+)?(?:\s|[:：]|$)")
#: A table's unit line (``单位：亿元``, ``（单位：万元）``): it belongs to the table under it.
UNIT_LINE = re.compile(r"^[（(]?\s*单位\s*[:：]")
#: A line opening a numbered part: 一、 （二） 第三章 4. (not 1.5亿元).
NUMBERED_PART = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|第[一二三四五六七八九十\d]{1,3}[章节部分篇]|\d{1,2}[、.．](?!\d))"
)


def _should_join(paragraph: list[str], nxt: str, blank_between: bool, wrap: int | None) -> bool:
    prev = paragraph[-1]
    if RULE.match(prev) or RULE.match(nxt):
        return False  # a rule under a caption or over a note is a line of its own
    if prev[-1].isdigit() and nxt[0] in _UNIT_START:
        return True  # "85" / "个项目": a number was cut from its unit
    if CAPTION.match(nxt):
        return False  # "考评结果如下：" / "表5 …": the caption of a table, a line of its own
    if (
        not blank_between
        and prev[-1].isdigit()
        and not prev.isdigit()  # (a page number alone, "3", is no number's head)
        and (nxt[0].isdigit() or (nxt[0] in ".．" and nxt[1:2].isdigit()))
        and not _OPENS_WITH_YEAR.match(nxt)  # ("附件1" / "2025年…": a year starts a line)
    ):
        return True  # "10" / ".2%", "项目3" / "7个": a number cut by the layout
    if (
        wrap is not None
        and 2 * len(prev) < _SHORT_LINE * wrap
        and prev[-1] not in _CUT_OFF
        # (a label or words a figure goes on, unless the next line opens with a time: "市委、
        # 市政府：" / "2024年，…", "附：10月份大事记" / "10月9日，…")
        and not (
            nxt[0].isdigit()
            and not _OPENS_WITH_TIME.match(nxt)
            and (prev[-1] in "：:" or _CJK_END.search(prev))
            and not _LIST_LEAD.search(prev)
        )
    ):
        # In hard-wrapped text only a paragraph's last line stops short of the width: a line
        # short even were all its characters wide (a text wrapped by character count has
        # narrow lines of digits) ends its paragraph without a full stop (a list's items
        # "第一名 X 92.4分", the line announcing them "考评结果如下："), unless it stops on a
        # comma or an opening, is a label before its figure ("规上工业总产值：" / "128.6亿元"),
        # or is words a figure goes on ("…总额为" / "86.5亿元").
        return False
    if (ends_sentence(prev) or prev[-1] in "：:") and NUMBERED_PART.match(nxt):
        # (a full-width line ends a sentence, or announces a list, and the next opens
        # "二、存在的问题" or "（三）…": a new part, its heading no sentence of the one before)
        return False
    if blank_between and prev[-1] in "：:":
        return False  # "考评结果如下：" / (blank) / "第一名 …": a list it announces, lines apart
    if ends_sentence(prev):
        # In hard-wrapped text a full-width line ending a sentence need not end the paragraph.
        return not blank_between and wrap is not None and display_width(prev) >= 0.85 * wrap
    return not (len(paragraph) == 1 and _heading_like(prev, wrap))


def clean(raw: str, wrapped: bool = True, paged: bool = False) -> CleanReport:
    """Turn loader markup (see :mod:`parkqa.ingest.dispatch`) into the cleaned text and its blocks.

    ``wrapped`` says that line breaks inside the text may be layout artefacts to rejoin; when
    false (HTML, DOCX) every line is already a whole block. ``paged`` says that
    :data:`PAGE_BREAK` separates pages: a paragraph may run on across a page break (it is not a
    blank line), and the result records where each page starts.
    """
    pages = raw.split(PAGE_BREAK) if paged else [raw]
    lines = [
        (line.strip(), number)
        for number, page in enumerate(pages)
        for line in normalize_chars(page).split("\n")
    ]
    prose = [ln for ln, _ in lines if ln and not ln.startswith("# ") and not _TABLE_ROW.search(ln)]
    wrap = _wrap_width(prose) if wrapped else None

    pieces: list[_Piece] = []
    paragraph: list[str] = []
    paragraph_pages: list[int] = []
    table: list[tuple[str, int]] = []
    blank_between = False

    def flush() -> None:
        if paragraph:
            text = paragraph[0]
            marks = [(0, paragraph_pages[0])]
            for part, page in zip(paragraph[1:], paragraph_pages[1:], strict=True):
                text += joiner(text, part)
                marks.append((len(text), page))
                text += part
            # Unwrapped formats (HTML, DOCX) mark their headings; in plain text we must infer them.
            inferred = wrapped and len(paragraph) == 1 and _heading_like(text, wrap)
            kind: BlockKind = "heading" if inferred else "paragraph"
            pieces.append(_Piece(kind, text, marks))
            paragraph.clear()
            paragraph_pages.clear()
        if table:
            marks, offset = [], 0
            for row, page in table:
                marks.append((offset, page))
                offset += len(row) + 1
            pieces.append(_Piece("table", "\n".join(row for row, _ in table), marks))
            table.clear()

    for line, page in lines:
        if not line:
            blank_between = True
            continue
        if line.startswith("# "):
            flush()
            heading = line[2:].strip()
            if heading:
                pieces.append(_Piece("heading", heading, [(0, page)]))
        elif _TABLE_ROW.search(line):
            if paragraph:
                flush()
            table.append((line, page))
        elif wrapped and paragraph and _should_join(paragraph, line, blank_between, wrap):
            paragraph.append(line)
            paragraph_pages.append(page)
        else:
            flush()
            paragraph.append(line)
            paragraph_pages.append(page)
        blank_between = False
    flush()
    last_line = next((ln for ln, _ in reversed(lines) if ln), "")
    if pieces and pieces[-1].kind == "heading" and not last_line.startswith("# "):
        # nothing follows it: not a section heading
        pieces[-1] = _Piece("paragraph", pieces[-1].text, pieces[-1].pages)
    return _assemble(pieces, len(pages) if paged else 0)


@dataclass(frozen=True)
class _Piece:
    """A block's text before assembly, with the page each of its source lines came from
    (``(offset in text, page index)``)."""

    kind: BlockKind
    text: str
    pages: list[tuple[int, int]]


def _assemble(pieces: list[_Piece], page_count: int) -> CleanReport:
    parts: list[str] = []
    blocks: list[Block] = []
    starts: list[int | None] = [None] * page_count
    offset = 0
    heading: str | None = None
    for piece in pieces:
        if parts:
            parts.append("\n\n")
            offset += 2
        if piece.kind == "heading":
            heading = piece.text
        blocks.append(Block(piece.kind, offset, offset + len(piece.text), heading))
        for at, page in piece.pages:
            if page < page_count and starts[page] is None:
                starts[page] = offset + at
        parts.append(piece.text)
        offset += len(piece.text)
    # A page without text starts where the next page with text does (or at the end).
    pages: list[int] = []
    for start in reversed(starts):
        pages.insert(0, start if start is not None else (pages[0] if pages else offset))
    if pages:
        pages[0] = 0
    return CleanReport("".join(parts), tuple(blocks), tuple(pages))
