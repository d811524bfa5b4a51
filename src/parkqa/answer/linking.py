"""Linking: every figure of a report → the indicator it measures, how, and against what.

Why at index time: a question is answered only by a figure whose indicator and measure are the
ones it asks for (``engine``), so each figure must know them before any question comes. The
words before a figure are read through the ontology (:mod:`parkqa.answer.ontology`) and the
measure registry (:mod:`parkqa.answer.measures`):

- the indicator is the nearest one its own clause names; without one, the clause chain's last
  indicator ("规上工业总产值612.4亿元，同比增长8.6%": the 8.6% is that output's growth); after
  分别 the i-th value takes the i-th indicator listed before it;
- a table cell is its column header's indicator, else its row header's;
- the measure is read from the words between the indicator and the value (or the headers);
- a share's base is the indicator named after 占;
- an indicator whose unit kind cannot hold the value under that measure (a count read in 亿元,
  a level read in %) is no link: such a figure stays ``unlinked`` rather than wrong.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from parkqa.answer import vocab
from parkqa.answer.fact import Fact
from parkqa.answer.measures import RATES, measure_in, strip_measures
from parkqa.answer.ontology import Indicator, Mention, Ontology, ontology
from parkqa.figures import DURATIONS
from parkqa.parks import without_parks

#: Fact kinds that carry no indicator (they are what a name or list question asks).
_UNLINKED_KINDS = frozenset(["date", "name", "list"])
_AREA = ("亩", "平方公里", "平方米", "平米", "公顷", "万平方米")
_ENERGY = ("千瓦时", "度", "吨标准煤", "吨标煤", "千瓦", "兆瓦", "瓦")


def fits(indicator: Indicator, measure: str, kind: str, unit: str) -> bool:
    """Can a figure of ``kind`` in ``unit`` be ``measure`` of ``indicator``?"""
    if measure in RATES:
        return kind == "percent" and (measure == "pp_change") == (unit == "个百分点")
    if measure == "rank":
        return kind == "rank"
    expected = indicator.unit_kind
    # (万元/亩 is an amount per mu of land, no area; 千瓦时/万元 no energy)
    per = "/" in unit or unit.startswith("每")
    if unit.endswith(DURATIONS):  # "进度连续7个月超序时": a time span measures no indicator
        return False
    if expected == "amount":
        return kind in ("amount", "number") and (per or not unit.endswith(_AREA + _ENERGY))
    if expected == "area":
        return kind in ("amount", "number") and unit.endswith(_AREA) and not per
    if expected == "energy":
        return kind in ("amount", "number") and unit.endswith(_ENERGY) and not per
    if expected == "count":
        return kind in ("count", "number")
    if expected == "percent":
        return kind == "percent" and unit != "个百分点"
    if expected == "score":
        return kind in ("score", "number") or unit == "分"
    return kind == "rank"


def normal_measure(indicator: Indicator, measure: str) -> str:
    """A rank indicator's level is a rank; a score indicator's growth is not asked."""
    if indicator.unit_kind == "rank" and measure == "level":
        return "rank"
    return measure


def resolve(mention: Mention, words: str, onto: Ontology) -> str:
    """One id for a mention: of a shared surface (亿元以上项目, a project's 总投资), the
    indicator whose cue words the sentence holds (签约 → 亿元以上签约项目; 在建 → 亿元以上在建
    项目), else whose name shares most characters with the words around it."""
    if len(mention.ids) == 1:
        return mention.ids[0]

    def score(ident: str) -> tuple[int, int, int]:
        indicator = onto.get(ident)
        cues = sum(cue in words for cue in indicator.cues)
        chars = sum(ch in words for ch in set(indicator.name))
        return cues, chars, -mention.ids.index(ident)

    return max(mention.ids, key=score)


def link_facts(text: str, facts: list[Fact]) -> list[Fact]:
    """``facts`` with ``indicator_id``, ``measure`` and ``base_id`` filled in."""
    onto = ontology()
    cache: dict[int, list[Mention]] = {}
    out = []
    for i, fact in enumerate(facts):
        if fact.kind in _UNLINKED_KINDS:
            out.append(fact)
            continue
        if fact.table:
            linked = _link_cell(fact, onto)
            left = out[-1] if out and out[-1].sentence_start == fact.sentence_start else None
            if not linked.indicator_id and left is not None and left.indicator_id:
                linked = _beside_column(linked, left, onto)
        else:
            if fact.sentence_start not in cache:
                s, e = fact.sentence_start, fact.sentence_end
                cache[fact.sentence_start] = [
                    replace(m, start=m.start + s, end=m.end + s) for m in onto.mentions(text[s:e])
                ]
            linked = _link_prose(text, fact, facts, i, cache[fact.sentence_start], onto)
            if not linked.indicator_id:
                linked = _series_clause(text, linked, out, onto)
            if not linked.indicator_id:
                linked = _paragraph_topic(text, linked, onto)
            # (linked by its clause or the series before it: a count in words of another
            # noun is no figure of that indicator; a paragraph's topic names no noun counted)
            elif _counts_another_thing(text, linked, cache[fact.sentence_start]):
                linked = replace(linked, indicator_id="", measure="", base_id="")
            if out and _FROM_TO.fullmatch(text[out[-1].end : fact.start]):
                linked, out[-1] = _moved(text, out[-1], linked)
        if linked.kind == "rank" and not linked.indicator_id:
            linked = _assessment_rank(text, linked, onto)
        elif linked.kind == "rank":
            # (a rank read under a score's words, 综合考评 … 排名: the score's ranking)
            ident, measure = onto.canonical(linked.indicator_id, "rank")
            if ident != linked.indicator_id:
                linked = replace(linked, indicator_id=ident, measure=measure, base_id="")
        out.append(linked)
    return out


#: A rank of something other than the whole assessment: a growth's, a total's, one part's.
_OTHER_RANK = re.compile(r"增速|增幅|增长|总量|规模|维度|单项|分项")


def _assessment_rank(text: str, fact: Fact, onto: Ontology) -> Fact:
    """A rank naming no indicator where an assessment is spoken of ("2025年排名" in 表5 …综合
    考评结果, "以85.2分列第二" under 三、综合考评结果): the assessment's overall rank, unless
    its own words rank a growth, a total or one part."""
    said = fact.indicator + " " + text[fact.sentence_start : fact.start]
    if _OTHER_RANK.search(said) or not vocab.ASSESSMENT.search(fact.section + " " + said):
        return fact
    ranking = onto.by_name("综合排名")
    return _with(fact, onto, ranking.id, "rank", said) if ranking else fact


_FIGURES = re.compile(r"[\d.,%％]+(?:亿元|万元|元|亿|万)?")


def _series_clause(text: str, fact: Fact, out: list[Fact], onto: Ontology) -> Fact:
    """A ；-clause that says only its period and verb ("一季度，全区完成规上工业总产值331.5亿元，
    增长6.4%；上半年完成702.6亿元，增长8.1%；…") goes on with the clause before: its figures are
    of the indicators that clause's figures of the same kind are."""
    before = text[: fact.sentence_start].rstrip()
    if not before.endswith(("；", ";")):
        return fact
    # (it opens with its period, and names nothing else before the figure: "上半年完成…",
    # not "增速比上半年的6.5%…" nor "…成果九项，其中两项")
    lead = re.sub(r"^\s*(?:其中|同期|此外)?[，,]?", "", text[fact.sentence_start : fact.start])
    opens = vocab.periods_in(lead[:8])
    if not opens or opens[0][0] != 0 or names_own_subject(_FIGURES.sub("", lead)):
        return fact
    own = [
        f for f in out if f.sentence_start == fact.sentence_start and f.indicator_id and not f.table
    ]
    if own:  # "上半年完成702.6亿元，增长8.1%": the growth of the level its clause went on with
        return _with(
            fact, onto, own[-1].indicator_id, fact.measure, text[fact.context_start : fact.start]
        )
    previous = [
        f
        for f in out
        if f.sentence_end <= fact.sentence_start
        and not text[f.sentence_end : fact.sentence_start].strip()
        and f.indicator_id
        and f.kind == fact.kind
        and not f.table
    ]
    if not previous:
        return fact
    # (the clause's first figure of the kind: its level; a rate its growth)
    same = [f for f in previous if f.measure == fact.measure] or previous
    words = text[fact.context_start : fact.start]
    return _with(fact, onto, same[0].indicator_id, fact.measure, words)


#: "由上年的55.8%提高到65.1%": the second figure is where the first moved to.
_FROM_TO = re.compile(r"\s*(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|回落|缩小)(?:到|至)\s*")


def _moved(text: str, first: Fact, fact: Fact) -> tuple[Fact, Fact]:
    """ "由A提高到B": B is A's indicator and measure (the same kind of figure), moved; A, when
    the words before it say so ("由上年的"), is the year before's."""
    lead = text[max(first.sentence_start, first.start - 8) : first.start]
    if not ("由" in lead or "从" in lead) or first.kind != fact.kind:
        return fact, first
    fact = replace(
        fact, indicator_id=first.indicator_id, measure=first.measure, base_id=first.base_id
    )
    if re.search(r"上年|去年", lead) and first.year is not None and first.year == fact.year:
        first = replace(first, year=first.year - 1)
    return fact, first


def _with(fact: Fact, onto: Ontology, ident: str, measure: str, words: str) -> Fact:
    indicator = onto.get(ident)
    if fact.kind == "rank":
        measure = "rank"
    measure = normal_measure(indicator, measure)
    if not fits(indicator, measure, fact.kind, fact.unit):
        return replace(fact, measure=measure)
    base = ""
    if measure == "share":
        after = words[words.find("占") + 1 :] if "占" in words else ""
        found = onto.mentions(after)
        base = resolve(found[0], after, onto) if found else ""
    return replace(fact, indicator_id=ident, measure=measure, base_id=base)


#: A column header that says only how the column before it is measured: its growth, its
#: base-year figure, its share, its target and how much of it was done (规上工业总产值（亿元） |
#: 同比增速（%） | 上年同期（亿元） | 年度目标（亿元） | 完成年度目标（%）).
_OF_COLUMN_BEFORE = re.compile(
    r"(?:同比)?(?:增速|增长|增幅|增减|比上年|同比|上年同期|去年同期|上年|占比|比重|"
    r"(?:完成|占)?(?:" + vocab.WHOLE_YEAR_TARGET.pattern + r"|目标|计划)"
    r"(?:完成率|完成)?)"
    r"(?:（[^）]*）|\([^)]*\))?$"
)
#: A column of a planned or running total (总投资, 计划总投资): a 年度计划 beside it is the year's
#: part of that total, no target of it.
_PLANNED_TOTAL = re.compile(r"总投资|计划总")


def _beside_column(fact: Fact, left: Fact, onto: Ontology) -> Fact:
    """A cell whose column header names no indicator but only a measure or the base year
    belongs to the indicator of the cell before it in its row (as "…612.4亿元，同比增长8.6%"
    does in prose); a base-year column reaching back past a growth column to its level."""
    header = re.sub(r"\s+", "", fact.indicator)
    # (its own header whole, or after the group header merged over it: 投资情况 | 占年度计划)
    own = _OF_COLUMN_BEFORE.search(header)
    if (
        own
        and vocab.WHOLE_YEAR_TARGET.search(own.group(0))
        and _PLANNED_TOTAL.search(left.indicator)
    ):
        return fact  # (总投资 | 年度计划: the year's share of a project's total, not its target)
    if not own or (
        own.start() and not re.fullmatch(r"[\u4e00-\u9fff]{2,6}情况", header[: own.start()])
    ):
        return fact
    return _with(fact, onto, left.indicator_id, fact.measure or "level", header)


#: Row headers that stand for the whole (the report's park), not for one of its parts.
_WHOLE_ROWS = re.compile(r"^(?:合计|总计|全区|全市|全园|全园区|全县|总体|整体)$")


def _link_cell(fact: Fact, onto: Ontology) -> Fact:
    """A table cell: its column's indicator, else its row's; the measure from both headers.
    A row header that names the indicator (规上工业总产值 | 1—6月 | …) or the whole (合计) is
    no subject of the figure."""
    rate = fact.kind == "percent"
    if _WHOLE_ROWS.match(fact.subject):
        fact = replace(fact, subject="")
    if fact.kind == "score" and not any(
        onto.get(i).unit_kind == "score" for m in onto.mentions(fact.indicator) for i in m.ids
    ):
        # A score column with its points in the header (项目招引（40分）, 项目投资（25分）: no
        # investment however it is worded) is a part of the assessment; 总分 is named in the
        # ontology.
        part = "分项指标得分" if re.fullmatch(r"\d+(?:\.\d+)?分", fact.unit) else ""
        sub_score = onto.by_name(part) if part else None
        if sub_score is not None:
            return replace(fact, indicator_id=sub_score.id, measure="level")
    # (a row named by a park names no indicator: 蜃州高新技术产业开发区 is no 高新技术产业)
    subject = without_parks(fact.subject)
    for own, other in ((fact.indicator, fact.subject), (subject, fact.indicator)):
        found = onto.mentions(own)
        if not found:
            continue
        mention = found[-1]
        words = own[: mention.start] + " " + own[mention.end :] + " " + other
        measure = measure_in(words, "zh", rate)
        linked = _with(fact, onto, resolve(mention, own, onto), measure, words)
        return replace(linked, subject="") if own is subject else linked
    measure = measure_in(fact.indicator + " " + fact.subject, "zh", rate)
    caption = _CAPTION.match(fact.section)
    what = caption.group("what") if caption else ""
    found = onto.mentions(what) if what else []
    if found:
        # "表5 高新技术企业数（单位：家）" over columns of years and rows of parks: the
        # caption names what every cell measures (its last indicator, as a header's:
        # 新签约亿元以上项目 is 亿元以上项目 told apart by 签约)
        # (a caption naming two, "规上工业总产值及规上工业增加值增速": the one the column's own
        # words are part of, 总产值同比增长 → 规上工业总产值)
        core = re.findall(r"[\u4e00-\u9fff]", strip_measures(fact.indicator))
        pairs = {a + b for a, b in itertools.pairwise(core)}
        said = [m for m in found if any(pair in m.surface for pair in pairs)]
        mention = (said or found)[-1]
        return _with(fact, onto, resolve(mention, what, onto), measure, fact.indicator)
    return replace(fact, measure=measure)


#: A table's caption ("表5 高新技术企业数（单位：家）"): what its cells measure, when neither
#: header says it.
_CAPTION = re.compile(r"^\s*表\s*[\d一二三四五六七八九十]+[\s　:：.、]*(?P<what>.+)$")
#: A paragraph opening with its topic ("规模以上工业总产值方面，…"): its figures whose sentences
#: name no indicator are of that one.
_TOPIC = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.]\s*)?(?:在)?(?P<what>[^，,。；;：:]{2,20}?)方面[，,：:]"
)


