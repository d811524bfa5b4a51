"""A report's facts: every figure, date and name, typed, with what it measures and when.

Why: a park report states the same indicator for several periods, years, parks and statuses
(``1—5月`` and ``1—6月``, the 2025 bulletin's ``上年同期`` column, ``力争`` next to ``完成``).
Reading
each value once, at index time, into a fact that says *what* it measures (indicator), *of whom*
(subject), *when* (year and period, from the sentence, else its section, else the report) and
*how* (target or actual, level or change) lets a question's constraints be checked exactly, and
lets ``parkqa facts`` show a user what was understood.

Spans are exact offsets into the cleaned text and always start and end on token boundaries:
never inside a longer number, never with table or markup characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from parkqa.answer import vocab
from parkqa.answer.fact import Fact
from parkqa.answer.linking import link_facts
from parkqa.answer.measures import measure_in
from parkqa.answer.ontology import ontology
from parkqa.answer.vocab import Period
from parkqa.figures import find_figures, is_date, is_unit
from parkqa.ingest.chunking import sentence_spans
from parkqa.lexical import pos_words
from parkqa.parks import PARK_TYPES, own_name, parks_written

#: Bump when extraction changes: stored facts of unchanged files are then read again (their
#: chunks are not re-embedded: the record manager sees the same chunk hashes).
FACTS_VERSION = 90


_CLAUSE = "，,；;：:"
_HEADER_UNIT = re.compile(r"[（(](?P<u>[^（）()]{1,8})[）)]")
_NUMERIC_CELL = re.compile(r"^[-+]?\d+(?:,\d{3})*(?:\.\d+)?%?$")
_DOTTED_DATE = re.compile(
    r"(?<![\d.])(?:(?P<y>20\d{2})\.)?(?P<m>1[0-2]|0?[1-9])\.(?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?![\d.%])(?!\s*(?:[亿万千百]|元|个|家|项|件|倍|吨|亩|米|%))"
)
#: A table cell's date with a year first and dashes or slashes (a workbook's 2025-11-12). Not
#: read in prose: there such dates are a page's publication dates and its links' (related news
#: "…签约活动举行（2025-05-21）"), no date of what the report tells.
_ISO_DATE_CELL = re.compile(
    r"20\d{2}(?P<sep>[-/])(?:1[0-2]|0?[1-9])(?P=sep)(?:3[01]|[12]\d|0?[1-9])"
)
_YEAR_MONTH_CELL = re.compile(r"^20\d{2}\.(?:1[0-2]|0?[1-9])$")
_NAME_KIND = {suffix: kind for kind, suffixes in vocab.NAME_SUFFIXES.items() for suffix in suffixes}
_NAME = re.compile(
    # (a space or slash inside a Latin term, 鞅台光电Mini LED背光模组项目, Mini/Micro LED, is
    # inside the name)
    r"(?:[\u4e00-\u9fffA-Za-z0-9（）()·\-]|(?<=[A-Za-z])[ /](?=[A-Za-z])){2,40}?(?P<suffix>"
    + "|".join(sorted(map(re.escape, _NAME_KIND), key=len, reverse=True))
    + r")"
)


_KIND_ENDS = sorted(
    (
        *_NAME_KIND.items(),
        *((x, k) for k, xs in vocab.KIND_ONLY_SUFFIXES.items() for x in xs),
    ),
    key=lambda item: len(item[0]),
    reverse=True,
)


def name_kind(name: str) -> str | None:
    """The kind of thing a name names (company, project, area, authority) by its suffix, if
    it has one."""
    return next((kind for suffix, kind in _KIND_ENDS if name.endswith(suffix)), None)


def abridged(name: str, said: str) -> bool:
    """Does ``said`` write ``name`` with a part of its middle left out, its first words and its
    last kept ("棣峰新能源储能电池项目" for 棣峰新能源年产20GWh储能电池项目)? Both kept ends
    three characters or more, the name's kind suffix among the last."""
    if len(name) < 10 or name[:3] not in said:
        return False
    for i in range(3, len(name) - 5):
        if name[:i] not in said:
            break
        for j in range(i + 2, len(name) - 2):
            if name[:i] + name[j:] in said:
                return name_kind(name[j:]) is not None
    return False


_HEADING = re.compile(r"^[^。！？!?；;|\n]{1,48}$")


@dataclass(frozen=True)
class ReportMeta:
    """What a report is about as a whole: its year and main period."""

    year: int | None
    period: vocab.Period | None
    #: The names of the park the report is about (its details' park, its short name): a
    #: figure about it is about the report's own subject (a bulletin's other parks are not).
    parks: tuple[str, ...] = ()
    #: The other parks a report on several parks (a city's bulletin) reports on: a paragraph
    #: opening with one of them ("（二）滢浦高新区。上半年完成…") is about that park.
    members: tuple[str, ...] = ()
    #: The year the text was published: the "now" of a text that speaks of 去年 and 今年 (an
    #: interview published in January 2026 says 去年 of 2025, whatever year its title names).
    published: int | None = None


def report_meta(title: str, text: str, published: str | None = None) -> ReportMeta:
    """The report's year and period, from its title, else from its first lines, else (a news
    page that names no year: "上半年新签约项目21个") the year its page says it was published."""
    head = title + "\n" + text[:300]
    years = [int(m.group("y")) for m in vocab.YEAR.finditer(title)] or [
        int(m.group("y")) for m in vocab.YEAR.finditer(head)
    ]
    if not years and published:
        years = [int(published[:4])]
    periods = vocab.periods_in(title) or vocab.periods_in(head)
    period = periods[0][2] if periods else None
    if period is None and re.search(r"年度?(?:工作)?(?:总结|报告)|年报|全年", title):
        period = (1, 12)
    return ReportMeta(years[0] if years else None, period, published=published_year(published))


def published_year(published: str | None) -> int | None:
    """The year of a publication date (``2026-01-20``), None without one."""
    return int(published[:4]) if published and published[:4].isdigit() else None


# ------------------------------------------------------------------ blocks


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Paragraphs (blank-line separated); a table's block ends at its last row, the prose
    lines written right under it are a paragraph of their own (else they were read as rows)."""
    pos = 0
    for part in text.split("\n\n"):
        lines = part.split("\n")
        last = max((i for i, line in enumerate(lines) if _is_table(line)), default=-1)
        if 0 <= last < len(lines) - 1 and any(line.strip() for line in lines[last + 1 :]):
            cut = pos + sum(len(line) + 1 for line in lines[: last + 1])
            yield pos, cut - 1
            yield cut, pos + len(part)
        else:
            yield pos, pos + len(part)
        pos += len(part) + 2


def _space_table(text: str, blocks: list[tuple[int, int]], start: int) -> int:
    """End index of a space-aligned table starting at ``blocks[start]`` (its header row: cells
    with no number), or ``start`` when there is none. Rows have as many cells as the header."""
    header = text[blocks[start][0] : blocks[start][1]]
    if not _space_row(header) or any(_figure_cell(c) for c in header.split(" ")):
        return start  # ("第一名 鹭湾高新区 92.4分" heads nothing: a list of lines, each a row)
    width = len(header.split(" "))
    end = start + 1
    while end < len(blocks):
        row = text[blocks[end][0] : blocks[end][1]]
        if not _space_row(row) or len(row.split(" ")) != width:
            break
        end += 1
    return end if end > start + 1 else start


#: A line of a ranked list: "第一名 鹭湾高新技术产业开发区 92.4分（较上半年前移2位）".
_RANKED_LINE = re.compile(
    r"第(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})[名位][\s：:、.．]*"
    r"(?P<name>[^\s\d：:，,。（(]{2,30}?)"
    # (a score's label set off before the figure: "第一名：焱山新材料产业园，综合得分94.62分；";
    # never a change, "较上年提高3.2分")
    r"(?:[\s：:，,]+(?P<label>(?:综合|考评|考核|总)?(?:得分|总分|分数|评分)为?))?"
    r"[\s：:，,]*(?P<v>\d+(?:\.\d+)?\s*(?:分|亿元|万元|%|个|家))"
)


def _ranked_lines(text: str, blocks: list[tuple[int, int]], start: int) -> int:
    """End index of a ranked list starting at ``blocks[start]``: lines each "第N名 <name>
    <figure>", one a block (a bulletin's assessment result), or ``start`` when there is none."""
    end = start
    while end < len(blocks) and _RANKED_LINE.match(text, *blocks[end]):
        end += 1
    return end if end > start + 1 else start


def _ranked_line_facts(
    source: str,
    text: str,
    lines: list[tuple[int, int]],
    lead: str,
    section: str,
    year: int | None,
    period: vocab.Period | None,
) -> list[Fact]:
    """A ranked list's facts: each line's rank and figure are its name's, and they measure what
    the lead before the list says ("…进行了综合考评（满分100分）。考评结果如下："): no words stand
    beside them in their own line."""
    # (only a lead that announces the list, "考评结果如下：", says what it measures; any other
    # paragraph before it does not: its section's heading does, or nothing)
    lead = lead.strip()
    announces = lead.endswith(("：", ":")) or bool(re.search(r"如下|以下", lead[-12:]))
    said = [
        p
        for p in re.split(
            r"[。；;！!，,]", re.sub(r"[（(][^）)]*[）)]", "", lead if announces else section)
        )
        if p.strip()
    ]
    # (the lead's last clause, "考评结果如下：", with the one before it when it is that short:
    # "对各园区1—9月工作进行了综合考评")
    about = "".join(said[-2:]) if said and len(said[-1]) <= 12 else (said[-1] if said else "")
    about = re.sub(r"(?:结果|情况)?如下[:：]?|[:：]$", "", about).strip()
    out = []
    for a, b in lines:
        m = _RANKED_LINE.match(text, a, b)
        if m is None:  # (checked by _ranked_lines)
            continue
        name = m.group("name")
        typed = find_figures(text, m.start("v"), m.end("v"), (a, b))
        if not typed:
            continue
        kind, unit = typed[0].kind, typed[0].unit
        rank_end = m.end("n") + 1  # (第一名)
        ranking = about if re.search(r"(?:排名|名次|位次)$", about) else about + "排名"
        for start, end, kind_of, unit_of, measure, words in (
            (m.start(), rank_end, "rank", "名", "rank", ranking),
            (typed[0].start, typed[0].end, kind, unit, "", re.sub(r"排名|名次|位次", "", about)),
        ):
            out.append(
                Fact(
                    source=source,
                    start=start,
                    end=end,
                    value=text[start:end],
                    kind=kind_of,
                    unit=unit_of,
                    indicator=words + ("得分" if kind_of == "score" else ""),
                    subject=name,
                    period=period,
                    period_explicit=False,
                    year=year,
                    year_explicit=False,
                    status="actual",
                    comparison="",
                    qualifier="",
                    sentence_start=a,
                    sentence_end=b,
                    context_start=a,
                    section=section,
                    table=True,
                    part=False,
                    measure=measure,
                )
            )
    return out


