"""The extractive reader: retrieved passages + analysed question → the answer span, or nothing.

How it decides (all of it explicit, see docs/reader.md):

1. Every sentence of the retrieved passages (from the cleaned report text, so offsets are exact)
   is a place an answer may come from; reports the question does not name are dropped when it
   names some.
2. For figure questions, every figure of the right kind in those sentences is a candidate; its
   score adds up: how much of the question's content is in its clause and sentence, whether the
   word right before the question's wh-word (``通过了多少家`` → 通过) leads the figure, whether its
   classifier is the one asked for, whether the date, period, year, qualifier (``10亿元以上``) and
   plan/actual status asked for hold for it, and the passage's retrieval rank.
3. List questions take the ``、``-separated items nearest the asked noun; phrase questions anchor
   the question's words left and right of its wh-word in the sentence and take what lies between.
4. A candidate is accepted only if the question's content is covered well enough and no named
   constraint is contradicted; otherwise the reader refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from parkqa.answer import Passage, vocab
from parkqa.answer.fact import Fact
from parkqa.answer.features import abbreviated_in, content_weight, coverage
from parkqa.figures import PLAN_MARKERS, Figure, find_figures
from parkqa.ingest.chunking import sentence_spans
from parkqa.question import Question

#: The lowest score an answer may have; below it the reader refuses.
ACCEPT = 1.5
#: Share of the question's content words (weighted) that the answer's sentence must contain.
MIN_COVERAGE = 0.5

_TYPE_KINDS = {
    "count": {"count"},
    "amount": {"amount"},
    "percent": {"percent"},
    "rank": {"rank"},
    "date": {"date"},
    "year": {"year", "date"},
    "quantity": {"count", "amount"},
    "number": {"count", "amount", "percent"},
}
_PERIOD_ALIASES = {
    "前三季度": ("前三季度", "1—9月", "1-9月", "1~9月", "1至9月"),
    "上半年": ("上半年", "1—6月", "1-6月", "1~6月", "1至6月"),
    "全年": ("全年", "1—12月", "1-12月"),
}
_ALIAS = re.compile(
    r"[，,：:（(\s]*(?:又称|又名|又叫|也叫|亦称|俗称|别称|别名|简称|原名|本名|"
    r"全称|叫做|称为|名为|即|是|为|叫)*[，,：:\s]*"
)


@dataclass(frozen=True)
class Reading:
    """The reader's answer: where the value is, the sentence it is read from, and why."""

    source: str
    title: str
    value_start: int
    value_end: int
    sentence_start: int
    sentence_end: int
    score: float
    kind: str


@dataclass(frozen=True)
class _Sentence:
    source: str
    title: str
    text: str  # the whole report text
    start: int
    end: int
    rank: int  # retrieval rank of the passage it came from
    context: str  # the paragraph text before the sentence (dates and years in force)


def _covered(question: Question, sentences: list[_Sentence], with_title: bool = False):
    """The sentences that hold enough of the question's words, with their text and coverage."""
    for s in sentences:
        text = s.text[s.start : s.end]
        share = coverage(text + s.title if with_title else text, question)
        if share >= MIN_COVERAGE:
            yield s, text, share


