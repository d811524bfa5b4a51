"""Question analysis: what kind of answer is wanted, and which constraints must hold.

Why: the reader picks one figure among many in a sentence, so it must know the answer type
(count in 个/家, amount in 亿元, percentage, rank, date, list, phrase), the constraints the question
names (a date, year, period, qualifier like 亿元以上, plan vs actual, a park), and its content
words.
English questions are mapped onto the same analysis through the glossary, so one reader serves
both languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Literal

from parkqa import figures
from parkqa.answer import vocab
from parkqa.answer.measures import RATES
from parkqa.answer.vocab import PERIOD_ZH
from parkqa.ingest.cleaning import normalize_chars
from parkqa.lexical import STOPWORDS, WH_ZH, pos_words, tokenize, translate_groups
from parkqa.parks import without_parks

AnswerType = Literal[
    "count",
    "count_noun",
    "amount",
    "quantity",
    "percent",
    "rank",
    "score",
    "date",
    "year",
    "list",
    "phrase",
    "number",
]

_MONTHS = {m.lower(): n for n, m in enumerate(vocab.MONTHS_EN, 1)}
_MONTH_RE = rf"({'|'.join(_MONTHS)})[a-z]*\.?"

#: The classifier a counted noun takes, for questions that name the noun but not the classifier.
NOUN_CLASSIFIER = {
    "项目": ("个", "项"),
    "企业": ("家",),
    "公司": ("家",),
    "机构": ("家", "个"),
    "工厂": ("家",),
    "专利": ("件",),
    "人才": ("名", "人"),
    "人员": ("人", "名"),
    "博士": ("名", "人"),
    "道路": ("条",),
    "平台": ("个",),
    "中心": ("家", "个"),
    "车间": ("个",),
    "批件": ("个",),
    "注册证": ("个",),
    "市场主体": ("户",),
    "商户": ("户",),
    "园区": ("个",),
    "标准厂房": ("栋", "幢"),
    "大赛": ("届",),
    "活动": ("场", "次"),
}
_EN_NOUN = {
    "project": "项目",
    "deal": "项目",
    "enterprise": "企业",
    "company": "企业",
    "firm": "企业",
    "patent": "专利",
    "talent": "人才",
    # "how many people work for companies": people are counted, not the companies
    "people": "人员",
    "person": "人员",
    "employee": "人员",
    "worker": "人员",
    "staff": "人员",
    "road": "道路",
    "platform": "平台",
    "center": "中心",
    "centre": "中心",
}
_CLASSIFIERS = (
    "家次|人次|批次|个月|天|个|家|项|件|批|户|名|位|人|座|条|所|台|套|次|场|届|期|栋|幢|辆|种|类|处"
)
_CLASSIFIER_Q = re.compile(rf"(?<!哪)(?:多少|几)(?P<c>{_CLASSIFIERS})")
#: One park of several, described ("靠港口的那个开发区", "搞化工的那个园子").
_DESCRIBED_MEMBER = re.compile(r"的那(?:一)?个(?:开发区|园区|园子|片区|产业园|园)")
#: Where the things counted come from ("来自成渝地区的", "来自长三角的"): its name.
_ORIGIN = re.compile(r"来自于?(?P<o>[\u4e00-\u9fff]{2,6}?)(?:地区|区域|一带)?的")
#: The noun a wh-word measures at a question's end ("多少奖金？", "多少套公寓？").
_MEASURED_NOUN = re.compile(
    r"(?<!哪)(?:多少|几)(?:" + _CLASSIFIERS + r")?(?:的)?(?P<n>[\u4e00-\u9fff]{2,4}?)"
    r"[呢啊呀吧嘛哦]*[？?。!！]?\s*$"
)
#: Words that say which figure or constraint, not which indicator (for follow-ups).
_NOT_AN_INDICATOR = frozenset(
    [
        "同比",
        "增长",
        "增速",
        "增幅",
        "下降",
        "目标",
        "计划",
        # a target set at ("目标定的多少", "定了多少"): which figure, not which indicator
        "定",
        "订",
        "设定",
        "制定",
        "力争",
        "预计",
        "完成",
        "实现",
        "达到",
        "全年",
        "其中",
        "那",
        "呢",
        "多少",
        "有",
        "是",
        "的",
        "growth",
        "grow",
        "target",
        "plan",
        "total",
        "full",
        "year",
    ]
)
_PLAN_EN = ("target", "plan", "aim", "expect", "goal", "strive", "intend", "will")
#: An amount of yuan in English (RMB 1 billion, 100 million yuan, 500 million).
_EN_YUAN = (
    r"(?:rmb|cny)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<m>billion|hundred\s+million|million)"
    r"\s*(?:yuan|rmb)?"
)


def _yuan_bound(m: re.Match[str]) -> str:
    """The qualifier a report writes for an English size bound: 100 million yuan or more →
    亿元以上, RMB 1 billion and above → 10亿元以上, 50 million → 5000万元以上."""
    n, scale = float(m.group("n")), m.group("m").split()[0]
    yi = n * 10 if scale == "billion" else n if scale == "hundred" else n / 100
    if yi == 1:
        return "亿元以上"
    return f"{_fmt(yi)}亿元以上" if yi >= 1 else f"{_fmt(yi * 10000)}万元以上"


_EN_QUALIFIER = [
    # "above 100 million yuan", "of at least RMB 1 billion", "worth 100 million yuan or more",
    # "projects of 100 million yuan and above"
    (
        re.compile(
            rf"(?:above|over|more than|exceeding|at least|no less than|not less than)\s+{_EN_YUAN}"
        ),
        _yuan_bound,
    ),
    (
        re.compile(rf"{_EN_YUAN}\s*(?:(?:or|and)\s+(?:more|above|over|up|higher)|plus\b|\+)"),
        _yuan_bound,
    ),
    (re.compile(r"above[- ](?:designated|scale)|designated size"), lambda m: "规模以上"),
]


#: A question asking for a name: which company, park, project; who.
_NAME_ZH = re.compile(
    r"(?:是)?哪(?:一)?(?:个|家|座|位)?(?:公司|企业|项目|园区|片区|单位|机构|园|厂商)|"
    r"哪(?:个|家)(?!.*(?:多少|几))|谁|哪位|叫什么|什么(?:公司|企业|项目|园区|片区|单位|机构)"
)
_NAME_EN = re.compile(
    # ("which 蜃州 park": a place's name in Chinese may stand between)
    r"\b(?:which|what) (?:[\u4e00-\u9fff]+\s*)?(?:company|firm|enterprise|park|project|zone|"
    r"district|area|"
    r"sub-(?:park|zone|area)|institution|manufacturer)\b|\bwho\b|"
    # "which of the zone's three sub-parks", "which vice mayor"
    r"\bwhich (?:one )?of\b[^?]*\b(?:companies|firms|enterprises|parks|projects|zones|"
    r"districts|areas|sub-parks|sub-zones)\b|\bwhich "
    + vocab.PERSON_TITLES_EN
    # "what was the biggest project"
    + "|"
    + vocab.EN_TOP_OF.lower()
    + r"(?:company|firm|enterprise|investor|park|project|zone|sub-park|sub-zone|area|district)\b"
)
#: An English question that asks what an indicator is ("What was GDP in 2024?"), not what
#: some other thing is ("What three characteristics…", "What role…").
_EN_WHAT_IS = re.compile(r"^\s*(?:what|which)\s+(?:is|was|were|are|will)\b|^\s*what's\b", re.I)
#: A question for an intensity per unit of land (亩均, 每亩, per mu).
_PER_MU = re.compile(r"亩均|每亩|亩产|单位面积|\bper[- ]mu\b", re.I)


def _is_per_mu(units: tuple[str, ...] | list[str]) -> bool:
    return any("/亩" in u for u in units)


_SUBSET_EN = re.compile(r"\bhow many of (?:the|its|their|these|those|all)\b", re.I)
#: … in Chinese: "签的项目里有几个是外资的", "其中有多少家属于…".
_SUBSET_ZH = re.compile(
    r"(?:里|中|里面|当中|里头)有?(?:几|多少)[个家项]?(?:是|属于)"
    # "这批签约里搞芯片的一共有几个": those of a kind among them
    r"|(?:项目|企业|签约|这批|这些|那些)(?:里|里面|当中|里头)[^，,。？?]{1,12}的"
    r"(?:一共|总共|共)?有?(?:几|多少)"
)
_SEVERAL = re.compile(r"哪些|哪几|哪两|哪三|\bwhich (?:two|three|four)\b|\bwhat are\b")
#: Words asking how a figure changed against a base (growth, fall, 同比).
_CHANGE_Q = re.compile(
    r"增长|增速|增幅|下降|减少|提高|同比|比上年|比去年|growth|grow|increase|"
    r"decrease|fall|fell|drop|shrink|rise|up by|down by|year on year|change"
)
_ZH_DIGITS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Order:
    """What the question asks for: the top (``max``) or the bottom (``min``), or the n-th."""

    direction: str
    nth: int
    growth: bool


def order_asked(text: str) -> Order | None:
    """The order a question asks for, or None when it asks for no order."""
    growth = bool(vocab.ORDER_BY_GROWTH.search(text))
    m = vocab.ORDINAL.search(text)
    if m:
        if m.group("runner"):
            return Order("max", 2, growth)
        if zh := m.group("zh") or m.group("zh2"):
            nth = int(zh) if zh.isdigit() else _ZH_DIGITS.index(zh[-1]) + 1
        else:
            word = (m.group("en") or m.group("en2")).lower()
            nth = vocab.EN_ORDINALS.get(word) or int(re.sub(r"\D", "", word))
        return Order("max", nth, growth)
    if vocab.ORDER_MIN.search(text):
        return Order("min", 1, growth)
    if vocab.ORDER_MAX.search(text):
        return Order("max", 1, growth)
    return None


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


@dataclass(frozen=True)
class Question:
    """The analysed question. Constraints are in the report's own vocabulary (Chinese)."""

    text: str
    lang: Literal["zh", "en"]
    type: AnswerType
    classifiers: tuple[str, ...] = ()
    #: (month, day) pairs and years the answer must be under.
    dates: tuple[tuple[int, int], ...] = ()
    years: tuple[int, ...] = ()
    periods: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    plan: bool | None = None
    #: Content words in Chinese, as groups of alternatives (a glossary translation of an English
    #: word may have several); a group is matched when any of its words is present.
    groups: tuple[tuple[str, ...], ...] = ()
    #: The content word right before the wh-word (``通过了多少家`` → 通过), or the translation of
    #: an English question's last participle (``passed`` → 通过): it should lead the answer.
    focus: tuple[str, ...] = ()
    #: The counted or measured noun (项目, 企业), when the question names one.
    head: str | None = None
    #: Raw question split around its wh-word, for phrase answers: (left context, right context).
    frame: tuple[str, str] = ("", "")
    #: In a follow-up about the thing the previous answer named ("它的总分是多少？" after
    #: "云陵高新区"), that name: the answer must be about it.
    entity: str | None = None
    #: The ontology indicator asked about (``parkqa.answer.ontology`` ids; two when the
    #: question's wording is shared by two and nothing tells them apart), empty when the
    #: question names none the ontology knows.
    indicators: tuple[str, ...] = ()
    #: The measure the question states (``parkqa.answer.measures``), "" when it states none
    #: (then it asks the level, or in a follow-up the previous turn's measure).
    measure: str = ""
    #: The question asks the same period of the year before ("上年同期规上工业总产值是多少"):
    #: the base of a growth rate, not the current figure.
    base_year: bool = False
    #: The question asks the year before's own figure of the period ("上年同期的增速"): its
    #: rate too is the year before's, not this year's rate against it (``比上年同期增长``).
    base_figure: bool = False

    @cached_property
    def asked(self) -> tuple[tuple[str, str], ...]:
        """The (indicator, measure) pairs an answer must have, in canonical form."""
        from parkqa.answer.ontology import ontology

        onto = ontology()
        measure = self.measure or ("rank" if self.type == "rank" else "level")
        # "比上年多了几家": a change against a base period, not a flow's level
        compared = measure == "increase" and self.compared
        return tuple(dict.fromkeys(onto.canonical(i, measure, compared) for i in self.indicators))

    # What the wording asks beyond the indicator, read here once from the text: the engine,
    # features, superlative reader and composer read these fields, never the text again.

    @cached_property
    def answer_kind(self) -> str:
        """The kind of answer the engine reads: the type, with ``name`` told apart."""
        if (
            self.lang == "en"
            and self.type == "phrase"
            and self.indicators
            and _EN_WHAT_IS.search(self.text)
            and self.order is None  # ("What was the biggest project…": a name, not a figure)
        ):
            return "number"
        if _SEVERAL.search(self.text):
            return self.type
        if (
            self.lang == "zh"
            and self.asks_name
            and self.order is not None
            and self.type in ("percent", "amount", "number", "count_noun", "score")
            and not re.search(r"多少|几", self.text)
        ):  # "…增速最高的是哪个？": which one, not its rate (哪个月 stays a month)
            return "name"
        if self.lang == "zh" and self.asks_name and self.type in ("phrase", "list"):
            return "name"
        if self.lang == "en" and self.asks_name:
            return "name"
        return self.type

    @cached_property
    def asks_name(self) -> bool:
        """Which company, park, project; who."""
        if self.lang == "zh":
            return bool(_NAME_ZH.search(self.text))
        return bool(_NAME_EN.search(self.text.lower()))

    @cached_property
    def name_kind(self) -> str | None:
        """The one kind of name the wh-word asks (哪家企业: company), None when it asks none."""
        return vocab.name_kind_asked(self.text)

    @cached_property
    def name_kinds(self) -> frozenset[str]:
        """Every kind of name its words ask (company, project, area)."""
        return frozenset(vocab.name_kinds_asked(self.text))

    @cached_property
    def named_kind(self) -> tuple[str, ...]:
        """The nouns that head the named thing a Chinese phrase question asks (什么机制: 机制,
        制度, 模式…; the one it says first), empty for any other question."""
        if self.lang != "zh" or self.answer_kind != "phrase":
            return ()
        return vocab.named_kind_asked(self.text)

    @cached_property
    def asks_published(self) -> bool:
        """When the report itself was published ("这篇新闻是哪天发布的")."""
        return bool(vocab.PUBLISHED_ASKED.search(self.text))

    @cached_property
    def asks_who(self) -> bool:
        """谁 / who: a company or a person."""
        return bool(re.search(r"谁|\bwho\b", self.text, re.I))

    @cached_property
    def order(self) -> Order | None:
        """The top, bottom or n-th of a set, when it asks one."""
        return order_asked(self.text)

    @cached_property
    def asks_remaining(self) -> bool:
        """Does it ask what is still to be done ("还需完成多少")?"""
        return bool(vocab.REMAINING.search(self.text))

    @cached_property
    def compared_with(self) -> str | None:
        """The base it sets a rate against by name ("增速高于全市多少": 全市)."""
        return vocab.compared_with(self.text)

    @cached_property
    def events(self) -> frozenset[str]:
        """The dated events it names (开工, 签约), canonical."""
        return frozenset(vocab.events_in(self.text))

    @cached_property
    def dated(self) -> bool:
        """A day or an event asked: one event's figure may answer."""
        return bool(self.dates) or bool(
            vocab.EVENT.search(self.text) or vocab.EVENT_FIGURE.search(self.text)
        )

    @cached_property
    def stage(self) -> str | None:
        """The stage asked (申报, 通过, 开工), outside the indicator's own name."""
        from parkqa.answer.ontology import ontology

        words = vocab.EVENT_NAME.sub(" ", self.text)
        return vocab.stage_in(words, ontology().names_text(self.indicators))

    @cached_property
    def grade(self) -> str | None:
        return vocab.grade_in(self.text)

    @cached_property
    def part(self) -> bool:
        """A 其中 part asked ("其中亿元以上的有几个"), or trade with one partner."""
        return "其中" in self.text or "of which" in self.text.lower() or bool(self.partner)

    @cached_property
    def subset(self) -> bool:
        """It asks how many of a set are of some kind ("How many of the deals … came from the
        Yangtze River Delta?"): a part of the set's figure, never the set's total."""
        return bool(_SUBSET_EN.search(self.text) or _SUBSET_ZH.search(self.text))

    @cached_property
    def office(self) -> str | None:
        """The office whose holder it asks (管委会是谁在当主任 → 主任)."""
        return vocab.office_asked(self.text)

    @cached_property
    def seasons(self) -> frozenset[str]:
        """The seasons of the rounds it names (夏季集中签约, the summer signing)."""
        return frozenset(vocab.seasons_in(self.text))

    @cached_property
    def round_asked(self) -> frozenset[str]:
        """The seasons of the rounds whose figures it asks: none when it asks a running total
        ("截至秋季签约仪式，今年累计签约了多少个": the round is when the total runs to)."""
        return frozenset() if vocab.RUNNING_TOTAL.search(self.text) else self.seasons

    @cached_property
    def stop(self) -> str | None:
        """The stop of a tour an English question names ("at the Shaozhe stop"), as spelled."""
        m = vocab.STOP_EN.search(self.text) if self.lang == "en" else None
        return m.group("name") if m else None

    @cached_property
    def partner(self) -> str | None:
        """The partner of the trade asked ("对东盟进出口额是多少": 东盟), or the origin of the
        things counted ("来自成渝地区的有几个": 成渝): a figure said of it only."""
        origin = _ORIGIN.search(self.text) if self.lang == "zh" else None
        return vocab.trade_partner(self.text) or (origin.group("o") if origin else None)

    @cached_property
    def describes_member(self) -> bool:
        """Does it ask of one park of several by a description ("竣盛靠港口的那个开发区"):
        one member's figure, never the total of them all?"""
        return self.lang == "zh" and _DESCRIBED_MEMBER.search(self.text) is not None

    @cached_property
    def total(self) -> bool:
        """A running total asked (累计)."""
        return bool(vocab.TOTAL_ASKED.search(self.text))

    @cached_property
    def region_asked(self) -> bool:
        """Does it ask about a region's parks together (云陵市开发园区, 四园区合计, the four
        parks combined), not one park?"""
        return bool(vocab.REGION_ASKED.search(self.text))

    @cached_property
    def scopes(self) -> tuple[str, ...]:
        """The scope a rank or share is asked in (全省, 全国)."""
        return tuple(dict.fromkeys(vocab.scopes_in(self.text)))

    @cached_property
    def own_periods(self) -> tuple[tuple[int, int], ...]:
        """The month ranges its own words name (a follow-up's inherited ones are not here)."""
        if self.lang == "zh":
            return tuple(p for _, _, p in vocab.periods_in(self.text))
        return tuple(vocab.english_periods(self.text))

    @cached_property
    def achieved(self) -> bool:
        """How much of a target was achieved ("年度目标完成率"): an actual figure."""
        return bool(vocab.ACHIEVED_AGAINST_PLAN.search(self.text))

    @cached_property
    def change(self) -> bool:
        """A change against a base asked (增长, 同比, growth)."""
        return bool(_CHANGE_Q.search(self.text.lower()))

    @cached_property
    def compared(self) -> bool:
        """Set against a base period (比上年多了几家)."""
        return vocab.compared(self.text)

    @cached_property
    def points(self) -> bool:
        """A change in percentage points asked (个百分点, points, or a change of a rate:
        "增速比1—10月提高了多少", the measure ``pp_change``)."""
        return self.measure == "pp_change" or "百分点" in self.text or "point" in self.text.lower()

    @cached_property
    def unit_dimension(self) -> str | None:
        """What the unit it asks its answer in measures ("用地多少亩": area, "多少亿元":
        money), None when it names no unit."""
        unit = figures.asked_unit(self.text) if self.lang == "zh" else None
        return figures.dimension(unit) if unit else None

    @cached_property
    def measured_noun(self) -> str | None:
        """The noun a Chinese question's wh-word measures, closing the question ("拿了多少奖金",
        "有多少套公寓"): what its figure must be said to be; None when a unit, a classifier
        alone or nothing follows (多少亿元, 几个, 多少)."""
        if self.lang != "zh":
            return None
        m = _MEASURED_NOUN.search(self.text)
        if m is None or figures.is_unit(m.group("n")):
            return None
        return m.group("n")

    @cached_property
    def counts_things(self) -> bool:
        """An English "how many …" of things: never an amount of money ("How many new jobs":
        no 1493.6亿元), unless money is what it counts ("how many billion yuan")."""
        return (
            self.lang == "en"
            and re.search(r"\bhow many\b", self.text, re.I) is not None
            and not re.search(
                r"\bhow many\s+(?:yuan|rmb|dollars|usd|million|billion)", self.text, re.I
            )
        )

    @cached_property
    def dollars(self) -> bool:
        """An amount in US dollars asked."""
        return bool(re.search(r"美元|dollar|usd", self.text, re.I))

    @cached_property
    def year_offset(self) -> int | None:
        """The year its own words name relative to the one spoken of (明年 +1, 去年 −1)."""
        return None if self.years else vocab.year_offset(self.text)

    @cached_property
    def previous_period(self) -> bool:
        """It asks of the quarter or month before the one spoken of (上季度排名, "its rank in
        the previous quarter")."""
        return bool(vocab.PREVIOUS_PERIOD.search(self.text))

    @cached_property
    def rank_asked(self) -> bool:
        return bool(vocab.RANK_ASKED.search(self.text))

    @cached_property
    def quoted(self) -> tuple[str, ...]:
        """Terms the question quotes ("在“项目落地”一项的得分"): the figure must be said of them."""
        return tuple(re.findall(r"[“「\"]([^”」\"]{2,20})[”」\"]", self.text))

    @cached_property
    def decrease_words(self) -> frozenset[str]:
        """The words of a fall a value may start with, when the question asks the size of a
        fall in any words (下降多少, 缩水了多少, "how much did it fall": 4.2%, not "下降4.2%");
        none when it asks which way it went."""
        # (in the clause that asks: "工业投资下滑的情况下，技改投资增长了多少" asks a growth)
        asking = re.split(r"[，,；;]", self.text.rstrip("？?。 "))[-1]
        if vocab.FALL_ASKED.search(asking) and not vocab.DIRECTION_ASKED.search(self.text):
            return frozenset(vocab.DECREASE)
        return frozenset()

    @cached_property
    def industries(self) -> tuple[str, ...]:
        """The industries a Chinese question names besides its indicator's own words (战略性
        新兴产业产值 is an indicator; 新能源产业 in "新能源产业协议投资" says whose)."""
        from parkqa.answer.ontology import ontology

        if self.lang != "zh":
            return ()
        text = without_parks(self.text)
        for m in ontology().mentions(text, colloquial=True):
            text = text[: m.start] + " " * (m.end - m.start) + text[m.end :]
        found = (
            re.sub(r"^[的在中年和与及其对是为个家项多少几]+", "", m.group(0))
            for m in vocab.INDUSTRY.finditer(text)
        )
        return tuple(
            name
            for name in found
            # (重点产业, 主导产业, 三大产业: a kind of industry, not one)
            if not name.startswith(("全", "各", "重点", "主导", "大", "三大", "四大", "五大"))
            and len(vocab.INDUSTRY_SUFFIX.sub("", name)) >= 2
        )

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(t for group in self.groups for t in group)

    def without_words_of(self, names: list[str]) -> Question:
        """Drop words that only name the report (park name, title): they choose the report,
        not the sentence."""
        joined = "".join(names)
        groups = tuple(g for g in self.groups if not all(t in joined for t in g))
        return replace(self, groups=groups)

    def merged_with(self, previous: Question) -> Question:
        """A follow-up inherits what it does not say itself from the previous question."""
        # "那亿元以上项目呢？", "And in the Airport Park?" ask no question word of their own: they
        # want the same kind of answer as the turn before.
        asks_nothing = self.type == "phrase" and not _WH.search(self.text)
        # "同比增长多少？" then "2026年的目标呢？": a target of the indicator, not of its growth
        to_target = bool(self.plan) and not previous.plan and not self.measure
        # "同比增长多少？" then "其中工业投资呢？" or "那9月当月产值呢？": an indicator named again
        # without a measure asks its level
        # (and "how many … does it have?" after a growth: a count is no rate)
        level = (
            bool(self.indicators)
            or bool(vocab.LEVEL_ASKED.search(self.text))
            or (self.type in ("count", "amount") and previous.measure in RATES)
            # ("谁排第一" then "它得了多少分？": a score asked after a rank is the score's level)
            or (self.type in ("score", "count", "amount") and previous.measure == "rank")
        )
        return replace(
            self,
            type=("number" if to_target or level else previous.type) if asks_nothing else self.type,
            dates=self.dates or previous.dates,
            # "明年的目标呢？" after a 2025 turn: 2026; "去年同期是多少？" after one: 2024
            years=self.years
            or tuple(
                y
                + (self.year_offset or 0)
                - (1 if self.base_figure and not previous.base_figure else 0)
                for y in previous.years
            ),
            # (a target asked after a month's figure: the year's target)
            periods=self.periods or (() if to_target else previous.periods),
            # "其中亿元以上的有几个？" then "那2025年一季度呢？": still the 亿元以上 ones
            qualifiers=self.qualifiers
            or (() if self.names_an_indicator() else previous.qualifiers),
            # (a target is not inherited by a turn asking the year before's figure, "去年同期
            # 是多少？", nor by one asking what was done in the end, "最后实际签了多少？")
            plan=self.plan
            if self.plan is not None
            else None
            if self.base_year or self.base_figure or vocab.ACTUAL_ASKED.search(self.text)
            else previous.plan,
            head=self.head or previous.head,
            classifiers=self.classifiers
            or (previous.classifiers if asks_nothing or self.type == previous.type else ()),
            # A follow-up that names its own indicator ("其中工业投资呢？", "and how much of
            # that was industrial investment?") replaces the subject; one that only changes a
            # constraint ("那2025年一季度呢？", "同比增长多少？") keeps the previous words.
            groups=self.groups
            if self.names_an_indicator()
            else tuple(dict.fromkeys(self.groups + previous.groups)),
            focus=self.focus,
            indicators=self.indicators or (() if self._asks_assessment() else previous.indicators),
            # (a follow-up that turns to another indicator asks its own level: "同比增长多少？"
            # then "其中工业投资呢？" asks how much industrial investment was made)
            # ("同比增长多少？" then "其中绛驰片区完成了多少？": the part's level)
            measure=self.measure or ("" if to_target or level else previous.measure),
            base_year=self.base_year or (previous.base_year and not self.years),
            base_figure=self.base_figure or (previous.base_figure and not self.years),
        )

    def _asks_assessment(self) -> bool:
        """Does it ask a rank or score in an assessment of parks (综合考核中排第几)?"""
        return (self.measure == "rank" or self.type in ("rank", "score")) and bool(
            vocab.ASSESSMENT.search(self.text)
        )

    def names_an_indicator(self) -> bool:
        """Does the question have content words besides constraint, plan and change words?"""
        return any(not all(t in _NOT_AN_INDICATOR for t in g) for g in self.groups)