#: A numbered heading run into its paragraph ("一、总体运行情况（一）地区生产总值。经市统计局
#: 统一核算，…"): the topic of what follows it, up to the next.
_RUN_IN_HEADING = re.compile(
    r"[（(][一二三四五六七八九十]+[)）](?P<what>[^，,。；;：:（）()\d]{2,16})[。：:]"
)


def _paragraph_topic(text: str, fact: Fact, onto: Ontology) -> Fact:
    """A figure naming nothing of its own ("从完成情况看，麓麸高新区完成目标的102.4%") in a
    paragraph that opens with one indicator as its topic ("规模以上工业总产值方面，…"), or
    after a run-in heading naming one ("（一）地区生产总值。…其中第三季度实现143.9亿元"), is of
    that indicator."""
    start = text.rfind("\n", 0, fact.start) + 1
    topic = _TOPIC.match(text, start, fact.start)
    if topic is None:
        topic = next(reversed(list(_RUN_IN_HEADING.finditer(text, start, fact.start))), None)
    if topic is None:
        return fact
    found = onto.mentions(topic.group("what"))
    words = text[fact.context_start : fact.start]
    if fact.subject:
        words = words.replace(fact.subject, "")
    if len(found) != 1 or names_own_subject(words):
        return fact
    return _with(fact, onto, resolve(found[0], topic.group("what"), onto), fact.measure, words)