class Reader:
    """Chooses the answer span among retrieved passages for an analysed question."""

    def __init__(
        self, report_text: Callable[[str], str], facts_of: Callable[[str], list[Fact]]
    ) -> None:
        self._report_text = report_text
        self._facts_of = facts_of

    # ---------------------------------------------------------------- sentences

    def _sentences(self, passages: list[Passage], allowed: set[str] | None) -> list[_Sentence]:
        seen: set[tuple[str, int]] = set()
        out: list[_Sentence] = []
        for rank, passage in enumerate(passages):
            if allowed and passage.source not in allowed:
                continue
            text = self._report_text(passage.source)
            block_start = text.rfind("\n\n", 0, passage.start)
            block_start = 0 if block_start < 0 else block_start + 2
            for span in sentence_spans(text, passage.start, passage.end):
                if (passage.source, span.start) in seen:
                    continue
                seen.add((passage.source, span.start))
                out.append(
                    _Sentence(
                        passage.source,
                        passage.title,
                        text,
                        span.start,
                        span.end,
                        rank,
                        text[block_start : span.start],
                    )
                )
        return out

    def _whole(
        self, allowed: set[str] | None, passages: list[Passage], seen: set[tuple[str, int]]
    ) -> list[_Sentence]:
        """Every other sentence of the reports a question names (at most two: a question
        naming none is read in its passages only), ranked after the passages."""
        if not allowed or len(allowed) > 2:
            return []
        titles = {p.source: p.title for p in passages}
        out: list[_Sentence] = []
        for source in sorted(allowed):
            text = self._report_text(source)
            for span in sentence_spans(text):
                if (source, span.start) not in seen:
                    title = titles.get(source, "")
                    out.append(
                        _Sentence(source, title, text, span.start, span.end, len(passages), "")
                    )
        return out

    # ---------------------------------------------------------------- entry point

    def read(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None = None,
        report_years: dict[str, int | None] | None = None,
    ) -> Reading | None:
        sentences = self._sentences(passages, allowed)
        if not sentences:
            return None
        years = report_years or {}
        honour = (
            self._best_honour(question, sentences)
            if question.lang == "zh" and vocab.HONOUR_ASKED.search(question.text)
            else None
        )
        if honour is not None and honour.score >= ACCEPT:
            best: Reading | None = honour
        elif question.type in _TYPE_KINDS:
            best = self._best_figure(question, sentences, years)
        elif question.type == "phrase" and question.lang == "en":
            # No phrase reader for English: "what is the target for …" is answered by a figure.
            best = self._best_figure(replace(question, type="number"), sentences, years)
        elif question.answer_kind == "list":  # ("Which project…": a name, not a list)
            best = self._best_list(question, sentences)
        elif question.named_kind:
            # (a named thing is quoted once in its report, often far from the words retrieval
            # ranks first: the reports the question names are read whole)
            whole = sentences + self._whole(
                allowed, passages, {(s.source, s.start) for s in sentences}
            )
            best = self._best_quoted(question, whole) or self._best_phrase(question, sentences)
        else:
            best = self._best_phrase(question, sentences)
        if best is None or best.score < ACCEPT:
            return None
        return best

    # ---------------------------------------------------------------- figures

    def _constraints(
        self,
        question: Question,
        s: _Sentence,
        fig: Figure,
        figures: list[Figure],
        report_year: int | None,
    ) -> float | None:
        """Score for the question's constraints on this figure; ``None`` when one is violated."""
        before = s.text[s.start : fig.start]
        score = 0.0
        if question.dates:
            dates = {_month_day(f.text) for f in figures if f.kind == "date"}
            if any(d in dates for d in question.dates):
                score += 3.0
            elif dates:
                return None
            else:
                score -= 2.0
        if question.periods:
            sentence = s.text[s.start : s.end]
            periods = [alias for p in question.periods for alias in _PERIOD_ALIASES.get(p, (p,))]
            if any(p in sentence for p in periods):
                score += 2.0
            elif any(p in s.context or p in s.title for p in periods):
                score += 1.0
            else:
                score -= 1.5
        if question.years:
            in_sentence = {
                int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", s.text[s.start : s.end])
            }
            in_context = {int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})年", s.context)}
            wanted = set(question.years)
            if in_sentence & wanted:
                score += 1.5
            elif in_sentence:
                return None
            elif in_context & wanted or report_year in wanted:
                score += 0.5
            elif report_year is not None:
                score -= 1.5
        lead = s.text[fig.clause[0] : fig.start]
        lead_qualifiers = {m.group(0) for m in vocab.QUALIFIER.finditer(lead)}
        lead_qualifiers |= {
            f.text
            for f in figures
            if f.kind == "qualifier" and fig.clause[0] <= f.start < fig.start
        }
        if question.qualifiers:
            if any(q in lead_qualifiers or _has_qualifier(lead, q) for q in question.qualifiers):
                score += 3.0
            else:
                score -= 3.0
        elif lead_qualifiers:
            score -= 1.5
        planned = any(m in before for m in PLAN_MARKERS)
        if question.plan:
            score += 2.0 if planned else -3.0
        elif planned:
            score -= 1.5
        if lead.startswith("其中") and not question.qualifiers:
            score -= 0.5
        return score

    def _best_figure(
        self, question: Question, sentences: list[_Sentence], years: dict[str, int | None]
    ) -> Reading | None:
        kinds = _TYPE_KINDS[question.type]
        best: Reading | None = None
        for s, _, share in _covered(question, sentences, with_title=True):
            figures = find_figures(s.text, s.start, s.end, (s.start, s.end))
            for fig in figures:
                if fig.kind not in kinds:
                    continue
                constraint = self._constraints(question, s, fig, figures, years.get(s.source))
                if constraint is None:
                    continue
                clause = s.text[fig.clause[0] : fig.clause[1]]
                lead = s.text[fig.clause[0] : fig.start]
                # What leads this figure alone: "研发经费投入完成5.18亿元、技术合同成交额完成6亿元".
                previous_end = max(
                    (
                        f.end
                        for f in figures
                        if fig.clause[0] <= f.end <= fig.start
                        and f.kind not in ("date", "year", "period", "qualifier")
                    ),
                    default=fig.clause[0],
                )
                next_start = min(
                    (f.start for f in figures if fig.end <= f.start < fig.clause[1]),
                    default=fig.clause[1],
                )
                local = s.text[previous_end : fig.start]
                # ... and what follows it up to the next figure: "10个市重点项目全部开工建设".
                after = s.text[fig.end : next_start]
                around = local + after[: after.find("、")] if "、" in after else local + after
                clause_coverage = coverage(clause, question)
                around_coverage = coverage(around, question)
                if fig.clause[0] > s.start and clause_coverage < 1.0:
                    # "…生产总值412.6亿元，同比增长7.8%": the subject may be in the clause before.
                    prev = max(s.text.rfind(ch, s.start, fig.clause[0] - 1) for ch in "，,；;：:")
                    extended = s.text[max(prev + 1, s.start) : fig.clause[1]]
                    clause_coverage = max(clause_coverage, 0.9 * coverage(extended, question))
                    if previous_end == fig.clause[0]:  # nothing else in its own clause
                        before = s.text[max(prev + 1, s.start) : fig.clause[0]]
                        around_coverage = max(
                            around_coverage, 0.9 * coverage(before + around, question)
                        )
                score = 2.0 * clause_coverage + 3.0 * around_coverage + 1.5 * share + constraint
                if question.focus and any(local.endswith(f) for f in question.focus):
                    score += 4.0  # "通过了多少家" ↔ "通过27家"
                elif question.focus and any(f in local for f in question.focus):
                    score += 0.5
                if question.head and (
                    lead.endswith(question.head)
                    or s.text[fig.end : fig.end + len(question.head)] == question.head
                ):
                    score += 1.5
                if question.type == "count" and question.classifiers:
                    score += 1.5 if fig.unit in question.classifiers else -1.0
                if (
                    question.type == "year"
                    and fig.kind == "date"
                    and not re.match(r"\d{4}年", fig.text)
                ):
                    continue
                score -= 0.15 * s.rank
                if best is None or score > best.score:
                    start, end = fig.start, fig.end
                    if question.type == "year" and fig.kind == "date":
                        end = start + 5  # "2023年10月31日" → "2023年"
                    best = Reading(s.source, s.title, start, end, s.start, s.end, score, fig.kind)
        return best

    # ---------------------------------------------------------------- lists and phrases

    def _best_list(self, question: Question, sentences: list[_Sentence]) -> Reading | None:
        """The 、-list read at index time (its bounds are the indexer's: one home for where a
        list starts and ends) in the sentence holding most of the question, nearest its noun."""
        best: Reading | None = None
        for s, _, share in _covered(question, sentences):
            for fact in self._facts_of(s.source):
                if fact.kind != "list" or not (s.start <= fact.start and fact.end <= s.end):
                    continue
                a, b = fact.start, fact.end
                if any(
                    len(item) >= 4 and item in question.text
                    for item in vocab.list_items(fact.value)
                ):
                    continue  # a list holding what the question names is about it, not its answer
                if not _names_the_items(
                    question, s.text[max(s.start, a - _NEAR) : a], s.text[b : b + _NEAR]
                ):
                    continue
                m_tail = re.match(r"等(?:[\u4e00-\u9fff]{1,6})", s.text[b : b + 8])
                score = 3.0 * share
                if m_tail and question.head and question.head in m_tail.group(0):
                    score += 2.0
                elif question.head and question.head in s.text[b : b + 12]:
                    score += 1.0
                score -= 0.15 * s.rank
                if best is None or score > best.score:
                    best = Reading(s.source, s.title, a, b, s.start, s.end, score, "list")
        return best

    def _best_quoted(self, question: Question, sentences: list[_Sentence]) -> Reading | None:
        """A named thing ("实行的是什么机制"): a quotation the report heads with a noun of the kind
        asked (实行“周调度、月通报、季拉练”项目推进机制 → 周调度、月通报、季拉练), in a sentence
        holding the question's words; of several in one sentence, the one whose words between
        quotation and noun the question says (项目推进, 招商)."""
        kinds = "|".join(question.named_kind)
        asked = set(_bigrams(question.text))
        # (the kind's noun is no word the sentence must hold: it may say another of its family)
        content = replace(
            question,
            groups=tuple(g for g in question.groups if not set(g) & set(question.named_kind)),
        )
        best: Reading | None = None
        # “X”推进机制; 以“X”为主题 (the quotation the kind is said of); 主题为“X”
        patterns = (
            rf"“(?P<x>[^“”]{{2,40}})”的?(?P<mod>[\u4e00-\u9fff]{{0,8}}?)(?P<kind>{kinds})",
            rf"以“(?P<x>[^“”]{{2,40}})”为(?P<mod>[\u4e00-\u9fff]{{0,4}}?)(?P<kind>{kinds})",
            rf"(?P<mod>[\u4e00-\u9fff]{{0,4}}?)(?P<kind>{kinds})(?:是|为|：|:)“(?P<x>[^“”]{{2,40}})”",
        )
        for s, sentence_text, share in _covered(content, sentences):
            for m in (m for p in patterns for m in re.finditer(p, sentence_text)):
                modifier = m.group("mod")
                said = len(asked & set(_bigrams(modifier))) / max(1, len(modifier) - 1)
                score = 2.0 * share + 1.0 + 0.5 * said - 0.15 * s.rank
                score += 0.5 if m.group("kind") == question.named_kind[0] else 0.0
                if best is None or score > best.score:
                    a, b = s.start + m.start("x"), s.start + m.end("x")
                    best = Reading(s.source, s.title, a, b, s.start, s.end, score, "phrase")
        return best

    def _best_honour(self, question: Question, sentences: list[_Sentence]) -> Reading | None:
        """An honour asked ("拿到了什么省级荣誉", "获评什么等级"): the one a sentence holding the
        question's words says was won (获评省级循环化改造示范园区), its grade the question's when
        it names one (省级)."""
        grade = vocab.grade_in(question.text)
        # (the words that ask for it, 荣誉/称号/拿到, are no words the sentence must hold)
        content = replace(
            question,
            groups=tuple(
                g
                for g in question.groups
                if not all(vocab.HONOUR_ASKED.search(w) or w in _WON for w in g)
            ),
        )
        best: Reading | None = None
        for s, sentence_text, share in _covered(content, sentences):
            for m in vocab.HONOUR.finditer(sentence_text):
                honour = m.group("h")
                if grade and vocab.grade_in(honour) not in (None, grade):
                    continue
                score = 2.0 * share + 1.0 - 0.15 * s.rank
                if best is None or score > best.score:
                    a, b = s.start + m.start("h"), s.start + m.end("h")
                    best = Reading(s.source, s.title, a, b, s.start, s.end, score, "phrase")
        return best

    def _best_phrase(self, question: Question, sentences: list[_Sentence]) -> Reading | None:
        left, right = question.frame
        if question.lang != "zh" or not (left or right):
            return None
        best: Reading | None = None
        for s, sentence_text, share in _covered(question, sentences):
            span = _anchor(sentence_text, left, right)
            if span is None:
                continue
            a, b, anchor_len = span
            score = 2.0 * share + min(anchor_len, 8) * 0.4 - 0.15 * s.rank
            if best is None or score > best.score:
                best = Reading(
                    s.source, s.title, s.start + a, s.start + b, s.start, s.end, score, "phrase"
                )
        return best