def _lang(text: str) -> Literal["zh", "en"]:
    """English when the question is written in English, Chinese names in brackets or quotes
    beside it ("the Yingpu (滢浦) High-tech Zone", "construction start upon land acquisition
    (拿地即开工)") included."""
    plain = re.sub(r"[（(][^）)]*[）)]|“[^”]*”|\"[^\"]*\"", " ", text)
    if not re.search(r"[\u4e00-\u9fff]", plain):
        return "en"
    # "Who is the chairman of 镡琅中钜精密装备, the key firm in 镡琅经开区?": an English
    # sentence naming places in Chinese (it opens in English, Chinese only in short names)
    words = re.findall(r"[A-Za-z]{2,}", plain)
    runs = re.findall(r"[\u4e00-\u9fff]+", plain)
    english = re.match(r"\s*[A-Za-z]", plain) and len(words) >= 4
    return "en" if english and all(len(r) <= 12 for r in runs) else "zh"


#: Answer-type rules, tried in order; the first pattern that matches decides.
_TYPE_RULES_ZH: list[tuple[AnswerType, re.Pattern[str]]] = [
    # ("哪个月签的项目最多": a month, not the name of what was signed)
    (
        "date",
        re.compile(
            r"哪天|哪一天|什么时候|何时|几月几日|几号|什么日期|哪个日期|哪个月|哪一个?月|几月份|"
            r"什么时间|(?:时间|日期)是什么|啥时候|啥时"
        ),
    ),
    ("year", re.compile(r"哪一年|哪年|什么年份|哪个年份")),
    ("rank", re.compile(r"第几|排名|排第|位列|排老几|排几")),
    (
        "percent",
        re.compile(
            r"增长多少|增速|增幅|幅度|比重|占比|百分之几|百分之多少|百分比|多少%|下降多少|提高多少|"
            r"增长了多少|同比增长|比例|率(?:是|为|有|达到)?多少|"
            # colloquial: "外资涨了多少", "产值涨得最快" (not "涨了多少钱")
            r"[涨跌](?:了)?(?:多少|几)(?![钱元亿万块])|[涨跌]幅|"
            # "同比变化如何", "是涨是跌": the rate of change asked
            r"(?:变化|变动|涨跌|增减)(?:了)?(?:如何|怎么样|怎样|情况)|是涨是跌|是增是减|"
            # a ratio to another's figure ("相当于锦岑片区的多少", "是全市平均的百分之几")
            r"(?:相当于|仅为|只有|是)[^，,。；;？?]{1,12}的(?:多少|几成)"
        ),
    ),
    # a score ("总分是多少", "得了多少分"): a number in 分, not a count of the things named
    ("score", re.compile(r"多少分|几分|(?:得分|总分|分数|评分)(?:是|为|有)?多少")),
    ("count", _CLASSIFIER_Q),
    (
        "amount",
        re.compile(
            r"多少(?:亿|万)?元|多少钱|多少[\u4e00-\u9fff]{0,4}(?:资金|投资|收入|产值|金额|税收|外资)|"
            r"多少亩|多少平方米|多少万平方米|多少公里|"
            r"多少吨|多少兆瓦|多大的?(?:量|规模|体量|盘子)|"
            r"(?:投资|产值|收入|总额|金额|规模|增加值|外资|税收|投入|额|钱)"
            # ("年产值预计多少", "投资大概多少": a plan or hedge between)
            r"(?:预计|计划|将|能|可|大概|大约|约)?"
            r"(?:合计|总计|共计|一共|总共|累计|加起来|加在一起|算下来)?"
            r"(?:是|为|有|达到|达)?多少"
        ),
    ),
    # "三大主导产业是什么？": the N things named, a list
    (
        "list",
        re.compile(
            r"哪些|哪几|有哪|哪[两二三四五六七八九十]"
            r"|[两二三四五六七八九十]大[\u4e00-\u9fff]{1,8}(?:是什么|是啥|是哪|包括什么|分别是)"
        ),
    ),
    # A counted noun without a classifier ("规上工业企业亏损面是多少") suggests a count but does
    # not prove one: the figure may be a share or an amount about those things.
    (
        "count_noun",
        re.compile(
            "多少.*(?:"
            + "|".join(NOUN_CLASSIFIER)
            + ")|(?:"
            + "|".join(NOUN_CLASSIFIER)
            + ").*多少"
        ),
    ),
    ("number", re.compile(r"多少")),
]
_TYPE_RULES_EN: list[tuple[AnswerType, re.Pattern[str]]] = [
    # "what role does X play given its large share": a phrase, whatever figure words follow
    (
        "phrase",
        re.compile(
            r"\bwhat (?:role|kind of|type of|sort of|mechanism|model|title|honou?rs?|"
            r"positioning|approach)\b"
        ),
    ),
    ("date", re.compile(r"\bwhen\b|what date|which date|which day|what day")),
    ("year", re.compile(r"which year|what year")),
    ("score", re.compile(r"\bwhat score\b|\bscored?\b|\bhow many points\b")),
    ("rank", re.compile(r"\brank|\bposition\b|\bplace\b")),
    (
        "percent",
        re.compile(
            r"percent|percentage|growth|grow|increase by|rise by|share|proportion|"
            r"rate\b|%"
        ),
    ),
    ("count", re.compile(r"how many")),
    (
        "amount",
        re.compile(
            r"how much|what (?:was|is|were) (?:the )?(?:[\w&'-]+ ){0,3}(?:investment|"
            r"amount|value|output|revenue|income|sales|spending)|total investment|"
            r"how large|what amount|worth"
        ),
    ),
    # "what was its composite development index": a figure, not a list of names
    (
        "number",
        re.compile(
            r"\bwhat (?:was|is|were) (?:the |its |their |this |that )?(?:[\w&'-]+ ){0,4}"
            r"(?:index|figure|number|total|level|ratio|target|goal)\b"
        ),
    ),
    ("list", re.compile(r"\bwhich\b|\bwhat are\b|\bname the\b|\blist\b")),
]


