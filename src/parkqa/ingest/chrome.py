"""Page chrome: the lines around a report that belong to the page or the file, not the report.

Saved web pages start with breadcrumbs (当前位置：首页 > 新闻中心), info grids (索引号 / 发布机构 /
主题分类 / 成文日期 / 文号), time, source and click-count lines, font-size switches (字号 大 中
小), bylines (记者 … 通讯员 …), and end with 【打印】【关闭】, share bars and the site's footer. The
same lines reach parkqa as HTML, as text copied out of a browser, as a PDF printed from a page or
as a DOCX. This module is the one home of that knowledge: the HTML reader drops chrome inside
the article with it, :func:`strip` drops it around every other format's text, and the report's
details (:mod:`parkqa.ingest.details`) never take a chrome line for a title.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from parkqa.ingest.cleaning import CAPTION, NUMBERED_PART, PAGE_BREAK, UNIT_LINE

#: A calendar date as pages write it: ``2024-07-15``, ``2024年7月15日``, ``2024/7/15``.
DATE = r"(?P<y>(?:19|20)\d{2})\s*[-年/.]\s*(?P<m>\d{1,2})\s*[-月/.]\s*(?P<d>\d{1,2})"
#: Labels of the info bar, strongest first: the publication date wins over the date written.
DATE_LABELS = (
    r"发布(?:时间|日期)",
    r"(?:发稿|更新|公开|上传)(?:时间|日期)",
    r"(?<![成发]文)日\s*期",
    r"时\s*间",
)
#: How many of :data:`DATE_LABELS` (the first ones) name a publication date wherever they stand.
STRONG_DATE_LABELS = 2
#: The issuing body after its label (not a 来源 inside a sentence).
SOURCE = re.compile(
    r"(?:信息来源|文章来源|稿件来源|来\s*源)\s*[:：]\s*(?P<s>[^\s|｜:：【】\[\]]{2,40})"
)
#: Labels of the info bar that sits above or below an article: dates, source, author, editors,
#: view counts, font size.
INFO_LABELS = re.compile(
    r"(?:发布(?:时间|日期)|发文日期|日\s*期|时\s*间|来\s*源|信息来源|文章来源|作\s*者|"
    r"责任编辑|编\s*辑|审\s*核|校\s*对|浏览(?:次数|量)?|访问(?:量|次数)|阅读(?:数|量|次数)|"
    r"点击(?:数|量|率)|字\s*号|整\s*理|制\s*表|填\s*报(?:人|单位)?)\s*[:：]"
)
#: Labels that also open lines of an article (a notice's 时间：/日期：/地点：).
CONTENT_LABEL = re.compile(r"^(?:日\s*期|时\s*间)\s*[:：]$")
#: A label glued to the value before it (``来源：XX局浏览次数：12``).
NEXT_LABEL = re.compile(
    r"(?:发布(?:时间|日期)|更新时间|日期|时间|作者|责任编辑|编辑|审核|浏览(?:次数|量)?|"
    r"访问(?:量|次数)|阅读(?:数|量|次数)?|点击(?:数|量|率)?|字号)$"
)
#: Fields of a government portal's info grid (政府信息公开 pages), with or without a colon.
GRID_LABELS = re.compile(
    r"索\s*引\s*号|发布机构|发文机关|主题分类|信息分类|组配分类|体裁分类|成文日期|生成日期|"
    r"发文字号|文\s*号|公开方式|公开范围|公开时限|有\s*效\s*性|所属机构|主\s*题\s*词|关\s*键\s*词"
)
#: Whole lines of chrome: switches, editor and byline lines, pagers, share and QR prompts,
#: attachments, breadcrumbs, font-size switches, site footers.
CHROME_LINE = re.compile(
    r"^(?:[【\[](?:[^】\]]{0,12})[】\]]\s*)+$"  # 【打印】【关闭】, 【字号：大 中 小】
    r"|^[（(]?(?:责任编辑|编辑|审核|校对|供稿|作者)\s*[:：]"
    r"|^(?:上一篇|下一篇|上一条|下一条)\s*[:：]?"
    r"|^(?:分享到|分享至|扫一扫|扫码|长按|点击蓝字|点击上方|阅读原文|往期推荐|往期回顾|"
    r"相关链接|相关阅读|相关新闻|推荐阅读|打印本页|关闭窗口|返回顶部)"
    r"|^(?:打印|关闭|收藏|分享|在看|点赞|赞|微信|微博|QQ空间|返回)$"
    r"|\.(?:pdf|docx?|xlsx?|wps|zip|rar|ofd)$"
    r"|^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|所在位置|当前栏目)\s*[:：]?"
    r"|^首\s*页\s*(?:[>＞›»/|｜-]|$)|[|｜]\s*首\s*页\s*[|｜]"  # breadcrumbs, navigation bars
    r"|^首\s*页(?:\s+\S{1,6}){3,}$"  # 首页  时政  园区  经济 …
    r"|^\S{0,12}(?:\s*[>＞›»]\s*\S{1,20}){1,}$"  # 首页 > 新闻中心 > 园区动态
    r"|字\s*号\s*[:：]?\s*[\[【(（]?\s*[大中小]\s*[\]】)）]?\s*[大中小]"
    r"|^(?:分享|微信|微博|QQ|朋友圈|复制链接|[\s:：|/·])+$"
    r"|^(?:主办单位|承办单位|协办单位|版权所有|技术支持|网站标识码|联系我们|网站地图)"
    r"|ICP[备证]|公网安备|备案号"
    r"|^原创\s|发表于\s*\S{0,8}$"  # a WeChat article's header (原创 … 09:12 发表于)
    r"|上一版|下一版|第\s*[A-Z]?\d{1,2}\s*版\s*[:：]",  # an e-paper's page bar
    re.I,
)
#: An attachment line of a web page (附件：…), inside an article: a link to a file. In a report
#: itself (a saved text, a PDF) 附件 opens its appendix, which holds figures.
ATTACHMENT = re.compile(r"^附件\s*[:：]?")
#: A byline: the reporters and correspondents of a news page (``记者 张三 通讯员 李四``,
#: ``中国XX网记者 王五``), on a line of its own.
BYLINE = re.compile(
    r"^(?:本报讯|本网讯|讯)?\s*[（(]?\s*\S{0,10}?(?:特约|见习)?(?:记者|通讯员|摄影|摄)\s*[:：]?\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+(?:(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4})*\s*[）)]?$"
)
#: A line after which a container holds links to other articles, not this one.
END_OF_ARTICLE = re.compile(
    r"^(?:往期推荐|往期回顾|相关阅读|推荐阅读|相关新闻|相关链接|相关文章)\s*[:：]?\s*$"
)


def is_chrome(block: str, attachments: bool = False) -> bool:
    """A line of page chrome: an info bar (two labels, or a label and no sentence end), an info
    grid, a switch, a share or QR prompt, a pager, an editor line, a breadcrumb, a byline, a
    site footer; with ``attachments``, an attachment line too (inside a web page's article)."""
    line = block.removeprefix("# ").strip()
    if CHROME_LINE.search(line) or (attachments and ATTACHMENT.match(line)):
        return True
    if len(line) <= 60 and "。" not in line and (BYLINE.match(line) or GRID_LABELS.match(line)):
        return True
    labels = INFO_LABELS.findall(line)
    if len(labels) >= 2 or len(GRID_LABELS.findall(line)) >= 2:
        return True
    # One label opening a line: an info-bar field (来源：…, 浏览次数：…), but not a 时间/日期 line
    # of the content itself (会议通知: "时间：2024年11月5日上午9:00").
    opening = INFO_LABELS.match(line)
    if opening is None or "。" in line:
        return False
    return not CONTENT_LABEL.match(opening.group(0))


def iso_date(found: re.Match[str]) -> str | None:
    """``YYYY-MM-DD`` of a :data:`DATE` match, or ``None`` for a date no calendar has."""
    try:
        return dt.date(int(found["y"]), int(found["m"]), int(found["d"])).isoformat()
    except ValueError:
        return None


def published_in(lines: Iterable[str]) -> str | None:
    """The publication date an info bar among ``lines`` states (发布时间：…, or 时间/日期 on a
    line that is chrome), strongest label first."""
    lines = list(lines)
    # an info bar: chrome, or a short line with the source beside the date ("2022-10-28 08:56
    # 来源：…"); never a notice's own 时间：line
    bars = [line for line in lines if is_chrome(line) or (len(line) <= 80 and SOURCE.search(line))]
    for strength, label in enumerate(DATE_LABELS):
        for where in lines if strength < STRONG_DATE_LABELS else bars:
            for found in re.finditer(label + r"\s*[:：]?\s*" + DATE, where):
                if (date := iso_date(found)) is not None:
                    return date
    for bar in bars:  # "2022-07-21 08:36:12  来源：甪垟日报": a bar's date needs no label
        for found in re.finditer(DATE, bar):
            if (date := iso_date(found)) is not None:
                return date
    return None


def publisher_in(lines: Iterable[str]) -> str | None:
    """The issuing body after 来源：/信息来源：/文章来源： (from the smallest line that holds the
    label, so the info bar's next field is not taken along)."""
    for line in sorted(lines, key=len):
        found = SOURCE.search(line)
        if found:
            return NEXT_LABEL.sub("", found["s"]) or None
    return None


@dataclass(frozen=True)
class Stripped:
    """A text without the chrome around it, and what the chrome said."""

    text: str
    published: str | None
    publisher: str | None
    #: The chrome lines themselves (a site's name in its navigation bar names the park).
    lines: tuple[str, ...] = ()


#: Lines at each end of a document that may be chrome; chrome is looked for only there, so a
#: report's own lines in the middle (a notice's 时间：…) are never dropped.
_EDGE_LINES = 30


#: A page number alone: ``3``, ``- 3 -``, ``— 3 —``, ``第3页``, ``第3页/共9页``, ``3/9``.
PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[/共]\s*\d+\s*页?)?|\d+\s*/\s*\d+)\s*$"
)
#: How many non-blank lines at each end of a page may be its running header or footer, and
#: how long such a line may be.
_RUNNING_EDGE, _RUNNING_MAX = 2, 60


