"""Load one report file into plain text: the first step of the pipeline.

Each format is turned into the same light markup that :mod:`parkqa.cleaning` understands:
blocks separated by blank lines, headings as ``# heading``, table rows as ``cell | cell``.
``LoadedReport.wrapped`` says whether line breaks inside a block may be layout artefacts
(plain text, Markdown, PDF) that cleaning must rejoin, or real block ends (HTML, DOCX).

Every way a file can be bad raises :class:`LoadError` with a one-line reason, so the indexer can
report it and go on with the other files.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

#: Extensions parkqa reads, mapped to the format name shown to users.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}


class LoadError(Exception):
    """A file could not be read as a report. ``str(err)`` is a one-line reason."""


@dataclass(frozen=True)
class LoadedReport:
    """The raw text of one report file, before cleaning."""

    path: Path
    format: str
    text: str
    title: str | None
    wrapped: bool
    sha256: str


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in FORMATS


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


def load(path: Path, max_bytes: int = 50 * 1024 * 1024) -> LoadedReport:
    """Read ``path`` by its extension; raise :class:`LoadError` with the reason if it is bad."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise LoadError(
            f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit"
        )
    if size == 0:
        raise LoadError("empty file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    reader = _READERS[fmt]
    try:
        text, title, wrapped = reader(path, data)
    except LoadError:
        raise
    except Exception as exc:  # a parser's own exception: damaged or mislabelled file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LoadError(f"not a readable {fmt.upper()} file ({reason})") from exc
    if not text.strip():
        raise LoadError("no text found in the file")
    return LoadedReport(
        path=path,
        format=fmt,
        text=text,
        title=(document_title(text, (title or "").strip() or None) or "").strip() or None,
        wrapped=wrapped,
        sha256=hashlib.sha256(data).hexdigest(),
    )


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
            raise LoadError(
                "unreadable text encoding (not UTF-8, GB18030, Big5 or any known one)"
            ) from exc
        text = str(best)
    if _looks_binary(text):
        raise LoadError("not a text file (binary content)")
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


# --------------------------------------------------------------------------- readers

Reader = Callable[[Path, bytes], tuple[str, str | None, bool]]


def _read_txt(path: Path, data: bytes) -> tuple[str, str | None, bool]:
    text = decode_text(data)
    return text, _first_line_title(text), True


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _read_md(path: Path, data: bytes) -> tuple[str, str | None, bool]:
    """Markdown to the shared markup: keep headings and table rows, drop emphasis and link URLs."""
    out: list[str] = []
    title = None
    for line in decode_text(data).splitlines():
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
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            out.append(" | ".join(c for c in cells if c))
        else:
            out.append(re.sub(r"^\s*(?:[-*+]|>)\s+", "", line))
    text = "\n".join(out)
    return text, title or _first_line_title(text), True


_HTML_DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "header",
    "aside",
    "form",
    "iframe",
    "svg",
    "canvas",
    "button",
    "select",
    "input",
    "head",
)
_HTML_BOILERPLATE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|share|copyright|comments?|"
    r"related|pager|pagination|toolbar|banner|advert|ads)($|[\s_-])",
    re.I,
)
_HTML_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "table",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "center",
}


#: Deeper element nesting than this is refused before parsing: no report needs it, and a file
#: nested 20,000 levels deep cost minutes of CPU in the parser before anything could refuse it.
MAX_HTML_DEPTH = 512
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
#: Elements that are never closed (void) or whose end tag HTML lets authors omit: they say
#: nothing reliable about depth.
_UNCLOSED = frozenset(
    b"area base br col embed hr img input link meta source track wbr p li dt dd option "
    b"optgroup tr td th thead tbody tfoot colgroup rt rp html head body".split()
)


def html_depth(data: bytes, limit: int = MAX_HTML_DEPTH) -> int:
    """How deep the elements nest (stops counting past ``limit``): one linear pass over tags."""
    depth = deepest = 0
    for match in _TAG.finditer(data):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _UNCLOSED:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