def _answer_type(q: str, rules: list[tuple[AnswerType, re.Pattern[str]]]) -> AnswerType:
    return next((kind for kind, pattern in rules if pattern.search(q)), "phrase")


def _dates(q: str) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for m in re.finditer(r"(\d{1,2})月(\d{1,2})[日号]", q):
        found.append((int(m.group(1)), int(m.group(2))))
    low = q.lower()
    for m in re.finditer(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE}", low):
        found.append((_MONTHS[m.group(2)], int(m.group(1))))
    for m in re.finditer(rf"{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", low):
        found.append((_MONTHS[m.group(1)], int(m.group(2))))
    return tuple(dict.fromkeys(found))


def analyse(text: str) -> Question:
    """Analyse one question (without conversation context)."""
    q = normalize_chars(text).strip()
    lang = _lang(q)
    low = q.lower()
    qtype = _answer_type(q, _TYPE_RULES_ZH) if lang == "zh" else _answer_type(low, _TYPE_RULES_EN)
    years = vocab.question_years(q)
    periods = list(dict.fromkeys(q[a:b] for a, b, _ in vocab.periods_in(q)))
    qualifiers = list(
        dict.fromkeys(m.group(0) for m in vocab.QUALIFIER.finditer(vocab.written_bounds(q)))
    )
    classifiers: tuple[str, ...] = ()
    head: str | None = None
    groups: list[tuple[str, ...]]
    if lang == "zh":
        m = _CLASSIFIER_Q.search(q)
        if m:
            classifiers = (m.group("c"),)
        for noun, cls in NOUN_CLASSIFIER.items():
            if noun in q:
                head = noun
                classifiers = classifiers or cls
                break
        # (完成全年目标的百分之多少 asks what was achieved against the target)
        asks_plan = vocab.PLAN_ASKED.search(q) and not vocab.ACHIEVED_AGAINST_PLAN.search(q)
        plan = True if asks_plan else None
        # "多少个市重点项目" must not yield the token 个市: drop the wh-word and its classifier.
        plain = _CLASSIFIER_Q.sub(" ", WH_ZH.sub(" ", q)).replace("多少", " ")
        # Years, periods and dates are constraints, not content: removed before segmenting, so
        # that "2024年固投" does not become the token 年固.
        plain = re.sub(
            r"(?<!\d)(?:19|20)\d{2}\s*年(?:底|末|初|度)?|\d{1,2}月\d{1,2}[日号]", " ", plain
        )
        plain = PERIOD_ZH.sub(" ", plain)
        words = [t for t in tokenize(plain) if not re.fullmatch(r"[\d.]+|[年月日号]", t)]
        # jieba's search mode yields 高新 + 技术 + 高新技术: keep the longest, each word once.
        words = [t for t in words if not any(t != o and t in o for o in words)]
        groups = [(t,) for t in dict.fromkeys(words)]
        # Latin words inside a Chinese question (GDP, R&D) go through the glossary too.
        groups += [alternatives for _, alternatives in translate_groups(q)]
        focus = _focus_zh(q, head)
    else:
        periods += [vocab.period_name(p) or "" for p in vocab.english_periods(q)]
        for pattern, make in _EN_QUALIFIER:
            m = pattern.search(low)
            if m:
                qualifiers.append(make(m))
        for word in re.findall(r"[a-z]+", low):
            named = _EN_NOUN.get(word.rstrip("s")) or _EN_NOUN.get(word)
            if named:
                head = named
                classifiers = NOUN_CLASSIFIER.get(named, ())
                break
        if qtype == "count" and head is None:
            qtype = "quantity"  # "how many TEUs": a measure, not a counted noun we know
        plan = True if any(re.search(rf"\b{w}", low) for w in _PLAN_EN) else None
        translated = translate_groups(q)
        groups = [alternatives for _, alternatives in translated]
        participles = [alts for phrase, alts in translated if re.search(r"(?:ed|en)$", phrase)]
        focus = participles[-1] if participles else ()
    constraint_text = "".join(periods) + "".join(qualifiers)

    def keep(term: str) -> bool:
        return (
            term not in STOPWORDS
            and term not in classifiers
            and term not in constraint_text
            and not re.fullmatch(
                r"[\d.]+[年月日号]?|[一二三四]?季度|前三|上半年|下半年|全年|月|年", term
            )
        )

    groups = [tuple(t for t in g if keep(t)) for g in groups]
    groups = list(dict.fromkeys(g for g in groups if g))
    indicators, measure = asked_indicator(q, lang, qtype)
    if (
        lang == "en"
        and qtype == "phrase"
        and indicators
        and not _TURN_ONLY.search(q)
        and order_asked(q) is None  # ("What was the biggest project…": a name, not a figure)
    ):
        # "Total value of imports and exports of 砺雩经开区 in 2024?" (a statistical table's
        # row name as the question): an indicator named with no question word asks its figure
        qtype = "number"
    question = Question(
        text=text,
        lang=lang,
        type=qtype,
        classifiers=classifiers,
        dates=_dates(q),
        years=years,
        periods=tuple(dict.fromkeys(periods)),
        qualifiers=tuple(dict.fromkeys(qualifiers)),
        plan=plan,
        groups=tuple(groups),
        focus=tuple(t for t in focus if keep(t)),
        head=head,
        frame=_frame(q),
        indicators=indicators,
        measure=measure,
        base_year=bool(vocab.BASE_YEAR_ASKED.search(text)) and not years,
        base_figure=bool(vocab.BASE_FIGURE_ASKED.search(q)),
    )
    if years and question.base_figure:
        # "2025年1—8月实际使用外资的上年同期增速": the year before's figure of that period
        question = replace(question, years=tuple(y - 1 for y in years), base_year=True)
    return question


