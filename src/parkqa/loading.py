"""Load one report file into plain text: the first step of the pipeline.

Each format is turned into the same light markup that :mod:`parkqa.cleaning` understands:
blocks separated by blank lines, headings as ``# heading``, table rows as ``cell | cell``, and
:data:`~parkqa.cleaning.PAGE_BREAK` between pages. ``LoadedReport.wrapped`` says whether line
breaks inside a block may be layout artefacts (plain text, Markdown, PDF, OCR) that cleaning must
rejoin, or real block ends (HTML, DOCX, spreadsheets).

The formats with their own machinery live beside this module: :mod:`parkqa.webpage` (the article
of a portal page), :mod:`parkqa.sheets` (workbooks and CSV) and :mod:`parkqa.ocr` (scans).

Every way a file can be bad raises :class:`LoadError` with a one-line reason, so the indexer can
report it and go on with the other files.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parkqa.cleaning import PAGE_BREAK
from parkqa.messages import t

#: Extensions parkqa reads, mapped to the format name shown to users.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".csv": "csv",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}

#: Formats offices still send that parkqa does not read, with what to convert them to: they are
#: refused with this reason, never skipped without a word.
REFUSED: dict[str, str] = {
    ext: t(f"refused{ext}", "en") for ext in (".doc", ".wps", ".xls", ".et", ".rtf", ".ofd")
}

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
    #: ``text`` has :data:`~parkqa.cleaning.PAGE_BREAK` between its pages.
    paged: bool = False
    #: Pages (1-based) whose text came from OCR; ``[1]`` for a single scanned image.
    ocr_pages: list[int] = field(default_factory=list)
    #: Publication date (``YYYY-MM-DD``) and issuing body, where the page states them.
    published: str | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class LoadedReport:
    """The raw text of one report file, before cleaning."""

    path: Path
    format: str
    text: str
    title: str | None
    wrapped: bool
    sha256: str
    paged: bool = False
    ocr_pages: list[int] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None

    @property
    def ocr(self) -> bool:
        """Some of the text was read by OCR (a scan): shown next to citations from it."""
        return bool(self.ocr_pages)


def is_supported(path: Path) -> bool:
    """Is this a report file: one parkqa reads, or a known office format it refuses clearly."""
    suffix = path.suffix.lower()
    return suffix in FORMATS or suffix in REFUSED


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Path]]:
    """Expand files and folders into ``(file, source_id)`` pairs plus the skipped files.

    The source id is the path relative to the folder that was given, or the bare file name when a
    file was given directly: it is how a report is named in the index and in citations. Hidden
    files and folders (``.git``, editor swap files) are ignored, not counted as skipped. Entries
    that cannot be followed (a symlink loop, a dangling link) are returned as found, so that
    loading them fails with a reason the user sees, instead of vanishing.
    """
    found: dict[str, Path] = {}
    skipped: list[Path] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            for file in sorted(given.rglob("*")):
                rel = file.relative_to(given)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if not file.is_file():
                    if file.is_symlink() and not file.exists():  # loop or dangling link
                        found[rel.as_posix()] = file
                    continue
                if is_supported(file):
                    found[rel.as_posix()] = file
                else:
                    skipped.append(file)
        elif given.is_file():
            if is_supported(given):
                found[given.name] = given
            else:
                skipped.append(given)
        elif given.is_symlink():
            found[given.name] = given
        else:
            raise FileNotFoundError(f"no such file or folder: {given}")
    return [(file, source) for source, file in found.items()], skipped


def load(
    path: Path, max_bytes: int = 50 * 1024 * 1024, progress: Progress | None = None
) -> LoadedReport:
    """Read ``path`` by its extension; raise :class:`LoadError` with the reason if it is bad."""
    path = Path(path)
    if path.suffix.lower() in REFUSED:
        raise LoadError(f"refused{path.suffix.lower()}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise LoadError("load.type", suffix=path.suffix or "(none)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError("load.unreadable", reason=str(exc.strerror or exc)) from exc
    if size > max_bytes:
        raise LoadError("load.too_big", size=size / 1048576, limit=max_bytes / 1048576)
    if size == 0:
        raise LoadError("load.empty")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError("load.unreadable", reason=str(exc.strerror or exc)) from exc
    reader = _readers()[fmt]
    try:
        raw = reader(path, data, progress or _quiet)
    except LoadError:
        raise
    except Exception as exc:  # a parser's own exception: damaged or mislabelled file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LoadError("load.bad_format", fmt=fmt.upper(), reason=reason) from exc
    if not raw.text.replace(PAGE_BREAK, "").strip():
        raise LoadError("load.no_text")
    return LoadedReport(
        path=path,
        format=fmt,
        text=raw.text,
        title=(document_title(raw.text, (raw.title or "").strip() or None) or "").strip() or None,
        wrapped=raw.wrapped,
        sha256=hashlib.sha256(data).hexdigest(),
        paged=raw.paged,
        ocr_pages=raw.ocr_pages,
        published=raw.published,
        publisher=raw.publisher,
    )


def _quiet(message: str) -> None:
    """The progress callback when nobody listens."""


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

        best = from_bytes(data).best()
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


#: A line that names the document: it ends with what the document is (报告, 总结, 通报 …),
#: possibly followed by a bracketed note ("（2024年度）").
_DOCUMENT_LINE = re.compile(
    r"(?:报告|总结|通报|情况|汇报|计划|打算|简报|分析|公报|要点|方案|意见|纪要|说明)"
    r"(?:[（(][^（）()]{1,20}[）)])?$"
)
#: Lines at the top that are not the title: the issuing body, the file number, an issue number
#: or date line.
_NOT_A_TITLE = re.compile(
    r"(?:委员会|管委会|人民政府|政府|局|办公室|中心|文件)$|[〔\[]\d{4}[〕\]]|第\d+期|"
    r"^\d{4}年\d{1,2}月\d{1,2}日$|^[—─\-=_\s]+$"
)
#: How many of the first non-empty lines may hold the title.
_TITLE_LINES = 8


def document_title(text: str, title: str | None) -> str | None:
    """The line that names the document ("关于…2024年工作总结…的报告"), not the issuing body
    ("…管理委员会") or the file number above it; the reader's own title when it already names the
    document or no such line exists."""
    if title and _DOCUMENT_LINE.search(title) and not _NOT_A_TITLE.search(title):
        return title
    lines = [ln.strip().lstrip("#").strip() for ln in text.splitlines()]
    for line in [ln for ln in lines if ln][:_TITLE_LINES]:
        if len(line) <= 60 and _DOCUMENT_LINE.search(line) and not _NOT_A_TITLE.search(line):
            return line
    return title


def _first_line_title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 60 else None
    return None


# --------------------------------------------------------------------------- shared helpers

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


def table_row(cells: Iterable[str]) -> str:
    """One table row in the shared markup: the non-empty cells joined by `` | ``."""
    return " | ".join(c for c in (join_inline([cell]) for cell in cells) if c)


def paged_text(pages: Iterable[str]) -> str:
    """Pages joined with :data:`~parkqa.cleaning.PAGE_BREAK`, leading and trailing empty pages
    kept (they are pages of the document, and later pages' numbers depend on them)."""
    return ("\n" + PAGE_BREAK + "\n").join(pages)


# --------------------------------------------------------------------------- readers

Reader = Callable[[Path, bytes, Progress], RawText]


def _read_txt(path: Path, data: bytes, progress: Progress) -> RawText:
    text = decode_text(data).replace(PAGE_BREAK, "\n")  # a stray form feed is not a page here
    return RawText(text, _first_line_title(text), wrapped=True)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _read_md(path: Path, data: bytes, progress: Progress) -> RawText:
    """Markdown to the shared markup: keep headings and table rows, drop emphasis and link URLs."""
    out: list[str] = []
    title = None
    for line in decode_text(data).replace(PAGE_BREAK, "\n").splitlines():
        if _MD_TABLE_RULE.match(line):
            continue
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        stripped = line.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if heading:
            out += ["", "# " + heading.group(2), ""]
            title = title or heading.group(2)
        elif stripped.startswith("|") and stripped.endswith("|"):
            out.append(table_row(stripped.strip("|").split("|")))
        else:
            out.append(re.sub(r"^\s*(?:[-*+]|>)\s+", "", line))
    text = "\n".join(out)
    return RawText(text, title or _first_line_title(text), wrapped=True)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Section starts that begin a new page (``continuous`` and ``nextColumn`` do not).
_NEW_PAGE_SECTIONS = {None, "nextPage", "oddPage", "evenPage"}


def _read_docx(path: Path, data: bytes, progress: Progress) -> RawText:
    """Paragraphs and tables in document order; heading styles become headings; pages from
    Word's own page breaks.

    Word records where it last laid out each page (``lastRenderedPageBreak``) when it saves; a
    file that has them gets its pages from them. Otherwise (files written by other programs) the
    pages are the explicit page breaks, "page break before" paragraphs and section breaks that
    start a new page. A break inside a paragraph counts before the paragraph when no text precedes
    it, else after the paragraph: a citation names the page its paragraph starts on.
    """
    import io

    import docx
    from docx.table import Table

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("load.not_zip", fmt="DOCX")
    document = docx.Document(io.BytesIO(data))
    body = document.element.body
    rendered = next(body.iter(f"{_W}lastRenderedPageBreak"), None) is not None
    sections = list(body.iter(f"{_W}sectPr"))
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_docx_table_rows(item, rendered))
            continue
        before, after = _docx_breaks(item._p, rendered, sections)
        blocks += [PAGE_BREAK] * before
        text = join_inline([item.text])
        if text:
            style = (item.style.name if item.style is not None else "") or ""
            if style.startswith(("Heading", "Title")) or style in ("标题",):
                blocks.append("# " + text)
            else:
                blocks.append(text)
        blocks += [PAGE_BREAK] * after
    while blocks and blocks[-1] == PAGE_BREAK:  # a break at the very end opens no page
        blocks.pop()
    title = document.core_properties.title or next(
        (b[2:] for b in blocks if b.startswith("# ")), None
    )
    paged = PAGE_BREAK in blocks
    return RawText("\n\n".join(blocks), title, wrapped=False, paged=paged)