#: Words of a value's context that name nothing (verbs, comparisons, hedges, scope).
_NAMES_NOTHING = re.compile(
    r"同比|比上年|较上年|上年同期|去年同期|比去年|较去年|较|比|为|达到|达|完成|实现|累计|共计|"
    # a word for the indicator just named ("增长8.1%，这个增速在全市…排第二")
    r"(?:这一|这个|这项|该项?|此项?)(?:指标|数字|数据|增速|增幅|速度|比重|比例)|里头|里面|"
    r"共|合计|总数|其中|的|了|和|及|与|分别|提高|回落|收窄|扩大|加快|放缓|保持在|保持|有望|力争|预计|"
    r"确保|争取|以上|左右|约|近|超过|超|全区|全园|园区|全年|当月|年度|今年|上年|去年|同期|"
    r"预算|目标|计划|任务|总量|总额|规模|水平|实际|新|继续|进一步|再|仍|已|将|在|于|是|有|"
    r"一季度|二季度|三季度|四季度|单季|单月|当季|上半年|下半年|前三季度|年初|年末|年底|月末|月底|末|底|"
    # (spoken: "规上工业总产值，我们突破了五百亿，具体是512.7亿元")
    r"具体|大概|大约|差不多|将近|接近|正好|刚好|总共|一共|我们|咱们|突破|"
    r"[\d.%—\-～~至月年]|" + vocab.PRICE_BASIS
)
#: Words that make a figure a running total or a stock ("累计达到", "总数达", "有效期内").
_TOTAL = re.compile(r"累计|总数|总量|达到|共有|拥有|有效期内|存量")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _is_base(text: str, mention: Mention) -> bool:
    """Is the mention the base of a share (after 占 in its clause)?"""
    clause = re.split(r"[，,；;。：:]", text[max(0, mention.start - 20) : mention.start])[-1]
    return "占" in clause


