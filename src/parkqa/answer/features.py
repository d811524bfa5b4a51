"""Features of a (question, fact) pair, and the hard constraints that rule a fact out.

Why explicit features: the ranker's weights are learned (``ranker.py``), but what it may look at
is decided here and documented in ``docs/reader.md``, so a user can be told why an answer won.
Every feature is a property of the pair in general (does the fact's clause hold the question's
words, does its period match the asked one), never of a particular question.

Constraints are hard: a fact whose year, period or kind contradicts the question is out, so a
question about a period the reports do not cover is refused instead of answered with a
neighbouring figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parkqa import figures
from parkqa.answer import vocab
from parkqa.answer.fact import Fact
from parkqa.answer.ontology import ontology
from parkqa.parks import mentions, park_family
from parkqa.question import Question

#: Fact kinds acceptable for each answer type of the question analysis.
TYPE_KINDS: dict[str, tuple[str, ...]] = {
    "count": ("count", "number"),
    "count_noun": ("count", "number", "percent", "amount"),
    "amount": ("amount", "number"),
    "quantity": ("count", "amount", "number"),
    "percent": ("percent",),
    "rank": ("rank",),
    "date": ("date",),
    "year": ("date",),
    "number": ("count", "amount", "percent", "number", "score"),
    "name": ("name",),
    "list": ("list",),
    "score": ("score", "number"),
}

#: Feature names, in the order of the vector (the ranker's weights follow this order).
FEATURES = (
    "cov_local",
    "cov_clause",
    "cov_sentence",
    "chars_local",
    "chars_sentence",
    "dense",
    "retrieval_rank",
    "kind_exact",
    "unit_agrees",
    "unit_disagrees",
    "period_explicit",
    "period_inherited",
    "period_other",
    "year_explicit",
    "year_other",
    "plan_agrees",
    "qualifier_agrees",
    "qualifier_missing",
    "qualifier_unasked",
    "comparison_agrees",
    "comparison_unasked",
    "focus_ends",
    "head_adjacent",
    "part",
    "table",
    "subject_named",
    "distance",
    "name_kind_agrees",
    "other_subject",
    "frame_match",
    "frame_conflict",
)

GENERIC_WORDS = frozenset(
    [
        "园区",
        "园",
        "高新",
        "高新园",
        "开发区",
        "全区",
        "全年",
        "今年",
        "年",
        "同比",
        "完成",
        "实现",
        "达到",
        "情况",
        "共",
        "总共",
        "一共",
        "目前",
        "截至",
        "多少",
        "哪些",
        "有",
        "个",
        "家",
        "全市",
        "报告",
        "其中",
        "它",
        "它们",
        "其",
    ]
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class QuestionView:
    """What the features need from an analysed question, computed once per question."""

    question: Question
    kinds: tuple[str, ...]
    periods: tuple[vocab.Period, ...]
    years: tuple[int, ...]
    qualifiers: tuple[str, ...]
    plan: bool
    change: bool
    #: Characters of the question's content (CJK), for overlap that survives paraphrase.
    chars: frozenset[str] = field(default_factory=frozenset)
    bigrams: frozenset[str] = field(default_factory=frozenset)
    #: Names of sub-parks, companies, table rows the question mentions (filled by the engine).
    subjects: tuple[str, ...] = ()
    #: The names of a follow-up's entity: its own and those its report declares (帼呈临空区
    #: 即帼呈临空经济区; filled by the engine).
    entity_names: tuple[str, ...] = ()


def content_weight(group: tuple[str, ...], q: Question) -> float:
    """How much a word group of the question counts: generic words 0, the counted noun 2,
    single characters 0.3, other words 1."""
    if all(t in GENERIC_WORDS for t in group):
        return 0.0
    if q.head and any(q.head in t for t in group):
        return 2.0
    return 1.0 if max(len(t) for t in group) >= 2 else 0.3


def abbreviated_in(term: str, text: str) -> bool:
    """``term`` is in ``text`` as is, or as an abbreviation: its characters in order within a
    short window (固投 in 固定资产投资, 规上 in 规模以上, 社零 in 社会消费品零售总额)."""
    if term in text:
        return True
    if len(term) < 2 or not _CJK.match(term[0]):
        return False
    start = text.find(term[0])
    while start >= 0:
        pos, ok = start, True
        for ch in term[1:]:
            pos = text.find(ch, pos + 1, start + 5 * len(term))
            if pos < 0:
                ok = False
                break
        if ok:
            return True
        start = text.find(term[0], start + 1)
    return False


def coverage(text: str, q: Question) -> float:
    """Weighted share of the question's word groups present in ``text`` (abbreviations count:
    a paraphrase by abbreviation is still the same word)."""
    total = sum(content_weight(g, q) for g in q.groups)
    if total == 0:
        return 0.0
    return (
        sum(content_weight(g, q) for g in q.groups if any(abbreviated_in(t, text) for t in g))
        / total
    )


def char_overlap(text: str, view: QuestionView) -> float:
    if not view.chars:
        return 0.0
    chars = set(text)
    unigram = len(view.chars & chars) / len(view.chars)
    if not view.bigrams:
        return unigram
    bigrams = {text[i : i + 2] for i in range(len(text) - 1)}
    return 0.5 * unigram + 0.5 * len(view.bigrams & bigrams) / len(view.bigrams)


def content_chars(q: Question) -> tuple[frozenset[str], frozenset[str]]:
    """CJK characters and bigrams of the question's content words (all translations)."""
    words = [t for g in q.groups for t in g if t not in GENERIC_WORDS]
    chars = frozenset(ch for w in words for ch in w if _CJK.match(ch))
    bigrams = frozenset(w[i : i + 2] for w in words for i in range(len(w) - 1) if len(w) >= 2)
    return chars, bigrams


