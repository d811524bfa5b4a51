"""The answer engine: candidate facts of the retrieved passages → features → ranker → a reading.

Flow for one analysed question:

1. the question's wanted kinds, periods (canonical month ranges), years, qualifiers, plan/actual
   and change-vs-level are read once (:class:`QuestionView`);
2. candidates are the report facts whose sentence lies in a retrieved passage (tables: any row
   retrieved), restricted to the reports the question names;
3. facts that contradict a constraint (kind, year, period) are out (``features.excluded``);
4. each remaining fact gets its feature vector and the ranker's probability; the best one is the
   answer if its probability reaches the calibrated threshold, otherwise the engine refuses.

List and phrase questions (``哪些``, ``什么``) still go to the span reader in ``parkqa.reader``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from parkqa.answer import vocab
from parkqa.answer.fact import Fact
from parkqa.answer.facts import ReportMeta, abridged, name_kind
from parkqa.answer.features import (
    FEATURES,
    GENERIC_WORDS,
    TYPE_KINDS,
    QuestionView,
    compared_change,
    content_chars,
    excluded,
    has_evidence,
    population_said,
    vector,
)
from parkqa.answer.measures import RATES, SHARE_BASE
from parkqa.answer.ontology import ontology
from parkqa.answer.ranker import Ranker
from parkqa.answer.superlative import Pick, pick, stated
from parkqa.answer.types import Passage, RelatedFigure
from parkqa.figures import MAGNITUDES, date_parts, number_value
from parkqa.ingest.cleaning import normalize_chars
from parkqa.parks import (
    PARK_TYPES,
    SPOKEN_KIND,
    NameIndex,
    declared_names,
    english_keys,
    is_generic_park,
    is_park_group,
    mentions,
    own_name,
    park_family,
    parks_written,
    pinyin_keys,
    spoken_of,
    word_runs,
)
from parkqa.question import TYPE_UNIT_KINDS, Question
from parkqa.reader import Reading

#: Answer types that ask for a figure of an indicator (a date, name or list does not).
FIGURE_KINDS = frozenset(
    ["count", "count_noun", "amount", "quantity", "percent", "rank", "number", "score"]
)


#: Decisions that settle a question whatever else could read it: what the question names is
#: not in the reports (no span reader is asked after them).
FINAL_REFUSALS = frozenset(["unknown place", "publication date"])


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    features: tuple[float, ...]
    probability: float


@dataclass(frozen=True)
class Decision:
    """What the engine concluded for a question: the chosen candidate (None: a refusal),
    why, and every ranked candidate (for related figures and inspection)."""

    chosen: Candidate | None
    reason: str
    ranked: tuple[Candidate, ...] = ()

    def reading(self, titles: dict[str, str]) -> Reading | None:
        if self.chosen is None:
            return None
        fact = self.chosen.fact
        return _reading(fact, titles, self.chosen.probability, fact.kind)


def question_view(question: Question) -> QuestionView:
    kinds = TYPE_KINDS.get(question.answer_kind, ())
    if kinds and question.asked and all(m in RATES for _, m in question.asked):
        kinds = ("percent",)  # "by how much did trade shrink": a rate, whatever the wh-word
    # Periods of the (possibly merged) analysis — a follow-up inherits them — and its own.
    inherited = [p for name in question.periods for _, _, p in vocab.periods_in(name)]
    periods = tuple(dict.fromkeys(question.own_periods or inherited))
    qualifiers = tuple(vocab.normalise_qualifier(q) for q in question.qualifiers)
    chars, bigrams = content_chars(question)
    return QuestionView(
        question=question,
        kinds=kinds,
        periods=periods,
        years=tuple(question.years),
        qualifiers=qualifiers,
        # "年度目标完成率" asks how much of the target was achieved: an actual figure.
        plan=bool(question.plan) and not question.achieved,
        change=question.change,
        chars=chars,
        bigrams=bigrams,
    )


class Engine:
    """Ranks a question's candidate facts with a learned :class:`Ranker`."""

    def __init__(
        self,
        facts_of: Callable[[str], list[Fact]],
        report_text: Callable[[str], str],
        meta_of: Callable[[str], ReportMeta],
        ranker: Ranker | None,
    ) -> None:
        self._facts_of = facts_of
        self._report_text = report_text
        self._meta_of = meta_of
        self.ranker = ranker
        self._declared_names: dict[str, tuple[str, dict[str, set[str]]]] = {}

    def _declared(self, source: str) -> dict[str, set[str]]:
        """The other names the report declares for its parks and parts (read once per text:
        the text is fetched anew each time, so it is compared, not its identity)."""
        text = self._report_text(source)
        cached = self._declared_names.get(source)
        if cached is None or cached[0] != text:
            cached = (text, declared_names(text))
            self._declared_names[source] = cached
        return cached[1]

    def asks_indicator(self, question: Question) -> bool:
        """Is it a question for a figure of an indicator the ontology knows (answered only by
        a fact linked to it)?"""
        return bool(question.asked) and question.answer_kind in FIGURE_KINDS

    def handles(self, question: Question) -> bool:
        return question.answer_kind in TYPE_KINDS

    def candidates(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
    ) -> list[tuple[Fact, list[float]]]:
        """Every admissible fact of the retrieved passages with its feature vector."""
        view = question_view(question)
        by_source: dict[str, list[tuple[int, Passage]]] = {s: [] for s in allowed or ()}
        for rank, p in enumerate(passages):
            if allowed and p.source not in allowed:
                continue
            by_source.setdefault(p.source, []).append((rank, p))
        pools = {source: self._facts_of(source) for source in by_source}
        named = self.subjects_named(question, pools)
        if named:
            view.subjects = tuple(sorted(named))
        if question.entity:
            view.entity_names = (question.entity, *self._entity_aliases(question.entity, pools))
        out: list[tuple[Fact, list[float]]] = []
        for source, hits in by_source.items():
            text = self._report_text(source)
            meta = self._meta_of(source)
            headers: dict[int, int] = {}
            for fact in pools[source]:
                # (a table's row about what the question names is read where its header is:
                # a header line longer than a chunk is a chunk of its own, and its rows' chunks
                # say no column's name; only such a row, the rest of the table being no
                # candidate the passages brought)
                head = (
                    _table_head(text, fact.sentence_start, headers)
                    if fact.table and fact.subject and mentions(question.text, fact.subject)
                    else fact.sentence_start
                )
                covering = [
                    (rank, p)
                    for rank, p in hits
                    if (p.start < fact.sentence_end and fact.sentence_start < p.end)
                    or (head < fact.sentence_start and p.start <= head < p.end)
                ]
                # A question that names its reports may be answered anywhere in them; otherwise
                # only retrieved passages are read (the corpus may be large).
                if (not covering and not allowed) or excluded(view, fact, meta.year, text):
                    continue
                # (a figure linked to the asked indicator has its evidence: the ontology read
                # the question's colloquial words and the report's into one frame)
                if not has_evidence(view, fact, text) and not matches(fact, question.asked):
                    continue
                first: int | None = min((r for r, _ in covering), default=None)
                dense = max(((p.dense or 0.0) for _, p in covering), default=0.0)
                out.append(
                    (
                        fact,
                        vector(view, fact, text, dense, first, meta.period, meta.parks, meta.year),
                    )
                )
        return out

    def subjects_named(self, question: Question, pools: dict[str, list[Fact]]) -> set[str]:
        """Row headers and names the question mentions (a sub-park, a company, a park of a
        bulletin): facts about them are preferred, and a figure must be about them."""
        onto = ontology()
        parks = {p for source in pools for p in self._meta_of(source).parks if len(p) >= 2}
        declared = {source: self._declared(source) for source in pools}
        named = {
            f.subject
            for source, facts in pools.items()
            for f in facts
            if f.subject
            and len(f.subject) >= 2
            # (or by another name its report declares: a row 帼呈临空区 "即帼呈临空经济区")
            and any(
                mentions(question.text, name)
                for name in (f.subject, *declared[source].get(f.subject, ()))
            )
            # a row named for an indicator (新开工项目 | 个 | …) is what is asked, not whom
            and not any(m.surface == f.subject for m in onto.mentions(f.subject))
            # nor is the report's own park (a bulletin's other parks are subjects), nor a
            # city's parks together (琨垣市四园区: the whole the question asks)
            # (a park's two-character short name, 云陵 of 云陵高新区, is no other park's own:
            # 云陵经开区 is a subject in 云陵高新区's company)
            and not any(f.subject in p or (len(p) > 2 and p in f.subject) for p in parks)
            and not is_park_group(f.subject)
        }
        if question.lang == "en":
            # a bulletin's member park spelled in English ("Kunyuan ETDZ" for 琨垣经开区) is
            # its row written without the city (经开区)
            members = {m for source in pools for m in self._meta_of(source).members}
            spelled = NameIndex(members).mentioned(question.text) if members else set()
            rows = {
                f.subject
                for facts in pools.values()
                for f in facts
                if len(f.subject) >= 2 and any(_short_for(f.subject, m) for m in spelled)
            }
            # (a member named but no row of it found: still no whole's figure)
            named |= rows or spelled
        if question.lang == "en" and not named:
            # (by meaning only when no part is spelled in pinyin: a follow-up's words inherited
            # from the turn before name the part that turn asked about)
            named |= _parts_in_english(question, pools)
        if question.entity:
            named.add(question.entity)
            named.update(self._entity_aliases(question.entity, pools))
        return named

    def _entity_aliases(self, entity: str, sources: Iterable[str]) -> set[str]:
        """The other names ``sources`` declare for a follow-up's entity."""
        return {n for source in sources for n in self._declared(source).get(entity, ())}

    def _other_parks(self, question: Question, sources: set[str]) -> list[str]:
        """The parks a Chinese question names that are none of its reports' own parks (nor
        share their distinctive first two characters): a neighbour a park's report mentions in
        passing. (A bulletin on several parks has none of its own: its rows and paragraphs
        say whose their figures are.)"""
        if question.lang != "zh":
            return []
        own = [p for s in sources for p in self._meta_of(s).parks if len(p) >= 2]
        if not own:
            return []
        stems = {p[:2] for p in own}
        return [
            p
            for p in parks_written(question.text)
            # (the words before a name may cling to it: 考核中枫潭高新区, 年末桐汐经开区)
            if not any(o in p for o in own)
            and own_name(p)[:2] not in stems
            and not is_park_group(p)
            and not is_generic_park(p)
            # (a class of parks a ranking is among: 国家级经开区, 全省高新区)
            and not vocab.SCOPE.search(p)
            and vocab.grade_in(p) is None
        ]

    def _said_of(self, fact: Fact, parks: list[str]) -> bool:
        """Is the fact about one of ``parks``: its subject, or its clause chain up to it? (A
        bulletin's figure is left to its rows and paragraphs.)"""
        if not self._meta_of(fact.source).parks:
            return True
        text = self._report_text(fact.source)
        said = fact.subject + text[fact.sentence_start : fact.end]
        return any(own_name(p) in said for p in parks)

    def _of_spoken(self, fact: Fact, spoken: list[str]) -> bool:
        """Is the fact of a park a question names by its place: its report is that park's own,
        or a bulletin on it whose row or sentence says it?"""
        meta = self._meta_of(fact.source)
        if any(p in meta.parks for p in spoken):
            return True
        if not any(p in meta.members for p in spoken):
            return False
        text = self._report_text(fact.source)
        said = fact.subject + text[fact.sentence_start : fact.end]
        return any(own_name(p) in said for p in spoken)

    def _names_before(self, fact: Fact) -> list[str]:
        """Project and company names in the fact's sentence before it (in its clause chain:
        "X项目完成投资30.4亿元" is about X)."""
        if fact.table:
            return []
        parks = [p for p in self._meta_of(fact.source).parks if len(p) >= 2]
        text = self._report_text(fact.source)
        clause = max(
            [fact.sentence_start]
            + [i + 1 for i in range(fact.sentence_start, fact.start) if text[i] in "，,；;"]
        )
        return [
            _NAME_BODY.sub("", f.value)
            for f in self._facts_of(fact.source)
            if f.kind == "name"
            and f.unit in ("project", "company")
            and clause <= f.start
            and f.end <= fact.start
            and not any(p in f.value for p in parks)  # the report's own park says nothing
        ]

    def parks_of(self, sources: set[str]) -> tuple[str, ...]:
        """The parks the reports ``sources`` are about (not their bulletins' member parks)."""
        return tuple(p for source in sorted(sources) for p in self._meta_of(source).parks)

    def members_of(self, sources: set[str]) -> tuple[str, ...]:
        """The parks the reports ``sources`` report on besides their own (a city's bulletin's
        member parks)."""
        return tuple(p for source in sorted(sources) for p in self._meta_of(source).members)

    def with_ranker(self, ranker: Ranker) -> Engine:
        """The same engine reading the same reports with another ranker (calibration replays
        its decisions under other floors)."""
        engine = Engine(self._facts_of, self._report_text, self._meta_of, ranker)
        engine._declared_names = self._declared_names  # (the same reports: read once)
        return engine

    def entities_named(self, question: Question, sources: set[str]) -> set[str]:
        """Names of the reports (projects, companies, areas, table rows) the question
        mentions, by the whole name or its body without the 项目/有限公司 suffix; for a date
        or name question that names none of them, the longest run of its words (five
        characters or more, the report's park left out) that a report says verbatim
        ("泽康药业创新药研发中心是哪天动工的")."""
        said = re.sub(r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])", "", question.text)
        found = set()
        for source in sources:
            for f in self._facts_of(source):
                names = [f.value] if f.kind == "name" else []
                if f.subject:
                    names.append(f.subject)
                for name in names:
                    body = _NAME_BODY.sub("", name)
                    if _GENERIC_NAME.match(body):  # "开发区（园区）": parks in general
                        continue
                    if len(body) >= 4 and (name in said or body in said or abridged(name, said)):
                        found.add(body)
        if question.entity:
            found.add(_NAME_BODY.sub("", question.entity))
        if not found and question.lang == "en":
            return self._named_in_english(question, sources)
        if found or question.answer_kind not in ("date", "name") or question.lang != "zh":
            return found
        left = question.frame[0]
        for source in sources:
            for park in self._meta_of(source).parks:
                if len(park) >= 2:
                    left = left.replace(park, " ")
        text = " ".join(self._report_text(s) for s in sources)
        for size in range(len(left), 4, -1):
            runs = {left[i : i + size] for i in range(len(left) - size + 1)}
            hits = {r for r in runs if " " not in r and r in text}
            if hits:
                return hits
        return found

    def _named_in_english(self, question: Question, sources: set[str]) -> set[str]:
        """The project or company an English question describes ("the smart-sensor packaging
        and testing project"): the one name of the reports that holds the most of the
        question's words as the glossary translates them — two at least, and more than any
        other name holds (else none: a guess between two projects is no reading)."""
        words = [
            g
            for g in question.groups
            if all(len(t) >= 2 and t not in GENERIC_WORDS and t not in _NAME_WORDS for t in g)
        ]
        scored: dict[str, int] = {}
        for source in sources:
            for f in self._facts_of(source):
                if f.kind == "name" and f.unit in ("project", "company"):
                    hits = sum(any(t in f.value for t in g) for g in words)
                    if hits >= 2:
                        scored[_NAME_BODY.sub("", f.value)] = hits
        if not scored:
            return set()
        best = max(scored.values())
        top = {name for name, hits in scored.items() if hits == best}
        return top if len(top) == 1 else set()

    def rank(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
    ) -> list[Candidate]:
        if self.ranker is None:
            raise RuntimeError("no ranker: train one with `python -m parkqa.answer.training`")
        ranked = [
            Candidate(fact, tuple(v), self.ranker.probability(v))
            for fact, v in self.candidates(question, passages, allowed)
        ]
        ranked.sort(key=lambda c: (-c.probability, c.fact.source, c.fact.start))
        return ranked

    def decide(self, question: Question, ranked: list[Candidate]) -> Decision:
        """The answer among a question's ranked candidates, and why (or why none): see
        :meth:`_decide`; a figure chosen must then be of the batch or phase the question
        names and, for "how many of the…", a part of the set (checked on the choice, not
        before it: a rival struck off the list would leave a wrong figure unrivalled)."""
        decision = self._decide(question, ranked)
        chosen = decision.chosen
        if chosen is None or question.answer_kind not in FIGURE_KINDS:
            return decision
        if question.subset and not chosen.fact.part:
            # "How many of the deals … came from the Yangtze River Delta?": a 其中 part
            return Decision(None, "other qualifier", decision.ranked)
        batches = vocab.batches_in(question.text)
        if batches and not self._of_batch(chosen.fact, batches):
            # "第一批签约项目的开工率", "一期投资多少": a figure of that batch or phase
            return Decision(None, "other qualifier", decision.ranked)
        return decision

    def _decide(self, question: Question, ranked: list[Candidate]) -> Decision:
        """The answer among a question's ranked candidates, and why (or why none).

        A question for a figure of an indicator the ontology knows is answered only by a fact
        linked to that indicator and measure, about what the question names, fitting its
        qualifier, period and year best, and ahead of any different figure that fits as well
        (:func:`_matching`); one that names no indicator the ontology knows by the ranker's
        top candidate, if the ranker is sure enough. The floors and the margin come with the
        ranker (calibrated on questions it was not trained on)."""
        if self.ranker is None:
            return Decision(None, "no ranker", tuple(ranked))
        floors = self.ranker
        if question.asks_published:
            # the page's date line was chrome, stripped: no date read is the publication's
            return Decision(None, "publication date", ())
        # A place the question names that a report never names: none of its figures is
        # about it (砚川金沙湾物流园, 青湖0号园 asked of 岚溪18号园's report).
        unknown = {
            source
            for source in {c.fact.source for c in ranked}
            if _unknown_place(question.text, self._report_text(source), self._meta_of(source).parks)
        }
        if ranked and all(c.fact.source in unknown for c in ranked):
            return Decision(None, "unknown place", ())
        ranked = [
            c
            for c in ranked
            if c.fact.source not in unknown
            and _said_of_quoted(c.fact, question, self._report_text(c.fact.source))
        ]
        if not ranked:
            return Decision(None, "no candidates", ())
        sources = {c.fact.source for c in ranked}
        parks = tuple(p for s in sources for p in self._meta_of(s).parks)
        places, english = places_named(question.text, parks)
        if (places or english) and self.path(question) != "named":
            # "梧冈片区…是多少": a figure about that part only, whether or not the ontology
            # knows the indicator asked
            ranked = [
                c
                for c in ranked
                if _about_place(c, places, english, self._report_text(c.fact.source))
                # (a part named in English only: never a whole-park figure)
                and (places or _of_a_part(c.fact, parks))
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        city = _city_asked(question.text, parks)
        if city and self.path(question) != "named":
            # "龉阳市上半年地区生产总值" in a park's bulletin that names its city beside it
            # (高于全市…): a figure said of the city, never the park's own (全区…)
            # (a city's own report, of no park, speaks of the city throughout)
            ranked = [
                c
                for c in ranked
                if not any(not is_generic_park(p) for p in self._meta_of(c.fact.source).parks)
                or _said_of_city(c.fact, city, self._report_text)
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        others = self._other_parks(question, sources)
        if others:
            # "艄贺高新区前十个月规上工业增加值增长了多少？" read in 赟航高新区's interview, which
            # names its neighbour: figures said of that park only
            ranked = [c for c in ranked if self._said_of(c.fact, others)]
            if not ranked:
                return Decision(None, "other subject", ())
        members = tuple(m for s in sources for m in self._meta_of(s).members)
        spoken = [p for p in dict.fromkeys(parks + members) if spoken_of(question.text, p)]
        if spoken and self.path(question) != "named":
            # "螭山那边前三季度新添了几家规上企业" (螭山新材料产业园, a park of one workbook):
            # a figure of that park's own report or said of it, never another park's report's
            ranked = [c for c in ranked if self._of_spoken(c.fact, spoken)]
            if not ranked:
                return Decision(None, "other subject", ())
        if question.describes_member:
            # "竣盛靠港口的那个开发区…多少": one park of a bulletin's, described: a row or
            # paragraph of a member, never the bulletin's total (合计) nor its unnamed whole
            ranked = [
                c
                for c in ranked
                if not self._meta_of(c.fact.source).members
                or (c.fact.subject and not vocab.TOTAL_ROW.search(c.fact.subject))
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        if question.partner:  # "对东盟进出口额": trade with that partner only
            ranked = [
                c
                for c in ranked
                if question.partner
                in vocab.QUOTE_MARKS.sub(
                    "", self._report_text(c.fact.source)[c.fact.context_start : c.fact.end]
                )
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        if question.stop:  # "at the Shaozhe stop of the promotion week": its figures only
            ranked = [
                c
                for c in ranked
                if _stop_said(question.stop, c.fact, self._report_text(c.fact.source))
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        projects = vocab.projects_named(
            question.text + ("，" + question.entity if question.entity else "")
        )
        if projects and question.answer_kind in FIGURE_KINDS:
            # "拓衡汽车一体化压铸件项目的协议投资": a figure said of that project, never the
            # park's total (nor, after "它的总投资", another project's)
            ranked = [c for c in ranked if self._said_of_project(c.fact, projects)]
            if not ranked:
                return Decision(None, "other subject", ())
        view = question_view(question)
        if view.periods and question.answer_kind in FIGURE_KINDS:
            # "上半年…是多少" asked of an annual report: its figures are the year's, no answer
            ranked = [c for c in ranked if self._of_periods(c.fact, view.periods)]
            if not ranked:
                return Decision(None, "other period", ())
        if self.asks_indicator(question):
            named = self.subjects_named(question, {s: self._facts_of(s) for s in sources})
            ask = Asked(
                dated=question.dated,
                qualifiers=_qualifiers_beyond(question),
                stage=question.stage,
                grade=question.grade,
                years=view.years,
                periods=view.periods,
                part=question.part,
                qualified=bool(question.qualifiers),
                total=question.total,
                events=frozenset(vocab.EVENT_KINDS.findall(question.text)),
                this_event=bool(vocab.EVENT_FIGURE.search(question.text)),
                names=frozenset(self.entities_named(question, sources)),
                industries=question.industries,
                scopes=question.scopes,
                region=question.region_asked,
                previous_period=question.previous_period,
                seasons=question.round_asked,
                compared_with=question.compared_with,
            )
            chosen, reason = _matching(
                ranked,
                question.asked,
                self._report_text,
                ask,
                names_subject=bool(named),
                margin=floors.margin,
                names_before=self._names_before,
            )
            if chosen is not None and chosen.probability < floors.fact_floor:
                return Decision(None, "low confidence", tuple(ranked))
            return Decision(chosen, reason, tuple(ranked))
        # A figure linked to an indicator of another unit kind is no answer to the kind asked
        # (a count of projects for "多少钱").
        ranked = [
            c
            for c in ranked
            if _unit_kind_fits(c.fact, question)
            and _measure_fits(c.fact, question)
            and _qualifiers_said(
                c.fact, self._report_text(c.fact.source), _qualifiers_beyond(question)
            )
            # ("三大主导产业是哪些": a list is what the industries are)
            and (
                c.fact.kind in ("name", "list", "date")
                or _industries_said(c.fact, self._report_text(c.fact.source), question.industries)
            )
            and not _structural_count(c.fact)
            and not (c.fact.kind == "name" and c.fact.value in question.text)
            # (a count or amount at the stage asked: "broke ground" is no count of signings)
            and (
                c.fact.kind in ("name", "list", "date")
                or _stage_said(c.fact, self._report_text(c.fact.source), question.stage)
            )
            # ("which company signed…with the Cuiping park": the park is no company; "老总叫什么":
            # a person) checked before choosing, so the name of the kind asked may be chosen
            and not (
                c.fact.kind == "name"
                and question.answer_kind == "name"
                and not fact_name_fits(question, c.fact)
            )
            and (c.fact.unit != "person" or self._holds_office_asked(question, c.fact))
            and in_scope(
                c.fact,
                self._report_text(c.fact.source),
                question.scopes,
                question.region_asked,
            )
            and _of_previous_period(c.fact, self._report_text(c.fact.source))
            == question.previous_period
            # (a date's round and event are told by its own words: "它哪天开的工？" is never
            # the day it was signed, "夏季…哪天" never the spring round's)
            and (
                _event_fits(c.fact, self._report_text, question)
                if c.fact.kind == "date"
                else _of_season_asked(
                    c.fact, self._report_text(c.fact.source), question.round_asked
                )
            )
            # ("还需完成多少": what its report says is still to be done, never the target)
            and (
                not question.asks_remaining
                or bool(
                    vocab.REMAINING.search(_clause_before(c.fact, self._report_text(c.fact.source)))
                )
            )
        ]
        if not ranked:
            return Decision(None, "no candidates", ())
        named = (
            self.subjects_named(question, {s: self._facts_of(s) for s in sources})
            if question.answer_kind in FIGURE_KINDS
            else set()
        )
        if named:
            # "Where did Lingpian Industrial Park rank…" of a bulletin on six parks: a figure
            # about the subject named, as on the indicator path (or in its row or sentence: a
            # project's row under the park named in another column is the park's too)
            ranked = [
                c
                for c in ranked
                if c.features[_F["subject_named"]]
                or any(n in self._sentence(c.fact) for n in named)
            ]
            if not ranked:
                return Decision(None, "other subject", ())
        if question.order is not None and question.answer_kind in ("date", "year"):
            # "哪个月签的项目最多": the month is computed over the set or not answered; one
            # date read beside a figure is no answer to it
            return Decision(None, "order over dates", tuple(ranked))
        if self.path(question) == "named":
            entities = self.entities_named(question, {c.fact.source for c in ranked})
            if entities:  # "X项目是哪天开工的", "X项目由哪家企业建设": read beside X
                chosen, reason = _beside(question, ranked, entities, self._report_text)
                if chosen is not None and chosen.probability >= floors.fact_floor:
                    return Decision(chosen, reason, tuple(ranked))
                if reason == "ambiguous":
                    return Decision(None, reason, tuple(ranked))
            focused = _focused(question, ranked, floors.margin)
            if focused is not None and focused.probability >= floors.fact_floor:
                return Decision(focused, "focused", tuple(ranked))
        covered = _covered(ranked, floors.margin)
        if covered is None and question.answer_kind == "rank":
            # A rank is stated in the sentence naming its ranking, often before the park
            # ("在…综合考评中，X经开区位列第86位"): every word of the question in that sentence.
            ranks = [c for c in ranked if c.fact.kind == "rank"]
            covered = _covered(ranks, floors.margin, "cov_sentence")
        if covered is not None and covered.probability >= floors.fact_floor:
            return Decision(covered, "covered", tuple(ranked))
        floor = floors.name_floor if self.path(question) == "named" else floors.ranked_floor
        if ranked[0].probability < floor:
            return Decision(None, "low confidence", tuple(ranked))
        if self.path(question) == "ranked" and not self._says_what_is_asked(question, ranked[0]):
            return Decision(None, "nothing asked said", tuple(ranked))
        if self.path(question) == "ranked":
            # (the top's row is past the floor: its cell under the column asked is the answer,
            # never the top's own cell, whatever the ranker thinks of that column)
            column = self._column_asked(question, ranked)
            if column is not None:
                return Decision(column, "column", tuple(ranked))
        if _rivalled(ranked, _TIE):
            return Decision(None, "ambiguous", tuple(ranked))
        return Decision(ranked[0], "ranked", tuple(ranked))

    def _said_of_project(self, fact: Fact, projects: list[str]) -> bool:
        """Is the fact about one of the projects named: its row, or its sentence up to it,
        says the project's brand (its first two characters) or four characters of its name
        in a row (a report may name it a little otherwise: 新能源汽车一体化压铸件项目)?"""
        text = self._report_text(fact.source)
        where = fact.subject + text[fact.sentence_start : fact.end]
        if vocab.THIS_PROJECT.match(text, fact.sentence_start):
            # "那肯定是晶澜光电。这个项目是…，总投资45亿元": the sentence before names it
            where += text[vocab.sentence_before(text, fact.sentence_start) : fact.sentence_start]
        return any(
            p[:2] in where or any(p[i : i + 4] in where for i in range(len(p) - 3))
            for p in projects
        )

    def _of_batch(self, fact: Fact, batches: set[str]) -> bool:
        """Is the fact of a batch or phase asked: its sentence up to it says one, or, saying
        none, its report's title and lead do (a release on 第二批集中签约)?"""
        text = self._report_text(fact.source)
        said = vocab.batches_in(fact.subject + text[fact.sentence_start : fact.end])
        return bool(said & batches) if said else bool(vocab.batches_in(text[:200]) & batches)

    def _sentence(self, fact: Fact) -> str:
        return self._report_text(fact.source)[fact.sentence_start : fact.sentence_end]

    def _of_periods(self, fact: Fact, periods: tuple[vocab.Period, ...]) -> bool:
        """Is the fact of one of the periods asked: its own period, or for a figure that
        states none its report's (a figure of an annual report is the year's)? A figure
        whose period nothing says is not known to be."""
        return (fact.period or self._meta_of(fact.source).period) in periods

    def _holds_office_asked(self, question: Question, fact: Fact) -> bool:
        """Does the person named hold the office the question asks (主任, not the 书记 named
        in the same sentence)? (True when no office is asked.)"""
        office = question.office
        if office is None:
            return True
        if fact.table:
            return vocab.heads_office(fact.indicator, office)
        text = self._report_text(fact.source)
        before, after = text[fact.sentence_start : fact.start], text[fact.end : fact.end + 16]
        return vocab.holds_office(before, after, office)

    def _says_what_is_asked(self, question: Question, candidate: Candidate) -> bool:
        """Does a figure the ranker picks for a question of no known indicator say any of what
        the question asks, beyond the places and times it names ("砧岭片区去年投资干了多少" is not
        answered by 砧岭片区's output row: 投资 is nowhere in it; "How many new jobs" by no
        output row: none of 新增, 工作 is in it)?"""
        fact = candidate.fact
        text = self._report_text(fact.source)
        # (the words naming the figure's own subject say whom, not what: 帼呈临空区's row)
        words = [t for t in _asked_words(question) if t not in fact.subject]
        said = (
            fact.indicator
            + fact.subject
            + fact.section
            + text[fact.sentence_start : fact.sentence_end]
        )
        noun = question.measured_noun
        if noun and noun not in GENERIC_WORDS and noun not in said:
            return False  # "考评第一拿了多少奖金": a figure said to be a 奖金, not a score
        return not words or any(word in said for word in words)

    def _column_asked(self, question: Question, ranked: list[Candidate]) -> Candidate | None:
        """The cell of the top candidate's table row whose column says what the question asks
        when the top's column does not ("What score did X get for opening-up": the 开放合作
        column, not 总得分): one such value, or None."""
        top = ranked[0]
        words = [
            w
            for w in _asked_words(question)
            if not _KIND_WORD.fullmatch(w) and not vocab.ASSESSMENT.search(w)
        ]
        if not top.fact.table or not words or any(w in top.fact.indicator for w in words):
            return None
        row = [
            c
            for c in ranked
            if c.fact.source == top.fact.source
            and c.fact.sentence_start == top.fact.sentence_start
            and any(w in c.fact.indicator for w in words)
        ]
        if len({_normal_value(c.fact.value) for c in row}) != 1:
            return None
        return row[0]

    def path(self, question: Question) -> str:
        """How the engine answers: ``fact`` (a figure of a known indicator: matched),
        ``ranked`` (a figure of none the ontology knows), ``named`` (a date, name or list)."""
        if self.asks_indicator(question):
            return "fact"
        return "ranked" if question.answer_kind in FIGURE_KINDS else "named"

    def answer(
        self, question: Question, passages: list[Passage], allowed: set[str] | None
    ) -> Decision:
        """Rank the question's candidates and decide (see :meth:`decide`)."""
        return self.decide(question, self.rank(question, passages, allowed))

    def read(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
        titles: dict[str, str],
    ) -> Reading | None:
        decision = self.answer(question, passages, allowed)
        return decision.reading(titles)

    def related(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
        titles: dict[str, str],
        k: int = 5,
    ) -> list[RelatedFigure]:
        """The figures shown beside a refusal: linked facts of the reports read (those the
        question names, else those of the top passages), of its year and period when it
        names them; the asked indicator's family first (itself, its parents and children),
        then the facts of the best retrieved passages. One per indicator and value."""
        onto = ontology()
        view = question_view(question)
        asked = {i for i, _ in question.asked}
        family = {a for i in asked for a in onto.lineage(i)}
        sources = (
            sorted(allowed) if allowed else list(dict.fromkeys(p.source for p in passages[:3]))
        )
        scored = []
        for source in sources:
            year = self._meta_of(source).year
            for fact in self._facts_of(source):
                if not fact.indicator_id or fact.kind in ("date", "name", "list"):
                    continue
                if view.years and (fact.year or year) not in view.years:
                    continue
                if view.periods and fact.period is not None and fact.period not in view.periods:
                    continue
                lineage = set(onto.lineage(fact.indicator_id))
                kin = fact.indicator_id in family or bool(asked & lineage)
                rank = next(
                    (
                        i
                        for i, p in enumerate(passages)
                        if p.source == source
                        and p.start < fact.sentence_end
                        and fact.sentence_start < p.end
                    ),
                    len(passages),
                )
                scored.append(((not kin, rank, fact.source, fact.start), fact))
        out: list[RelatedFigure] = []
        seen: set[tuple[str, str]] = set()
        for _, f in sorted(scored, key=lambda item: item[0]):
            key = (f.indicator_id, _normal_value(f.value))
            if key in seen:
                continue
            seen.add(key)
            text = self._report_text(f.source)
            out.append(
                RelatedFigure(
                    indicator=onto.get(f.indicator_id).name,
                    measure=f.measure,
                    value=f.value,
                    source=f.source,
                    title=titles.get(f.source, ""),
                    quote=text[f.sentence_start : f.sentence_end],
                    start=f.sentence_start,
                    end=f.sentence_end,
                    value_start=f.start,
                    value_end=f.end,
                    period=vocab.period_name(f.period),
                    year=f.year,
                )
            )
            if len(out) == k:
                break
        return out

    def span_shown(self, question: Question, reading: Reading) -> bool:
        """A span read from a sentence is shown only when the report itself delimits it: a
        phrase ("什么机制", "主题是什么") must be the whole of a quotation (“五个一”推进机制 →
        五个一); a name or a list must be one read at index time (a company, project or area
        name; a 、-list). Free spans were right about one time in five on the sets measured:
        a wrong phrase shown as the answer costs more than a refusal with the passages."""
        text = self._report_text(reading.source)
        if question.answer_kind != "phrase":
            return any(
                f.kind in ("name", "list")
                and f.start == reading.value_start
                and f.end == reading.value_end
                for f in self._facts_of(reading.source)
            )
        before = text[reading.value_start - 1 : reading.value_start]
        after = text[reading.value_end : reading.value_end + 1]
        value = text[reading.value_start : reading.value_end]
        if vocab.HONOUR_ASKED.search(question.text) and any(
            (m.start("h"), m.end("h")) == (reading.value_start, reading.value_end)
            for m in vocab.HONOUR.finditer(
                text, max(0, reading.value_start - 8), reading.value_end + 4
            )
        ):
            return True  # an honour is delimited by its verb and its kind (获评…示范园区)
        return before in '“「『"' and after in '”」』"' and bool(before) and "“" not in value

    def kind_agrees(self, question: Question, reading: Reading) -> bool:
        """A name answer names the kind of thing asked ("哪家企业": a company, not a project;
        "which park": a park): every item must be a name of that kind (a phrase of no known
        kind, "市委、市政府的坚强领导下", is no sub-park; a person is a name read beside a
        title)."""
        value = self._report_text(reading.source)[reading.value_start : reading.value_end]
        unit = next(
            (
                f.unit
                for f in self._facts_of(reading.source)
                if f.kind == "name" and (f.start, f.end) == (reading.value_start, reading.value_end)
            ),
            "",
        )
        return name_fits(question, value, unit)

    def narrowed_to_name(self, question: Question, reading: Reading) -> Reading:
        """A name question read by the span reader ("是谁投资的？" → "1个，为香港禾丰投资有限公司"):
        the name fact inside the span, when there is one, is the answer."""
        if question.answer_kind != "name":
            return reading
        inside = [
            f
            for f in self._facts_of(reading.source)
            if f.kind == "name"
            and reading.value_start <= f.start
            and f.end <= reading.value_end
            and f.value not in question.text  # the question's own name is never its answer
        ]
        if not inside:
            return reading
        # The kind asked ("哪家公司", "谁投资的": a company) before the longest.
        asked = set(question.name_kinds) | ({"company"} if question.asks_who else set())
        name = max(inside, key=lambda f: (name_kind(f.value) in asked, f.end - f.start))
        return replace(reading, value_start=name.start, value_end=name.end)

    def read_order(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
        titles: dict[str, str],
    ) -> Reading | None:
        """A question for the top or bottom of a set ("哪个片区增长最快", "谁排第一"): the
        subject computed from a table column or a sentence's figures, else the one a sentence
        states. None when the question asks no order or no set matches it."""
        if not question.asks_name or question.answer_kind in ("list", "date", "year"):
            return None  # ("哪个月签的项目最多": a month, no name of the set)
        order = question.order
        if order is None:
            return None
        view = question_view(question)
        sources = (
            sorted(allowed) if allowed else list(dict.fromkeys(p.source for p in passages[:3]))
        )
        found: list[tuple[float, Pick]] = []
        for source in sources:
            facts, text = self._facts_of(source), self._report_text(source)
            if _unknown_place(question.text, text, self._meta_of(source).parks):
                continue  # (a city or a place the report never names: none of its sets)
            for result in (
                pick(view, order, facts, text, self._meta_of(source).year),
                stated(view, order, facts, text),
            ):
                if result is not None:
                    found.append(result)
        # (not the set asked of: "鲸翥市哪个开发园区…" names no park)
        named = [
            n
            for n in (parks_written(question.text) if question.lang == "zh" else [])
            # (nor a city's parks together, 熠州市开发区: the set itself)
            if not _ASKED_PLACE.search(n) and not is_generic_park(n)
        ]
        if named:
            # "谨晖高新区那三个园子里哪个…": its parts, never another park a city's bulletin
            # ranks beside it (a park picked must be one the question names)
            found = [
                (score, pick_) for score, pick_ in found if not self._another_park(pick_, named)
            ]
        if not found:
            return None
        best_score, best = max(found, key=lambda item: item[0])
        said = self._report_text(best.source)[best.start : best.end]
        if not name_fits(question, said):  # (a park's row for "最大单体项目是哪个项目")
            return None
        # Two reports naming different tops about as well ("这批签约项目里哪个项目砸钱最多": a
        # signing's table, a bulletin's "全市单体投资最大项目"): the reports do not settle it.
        if any(
            pick_.source != best.source
            and score >= 0.7 * best_score
            and self._report_text(pick_.source)[pick_.start : pick_.end] != said
            for score, pick_ in found
        ):
            return None
        return _reading(best, titles, 1.0, "name")

    def _another_park(self, found: Pick, named: list[str]) -> bool:
        """Is the name picked a park its report reports on (a bulletin's member) that none of
        the parks ``named`` is?"""
        said = self._report_text(found.source)[found.start : found.end]
        meta = self._meta_of(found.source)
        if any(own_name(n)[:2] == own_name(park)[:2] for n in named for park in meta.parks[:1]):
            return False  # the report's own park named: what it reports on are its parts
        members = meta.members
        return any(m in said or said in m for m in members if len(m) >= 3) and not any(
            mentions(said, n) or mentions(n, said) or own_name(n)[:2] == own_name(said)[:2]
            for n in named
        )


_F = {name: i for i, name in enumerate(FEATURES)}
_PARK_NAME = re.compile(r"(?:开发区|高新区|经开区|园区|产业园|工业园|科技园|片区|综保区)$")
_DAY = re.compile(
    r"(?<!\d)(?:1[0-2]|[1-9])月(?:3[01]|[12]\d|[1-9])日"
    r"|(?<![\d.])20\d{2}\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.])"
)


@dataclass(frozen=True)
class Asked:
    """What a figure question says besides its indicator and measure (what :func:`_fit`
    checks a matching fact against)."""

    dated: bool = False
    qualifiers: tuple[str, ...] = ()
    stage: str | None = None
    grade: str | None = None
    years: tuple[int, ...] = ()
    periods: tuple[vocab.Period, ...] = ()
    part: bool = False
    #: The scopes the question names (全省, 全国, 全市): a rank or share in another is not it.
    scopes: tuple[str, ...] = ()
    #: The question asks about a city's parks together (云陵市开发园区, 四园区合计): a figure of
    #: the whole region may be its answer.
    region: bool = False
    #: Industries the question's figure is about ("新能源产业协议投资占…比重"): a figure
    #: must be said of them.
    industries: tuple[str, ...] = ()
    #: The question asks a running or whole total (累计, 一共, 截至…): not one event's figure.
    total: bool = False
    #: The kinds of event the question names (峰会, 推介会): a figure of another's is not it.
    events: frozenset[str] = frozenset()
    #: The question asks one event's figure in its words (本次, 此次, 现场): no running total.
    this_event: bool = False
    #: The question states a qualifier at all (亿元以上, even one its indicator says): a 其中
    #: part is then what it asks ("其中亿元以上项目11个").
    qualified: bool = False
    #: Names of projects, companies and areas the question mentions (no other subject).
    names: frozenset[str] = frozenset()
    #: It asks of the quarter or month before the one spoken of (上季度排名).
    previous_period: bool = False
    #: The seasons of the rounds it names (春季集中签约): a figure of another round is not it.
    seasons: frozenset[str] = frozenset()
    #: The base it sets a rate against (全市 in "增速高于全市多少"), if it names one.
    compared_with: str | None = None


def _fit(
    candidate: Candidate,
    report_text: Callable[[str], str],
    ask: Asked,
    names_before: Callable[[Fact], list[str]] = lambda f: [],
) -> tuple[bool, ...]:
    """How well a matching fact fits the rest of the question, best first: about what the
    question names and nothing else (no other park part, company or project in its clause),
    with the qualifier, stage and grade it asks, for the period it asks (or the report's
    own), this year's, a period's total rather than one day's event, the stage it asks said
    outright, the year's total when the question names a year and no period, the whole
    rather than a 其中 part."""
    v = candidate.features
    fact = candidate.fact
    text = report_text(fact.source)
    sentence = text[fact.sentence_start : fact.sentence_end]
    # A qualifier asked (10亿元以上) holds when the fact's row or sentence up to it says it; a
    # population (规模以上, 限额以上) when its paragraph does ("全区规上工业企业实现营业收入…；
    # 实现利润总额31.4亿元").
    scoped = in_scope(fact, text, ask.scopes, ask.region)
    # Its own words: the stage (申报/通过/立项) and grade (省级/市级) it is reported at.
    own = text[fact.context_start : fact.start] + " " + (fact.indicator if fact.table else "")
    names = ontology().names_text((fact.indicator_id,)) if fact.indicator_id else ""
    stage = vocab.stage_in(own, names)
    not_reached = vocab.STAGE_NOT_REACHED.search(text[fact.end : fact.sentence_end])
    if not_reached:  # "仍有12个签约项目未开工": the count of those short of 开工
        stage = vocab.stage_in(not_reached.group(0), names) or stage
    grade = vocab.grade_in(own + fact.subject)
    others = [n for n in names_before(fact) if not any(n in m or m in n for m in ask.names)]
    return (
        v[_F["other_subject"]] == 0.0
        and not others
        and _industries_said(fact, text, ask.industries),
        _qualifiers_said(fact, text, ask.qualifiers)
        and (bool(ask.qualifiers) or not _own_qualifiers(fact))
        and (bool(ask.stage) or not _stage_subset(fact, text))
        # the stage asked (开工, 认定) said of it: in its sentence up to its clause's end
        and _stage_said(fact, text, ask.stage)
        and scoped
        # a bound an actual figure passed ("首次突破1400亿元") is not what it was
        and not (fact.status == "actual" and _BOUND.search(own)),
        not (ask.stage and stage and stage != ask.stage),
        not (ask.grade and grade != ask.grade) and v[_F["unit_disagrees"]] == 0.0,
        # (a round of the year asked, 2025年春季集中签约, is in its own month: April's)
        (v[_F["period_other"]] == 0.0 or bool(ask.seasons and not ask.periods))
        and _of_previous_period(fact, text) == ask.previous_period
        # "2024年…是多少" names a year and no period: the year's figure, not a quarter's
        and not (
            ask.years and not ask.periods and not ask.seasons and fact.period not in (None, (1, 12))
        ),
        v[_F["year_other"]] == 0.0,
        # an event's figure (a day's, 本次/现场 …) for a question about an event only
        # (a project's figure beside the day it was signed is the project's)
        _of_event_asked(fact, text, ask.events)
        and _of_season_asked(fact, text, ask.seasons)
        # ("本次签约项目总投资" is no "累计签约…协议投资197.5亿元")
        and not (ask.this_event and vocab.RUNNING_TOTAL.search(_clause_before(fact, text)))
        and (
            ask.dated
            or bool(ask.names)
            or fact.table
            # (a period its own clause states is no day's: "会上通报，1—6月，全区新签约项目47个")
            or (
                fact.period_explicit and fact.period is not None and fact.period[0] < fact.period[1]
            )
            or not (
                _DAY.search(sentence)
                # (本次集中签约项目15个，总投资118.6亿元: the sentence's event is its figures')
                or vocab.EVENT_FIGURE.search(own + text[fact.sentence_start : fact.start])
            )
        ),
        # "今年累计签约了多少个": a running total, not one ceremony's (本次活动共签约项目22个)
        not ask.total
        or (
            (bool(vocab.TOTAL_FIGURE.search(own)) or fact.table)
            and (ask.this_event or not vocab.EVENT_FIGURE.search(_clause_before(fact, text)))
        ),
        not ask.stage or stage == ask.stage,
        # "其中工业投资呢？": the 其中 part, not a sub-area's; a question that asks no part
        # (nor a qualifier a part would carry) the whole, not "其中…贡献税收2.36亿元"
        # (an industry's figure of a breakdown by industry, when the question names one)
        fact.part if ask.part else not fact.part or ask.qualified or bool(ask.industries),
        # (and an industry's figure of a breakdown, 新能源产业签约项目14个, is a part too when
        # no industry is asked)
        bool(ask.industries) or not vocab.INDUSTRY.search(_clause_before(fact, text)),
        # a figure of the period asked rather than one of no stated period (a day's news)
        not ask.periods or fact.period in ask.periods,
        # a round's figure its own sentence says is that round's, rather than one of a release
        # on that round saying none
        _of_season_asked(fact, text, ask.seasons, opening=False),
        # ("增速高于全市多少": the change against the city, not the one against 一季度)
        not ask.compared_with
        or vocab.compared_with(_clause_before(fact, text)) == ask.compared_with,
    )


#: Words that make a figure a bound, not the figure ("突破300亿元", "超过").
_BOUND = re.compile(r"(?:突破|超过|超|逾|不低于|以上)\s*$")

#: A place a question names: a park's part, a base, a port area (not a park: parks route).
_PLACE = re.compile(
    r"[\u4e00-\u9fff0-9]{2,10}?(?P<suffix>物流园|产业园|工业园区|工业园|科技园|保税区|园区|片区|基地|港区"
    r"|新城|小镇|街道|园(?!区))"
)
_PLACE_LEAD = re.compile(
    # (a year before the name: "2026年酩山智造园")
    r"^(?:19|20)\d{2}\s*年[度底末初]?|"
    r"^(?:那么?|请问|还有|再问|另外|其中)+|^.*?(?:的|在|和|与|及|、|是|对|全市|全区|各)"
    r"|^[\u4e00-\u9fff]{2,3}市(?!场)"  # the city before a park's name (柘垣市碛岭临港产业园)
)


#: A part of a park an English question names: "the Yanting sub-park", "Baishi ETDZ's South
#: Zone", "Jingshan's Smart Manufacturing Park".
_EN_PLACE = re.compile(
    r"(?:\b(?:the|about|in|of|for|at)\s+|'s\s+)(?P<name>(?:[A-Z][\w-]*\s+(?:(?:and|of|&)\s+)?){0,3}?[A-Z][\w-]*\s+"
    r"(?:[Ss]ub-(?:park|zone|area)|[Pp]ark|[Zz]one|[Aa]rea|[Dd]istrict|[Cc]luster))\b"
)
_PARK_TYPE_EN = re.compile(r"\b(?:High-tech|Hi-tech|Development|ETDZ|Economic|Industrial)\b", re.I)
#: What follows a place named in English: "in Qiongmo ETDZ" names the park it is a part of.
_IN_PARK = re.compile(r"(?:\s+(?:in|of|at|within|under)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s*){1,3})?")


def _table_head(text: str, row: int, found: dict[int, int]) -> int:
    """Where the table holding the row at ``row`` starts (its first line of cells), cached in
    ``found`` by row."""
    if row not in found:
        start = row
        while start > 0 and start not in found:
            before = text.rfind("\n", 0, start - 1) + 1
            if " | " not in text[before : start - 1]:
                break
            start = before
        found[row] = found.get(start, start)
    return found[row]


def places_named(question: str, parks: tuple[str, ...]) -> tuple[list[str], bool]:
    """The parts of parks a question names, other than the report's own park: Chinese names
    (梧冈片区, 临港片区, 白石经开区南区's 南区) and whether it names one in English."""
    # (no name holds 那个: "焱山那个新材料园" is a park spoken of, no part of one)
    found = [p for p in _places(question, parks) if not SPOKEN_KIND.search(p)]
    text = _without_parks(question, parks)
    found += re.findall(
        r"(?:(?<![\u4e00-\u9fff])|(?<=[那的在]))" + vocab.DIRECTION_ZONE, text.replace("其中", "  ")
    )
    found += [zone for zone in vocab.ZONE_PARTS if zone in text]
    found += vocab.direction_parts(question)  # "the south sub-park": 南区, 南园 …
    # an English question naming a part in Chinese ("the 桤石 zone of the 楠岢 Industrial Park")
    found += [
        name
        for name in re.findall(
            r"([\u4e00-\u9fff]{2,8})\s+(?:zone|sub-park|sub-zone|area|district|cluster)\b",
            question,
            re.I,
        )
        if not any(name in park for park in parks)
    ]
    keys = {k for p in parks if len(p) >= 2 for k in english_keys(p)}
    english = any(
        # ("in Mingrong Park": the report's own park, no part of it)
        not keys & set(word_runs(m.group("name")))
        and (
            not _PARK_TYPE_EN.search(m.group("name"))
            # ("the Automobile Industrial Park in Qiongmo ETDZ": a park type, but a part of
            # the park named after it)
            or bool(keys & set(word_runs(_said_after(_IN_PARK, question, m.end()))))
        )
        for m in _EN_PLACE.finditer(question)
    )
    return found, english


def _said_after(pattern: re.Pattern[str], text: str, at: int) -> str:
    """What ``pattern`` reads at ``at`` ("" when nothing)."""
    found = pattern.match(text, at)
    return found.group(0) if found else ""


def _about_place(candidate: Candidate, places: list[str], english: bool, text: str) -> bool:
    """Is the fact about one of the places named (its row, its sentence, its section)?"""
    fact = candidate.fact
    # its row, its section, or its sentence up to it ("全区…1.86亿美元，其中南区…" is not 南区's)
    where = fact.subject + text[fact.sentence_start : fact.end] + fact.section
    if name_kind(fact.subject) in ("company", "project") and not any(
        len(p) >= 4 and p in fact.subject for p in places
    ):  # (a company or project named after a zone is not that zone: 桤石乳业有限公司's row is
        # no figure of the 桤石 zone asked; 朗越半导体封装测试基地项目's is one of the
        # 朗越半导体封装测试基地 asked)
        return False
    # (a bulletin's member park asked with its city first: 煜浔烁湾临港产业园, row 烁湾临港产业园)
    subject = fact.subject if len(fact.subject) >= 4 else None
    if any(
        p in where or _distinctive(p) in where or (subject and p.endswith(subject)) for p in places
    ):
        return True
    return english and bool(candidate.features[_F["subject_named"]])


def _of_a_part(fact: Fact, parks: tuple[str, ...]) -> bool:
    """Is the fact about a part of a park (its row, its paragraph), not the whole?"""
    return (
        bool(fact.subject)
        and not vocab.TOTAL_ROW.search(fact.subject)
        and not any(fact.subject in p or p in fact.subject for p in parks)
    )


def _unknown_place(question: str, text: str, parks: tuple[str, ...] = ()) -> bool:
    """Does the question name a place (砚川金沙湾物流园, 梧冈片区, a city it opens with) that
    the report never names? Then no figure of the report is about it. A place is known by its
    distinctive words (西塬产业园 is 西塬智能制造产业园)."""
    # "砚霖市四个开发区…": a city the report never names, nor the report's own park
    city = _CITY_FIRST.match(question) or _CITY_SET.search(question)
    if (
        city
        and not _NOT_A_CITY.search(city.group("stem"))
        and city.group("stem") not in text
        and not any(p in question for p in parks if len(p) >= 2)
    ):
        return True
    for name in _places(question, parks):
        own = _distinctive(name)
        # its tails of two characters or more, at least two of them Chinese ("0号" alone is
        # in every numbered park's text)
        tails = [own[k:] for k in range(len(own) - 1) if len(_CJK_CHAR.findall(own[k:])) >= 2]
        if tails and not any(t in text for t in tails):
            return True
    return False


def _city_asked(question: str, parks: tuple[str, ...]) -> str | None:
    """The city a question asks about as a whole (its short name): it opens with "X市" (or
    an English question writes "X市"), names none of the reports' parks, and X is no park's."""
    city = _CITY_FIRST.match(question) or _CITY_IN_ENGLISH.search(question)
    if city is None or any(p in question for p in parks if len(p) >= 2):
        return None
    # (柘垣市砚湫经济开发区, 琨垣市四园区, 稔州市五个开发区合计: a park or the city's parks)
    if _PARK_WORD.search(question[city.end() :]):
        return None
    stem = city.group("stem")
    return None if any(stem in p for p in parks) else stem


def _said_of_city(fact: Fact, city: str, report_text: Callable[[str], str]) -> bool:
    """Is the figure said of the city (全市 or the city's name in its own clause, or its row)?"""
    text = report_text(fact.source)
    # (its own clause: "增速高于全市2.1个百分点，全区地区生产总值完成210亿元" is the park's)
    said = re.split(r"[，,；;。]", text[fact.sentence_start : fact.end])[-1]
    return city in fact.subject or "全市" in said or f"{city}市" in said


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: A park written after a city (开发区, 园区, 片区, 高新区 …, or a park in English).
_PARK_WORD = re.compile(
    r"开发区|园区|产业园|工业园|科技园|高新区|经开区|片区|新区|保税区|综保区|示范区|试验区|"
    r"自贸区|基地|园|"
    r"\b(?:zones?|parks?|ETDZ|HTZ|district)\b",
    re.I,
)
#: An English question writing a city in Chinese ("the GDP of 龉阳市 as a whole").
_CITY_IN_ENGLISH = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<stem>[\u4e00-\u9fff]{2})市(?![\u4e00-\u9fff])"
)
#: A question opening with its city (砚霖市…, 请问柘垣市…): the city's short name.
_CITY_FIRST = re.compile(r"^(?:请问|那么?)?(?P<stem>[\u4e00-\u9fff]{2})市(?![场级区委政民重])")


#: A city's parks as a set (蜃州哪个开发园区, 钜州四个园区, 蜃州这些园区): the city's stem.
_CITY_SET = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2})市?(?:哪个|哪些|各|全市|这些|那些|[两三四五六七八九十几]个)"
    r"(?:开发)?(?:园区|开发区)"
)
#: Characters no city's two-character stem has (请问哪个园区, 去年哪个开发区, 今年各园区, 的是).
_NOT_A_CITY = re.compile(r"[问年么的是里份去今明前后各这那哪全本该此其和与及在了呢吗最]")
#: Words that make a place phrase the question's unknown or a set (哪个园区, 什么基地, 几个园子,
#: 各园区).
_ASKED_PLACE = re.compile(r"哪|什么|何|几个|[两二三四五六七八九十]个|各|这些|那些|全部")