#: The base a change in points is set against ("增速高于全市1.6个百分点": the park's own change;
#: "增速高于全市7.6%的平均水平" is the city's rate).
_POINTS_BASE = re.compile(vocab.COMPARE_VERBS + vocab.COMPARED_BASES + r"(?:平均水平|平均)?")


def names_own_subject(words: str, points: bool = False) -> bool:
    """Do a value's context words name a subject of their own ("亏损企业31家", "其中产值增长的
    企业117家")? Then the clause chain's indicator is not the value's. ``points``: the value is
    in percentage points, whose comparison base names no subject."""
    if points:
        words = _POINTS_BASE.sub("", words)
    rest = _NAMES_NOTHING.sub("", strip_measures(words))
    return len(_CJK.findall(rest)) >= 2


def _link_prose(
    text: str, fact: Fact, facts: list[Fact], index: int, mentions: list[Mention], onto: Ontology
) -> Fact:
    rate = fact.kind == "percent"
    before = [m for m in mentions if m.end <= fact.start]
    words = text[fact.context_start : fact.start]
    # "…产值286.9亿元，占全区规上工业总产值的88.1%": what follows 占 is the base, not the
    # indicator.
    share_at = words.rfind("占")
    cut = fact.context_start + share_at if share_at >= 0 else fact.start
    own = [m for m in before if m.start >= fact.context_start and m.end <= cut]
    mention: Mention | None = None
    if own:
        mention = own[-1]
        # The words of the value's own context around its indicator ("新增高新技术企业18家":
        # 新增 says it is an increase).
        words = text[fact.context_start : mention.start] + " " + text[mention.end : fact.start]
    else:
        subject_words = text[fact.context_start : cut]
        if fact.kind == "rank":  # "增速居全市开发园区第一位": the scope is no subject
            subject_words = vocab.RANK_SCOPE.sub("", subject_words)
        # (a share's base is no indicator of the clauses after it: "…占规上工业总产值比重
        # 达到57.7%，较上年提高3.2个百分点" is the share's change)
        chain = [m for m in before if m.end <= fact.context_start and not _is_base(text, m)]
        after = _counted_after(text, fact, mentions)
        if after is not None:  # "9个项目集中签约": the count's indicator follows it
            mention = after
            words = words + " " + text[fact.end : after.end]
        elif fact.subject or not names_own_subject(subject_words, fact.unit == "个百分点"):
            # (a figure whose subject the run names, "其中稔州高新区十四家", is of the
            # indicator before it, and measured as it is: 新增…43家，其中…十四家)
            mention = _respective(text, fact, facts, index, chain) or (chain[-1] if chain else None)
            if fact.subject and mention is not None and fact.indicator not in words:
                surface = text[mention.start : mention.end]
                words = fact.indicator.replace(surface, " ") + " " + words
    if len(_CJK.findall(strip_measures(words))) < 2 and not _CJK.search(words.replace("的", "")):
        # "完成全年目标300亿元的52.1%": a context of 的 alone reads its clause
        clause = max(
            [fact.sentence_start]
            + [i + 1 for i in range(fact.sentence_start, fact.start) if text[i] in "，,；;"]
        )
        words = text[clause : fact.start]
    # "下降4.2%": the direction is written inside the value
    words = words + " " + re.sub(r"[\d.%％,，]+", "", fact.value)
    lead = _run_lead(text, fact, facts, index)
    if lead:  # "分别增长7.4%、8.3%和9.2%", "新认定…4家、…19家": the run's words are each value's
        words = lead + " " + words
    measure = "pp_change" if fact.unit == "个百分点" else measure_in(words, "zh", rate)
    if rate and measure == "level" and fact.comparison:
        measure = "growth"
    if mention is None:
        return replace(fact, measure=measure)
    # A shared surface is told apart by the words near it ("力争全年签约亿元以上项目"), else
    # by its sentence's.
    near = text[max(fact.sentence_start, mention.start - 12) : mention.end + 4]
    if not any(cue in near for i in mention.ids for cue in onto.get(i).cues):
        near = text[fact.sentence_start : fact.sentence_end]
    ident = _qualified_part(text, fact, mention, before, onto) or resolve(mention, near, onto)
    ident = _qualified_child(ident, text[fact.sentence_start : mention.start], onto)
    stock = onto.get(ident).flow_of
    if stock and mention.start < fact.context_start and _TOTAL.search(words):
        # "新认定高新技术企业46家，累计达到318家": the total is the stock's level
        ident = stock
    return _with(fact, onto, ident, measure, words)


