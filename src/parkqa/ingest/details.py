"""A report's details: its title, its park(s), its year and its period, read from the whole
document and its file, not from its first line.

Why: reports reach parkqa as saved web pages, PDFs and DOCX files under the names people give
files (``02_XX高新区2024年1-9月经济运行(1).txt``), and most reports call their own zone only
高新区 / 经开区 / 园区 in their body. The park a question names is looked up in these details,
so a park known only from the file name must still be the report's park, and a title must never
be a breadcrumb or an info bar (:mod:`parkqa.ingest.chrome`).

Each detail is taken from the most specific place that states it: the title, then the file name,
then the folders it sits in, then the body. A year that the report gives only as 今年 / 本年 /
上半年 comes from the publication date, and is unknown (``None``), never guessed, without one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from parkqa.answer import vocab
from parkqa.ingest.chrome import DATE, is_chrome, iso_date
from parkqa.ingest.cleaning import CleanReport
from parkqa.ingest.dispatch import LoadedReport
from parkqa.parks import park_family, park_in, parks_in_text

#: A line that names the document: it ends with what the document is (报告, 总结, 通报 …),
#: possibly followed by a bracketed note ("（2024年度）").
DOCUMENT_LINE = re.compile(
    r"(?:报告|总结|通报|情况|汇报|计划|打算|简报|分析|公报|要点|方案|意见|纪要|说明|快报|动态|"
    r"简况|简析|综述|通讯|月报|季报|年报|(?<!^表)表)"
    r"(?:[（(][^（）()]{1,20}[）)])?$"
)
#: Lines at the top that are not the title: the issuing body, a file or issue number, a date,
#: a rule, a confidentiality mark, a page number.
NOT_A_TITLE = re.compile(
    r"(?:委员会|管委会|人民政府|政府|(?<![开格布大结新全时胜终变破])局|办公室|办|中心|文件|编印|印发)$|[〔\[［]\d{4}[〕\]］]|"
    r"第\s*\d+\s*期|^\s*[(（]?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[)）]?\s*$|"
    r"^\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|^[—─\-=_\s·.]+$|内部资料|注意保存|密\s*级|"
    r"^第\s*\d+\s*页|^\d+\s*/\s*\d+$|^[-—]\s*\d+\s*[-—]$|^(?:目\s*录|附\s*件\s*\d*)$|"
    r"(?:门户网站|网站|新闻网|数字报|日报|晚报|融媒体中心|\s编|新闻通稿|通稿|新闻稿)$|"
    r"^表\s*\d"
)
#: How many of the first non-empty lines may hold the title.
_TITLE_LINES = 12
#: A headline is short and is no sentence of the report.
_MAX_TITLE = 60

#: What file names carry besides the report's name: numbering (``02_``, ``13.``), copies
#: (``(1)``, ``-副本``), versions and drafts (``_final``, ``终稿``, ``v2``), dates (``20240801_``).
_FILE_NOISE = re.compile(
    r"^\s*\d{1,3}\s*[_.\-、．\s]+(?=\D)|[（(]\s*\d{1,2}\s*[)）]|[-_\s]*(?:副本|拷贝|复制)(?:\s*\d+)?|"
    r"[-_\s]*(?:final|最终版|最终稿|终稿|定稿|修改稿|修订稿|送审稿|初稿|草稿|正式版|v\d+(?:\.\d+)?)"
    r"(?=$|[-_\s(（])|(?<!\d)(?:19|20)\d{2}[01]\d[0-3]\d(?!\d)|[-_\s]+$|^[-_\s]+",
    re.I,
)
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})([01]\d)([0-3]\d)(?!\d)")
#: A year that dates the report's figures at the opening of its prose.
_HEAD_YEAR = re.compile(
    r"(?:^|(?<=[，。；：、\s（(]))((?:19|20)\d{2})年"
    r"(?=[，,]|以来|度|全年|上半年|下半年|前三季度|第?[一二三四]季度|\d{1,2}\s*[—\-–~～至到]|\d{1,2}月|末|底)"
)
#: Words that make a document an annual one (its period is the whole year).
_ANNUAL = re.compile(r"年度|年报|全年|年终|(?:工作)?总结|工作报告")
#: A year written without 年 in a file name (``XX开发区2019.txt``).
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
#: Chinese month numerals in periods (十月份, 一至十月): the digits the period grammar reads.
_CN_MONTH = re.compile(
    r"(十[一二]|[一二三四五六七八九十])(?=(?:[—\-–~～至到]+[一二三四五六七八九十]+)?月)"
)
_MAX_PARKS = 12


@dataclass(frozen=True)
class ReportDetails:
    """What a report is as a whole: shown in the reports list, used to route questions, and
    the default year and period of its figures."""

    title: str
    #: The report's park first (``None`` of it: a city bulletin has no one park), then the other
    #: parks its text reports on.
    park: str | None
    parks: tuple[str, ...]
    year: int | None
    months: vocab.Period | None
    published: str | None


def read_details(
    source: str,
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    labels: tuple[str, ...] = (),
    layout: str | None = None,
    chrome: tuple[str, ...] = (),
) -> ReportDetails:
    """The details of the report stored as ``source`` (its path relative to the folder it was
    indexed from: the file and folder names count), from its cleaned text (chrome already
    stripped), the title, publication date and labels its format states (an HTML headline and
    ``<title>``, a DOCX title) and ``layout``, its text before cleaning rejoined lines (a PDF's
    title line stands apart there, before a wrapped page runs it into the first paragraph)."""
    path = PurePosixPath(source)
    stem = file_title(path.name)
    folders = [file_title(part) for part in reversed(path.parts[:-1])]
    lines = _lines(text)
    laid_out = _lines(layout) if layout else []
    published = published or _file_date(path.name) or _document_date(laid_out or lines)
    label_parts = [part for label in labels for part in _TITLE_SEPARATOR.split(label) if part]
    chosen = _title(_after_masthead(laid_out) + _after_masthead(lines), title, stem, label_parts)
    head = _head(laid_out or lines, chosen)
    places = [chosen, stem, *folders]
    issuers = [line.strip("（()） ") for line in _issuer_lines(laid_out or lines)]
    chrome_parts = [part for line in chrome for part in _TITLE_SEPARATOR.split(line) if part]
    park, parks = _parks(text, [*places, *label_parts], issuers, chrome_parts)
    months = _months(places, head, laid_out or lines)
    year = _year(places, head, published, months)
    if published and not vocab.YEAR.search(chosen) and (relative := _relative(chosen, published)):
        year, months = relative
    return ReportDetails(chosen, park, tuple(parks[:_MAX_PARKS]), year, months, published)


def _parks(
    text: str, names: list[str], issuers: list[str], chrome: list[str]
) -> tuple[str | None, list[str]]:
    """The report's park and every park it reports on: the first park its title, file,
    folders or page labels (``names``) or its issuer's line name; else the one park its body
    names far more than any other, or the one of the type its title says (高新区招商局-11月);
    else the one its page's chrome names (a site's name in its navigation bar); else none (a
    bulletin over several parks, each of them in ``parks``)."""
    park = next((p for p in map(park_in, [*names, *issuers]) if p), None)
    # A bulletin over several parks (no one park in its title or names) names each of them
    # perhaps once in prose and once in its table: once is enough there.
    counted = [(p, n) for p, n in parks_in_text(text, 1 if park is None else 2) if p != park]
    if park is None and counted and (len(counted) == 1 or counted[0][1] >= 2 * counted[1][1]):
        park = counted.pop(0)[0]
    if park is None and counted:
        said = {park_family(p) for p in names} - {None}
        typed = [p for p, _ in counted if park_family(p) in said]
        if len(typed) == 1:
            park = typed[0]
            counted = [(p, n) for p, n in counted if p != park]
    if park is None and not counted:
        park = next((p for p in map(park_in, chrome) if p), None)
    # a title over several parks: "筼陂高新区、筼陂综保区二〇二三年经济运行情况"
    titled = [p for p in map(park_in, re.split(r"[、和与及]", names[0])[1:]) if p] if names else []
    others = [p for p in titled if p != park] + [
        p for p, _ in counted if not (park and _part_of(p, park)) and p not in titled
    ]
    return park, ([park] if park else []) + others


def details_of(source: str, loaded: LoadedReport, cleaned: CleanReport) -> ReportDetails:
    """:func:`read_details` of a file as it was loaded and cleaned (what indexing stores)."""
    return read_details(
        source,
        cleaned.text,
        title=loaded.title,
        published=loaded.published,
        labels=loaded.labels,
        layout=loaded.text,
        chrome=loaded.chrome,
    )


def file_title(name: str) -> str:
    """A file or folder name as a person would title it: no extension, numbering, copy marks,
    version words or dates (``02_XX高新区2024年1-9月经济运行(1).txt`` → ``XX高新区2024年1-9月
    经济运行``)."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    previous = None
    while previous != stem:
        previous, stem = stem, _FILE_NOISE.sub("", stem).strip()
    return stem.replace("_", " ").strip()