#: The unit kinds of indicators an answer type can be the level of.
TYPE_UNIT_KINDS = {
    "count": ("count",),
    "count_noun": ("count", "percent", "amount"),
    "amount": ("amount", "area", "energy"),
    "quantity": ("count", "amount", "area", "energy"),
    "score": ("score",),
}


def asked_indicator(q: str, lang: str, qtype: str) -> tuple[tuple[str, ...], str]:
    """The indicator a question asks about and the measure it states.

    Of the indicators the question names (Chinese surface forms and colloquial forms, or
    English names), the one whose unit kind suits the answer type; in Chinese the last (the
    head of the noun phrase comes last: 签约项目的协议总投资), in English the first (total
    agreed investment of projects signed). A share's base (the indicator after 占) is never
    the asked one."""
    from parkqa.answer.linking import resolve
    from parkqa.answer.measures import measure_in
    from parkqa.answer.ontology import ontology, said_length

    onto = ontology()
    if lang == "zh":  # "实际到位的资金", "规模以上工业企业的增加值": 的 joins what names one thing
        q = re.sub(
            r"(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])", "", vocab.written_bounds(without_parks(q))
        )
    else:  # proper names (Songlin Industrial Park, Smart Manufacturing Park) name no indicator
        q = _EN_PROPER.sub(" ", q)
    # (a project's own name, its 项目 too, says nothing of which indicator a word is:
    # "蛟龙动力新能源电池基地项目总投资" is that project's total, signed or being built alike)
    for project in vocab.projects_named(q):
        named = project + "项目" if project + "项目" in q else project
        q = q.replace(named, " " * len(named))
    found = onto.mentions(q, colloquial=True) if lang == "zh" else onto.english_mentions(q)
    if not found and lang == "en":
        # "actual utilized foreign investment (实际使用外资)": the report's own term beside it
        found = [
            replace(m, start=at.start() + m.start, end=at.start() + m.start + len(m.surface))
            for at in re.finditer(r"[\u4e00-\u9fff]+", q)
            for m in onto.mentions(at.group(0), colloquial=True)
        ]
    if not found:
        return (), measure_in(q, lang) if _states_measure(q, lang) else ""
    if lang == "zh":
        share_at = q.find("占")
        if share_at >= 0 and any(m.end <= share_at for m in found):
            # "工业投资在全区固投中占多大比重": what stands in 在…中 is the base
            found = [
                m
                for m in found
                if m.end <= share_at and not re.search(r"在[^在中]*$", q[: m.start])
            ] or found[:1]
    else:  # "what share of BASE came from X", "X's share of BASE": BASE follows "share of"
        share = re.search(r"\b(?:share|proportion|percentage) of\b", q, re.I)
        after = [m for m in found if share and m.start >= share.end()]
        if share and after:  # the base is not what is asked (only it named: nothing is)
            found = [m for m in found if m is not after[0]]
            if not found:
                return (), "share"
    if _PER_MU.search(q):
        # "tax per mu", "亩均…": an intensity per unit of land, never the total it divides
        found = [m for m in found if any(_is_per_mu(onto.get(i).units) for i in m.ids)]
        if not found:
            return (), ""
    kinds = TYPE_UNIT_KINDS.get(qtype)
    fitting = [
        m for m in found if kinds is None or any(onto.get(i).unit_kind in kinds for i in m.ids)
    ]
    if not fitting:  # "how many investment deals": it counts what no named indicator is
        return (), ""
    chosen = fitting[-1] if lang == "zh" else fitting[0]
    if len(fitting) > 1 and all(m.form == "colloquial" for m in fitting):
        # (two spoken forms, "货卖到国外卖了多少钱": the one that says more, 卖到国外, not
        # the plain 卖了多少钱 that any sale is)
        chosen = max(fitting, key=lambda m: said_length(m.surface))
    # One named indicator a kind of another ("引进的内资真正到账": 实际利用内资 ⊂ 到位资金):
    # the narrower is what is asked, wherever it stands.
    narrower = [
        m
        for m in fitting
        if m is not chosen and all(any(c in onto.lineage(i)[1:] for c in chosen.ids) for i in m.ids)
    ]
    if narrower:
        chosen = narrower[-1] if lang == "zh" else narrower[0]
    words = q[: chosen.start] + " " + q[chosen.end :]
    ident = resolve(chosen, words, onto)
    decisive = len(chosen.ids) == 1 or any(
        ch in words for ch in set(onto.get(ident).name) - set(chosen.surface)
    )
    ids = (ident,) if decisive else chosen.ids
    measure = measure_in(words, lang) if _states_measure(words, lang) else ""
    return ids, measure


