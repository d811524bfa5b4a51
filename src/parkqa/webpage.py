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

from parkqa.loading import LoadError, Progress, RawText, join_inline, table_row

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


def read_html(path: Path, data: bytes, progress: Progress) -> RawText:
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
    return RawText("\n\n".join(blocks), h1 or title, wrapped=False)


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
                if name == "table":
                    yield from flush()
                    for row in child.find_all("tr"):
                        line = table_row(c.get_text(" ") for c in row.find_all(["td", "th"]))
                        if line:
                            yield line
                elif name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                    yield from flush()
                    text = join_inline([child.get_text(" ")])
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
