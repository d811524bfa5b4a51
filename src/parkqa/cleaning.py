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
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "table"]

#: Characters that end a sentence (the chunker splits on the same set).
SENTENCE_END = "。！？!?；;…"
CLOSERS = "”’」』）)】》\"'"
#: A line ending with one of these is unfinished by construction.
_CONTINUES = "，,、：:（(“‘《【-—/"
#: Characters that can only follow a number: seeing one at a line start means the number and its
#: unit were split by the layout.
_UNIT_START = "个家项件名户位元亿万千百十%％年月日号天倍批期台套亩米吨度"
_HEADING_MAX_WIDTH = 64
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

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


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


def _should_join(paragraph: list[str], nxt: str, blank_between: bool, wrap: int | None) -> bool:
    prev = paragraph[-1]
    if prev[-1].isdigit() and nxt[0] in _UNIT_START:
        return True  # "85" / "个项目": a number was cut from its unit
    if ends_sentence(prev):
        # In hard-wrapped text a full-width line ending a sentence need not end the paragraph.
        return not blank_between and wrap is not None and display_width(prev) >= 0.85 * wrap
    return not (len(paragraph) == 1 and _heading_like(prev, wrap))


def clean(raw: str, wrapped: bool = True) -> CleanReport:
    """Turn loader markup (see :mod:`parkqa.loading`) into the cleaned text and its blocks.

    ``wrapped`` says that line breaks inside the text may be layout artefacts to rejoin; when
    false (HTML, DOCX) every line is already a whole block.
    """
    lines = [line.strip() for line in normalize_chars(raw).split("\n")]
    prose = [ln for ln in lines if ln and not ln.startswith("# ") and not _TABLE_ROW.search(ln)]
    wrap = _wrap_width(prose) if wrapped else None

    pieces: list[tuple[BlockKind, str]] = []
    paragraph: list[str] = []
    table: list[str] = []
    blank_between = False

    def flush() -> None:
        if paragraph:
            text = paragraph[0]
            for part in paragraph[1:]:
                text += joiner(text, part) + part
            # Unwrapped formats (HTML, DOCX) mark their headings; in plain text we must infer them.
            inferred = wrapped and len(paragraph) == 1 and _heading_like(text, wrap)
            kind: BlockKind = "heading" if inferred else "paragraph"
            pieces.append((kind, text))
            paragraph.clear()
        if table:
            pieces.append(("table", "\n".join(table)))
            table.clear()

    for line in lines:
        if not line:
            blank_between = True
            continue
        if line.startswith("# "):
            flush()
            heading = line[2:].strip()
            if heading:
                pieces.append(("heading", heading))
        elif _TABLE_ROW.search(line):
            if paragraph:
                flush()
            table.append(line)
        elif wrapped and paragraph and _should_join(paragraph, line, blank_between, wrap):
            paragraph.append(line)
        else:
            flush()
            paragraph.append(line)
        blank_between = False
    flush()
    last_line = next((ln for ln in reversed(lines) if ln), "")
    if pieces and pieces[-1][0] == "heading" and not last_line.startswith("# "):
        pieces[-1] = ("paragraph", pieces[-1][1])  # nothing follows it: not a section heading
    return _assemble(pieces)


def _assemble(pieces: list[tuple[BlockKind, str]]) -> CleanReport:
    parts: list[str] = []
    blocks: list[Block] = []
    offset = 0
    heading: str | None = None
    for kind, text in pieces:
        if parts:
            parts.append("\n\n")
            offset += 2
        if kind == "heading":
            heading = text
        blocks.append(Block(kind, offset, offset + len(text), heading))
        parts.append(text)
        offset += len(text)
    return CleanReport("".join(parts), tuple(blocks))