def _file_date(name: str) -> str | None:
    found = _FILE_DATE.search(name)
    if not found or not 1 <= int(found[2]) <= 12 or not 1 <= int(found[3]) <= 31:
        return None
    return f"{found[1]}-{found[2]}-{found[3]}"


def _lines(text: str) -> list[str]:
    """The first lines of the text that could be its title (not chrome, not a file number, an
    issuing body, a date)."""
    out = []
    for raw in text.splitlines():
        line = raw.strip().removeprefix("#").strip()
        if line:
            out.append(line)
    return out


#: What separates a page title's parts (``headline_site``, ``site - headline``, ``a|b|c``).
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]|(?<!\d)[-—－]{1,2}|[-—－]{1,2}(?!\d))\s*")
#: An issuing body's line: the office that wrote or sent the report (楮冈高新区管委会经济发展局
#: 编, （茴垭经开区经济发展局提供）), which names its park when nothing else does.
_ISSUER = re.compile(r"管委会|管理委员会|局|办公室|服务中心|提供|编印?|印发")


def _issuer_lines(lines: list[str]) -> list[str]:
    return [
        line
        for line in lines[:6] + lines[-4:]
        if len(line) <= 60 and _ISSUER.search(line) and not re.search(r"[。；]", line)
    ]


#: An issue number under a newsletter's masthead (第5期, 2022年第10期（总第58期）).
_ISSUE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?第\s*\d+\s*期")
#: A rule under a masthead (━━━━, ————).
_RULE = re.compile(r"[━─—\-=_＝]{6,}")
#: A numbered section heading (一、…, （二）…, 3.…): a part of the report, never its title.
_SECTION = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])"
)
#: A field of a page's info grid that holds the title (名称：…, 标题：…).
_TITLE_FIELD = re.compile(r"^(?:标\s*题|名\s*称|文章标题|文件名称)\s*[:：]\s*")