def _distinctive(place: str) -> str:
    m = _PLACE.fullmatch(place)
    return place[: m.start("suffix")] if m else place


def _without_parks(question: str, parks: tuple[str, ...]) -> str:
    """The question with the report's parks blanked, a short name with the park type after
    it (白石 in "白石经开区南区": 南区 is what is left) when that type is the park's own or says
    none (靖盈综合保税区 is no 靖盈经开区: a bonded zone beside it, a place of its own)."""
    families = {f for f in map(park_family, parks) if f}
    types = sorted(PARK_TYPES, key=lambda t: -len(t.suffix))
    own = "|".join(
        re.escape(t.suffix)
        for t in types
        if t.suffix not in ("片区", "园区", "新区", "园")
        and (not families or t.family is None or t.family in families)
    )
    other = "|".join(
        re.escape(t.suffix) for t in types if families and t.family and t.family not in families
    )
    for park in sorted(parks, key=len, reverse=True):
        if len(park) >= 2:
            pattern = re.escape(park) + f"(?:{own})?" + (f"(?!{other})" if other else "")
            question = re.sub(pattern, " ", question)
    return question


def _places(question: str, parks: tuple[str, ...]) -> list[str]:
    """The places (片区, 园, 基地 …) a Chinese question names, the report's parks removed."""
    text = _without_parks(question, parks)
    found = []
    for m in _PLACE.finditer(text):
        name = _PLACE_LEAD.sub("", m.group(0)).strip()
        # (四园区, 各开发区: a city's parks together, no place)
        if (
            len(name) >= 3
            and len(_distinctive(name)) >= 2
            and not is_generic_park(name)
            and not _ASKED_PLACE.search(name)  # ("是哪个园区": the place asked, none named)
        ):
            found.append(name)
    return found