def has_evidence(view: QuestionView, fact: Fact, text: str) -> bool:
    """Does the fact's sentence (with its section and row) hold any of the question's content?

    A fact is only a candidate when some content word of the question occurs around it, or all
    of that word's characters do (an abbreviation: 固投 ~ 固定资产投资, 规上 ~ 规模以上); a question
    whose words occur nowhere near a figure is refused rather than answered with a figure of
    its kind.
    """
    q = view.question
    groups = [g for g in q.groups if content_weight(g, q) > 0]
    if not groups:
        return True  # nothing to check against
    sentence = (
        text[fact.sentence_start : fact.sentence_end] + fact.section + fact.indicator + fact.subject
    )
    chars = set(sentence)
    return any(t in sentence or (len(t) >= 2 and set(t) <= chars) for g in groups for t in g)


def excluded(
    view: QuestionView, fact: Fact, report_year: int | None, text: str | None = None
) -> bool:
    """True when the fact contradicts a constraint of the question (kind, year, period, a date
    it names: the fact's sentence must hold that day)."""
    if fact.kind not in view.kinds:
        return True
    asked_dimension = view.question.unit_dimension
    if asked_dimension and fact.kind != "name":
        # "用地多少亩" is never answered in 亿元 (a unit of another dimension)
        dimension = figures.dimension(fact.unit)
        if dimension and dimension != asked_dimension:
            return True
    if view.question.counts_things and figures.dimension(fact.unit) == "money":
        return True
    entity = view.question.entity
    if entity and text is not None:
        # A follow-up about the previous answer's thing: the fact is about it (its row, its
        # sentence), and is not that name itself.
        if fact.value == entity:
            return True
        names = view.entity_names or (entity,)
        if not any(
            name in fact.subject or name in text[fact.sentence_start : fact.sentence_end]
            for name in names
        ):
            return True
    if view.question.dates and text is not None:
        sentence = text[fact.sentence_start : fact.sentence_end]
        days = vocab.month_days(sentence)
        if not days & set(view.question.dates):
            return True
    if view.years:
        year = fact.year if fact.year is not None else report_year
        if year is not None and year not in view.years:
            return True
    elif (
        # "明年的目标是多少？": the year after the report's ("去年" alone may be the report's own
        # year, said a year on: only a follow-up's is read, against the turn before)
        view.question.year_offset == 1
        and report_year is not None
        and (fact.year if fact.year is not None else report_year) != report_year + 1
    ):
        return True
    # A period stated in the fact's own sentence (or table header) is hard; one inherited from
    # the paragraph or the report is only evidence (a feature).
    if view.periods and fact.period is not None and fact.period not in view.periods:
        return True
    # Target or achievement: a question asking what was done never gets a target, and one
    # asking for a target never gets an achievement.
    if view.plan != (fact.status == "plan"):
        return True
    return bool(
        fact.value and fact.kind != "name" and fact.value in view.question.text
    )  # a figure of the question itself (10亿元以上) is never its answer