def _document_date(lines: list[str]) -> str | None:
    """The date a document carries on a short line of its own (under its title, beside its
    issuing body, above its signature: ``2024年8月1日``, ``经济发展局 2020年6月18日``,
    ``2018-11-23 10:42:07``, ``2019年8月20日整理``): its date of issue."""
    for line in lines[:6] + lines[-5:]:
        if len(line) > 60 or re.search(r"[，,。；]", line):
            continue
        if re.search(r"[〇○零一二三四五六七八九]{4}年", line):  # 二〇二四年六月三日
            import cn2an

            line = cn2an.transform(line.replace("○", "〇"), "cn2an")
        for found in re.finditer(DATE + r"\s*日?", line):
            if (date := iso_date(found)) is not None:
                return date
    for line in lines[:6] + lines[-5:]:  # "（2023年7月）": the month it was written in
        month = re.fullmatch(
            r"[(（]?\s*((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月\s*[)）]?", line
        )
        if month:
            return f"{month[1]}-{int(month[2]):02d}"
    return None


def _acceptable(line: str | None) -> bool:
    if not line or len(line) > _MAX_TITLE or len(line) < 4:
        return False
    if _SECTION.match(line):
        return False
    if re.search(r"\s[|｜]\s", line) or re.match(r"^[—–－-]{1,2}", line):
        return False  # a site's masthead or navigation; a subtitle (——2023年工作总结)
    if re.search(
        r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",
        line,
    ):
        return False  # a source and date line (融媒体中心 2021-03-26, 客户端 2023-04-24 18:05)
    if re.match(r"^[·•●▪◆■□○]", line) or len(line) < 6:
        return False  # an item of a related-links list; a column's name (政务公开)
    if park_in(line) == line:
        return False  # the site's or the issuer's name alone (缙阳经济技术开发区)
    if re.search(r"[:：]\s*[\d.]+", line):
        return False  # a label and its figure (实际使用外资：2730万美元)
    if len(line) <= 6 and DOCUMENT_LINE.search(line):
        return False  # a masthead (工作简报, 经济运行快报) above the document's own title
    if is_chrome(line) or NOT_A_TITLE.search(line):
        return False
    if re.search(r"\.(?:docx?|pdf|txt|html?|wps)$|^Microsoft Word|^untitled|^文档\d*$", line, re.I):
        return False
    # a sentence of the report is not its title
    return (
        not re.search(r"[。；;]$|[。；]", line) and re.search(r"[\u4e00-\u9fff]", line) is not None
    )