def _matching(
    ranked: list[Candidate],
    asked: tuple[tuple[str, str], ...],
    report_text: Callable[[str], str],
    ask: Asked,
    names_subject: bool = False,
    margin: float = 0.1,
    names_before: Callable[[Fact], list[str]] = lambda f: [],
) -> tuple[Candidate | None, str]:
    """The answer among ranked candidates: a fact of the asked indicator and measure that fits
    the question's other constraints best; none when none does or when a different figure
    fits as well and is not ``margin`` behind (the reports do not settle it)."""
    found = [c for c in ranked if matches(c.fact, asked)]
    if not found:
        return None, "no match"
    named = [c for c in found if c.features[_F["subject_named"]]]
    if names_subject:  # the question names a sub-park, a company, a table row: facts about it
        if not named:
            return None, "other subject"
        found = named
    fits = {id(c): _fit(c, report_text, ask, names_before) for c in found}
    best = max(fits.values())
    if not best[0]:
        return None, "other subject"
    if not (best[1] and best[2] and best[3]):
        return None, "other qualifier"
    if not best[6]:  # one event's figure for a question about no event
        return None, "other event"
    top = [c for c in found if fits[id(c)] == best]
    first = top[0]
    rivals = [c for c in top if not _same_figure(c.fact, first.fact)]
    if rivals and first.probability - rivals[0].probability < margin:
        return None, "ambiguous"
    # (one figure said twice in a report, a table's 84 and the prose's 84个: as sure as the
    # surer of the two)
    first = replace(
        first,
        probability=max(
            c.probability
            for c in found
            if c.fact.source == first.fact.source and _same_figure(c.fact, first.fact)
        ),
    )
    if _bare(first.fact.value):
        # one figure said twice, a table's 8.1 under 同比增长（%） and the prose's 8.1%: the
        # one whose cited sentence says its unit
        # (or in another magnitude: a table's 1457900 under 万元 and the prose's 145.79亿元)
        said = [
            c
            for c in found
            if not _bare(c.fact.value)
            and (c in top or c.fact.source == first.fact.source)
            and _same_figure(c.fact, first.fact)
        ]
        if said:  # (as sure as the match it restates)
            return replace(said[0], probability=first.probability), "match"
    return first, "match"