def _figure_cell(cell: str) -> bool:
    """A cell that is a figure (128.6, 92.4分, 12个, 8.1%, 第一名), never a column's header
    (2025年 and 1—6月 may be)."""
    if _NUMERIC_CELL.match(cell):
        return True
    found = find_figures(cell, 0, len(cell), (0, len(cell)))
    return any(
        (
            f.kind in ("count", "amount", "percent", "score")
            or (f.kind == "rank" and f.unit in "名位")
        )
        and (f.start, f.end) == (0, len(cell))
        for f in found
    )


def _is_heading(block: str) -> bool:
    return bool(_HEADING.match(block)) and len(block) <= 48


def _is_table(block: str) -> bool:
    return " | " in block


#: A whole date (填报日期：2026年1月15日): the day a form or text was issued, not the year its
#: figures are of.
_WHOLE_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def _last_year(text: str) -> int | None:
    found = [int(m.group("y")) for m in vocab.YEAR.finditer(_WHOLE_DATE.sub(" ", text))]
    return found[-1] if found else None


def _last_period(text: str) -> vocab.Period | None:
    found = vocab.periods_in(text)
    return found[-1][2] if found else None


# ------------------------------------------------------------------ extraction


def extract_facts(
    source: str,
    title: str,
    text: str,
    published: str | None = None,
    meta: ReportMeta | None = None,
) -> list[Fact]:
    """Every fact of a report's cleaned text, in text order. ``meta``: the report's year and
    period as its details say (read at index time, or corrected by a user); without it they are
    read from the title and first lines (``published``: the date its web page states, see
    :func:`report_meta`)."""
    meta = meta or report_meta(title, text, published)
    facts: list[Fact] = []
    section = ""
    section_year: int | None = None
    section_period: vocab.Period | None = None
    plan_section = False
    # the numbered headings in force, by level: (their targets, their year)
    headings: dict[int, tuple[bool, int | None]] = {}
    section_topic = ""
    caption = ""
    blocks = list(_blocks(text))
    consumed = 0
    # the header row of the last table and its width (a table a group row splits goes on)
    held_header: tuple[tuple[int, int], int, str, str] | None = None
    for index, (a, b) in enumerate(blocks):
        block = text[a:b]
        if index < consumed or not block.strip():
            continue
        run = _ranked_lines(text, blocks, index)
        if run > index + 1:
            lead = text[blocks[index - 1][0] : blocks[index - 1][1]] if index else ""
            facts += _ranked_line_facts(
                source,
                text,
                blocks[index:run],
                lead,
                section,
                section_year or meta.year,
                section_period or meta.period,
            )
            consumed = run
            continue
        run = _space_table(text, blocks, index)
        if run > index + 1:
            rows = blocks[index:run]
            cells = [_space_cells(text, x, y) for x, y in rows]
            facts += _grid_facts(source, text, rows, cells, caption, section, meta)
            consumed, caption = run, ""
            continue
        if _is_table(block):
            # A workbook's group row ("一、续建项目（14个）") splits a table: rows that start
            # with figures and have its width go on under the header above.
            first_row = text[a : text.find("\n", a, b) if "\n" in block else b]
            width = len(_cells(text, a, a + len(first_row)))
            goes_on = held_header is not None and held_header[1] == width and _data_row(first_row)
            if held_header is not None and goes_on:
                # (one table: its caption and section, not the group row's)
                header, _, its_caption, its_section = held_header
                table = _table_facts(source, text, a, b, its_caption, its_section, meta, header)
            else:
                table = _table_facts(source, text, a, b, caption, section, meta)
                # (the header is the last row before the figures: a form's 填报单位 row above
                # it, "填报单位：… | 填报日期：…", heads nothing)
                head = _last_header_row(text, a, b)
                held_header = (
                    None if head is None else (head, len(_cells(text, *head)), caption, section)
                )
            # (a table under a part's heading, "四、瑶坪园2026年主要目标", is that part's)
            facts += [_table_topic(f, section_topic) for f in table] if section_topic else table
            caption = ""
            continue
        if _is_heading(block):
            section = block.strip()
            level = _heading_level(section)
            if level:  # "三、2025年工作打算": what it states are targets
                # (a heading under it, "（二）重点工作任务", keeps its year and its targets)
                outer = [held for lv, held in sorted(headings.items()) if lv < level]
                headings = {lv: held for lv, held in headings.items() if lv < level}
                own_year = _last_year(section)
                plan_section = bool(vocab.PLAN_SECTION.search(section.rstrip("。. "))) or any(
                    plan for plan, _ in outer
                )
                section_year = own_year or next((year for _, year in reversed(outer) if year), None)
                headings[level] = (plan_section, section_year)
            else:
                # (an unnumbered line, "2025年，…的主要目标是：", states its own year; else the
                # numbered headings over it keep theirs: "1. 全年新签约项目…" under
                # "五、2025年工作计划" is 2025's)
                opens = _OPENING_YEAR.match(section)
                section_year = (int(opens.group("y")) if opens else None) or next(
                    (year for _, (_, year) in sorted(headings.items(), reverse=True) if year),
                    None,
                )
                # ("…力争全年实现以下目标：" before a numbered list: its items are targets)
                plan_section = plan_section or bool(vocab.PLAN_LEAD.search(section))
            section_period = _last_period(section)
            caption = section
            # A heading that is itself a sentence with figures (titles, captions) still counts.
        paragraph_period: vocab.Period | None = None
        # the year a speech's paragraph speaks of (去年全区地区生产总值…。规上工业总产值…:
        # both 去年's)
        spoken_year: int | None = None
        # the paragraph's period while a 当月 sentence is in force (a 1-tuple: it may be None)
        suspended: tuple[vocab.Period | None] | None = None
        if _is_heading(block):
            section_topic = _topic_area(text, block, meta)
        topic = section_topic
        for span in sentence_spans(text, a, b):
            sentence = text[span.start : span.end]
            # "峪东片区聚焦…" opens a paragraph about that part; "…。临空园：规上工业总产值
            # 106.6亿元" turns to another part for the rest of it.
            opened = _topic_area(text, sentence, meta)
            if opened:
                topic = opened
            elif _about_whole(sentence, meta) and not (
                # inside a part's paragraph, "园区以智能装备为主导" is that part
                topic and sentence.lstrip().startswith(("园区", "该园", "园内"))
            ):
                topic = ""
            first = len(facts)
            if sentence.startswith("表") and re.match(r"表\s*\d", sentence):
                caption = sentence
            facts += _sentence_facts(
                source,
                text,
                span.start,
                span.end,
                section,
                meta,
                section_year,
                paragraph_period or section_period,
                plan_section,
                spoken_year,
            )
            spoken_year = _spoken_year(sentence, meta, spoken_year)
            opening = _topic_period(sentence)
            if opening is not None and _one_month(sentence):
                # (in force to the end of its sentence, its ；-clauses included)
                suspended, paragraph_period = (paragraph_period,), opening
            elif opening is not None:
                paragraph_period = opening
            if suspended is not None and sentence.rstrip().endswith(("。", "！", "？")):
                paragraph_period, suspended = suspended[0], None
            if topic:
                facts[first:] = [_about_topic(f, topic) for f in facts[first:]]
            areas = frozenset(
                f.value for f in facts[first:] if f.kind == "name" and f.unit == "area"
            )
            facts[first:] = [
                _about_clause_topic(f, text, span.start, meta, areas) for f in facts[first:]
            ]
            if meta.parks and meta.members:
                facts[first:] = [_about_member(f, text, span.start, meta) for f in facts[first:]]
    return link_facts(text, [_unfinished_year(f, meta) for f in facts])


def _speaking_year(meta: ReportMeta) -> int | None:
    """The year a text's 去年/今年 count from: the year it was published, when it speaks of
    that year (one published in January about the year before may say 去年 of either)."""
    return meta.published if meta.year in (None, meta.published) else None


def _spoken_year(sentence: str, meta: ReportMeta, before: int | None) -> int | None:
    """The year a paragraph speaks of after ``sentence``: in a text about the year it was
    published (a speech, an interview), a sentence saying 去年/今年 turns the paragraph to that
    year; one naming a year turns it back to what its own figures say; else it stays."""
    now = _speaking_year(meta)
    if now is None:
        return None
    spoken = list(vocab.SPOKEN_YEAR.finditer(sentence))
    years = list(vocab.YEAR.finditer(sentence))
    if spoken and (not years or spoken[-1].start() > years[-1].start()):
        return now + vocab.SPOKEN_YEARS[spoken[-1].group("word")]
    return None if years else before


#: A paragraph or section about one part of the park opens with its name ("峪东片区聚焦先进材料
#: …", "（二）琅屿科创园"), not with a list of parts ("岚汀片区、峪东片区和…").
_ENUMERATOR = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*"
)
_TOPIC_AREA = re.compile(
    _ENUMERATOR.pattern
    + r"(?P<name>[\u4e00-\u9fff]{2,8}?(?:"
    + "|".join(vocab.NAME_SUFFIXES["area"])
    + r"|园(?!区)))(?![、和与及之])"
)


_TOPIC_ZONE = re.compile(
    _ENUMERATOR.pattern
    + r"(?P<name>"
    + "|".join([vocab.DIRECTION_ZONE, *vocab.ZONE_PARTS])
    + r")(?:[（(][^）)]{1,12}[）)])?(?![、和与及])"
)