def _after_masthead(lines: list[str]) -> list[str]:
    """The lines after a newsletter's masthead block (工作简报 / 2022年第10期 / 编印单位 /
    ━━━━), which is not its title."""
    masthead = [
        i for i, line in enumerate(lines[:8]) if _ISSUE.search(line) or _RULE.fullmatch(line)
    ]
    return lines[masthead[-1] + 1 :] if masthead else lines


def _page_title_part(line: str) -> str:
    """The headline of a page title joined with its column and site by ``_``; other lines
    as they are."""
    if "_" not in line or re.search(r"[，。；]", line):
        return line
    return next((p for p in _TITLE_SEPARATOR.split(line) if _acceptable(p)), line)


def _title(lines: list[str], hint: str | None, stem: str, labels: list[str]) -> str:
    """The line that names the document: one that says what the document is (…工作总结,
    …运行情况; not a masthead such as 工作简报), else the format's own headline, else the first
    short line that is not chrome, else the file's name. A headline the format states (HTML,
    DOCX) is preferred when the text shows it too; a PDF's metadata title only when the text
    has no document line (it is often the file it was printed from)."""
    # a page's title ("headline_column_site"), as a browser prints it atop each page
    lines = [_page_title_part(_TITLE_FIELD.sub("", line)) for line in lines]
    candidates = [line for line in lines[: _TITLE_LINES * 2] if _acceptable(line)]
    hint = _page_title_part((hint or "").strip()) or None
    for i, line in enumerate(lines[: min(len(lines), _TITLE_LINES * 2) - 1]):
        # a headline with its subtitle under it: "凝心聚力促发展…" / "——X新区2023年工作总结"
        if (
            re.match(r"^[—–－]{2}(?![—–－━─])", lines[i + 1])
            and 4 <= len(line) <= _MAX_TITLE
            and not re.search(r"[。；]", line)
            and not (is_chrome(line) or NOT_A_TITLE.search(line) or _SECTION.match(line))
        ):
            return line
    if hint and _acceptable(hint) and DOCUMENT_LINE.search(hint) and hint in lines:
        return hint
    for i, line in enumerate(lines[: _TITLE_LINES * 2]):
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if (  # a title wrapped onto a short second line: "…下半年工作计" / "划"
            line in candidates
            and not DOCUMENT_LINE.search(line)
            and 0 < len(after) <= 10
            and DOCUMENT_LINE.search(line + after)
            and len(line + after) <= _MAX_TITLE
        ):
            return line + after
        if line in candidates and DOCUMENT_LINE.search(line):
            before = lines[i - 1] if i else ""
            # a title set on two lines: "关于2022年下半年全区重点项目" / "推进情况的报告"
            if (  # "灈洲高新区" / "2020年上半年工作总结…": the park above its title
                before
                and park_in(before) == before
                and before not in line
                and re.match(r"(?:19|20)\d{2}年|关于", line)
            ):
                return before + line
            if (
                before in candidates
                and not DOCUMENT_LINE.search(before)
                and (
                    before.startswith("关于")
                    or len(line) <= 10
                    or (
                        re.search(r"(?:\d{4}|[〇○零一二三四五六七八九]{4})年$|月$|季度$", before)
                        and not re.fullmatch(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?", before)
                    )
                )
                and len(before) + len(line) <= _MAX_TITLE
            ):
                return before + line
            return line
    for part in labels:  # the page's <title>: "站名-2019年一季度经济运行简况"
        if _acceptable(part) and DOCUMENT_LINE.search(part) and park_in(part) != part:
            return part
    if hint and _acceptable(hint):
        return hint
    if candidates:
        return candidates[0]
    for part in labels:  # the page's <title> when the text shows no headline at all
        if _acceptable(part):
            return part
    return stem or (lines[0][:_MAX_TITLE] if lines else "")


def _head(lines: list[str], title: str) -> str:
    """The opening of the report's prose: from the first sentence after its title (not a
    byline, a date or a running header), up to 200 characters."""
    start = lines.index(title) + 1 if title in lines else 0
    prose = [
        line
        for line in lines[start:]
        if not is_chrome(line)
        and not NOT_A_TITLE.search(line)
        and re.search(r"[，,。；]", line)
        and not re.fullmatch(r"[（(].*[）)]", line)  # a note under the title
    ]
    return "".join(prose)[:200]


def _periods(text: str) -> list[vocab.Period]:
    normal = _CN_MONTH.sub(lambda m: str(vocab.CN_NUMERALS[m.group(1)]), text)
    return [period for _, _, period in vocab.periods_in(normal)]


def _year(
    places: list[str], head: str, published: str | None, months: vocab.Period | None
) -> int | None:
    """The year of the report's figures: stated in its title, file or folder name, else at the
    opening of its prose, else (今年, 上半年 … without a year) the publication's year."""
    for place in map(_arabic_years, places):
        found = vocab.YEAR.search(place) or _BARE_YEAR.search(_FILE_DATE.sub(" ", place))
        if found:
            return int(found.group(1))
    for place in places[1:]:  # a file or folder name's "23年1-8月"
        short = re.search(r"(?<!\d)([0-3]\d)年", place)
        if short:
            return 2000 + int(short.group(1))
    found = _HEAD_YEAR.search(head)  # "2023年，…" / "2023年1—9月…", not "成立于2006年"
    if found:
        return int(found.group(1))
    if published:  # 今年, 上半年 … or no time word at all: the year it was published …
        year = int(published[:4])
        month = int(published[5:7]) if len(published) >= 7 else 12
        # … unless the period ends after that month: 十二月份 published in January
        # (3 months or more: "第二季度…开工仪式" published in April is about this year)
        return year - 1 if months and months[1] >= month + 3 else year
    return None


_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}