#: Verbs a question says an honour was won with (拿到了什么荣誉).
_WON = frozenset(["拿到", "得到", "获得", "拿了", "评上", "获评", "荣获", "得了"])


def _bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


#: How near a list the noun it enumerates is written (以…为主导产业, 三大主导产业, 等领域).
_NEAR = 10


#: A clause that only introduces the list after it (分别为A、B和C).
_LINKED = re.compile(r"(?:分别|依次|主要)?(?:为|是|有|包括|包含|涉及|即)")


def _names_the_items(question: Question, before: str, after: str) -> bool:
    """Is a list the one asked? A question word is written right beside it ("主导产业为A、B",
    "A、B三大主导产业", "A、B等领域"): a list whose neighbours hold none of the question's words
    enumerates something else (链主带动、配套跟进 is no list of industries)."""
    # (within the list's clause: "…三大主导产业布局，链主带动、配套跟进的特征明显"; or the
    # clause before when the list's own only links it: "其中超50亿元企业3家，分别为A、B和C")
    clauses = re.split(r"[，,。；;：:]", before)
    lead = clauses[-1]
    if _LINKED.fullmatch(lead) and len(clauses) > 1:
        lead = clauses[-2] + lead
    near = lead + "|" + re.split(r"[，,。；;：:]", after)[0]
    return any(
        len(term) >= 2 and abbreviated_in(term, near)
        for group in question.groups
        for term in group
        if content_weight(group, question) > 0
    )