def _referenced_period(before: str) -> vocab.Period | None:
    """The period a figure in brackets right after "较上半年" / "比1—11月" is the value of."""
    if not before.rstrip().endswith(("（", "(")):
        return None
    head = before.rstrip()[:-1].rstrip()
    found = [p for p in vocab.periods_in(head) if p[1] == len(head)]
    if not found or head[max(0, found[-1][0] - 1) : found[-1][0]] not in ("较", "比", "与"):
        return None
    return found[-1][2]


#: A sentence setting a ranking against an earlier one ("与上半年考评结果相比，"): the period
#: of the place a park moved from.
_SET_AGAINST = re.compile(r"^\s*(?:与|同)(?P<then>[^，,。；;]{2,14}?)(?:相比|比较)[，,]")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _moved_from_period(before: str) -> vocab.Period | None:
    """The earlier period a rank moved from is of ("与上半年考评结果相比，X由第三名…": the
    rank right after 由, in a sentence setting the ranking against 上半年's)."""
    if not before.endswith(("由", "从")):
        return None
    against = _SET_AGAINST.search(before)
    found = vocab.periods_in(against.group("then")) if against else []
    return found[0][2] if found else None


#: A table row whose label is a share in % (占全区…比重（%）, 占比(%)).
_SHARE_ROW = re.compile(r"[（(]%[）)]|占[\u4e00-\u9fff]{0,16}(?:比重|比例)|^占比")


def _topic_area(text: str, block: str, meta: ReportMeta) -> str:
    """The part of the park a paragraph (or a section, from its heading) is about, when it
    opens with that part's name and the report names it again elsewhere (a name said once is
    a phrase, not a part of the park), or the park a bulletin's paragraph opens with; ""
    otherwise. Its figures are about that part or park."""
    opening = _ENUMERATOR.sub("", block, count=1)
    member = next(
        (p for p in sorted(meta.members, key=len, reverse=True) if opening.startswith(p)), None
    )
    if member:
        return member
    m = _TOPIC_AREA.match(block)
    if m is None:
        # "东区（装备制造片区）。聚焦高端装备制造…": a part named by its side or role
        # (a part's role name, 核心区 or 起步区, names a part even when said once)
        zone = _TOPIC_ZONE.match(block)
        if zone is None:
            return ""
        name = zone.group("name")
        return name if text.count(name) >= 2 or name in vocab.ZONE_PARTS else ""
    name = m.group("name")
    own = vocab.PART_SUFFIX.sub("", name)  # 产业园 → 产业: a kind of park, no part
    if (
        name.startswith(("全", "各", "本", "该"))
        or re.search(r"[和与及、]", name)  # "岚汀片区和峪东片区…": two parts, no topic
        or own in vocab.GENERIC_PARTS
        or len(own) < 2
        # 两大片区, 两个特色园区: a count of parts, no part
        or re.match(r"[一二三四五六七八九十两\d]+(?:[大个类]|$)", own) is not None
        or any(name in p or p in name for p in meta.parks)
    ):
        return ""
    # (a heading that is the name alone, "1.岷坡智能制造园。", names a part however often
    # the report repeats it)
    heading = re.fullmatch(r"\s*" + re.escape(name) + r"\s*[。：:]?\s*", block[m.start("name") :])
    return name if text.count(name) >= 2 or heading else ""


#: A sentence that opens with the whole park ("全区…", "高新区…"): no part's topic holds.
_WHOLE_OPENING = re.compile(
    r"^\s*(?:全区|全园|全县|全市|园区|[\u4e00-\u9fff]{0,8}?(?:高新区|经开区|开发区))"
)


def _about_whole(sentence: str, meta: ReportMeta) -> bool:
    return bool(_WHOLE_OPENING.match(sentence)) or any(
        sentence.lstrip().startswith(p) for p in meta.parks if len(p) >= 2
    )


def _heading_level(heading: str) -> int:
    """How deep a numbered heading is: 一、 (or 第一部分) 1, （一） 2, 1. 3; 0 when unnumbered."""
    m = vocab.SECTION_NUMBER.match(heading)
    if m is None:
        return 0
    number = m.group(0).strip()
    if number[0] in "（(":
        return 2
    return 3 if number[0].isdigit() else 1


def _about_topic(fact: Fact, topic: str) -> Fact:
    """A figure of a paragraph about one part of the park is that part's, unless it has a
    subject of its own (a 分别 item)."""
    if fact.subject or fact.kind in ("name", "list"):
        return fact
    return replace(fact, subject=topic)


#: What may open a clause before the part it is about (其中，…; 分片区看，…; 从园区看，…).
_CLAUSE_LEAD = re.compile(
    r"^\s*(?:其中|此外|另外|分[^，,。]{1,4}看|从[^，,。]{1,6}看)?[，,：:]?\s*"
)


def _about_clause_topic(
    fact: Fact, text: str, sentence_start: int, meta: ReportMeta, areas: frozenset[str]
) -> Fact:
    """A figure in a ；-clause that opens with a part's name ("其中，铎峰片区以…为主导产业，营业
    收入642.8亿元；锦岑片区…") is that part's, unless it has a subject of its own."""
    if fact.subject or fact.kind in ("name", "list"):
        return fact
    head = text[sentence_start : fact.start]
    cut = max(head.rfind("；"), head.rfind(";"))
    # the nearest ，-clause of it that opens with a part by its side or role, or with an area
    # its sentence names ("东片区开工项目5个，南片区开工项目4个，埴岭片区…": the second figure
    # is 南片区's, the third none of theirs)
    for start in reversed([i + 1 for i in range(cut + 1, len(head)) if head[i] in "，,"]):
        clause = _CLAUSE_LEAD.sub("", head[start:], count=1)
        area = _TOPIC_AREA.match(clause)
        if (
            _TOPIC_ZONE.match(clause)
            or any(clause.startswith(a) for a in areas)
            # (a phrase ending in 园区 that names a scope, 增速居全市开发园区, is no part)
            or (area and not vocab.SCOPE.search(area.group("name")))
        ):
            topic = _topic_area(text, clause, meta)
            return replace(fact, subject=topic) if topic else fact
    clause = _CLAUSE_LEAD.sub("", head[cut + 1 :], count=1)
    topic = _topic_area(text, clause, meta) if clause else ""
    return replace(fact, subject=topic) if topic else fact


def _about_member(fact: Fact, text: str, sentence_start: int, meta: ReportMeta) -> Fact:
    """In a park's own report, a figure after another park its sentence names (我们跟隔壁的
    望袍经开区比一比：人家去年规上工业总产值八百零六亿元) is that park's, unless the report's own
    park is named after it. (The whole sentence to its 。: its ；-clauses, 人家十亿元以上项目
    签了二十一个, go on about the park.)"""
    if fact.subject or fact.kind in ("name", "list"):
        return fact
    opened = max(text.rfind(end, 0, sentence_start + 1) for end in "。！？\n") + 1
    head = text[opened : fact.start]
    said = [(head.rfind(own_name(m)), m) for m in meta.members]
    at, member = max(said)
    if at < 0 or any(head.rfind(p) > at for p in meta.parks):
        return fact
    return replace(fact, subject=member)


def _table_topic(fact: Fact, topic: str) -> Fact:
    """A cell of a table under a part's heading is that part's: a row labelled by an indicator
    (规上工业总产值 | 亿元 | 271.4) keeps the label as what the cell measures."""
    if fact.kind in ("name", "list") or not fact.subject:
        return _about_topic(fact, topic)
    if any(m.surface == fact.subject for m in ontology().mentions(fact.subject)):
        return replace(fact, indicator=fact.subject + fact.indicator, subject=topic)
    return fact


def _unfinished_year(fact: Fact, meta: ReportMeta) -> Fact:
    """A figure for the whole of the report's own year in a report written before that year
    ended (a half-year report's "全年实现规上工业总产值300亿元") is a target or a forecast,
    whatever verb states it."""
    if (
        fact.status == "actual"
        and fact.measure != "completion"  # (完成全年目标的53.6%: achieved so far)
        and fact.period == (1, 12)
        and fact.period_explicit
        and meta.period is not None
        and meta.period[1] < 12
        and fact.year == meta.year
        and fact.kind not in ("date", "name", "list")
    ):
        return replace(fact, status="plan")
    return fact


def _governing_periods(text: str) -> list[tuple[int, int, vocab.Period]]:
    """Periods in ``text`` that are in force, not comparison references (较1—2月, 比上半年)
    nor a target's (完成全年目标的53.6%: 全年 is the target's)."""
    # (the target itself, "完成全年目标400亿元的46.6%": 400亿元 is the full year's)
    tail = len(text.rstrip(" 为是"))
    targets = [m.span() for m in vocab.ACHIEVED_AGAINST_PLAN.finditer(text) if m.end() < tail]
    return [
        p
        for p in vocab.periods_in(text)
        if (text[max(0, p[0] - 1) : p[0]] not in "较比与同于" or p[0] == 0)
        and not any(a <= p[0] < b for a, b in targets)
    ]


def _topic_period(sentence: str) -> vocab.Period | None:
    """The period a sentence opens with ("一季度，全区…", "1—9月，…"): it stays in force for the
    rest of the paragraph. A period mentioned later in a sentence does not."""
    found = _governing_periods(sentence)
    if found and found[0][0] <= 6:
        return found[0][2]
    return None


def _one_month(sentence: str) -> bool:
    """Does the sentence open with one month's own figures ("3月当月，…", "11月单月")? They
    are that sentence's (up to its 。): the paragraph's running total, 1—3月, holds after it."""
    found = _governing_periods(sentence)
    return bool(found) and bool(re.search(r"当月|单月", sentence[found[0][0] : found[0][1] + 2]))


#: Words after a figure that make it a target's amount: up to a few words naming what it is
#: a target of (no 占, 为, 达, 完成 of an achievement: "25.3亿元占年度目标的52.1%"), the target
#: word, then 的 and the share achieved (…400亿元招商引资目标任务的95.7%); or 的 and the
#: target word ending its clause (超过420家的年度目标).
_TARGET_WORD = r"(?:目标任务|目标|计划|任务)"
_TARGET_AFTER = re.compile(
    r"(?:(?![占为是达完])[\u4e00-\u9fff]){0,8}?" + _TARGET_WORD + r"的?[\d.]+%"
    # ("净增51家，超过420家的年度目标", "超额完成55个的年度目标": the target the figure met)
    r"|的(?:年度|全年|年初|既定|预期)?" + _TARGET_WORD + r"(?=[，,；;。）)]|$)"
)


