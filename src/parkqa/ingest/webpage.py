"""The article of a web page: what a portal shows around it is not the report.

Government and park portals wrap each article in navigation, breadcrumbs, an info bar
(发布时间 / 来源 / 浏览次数 / 【字号：大中小】), share bars, related-news lists and a footer with
the 备案号. The article is found the way readability tools find it, and its publication date and
issuing body are kept as report metadata, not as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from parkqa.ingest.chrome import (
    DATE,
    DATE_LABELS,
    END_OF_ARTICLE,
    INFO_LABELS,
    STRONG_DATE_LABELS,
    is_chrome,
    iso_date,
    published_in,
    publisher_in,
)
from parkqa.ingest.core import EMPTY_CELL, LoadError, Progress, RawText, join_inline, table_row

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
    "tr",
    "td",
    "th",
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


#: Containers in which the content-management systems of Chinese government and park portals
#: put the article body (TRS WCM, the 集约化 platforms, UCAP, WeChat's article export, common
#: templates). Where one holds text, it is the article; elsewhere readability-lxml finds it.
CONTENT_SELECTORS = (
    ".TRS_Editor",
    ".TRS_UEDITOR",
    "#js_content",
    "#UCAP-CONTENT",
    "#zoom",
    "#Zoom",
    ".zoom",
    ".article-content",
    ".article_content",
    ".articleContent",
    ".pages_content",
)
#: Elements that hold the headline, best first (after the article's own ``<h1>``).
TITLE_SELECTORS = (
    "h1",
    ".rich_media_title",
    ".article-title",
    ".article_title",
    'meta[property="og:title"]',
    'meta[name="ArticleTitle"]',
)
#: Where a page states its publication date outside the text.
DATE_SELECTORS = (
    'meta[name="PubDate"]',
    'meta[name="pubdate"]',
    'meta[property="article:published_time"]',
    "time[datetime]",
)
#: Class or id of an element that shows the date without a label (``span.time``,
#: ``em#publish_time``; ``fbsj`` is 发布时间 in the pinyin initials CMS templates use).
_DATE_MARK = re.compile(r"time|date|publish|fbsj|fbrq", re.I)


def read_html(path: Path, data: bytes, progress: Progress) -> RawText:
    """The article of a web page, its headline as the first heading; the publication date and
    issuing body the page states become report metadata.

    The article is the text of a known CMS content container (:data:`CONTENT_SELECTORS`) when the
    page has one, else what readability-lxml finds by text and link density (it beat trafilatura
    and a density rule of our own on hand-written portal templates: docs/benchmarks.md). Lines of
    page chrome that sit inside the article area anyway (info bar, 【打印】【关闭】, share and QR
    prompts, attachments, editor lines) are dropped line by line.
    """
    from bs4 import BeautifulSoup

    if html_depth(data) > MAX_HTML_DEPTH:
        raise LoadError("load.html_depth", depth=MAX_HTML_DEPTH)

    # bs4 sniffs <meta charset> and falls back to detection; a page that says gb2312 or gbk is
    # decoded as browsers do, with the superset (GB2312 pages carry GBK-only characters such as
    # 赟 or 镕, and lxml, told gb2312, gives an empty document).
    soup = BeautifulSoup(_as_browsers_decode(data), "lxml")
    _drop_invisible(soup)
    page_title = soup.title.get_text(" ", strip=True) if soup.title else None
    lines = _lines(soup)  # every one-line element, read once for both details
    published = _published(soup, lines)
    publisher = publisher_in(lines)
    root = _content_root(soup)
    headline = _headline(soup, root, page_title)
    for tag in root.find_all(_HTML_DROP):
        tag.decompose()
    _drop_marked_boilerplate(root)
    blocks = []
    for block in _html_blocks(root):
        if END_OF_ARTICLE.match(block.removeprefix("# ")):
            break  # what follows is a list of other articles
        if not is_chrome(block, attachments=True):
            blocks.append(block)
    if headline:
        blocks = [b for b in blocks if b.removeprefix("# ") != headline]
        blocks.insert(0, "# " + headline)
    return RawText(
        "\n\n".join(blocks),
        headline or page_title,
        wrapped=False,
        published=published,
        publisher=publisher,
        labels=tuple(
            label for label in [page_title, *(_meta(soup, name) for name in _SITE_META)] if label
        ),
    )


_CHINESE_CHARSET = re.compile(
    rb"charset\s*=\s*[\"']?\s*(?:gb2312|gb_2312-80|gbk|x-gbk|gb18030)", re.I
)


def _as_browsers_decode(data: bytes) -> str | bytes:
    """The page as text when it declares a Chinese GB charset (decoded with GB18030, the
    superset browsers use for all of them), else its bytes for bs4 to sniff."""
    if _CHINESE_CHARSET.search(data[:4096]):
        return data.decode("gb18030", errors="replace")
    return data


#: Meta tags that name the site (a park's own portal names the park there).
_SITE_META = ("SiteName", "og:site_name")


def _meta(soup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"name": name}) or soup.find("meta", attrs={"property": name})
    content = tag.get("content") if tag is not None else None
    return join_inline([content]) if isinstance(content, str) and content.strip() else None


def _drop_invisible(soup) -> None:
    """Scripts, styles, comments and elements hidden by ``hidden`` or ``display:none``.

    ``visibility:hidden`` is not taken for hidden: WeChat's saved articles hide their whole body
    that way until a script shows it. A known content container is never dropped."""
    from bs4 import Comment

    for tag in soup.find_all(["script", "style", "noscript", "template"]):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        style = str(tag.get("style") or "").replace(" ", "").lower()
        if (tag.has_attr("hidden") or "display:none" in style) and not _holds_content(tag):
            tag.decompose()


def _holds_content(tag) -> bool:
    """Is this a known content container, or does it hold one?"""
    return any(tag.select_one(s) is not None or tag.css.match(s) for s in CONTENT_SELECTORS)


def _content_root(soup):
    """The element holding the article: a known CMS container, else the element around what
    readability-lxml keeps.

    readability-lxml scores the page's blocks by text and link density and returns the winner,
    cleaned: it drops small tables and headings on the way. So its result only says *where* the
    article is: the root is the smallest element of the original page holding most of the
    text it kept, and that element is read whole (its data tables included).
    """
    for selector in CONTENT_SELECTORS:
        for found in soup.select(selector):
            if len(found.get_text(strip=True)) >= 40:
                return found
    from bs4 import BeautifulSoup
    from readability import Document

    whole = soup.body or soup
    try:
        summary = BeautifulSoup(Document(str(soup)).summary(html_partial=True), "lxml")
    except Exception:  # readability gives up on pages without a body it can score
        return whole
    kept = {_key(t) for t in _leaves(summary)} - {""}
    matched = [t for t in _leaves(whole) if _key(t) in kept]
    total = sum(len(_key(t)) for t in matched)
    if not matched:
        return whole
    weight: dict[int, int] = {}
    for tag in matched:
        for parent in tag.parents:
            weight[id(parent)] = weight.get(id(parent), 0) + len(_key(tag))
    for parent in matched[0].parents:
        if weight.get(id(parent), 0) >= 0.8 * total:
            return parent
    return whole


def _leaves(root) -> Iterator:
    """Elements with text of their own and no block element inside (paragraphs, cells)."""
    for tag in root.find_all(True):
        if tag.name in _HTML_BLOCKS and not tag.find(_BLOCK_NAMES):
            yield tag


_BLOCK_NAMES = sorted(set(_HTML_BLOCKS) - {"br", "hr"})


def _key(tag) -> str:
    """A leaf's text without any whitespace (what readability's copy of it still matches)."""
    text = re.sub(r"\s+", "", tag.get_text())
    return text if len(text) >= 8 else ""


def _headline(soup, root, page_title: str | None) -> str | None:
    """The article's headline: its ``<h1>`` or a CMS title element (never a logo ``<h1>`` in the
    site's header or navigation); else the page title's article part (``标题_网站名``), when an
    element of the page shows it."""
    for selector in TITLE_SELECTORS:
        found = (root.select(selector) if selector == "h1" else []) + soup.select(selector)
        for tag in found:
            if tag.find_parent(_SITE_CHROME) is not None and not _within(tag, root):
                continue
            text = join_inline([tag.get("content")]) if tag.get("content") else _flat_text(tag)
            if 4 <= len(text) <= 80:
                return text
    parts = re.split(r"\s*[-_|｜—]+\s*", page_title or "")
    if len(parts) >= 2:  # a title of one part is usually the site's name alone
        candidates = [join_inline([part]) for part in parts]
        shown = {_flat_text(t) for t in soup.find_all(True) if not t.find(True)}
        for candidate in candidates:
            if len(candidate) >= 6 and candidate in shown:
                return candidate
    return _headline_above_info_bar(soup)


#: Elements that do not break a line: a block made only of these is one line of text.
_INLINE = frozenset(
    ["span", "b", "strong", "font", "em", "i", "a", "img", "small", "label", "sup", "sub", "u"]
)


def _is_line(tag) -> bool:
    """Does this element show one line: no element inside it, or only inline ones?"""
    return all(child.name in _INLINE for child in tag.find_all(True))


#: Parts of a page that belong to the site, not the article (a logo ``<h1>`` lives there).
_SITE_CHROME = ["header", "nav", "footer", "aside"]


def _within(tag, root) -> bool:
    return tag is root or root in tag.parents


def _headline_above_info_bar(soup) -> str | None:
    """A page without headline markup: the last short line before the info bar (the line with
    the publication date), where templates put the headline."""
    previous: str | None = None
    for tag in soup.find_all(True):
        if not _is_line(tag):
            continue
        text = _flat_text(tag)
        if not text:
            continue
        if INFO_LABELS.search(text) and re.search(DATE, text):
            return previous
        if 6 <= len(text) <= 80 and not is_chrome(text, attachments=True):
            previous = text
    return None


def _published(soup, lines: list[str]) -> str | None:
    """The publication date (``YYYY-MM-DD``) the page states: a labelled date in its text,
    strongest label first, else its metadata."""
    text = join_inline([soup.get_text(" ")])
    # 发布时间 anywhere; a bare 日期/时间 only on an info-bar line (with another label), never
    # a notice's own "时间：11月5日上午9:00" or a 截止日期 in the article.
    bars = [line for line in lines if len(INFO_LABELS.findall(line)) >= 2]
    for strength, label in enumerate(DATE_LABELS):
        for where in [text] if strength < STRONG_DATE_LABELS else bars:
            for found in re.finditer(label + r"\s*[:：]\s*" + DATE, where):
                if (date := iso_date(found)) is not None:
                    return date
    for selector in DATE_SELECTORS:
        for tag in soup.select(selector):
            stated = re.search(DATE, str(tag.get("content") or tag.get("datetime") or ""))
            if stated and (date := iso_date(stated)) is not None:
                return date
    for tag in soup.find_all(True):  # an unlabelled date in an element named for it
        marks = " ".join([*tag.get_attribute_list("class"), str(tag.get("id") or "")])
        if _DATE_MARK.search(marks):
            shown = re.search(DATE, tag.get_text(" "))
            if shown and (date := iso_date(shown)) is not None:
                return date
    # an info bar's unlabelled date beside its source ("2024-06-12 来源：…")
    return published_in(line for line in lines if len(line) <= 80)


def _lines(soup) -> list[str]:
    """The text of every element that shows one line (see :func:`_is_line`)."""
    return [_flat_text(tag) for tag in soup.find_all(True) if _is_line(tag)]


def _table_rows(table) -> Iterator[str]:
    """An HTML table's rows on one grid: a cell spanning columns or rows (colspan, rowspan)
    holds its text in its first slot and :data:`EMPTY_CELL` in the others, so that each cell
    stands under its own column's header (a two-level header: 11月 over 绝对值 | 同比增长).
    A table without spans reads as before, its empty cells left out."""
    rows = table.find_all("tr")
    spanned = any(
        _span(c, "colspan") > 1 or _span(c, "rowspan") > 1
        for row in rows
        for c in row.find_all(["td", "th"], recursive=False)
    )
    if not spanned:
        for row in rows:
            line = table_row(_flat_text(c) for c in row.find_all(["td", "th"]))
            if line:
                yield line
        return
    below: dict[int, int] = {}  # column → rows a rowspan above still covers
    for row in rows:
        grid: list[str] = []
        for cell in row.find_all(["td", "th"], recursive=False):
            _covered(grid, below)
            across, down = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(across):
                if down > 1:
                    below[len(grid)] = down - 1
                grid.append((_flat_text(cell) if k == 0 else "") or EMPTY_CELL)
        while any(col >= len(grid) and n > 0 for col, n in below.items()):
            if below.get(len(grid), 0) > 0:
                _covered(grid, below)
            else:
                grid.append(EMPTY_CELL)
        if any(c != EMPTY_CELL for c in grid):
            yield table_row(grid)


def _covered(grid: list[str], below: dict[int, int]) -> None:
    """Fill the slots of the row being built that rowspans from above cover."""
    while below.get(len(grid), 0) > 0:
        below[len(grid)] -= 1
        grid.append(EMPTY_CELL)


def _span(cell, attribute: str) -> int:
    """A cell's colspan or rowspan (1 when absent or unreadable; at most 50)."""
    try:
        return max(1, min(50, int(str(cell.get(attribute, "1")).strip() or 1)))
    except ValueError:
        return 1