def _bare(value: str) -> bool:
    """A figure written without its unit (a table cell whose unit is in its header)."""
    return re.fullmatch(r"[-+]?[\d,.]+", normalize_chars(value).strip()) is not None


#: A "name" made of park types alone (开发区（园区）) names no park.
_GENERIC_NAME = re.compile(
    "^(?:"
    + "|".join(
        sorted(
            {t.suffix for t in PARK_TYPES} | set(vocab.NAME_SUFFIXES["area"]),
            key=len,
            reverse=True,
        )
    )
    + r"|[（()）、\s])+$"
)

#: Words every project or company name may hold: they single none out.
_NAME_WORDS = frozenset(
    ["项目", "公司", "企业", "建设", "开工", "工程", "基地", "产业", "有限公司"]
)
_NAME_BODY = re.compile(r"(?:项目|股份有限公司|有限责任公司|集团有限公司|有限公司|集团)$")


def fact_name_fits(question: Question, fact: Fact) -> bool:
    """:func:`name_fits` for a name fact: a table cell's column says what its names are
    (项目名称: projects, 檩丰智能物流园 among them; 建设单位: companies; 所在片区: areas)."""
    column = vocab.column_name_kind(fact.indicator) if fact.table else None
    asked = question.name_kind
    if asked in ("project", "company", "area") and column is not None and column != asked:
        return False
    return name_fits(question, fact.value, fact.unit)