#: A clause ending on the target a figure before it met or passed (…55个的年度目标，).
_TARGET_MET = re.compile(r"的(?:年度|全年|年初|既定|预期)?" + _TARGET_WORD + r"[，,]")


def _status(before: str, in_plan: bool = False) -> str:
    """``plan`` when a plan word governs the value, or the value stands in a section or list of
    targets (and does not measure progress against a target)."""
    window = re.split(r"[。；;]", before)[-1]
    # A plan word inside quotes names a programme (“岚溪英才计划”), it does not govern a value.
    window = re.sub(r"“[^”]*”|‘[^’]*’|《[^》]*》", "", window)
    # ("超额完成55个的年度目标，10亿元以上项目14个": a clause that ends on the target a figure
    # met governs nothing after it; "力争…突破520亿元的目标，新签约项目20个" still does)
    met = list(_TARGET_MET.finditer(window))
    if met and not any(m in window[: met[-1].start()] for m in vocab.PLAN_MODALS):
        window = window[met[-1].end() :]
    if re.search(r"(?:目标|计划|任务)[为是]?\s*[（(]?\s*$", window):
        # "完成全年目标400亿元的46.6%", "完成年度目标（1250亿元）的101.5%": the figure right
        # after 目标 is the target
        return "plan"
    if vocab.ACHIEVED_AGAINST_PLAN.search(window):
        return "actual"
    return "plan" if in_plan or any(m in window for m in vocab.PLAN_MODALS) else "actual"


def _sentence_facts(
    source: str,
    text: str,
    s: int,
    e: int,
    section: str,
    meta: ReportMeta,
    context_year: int | None,
    context_period: vocab.Period | None,
    plan_section: bool = False,
    spoken_year: int | None = None,
) -> list[Fact]:
    """Facts of one sentence; ``spoken_year``: the year the sentences before it in its
    paragraph spoke of (去年), for an achieved figure that names none."""
    found = find_figures(text, s, e, (s, e))
    # "主要预期目标是：地区生产总值增长7%左右；…；新签约亿元以上项目40个以上": a list of targets
    # whose items are sentences of their own (split at ；).
    paragraph_lead = text[text.rfind("\n", 0, s) + 1 : s]
    lead = vocab.PLAN_LEAD.search(paragraph_lead)
    in_plan = plan_section or bool(lead and "。" not in paragraph_lead[lead.end() :])
    taken = [(f.start, f.end) for f in found]
    figures = [f for f in found if f.kind not in ("year", "period")]
    spans = [(f.start, f.end, f.kind, f.unit) for f in figures]
    for m in _DOTTED_DATE.finditer(text, s, e):
        if not any(x < m.end() and m.start() < y for x, y in taken):
            spans.append((m.start(), m.end(), "date", "date"))
    people = _people(text, s, e, taken + [(a, b) for a, b, *_ in spans])
    # (a name run over a person, "副市长郗明哲出席活动并宣布项目", is no project)
    spans += [
        n
        for n in _names(text, s, e, taken)
        if not any(a < n[1] and n[0] < b for a, b, *_ in people)
    ]
    spans += people
    spans += _lists(text, s, e)
    # Every value starts and ends on a token boundary: never 1.4亿美元 out of 31.4亿美元.
    spans = sorted(span for span in spans if not cuts_a_token(text, span[0], span[1]))
    out: list[Fact] = []
    previous_end = s
    respective = _respectively(text, s, e, spans)
    respective_periods = _respective_periods(text, s, e, spans)
    for start, end, kind, unit in spans:
        if kind == "qualifier":
            continue
        # "同比下降4.3%": the direction is part of the answer (4.3% alone reads as growth);
        # "较上年上升两位": so is a change of places' (两位 alone reads as either).
        directions = (
            vocab.DECREASE if kind == "percent" else vocab.RANK_MOVES if unit == "位" else ()
        )
        if text[max(s, start - 2) : start] in directions:
            start -= 2
        clause_start = max([s] + [i + 1 for i in range(s, start) if text[i] in _CLAUSE])
        context_start = max(clause_start, previous_end if previous_end <= start else s)
        before_in_sentence = text[s:start]
        local = text[context_start:start]
        years = list(vocab.YEAR.finditer(before_in_sentence))
        # "上年同期…，其中亿元以上项目8个": the last year marker before the value decides,
        # an explicit year or a "same period last year".
        shift = list(vocab.PREVIOUS_YEAR.finditer(before_in_sentence))
        last_year_end = years[-1].end() if years else -1
        # ("与上半年考评结果相比，…": the period set against governs none of the figures)
        periods = _governing_periods(_SET_AGAINST.sub(_blank, before_in_sentence, count=1))
        year_explicit = bool(years)
        year = int(years[-1].group("y")) if years else (context_year or meta.year)
        status = _status(before_in_sentence, in_plan)
        target_after = _TARGET_AFTER.match(text, end, e)
        if target_after:
            # "已完成全年400亿元招商引资目标任务的95.7%": the figure a target's words follow
            # within its clause, before the share of it achieved, is the target
            status = "plan"
        if spoken_year and not years and status != "plan":
            year = spoken_year
        if status == "plan" and not years:
            # "2026年是…开局之年。全区主要预期目标是：…突破1400亿元": a target's year is the
            # later year its paragraph has just named
            said = [int(m.group("y")) for m in vocab.YEAR.finditer(paragraph_lead[-160:])]
            if said and year is not None and said[-1] > year:
                year = said[-1]
        period = periods[-1][2] if periods else (context_period or meta.period)
        if target_after and not periods and vocab.WHOLE_YEAR_TARGET.search(target_after.group(0)):
            period = (1, 12)  # ("突破1000亿元的全年目标" in a paragraph on the fourth quarter)
        reference = _referenced_period(text[max(s, start - 14) : start])
        if reference is not None:  # "增速较上半年（6.3%）加快1.8个百分点": 6.3% is H1's
            period, periods = reference, [(0, 0, reference)]
        earlier = _moved_from_period(before_in_sentence) if kind == "rank" else None
        if earlier is not None:  # "与上半年考评结果相比，X由第三名跃升至第一名": 第三名 is H1's
            period, periods = earlier, [(0, 0, earlier)]
        if end in respective_periods:  # "一季度、上半年、前三季度…分别增长7.4%、8.3%和9.2%"
            period, periods = respective_periods[end], [(0, 0, respective_periods[end])]
        comparison_match = vocab.COMPARISON.search(text[clause_start:start])
        comparison = comparison_match.group(0) if comparison_match else ""
        spoken = list(vocab.SPOKEN_YEAR.finditer(before_in_sentence))
        now = _speaking_year(meta)
        if (
            now is not None
            and spoken
            and spoken[-1].start() > last_year_end
            and not (shift and shift[-1].end() > spoken[-1].start())
        ):  # "去年园区规上工业总产值986.2亿元" in an interview published in 2026: 2025's
            year = now + vocab.SPOKEN_YEARS[spoken[-1].group("word")]
        if (
            period is None
            and meta.published
            and year
            and year < meta.published
            and (spoken or spoken_year)
        ):
            # (a year gone by that a speech names, 去年全区地区生产总值…, is its whole year)
            period = (1, 12)
        if kind != "percent" and shift and shift[-1].start() > last_year_end and year:
            year, comparison = year - 1, "上年同期"
        if kind != "percent" and vocab.PRIOR_LEVEL.search(before_in_sentence) and year:
            # "达到1268.4亿元，比上年的1161.5亿元净增…": the base is the year before's level
            year, comparison = year - 1, "上年同期"
        qualifier = " ".join(
            vocab.normalise_qualifier(m.group(0)) for m in vocab.QUALIFIER.finditer(local)
        )
        indicator = local.strip(" ，,、")
        subject = respective.get(end, "")
        # (the words since the figure before, a name read as a fact of its own included)
        figure_end = max([f.end for f in out if f.kind not in ("name", "list")], default=s)
        since = text[max(clause_start, figure_end) : start].strip(" ，,、")
        pair = _PAIRED_NAME.fullmatch(since) if kind not in ("name", "list", "date") else None
        stated = next((f for f in reversed(out) if f.kind == kind and not f.subject), None)
        if pair and stated is not None and not subject:
            # "新增规上工业企业43家，其中稔州高新区十四家、烨湖经开区十二家": each name's
            # figure of the indicator just stated
            subject, indicator = pair.group("name"), stated.indicator
        elif indicator in ("和", "及", "与", "以及", ""):  # "分别为67.3%和62.8%": the shared lead
            indicator = re.sub(r"[\d.]+[%个亿万元家项]*[、和及与]?$", "", text[clause_start:start])
        if kind in ("name", "list"):  # "…岚东片区增长较快": what is said of a name follows it
            clause_end = next((i for i in range(end, e) if text[i] in _CLAUSE + "。"), e)
            indicator = (indicator + " " + text[end:clause_end]).strip()
        out.append(
            Fact(
                source=source,
                start=start,
                end=end,
                value=text[start:end],
                kind=kind,
                unit=unit,
                indicator=indicator,
                subject=subject,
                period=period,
                period_explicit=bool(periods),
                year=year,
                year_explicit=year_explicit,
                status=status,
                comparison=comparison,
                qualifier=qualifier,
                sentence_start=s,
                sentence_end=e,
                context_start=context_start,
                section=section,
                table=False,
                part=bool(vocab.PART_LEAD.match(text, clause_start, start))
                or bool(vocab.SET_BACK_REFERENCE.match(text, s, start))
                or bool(vocab.TRADE_PARTNER.search(local))
                or bool(vocab.BREAKDOWN_LEAD.match(text, s, start))
                # (其余 in the value's own clause: "…其余11个项目总投资59.5亿元")
                or bool(vocab.REMAINDER.search(text, clause_start, start)),
            )
        )
        previous_end = end
    return _growths_owned(text, out)