def _qualified_child(ident: str, before: str, onto: Ontology) -> str:
    """The one indicator named as a population of ``ident`` ("规上工业" + 利润总额) whose
    population its sentence says before it ("规上工业企业实现利润总额146.7亿元"), else
    ``ident``."""
    said = vocab.normalise_qualifier(re.sub(r"企业|实现|完成|的", "", before))
    parent = onto.get(ident).name
    found = [
        child.id
        for child in onto.children(ident)
        if child.name.endswith(parent)
        and child.flow_of is None  # (新认定… is a flow of the stock, read as its increase)
        and len(prefix := vocab.normalise_qualifier(child.name[: -len(parent)])) >= 2
        and said.endswith(prefix)
    ]
    return found[0] if len(found) == 1 else ident


def _qualified_part(
    text: str, fact: Fact, mention: Mention, before: list[Mention], onto: Ontology
) -> str | None:
    """A 其中 part that names only a qualified kind of what its sentence counted before it
    ("新开工项目12个，其中亿元以上项目9个") is of that indicator, its qualifier kept apart:
    亿元以上项目 there are new starts, not the signed ones the same words name elsewhere. None
    when the part is no such thing or the indicator before already holds it (签约项目 …，其中
    亿元以上项目: 亿元以上签约项目)."""
    if not fact.part or mention.start < fact.context_start:
        return None
    surface = text[mention.start : mention.end]
    qualifier = vocab.QUALIFIER.match(surface)
    if qualifier is None:
        return None
    item = surface[qualifier.end() :].lstrip("的")
    opens = fact.sentence_start
    if vocab.PART_LEAD.match(text, fact.sentence_start):
        # ("这67个项目里，亿元以上项目43个", "…新签约项目138个；其中亿元以上项目61个": the set
        # was counted in the sentence before)
        opens = max(text.rfind(end, 0, max(0, fact.sentence_start - 1)) for end in "。；;\n") + 1
        before = [
            replace(m, start=m.start + opens, end=m.end + opens)
            for m in onto.mentions(text[opens : fact.sentence_start])
        ] + before
    # (the last set of such items, amounts said after it or not: "签约项目67个，协议总投资
    # 528.4亿元…。这67个项目里，亿元以上项目43个"; none when that set is itself qualified,
    # "新签约亿元以上项目8个，…其中10亿元以上项目1个")
    whole = [
        m
        for m in before
        if opens <= m.start and m.end <= fact.context_start and text[m.start : m.end].endswith(item)
    ]
    if not item or not whole or vocab.QUALIFIER.match(text[whole[-1].start : whole[-1].end]):
        return None
    parent = resolve(whole[-1], text[opens : fact.context_start], onto)
    lineage, ident = set(), resolve(mention, text[fact.sentence_start : fact.end], onto)
    while ident and ident not in lineage:
        lineage.add(ident)
        ident = onto.get(ident).parent or ""
    return None if parent in lineage else parent