def vector(
    view: QuestionView,
    fact: Fact,
    text: str,
    dense: float,
    rank: int | None,
    report_period: vocab.Period | None,
    parks: tuple[str, ...] = (),
    report_year: int | None = None,
) -> list[float]:
    """The feature vector of one candidate, in :data:`FEATURES` order."""
    q = view.question
    local = text[fact.context_start : fact.start] + " " + fact.indicator + " " + fact.subject
    clause_start = max(
        [fact.sentence_start]
        + [i + 1 for i in range(fact.sentence_start, fact.start) if text[i] in "，,；;：:"]
    )
    if text[fact.context_start : fact.context_start + 1] == "、":
        # "研发经费投入完成5.18亿元、技术合同成交额完成6亿元": a figure's 、 ends its clause.
        clause_start = max(clause_start, fact.context_start + 1)
    clause_end = next(
        (i for i in range(fact.end, fact.sentence_end) if text[i] in "，,；;：:。"),
        fact.sentence_end,
    )
    clause = text[clause_start:clause_end] + " " + fact.indicator + " " + fact.subject
    sentence = text[fact.sentence_start : fact.sentence_end] + " " + fact.section
    cov_local = coverage(local, q)
    features = {
        "cov_local": cov_local,
        "cov_clause": coverage(clause, q),
        "cov_sentence": coverage(sentence, q),
        "chars_local": char_overlap(local, view),
        "chars_sentence": char_overlap(sentence, view),
        "dense": dense,
        "retrieval_rank": 1.0 / (1 + rank) if rank is not None else 0.0,
        "kind_exact": float(fact.kind == view.kinds[0]),
    }
    unit_agrees = unit_disagrees = 0.0
    if q.type in ("count", "count_noun") and q.classifiers and fact.kind == "count":
        if fact.unit in q.classifiers or any(c in fact.unit for c in q.classifiers):
            unit_agrees = 1.0
        elif fact.unit:
            unit_disagrees = 1.0
    if q.type == "percent" and fact.kind == "percent":
        points_asked = q.points
        unit_agrees, unit_disagrees = (
            (1.0, 0.0) if (fact.unit == "个百分点") == points_asked else (0.0, 1.0)
        )
    if q.type in ("amount", "quantity") and q.dollars:
        unit_agrees, unit_disagrees = (1.0, 0.0) if "美元" in fact.unit + fact.value else (0.0, 1.0)
    features["unit_agrees"], features["unit_disagrees"] = unit_agrees, unit_disagrees
    asked_period = bool(view.periods) and fact.period in view.periods
    features["period_explicit"] = float(asked_period and fact.period_explicit)
    features["period_inherited"] = float(asked_period and not fact.period_explicit)
    features["period_other"] = float(
        not view.periods and fact.period is not None and fact.period != (report_period or (1, 12))
    )
    features["year_explicit"] = float(bool(view.years) and fact.year_explicit)
    # A figure of a year before the report's own ("上年同期增速" column, "2024年这一指标为")
    # is no answer to a question naming no year: it asks the report's year.
    prior = (fact.comparison == "上年同期" and fact.kind != "percent") or (
        fact.year is not None and report_year is not None and fact.year < report_year
    )
    features["year_other"] = float(
        # (a growth asked with 比上年同期 is this year's; 上年同期的增速 the year before's own)
        (not prior and (fact.kind != "percent" or q.base_figure))
        if q.base_year
        else not view.years and prior
    )
    features["plan_agrees"] = float(view.plan and fact.status == "plan")
    # (a qualifier the fact's own indicator says, 规模以上 of 规上工业总产值, holds of it
    # wherever its clause inherited the indicator from: "…；12月当月完成118.6亿元")
    own_names = ontology().names_text((fact.indicator_id,)) if fact.indicator_id else ""
    local_qualifiers = " ".join(
        [fact.qualifier, vocab.normalise_qualifier(local), vocab.normalise_qualifier(own_names)]
    )
    if view.qualifiers:
        hit = any(
            vocab.qualifier_in(qual, local_qualifiers) or population_said(fact, text, qual)
            for qual in view.qualifiers
        )
        features["qualifier_agrees"], features["qualifier_missing"] = float(hit), float(not hit)
        features["qualifier_unasked"] = 0.0
    else:
        features["qualifier_agrees"] = features["qualifier_missing"] = 0.0
        features["qualifier_unasked"] = float(bool(fact.qualifier))
    features["comparison_agrees"] = float(view.change and bool(fact.comparison))
    features["comparison_unasked"] = float(not view.change and bool(fact.comparison))
    own = text[fact.context_start : fact.start]
    features["focus_ends"] = (
        1.0
        if q.focus and any(own.rstrip("了为达").endswith(f) for f in q.focus)
        else 0.5
        if q.focus and any(f in own for f in q.focus)
        else 0.0
    )
    after = text[fact.end : fact.end + 4]
    features["head_adjacent"] = float(
        bool(q.head) and (own.endswith(q.head or "") or after.startswith(q.head or ""))
    )
    features["part"] = float(fact.part and not view.qualifiers)
    features["table"] = float(fact.table)
    # A fact with its own subject (a table row, a 分别 item) is about that subject only; one
    # without, about what its sentence (and section) names up to its own clause's end, not
    # the parts a "其中A十四家、B十二家" after it lists: the total is none of theirs.
    upto = text[fact.sentence_start : clause_end] + " " + fact.section
    about = fact.subject or (sentence if fact.table else upto)
    # (a total "（不含醍山工业园区）" names the park it leaves out: it is none of its figures)
    about = vocab.EXCLUDED.sub(" ", about)
    features["subject_named"] = float(any(s and s in about for s in view.subjects))
    features["distance"] = min(1.0, (fact.start - fact.context_start) / 30)
    features["name_kind_agrees"] = float(fact.kind == "name" and fact.unit in q.name_kinds)
    features["other_subject"] = float(_other_subject(view, fact, text, clause_start, parks))
    # The ontology's verdict: the fact is linked to the asked indicator and measure, or to
    # another indicator (a question that names none the ontology knows: neither).
    frame = q.asked
    linked = (
        ontology().canonical(fact.indicator_id, fact.measure, compared_change(fact))
        if fact.indicator_id
        else None
    )
    features["frame_match"] = float(bool(frame) and linked in frame)
    features["frame_conflict"] = float(bool(frame) and linked is not None and linked not in frame)
    return [features[name] for name in FEATURES]