def _docx_breaks(p, rendered: bool, sections: list) -> tuple[int, int]:
    """How many pages start before / after this paragraph (see :func:`_read_docx`)."""
    before = after = 0
    seen_text = False
    for node in p.iter(f"{_W}t", f"{_W}br", f"{_W}lastRenderedPageBreak"):
        if node.tag == f"{_W}t":
            seen_text = seen_text or bool((node.text or "").strip())
        elif _is_page_break(node, rendered):
            if seen_text:
                after += 1
            else:
                before += 1
    if rendered:
        return before, after
    ppr = p.find(f"{_W}pPr")
    if ppr is not None:
        flag = ppr.find(f"{_W}pageBreakBefore")
        if flag is not None and flag.get(f"{_W}val") not in ("0", "false", "off"):
            before = max(before, 1)
        own = ppr.find(f"{_W}sectPr")
        if own is not None and own in sections:
            # This paragraph ends a section; the next section's start type says whether the
            # next one opens on a new page.
            index = sections.index(own)
            if index + 1 < len(sections):
                kind = sections[index + 1].find(f"{_W}type")
                start = kind.get(f"{_W}val") if kind is not None else None
                if start in _NEW_PAGE_SECTIONS:
                    after = max(after, 1)
    return before, after


def _is_page_break(node, rendered: bool) -> bool:
    """Word's own layout mark when the file has them, else an explicit page break."""
    if rendered:
        return node.tag == f"{_W}lastRenderedPageBreak"
    return node.tag == f"{_W}br" and node.get(f"{_W}type") == "page"