def name_fits(question: Question, value: str, unit: str = "") -> bool:
    """Is ``value`` a name of the kind the question asks ("哪家企业": every item a company;
    "谁宣布": a person; 谁 asks a company, a person or, in a ranking, a park — never a
    project)?"""
    asked = question.name_kind
    if value.count("（") + value.count("(") != value.count("）") + value.count(")"):
        return False  # a name cut inside its brackets (琛钤市开发区（园区) is no name
    if unit == "person":  # a person's name, read beside a title
        return asked in (None, "person") and (asked == "person" or question.asks_who)
    whole = "area" if _PARK_NAME.search(value) else name_kind(value)
    if whole is not None and vocab.ASPECT_ASKED.search(question.text):
        return False  # ("它在哪个方面得分最高": 项目建设, never the park itself)
    if asked is None:
        return not question.asks_who or name_kind(value) != "project"
    items = [value] if whole == asked else vocab.list_items(value)
    for item in items:
        kind = "area" if _PARK_NAME.search(item) else name_kind(item)
        # (a project or company may be named without its suffix: …研发中心, …生产基地; a
        # name that ends as a facility does is no company's)
        if kind != asked and not (kind is None and asked in ("project", "company", "industry")):
            return False
        if kind is None and asked == "company" and vocab.FACILITY_END.search(item):
            return False
        # (a phrase about projects, 项目偏少 or 全周期, is no project's name; 比亚迪: a company
        # by its short name; 光伏: an industry)
        shortest = {"project": 4, "company": 3}.get(asked, 2)
        if kind is None and (len(item) < shortest or vocab.NAME_ASKED[asked].match(item)):
            return False
        # (an indicator, 规模以上工业总产值, is what is measured: no project's or company's name)
        if kind is None and 2 * sum(m.end - m.start for m in ontology().mentions(item)) >= len(
            item
        ):
            return False
    return True