_AREA = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:片区|园区|产业园|工业园|科技园|保税区|园|公司|集团)"
    r"|(?<![\u4e00-\u9fff])"
    + vocab.DIRECTION_ZONE  # "东区完成工业投资31.2亿元，西区…"
    + "|"
    + "|".join(vocab.ZONE_PARTS)  # "核心区完成规上工业总产值…"
)


def _other_subject(
    view: QuestionView, fact: Fact, text: str, clause_start: int, parks: tuple[str, ...] = ()
) -> bool:
    """The value is about a park, area or company the question does not name (a sub-park's
    figure for a question about the whole park; another row of a table). The report's own
    park is no other subject."""
    # The thing a follow-up refers back to counts as named by it.
    question = view.question.text + (view.question.entity or "")
    named = fact.subject in view.subjects or mentions(question, fact.subject)
    if fact.subject and not named and not _of_parks(fact.subject, parks):
        return True
    if fact.table:  # a row's other cells (its builder, its park) are what is said of it
        return False
    # "A、B、C四个开发区合计实现…3360.9亿元，同比增长8.1%": the set's figures, of none of its
    # parks alone
    listed = _listed(text, fact.sentence_start, fact.start)
    if not fact.subject and len(listed) >= 2 and any(name in question for name in listed):
        return True
    for m in _AREA.finditer(text, clause_start, fact.start):
        name = m.group(0)
        if _of_parks(name, parks):
            continue
        if name[-2:] in ("园区",) and len(name) <= 3:
            continue  # 园区, 全园区: the report's own park
        if "、" in (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]):
            continue  # one of a set whose total it is
        if (
            name not in question
            and not name.startswith(("全", "各"))
            and (name[:2] not in question or _part_named_after(name, parks))
        ):
            return True
    return False