#: A place's name alone before its figure in a run of them ("其中稔州高新区十四家、烨湖经开区
#: 十二家"): a park's or a part's (every suffix either ends).
_PAIRED_NAME = re.compile(
    r"(?:其中)?(?P<name>[\u4e00-\u9fff]{2,12}?(?:"
    + "|".join(
        sorted(
            {t.suffix for t in PARK_TYPES} | set(vocab.NAME_SUFFIXES["area"]), key=len, reverse=True
        )
    )
    + "))"
)


#: What stands between a level and its rate of change in one clause ("148.7亿元，同比增长5.9%"):
#: the rate is that level's.
_OWNED_RATE = re.compile(
    r"^[，,]?\s*(?=\S)(?:" + vocab.PRICE_BASIS + r"[，,]?)?"
    r"(?:同比|比上年|较上年|比上年同期|较上年同期)?(?:增长|下降|增速为?|增幅为?)?$"
)


def _growths_owned(text: str, facts: list[Fact]) -> list[Fact]:
    """A growth right after a level in one clause belongs to that level's indicator: in
    "全年完成固定资产投资148.7亿元，同比增长5.9%" the 5.9% measures 完成固定资产投资, not
    "同比增长" of anything."""
    out: list[Fact] = []
    for fact in facts:
        level = out[-1] if out else None
        if (
            level is not None
            and fact.kind == "percent"
            and level.kind in ("amount", "count", "number")
            and level.indicator
            and _OWNED_RATE.match(text[level.end : fact.start])
        ):
            fact = replace(fact, indicator=level.indicator + fact.indicator)
        out.append(fact)
    return out


#: The end of a name of its own: a company, project or area suffix, or a park's type (砚川临港经济
#: 开发区与瀚舟海工装备有限公司 are two names).
_ENDS_WITH_SUFFIX = re.compile(
    "(?:"
    + "|".join(
        sorted(
            {x for v in vocab.NAME_SUFFIXES.values() for x in v} | {t.suffix for t in PARK_TYPES},
            key=len,
        )
    )
    + ")$"
)


_SURNAME = "(?:" + "|".join(vocab.SURNAMES_COMPOUND) + "|[" + vocab.SURNAMES + "])"
#: What may follow a person's name: punctuation, 同志, or the verb of what the person did.
_AFTER_PERSON = (
    r"(?=[，,。；;、：:）)\s”]|同志|担任|兼任|任|主持|表示|介绍|出席|牵头|负责|分管|讲话|致辞|宣布|"
    r"带队|率队|率团|一行|作为|代表|发言|见证|指出|强调|陪同|调研|考察|会见|等|"
    # (an adverb of what they did: "管委会主任谢景川先后带队外出招商")
    r"先后|分别|共同|一同|亲自|$)"
)
_PERSON_AFTER_TITLE = re.compile(
    rf"(?:{vocab.PERSON_TITLES})(?:为|是|由|：|:)?(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)"
    + _AFTER_PERSON
)
#: A name after a title whose surname the list does not hold (an uncommon one: 鲴思远 of
#: "管委会主任鲴思远主持会议"): three characters, no word's, before 同志, a speaker's verb or
#: the end of its clause (a signature line's "管委会主任 鲭海涛").
_PERSON_AFTER_TITLE_RARE = re.compile(
    rf"(?:{vocab.PERSON_TITLES})[ \u3000]?(?P<name>[^\W\d_a-zA-Z的了在和与及等为是就将对向把被从"
    rf"亲先分共一再多也都还又已正并均各全同这那其该本我你他她它们个区市县园]"
    rf"[\u4e00-\u9fff]{{2}})"
    r"(?=\s*\n|[。；;，,：:]|同志|主持|讲话|致辞|出席|表示|介绍|指出|强调|通报|宣布|就|一行|$)"
)
#: Characters before a title that make it part of another word (园区长效: no 区长).
_TITLE_INSIDE = set("园格布当")
#: Last characters of words a rare-surname reading would take for a name (调研时, 座谈会).
_NOT_A_NAME_END = "会室制时中后前上下里内外间期度等们"
_PERSON_BEFORE_TITLE = re.compile(
    rf"(?:由|请)(?P<name>{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)(?:同志)?(?:担任|兼任|任)"
    rf"(?:{vocab.PERSON_TITLES})"
)


def _reads_as_name(words: str) -> bool:
    """Three characters read as a name, not a word (讲党课, 接待日, 培训班): jieba cuts them, and
    not after a verb (讲/v 党课)."""
    cut = pos_words(words)
    return len(cut) > 1 and not cut[0][1].startswith("v")


def _people(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple]:
    """Persons' names in ``text[s:e]``, read only beside a title ("管委会主任罗晏川", "由邵景和
    担任链长", "负责人：周砚北"): a known surname and one or two characters, or (an uncommon
    surname) three characters before 同志, a speaker's verb or the line's end."""
    out: list[tuple] = []
    for pattern in (_PERSON_AFTER_TITLE, _PERSON_BEFORE_TITLE, _PERSON_AFTER_TITLE_RARE):
        for m in pattern.finditer(text, s, e):
            a, b = m.start("name"), m.end("name")
            # (园区长效 holds a short title, 区长, inside a word; 产业园管委会主任 does not)
            short_title = len(text[m.start() : a].strip()) <= 2
            if pattern is _PERSON_AFTER_TITLE_RARE and (
                text[b - 1] in _NOT_A_NAME_END
                or (short_title and text[m.start() - 1 : m.start()] in _TITLE_INSIDE)
                or (text[b : b + 1] in "。；;，,：:" and not _reads_as_name(text[a:b]))
            ):
                continue
            if not any(x < b and a < y for x, y in taken) and (a, b) not in [o[:2] for o in out]:
                out.append((a, b, "name", "person"))
    return out


#: A company's name endings, longest first.
_COMPANY_ENDS = sorted(vocab.NAME_SUFFIXES["company"], key=len, reverse=True)


def _names(text: str, s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple]:
    """Company, project and area names in ``text[s:e]``: a run ending in a name suffix, started
    after the last boundary word before it (``总投资18亿元的晟光光电显示模组项目`` → the
    project)."""
    out: list[tuple] = []
    for m in _NAME.finditer(text, s, e):
        start = m.start()
        boundary = vocab.NAME_BOUNDARY.match(text, start, m.start("suffix"))
        if boundary:
            joined = boundary.end() - 1
            start = boundary.end()
            # "氢燃料电池电堆及系统项目" is one name: a 及/和/与 whose left side names nothing
            # of its own (no name suffix) joins two words of one name, not two names.
            if text[joined] in "及和与" and not _ENDS_WITH_SUFFIX.search(text, s, joined):
                earlier = vocab.NAME_BOUNDARY.match(text, m.start(), joined)
                start = earlier.end() if earlier else m.start()
        end, kind = m.end(), _NAME_KIND[m.group("suffix")]
        # "棠芯半导体（集团）有限公司": a suffix inside a bracket the name opened ends no name;
        # the name goes on past the bracket to the suffix after it.
        if not _nested(text[start:end]) and text[end : end + 1] in ("）", ")"):
            after = next(
                (x for x in _COMPANY_ENDS if text.startswith(x, end + 1) and end + 1 + len(x) <= e),
                None,
            )
            if after:
                end, kind = end + 1 + len(after), "company"
        # "…产业园项目", "…集团有限公司": the longer name wins.
        for longer, longer_kind in (("项目", "project"), ("有限公司", "company")):
            if text.startswith(longer, end) and end + len(longer) <= e and kind != longer_kind:
                end, kind = end + len(longer), longer_kind
        if kind == "area" and m.group("suffix").endswith("园") and text.startswith("区", end):
            end += 1  # ("烨湖高新技术产业园区": 园区, not the 产业园 inside it)
        body = text[start : m.start("suffix")]
        if len(body) < 2 or vocab.NOT_A_NAME.match(body) or vocab.NOT_A_NAME_END.search(body):
            continue
        if any(x < end and start < y for x, y in taken if not (x >= start and y <= end)):
            continue  # overlaps a figure only partly
        out.append((start, end, "name", kind))
    return out


def _respectively(text: str, s: int, e: int, spans: list[tuple]) -> dict[int, str]:
    """ "石桥产业园、双溪产业园…完成率分别为67.3%和62.8%": the i-th value after 分别 belongs to the
    i-th item of the list before it. Returns {value end offset: its item}."""
    out: dict[int, str] = {}
    for m in re.finditer("分别", text[s:e]):
        at = s + m.start()
        run = _value_run(text, at, spans)
        if len(run) < 2:
            continue
        names = [(a, b) for a, b, kind, _ in spans if kind == "name" and b <= at]
        # ("舴溪经开区、龆山工业园区固定资产投资分别下降3.0%和8.0%": parks its clause writes,
        # when no name was read of them)
        clause = text[max([s] + [i + 1 for i in range(s, at) if text[i] in "，,；;。"]) : at]
        parks = parks_written(clause)
        last = clause.rfind(parks[-1]) + len(parks[-1]) if parks else 0
        # (not "A、B等5个园区产值、税收分别…": a group, or measures it distributes over)
        if (
            parks
            and not re.search(r"[、等]", clause[last:])
            and (len(parks) == len(run) and len(names) < len(run))
        ):
            out.update({y: park for (_, y), park in zip(run, parks, strict=True)})
            continue
        if len(names) < 2:
            continue
        # The names before 分别: the last ones, joined by 、 和 及 与.
        chain = [names[-1]]
        for a, b in reversed(names[:-1]):
            if re.fullmatch(r"[、和及与]|以及", text[b : chain[0][0]]):
                chain.insert(0, (a, b))
            else:
                break
        items = [text[a:b] for a, b in chain]
        # (not "A、B等5个园区产值、税收分别…": a group, or measures it distributes over)
        if len(run) == len(items) and not re.search(r"[、等]", text[chain[-1][1] : at]):
            out.update({y: item for (_, y), item in zip(run, items, strict=True)})
    return out


def _value_run(text: str, at: int, spans: list[tuple]) -> list[tuple[int, int]]:
    """The values right after ``at`` joined by 、 和 及 (the values a 分别 distributes)."""
    values = [(a, b) for a, b, kind, _ in spans if b > at and kind not in ("name", "list")]
    if not values:
        return []
    run = [values[0]]
    for x, y in values[1:]:
        if re.fullmatch(r"[、和及与，,\s]*", text[run[-1][1] : x]):
            run.append((x, y))
        else:
            break
    return run