#: A count in words and the thing it counts right after it ("呈现出三个明显变化", "四大主导
#: 产业"): said of its own noun, not of the indicator its sentence named before.
_WORDED_COUNT = re.compile(r"^[一二两三四五六七八九十]+[个大类项方条]$")
_COUNTED_NOUN = re.compile(r"(?:重大|重点|新|亿元以上)?(?:项目|企业|公司|家|园区|片区|基地|平台)")


def _counts_another_thing(text: str, fact: Fact, mentions: list[Mention]) -> bool:
    """Does a count written in words count the noun after it, not the indicator before it?"""
    after = text[fact.end : fact.end + 6]
    return (
        fact.kind == "count"
        and _WORDED_COUNT.match(fact.value) is not None
        and _CJK.match(after) is not None
        and not _COUNTED_NOUN.match(after)
        and _counted_after(text, fact, mentions) is None
    )


def _counted_after(text: str, fact: Fact, mentions: list[Mention]) -> Mention | None:
    """A count's indicator after it in its clause ("9个项目集中签约", "引进…项目12个" is read
    before): the first one the clause names after the classifier, before the next figure."""
    if fact.kind != "count":
        return None
    end = fact.end
    while end < fact.sentence_end and text[end] not in "，,；;。、：:" and not text[end].isdigit():
        end += 1
    return next((m for m in mentions if fact.end <= m.start and m.end <= end), None)