def _listed(text: str, start: int, end: int) -> list[str]:
    """The places and companies listed with 、 between ``start`` and ``end``."""
    return [
        m.group(0)
        for m in _LIST_ITEM.finditer(text, start, end)
        if "、" in (text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1])
    ]


#: An item of a list of parks or parts ("砚霖高新区、磐霁经开区、硕霄临港产业园").
_LIST_ITEM = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:高新区|经开区|开发区|保税区|片区|园区|产业园|工业园|园)"
)


def _of_parks(name: str, parks: tuple[str, ...]) -> bool:
    """Is ``name`` one of the report's own parks (or the tail of one: 丹徒高新园 ~ 高新园)? Not
    a part named after it (榧箫综合保税区 in 榧箫经开区's report: its short name and a part's
    suffix)."""
    return not _part_named_after(name, parks) and any(
        name in park or park in name for park in parks if len(park) >= 2
    )


def _part_named_after(name: str, parks: tuple[str, ...]) -> bool:
    """A part named by the park's short name and a part's own suffix (白石东区, 岚溪片区) or
    another type's (榧箫综合保税区 in 榧箫经开区's report), not the park under its own type
    written another way (榧箫经济技术开发区)."""
    own = {park_family(p) for p in parks} - {None}
    for park in parks:
        if len(park) >= 2 and name.startswith(park) and name != park:
            family = park_family(name)
            if family is not None:
                return family not in own
            return re.search(r"片区$|" + vocab.DIRECTION_ZONE + "$", name) is not None
    return False


def compared_change(fact: Fact) -> bool:
    """Is the fact a change against a base (同比提高2.9万元, 增加2个), not a flow's level? (A
    上年同期 figure is a level of the year before, no change.)"""
    if fact.measure != "increase":
        return False
    return fact.comparison not in ("", "上年同期") or vocab.compared(fact.indicator)


def population_said(fact: Fact, text: str, qualifier: str) -> bool:
    """Is a population asked (规模以上, 限额以上) said of the figure: in its paragraph up to it
    ("全区规上工业企业实现营业收入…；实现利润总额31.4亿元": its figures are all of it)?"""
    if qualifier not in vocab.POPULATIONS:
        return False
    paragraph = text.rfind("\n", 0, fact.sentence_start) + 1
    return qualifier in vocab.normalise_qualifier(fact.qualifier + text[paragraph : fact.start])