def _respective_periods(text: str, s: int, e: int, spans: list[tuple]) -> dict[int, Period]:
    """Periods listed before 分别, one per value after it: {value end offset: period}."""
    out: dict[int, Period] = {}
    for m in re.finditer("分别", text[s:e]):
        at = s + m.start()
        found = _governing_periods(text[s:at])
        chain = found[-1:]
        for p in reversed(found[:-1]):
            if re.fullmatch(r"[、和及与]|以及", text[s + p[1] : s + chain[0][0]]):
                chain.insert(0, p)
            else:
                break
        run = _value_run(text, at, spans)
        if len(chain) >= 2 and len(run) == len(chain):
            out.update({y: p[2] for (_, y), p in zip(run, chain, strict=True)})
    return out


def _lists(text: str, s: int, e: int) -> list[tuple]:
    """、-separated lists in ``text[s:e]``, from after the last boundary word before the first
    item to the end of the last item (cut before 等 or a count: 正信轴承等3家 → 正信轴承)."""
    out = []
    for m in vocab.LIST.finditer(text, s, e):
        start, end = m.start(), m.end()
        first_sep = text.find("、", start, end)
        last_sep = max(text.rfind(sep, first_sep, end) for sep in ("、", "和", "及", "与"))
        tail = vocab.LIST_TAIL.search(text, last_sep + 1, end)
        if tail and tail.start() > last_sep + 2:
            end = tail.start()
        # "以保税加工、保税物流和跨境电商为主要业态", "高新区以新能源汽车及零部件、新材料为主导
        # 产业": what 以 introduces (及 inside an item), not the subject before it
        by = text.rfind("以", start, first_sep - 2) if text.startswith("为", end) else -1
        boundary = vocab.NAME_BOUNDARY.match(text, start, first_sep)
        intro = [m.end() for m in vocab.LIST_INTRO.finditer(text, start, first_sep)]
        if by >= 0:
            start = by + 1
        elif (
            boundary
            and intro
            and text[boundary.end() - 1] in "和及与"
            and intro[-1] < boundary.end() - 1
        ):  # (the first item's own 及: 围绕汽车及零部件、电子信息)
            start = intro[-1]
        elif (
            boundary
            and text[boundary.end() - 1] == "及"
            and boundary.end() < first_sep
            and not _IN_A_WORD.match(text, boundary.end() - 2)
        ):
            # (a 及 before the first 、 is the first item's own: "…的汽车及零部件、高端装备";
            # a 和/与 there is as often a preposition: "分别与云陵大学、省工业技术研究院签订")
            earlier = vocab.NAME_BOUNDARY.match(text, start, boundary.end() - 1)
            start = earlier.end() if earlier else start
        elif boundary and boundary.end() < first_sep:
            start = boundary.end()
        start = _past_leading_verb(text, start, first_sep, end)
        end = _before_trailing_verb(text, start, first_sep, end)
        items = vocab.list_items(text[start:end])
        figures = re.search(
            r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百]+)\s*(?:个|家|项|亿|万|%|人|名)",
            text[start:end],
        )
        if (
            len(items) >= 2
            and all(len(i) >= 2 for i in items)
            and end - start <= 120
            and not figures
            # ("科技创新（20分）、开放合作（15分", "焦明远）、磐霁经开区管委会（主任": cut inside
            # brackets, no list)
            and _nested(text[start:end])
        ):
            out.append((start, end, "list", "list"))
    return out


def _past_leading_verb(text: str, start: int, first_sep: int, end: int) -> int:
    """Where a list's first item starts: past the last verb or preposition before it that no
    boundary word caught ("高新区组建信息技术、智能装备", "解决征地、用电", "…办从经济发展、
    项目建设"), when the second item opens with no verb (a list of actions, "强化要素保障、
    优化营商环境", keeps its verbs)."""
    second = text[first_sep + 1 : end].split("、")[0]
    opening = pos_words(second)[:1]
    if not opening or opening[0][1] in ("v", "vn") or name_kind(text[start:first_sep]):
        return start  # (…有限公司, …项目: a name is cut nowhere)
    at, cut = start, start
    for word, flag in pos_words(text[start:first_sep]):
        at += len(word)
        if flag in ("p", "v") and first_sep - at >= 2:
            cut = at
    return cut


def _before_trailing_verb(text: str, start: int, first_sep: int, end: int) -> int:
    """Where a list of names ends: at the end of its last item's name when a verb runs on
    after it ("对…的楮阳高新区、槲溪经济开发区、楹山化工园区加强调度", "…岚州化工园区创建省级
    特色园区"): the first item names a kind (a park, a company, a project) and the last item's
    words past the first name of that kind open with a verb."""
    kind = _list_kind(text[start:first_sep])
    last = max(text.rfind(sep, first_sep, end) for sep in ("、", "和", "及", "与")) + 1
    if kind is None:
        return end
    for cut in range(last + 2, end):
        if _list_kind(text[last:cut]) == kind:
            rest = pos_words(text[cut:end])[:1]
            if rest and rest[0][1] in ("v", "vn", "d", "p", "i", "l"):
                return cut
    return end


def _list_kind(name: str) -> str | None:
    """The kind of a list item's name: name_kind's, or a park's by its type."""
    return name_kind(name) or next(("area" for t in PARK_TYPES if name.endswith(t.suffix)), None)


#: A 及 that is part of a word (涉及, 以及, 普及, 惠及), no conjunction.
_IN_A_WORD = re.compile(r"[涉以普危顾波惠遍论提触]")


def _nested(words: str) -> bool:
    """Does every bracket of ``words`` close after it opens, and all of them close?"""
    depth = 0
    for ch in words:
        depth += ch in "（("
        depth -= ch in "）)"
        if depth < 0:
            return False
    return depth == 0


#: A value never starts or ends with these (a span shifted off its token would).
_EDGE_MARKS = ".,;:!?，。；：、！？"