def _run_lead(text: str, fact: Fact, facts: list[Fact], index: int) -> str:
    """The words that lead a run of values joined by 、/和 (the run's first value's context):
    "分别增长7.4%、8.3%和9.2%" gives 8.3% its 增长, "新认定…4家、…19家" gives 19家 its 新认定."""
    i = index
    while i > 0:
        previous = facts[i - 1]
        between = text[previous.end : facts[i].start]
        if previous.sentence_start != fact.sentence_start or not re.match(r"^[、和及与]", between):
            break
        i -= 1
    if i == index:
        return ""
    first = facts[i]
    return text[first.context_start : first.start]


def _respective(
    text: str, fact: Fact, facts: list[Fact], index: int, before: list[Mention]
) -> Mention | None:
    """After 分别 the i-th value takes the i-th of the indicators listed before it
    ("实际使用外资…、进出口总额…，分别增长10.5%、下降3.2%")."""
    lead = text[fact.sentence_start : fact.start]
    at = lead.rfind("分别")
    if at < 0:
        return None
    at += fact.sentence_start
    run = [
        f
        for f in facts
        if f.sentence_start == fact.sentence_start and f.start > at and f.kind == fact.kind
    ]
    run = [f for f in run if not re.search(r"[。；;]", text[at : f.start])]
    listed: list[Mention] = []
    for m in (m for m in before if m.end <= at):
        if not listed or m.ids != listed[-1].ids:
            listed.append(m)
    if fact not in run or len(listed) < len(run) or len(run) < 2:
        return None
    return listed[len(listed) - len(run) + run.index(fact)]