#: The kinds of fact that answer a name or date question read beside the thing it names.
_BESIDE_KINDS = {"name": ("name",), "date": ("date",)}


def _beside(
    question: Question,
    ranked: list[Candidate],
    entities: set[str],
    report_text: Callable[[str], str],
) -> tuple[Candidate | None, str]:
    """A date or name read beside the thing the question names: in the sentence (or table
    row) that names it, for a date also stating the event asked when the question says one
    (开工, 签约: its synonyms count), never the thing itself. One value: the answer; several
    that the ranker cannot tell apart: no answer."""
    verbs = question.events
    seasons = question.seasons
    found = []
    for c in ranked:
        fact = c.fact
        if fact.kind not in _BESIDE_KINDS.get(question.answer_kind, (fact.kind,)):
            continue  # "哪个产业产值下降": a name, never the figure beside it (下降3.6%)
        text = report_text(fact.source)
        where = fact.subject + text[fact.sentence_start : fact.sentence_end]
        if not any(e in where for e in entities) or any(e in fact.value for e in entities):
            continue
        if verbs and fact.kind == "date" and not verbs & _date_events(fact, text):
            continue
        if seasons and fact.kind == "date" and not seasons & _date_seasons(fact, text):
            continue  # "夏季集中签约活动是哪天": not the autumn round's day
        if fact.kind == "name" and not fact_name_fits(question, fact):
            continue  # "是谁投资的": the company beside the project, not the next project
        found.append(c)
    if not found:
        return None, "no match"
    first = found[0]
    rivals = [c for c in found if not _same_figure(c.fact, first.fact)]
    if rivals and first.probability - rivals[0].probability < 0.2:
        return None, "ambiguous"
    return first, "beside"