#: A run of two or more capitalised words (a name), with its possessive.
_EN_PROPER = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)+(?:'s)?")


def _states_measure(words: str, lang: str) -> bool:
    from parkqa.answer.measures import measure_in

    return measure_in(words, lang) != "level"


def _focus_zh(q: str, head: str | None) -> tuple[str, ...]:
    """The word that leads the asked figure: the last word before the wh-word, skipping
    particles and, when the question names its counted noun, that noun phrase.

    ``申报高新技术企业通过了多少家`` → 通过; ``当年新认定高新技术企业多少家`` → 认定.
    """
    words = pos_words(_frame(q)[0])
    while words and (words[-1][1].startswith("u") or words[-1][0] in ("是", "有", "为", "共")):
        words.pop()
    if head and words and head in words[-1][0]:
        while words and (words[-1][1][:1] in ("n", "b", "a", "l") or head in words[-1][0]):
            words.pop()
    if words and len(words[-1][0]) >= 2 and not words[-1][1].startswith(("m", "t")):
        return (words[-1][0],)
    return ()


#: A turn that only swaps one slot of the one before ("那亿元以上项目呢？", "And in the Airport
#: Park?"): it asks what the turn before asked.
_TURN_ONLY = re.compile(
    r"呢\s*[？?]?\s*$|^\s*(?:那|其中|还有)|^\s*(?:and|what about|how about)\b", re.I
)

_WH = re.compile(
    r"(哪些|哪几个|哪几家|哪几|哪个|哪家|哪里|哪儿|哪位|哪一|哪|什么|啥|多少|几|谁|何时|何地|怎样|如何|为何|为什么)"
)


def _frame(q: str) -> tuple[str, str]:
    """The question's text left and right of its wh-word (for phrase answers)."""
    q = q.rstrip("？?。 ")
    m = _WH.search(q)
    if not m:
        return q, ""
    right = q[m.end() :]
    right = re.sub(r"^(?:个|种|家|位|项|些|样的|样)", "", right)
    return q[: m.start()], right


FOLLOW_UP = re.compile(
    r"^(?:其中|那么?|那|它们?|他们|这些|这[个家位项一]|该|此|其|and\b|what about|how about|"
    r"of (?:them|these)|their|its|those)",
    re.I,
)


def is_follow_up(question: Question, names_a_report: bool = False) -> bool:
    """A question that leans on the previous turn: it starts with 其中/那/and…, refers back
    (their, they), or names no report of its own. A question in a conversation that names no
    park nor thing of any report ("2025年完成了多少投资？" after a turn about a project) is
    asked in the conversation's frame: on its own it is nobody's figure — unless it asks of a
    region's parks together (全市开发区…)."""
    text = question.text.strip()
    if FOLLOW_UP.search(text) or re.search(r"\b(?:their|they|them|those|these|its)\b", text, re.I):
        return True
    # (a city's or region's parks together, "2025年全市开发区…合计", are a frame of their own)
    return not names_a_report and not question.region_asked
