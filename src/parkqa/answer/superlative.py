"""Questions that ask for the top or the bottom of a set: "哪个片区产值增长最快", "谁排第一",
"总投资最小的是哪个项目", "which company ranked second by output value".

Why a module of its own: the answer is not stated next to the indicator, it is *computed* from
a set of facts that measure the same indicator for different subjects (a table column, the
like figures of one paragraph), or read from a sentence that states the order itself
("增速居三园之首").
The answer is always the subject's own words in the report (a table's row header, the name
in the sentence), so the citation holds exactly what is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from parkqa.answer import vocab
from parkqa.answer.fact import Fact
from parkqa.answer.facts import name_kind
from parkqa.answer.features import (
    QuestionView,
    char_overlap,
    content_chars,
    coverage,
    excluded,
)
from parkqa.answer.measures import measure_in
from parkqa.answer.ontology import ontology
from parkqa.figures import find_figures
from parkqa.question import Order, Question

_NUMERIC_KINDS = ("count", "amount", "percent", "number", "score", "rank")
_SEGMENT_END = "；;。\n"
STATED_BONUS = 0.1
TABLE_BONUS = 0.1


@dataclass(frozen=True)
class Pick:
    """The subject chosen, where its name stands, and the sentence (row) that shows why."""

    source: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int


def _number(value: str) -> float | None:
    m = re.search(r"[-+]?\d+(?:\.\d+)?", value.replace(",", ""))
    if not m:
        # (a rank in words, 第三名, counts as its number: read as any figure is)
        ranks = [f for f in find_figures(value, 0, len(value), (0, len(value))) if f.kind == "rank"]
        return ranks[0].value if ranks else None
    number = float(m.group(0))
    return -abs(number) if any(word in value for word in vocab.DECREASE) else number


def _is_growth(fact: Fact) -> bool:
    return bool(fact.comparison) or bool(re.search(r"增长|增速|增幅", fact.indicator))


def _segment(text: str, fact: Fact) -> tuple[int, int]:
    """The clause group of a sentence a fact stands in (split at ；。 and line ends)."""
    start = max(text.rfind(ch, fact.sentence_start, fact.start) for ch in _SEGMENT_END) + 1
    start = max(start, fact.sentence_start)
    ends = [text.find(ch, fact.end, fact.sentence_end) for ch in _SEGMENT_END]
    end = min([e for e in ends if e >= 0] or [fact.sentence_end])
    return start, end


def _subject_span(text: str, fact: Fact, names: list[Fact]) -> tuple[int, int] | None:
    """Where the fact's subject is named: its row header in a table, the first name of its
    clause group in prose."""
    if fact.subject:
        at = text.find(fact.subject, fact.sentence_start, fact.sentence_end)
        if at < 0 and not fact.table:  # a paragraph's topic ("峪东片区聚焦…；完成…"): its name
            at = text.rfind(fact.subject, 0, fact.sentence_start)
        return (at, at + len(fact.subject)) if at >= 0 else None
    start, end = _segment(text, fact)
    for name in names:
        if start <= name.start and name.end <= fact.start and name.end <= end:
            return name.start, name.end
    return None


def _groups(facts: Iterable[Fact], text: str) -> dict[tuple[object, ...], list[Fact]]:
    """Facts that measure one indicator for different subjects: a table column (same section
    and column header), or the like figures of one paragraph."""
    groups: dict[tuple[object, ...], list[Fact]] = {}
    for fact in facts:
        if fact.kind not in _NUMERIC_KINDS:
            continue
        if fact.table:
            key: tuple[object, ...] = ("table", fact.section, fact.indicator, fact.kind)
        elif fact.subject and fact.indicator_id:
            # Paragraphs each about one part of the park ("岚汀片区…增长10.8%" / "峪东片区…
            # 增长6.1%"): one indicator and measure across the section's parts.
            key = (
                "parts",
                fact.section,
                fact.indicator_id,
                fact.measure,
                fact.kind,
                fact.year,
                fact.period,
                fact.comparison,
                fact.status,
            )
        else:
            # One paragraph's like figures ("甲片区增长6.1%；乙片区增长14.9%，…"): the
            # sentences of a paragraph often split at ；.
            paragraph = text.rfind("\n", 0, fact.start) + 1
            key = ("paragraph", paragraph, fact.kind, _is_growth(fact))
        groups.setdefault(key, []).append(fact)
    return groups


def pick(
    view: QuestionView,
    order: Order,
    facts: list[Fact],
    text: str,
    report_year: int | None,
) -> tuple[float, Pick] | None:
    """The subject at the asked place of the best-matching set with how well the set matches
    the question, or None when no set of the report measures what the question asks about."""
    view = _indicator_view(view)
    q = view.question
    names = [f for f in facts if f.kind == "name"]
    numeric = [
        f
        for f in facts
        if f.kind in _NUMERIC_KINDS
        and not excluded(_numeric_view(view), f, report_year)
        and not vocab.TOTAL_ROW.search(f.subject)
        # (a table's 合计 row, whatever column its subject is read from: "合计 | - | - | 167.3")
        and not (f.table and vocab.TOTAL_ROW.search(text[f.sentence_start : f.sentence_end]))
        # ("…由第三名跃升至第一名；…保持第四名不变": places moved between two rankings)
        and not (f.kind == "rank" and not f.table and _moved(f, text))
    ]
    asked = _kinds_asked(view.question)
    asks_rank = q.rank_asked
    # (the part of a score the question names, 招商引资 of "招商引资方面得分最高")
    scored = vocab.ASPECT_SCORED.search(q.text) if q.lang == "zh" else None
    aspect = scored.group("aspect") if scored else ""
    sets: list[tuple[bool, float, list[tuple[Fact, tuple[int, int]]], bool]] = []
    for key, group in _groups(numeric, text).items():
        rows = _first_per_subject(
            [
                (f, span)
                for f in group
                if (span := _subject_span(text, f, names))
                and not vocab.TOTAL_ROW.search(text[span[0] : span[1]])  # 合计 is no member
            ],
            text,
        )
        subjects = {text[s:e] for _, (s, e) in rows}
        if len(subjects) < 2 or not _subjects_fit(subjects, asked):
            continue
        # a set one of whose members the question names alone ("谨晖高新区那三个园子里哪个…" over
        # a city's parks, 谨晖高新区 among them) is of its peers, not of its parts
        if sum(len(x) >= 3 and x in q.text for x in subjects) == 1:
            continue
        indicator = group[0].indicator
        if q.measure in ("completion", "share") and group[0].measure != q.measure:
            continue  # ("完成年度计划的比例最低": completion rates, never amounts invested)
        rank_column = bool(vocab.RANK_COLUMN.search(indicator)) and group[0].kind == "rank"
        if rank_column and (not asks_rank or order.growth):
            continue
        growths = [_is_growth(f) for f, _ in rows]
        if not rank_column and (all(growths) if not order.growth else not all(growths)):
            continue  # "产值最大" orders levels, never rates of growth (and the reverse)
        context = " ".join(dict.fromkeys(f.indicator for f in group)) + " " + group[0].section
        if aspect and not any(aspect[k:] in context for k in range(len(aspect) - 1)):
            continue  # (综合考评得分 orders no 招商引资方面得分)
        if key[0] == "paragraph":
            # The paragraph says what its figures are about ("分片区运行情况。核心区完成规上工业
            # 总产值…；岚东片区完成82.6亿元…").
            start = text.rfind("\n", 0, group[0].start) + 1
            end = text.find("\n", start)
            context += text[start : end if end >= 0 else len(text)]
        # Words, and characters for a paraphrase (投资额 ~ 总投资); a rank column is what a
        # question about places asks for.
        score = coverage(context, q) + 0.5 * char_overlap(context, view)
        score += 0.5 if rank_column else 0.0
        # A table lists every subject; a paragraph may name only some of them.
        score += TABLE_BONUS if key[0] == "table" else 0.0
        if score <= 0:
            continue
        # a set of the kind of name asked (项目 rows for "哪个项目") before one of names of no
        # known kind (a summary sheet's industries: 新能源汽车及零部件)
        kind_fit = bool(asked) and bool({name_kind(x) for x in subjects} & set(asked))
        sets.append((kind_fit, score, rows, rank_column))
    # A column the question names by its own header ("开放合作维度得分最高" over 开放合作（15分）
    # beside 2025年综合得分): that column's set, never a better-scored other one
    named = [item for item in sets if _column_named(item[2][0][0], q.text)]
    if named:
        sets = named
    # A set linked to the indicator asked (or ranking it: 综合排名 of 综合考评得分) before sets
    # that only share words with the question ("第二名是哪个园区？" after "综合考评谁排第一"),
    # unless a column is named by its own header (above: the more specific)
    linked = [item for item in sets if _of_indicator(item[2][0][0], q.indicators)]
    if linked and not named:
        sets = linked
    # The best-matching set; when its figures cannot be ordered (words: 第一, 第三) and a
    # ranking is asked, a rank column's (a ranking's own order), never any other set's
    ordered = sorted(sets, key=lambda item: (item[0], item[1]), reverse=True)
    for i, (_, score, rows, ranks) in enumerate(ordered):
        if i > 0 and not ranks:
            continue
        values = [(v, f, span) for f, span in rows if (v := _number(f.value)) is not None]
        if not values or order.nth > len(values):
            continue
        is_rank = values[0][1].kind == "rank"
        # A rank column counts from the top: 1 is first; a value column is sorted high to low.
        values.sort(key=lambda item: item[0], reverse=not is_rank)
        if order.direction == "min":
            values.reverse()
        _, fact, (start, end) = values[order.nth - 1]
        return score, Pick(fact.source, start, end, fact.sentence_start, fact.sentence_end)
    return None


def _moved(fact: Fact, text: str) -> bool:
    """Is a rank in a clause moving its place between two rankings?"""
    start = max(text.rfind(mark, fact.sentence_start, fact.start) for mark in "，,；;") + 1
    ends = [i for mark in "，,；;。" if (i := text.find(mark, fact.end, fact.sentence_end)) >= 0]
    clause = text[max(start, fact.sentence_start) : min(ends, default=fact.sentence_end)]
    return vocab.RANK_MOVE_CLAUSE.search(clause) is not None


#: A table header's words that say no column apart: units, years, score and rank words.
_HEADER_NOISE = re.compile(
    r"[（(][^）)]*[）)]|(?:19|20)\d{2}年度?|得分|分数|排名|名次|同比|增长|增速|[%％]|\s"
)


def _of_indicator(fact: Fact, indicators: tuple[str, ...]) -> bool:
    """Is the fact linked to one of the indicators, or to one derived from one of them?"""
    if not fact.indicator_id or not indicators:
        return False
    return fact.indicator_id in indicators or bool(
        set(ontology().get(fact.indicator_id).derived_from) & set(indicators)
    )


def _column_named(fact: Fact, question: str) -> bool:
    """Does the question write the table column's own header words (开放合作 of 开放合作（15
    分）), three characters or more?"""
    if not fact.table:
        return False
    core = _HEADER_NOISE.sub("", fact.indicator)
    return len(core) >= 3 and core in question


def stated(
    view: QuestionView, order: Order, facts: list[Fact], text: str
) -> tuple[float, Pick] | None:
    """A sentence that states the order itself ("岚东片区…增速居三个片区之首", "双溪产业园得分
    最低"): the name the statement follows, with no other name between them. Scored like a
    set, plus :data:`STATED_BONUS`: the report's own statement wins over a set that matches the
    question as well (a table of started projects vs "单体投资最大的签约项目")."""
    if order.nth != 1:
        return None
    marker = vocab.STATED_MAX if order.direction == "max" else vocab.STATED_MIN
    asked = _kinds_asked(view.question)
    view = _indicator_view(view)
    q = view.question
    names = [f for f in facts if f.kind == "name"]
    best: tuple[float, Pick] | None = None
    for name in names:
        if asked and name.unit not in asked:
            continue
        seg_start, seg_end = _segment(text, name)
        m = marker.search(text, name.end, seg_end)
        if not m or any(name.end <= o.start < m.start() for o in names if o is not name):
            continue
        # an order of growth ("增速居四个片区首位") states no order of levels ("产值最高"), nor
        # the reverse
        if bool(vocab.ORDER_BY_GROWTH.search(text[name.end : m.end()])) != order.growth:
            continue
        # What the statement is about: up to the end of the marker's clause ("双溪产业园得分
        # 最低" is about scores, not investment).
        clause_end = min(
            [i for ch in "，,：:" if (i := text.find(ch, m.end(), seg_end)) >= 0] or [seg_end]
        )
        segment = text[seg_start:clause_end]
        # Its own clause first ("其中琅屿科创园…增速最快，岚汀片区产值规模最大": each name is
        # said to lead in what follows it), the words before it as context.
        own_start = max(
            [seg_start] + [i + 1 for i in range(seg_start, name.start) if text[i] in "，,；;"]
        )
        own = text[own_start:clause_end]
        # (the part it orders is its own clause's: "甲在科技创新方面得分最高，乙在项目建设方面
        # 得分最高，丙在招商引资方面…" — 乙's clause answers no 招商引资 question)
        if _orders_another(text[name.end : m.end()], q) or _orders_unasked(
            text[name.end : m.start()], own, q
        ):
            continue
        score = (
            coverage(own, q)
            + 0.5 * char_overlap(own, view)
            + 0.25 * coverage(segment, q)
            + STATED_BONUS
        )
        if score > STATED_BONUS and (best is None or score > best[0]):
            best = (score, Pick(name.source, name.start, name.end, seg_start, seg_end))
    return best


def _orders_another(said: str, q: Question) -> bool:
    """Does the statement's clause up to its marker order by something the question does not
    ask: a completion rate or a share ("是12个市重点项目中完成率最低的项目" answers no "总投资最
    小"), or an indicator other than the question's ("税收收入居首位" for 产值最高)?"""
    head = re.split(r"[，,；;。]", said)[-1]
    stated_measure = measure_in(head)
    if stated_measure in ("completion", "share") and stated_measure != q.measure:
        return True
    named = {i for m in ontology().mentions(head) for i in m.ids}
    return bool(named and q.indicators and not named & set(q.indicators))


#: Characters of a statement that link or scope it ("为全县…最大", "居各园区之首"), naming no
#: measure.
_FUNCTION_CHARS = set("为是全各其均都居位列的了在以由与和及中共那这个")


def _orders_unasked(said: str, segment: str, q: Question) -> bool:
    """Does the statement order another part of what the question asks: the same measure of
    another thing, where the question names its own ("…，绿色集约得分（8.5分）居各园区首位" for
    "科技创新单项得分最高")? Its clause before the marker ends in words the question has (得分),
    after words it has none of (绿色集约: two characters running), and the question's own words
    before them are not in the statement (科技创新单项). A statement only more specific than the
    question ("产值增速居首位" for "哪个园区增速最快") still answers it."""
    if q.lang != "zh":
        return False
    head = re.split(r"[，,；;。]", said)[-1]
    head = re.sub(r"（[^）]*）|\([^)]*\)|[-+\d.%％]+", "", head).strip()
    words = q.text
    shared = next((n for n in range(len(head) - 1, 1, -1) if head[-n:] in words), 0)
    if not shared:
        return False
    run = 0
    for ch in head[:-shared]:
        unasked = "\u4e00" <= ch <= "\u9fff" and ch not in words and ch not in _FUNCTION_CHARS
        run = run + 1 if unasked else 0
        if run >= 2:
            break
    else:
        return False
    # the question's own words right before the shared ones, four at most (创新单项 of "考评中
    # 科技创新单项得分"; none in "贺承远说的那个单体投资"): the part it asks, which the
    # statement never says
    own = ""
    for ch in reversed(q.text[: q.text.find(head[-shared:])]):
        if not "\u4e00" <= ch <= "\u9fff" or ch in _FUNCTION_CHARS:
            break
        own = ch + own
        if len(own) == 4:
            break
    return sum(ch not in segment for ch in own) >= 2


def _first_per_subject(
    rows: list[tuple[Fact, tuple[int, int]]], text: str
) -> list[tuple[Fact, tuple[int, int]]]:
    """One figure per subject: the first, the one its clause group opens with."""
    seen: set[str] = set()
    out = []
    for fact, (start, end) in rows:
        if text[start:end] not in seen:
            seen.add(text[start:end])
            out.append((fact, (start, end)))
    return out


def _indicator_view(view: QuestionView) -> QuestionView:
    """The question without its order and name-kind words: what remains says which set is
    meant (最低 and 片区 match any statement of a lowest 片区)."""
    q = view.question
    order_words = (vocab.ORDER_MAX, vocab.ORDER_MIN, vocab.ORDINAL, *vocab.NAME_ASKED.values())
    groups = tuple(g for g in q.groups if not any(p.search(t) for t in g for p in order_words))
    q = replace(q, groups=groups)
    chars, bigrams = content_chars(q)
    return replace(view, question=q, chars=chars, bigrams=bigrams)


def _kinds_asked(q: Question) -> list[str]:
    """The kinds of name asked for: the one its wh-word asks ("which company is behind the
    largest project … Zone": a company, whatever else it names), else those of the words of
    the question and, in a follow-up ("其中投资额最小的是哪个？" after "签了多少个项目？"), the
    noun it inherits."""
    if q.name_kind is not None:
        return [q.name_kind]
    return sorted(q.name_kinds | vocab.name_kinds_asked(q.head or ""))


def _subjects_fit(subjects: set[str], asked: list[str]) -> bool:
    """The set's subjects are names (not categories such as 新开工项目) of the kind asked."""
    if sum(bool(vocab.NOT_A_NAME.match(s)) for s in subjects) * 2 >= len(subjects):
        return False
    # rows named for indicators (规上工业总产值(亿元), 其中：工业投资) are what is measured, not who
    onto = ontology()
    if sum(bool(onto.mentions(s)) for s in subjects) * 2 >= len(subjects):
        return False
    kinds = {name_kind(s) for s in subjects} - {None}
    return not asked or not kinds or bool(kinds & set(asked))


def _numeric_view(view: QuestionView) -> QuestionView:
    """The question's constraints (year, period, plan) applied to the set's figures, whatever
    kind of figure the set holds."""
    # The question's own figures are not excluded here: a rank "1" is not the "1" of "1—9月".
    return replace(view, kinds=_NUMERIC_KINDS, question=replace(view.question, text=""))