def _stop_said(name: str, fact: Fact, text: str) -> bool:
    """Is the fact of the stop an English question spells (Longfu → 隆辐站): named in its
    paragraph up to its sentence's end ("隆辐站。4月15日，…现场签约项目11个")?"""
    paragraph = text.rfind("\n", 0, fact.sentence_start) + 1
    return any(
        name.lower() in pinyin_keys(m.group(1))
        for m in vocab.STOP_ZH.finditer(text, paragraph, fact.sentence_end)
    )


def _date_seasons(fact: Fact, text: str) -> set[str]:
    """The season of the round held on a date: the one its sentence names, or of several
    named in turn (已于3月29日、6月21日分别举办春季、夏季…活动) the one in the date's place."""
    sentence = text[fact.sentence_start : fact.sentence_end]
    seasons = vocab.seasons_in(sentence)
    if len(set(seasons)) > 1 and "分别" in sentence:
        dates = [m.start() + fact.sentence_start for m in vocab.MONTH_DAY.finditer(sentence)]
        if fact.start in dates and dates.index(fact.start) < len(seasons):
            return {seasons[dates.index(fact.start)]}
    return set(seasons)


def _event_fits(fact: Fact, report_text: Callable[[str], str], question: Question) -> bool:
    """Is a date of the event the question asks (开工), or of no event its words say, and of
    the round asked (夏季), or of no round its words say?"""
    text = report_text(fact.source)
    said = _date_events(fact, text) if question.events else set()
    if said and not said & question.events:
        return False
    seasons = _date_seasons(fact, text) if question.round_asked else set()
    return not seasons or bool(seasons & question.round_asked)


def _date_events(fact: Fact, text: str) -> set[str]:
    """What happened on a date: the event its own clause says after it ("2月26日签约，8月16日
    开工建设": 签约 on the first, 开工 on the second; "于12月3日投产"), else the one before it
    in its clause ("开工时间为3月18日"), else any its sentence names; a table cell's, its
    column's (开工时间)."""
    if fact.table and vocab.events_in(fact.indicator):
        return vocab.events_in(fact.indicator)
    clause_end = re.search(r"[，,；;。]|\d{1,2}月\d{1,2}日", text[fact.end : fact.sentence_end])
    after = text[fact.end : fact.end + clause_end.start() if clause_end else fact.sentence_end]
    said = vocab.events_in(after)
    if said:
        return said
    before = text[fact.sentence_start : fact.start]
    said = vocab.events_in(re.split(r"[，,；;。]", before)[-1])
    return said or vocab.events_in(fact.subject + text[fact.sentence_start : fact.sentence_end])


def in_scope(fact: Fact, text: str, scopes: tuple[str, ...], region: bool = False) -> bool:
    """Is the fact taken in the scope asked (全省 vs 全国 开发区, for a rank or a share)? The
    scope is the one its own clause group says ("在全省…考评中位列第四；在商务部…考核评价中位列
    第58位": 全省 is the first's, not the second's); a figure whose clause group and sentence
    say none is in any; a level or a rate of the region asked must say the region itself.
    ``region``: the question asks about a city's parks together."""
    if not scopes:
        # (a level its own words say is the whole region's, "瑛垌全市外贸进出口2215.6亿元",
        # is no figure of the park asked)
        return (
            region
            or fact.measure != "level"
            or not vocab.scopes_in(text[fact.context_start : fact.start])
        )
    sentence = max(text.rfind(ch, 0, fact.start) for ch in "。\n") + 1
    group = max([sentence] + [text.rfind(ch, 0, fact.start) + 1 for ch in "；;"])
    # (a share says its base: "占四园区合计比重" is no share of the 全市 asked)
    base = SHARE_BASE.search(fact.indicator + " " + text[group : fact.start])
    if fact.measure == "share" and base and not any(x in base.group(1) for x in scopes):
        return False
    own = vocab.scopes_in(fact.qualifier + text[group : fact.start])
    if own:
        return any(x in scopes for x in own)
    if fact.kind not in ("rank", "date", "name", "list") and fact.measure not in ("rank", "share"):
        # a figure of the whole region asked ("全县规上工业产值") is one its clause says of it,
        # not the park's own ("园区完成规上工业总产值…，占全县的比重…")
        return False
    return not vocab.scopes_in(text[sentence:group])


def _measure_fits(fact: Fact, question: Question) -> bool:
    """A question that states a rate (增长多少, 完成年度目标的百分之多少) is answered by a figure
    of that measure, whatever its indicator: a growth is no completion, an amount no growth;
    one that states none asks a level."""
    if not question.measure and question.type not in ("percent", "count_noun", "rank"):
        # "吞吐量是多少" asks a level: no growth or share of it
        return fact.measure not in RATES
    if not question.measure and question.type == "count_noun":
        # ("那家龙头企业产值做到了多少": no change of it either)
        return fact.measure not in ("growth", "pp_change")
    if question.measure not in RATES or question.type not in ("percent", "number"):
        return True  # "降幅超过两成的企业有多少家": the rate says which things are counted
    # ("what share of its full-year target": a share of a target is its completion)
    parts = {"share", "completion"}
    return (
        not fact.measure
        or fact.measure == question.measure
        or {fact.measure, question.measure} <= parts
    )


#: A count in Chinese numerals that no indicator claims ("下辖三个园区", "一个专班"): the
#: structure of the report's prose, not a statistic.
_STRUCTURAL_COUNT = re.compile(r"^[一二两三四五六七八九十]+[个家项大类支批]$")


def _qualifiers_said(fact: Fact, text: str, qualifiers: tuple[str, ...]) -> bool:
    """Each qualifier asked (10亿元以上) is said of the figure: in its row or its sentence up
    to it; a population (规模以上, 限额以上) in its paragraph ("全区规上工业企业实现营业收入…；
    实现利润总额31.4亿元")."""
    said = vocab.normalise_qualifier(fact.qualifier + text[fact.sentence_start : fact.start])
    return all(
        population_said(fact, text, q) if q in vocab.POPULATIONS else vocab.qualifier_in(q, said)
        for q in qualifiers
    )


def _industries_said(fact: Fact, text: str, industries: tuple[str, ...]) -> bool:
    """Each industry asked (新材料产业) is said of the figure: in its row or its sentence up
    to it (a list of four industries' 合计 is none of them)."""
    said_of = fact.subject + text[fact.sentence_start : fact.end]
    # (a table's row names the industry without its 产业: 高端装备制造 | 21; a list's 合计,
    # "高端装备制造、新材料…四大主导产业合计", is none of them)
    return all(
        industry in said_of
        or (bool(fact.subject) and fact.subject.endswith(vocab.INDUSTRY_SUFFIX.sub("", industry)))
        for industry in industries
    )


def _said_of_quoted(fact: Fact, question: Question, text: str) -> bool:
    """A term the question quotes is in the figure's column, row or sentence."""
    where = fact.indicator + fact.subject + text[fact.sentence_start : fact.sentence_end]
    return all(term in where for term in question.quoted)


def _structural_count(fact: Fact) -> bool:
    return not fact.indicator_id and bool(_STRUCTURAL_COUNT.match(fact.value))


def _unit_kind_fits(fact: Fact, question: Question) -> bool:
    kinds = TYPE_UNIT_KINDS.get(question.type)
    if not kinds or not fact.indicator_id or fact.measure not in ("level", "increase"):
        return True
    return ontology().get(fact.indicator_id).unit_kind in kinds


def _short_for(row: str, member: str) -> bool:
    """Is a table row's label the short form a bulletin gives a member park: the name without
    its city (经开区 for 琨垣经开区) or its own two characters and kind (瑶坪园 for
    琨垣市瑶坪新材料产业园)?"""
    own = own_name(member)
    if own == member and len(member) > 4:
        own = member[2:]  # (a city written without 市: 琨垣瑶坪新材料产业园)
    return member.endswith(row) or (
        len(row) <= 4 and row[:2] == own[:2] and row[-1] == own[-1] and row != own[:2]
    )


def _parts_in_english(question: Question, pools: dict[str, list[Fact]]) -> set[str]:
    """The parts of a park an English question names by their meaning ("the Smart
    Manufacturing Park" → 智造园, "the Science and Innovation Park" → 科创园): a part whose own
    name (two characters or more, before 园/片区) is made of characters of the question's words
    as the glossary translates them (智能 制造 → 智造)."""
    chars = {ch for group in question.groups for word in group for ch in word}
    found = set()
    for facts in pools.values():
        for f in facts:
            m = _PART_NAME.fullmatch(f.subject)
            if m and set(m.group("own")) <= chars:
                found.add(f.subject)
    return found


#: A part of a park as a subject: its own name and the kind of part.
_PART_NAME = re.compile(r"(?P<own>[\u4e00-\u9fff]{2,6}?)(?:" + "|".join(vocab.PART_SUFFIXES) + ")")