def _read_html(path: Path, data: bytes) -> tuple[str, str | None, bool]:
    """The article text only: scripts, styles, navigation, headers and footers are removed."""
    from bs4 import BeautifulSoup

    if html_depth(data) > MAX_HTML_DEPTH:
        raise LoadError(f"HTML elements nested more than {MAX_HTML_DEPTH} levels deep")

    soup = BeautifulSoup(data, "lxml")  # bs4 sniffs <meta charset> and falls back to detection
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        marks = " ".join(
            [
                " ".join(tag.get_attribute_list("class")),
                str(tag.get("id") or ""),
                str(tag.get("role") or ""),
            ]
        )
        if marks.strip() and _HTML_BOILERPLATE.search(marks):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(True, attrs={"role": "main"})
    root = root or soup.body or soup
    blocks = list(_html_blocks(root))
    h1 = next((b[2:] for b in blocks if b.startswith("# ")), None)
    return "\n\n".join(blocks), h1 or title, False


def _html_blocks(root) -> Iterator[str]:
    from bs4 import NavigableString, Tag

    parts: list[str] = []

    def flush() -> Iterator[str]:
        text = _join_inline(parts)
        parts.clear()
        if text:
            yield text

    def walk(node) -> Iterator[str]:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "CData", "ProcessingInstruction"):
                    continue
                parts.append(str(child))
            elif isinstance(child, Tag):
                name = child.name
                if name == "table":
                    yield from flush()
                    for row in child.find_all("tr"):
                        cells = [
                            _join_inline([c.get_text(" ")]) for c in row.find_all(["td", "th"])
                        ]
                        line = " | ".join(c for c in cells if c)
                        if line:
                            yield line
                elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    yield from flush()
                    text = _join_inline([child.get_text(" ")])
                    if text:
                        yield "# " + text
                elif name in _HTML_BLOCKS:
                    yield from flush()
                    yield from walk(child)
                    yield from flush()
                else:
                    yield from walk(child)

    yield from walk(root)
    yield from flush()


_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
# Source line breaks inside a Chinese paragraph are not spaces: drop whitespace between CJK
# characters, and between a CJK character and a digit (``项目`` / ``12个``).
_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])\s+(?=[{_CJK}0-9])|(?<=[0-9])\s+(?=[{_CJK}])")


def _join_inline(parts: list[str]) -> str:
    """Collapse whitespace the way a browser would, but never put a space between CJK characters."""
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    return _SPACE_BETWEEN_CJK.sub("", text)


def _read_docx(path: Path, data: bytes) -> tuple[str, str | None, bool]:
    """Paragraphs and tables in document order; heading styles become headings."""
    import io

    import docx
    from docx.table import Table

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise LoadError("not a readable DOCX file (damaged or truncated: not a zip archive)")
    document = docx.Document(io.BytesIO(data))
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend(_docx_table_rows(item))
            continue
        text = _join_inline([item.text])
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if style.startswith(("Heading", "Title")) or style in ("标题",):
            blocks.append("# " + text)
        else:
            blocks.append(text)
    title = document.core_properties.title or next(
        (b[2:] for b in blocks if b.startswith("# ")), None
    )
    return "\n\n".join(blocks), title, False


def _docx_table_rows(table) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        last = None
        for cell in row.cells:
            if cell._tc is last:  # a merged cell is returned once per grid column
                continue
            last = cell._tc
            text = _join_inline([cell.text])
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d+\s*/\s*\d+)\s*$"
)


def _read_pdf(path: Path, data: bytes) -> tuple[str, str | None, bool]:
    """The PDF's text layer, page by page (pypdf), without page numbers."""
    import io

    from pypdf import PdfReader

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise LoadError("not a readable PDF file (no PDF header)")
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise LoadError("the PDF is password-protected")
    texts = [
        _strip_page_number(page.extract_text() or "", number)
        for number, page in enumerate(reader.pages, 1)
    ]
    if not any(t.strip() for t in texts):
        raise LoadError("the PDF has no text layer (a scan?); OCR is not supported")
    meta_title = reader.metadata.title if reader.metadata else None
    if str(meta_title or "").strip().lower() in ("", "untitled", "none"):
        meta_title = None
    text = "\n".join(texts)
    return text, meta_title or _first_line_title(text), True


def _strip_page_number(text: str, number: int) -> str:
    """Drop a page's first or last line when it is only that page's number (``3``, ``- 3 -``)."""
    lines = text.splitlines()
    for index in (-1, 0):
        if lines:
            line = lines[index].strip()
            if _PAGE_NUMBER.match(line) or line == str(number):
                lines.pop(index)
    return "\n".join(lines)


_READERS: dict[str, Reader] = {
    "txt": _read_txt,
    "md": _read_md,
    "html": _read_html,
    "docx": _read_docx,
    "pdf": _read_pdf,
}