def _relative(title: str, published: str) -> tuple[int, vocab.Period] | None:
    """A title that dates itself against its publication: 上月 (the month before), 去年 (the
    year before, whole)."""
    year, month = int(published[:4]), int(published[5:7]) if len(published) >= 7 else 0
    if title.startswith("上月") and month:
        return (year, (month - 1, month - 1)) if month > 1 else (year - 1, (12, 12))
    if title.startswith(("去年", "上年")):
        return year - 1, (1, 12)
    return None


def _arabic_years(text: str) -> str:
    """Years written in Chinese numerals as digits (二〇二三年 → 2023年)."""
    return re.sub(
        r"[〇○零一二三四五六七八九]{4}(?=年)",
        lambda m: "".join(_CN_DIGITS[c] for c in m.group(0)),
        text,
    )


#: A line that is only a date (the document's issue date): no period.
_ISSUE_DATE = re.compile(r"[（(]?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?")


def _months(places: list[str], head: str, lines: list[str]) -> vocab.Period | None:
    """The period the report covers: stated in its title, file or folder name, else an annual
    document's whole year, else the period its prose opens with (``1—9月，全区…``)."""
    for place in places:
        periods = _periods(place)
        if periods:
            return periods[0]
    if any(_ANNUAL.search(p) for p in places[:2]):
        return (1, 12)
    if DOCUMENT_LINE.search(places[0]) and re.search(r"(?:19|20)\d{2}年", _arabic_years(places[0])):
        return (1, 12)  # "…2023年经济运行情况": a year's report that names no shorter period
    opening = re.split(r"[，,。；]", head, maxsplit=1)[0]
    periods = _periods(opening)
    if periods:
        return periods[0]
    if re.fullmatch(r"(?:今年|年初|本年)以来", opening):  # "今年以来，…1-7月主要指标如下"
        periods = _periods(head)
        if periods:
            return periods[0]
    opening = _arabic_years(opening)
    if vocab.YEAR.match(opening) and re.fullmatch(r"(?:19|20)\d{2}年(?:度)?(?:以来)?", opening):
        return (1, 12)  # "2024年，面对…": the report looks back on the whole year
    for line in lines[:_TITLE_LINES]:  # a subtitle or running header: "…（2024年度）"
        if _ISSUE_DATE.fullmatch(_arabic_years(line.strip())):
            continue  # "（2026年1月）" under the issuer: when it was issued, not what it covers
        if len(line) <= 40 and not re.search(r"[，,。；]", line):
            if periods := _periods(line):
                return periods[0]
            if re.search(r"(?:19|20)\d{2}年度", line):
                return (1, 12)
    return None