def _docx_table_rows(table, rendered: bool = False) -> Iterator[str]:
    """The table's rows, with a page break before a row that starts a page (a table can run
    over several pages)."""
    for row in table.rows:
        yield from [PAGE_BREAK] * sum(
            _is_page_break(node, rendered)
            for node in row._tr.iter(f"{_W}br", f"{_W}lastRenderedPageBreak")
        )
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is returned once per grid column
                continue
            last = cell._tc
            cells.append(cell.text)
        line = table_row(cells)
        if line:
            yield line


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d+\s*/\s*\d+)\s*$"
)


def _read_pdf(path: Path, data: bytes, progress: Progress) -> RawText:
    """The PDF's text layer page by page (pypdf), without page numbers; pages without a text
    layer (a scan, or a scanned page in a typed report) are read by OCR."""
    import io

    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError("load.no_pdf_header")
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError("load.pdf_password")
    texts = [
        _strip_page_number(page.extract_text() or "", number)
        for number, page in enumerate(reader.pages, 1)
    ]
    scanned = [number for number, text in enumerate(texts, 1) if not text.strip()]
    if scanned:
        from parkqa import ocr

        for number, text in zip(scanned, ocr.read_pdf_pages(data, scanned, progress), strict=True):
            texts[number - 1] = text
        if not any(t.strip() for t in texts):
            raise LoadError("load.pdf_no_text")
        # A blank page of a typed report is not a scan: only pages OCR read text from count.
        scanned = [number for number in scanned if texts[number - 1].strip()]
    meta_title = reader.metadata.title if reader.metadata else None
    if str(meta_title or "").strip().lower() in ("", "untitled", "none"):
        meta_title = None
    text = paged_text(texts)
    return RawText(
        text,
        meta_title or _first_line_title(text.replace(PAGE_BREAK, "")),
        wrapped=True,
        paged=True,
        ocr_pages=scanned,
    )


def _strip_page_number(text: str, number: int) -> str:
    """Drop a page's first or last line when it is only that page's number (``3``, ``- 3 -``)."""
    lines = text.splitlines()
    for index in (-1, 0):
        if lines:
            line = lines[index].strip()
            if _PAGE_NUMBER.match(line) or line == str(number):
                lines.pop(index)
    return "\n".join(lines)


def _readers() -> dict[str, Reader]:
    """Format name → reader. The formats with their own module are imported here, when a file
    is read, so that importing parkqa loads none of them (OCR loads onnxruntime and OpenCV)."""
    from parkqa import ocr, sheets, webpage

    return {
        "txt": _read_txt,
        "md": _read_md,
        "html": webpage.read_html,
        "docx": _read_docx,
        "pdf": _read_pdf,
        "xlsx": sheets.read_xlsx,
        "csv": sheets.read_csv,
        "image": ocr.read_image,
    }