def cuts_a_token(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` starts or ends inside a number or a Latin word
    (``1.4亿美元`` out of ``31.4亿美元``), or carries table/markup characters."""
    value = text[start:end]
    if not value.strip() or value != value.strip() or any(ch in value for ch in "|<>\n"):
        return True
    before, after = text[start - 1 : start], text[end : end + 1]
    alnum = re.compile(r"[0-9A-Za-z]")
    if before and alnum.match(value[0]) and (alnum.match(before) or before == "."):
        return True
    if value[0] in _EDGE_MARKS or value[-1] in _EDGE_MARKS:
        return True
    if after and alnum.match(value[-1]) and alnum.match(after):
        return True
    return bool(after == "." and value[-1].isdigit() and text[end + 1 : end + 2].isdigit())


# ------------------------------------------------------------------ tables


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Offsets of the cells of the row ``text[a:b]`` (split at `` | ``), stripped."""
    cells = []
    pos = a
    for part in text[a:b].split(" | "):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 3
    return cells


_CONTINUATION_ROW = re.compile(
    r"^(?:增速|增幅|同比增长|同比|增长|占比|比重|(?:年度|全年)?(?:目标|计划)?完成率|完成进度)$"
)
#: The unit a table's caption gives all its figures (单位：亿元).
_CAPTION_UNIT = re.compile(r"单位\s*[:：]\s*(?P<u>[^\s，,。;；）)]{1,6})")


#: A header row of units only ("亿元 | % | 万美元 | 家"): the units of the headers above it.
_UNITS_ROW_CELL = re.compile(
    r"^(?:[万亿]?元|%|％|[万亿]?美元|家|个|项|件|人|户|亩|万?吨|万?千瓦时|分|位|-|—|)$"
)


#: What a header cell holds when merged into its neighbour (the readers' empty cell, a dash).
_BLANK = ("", "-", "—")


def _above(rows: list[list[str]], i: int) -> str:
    """The nearest filled cell of column ``i``, from the last of ``rows`` up (a header merged
    down over the rows below it: 序号, 园区名称)."""
    return next((row[i] for row in reversed(rows) if i < len(row) and row[i] not in _BLANK), "")


def _column_headers(rows: list[list[str]]) -> list[str]:
    """Each column's header from a table's header rows: the last row's text; when that row
    holds only units (a workbook's third header row), the row above with each unit in brackets
    (规上工业总产值（亿元）); and a year or period over a group of columns (a merged 2024年 | - |
    - | 2025年 | -, 11月 | - | 1—11月 | -) written before each of its columns' headers, so the
    cells know their year and period."""
    last = rows[-1]
    if len(rows) > 1 and all(_UNITS_ROW_CELL.match(c) for c in last):
        names = rows[:-2]
        headers = []
        for i, unit in enumerate(last):
            header = _above(rows[:-1], i)
            bracket = unit not in _BLANK and not _HEADER_UNIT.search(header)
            headers.append(header + (f"（{unit}）" if bracket else ""))
    else:
        names = rows[:-1]
        headers = [_above(rows, i) or cell for i, cell in enumerate(last)]
    for written in names:
        row = _spread(written, last)
        # (a merged cell at the row's end naming what its columns measure, which a loader
        # wrote as the row's last cell: it goes on over the columns after it, 综合考评 over
        # 得分 | 排名; not a note, "数据期：2025年9月")
        # (only a row written on the grid, its merged cells blank: one written shorter for
        # its merges, 园区 | 规上工业总产值 | 固定资产投资 over seven columns, is not)
        end = row[-1] if row else ""
        on_grid = any(c in _BLANK for c in written)
        if (
            on_grid
            and (ontology().mentions(end) or vocab.ASSESSMENT.search(end))
            and not (vocab.YEAR.search(end) or vocab.periods_in(end))
        ):
            row = row + [""] * (len(headers) - len(row))
        group = ""
        for i, cell in enumerate(row[: len(headers)]):
            if cell not in _BLANK:
                # (a year, a period or both: a merged "11月" over 绝对值 | 同比增长 too; or
                # what a merged header measures: 规上工业总产值（亿元） over 当月 | 累计)
                years = list(vocab.YEAR.finditer(cell))
                year = years[0].group(0) if years else ""
                periods = "".join(cell[a:b] for a, b, _ in vocab.periods_in(cell))
                # (a name from a row written on the grid of the last; from a row a loader
                # wrote shorter, merged over columns, only when it names what they measure:
                # 总投资（亿元） over 合计 | 其中固定资产投资, not 投资情况（亿元）, a heading)
                # (or an assessment's: 综合考评 over 得分 | 排名)
                aligned = (
                    len(written) == len(last)
                    or bool(ontology().mentions(cell))
                    or bool(vocab.ASSESSMENT.search(cell))
                )
                group = year + periods if year or periods else cell if aligned else ""
            # (a 其中 column stays a part: "其中：一期" under 总投资 is written as it is)
            if group and group not in headers[i] and not headers[i].startswith("其中"):
                headers[i] = group + headers[i]
    return headers


def _spread(row: list[str], last: list[str]) -> list[str]:
    """A header row a loader wrote shorter than the last because its cells are merged over
    groups of columns (Word's 指标 | 单位 | 2024年 | 2025年 over 指标 | 单位 | 数值 | 增速 | 数值 |
    增速): each merged cell spread over its even share of the columns between the ones both
    rows label alike, so 2025年 heads its own 数值 and 增速. Rows on the grid, or not dividing
    evenly (a merged cell's width is then unknown), are kept as they are."""
    if len(row) >= len(last):
        return row
    same = 0
    while same < len(row) and row[same] == last[same]:
        same += 1
    tail = 0  # (columns headed alike at the end too: … | 开工/投产时间 over … | 开工/投产时间)
    while tail < len(row) - same and row[-1 - tail] == last[-1 - tail]:
        tail += 1
    merged, columns = len(row) - same - tail, len(last) - same - tail
    if merged < 1 or columns % merged:
        return row
    span = columns // merged
    out = row[:same]
    for cell in row[same : len(row) - tail]:
        out += [cell] + ["-"] * (span - 1)
    return out + row[len(row) - tail :]


#: A caption's parts that say nothing of what is measured: its number, unit, years, 表N.
_CAPTION_NOISE = re.compile(
    r"^\s*(?:表\s*\d+\s*)?(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?"
    r"|[（(](?:单位\s*[:：])?[^（()）]{0,8}[）)]\s*$"
)


def _caption_indicator(caption: str) -> str:
    """The indicator a table's caption names alone ("一、规上工业总产值（单位：亿元）" →
    规上工业总产值), or "" when it names none or more (a table of main indicators)."""
    name = _CAPTION_NOISE.sub("", caption).strip()
    if not name or len(name) > 16:
        return ""
    mentions = ontology().mentions(name)
    return name if len(mentions) == 1 and mentions[0].surface == name else ""


def _with_caption(indicator: str, caption_name: str) -> str:
    """A column's indicator, the caption's before it when its header names none (2024年数值)."""
    if not caption_name:
        return indicator
    return indicator if ontology().mentions(indicator) else caption_name + indicator


def _column_indicator(headers: list[str], i: int) -> str:
    """What a column measures: its header without the unit; a bare rate of change (同比增长,
    增速) after another column is that column's (规上工业总产值 | 同比增长 → 规上工业总产值同比
    增长): a growth carries the indicator it belongs to."""
    own = _HEADER_UNIT.sub("", headers[i]).strip()
    if i > 0 and _CONTINUATION_ROW.match(own):
        before = _HEADER_UNIT.sub("", headers[i - 1]).strip()
        # (not after a column of another measure naming no indicator: 完成全年目标（%） |
        # 同比增长（%） is the row's growth, not the completion's; 到位资金同比增长（%） |
        # 年度目标完成率（%） is 到位资金's)
        if (
            before
            and not _CONTINUATION_ROW.match(before)
            and (
                measure_in(before, "zh", None) in ("level", "increase")
                or bool(ontology().mentions(before))
            )
        ):
            return before + own
    return own


#: A column of a rate of change alone (增长, 同比, 增速): of the figure on its left (a 完成进度
#: beside 全年目标 is not the target's period's).
_GROWTH_HEADER = re.compile(r"(?:同比)?(?:增长|增速|增幅|同比)率?")


#: A line opening with its year ("2025年，…的主要目标是："), not one comparing with a year
#: ("与2024年同期相比，…").
_OPENING_YEAR = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年(?![^，,：:]{0,8}(?:相比|同期|以来))")


def _dating_header(headers: list[str], i: int) -> str:
    """The header that dates column ``i``: its own, or, for a bare rate of change beside a
    column headed by a period or a year alone (``1—6月 | 增长% | 一季度 | 增长%``), that
    column's: each growth is of the period on its left."""
    own = headers[i]
    if i == 0 or vocab.periods_in(own) or vocab.YEAR.search(own):
        return own
    bare = _HEADER_UNIT.sub("", own).replace("%", "").replace("％", "").strip()
    left = headers[i - 1]
    newest = max((int(m.group("y")) for h in headers for m in vocab.YEAR.finditer(h)), default=0)
    base = re.search(r"上年|去年|同期", left) or any(
        int(m.group("y")) < newest for m in vocab.YEAR.finditer(left)
    )
    # (not a base column's: 2025年1-6月 | 2024年1-6月 | 增长（%） is 2025's growth)
    if (
        _GROWTH_HEADER.fullmatch(bare)
        and not base
        and (vocab.periods_in(left) or vocab.YEAR.search(left))
    ):
        return left
    return own


#: A row label that is one month (1月 … 12月).
_MONTH_ROW = re.compile(r"(?P<m>1[0-2]|[1-9])\s*月(?:份)?")


def _month_period(month: re.Match[str], header: str) -> Period:
    """A month row's cell: the year to that month under 累计 (1—N月), the month itself under
    当月 or any other column."""
    n = int(month.group("m"))
    return (1, n) if "累计" in header else (n, n)


def _running(period: Period | None, header: str) -> Period | None:
    """A column of a month's table: under 累计 the year to that month (a May ledger's 累计 is
    1—5月's), under 本月/当月 the table's last month (a 1—9月 table's 本月 is September's),
    under any other the table's own period."""
    if period is not None and period[0] == period[1] and "累计" in header:
        return (1, period[1])
    if period is not None and re.search(r"本月|当月|单月", header) and "累计" not in header:
        return (period[1], period[1])
    return period


#: A row label ending in its unit: 实际使用外资（万美元）.
_LABEL_UNIT = re.compile(r"[（(](?P<u>[^（）()]{1,8})[）)]\s*$")


def _measured(label: str) -> bool:
    """A row label ending in its unit (一般公共预算收入（亿元）, 其中：出口（亿元）) names what
    the row measures, not a company or project (算力中心（一期） does)."""
    m = re.search(r"[（(](?P<u>[^（）()]{1,8})[）)]\s*$", label)
    return m is not None and _unit_kind(m.group("u")) is not None


def _unit_kind(unit: str) -> str | None:
    """The kind of a value from a unit cell: 亿元 → amount, % → percent, 家 → count."""
    if "%" in unit or "％" in unit:
        return "percent"
    if "元" in unit:
        return "amount"
    if re.fullmatch(r"[个家项件名户位人座条批次场台套]+", unit):
        return "count"
    return None


def _header_kind(header: str) -> tuple[str, str]:
    """(kind, unit) of a column from its header: ``协议总投资（亿元）`` → (amount, 亿元). A
    column under a merged header has its own unit written last (规上工业总产值（亿元） over
    同比增长（%）: a percent), and a column ranking a rate is a rank (增速排名)."""
    units = [m.group("u") for m in _HEADER_UNIT.finditer(header)]
    unit = units[-1] if units else ""
    if re.search(r"(?:排名|名次|位次)$", _HEADER_UNIT.sub("", header).strip()):
        return "rank", unit
    # (a % written after the header's words, "完成目标%", is its unit as a bracketed one is)
    if "%" in unit or "％" in unit or re.search(r"率|增长|增速|占比|比重|幅|[%％]\s*$", header):
        return "percent", unit or "%"
    if re.search(r"排名|名次|位次", header):
        return "rank", unit
    if re.search(r"日期|时间", header):
        return "date", unit
    if "分" in unit or re.search(r"得分|总分|分值", header):
        return "score", unit
    if re.search(r"[元]", unit) or re.search(r"投资|产值|收入|资金|税收|总额|金额", header):
        return "amount", unit
    if re.search(r"[个家项件名户位人座条]", unit) or re.search(r"数$|数量", header):
        return "count", unit
    return "number", unit


def _table_facts(
    source: str,
    text: str,
    a: int,
    b: int,
    caption: str,
    section: str,
    meta: ReportMeta,
    header: tuple[int, int] | None = None,
) -> list[Fact]:
    """Facts of a ``cell | cell`` table block (Markdown, HTML, DOCX, PDF tables); ``header``:
    the header row of the table it goes on (rows under a group row, "一、续建项目（14个）")."""
    rows: list[tuple[int, int]] = [header] if header else []
    pos = a
    for line in text[a:b].split("\n"):
        rows.append((pos, pos + len(line)))
        pos += len(line) + 1
    cells = [_cells(text, x, y) for x, y in rows]
    return _grid_facts(source, text, rows, cells, caption, section, meta)


def _last_header_row(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The last row of the table block ``text[a:b]`` before its first row of figures (all of
    them when it has none), as offsets; None when it opens with figures."""
    head = None
    pos = a
    for line in text[a:b].split("\n"):
        if _data_row(line):
            break
        head = (pos, pos + len(line))
        pos += len(line) + 1
    return head


def _data_row(row: str) -> bool:
    """A table row of figures (no header): most of its cells after the first are numbers."""
    first, *cells = [c.strip() for c in row.split(" | ")]
    # (a header of bare years, 指标 | 2024 | 2025, is no row of figures)
    numbers = [c for c in cells if _NUMERIC_CELL.match(c)]
    years = [c for c in numbers if re.fullmatch(r"(?:19|20)\d{2}", c)]
    if len(numbers) < 2 or len(years) >= len(numbers):
        return False
    # (a numbered row, 8 | 年产10万吨…项目 | 粟踔新宙… | 建设… | 156000 | …, is one of figures
    # however many of its cells are words: no header starts with a serial number)
    return len(numbers) * 3 >= len(cells) or re.fullmatch(r"\d{1,3}", first) is not None


def _space_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    cells, pos = [], a
    for part in text[a:b].split(" "):
        if part:
            cells.append((pos, pos + len(part)))
        pos += len(part) + 1
    return cells


def _space_row(block: str) -> bool:
    """A line of a space-aligned text table: three or more short cells, no sentence."""
    parts = block.split(" ")
    return (
        "\n" not in block
        and not any(ch in block for ch in "。；;，,")
        and len(parts) >= 3
        and all(0 < len(p) <= 24 for p in parts)
    )


def _grid_facts(
    source: str,
    text: str,
    rows: list[tuple[int, int]],
    cells: list[list[tuple[int, int]]],
    caption: str,
    section: str,
    meta: ReportMeta,
) -> list[Fact]:
    """Facts of a table given its rows and cells: every cell with its column header (and a
    unit from the header, a merged header above it, or the row's own 单位 column)."""

    def numeric_row(row: list[tuple[int, int]]) -> bool:
        return any(_NUMERIC_CELL.match(text[x:y]) for x, y in row[1:])

    header_rows = 0
    while header_rows < len(cells) and not numeric_row(cells[header_rows]):
        header_rows += 1
    header_rows = max(1, min(header_rows, 3))
    width = len(cells[header_rows - 1])
    headers = _column_headers([[text[x:y] for x, y in row] for row in cells[:header_rows]])
    # Units of merged headers above (``投资情况（亿元）`` over three columns) apply below them:
    # in a row on the grid of the last, to the columns of its merged cell only (a header two
    # rows high, ``比重(%)``, is its own column's); in a row a loader left shorter, to all.
    upper_rows = [[text[x:y] for x, y in row] for row in cells[: header_rows - 1]]

    def upper_unit(i: int) -> str | None:
        for row in upper_rows:
            if len(row) != width:
                found = [m.group("u") for c in row for m in _HEADER_UNIT.finditer(c)]
            else:
                j = i
                while j > 0 and row[j] in _BLANK:
                    j -= 1
                found = [m.group("u") for m in _HEADER_UNIT.finditer(row[j])]
            if found:
                return found[0]
        return None

    # A caption naming what the whole table measures ("一、规上工业总产值（单位：亿元）" over
    # 园区 | 2024年 数值 | 增速(%)): the indicator of columns that name none.
    caption_name = _caption_indicator(caption)
    table_year = _last_year(caption) or _last_year(section) or meta.year
    table_period = _last_period(caption) or _last_period(section) or meta.period
    body = [row for row in cells[header_rows:] if len(row) == width]
    # A 单位 column of units (亿元, 个); one of names (a ledger's 单位: 睿颀高新区) is the rows'
    unit_col = next(
        (
            i
            for i, h in enumerate(headers)
            if h == "单位"
            and sum(is_unit(text[row[i][0] : row[i][1]]) for row in body) * 2 >= len(body)
        ),
        None,
    )

    def holds_names(i: int) -> bool:
        """Most of the column's cells are words, not figures (规上工业企业（家） holds counts)."""
        words = sum(not _NUMERIC_CELL.match(text[row[i][0] : row[i][1]]) for row in body)
        return words * 2 >= len(body)

    def serial(i: int) -> bool:
        """A column of serial numbers (序号 | 1 | 2 | 3): it numbers the rows, it names none."""
        if re.search(r"序号|编号", headers[i]):
            return True
        numbers = [text[row[i][0] : row[i][1]].strip() for row in body]
        return len(numbers) >= 2 and numbers == [str(n) for n in range(1, len(numbers) + 1)]

    name_col = next(
        (
            i
            for i, h in enumerate(headers)
            if i != unit_col and re.search(r"名称|园区|片区|企业|单位", h) and holds_names(i)
        ),
        # (序号 | 开发区 | 规上工业总产值: the rows are named by the column after the numbers)
        1 if width > 1 and unit_col != 1 and serial(0) and holds_names(1) else 0,
    )
    # A unit the caption gives the whole table ("表2 …（单位：亿元）").
    caption_unit = _CAPTION_UNIT.search(caption)
    out: list[Fact] = []
    previous_subject = ""
    header_texts = [text[x:y] for x, y in cells[header_rows - 1]]
    for (row_start, row_end), row in zip(rows[header_rows:], cells[header_rows:], strict=True):
        if len(row) != width or [text[x:y] for x, y in row] == header_texts:
            continue  # a header repeated where the table goes on after a page break
        subject = text[row[name_col][0] : row[name_col][1]]
        # A row labelled by a month ("12月 | 33.4 | 294.7"): its cells are that month's (当月)
        # or the year's to it (累计), and the month is no subject.
        month = _MONTH_ROW.fullmatch(subject.strip())
        if month:
            subject = ""
        # A row "增速 | …" under "规上工业总产值 | …" is that indicator's growth.
        if _CONTINUATION_ROW.match(subject) and previous_subject:
            subject = previous_subject + subject
        else:
            previous_subject = subject
        for i, (x, y) in enumerate(row):
            value = text[x:y]
            if not value or value in ("—", "——", "-", "/"):
                continue
            header = headers[i]
            if i == unit_col or (month and i == name_col):
                continue
            kind, unit = _header_kind(header)
            # The row's 单位 (亿元) is the unit of its values, not of a rate column beside them
            # (同比增长 | 8.6%).
            if unit_col is not None and not _HEADER_UNIT.search(header) and kind != "percent":
                unit = text[row[unit_col][0] : row[unit_col][1]]
                kind = _unit_kind(unit) or kind
            above = upper_unit(i)
            if not _HEADER_UNIT.search(header) and above and kind in ("number", "amount"):
                unit = above
                kind = "amount" if "元" in unit else kind
            elif not unit and caption_unit and kind in ("number", "amount"):
                unit = caption_unit.group("u")
                kind = _unit_kind(unit) or kind
            labelled = _LABEL_UNIT.search(subject)
            if labelled and not unit and kind in ("number", "amount", "count"):
                # a row's label says its unit (实际使用外资（万美元） | 21560 | 24630 | 14.2):
                # its cells under columns of no unit are in it (增长（%） keeps its own)
                unit = labelled.group("u")
                kind = _unit_kind(unit) or kind
            if _SHARE_ROW.search(subject):
                # "合计 | … | 占全区规上工业总产值比重（%） | 57.8": the row says its unit and
                # measure, whatever the column's (产值（万元）)
                kind, unit = "percent", "%"
            if _NUMERIC_CELL.match(value):
                if i == 0 and re.search(r"序号|编号", header):
                    continue
                fact_kind = kind if kind != "date" else "number"
                dated = _YEAR_MONTH_CELL.match(value) or _DOTTED_DATE.fullmatch(value)
                if dated and kind == "date":
                    fact_kind = "date"
            elif (
                _DOTTED_DATE.fullmatch(value)
                or _ISO_DATE_CELL.fullmatch(value)
                or _YEAR_MONTH_CELL.match(value)
                or is_date(value)
            ):
                fact_kind = "date"
            elif vocab.PERSON_COLUMN.search(header) and i != name_col:
                fact_kind, unit = "name", "person"  # 负责人 | 周砚北
            elif (vocab.NAME_COLUMNS.search(header) or i == name_col) and not _measured(value):
                fact_kind = "name"
            else:
                continue
            # (完成全年目标（%）: 全年 is the target's period, not the figure's)
            dating = _dating_header(headers, i)
            periods = vocab.periods_in(vocab.ACHIEVED_AGAINST_PLAN.sub(" ", dating))
            years = list(vocab.YEAR.finditer(dating))
            year = int(years[-1].group("y")) if years else table_year
            comparison = ""
            # (a column headed 上年排名, 上年得分: the year before the table's)
            if (vocab.PREVIOUS_YEAR.search(header) or re.match(r"上年|去年", header)) and year:
                year, comparison = year - 1, "上年同期"
            if vocab.COMPARISON.search(header) and fact_kind == "percent":
                comparison = vocab.COMPARISON.search(header).group(0)  # type: ignore[union-attr]
            status = _status(header)  # 年度目标 → plan; 目标完成率, 1—10月完成投资 → actual
            indicator = _with_caption(_column_indicator(headers, i), caption_name)
            about = subject if i != name_col else ""
            placed = _place_column(indicator, about)
            if placed:
                about, indicator = placed
            out.append(
                Fact(
                    source=source,
                    start=x,
                    end=y,
                    value=value,
                    kind=fact_kind,
                    unit=unit,
                    indicator=indicator,
                    subject=about,
                    # (a column headed by a year alone, in a table of no period: that year's)
                    # (a month over 当月 | 累计: under 累计 the year to that month; a year's
                    # target column, 年度目标, the whole year's in a 1—9月 table)
                    period=_running(periods[-1][2], header)
                    if periods
                    else (1, 12)
                    if status == "plan" and vocab.WHOLE_YEAR_TARGET.search(header)
                    else _month_period(month, header)
                    if month
                    else _running(table_period, header) or ((1, 12) if years else None),
                    period_explicit=bool(periods) or bool(month),
                    year=year,
                    year_explicit=bool(years),
                    status=status,
                    comparison=comparison,
                    qualifier=" ".join(
                        vocab.normalise_qualifier(m.group(0))
                        for m in vocab.QUALIFIER.finditer(header)
                    ),
                    sentence_start=row_start,
                    sentence_end=row_end,
                    context_start=row_start,
                    section=caption or section,
                    table=True,
                    part=header.startswith("其中"),
                )
            )
    return out


def _place_column(indicator: str, row_label: str) -> tuple[str, str] | None:
    """(subject, indicator) of a cell whose column is a place and whose row an indicator
    (表2 分片区主要指标: 指标 | 袂胜片区 | 增速 | 胧裾片区 | 增速; 规上工业总产值 | 784.2 | 11.6 …):
    the figure is the place's, of the row's indicator and what the column measures (袂胜片区增速
    → 规上工业总产值增速); None for any other cell."""
    m = _PAIRED_NAME.match(indicator)
    if m is None or not row_label:
        return None
    onto = ontology()
    if onto.mentions(m.group("name")) or not onto.mentions(row_label):
        return None
    return m.group("name"), row_label + indicator[m.end() :]