def _part_of(name: str, park: str) -> bool:
    """Is ``name`` a part of ``park`` (its 东区, its 科创园) rather than another park?"""
    return name.startswith(park[:2])


#: The details a user can correct.
CORRECTABLE = ("title", "park", "year", "period")


def parse_period(text: str) -> vocab.Period | None:
    """A period as a user types it (``1-9月``, ``前三季度``, ``全年``, ``十月``), or ``None`` for
    an empty one; anything else is a ``ValueError`` naming what is accepted."""
    if not text.strip():
        return None
    periods = _periods(text.strip())
    if not periods:
        raise ValueError(
            f"not a period: {text!r} (write it as 1-9月, 前三季度, 上半年, 全年, 10月)"
        )
    return periods[0]


def check_corrections(fields: dict[str, object]) -> dict[str, object]:
    """The corrections a user asked for (``title``, ``park``, ``year``, ``period``), checked and
    written as the catalog keeps them (``period`` as ``months``: ``[1, 9]``). An empty year or
    period clears it (the report states none); a title or park cannot be empty. Raises
    ``ValueError`` with the reason."""
    out: dict[str, object] = {}
    for name, value in fields.items():
        if name not in CORRECTABLE:
            raise ValueError(f"cannot correct {name!r}: only {', '.join(CORRECTABLE)}")
        if value is None:
            continue
        text = str(value).strip()
        if name in ("title", "park"):
            if not text:
                raise ValueError(f"{name} cannot be empty")
            out[name] = text
        elif name == "year":
            if text and not re.fullmatch(r"(?:19|20)\d{2}", text):
                raise ValueError(f"not a year: {text!r}")
            out["year"] = int(text) if text else None
        else:
            months = parse_period(text)
            out["months"] = list(months) if months else None
    return out