#: A table's row: cells drawn with bars, or three cells or more apart by wide gaps (a running
#: line has one gap at most, between its title and its issue or date: ``简报      2025年第6期``).
_BARS = re.compile(r"[|│┃┼├┤]")
_WIDE_GAP = re.compile(r"\S(?: {2,}|\t|\u3000)+(?=\S)")


def _table_line(line: str) -> bool:
    """A line of a table repeated on each page it runs over (its caption, its unit line, a
    header row): never a running header."""
    return bool(
        _BARS.search(line)
        or len(_WIDE_GAP.findall(line)) >= 2
        or CAPTION.match(line)
        or UNIT_LINE.match(line)
    )


def printed_pages(text: str) -> list[str]:
    """A printed text's pages: split at form feeds, or, in a text without any, after each line
    that is a page number alone (``— 2 —``): a report printed to text keeps its page footers and
    running headers but not always its form feeds, and without pages they stood inside
    paragraphs (``完成年度目标—2—艨江经开区经济运行简报 2025年第7期…``)."""
    if PAGE_BREAK in text:
        return text.split(PAGE_BREAK)
    pages: list[str] = []
    lines: list[str] = []
    for line in text.split("\n"):
        lines.append(line)
        if PAGE_NUMBER.match(line):
            pages.append("\n".join(lines))
            lines = []
    return [*pages, "\n".join(lines)]


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages without their running headers and footers after the first page, and without
    a page number alone at a page's top or bottom. Why: a printed report repeats its title line
    (``蛟湖经开区管理委员会 2025年工作会议材料之一``, ``铧川经开区经济运行简报 2025年第6期``) at
    the top of every page; kept, each copy stood in the text as a heading, so the figures after
    it lost their section (a plan of next year read under a running title as this year's), and a
    table drawn across the page break was cut in two. A running line is one that stands among
    the first or last two lines of two pages or more and nowhere else on any page, short, never
    a table's line; the first page keeps its copy (it may be the report's title)."""
    edges: list[set[str]] = []
    inside: set[str] = set()
    for number, page in enumerate(pages):
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        edges.append(set(lines[:_RUNNING_EDGE] + lines[-_RUNNING_EDGE:]))
        if number > 0:  # (the first page may be a cover naming the issuer its header repeats)
            inside.update(lines[_RUNNING_EDGE:-_RUNNING_EDGE])
    counts: dict[str, int] = {}
    for found in edges:
        for line in found:
            counts[line] = counts.get(line, 0) + 1
    # (a line of the text itself may come round at a page's edge again: a repeated sentence
    # wrapped alike; it stands inside later pages too)
    running = {
        line
        for line, n in counts.items()
        if n >= 2
        and line not in inside
        and len(line) <= _RUNNING_MAX
        and not _table_line(line)
        # (each part's own "一、主要做法" at its page's top is a heading, never a running line)
        and not NUMBERED_PART.match(line)
    }
    out = []
    for number, page in enumerate(pages):
        lines = page.split("\n")
        filled = [i for i, ln in enumerate(lines) if ln.strip()]
        at_edge = set(filled[:_RUNNING_EDGE] + filled[-_RUNNING_EDGE:])
        out.append(
            "\n".join(
                ln
                for i, ln in enumerate(lines)
                if i not in at_edge
                or not (PAGE_NUMBER.match(ln.strip()) or (number > 0 and ln.strip() in running))
            )
        )
    return out


def strip(text: str) -> Stripped:
    """``text`` without the chrome lines at its start (before its first paragraph of prose) and
    at its end (after its last): a page saved as text, printed to PDF or pasted into Word keeps
    its breadcrumbs, info bar and footer, which are neither the title nor the report's figures
    (a click count is not a fact). Lines between are kept; page breaks and blank lines too."""
    lines = text.split("\n")
    drop: set[int] = set()
    head = [i for i, line in enumerate(lines) if line.strip()][:_EDGE_LINES]
    for i in head:
        if _is_prose(lines[i]):
            break
        if is_chrome(lines[i]):
            drop.add(i)
    tail = [i for i, line in enumerate(lines) if line.strip()][-_EDGE_LINES:]
    for i in reversed(tail):
        if _is_prose(lines[i]):
            break
        if is_chrome(lines[i]):
            drop.add(i)
    chrome = [lines[i] for i in sorted(drop)]
    kept = "\n".join(line for i, line in enumerate(lines) if i not in drop)
    return Stripped(kept, published_in(chrome), publisher_in(chrome), tuple(chrome))


def _is_prose(line: str) -> bool:
    """A line of the report's own prose: long, with sentence punctuation."""
    line = line.strip()
    return len(line) >= 40 and re.search(r"[，。；]", line) is not None and not is_chrome(line)