def _focused(question: Question, ranked: list[Candidate], margin: float) -> Candidate | None:
    """For a name or list question that says what it asks (主导产业, 主任): the name or list
    whose own words say that ("以光电显示、新材料…为主导产业", "中心主任郑泠舟…"), of the kind
    asked, about nothing the question does not name; none when a different one says it as
    well within ``margin``."""
    # (a stage verb, 签约 of "which company signed…", says what happened, not what the name is)
    if (
        question.answer_kind not in ("name", "list")
        or not question.focus
        or all(vocab.STAGES.fullmatch(word) for word in question.focus)
    ):
        return None
    found = [
        c
        for c in ranked
        if c.fact.kind == question.answer_kind
        and all(word in c.fact.indicator for word in question.focus)
        and c.features[_F["other_subject"]] == 0.0
        and (c.fact.kind != "name" or fact_name_fits(question, c.fact))
    ]
    if not found:
        return None
    first = found[0]
    rivals = [c for c in found if c.fact.value != first.fact.value]
    if rivals and first.probability - rivals[0].probability < margin:
        return None
    return first


#: The reasons of a decision on a figure or name matched to the question's frame (not the
#: ranker's bare pick): they stand on the fact floor.
MATCHED = ("match", "beside", "covered", "focused")


def _covered(ranked: list[Candidate], margin: float, scope: str = "cov_local") -> Candidate | None:
    """For a question naming no indicator the ontology knows: the figure whose own words say
    every content word of the question ("兑现各类惠企资金3.26亿元" for "兑现了多少惠企资金"),
    when no different figure's words say them all as well within ``margin``: the question's
    words are then its frame. Out of fold on the training sets such a figure was right 12
    times of 12, the ranker's bare pick about half the time. ``scope``: the feature of the
    words said (the figure's own words; its sentence for a rank)."""
    covered = [c for c in ranked if c.features[_F[scope]] >= 0.999]
    if not covered:
        return None
    first = covered[0]
    rivals = [c for c in covered if not _same_figure(c.fact, first.fact)]
    if rivals and first.probability - rivals[0].probability < margin:
        return None
    return first


#: Ranker probabilities this close are one: the ranker saw the same features for two figures
#: (a project row's 总投资 and 完成投资 for "投进去多少"), and the first of them would win by
#: the order it was read in. Any wider margin cost more right answers than wrong ones it
#: stopped on the development sets (0.20, the ranker's own: 13 right for 5 wrong; 0.03: 6 for
#: 3; 0.01 still refused table rows scored 0.981 and 0.979).
_TIE = 1e-6


def _rivalled(ranked: list[Candidate], margin: float) -> bool:
    """Is the ranker's pick as sure of a different figure, within ``margin`` (a project
    row's 总投资 and 完成投资 both at 0.98 for "投进去多少": the ranker cannot tell which)?"""
    first = ranked[0]
    rivals = [c for c in ranked[1:] if not _same_figure(c.fact, first.fact)]
    return bool(rivals) and first.probability - rivals[0].probability < margin


def _same_figure(a: Fact, b: Fact) -> bool:
    """Are two facts one figure: the same number (:func:`_normal_value`), or one amount
    written in two magnitudes (a table's 24630 under 万美元 and the prose's 2.46亿美元: equal
    to the coarser one's last digit)?"""
    if _normal_value(a.value) == _normal_value(b.value):
        return True
    if a.kind == b.kind == "date":  # (a table's 2024.3.18 and the prose's 3月18日)
        x_day, y_day = date_parts(a.value), date_parts(b.value)
        return (
            x_day is not None
            and y_day is not None
            and x_day[1:] == y_day[1:]
            and (x_day[0] is None or y_day[0] is None or x_day[0] == y_day[0])
        )
    x, y = _amount(a), _amount(b)
    if x is None or y is None or x[2] != y[2]:
        return False
    coarse = max(x, y, key=lambda amount: amount[1])
    # (a round bound, "不足2亿美元", is no rounding of 1.72亿美元: three digits at least)
    if coarse[0] < 100 * coarse[1]:
        return False
    return abs(x[0] - y[0]) <= coarse[1] / 2 * (1 + 1e-9)


_AMOUNT = re.compile(r"(?P<n>\d+(?:\.(?P<d>\d+))?)(?P<m>万|亿)?(?P<c>元|美元)")


def _amount(fact: Fact) -> tuple[float, float, str] | None:
    """(value, the step of its last digit, currency) of an amount in 元 or 美元 (its unit its
    own or its column's)."""
    plain = normalize_chars(fact.value).replace(",", "")
    m = _AMOUNT.fullmatch(plain) or _AMOUNT.fullmatch(plain + normalize_chars(fact.unit))
    if m is None:
        return None
    scale = float(MAGNITUDES.get(m.group("m") or "", 1))
    step = scale * 10 ** -len(m.group("d") or "")
    return float(m.group("n")) * scale, step, m.group("c")


def _normal_value(value: str) -> str:
    """A value as a number, for telling two figures apart: a table's 1036.8 (亿元 in its
    header) and the prose's 1036.8亿元 are one figure; 下降3.2% and -3.2 are one too."""
    plain = normalize_chars(value).replace(",", "")
    number = re.search(r"\d+(?:\.\d+)?", plain)
    if number is None:
        # (第四位 and 4 are one rank; 三十七个 and 37个 one count)
        numeral = re.search(r"[零〇一二两三四五六七八九十百千点]+", plain.replace("百分之", ""))
        read = number_value(numeral.group(0)) if numeral else None
        if read is None:
            return plain
        negative = any(w in plain for w in vocab.DECREASE)
        return ("-" if negative else "") + str(float(read))
    negative = plain.startswith("-") or any(w in plain for w in vocab.DECREASE)
    return ("-" if negative else "") + str(float(number.group(0)))


def _qualifiers_beyond(question: Question) -> tuple[str, ...]:
    """The question's qualifiers (10亿元以上, 规模以上) that its indicator does not already
    say (亿元以上签约项目 holds 亿元以上; 规上工业企业 holds 规模以上)."""
    names = ontology().names_text(question.indicators)
    quals = (vocab.normalise_qualifier(q) for q in question.qualifiers)
    return tuple(q for q in quals if q and q not in names)


#: Words saying the kind of figure asked, not what it measures (a score, a rank).
_KIND_WORD = re.compile(r"得分|高分|分数|总分|分值|分|排名|名次|位次|位|名")


def _asked_words(question: Question) -> list[str]:
    """The question's words of two characters or more beyond the places, generic words and
    spoken years it says: what it asks about."""
    places = " ".join(parks_written(question.text) + places_named(question.text, ())[0])
    return [
        t
        for group in question.groups
        if not all(t in places or t in GENERIC_WORDS for t in group)
        and not any(vocab.SPOKEN_YEAR.fullmatch(t) for t in group)
        for t in group
        if len(t) >= 2
    ]


def _of_season_asked(fact: Fact, text: str, seasons: frozenset[str], opening: bool = True) -> bool:
    """Is the figure of the season's round asked (春季集中签约, the autumn signing): the last
    season its sentence names before it, else any its sentence or section names, else the
    one a release on that round names in its opening lines? (A running total, 全年签约项目31个,
    is no round's.) Without ``opening``: said by the figure's own sentence or section."""
    if not seasons:
        return True
    said = vocab.seasons_in(text[fact.sentence_start : fact.start])[-1:] or vocab.seasons_in(
        text[fact.sentence_start : fact.sentence_end] + fact.section
    )
    if opening and not said and not vocab.RUNNING_TOTAL.search(_clause_before(fact, text)):
        said = vocab.seasons_in(text[:200])
    return bool(seasons & set(said))


def _of_previous_period(fact: Fact, text: str) -> bool:
    """Is the figure the previous quarter's or month's (a 上季度排名 column, "上季度排名第3")?"""
    own = _clause_before(fact, text) + (fact.indicator if fact.table else "")
    return bool(vocab.PREVIOUS_PERIOD.search(own))


def _clause_before(fact: Fact, text: str) -> str:
    """The words of the figure's clause before it (across 、: "累计签约项目29个、协议投资")."""
    return re.split(r"[，,；;。]", text[fact.sentence_start : fact.start])[-1]


def _of_event_asked(fact: Fact, text: str, events: frozenset[str]) -> bool:
    """Is the figure of an event of the kind the question names (峰会, 推介会): named in its
    paragraph, its section or the report's opening lines (a news page about that event)?"""
    if not events:
        return True
    start = text.rfind("\n", 0, fact.sentence_start) + 1
    end = text.find("\n", fact.end)
    where = text[start : end if end >= 0 else len(text)] + fact.section + text[:200]
    return all(kind in where for kind in events)


def _stage_said(fact: Fact, text: str, stage: str | None) -> bool:
    """Is the stage asked (开工, 认定) said of the fact: in its sentence up to its clause's end,
    or in its table column's header? (Any fact, when no stage is asked.)"""
    if not stage:
        return True
    ends = re.search(r"[，,；;。]", text[fact.end : fact.sentence_end])
    clause = fact.end + ends.start() if ends else fact.sentence_end
    said = text[fact.sentence_start : clause] + (" " + fact.indicator if fact.table else "")
    return stage in vocab.stages_in(said)


def _stage_subset(fact: Fact, text: str) -> bool:
    """Is the figure a count of the items before it that reached a stage, or did not
    ("31个签约项目中已开工12个", "仍有12个签约项目未开工")? Not the indicator's own total."""
    own = text[fact.context_start : fact.start].rstrip()
    after = text[fact.end : fact.sentence_end]
    subset = vocab.SUBSET_STAGE.search(own)
    if subset and fact.indicator_id:
        # ("15个计划新开工项目已开工13个": the stage its indicator names is no subset of it)
        names = ontology().names_text((fact.indicator_id,))
        if all(stage in names for stage in vocab.STAGES.findall(subset.group(0))):
            subset = None
    return bool(subset or vocab.STAGE_NOT_REACHED.search(after))


def _own_qualifiers(fact: Fact) -> list[str]:
    """The fact's qualifiers that its indicator does not already say."""
    names = ontology().names_text((fact.indicator_id,)) if fact.indicator_id else ""
    return [q for q in vocab.normalise_qualifier(fact.qualifier).split() if q not in names]


def matches(fact: Fact, asked: tuple[tuple[str, str], ...]) -> bool:
    """Does the fact measure what the question asks (its indicator and measure, both in
    canonical form)?"""
    if not fact.indicator_id or not fact.measure:
        return False
    return ontology().canonical(fact.indicator_id, fact.measure, compared_change(fact)) in asked


def _reading(found: Fact | Pick, titles: dict[str, str], score: float, kind: str) -> Reading:
    """The reading of a chosen fact or set member: its span and the sentence (row) it is in."""
    return Reading(
        found.source,
        titles.get(found.source, ""),
        found.start,
        found.end,
        found.sentence_start,
        found.sentence_end,
        score,
        kind,
    )
