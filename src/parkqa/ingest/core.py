"""The small core every format reader shares: the error a bad file raises, what a reader returns,
text decoding and the markup helpers (inline text, table rows, pages).

Readers depend on this module only, never on the dispatcher (:mod:`parkqa.ingest.dispatch`), so
that the dispatcher can import them without a circle.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from parkqa.ingest.cleaning import PAGE_BREAK
from parkqa.messages import t

#: Called by slow readers (OCR) as they go: ``progress("OCR page 3/20")``.
Progress = Callable[[str], None]


class LoadError(Exception):
    """A file could not be read as a report. ``str(err)`` is a one-line reason in English;
    :meth:`text` says it in a page language (``key`` names it in :mod:`parkqa.messages`)."""

    def __init__(self, key: str, **fields: Any) -> None:
        self.key, self.fields = key, fields
        super().__init__(t(key, "en", **fields))

    def text(self, lang: str) -> str:
        return t(self.key, lang, **self.fields)


@dataclass(frozen=True)
class RawText:
    """What a format's reader returns: the markup text and what it knows about the document."""

    text: str
    title: str | None
    wrapped: bool
    #: ``text`` has :data:`~parkqa.ingest.cleaning.PAGE_BREAK` between its pages.
    paged: bool = False
    #: Pages (1-based) whose text came from OCR; ``[1]`` for a single scanned image.
    ocr_pages: list[int] = field(default_factory=list)
    #: Publication date (``YYYY-MM-DD``) and issuing body, where the page states them.
    published: str | None = None
    publisher: str | None = None
    #: What the page or file calls the document besides its text (an HTML page's ``<title>``
    #: and site name): where a report's park may be named when its text says only 经开区.
    labels: tuple[str, ...] = ()


# --------------------------------------------------------------------------- text encodings


def decode_text(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOMs, then strict UTF-8, then a real detector.

    UTF-8 is tried strictly first because it is self-validating; GB18030/GBK/Big5 and the rest
    are left to ``charset-normalizer``, whose guess is then checked for binary garbage.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        # The detector judges each chunk's "chaos" against a threshold; a report full of rare
        # place-name characters (鹬, 鹧) can pass on the whole and fail in one chunk, so a file it
        # rejects is judged again on its mean with the threshold lifted; binary garbage is still
        # caught by the check below.
        best = from_bytes(data).best() or from_bytes(data, threshold=1.0).best()
        if best is None:
            raise LoadError("load.encoding") from exc
        text = str(best)
    if _looks_binary(text):
        raise LoadError("load.binary")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f"
    )
    return controls / len(sample) > 0.02 or "\x00" in sample


_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# A source line break inside a Chinese paragraph is not a space: whitespace holding a line break
# between CJK characters or digits is dropped (``项目`` / ``12个``, ``3`` / ``7个``). A space typed
# on one line is the author's (``稳中有进 新签约项目46个``, ``表1 主要指标``) and stays, as a
# browser shows it.
_BREAK_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}0-9])[^\S\n]*\n\s*(?=[{_CJK}0-9])")


def join_inline(parts: Iterable[str]) -> str:
    """Collapse whitespace the way a browser would, but never turn a line break between CJK
    characters into a space."""
    text = _BREAK_BETWEEN_CJK.sub("", "".join(parts))
    return re.sub(r"\s+", " ", text).strip()


#: What a loader writes for a cell that shows nothing (an empty cell, the slots a merged cell
#: spans): every column keeps its place under its header.
EMPTY_CELL = "-"


def table_row(cells: Iterable[str]) -> str:
    """One table row in the shared markup: the non-empty cells joined by `` | ``."""
    return " | ".join(c for c in (join_inline([cell]) for cell in cells) if c)


def paged_text(pages: Iterable[str]) -> str:
    """Pages joined with :data:`~parkqa.ingest.cleaning.PAGE_BREAK`, leading and trailing empty
    pages kept (they are pages of the document, and later pages' numbers depend on them)."""
    return ("\n" + PAGE_BREAK + "\n").join(pages)


def first_line(text: str) -> str | None:
    """The first non-empty line (without a Markdown heading mark), when it is short enough to be
    a heading: what a reader offers as the document's title before :mod:`parkqa.ingest.details`
    looks at the whole document."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 60 else None
    return None