def _month_day(date_text: str) -> tuple[int, int] | None:
    """The day a date figure writes (vocab.month_days: the one home of the ways days are
    written)."""
    days = vocab.month_days(date_text)
    return min(days) if days else None


def _has_qualifier(lead: str, qualifier: str) -> bool:
    """``亿元以上`` must not match inside ``10亿元以上`` (a different class of projects)."""
    for m in re.finditer(re.escape(qualifier), lead):
        if m.start() == 0 or not (lead[m.start() - 1].isdigit() or lead[m.start() - 1] == "."):
            return True
    return False


def _anchor(sentence: str, left: str, right: str) -> tuple[int, int, int] | None:
    """The span between the left context (the longest piece of ``left`` nearest its end that the
    sentence contains) and the longest prefix of ``right`` found after it."""
    best_left = (0, -1)  # (length, end position in sentence)
    for stop in range(len(left), 1, -1):  # "神医又叫" → "神医" when the sentence says "神医，又称…"
        for n in range(min(stop, 12), 1, -1):
            pos = sentence.find(left[stop - n : stop])
            if pos >= 0:
                best_left = (n - (len(left) - stop) // 2, pos + n)
                break
        if best_left[1] >= 0:
            break
    start = best_left[1] if best_left[1] >= 0 else None
    if start is not None:
        alias = _ALIAS.match(sentence, start)
        start = alias.end() if alias else start
    best_right = (0, -1)
    for n in range(min(len(right), 12), 0, -1):
        pos = sentence.find(right[:n], start or 0)
        if pos >= 0 and n >= 2 and (start is None or pos > start):
            best_right = (n, pos)
            break
    end = best_right[1] if best_right[1] >= 0 else None
    if start is None and end is None:
        return None
    if start is None:
        marks = [sentence.rfind(ch, 0, end) for ch in "，,；;：:"]
        start = max(marks) + 1
    if end is None:
        ends = [i for i in (sentence.find(ch, start) for ch in "，,；;。！？") if i >= 0]
        end = min(ends) if ends else len(sentence)
    piece = sentence[start:end]
    stripped = piece.strip(" “”\"'《》（）()是为了的")
    if not stripped or len(stripped) > 40 or any(ch in stripped for ch in "。！？"):
        return None
    offset = piece.find(stripped)
    return start + offset, start + offset + len(stripped), best_left[0] + best_right[0]