def _flat_text(tag) -> str:
    """An element's text as a browser shows it: inline pieces joined as they are
    (``2024<span>年</span>`` is 2024年, not 2024 年), a line break between blocks."""
    from bs4 import Comment, NavigableString

    parts: list[str] = []
    for node in tag.descendants:
        if isinstance(node, NavigableString):
            if not isinstance(node, Comment):
                parts.append(str(node))
        elif node.name in _HTML_BLOCKS:
            parts.append("\n")
    return join_inline(parts)


def _drop_marked_boilerplate(root) -> None:
    for tag in root.find_all(True):
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


#: Inside a cell, several of these mean the table lays out a page instead of holding data (a
#: data cell exported from Word holds one ``<p>``).
_LAYOUT_CONTENT = ["p", "div", "br", "ul", "ol", "h1", "h2", "h3", "h4", "section"]
#: A cell longer than this is a column of a page, not a value.
_LAYOUT_CELL_CHARS = 300


def _is_layout_table(table) -> bool:
    """A table used for page layout (old portals build whole pages from them): no row has two
    cells, or a cell holds another table, several paragraphs or line breaks, or a long text.
    Its cells are read as blocks of text, not as a table's rows."""
    rows = table.find_all("tr")
    if not any(len(row.find_all(["td", "th"], recursive=False)) >= 2 for row in rows):
        return True
    return any(
        cell.find("table") is not None
        or len(cell.find_all(_LAYOUT_CONTENT)) >= 2
        or len(cell.get_text(strip=True)) > _LAYOUT_CELL_CHARS
        for cell in table.find_all(["td", "th"])
    )


def _html_blocks(root) -> Iterator[str]:
    from bs4 import NavigableString, Tag

    parts: list[str] = []

    def flush() -> Iterator[str]:
        text = join_inline(parts)
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
                if name == "table" and not _is_layout_table(child):
                    yield from flush()
                    yield from _table_rows(child)
                elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    yield from flush()
                    text = _flat_text(child)
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
