"""Every vocabulary the answer engine reads facts and questions with: one home for each.

Why one module: periods, plan markers and comparison bases are needed both when a report's facts
are read (index time) and when a question is analysed; a second copy that drifts would make the
two disagree silently. Periods are canonical month ranges, so ``前三季度``, ``1—9月``, ``1-9月``,
``Q1-Q3`` and ``first three quarters`` are the same constraint.
"""

from __future__ import annotations

import re

from parkqa.figures import number_value

#: A period is a month range within one year: (first month, last month).
Period = tuple[int, int]

#: Chinese numerals of months and quarters (一 … 十二).
CN_NUMERALS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
_QUARTER = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}

#: Chinese period expressions → canonical month range. Order matters: longest first.
_PERIOD_WORDS: list[tuple[str, Period]] = [
    ("前三季度", (1, 9)),
    ("前两季度", (1, 6)),
    # (spoken: 头一个季度, 前半年, 头三个季度)
    ("头一个季度", (1, 3)),
    ("第一个季度", (1, 3)),
    ("前三个季度", (1, 9)),
    ("头三个季度", (1, 9)),
    ("前两个季度", (1, 6)),
    ("头季度", (1, 3)),
    ("前半年", (1, 6)),
    ("头半年", (1, 6)),
    ("一至三季度", (1, 9)),
    ("一至二季度", (1, 6)),
    ("上半年", (1, 6)),
    ("下半年", (7, 12)),
    ("全年", (1, 12)),
    ("全年度", (1, 12)),
    ("年度", (1, 12)),
]
_DASH = r"\s*[—\-–~～至到]+\s*"
PERIOD_ZH = re.compile(
    r"(?P<range>(?<!\d)(?P<a>1[0-2]|[1-9])(?:月份?)?"
    + _DASH
    + r"(?P<b>1[0-2]|[1-9])月(?!\d{1,2}[日号]))"
    # (the words of _PERIOD_WORDS, longest first; 年度 alone names no period in a sentence)
    + r"|(?P<word>"
    + "|".join(sorted((w for w, _ in _PERIOD_WORDS if w != "年度"), key=len, reverse=True))
    + ")"
    r"|(?P<first>[前头](?P<n>十[一二]?|[两二三四五六七八九]|1[01]|[2-9])个月)"
    r"|(?P<quarter>(?:第)?(?P<q>[一二三四1-4])季度)"
    r"|(?P<month>(?<![\d.—\-–~～至到])(?P<m>1[0-2]|[1-9])月(?:份|当月)?(?!\d{0,2}[日号\d]|底|末|初|中旬|上旬|下旬))"
)
_EN_MONTHS = {
    name: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ],
        1,
    )
}
#: English ordinals (quarters, places in a ranking): their one home.
EN_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
_MONTH = r"(?P<{0}>" + "|".join(sorted(_EN_MONTHS, key=len, reverse=True)) + r")\.?"
_EN_RANGE = re.compile(
    r"\b"
    + _MONTH.format("a")
    + r"\s*(?:to|through|thru|until|-|–|—|~)\s*"
    + _MONTH.format("b")
    + r"\b",
    re.I,
)
_EN_FIRST_MONTHS = re.compile(r"\bfirst[\s-]+(?P<n>\d{1,2}|[a-z]+)[\s-]+months\b", re.I)
_EN_FIRST_QUARTERS = re.compile(
    r"\bfirst[\s-]+(?P<n>two|three|2|3)[\s-]+quarters\b|\bq1\s*[-–—~]\s*q(?P<q>[23])\b", re.I
)
_EN_QUARTER = re.compile(
    r"\b(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter\b|\bq(?P<q>[1-4])\b", re.I
)
_EN_HALF = re.compile(r"\b(?P<h>first|second)[\s-]+half\b|\bh(?P<n>[12])\b", re.I)
_EN_YEAR = re.compile(
    r"\b(?:whole|full|entire)[- ]year\b|\bfor the year\b|\ball year\b|\bannual\b|"
    r"\bthe year as a whole\b|\b(?:the )?(?:whole|entire|all) of (?:19|20)\d{2}\b",
    re.I,
)
#: A single month: "in June", "June 2025" (not a date: "June 5", "5 June").
_EN_MONTH = re.compile(
    r"(?<!\d\s)(?<!\d)\b" + _MONTH.format("m") + r"\b(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)", re.I
)


def english_periods(text: str) -> list[Period]:
    """The periods an English question names, in canonical month ranges: any month range
    ("January–March", "Jan-Oct"), "the first N months", quarters, halves, the year, a month
    ("in June"). "May" the month needs a capital or "in/during/for/of" before it."""
    found: list[tuple[int, Period]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], period: Period) -> None:
        if not any(a < m.end() and m.start() < b for a, b in taken):
            taken.append((m.start(), m.end()))
            found.append((m.start(), period))

    for m in _EN_RANGE.finditer(text):
        add(m, (_EN_MONTHS[m.group("a").lower()], _EN_MONTHS[m.group("b").lower()]))
    for m in _EN_FIRST_QUARTERS.finditer(text):
        n = m.group("n") or m.group("q")
        add(m, (1, 3 * (_EN_NUMBERS.get(n.lower()) or int(n))))
    for m in _EN_FIRST_MONTHS.finditer(text):
        n = m.group("n").lower()
        months = int(n) if n.isdigit() else _EN_NUMBERS.get(n)
        if months and 1 <= months <= 12:
            add(m, (1, months))
    for m in _EN_HALF.finditer(text):
        half = 1 if (m.group("h") or "").lower() == "first" or m.group("n") == "1" else 2
        add(m, (1, 6) if half == 1 else (7, 12))
    for m in _EN_QUARTER.finditer(text):
        q = EN_ORDINALS[m.group("o").lower()] if m.group("o") else int(m.group("q"))
        add(m, (3 * q - 2, 3 * q))
    for m in _EN_YEAR.finditer(text):
        add(m, (1, 12))
    for m in _EN_MONTH.finditer(text):
        word = m.group("m")
        lead = text[max(0, m.start() - 7) : m.start()].lower()
        if word.lower() == "may" and not (
            word[0].isupper() or re.search(r"(?:in|during|for|of)\s$", lead)
        ):
            continue
        month = _EN_MONTHS[word.lower()]
        add(m, (month, month))
    return [p for _, p in sorted(found)]


def period_of(match: re.Match[str]) -> Period:
    """The canonical month range of a :data:`PERIOD_ZH` match."""
    if match.group("range"):
        return int(match.group("a")), int(match.group("b"))
    if match.group("quarter"):
        q = match.group("q")
        return _QUARTER[int(q) if q.isdigit() else CN_NUMERALS[q]]
    if match.group("word"):
        return dict(_PERIOD_WORDS)[match.group("word")]
    if match.group("first"):  # 前两个月, 前十个月
        n = match.group("n").replace("两", "二")
        return 1, int(n) if n.isdigit() else CN_NUMERALS[n]
    m = int(match.group("m"))
    return m, m


def periods_in(text: str) -> list[tuple[int, int, Period]]:
    """Every period expression in ``text``: (start, end, month range)."""
    return [(m.start(), m.end(), period_of(m)) for m in PERIOD_ZH.finditer(text)]


def period_name(period: Period | None, lang: str = "zh") -> str:
    """``(1, 9)`` → ``1-9月`` / ``Jan–Sep``; ``(1, 12)`` → ``全年`` / ``full year``: how
    ``parkqa facts`` and the reports table show a period."""
    if period is None:
        return ""
    a, b = period
    if lang != "zh":
        if (a, b) == (1, 12):
            return "full year"
        return MONTHS_EN[a - 1] if a == b else f"{MONTHS_EN[a - 1]}–{MONTHS_EN[b - 1]}"
    if (a, b) == (1, 12):
        return "全年"
    return f"{a}月" if a == b else f"{a}-{b}月"


#: English month abbreviations (how answers and tables name months; questions are matched on them).
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


YEAR = re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d{2})(?:年|(?=\s*[—\-–]\d{1,2}月))")
#: A year written with two digits in a question ("24年上半年", "25年到底涨了几成"), never a
#: duration ("成立24年", "近10年来", "24年间").
SHORT_YEAR = re.compile(
    r"(?<![\d.])(?<!成立)(?<!近)(?<!第)(?<!过去)(?<!了)(?<!约)(?<!达)(?<!用)(?<!有)(?<!满)"
    r"(?<!经)(?<!历)(?<!每)"
    r"(?P<y>[12]\d)年(?!来|间|内|多|左右|以上|以下|之|后|前|的?(?:时间|历程|历史|发展))"
)


#: A year named as a comparison's base ("比2024年增长多少", "growth over 2024"): not the year
#: asked, which is the one after it when the question names no other.
BASE_YEAR = re.compile(
    r"(?:比|较|相比|与|同)\s*(?P<zh>(?:19|20)\d{2})年"
    r"|\b(?:than|over|compared (?:with|to)|versus|vs\.?)\s+(?:in\s+)?(?P<en>(?:19|20)\d{2})\b",
    re.I,
)


def question_years(text: str) -> tuple[int, ...]:
    """The years a question names: four digits (2024), else two (24年 → 2024); a year that
    is only a comparison's base stands for the year after it."""
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text)]
    if not years:
        years = [2000 + int(m.group("y")) for m in SHORT_YEAR.finditer(text)]
    bases = {int(m.group("zh") or m.group("en")) for m in BASE_YEAR.finditer(text)}
    asked = [y for y in years if y not in bases]
    if years and not asked:
        asked = [max(bases) + 1]
    return tuple(asked)


#: Relative years: a fact under ``上年同期`` belongs to the year before the report's.
PREVIOUS_YEAR = re.compile(
    r"上年同期|去年同期|上年全年|去年全年|上年度"
    # "增长5.3%，上年为36.70亿元", "上年末为286家" (never "比上年增加")
    r"|(?<![比较与同于])(?:上年|去年)(?:末|底)?(?=为|是)"
)
#: Years a text speaks of relative to when it was published (an interview's "去年全年我们签约…",
#: "今年力争…"): never a comparison's base (比去年, 去年同期).
SPOKEN_YEARS = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
SPOKEN_YEAR = re.compile(r"(?<![比较与同于])(?P<word>" + "|".join(SPOKEN_YEARS) + r")(?!同期)")
#: A level given as the base of a comparison right before it: "比上年的1161.5亿元".
PRIOR_LEVEL = re.compile(r"(?:比|较|与)(?:上年|去年)(?:同期)?的\s*$")
#: Years a question names relative to the one it is about (the report's, or the turn before's):
#: "明年的目标呢？" is the year after, "去年掉了多少" the year before (never 去年同期, the base
#: of a growth, nor 比去年, a comparison).
RELATIVE_YEARS = (
    (re.compile(r"(?<![比较与同])(?:明年|来年|下一年)|\bnext year\b", re.I), 1),
    (re.compile(r"(?<![比较与同])(?:去年|上一年)(?!同期)|\blast year\b(?! same)", re.I), -1),
    (re.compile(r"前年|\bthe year before last\b", re.I), -2),
)


#: A day written in a report or a question: 3月18日 / 3月18号, 3.18 (dotted, as tables write
#: it), or with its year as a workbook's date cell shows it (2025-11-12, 2025/11/12).
MONTH_DAY = re.compile(
    r"(?<!\d)(?:(?:19|20)\d{2}(?P<sep>[-/])(?P<im>1[0-2]|0?[1-9])(?P=sep)(?P<id>3[01]|[12]\d|0?[1-9])"
    r"(?!\d)|(?P<m>1[0-2]|0?[1-9])(?:月|\.)(?P<d>3[01]|[12]\d|0?[1-9])(?:日|号|(?!\d)))"
)


def month_days(text: str) -> set[tuple[int, int]]:
    """Every (month, day) ``text`` writes (:data:`MONTH_DAY`)."""
    return {
        (int(m.group("im") or m.group("m")), int(m.group("id") or m.group("d")))
        for m in MONTH_DAY.finditer(text)
    }


def year_offset(text: str) -> int | None:
    """The year ``text`` names relative to the one spoken of (None: none)."""
    return next((offset for pattern, offset in RELATIVE_YEARS if pattern.search(text)), None)


#: A question asking for the previous year's figure of the same period (the base a growth is
#: computed on), in either language.
BASE_YEAR_ASKED = re.compile(
    r"上年同期|去年同期|上一年同期"
    r"|\bsame (?:period|quarter|month|months|half)\b.{0,12}\b(?:last|previous|prior) year\b"
    r"|\b(?:a|one) year (?:earlier|before)\b|\bprevious year's same period\b",
    re.I,
)

#: The year before's own figure asked ("上年同期的增速", "2025年…上年同期增速"), not a
#: comparison with it ("比上年同期增长").
BASE_FIGURE_ASKED = re.compile(
    r"(?<![比较与])(?:上年|去年)同期(?:的)?(?:增速|增幅|增长率|数值|值|水平|规模|为|是)"
)

#: A question for a level in its verb ("完成了多少", "实现多少"): a follow-up saying it asks
#: no measure inherited from the turn before.
LEVEL_ASKED = re.compile(
    r"(?:完成|实现|达到)了?(?:多少|几)|\bhow much did\b.{0,40}\b(?:complete|achieve)"
)

#: How a growth was reckoned, said between a level and its rate ("…486.3亿元，按可比价格计算
#: 同比增长6.8%"): it names nothing.
PRICE_BASIS = r"按(?:可比价(?:格)?|现价|不变价(?:格)?)计算"
#: Words that make the figure after them a target, not an achievement.
PLAN_MODALS = (
    "力争",
    "计划",
    "预计",
    "预排",
    "确保",
    "争取",
    "拟",
    "预期",
    "目标",
    # (what is required to meet a target: "四季度需完成规上工业总产值273.6亿元")
    "需完成",
    "需要完成",
)
#: What is still to be done ("还需完成多少", "下半年需完成…"): a question asking it is answered
#: only by a figure its report says is still to be done, never the target itself.
REMAINING = re.compile(r"还需|尚需|仍需|需要完成|需完成|还得完成|还要完成|还差")
#: … unless an achievement word says the figure measures progress against the target
#: (``完成年度目标的78.7%``, ``年度目标完成率``).
#: (``目标为1520亿元，实际完成率为98.8%``: the rate is achieved, whatever governs the target)
ACHIEVED_AGAINST_PLAN = re.compile(
    r"完成(?:年度|全年)?(?:目标|计划)|(?:目标|计划)完成|完成率|实际(?:完成|实现|达到)"
)
#: Words of a question that ask for a target: the report's plan words and the spoken ones
#: ("准备做到多少", "打算"), not a thing already prepared ("提前准备了38个项目").
PLAN_ASKED = re.compile("|".join(PLAN_MODALS) + r"|将要|打算|准备(?!了)|" + REMAINING.pattern)
#: Words of a follow-up asking what was done, not planned ("最后实际签了多少"): 实际 outside the
#: names of indicators (实际使用外资, 实际到位资金).
ACTUAL_ASKED = re.compile(
    r"最后|最终|到头来|实际(?!使用|利用|到位|到账|投资|完成投资)|\bin the end\b|\bactually\b", re.I
)
#: A numbered section of targets ("三、2025年工作打算", "七、2025年主要目标和工作举措",
#: "三、下半年工作计划"): its figures are targets.
PLAN_SECTION = re.compile(r"(?:打算|计划|安排|思路)$|主要目标|预期目标|目标任务$")
#: A paragraph that opens a list of targets ("主要预期目标是：").
PLAN_LEAD = re.compile(r"(?:目标|计划|打算|安排)(?:任务)?(?:是|为|如下)?[：:]")

#: Words of a decrease right before a percentage; they stay in the value (下降4.3%).
DECREASE = ("下降", "减少", "回落", "下滑", "降低")
#: A question asking the size of a fall in its own words (缩水了多少, 掉了多少, "by how much did
#: it fall"): the answer is the size (8.0%), the report's 下降 being what the question says.
FALL_ASKED = re.compile(
    r"下降|减少|回落|下滑|降低|缩水|缩减|萎缩|掉了|降了|(?<!多)少了|跌了|跌幅|降幅|"
    r"\b(?:fall|fell|fallen|drop|dropped|decline|declined|shrink|shrank|shrunk|decrease|decreased)\b",
    re.I,
)
#: … unless it asks which way it went (是涨是跌, 增长还是下降, 还在跌吗, "grow or shrink").
DIRECTION_ASKED = re.compile(
    r"涨.{0,2}跌|增(?:长|加)?还是[降减]|是增是减|升还是降|还是|[跌降]吗|\bup or down\b|"
    r"\b(?:grow|rise|increase|go up|went up)\w*\s+or\s+"
    r"(?:fall|shrink|decline|drop|decrease|go down)",
    re.I,
)
#: Moves in a ranking ("较上年上升两位"): the direction is part of a change of places.
RANK_MOVES = ("上升", "下降", "前进", "后退", "提升", "跃升", "下滑", "上移", "下移")
#: A clause moving a place between two rankings ("由第三名跃升至第一名", "保持第四名不变"): its
#: ranks are of two periods, neither a ranking of one.
RANK_MOVE_CLAUSE = re.compile(
    r"由[^，,；;。]{0,8}?(?:"
    + "|".join(RANK_MOVES)
    + r"|升|降)[^，,；;。]{0,2}?至|保持[^，,；;。]{0,8}不变"
)

#: Comparison bases: a figure after one of these is a change, not a level.
COMPARISON = re.compile(r"同比|比上年|较上年|比去年|较去年|环比|较年初|比年初|上年同期|去年同期")
#: Words of a change against an earlier figure (增加2个, 净增37家, 比上年多5个), as opposed to a
#: flow stated as new (新增, 新认定 18家: the flow's own level).
_CHANGE = re.compile(r"增加(?!值)|净增|减少|提高|降低|比.{0,8}?[多少]")


#: Words that set a figure above or below another's ("高于全市", "较一季度", "落后于").
COMPARE_VERBS = r"(?:高于|低于|快于|慢于|超过|超出|领先于?|落后于?|比|较)"
#: The bases a rate is set against by name: a wider area's, or an earlier period's.
COMPARED_BASES = (
    r"(?:全市|全省|全国|全区|[一二三四]季度|上半年|前三季度|上季度|上月|年初|1[—\-–]\d{1,2}月)"
)
#: A base a rate is set against by name ("增速高于全市", "较一季度提高"): a place or a time.
_COMPARED_WITH = re.compile(COMPARE_VERBS + "(?P<base>" + COMPARED_BASES + ")")


def compared_with(words: str) -> str | None:
    """The base ``words`` set a rate against by name (全市, 一季度), if any."""
    found = _COMPARED_WITH.search(words)
    return found.group("base") if found else None


def compared(words: str) -> bool:
    """Do ``words`` set a figure against a base (同比, 比上年, 增加, 净增)?"""
    return bool(COMPARISON.search(words) or _CHANGE.search(words))


#: Qualifiers that name a class of things (``10亿元以上项目``), never an amount asked for.
#: Qualifiers that name a population of enterprises (its figures' paragraph says it once).
POPULATIONS = ("规模以上", "限额以上")
QUALIFIER = re.compile(r"(?:\d+(?:\.\d+)?)?[万亿]元(?:以上|及以上|以下)|规模以上|限额以上|规上")
#: A size bound said the way people type it ("投资超过10个亿的", "5亿以上的", "上亿的项目"):
#: the qualifier a report writes (10亿元以上).
_BOUND_NUMBER = r"\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}"
_SPOKEN_BOUND = re.compile(
    rf"(?<![不未没])(?:超过|超出|高于|多于|大于|不低于|不少于|(?<![不未没超])过|超)(?P<a>{_BOUND_NUMBER})\s*个?\s*(?P<u>[万亿])"
    r"(?!元?以下)"
    rf"|(?P<b>{_BOUND_NUMBER})\s*个?\s*(?P<v>[万亿])(?:以上|及以上|多)"
    r"|(?:上|过|超)(?P<w>亿)(?:元)?(?=的|项目|级)"
)


def _arabic(numeral: str) -> str:
    """A bound's number in digits ("十" → 10, "五十" → 50, "两" → 2; digits kept), read by
    the one numeral reader (:func:`parkqa.figures.number_value`)."""
    if not numeral or numeral[0].isdigit():
        return numeral
    value = number_value(numeral)
    return numeral if value is None else f"{value:g}"


def written_bounds(text: str) -> str:
    """``text`` with the size bounds it says in spoken form written as a report writes them
    ("投资超过10个亿的" → "投资10亿元以上的", "投资过十亿的" → "投资10亿元以上的")."""

    def written(m: re.Match[str]) -> str:
        number = _arabic(m.group("a") or m.group("b") or "")
        return f"{number}{m.group('u') or m.group('v') or m.group('w')}元以上"

    return _SPOKEN_BOUND.sub(written, text)


#: Words that name an event (a signing ceremony, a promotion fair): a question about one asks
#: for that day's figures, not the period's total.
#: Kinds of event that tell one event from another (a 峰会 is no 推介会), and the words any
#: event is named by: the one home of both.
_EVENT_KIND_WORDS = (
    "峰会",
    "推介会",
    "洽谈会",
    "博览会",
    "交易会",
    "论坛",
    "对接会",
    "交流会",
    "招商会",
)
_EVENT_WORDS = ("仪式", "活动", "大会", "专场", *_EVENT_KIND_WORDS)
EVENT = re.compile(
    "|".join(("签约仪式", "集中签约", "集中开工", *_EVENT_WORDS))
    + r"|\b(?:ceremony|event|fair|forum|expo|conference|summit|roadshow)\b|\bon[- ]site\b",
    re.I,
)
#: An event's name (秋季重大项目集中签约暨开工仪式): the stages in it name the event, they are
#: no stage asked of what is counted at it.
EVENT_NAME = re.compile(r"[\u4e00-\u9fff]{0,16}(?:" + "|".join(_EVENT_WORDS) + ")")
#: A question naming one kind of event asks for the figures of an event of that kind.
EVENT_KINDS = re.compile("|".join(_EVENT_KIND_WORDS))
#: What happens to a project or an event on a date, each in the words of a report or a question
#: (Chinese and English): "哪天动工" and "when did work start" ask for the date of 开工.
_DATED_EVENTS: dict[str, str] = {
    # (a split verb, spoken: "哪天开的工", "签了约")
    "开工": r"开工|动工|开[的了]工|动[的了]工|开建|破土|"
    r"\bbr(?:ea|o)k\w*\s+ground\b|\bconstruction\s+(?:start|beg[ia]n)"
    r"|\b(?:start|began|begun|begin|commenc)\w*\s+(?:construction|building)\b"
    r"|\bwork\s+(?:start|beg[ia]n|commenc)\w*|\bstart\w*\s+work\b",
    "签约": r"签约|签[的了]约|签下|签订|签署|\bsign(?:ed|ing)?\b",
    "投产": r"投产|投入生产|试生产|\b(?:production|operational|operation)\b",
    "竣工": r"竣工|\bcomplet(?:e|ed|ion)\b",
    "开业": r"开业|\bopen(?:ed|ing)?\b(?!\s+up)",
    "落户": r"落户|\bsettled?\b",
    "举行": r"举行|举办|召开|\b(?:held|hold|took place)\b",
    "发布": r"发布|印发|\b(?:published|released|issued)\b",
}
_DATED_EVENT = {name: re.compile(words, re.I) for name, words in _DATED_EVENTS.items()}


def events_in(text: str) -> set[str]:
    """The dated events ``text`` names (开工, 签约, 投产 …), in their one canonical word."""
    return {name for name, pattern in _DATED_EVENT.items() if pattern.search(text)}


#: What marks one event's figure in its own words ("本次集中签约项目15个", "现场签约9个").
EVENT_FIGURE = re.compile(r"本次|此次|这次|这回|现场|会上|仪式上|活动上|活动中|当天|当日")
#: A question asking a running total, and the words that state one.
TOTAL_ASKED = re.compile(r"累计|一共|总共|共计|截至|截止|in total|so far|altogether|cumulative")
TOTAL_FIGURE = re.compile(r"累计|共计|合计|总数|共|全年|截至|截止|今年以来|年内")
#: … of which these say a running total, never one event's (本次共签约 is the event's).
RUNNING_TOTAL = re.compile(r"累计|全年|截至|截止|今年以来|年内")

#: What ends the name of an industry or sector (新能源产业, 现代服务业, 汽车零部件行业).
INDUSTRY_SUFFIXES = ("产业链", "产业", "行业", "板块", "领域", "服务业", "制造业")
_INDUSTRY_ENDS = "(?:" + "|".join(INDUSTRY_SUFFIXES) + ")"
#: An industry a question names: two or three characters and its suffix.
INDUSTRY = re.compile(r"[\u4e00-\u9fff]{2,3}" + _INDUSTRY_ENDS)
INDUSTRY_SUFFIX = re.compile(_INDUSTRY_ENDS + "$")

#: What ends the name of a part of a park (峪东片区, 智造园), and the words before it that name a
#: kind of park rather than one part (二、产业园建设).
PART_SUFFIXES = ("片区", "园区", "园")
PART_SUFFIX = re.compile("(?:" + "|".join(PART_SUFFIXES) + ")$")
GENERIC_PARTS = frozenset(["产业", "工业", "科技", "物流", "创新", "生态", "开发", "特色", "专业"])

#: The scope a rank or a share is taken in: the country's, the province's, the city's parks.
SCOPE = re.compile(r"全国|全省|全市|全县")
#: Other words for a scope: 国家级 parks are ranked nationwide, 省级 or a province named where
#: a ranking is spoken of ("在榧江省…考核评价中") the province's.
_SCOPE_WORDS = re.compile(SCOPE.pattern + r"|国家级|省级")
_PROVINCE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在对据由经于从]))[\u4e00-\u9fff]{2}省(?![\u4e00-\u9fff]?级)"
)
_RANKING_SPOKEN = re.compile(r"考核|考评|评价|排名|排序|位次|位列|排第|第几")


def scopes_in(text: str) -> list[str]:
    """The scopes ``text`` says, each as SCOPE writes it (国家级 → 全国, 榧江省 → 全省)."""
    found = [(m.start(), m.group(0)) for m in _SCOPE_WORDS.finditer(text)]
    if _RANKING_SPOKEN.search(text):
        found += [(m.start(), "全省") for m in _PROVINCE.finditer(text)]
    return [
        "全国" if word == "国家级" else "全省" if word == "省级" else word
        for _, word in sorted(found)
    ]


#: A question about a region's parks together, not one of them: 全市, 云陵市开发园区, 四园区合计,
#: 各开发区, "the four parks combined".
REGION_ASKED = re.compile(
    r"全国|全省|全市|全县|开发园区|[一二两三四五六七八九十\d]{1,2}个?(?:开发区|园区)|各(?:开发区|园区)"
    r"|合计|\bcombined\b|city-?wide|\ball (?:the )?(?:\w+ )?(?:parks|zones)\b"
    # "Yunling's development zones": a city's parks together
    r"|'s (?:[\w-]+ ){0,3}(?:parks|zones)\b",
    re.I,
)
#: An English question about a city's parks as a group ("Renzhou's five development zones",
#: "Kunyuan's parks combined"): no one park of that city, so no unknown one either.
PARKS_TOGETHER_EN = re.compile(r"(?:zones|parks)\b|\bcombined\b", re.I)
#: The words before a rank that say among what it is taken ("增速居全市开发园区", "在全省18家
#: 国家高新区中排名"): they name no subject of the rank's own (it is the clause before's).
RANK_SCOPE = re.compile(
    r"(?:在|居|列)?(?:全国|全省|全市|全县|同类|同批)?[\u4e00-\u9fff\d]{0,16}?"
    r"(?:开发区|高新区|经开区|开发园区|园区|产业园|工业园)(?:中|里头|里面|里|之中)?"
    r"(?:排名|排序|排|居|列|位居|位列|名列)?$|(?:居|列|位居|位列|排名|排)$"
)
#: A follow-up turning to another thing than the one before ("And in the other park?", "另一个
#: 片区呢？"): it does not inherit the thing the conversation was about.
OTHER_THING = re.compile(r"\bother\b|\banother\b|另一|另外一|其他|其余", re.I)
#: Functional zones of a park named by role, not by a proper name (核心区, 拓展区): parts.
ZONE_PARTS = ("核心区", "拓展区", "扩展区", "启动区", "起步区", "先行区", "辐射区")
#: What a figure says it leaves out ("合计20210万美元（不含醍山工业园区）", "除东区外"): none of
#: its figures is about the thing named there.
EXCLUDED = re.compile(
    r"(?:不含|不包括|未含|未包括)[^，,。；;）)]{1,20}|(?<![排消清去])除[^，,。；;）)]{1,20}?(?:以外|之外|外)"
)
#: A part named by its side of the park (东区, 南区, 西园, 北片区): no name of its own to read.
DIRECTION_ZONE = "[东西南北中](?:片区|园区|园|区)"
#: The side an English question names a part by ("the south sub-park", "West Zone"), in
#: Chinese: the parts :data:`DIRECTION_ZONE` reads.
DIRECTIONS_EN = {"north": "北", "south": "南", "east": "东", "west": "西", "central": "中"}
DIRECTION_PART_EN = re.compile(
    r"\b(?P<side>north|south|east|west|central)(?:ern)?\s+(?:sub-?)?(?:park|zone|area|district)\b",
    re.I,
)


def direction_parts(question: str) -> list[str]:
    """The Chinese names a part an English question names by its side may have in a report
    ("the south sub-park": 南区, 南园, 南片区, 南园区)."""
    return [
        DIRECTIONS_EN[m.group("side").lower()] + suffix
        for m in DIRECTION_PART_EN.finditer(question)
        for suffix in ("片区", "园区", "园", "区")
    ]


#: Stages a count or amount is reported at (申报40家，通过27家; 申报12个，立项1个): a question
#: that names one asks for the figure of that stage.
STAGES = re.compile(
    r"申报|通过|认定|立项|入库|签约|开工|动工|开建|竣工|投产|达产|落地|获批|入选|培育|备案|注册|"
    r"在谈|储备"
)
#: A stage not reached: its word after a negation (未开工, 没有动工, 尚未投产).
_NOT_YET_WORDS = r"(?:尚未|仍未|还未|未|没有|还没有?|没)"
_NOT_YET = re.compile(_NOT_YET_WORDS + "$")
#: Administrative grades (省级工程技术中心3家，市级…12家): part of what is counted.
_GRADE_WORD = re.compile(r"国家级|省级|市级|区级|县级|(?:省|市|区|县)(?=重点|级)")


#: The same stages in English questions.
_STAGES_EN = (
    (
        re.compile(
            r"\b(?:broken|broke|break) ground|started construction|construction start", re.I
        ),
        "开工",
    ),
    (
        re.compile(r"\b(?:put|went|go|gone) into (?:production|operation)|began production", re.I),
        "投产",
    ),
    (re.compile(r"\bcompleted construction|\bfinished\b", re.I), "竣工"),
    (re.compile(r"\bapplied\b|\bapplications?\b", re.I), "申报"),
    (re.compile(r"\bpassed\b", re.I), "通过"),
    (re.compile(r"\b(?:recogni[sz]ed|certified|accredited)\b", re.I), "认定"),
    (re.compile(r"\bsigned\b|\bsign\b", re.I), "签约"),
)


#: A count of the items of the indicator before it at a stage of their own ("31个签约项目中
#: 已开工12个", "其中已投产5个") or short of one ("仍有12个签约项目未开工"): a subset, not
#: the indicator's own figure. ``SUBSET_STAGE`` reads the words before the value,
#: ``STAGE_NOT_REACHED`` those after it in its clause.
SUBSET_STAGE = re.compile(
    r"(?:中[，,]?(?:已经?|累计|共|有|仍有|尚有)?|(?:项目|企业)(?:已经?|均已|已全部|全部))"
    r"(?:" + STAGES.pattern + r")+$"
)
#: What is left of a set once some are set aside ("除上述4个10亿元以上项目外，本次签约的其余11
#: 个项目总投资59.5亿元"): a part of the whole, never the whole ("除此之外" only goes on).
REMAINDER = re.compile(
    r"其余|剩余|(?<![拆清消排扣剔去免解删])除(?!此之外|此以外)[^，,。；;]{1,24}(?:之外|以外|外)(?=[，,])"
)
#: A clause that opens on a set of things its text just counted ("这67个项目里，…", "在上述
#: 企业中，…"): its figures are parts of that set, counted in the sentence before.
SET_BACK_REFERENCE = re.compile(
    r"\s*在?(?:这|上述|以上|前述)(?:些|[\d一二两三四五六七八九十百]+[个家项批])?"
    r"[^，,。；;]{0,4}?(?:项目|企业|公司|园区|片区|平台|基地)(?:里|中|当中)[，,：:]?"
)
#: What opens a clause of parts: 其中, or the set counted before.
PART_LEAD = re.compile(r"\s*其中|" + SET_BACK_REFERENCE.pattern)

#: A sentence that breaks a total down by kind ("从产业分布看，集成电路项目7个、协议投资额96.3亿
#: 元…", "分行业看，"): its figures are parts, none the total. (By area, "分片区看", it names
#: parts the question names: those are read as the part's own figures.)
BREAKDOWN_LEAD = re.compile(
    r"\s*(?:从|分|按)[^，,。；;]{0,6}?(?:产业|行业|类别|领域|类型|性质|结构|主体|来源|投向|用途)"
    r"(?:分布|类别|结构|划分)?(?:看|来看|分|划分)?[，,：:]"
)
STAGE_NOT_REACHED = re.compile(
    r"^[^，,；;。]{0,12}?" + _NOT_YET_WORDS + "(?:" + STAGES.pattern + ")"
)


def _stage_word(word: str, before: str) -> str:
    """A stage in its one canonical word (动工 is 开工), 未 before it when it is not reached."""
    canonical = next(iter(events_in(word)), word)
    return "未" + canonical if _NOT_YET.search(before) else canonical


def stages_in(words: str) -> set[str]:
    """Every stage ``words`` state, each in its canonical word (未开工 when not reached)."""
    return {_stage_word(m.group(0), words[: m.start()]) for m in STAGES.finditer(words)}


def stage_in(words: str, own: str = "") -> str | None:
    """The last stage ``words`` state, outside the indicator's own name ``own`` (English
    questions: the stage their words say, in Chinese)."""
    found = [
        (m.start(), _stage_word(m.group(0), words[: m.start()]))
        for m in STAGES.finditer(words)
        if m.group(0) not in own
    ]
    for pattern, stage in _STAGES_EN:
        found += [(m.start(), stage) for m in pattern.finditer(words) if stage not in own]
    return max(found)[1] if found else None


def grade_in(words: str) -> str | None:
    """The administrative grade ``words`` state (国家级, 省级, 市级 …), if one."""
    found = [g if g.endswith("级") else g + "级" for g in _GRADE_WORD.findall(words)]
    return found[-1] if found else None


def normalise_qualifier(text: str) -> str:
    """``规上`` is ``规模以上``; ``亿元及以上`` is ``亿元以上``."""
    return text.replace("规上", "规模以上").replace("及以上", "以上")


def qualifier_in(qualifier: str, text: str) -> bool:
    """Does ``text`` say the qualifier itself: 亿元以上, not the stricter 5亿元以上 (nor 10亿元以上
    inside 110亿元以上)?"""
    return bool(re.search(r"(?<![\d.零〇一二两三四五六七八九十百千])" + re.escape(qualifier), text))


#: Chinese surnames (the common single ones and the compound ones): a person's name is a
#: surname and one or two characters, read only beside a title (主任, 负责人, 董事长…).
SURNAMES_COMPOUND = (
    "欧阳",
    "司马",
    "司徒",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "长孙",
    "宇文",
    "夏侯",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "呼延",
    "申屠",
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
    "覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
    "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆"
    "农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋"
    "商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟"
    "冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来"
    "扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾"
    "茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由郗庹"
)
#: Titles before or after a person's name (主任罗晏川, 由邵景和担任链长, 负责人：周砚北).
PERSON_TITLES = (
    "党工委书记|党工委副书记|管委会主任|管委会副主任|常务副主任|副主任|主任|副书记|书记|副局长|局长|"
    "副市长|市长|副县长|县长|副区长|区长|市委常委|县委常委|常委|副主席|主席|董事长|副总经理|总经理|"
    "总裁|法定代表人|法人代表|创始人|负责人|联系人|链长|包抓领导|包联领导|分管领导|一把手|院长|所长|"
    "部长|处长|科长|厂长|经理|总监|专员"
)
#: A column of people (负责人, 包抓领导, 董事长): its cells are persons' names.
PERSON_COLUMN = re.compile(r"负责人|联系人|领导|链长|董事长|总经理|法定代表人|法人|主任|书记")
#: The kinds of name a question's words may ask for, and what asks for a person.
#: (titles people type for one: 老总, 老板, 掌门人)
PERSON_ASKED_TITLES = (
    "负责人|主任|书记|局长|董事长|总经理|总裁|创始人|链长|一把手|领导|老总|老板|掌门人|带头人"
    "|市长|区长|县长"
)
#: Offices an English question asks a person by ("which vice mayor", "which official").
PERSON_TITLES_EN = (
    r"(?:(?:vice|deputy|executive) )?(?:mayor|governor|official|leader|secretary|director|"
    r"chairman|chairwoman|minister)\b"
)
#: Titles that name one office (a question asking "谁在当主任" asks the person holding it,
#: not another person of the same sentence): said with no 副 before them.
_OFFICE_ASKED = re.compile(r"(?<!副)(?:负责人|主任|书记|局长|董事长|总经理|总裁|创始人|链长)")


#: Offices an English question asks the holder of, as the reports write them ("the secretary
#: of the Party Working Committee": 书记, never the 副书记 beside it).
_OFFICE_ASKED_EN = (
    (re.compile(r"\bsecretary\b", re.I), "书记"),
    (re.compile(r"\bdirector\b|\bheads? (?:of )?the management committee\b", re.I), "主任"),
    (re.compile(r"\bchair(?:man|woman|person)\b", re.I), "董事长"),
    (re.compile(r"\bgeneral manager\b", re.I), "总经理"),
    (re.compile(r"\bmayor\b", re.I), "市长"),
)


def office_asked(question: str) -> str | None:
    """The office a question asks the holder of (管委会主任 → 主任; "the director of the
    management committee" → 主任), or None (a deputy's office asked in English: none)."""
    m = _OFFICE_ASKED.search(question)
    if m:
        return m.group(0)
    if re.search(r"\b(?:vice|deputy|executive)\b", question, re.I):
        return None
    return next((office for pattern, office in _OFFICE_ASKED_EN if pattern.search(question)), None)


_TITLE_END = re.compile(rf"(?:{PERSON_TITLES})$")


def holds_office(before: str, after: str, office: str) -> bool:
    """Does a person's name hold ``office``, by the titles written right before it in its
    clause (党工委书记许昭文、管委会主任谢景川: 谢景川 is the 主任; 党工委书记、管委会主任邵岩松:
    both), or the one it takes after it (由邵景和担任链长, 由…邝砚秋负责)?"""
    clause = re.split(r"[，,；;。]", before)[-1]
    items = clause.split("、")
    titles = [items[-1]]
    for item in reversed(items[:-1]):  # (a title alone before 、 is the same person's)
        if not _TITLE_END.search(item):
            break
        titles.append(item)
    own = rf"(?<!副){office}"
    if office == "负责人" and re.match(r"(?:同志)?(?:具体)?负责", after):
        return True
    return bool(
        any(re.search(own, t) for t in titles)
        or re.match(rf"(?:同志)?(?:担任|兼任|任)[^，,。；;]{{0,8}}?{own}", after)
    )


def heads_office(header: str, office: str) -> bool:
    """Does a table's person column hold ``office`` (管委会主任 | 骆文添)?"""
    return re.search(rf"(?<!副){office}", header) is not None


PERSON_ASKED = re.compile(
    rf"哪位|{PERSON_ASKED_TITLES}|chairman|director|\bhead\b|leader|manager|secretary|"
    r"\bboss\b|\bCEO\b|founder|mayor",
    re.I,
)

#: Name suffixes by the kind of thing named (longest first within a kind).
NAME_SUFFIXES: dict[str, tuple[str, ...]] = {
    "company": ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团"),
    "project": ("项目",),
    "area": ("工业园区", "产业园", "工业园", "科技园", "综合保税区", "保税区", "片区", "园区"),
}
#: Endings that tell what kind of thing a name is but end no name read from prose (园 and 局
#: end too many words there): 麂湾新能源园 is a park, 窦豺产业园管委会 an authority — neither is
#: the project or company a question asks.
KIND_ONLY_SUFFIXES: dict[str, tuple[str, ...]] = {
    "area": ("园",),
    "authority": ("管委会", "管理委员会", "人民政府", "政府", "办公室", "局"),
}
#: What a project may be named by without its 项目 (算力中心（一期）, 光伏组件智能工厂): such a
#: name is no company's.
FACILITY_END = re.compile(
    r"(?:中心|基地|工厂|工程|厂房|产线|生产线|电站|产业园)(?:[（(][一二三四五六七八九十\d]+期[）)])?$"
)
#: Words that end the text before a name: the name starts after the last of them.
NAME_BOUNDARY = re.compile(
    r".*(?:的|引进|引入|落户|签约|签下|推进|加快|推动|确保|实施|开工|竣工|投产|建设|新建|开展|"
    r"包括|其中|分别为|分别是|列入|入选|承办|召开|安排|推行|招引|拉动|协调|改造|刷新|关于|力争|"
    r"紧扣|紧盯|盯紧|瞄准|锚定|主攻|突出|确定|明确|形成|"
    r"积极|完成|围绕|涵盖|聚焦|集聚|吸引|得益于|重点发展|包含|居|较|占|为|是|由|对|与|和|及|、|将|了|"
    # (what a cause or a rule introduces: "主要受钶元药业…影响", "按照新能源、智能装备…")
    r"受到|受|按照|依照|根据|依据|按|"
    # (a set asked or counted: "钜州哪个园区", "这些园区", "四个园区" name no one park)
    r"哪一?个|哪几个|哪些|哪家|这些|那些|[两二三四五六七八九十几]个|"
    r"在|有(?![机色限])|：|“|”|‘|’|《|》|）|\s(?![A-Za-z]))"
)
#: Verbs that introduce a list ("围绕汽车及零部件、电子信息…"): a 及/和/与 after one, before the
#: first 、, joins the words of the first item, it does not start the list.
LIST_INTRO = re.compile(
    r"围绕|聚焦|涵盖|包括|包含|重点发展|主攻|瞄准|锚定|紧扣|紧盯|盯紧|突出|集聚|培育|打造|做强|壮大"
)
#: A "name" that is only a class of things (新签约项目, 重点项目, 该项目) is not a name.
NOT_A_NAME = re.compile(
    r"^(?:其中|重点|新|该|本|各|每|此|这|那|其他|其余|全部|部分|若干|上述|相关|产业|制造业|外资|内资|"
    r"省内|省外|市|区|县|民营|国有|"
    r"前期|续建|在建|竣工|签约|开工|招商|服务业|工业|亿元|十亿元|\d|[一二三四五六七八九十两几多])"
)
#: … nor is one whose words end in a class word (省重点项目, 技改项目, 一批项目) or count things.
NOT_A_NAME_END = re.compile(
    r"(?:重点|重大|技改|招商|产业|类|外资|工业|开发|主要|部分|一批|等|各|全市|全区|季度|年度|"
    r"\d{4}年|示范|标杆|跨|新)$|\d+个|等"
)

#: A batch or phase of projects (第一批, 首批, 二期, 首期): a figure of another is not it.
_BATCH = re.compile(
    r"第(?P<b>[一二三四五六七八九十\d]{1,3})批|首批|(?P<p>[一二三四五六七八九\d])期(?!间|末|初|内)|首期"
)


_CN_DIGITS = "一二三四五六七八九十"


def batches_in(text: str) -> set[str]:
    """The batches and phases ``text`` names, one spelling each (首批 = 第一批, 首期 = 一期)."""
    out = set()
    for m in _BATCH.finditer(text):
        word = m.group(0)
        if word == "首批":
            word = "第一批"
        elif word == "首期":
            word = "一期"
        elif (m.group("b") or "").isdigit() and 1 <= int(m.group("b")) <= 10:
            word = f"第{_CN_DIGITS[int(m.group('b')) - 1]}批"  # 第3批 = 第三批
        elif (m.group("p") or "").isdigit() and int(m.group("p")) >= 1:
            word = f"{_CN_DIGITS[int(m.group('p')) - 1]}期"
        out.add(word)
    return out


#: What ends the words before a project's name in a question: a park's type, a mark, 的.
_BEFORE_PROJECT = re.compile(
    r".*(?:开发区|高新区|经开区|园区|产业园|工业园|科技园|片区|[区园市县的在和与、，,？?：:“”\s])"
)


def projects_named(text: str) -> list[str]:
    """The names (without 项目) of the particular projects a question names, read back from
    each 项目 to a park's type, a mark or 的 ("骅缇经开区拓衡汽车一体化压铸件项目的协议投资":
    拓衡汽车一体化压铸件): no class of projects (签约项目, 亿元以上项目, 重点项目), no count of
    projects (18个项目)."""
    out = []
    # (an English question names it in Chinese before "project": "the 蟠石智能装备华东总部
    # project")
    ends = [m.start() for m in re.finditer("项目", text)] + [
        m.end(1) for m in re.finditer(r"([\u4e00-\u9fff])\s*project\b", text, re.I)
    ]
    for end in ends:
        before = text[:end]
        lead = _BEFORE_PROJECT.match(before)
        core = before[lead.end() if lead else 0 :]
        if (
            4 <= len(core) <= 30
            and not NOT_A_NAME.match(core)
            and not NOT_A_NAME_END.search(core)
            # (a count, a wh-word, a bound, a stage or a sector: 制造业项目 is a class)
            and not re.search(
                r"\d|多少|几|哪|什么|以上|以下|(?:签约|开工|竣工|投产|在建|续建|业)$", core
            )
        ):
            out.append(core)
    return out


#: A list of things: items separated by 、 (the last one may follow 和/及/与).
LIST_ITEM = r"[\u4e00-\u9fffA-Za-z0-9（）()·+\-]{2,30}?"
LIST = re.compile(
    rf"{LIST_ITEM}(?:、{LIST_ITEM})+(?:(?:和|及|与|以及){LIST_ITEM})?"
    # (it ends at a mark, a closing quote, 等, or the count of its items: "…、高端装备三大主导产业")
    r"(?=[，,。；;：:）)”」\s]|等|[两三四五六七八九十]大|$)"
)


#: A column of the year's target (年度目标, 全年目标任务): its figure is the whole year's.
WHOLE_YEAR_TARGET = re.compile(r"(?<!半)(?:年度|全年)(?:目标|计划)")


#: A project or company spoken of by its first words ("鸳澜那个项目", "鹌丰这家企业").
SPOKEN_NAME = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2})(?:那个|这个|那家|这家|那一个)(?P<kind>项目|工程|企业|公司)"
)


#: A question asking an aspect, field or part of a whole ("在哪个方面得分最高", "哪些领域"): its
#: answer names no park, company or project.
_ASPECTS = "方面|领域|环节|维度|分项|单项|板块"
ASPECT_ASKED = re.compile(rf"(?:哪(?:一|几)?个?|什么|哪些)(?:{_ASPECTS})")
#: The part of a score a question names ("招商引资方面得分最高", "科技创新单项得分"), after a
#: boundary (在, 中, 的, a mark): a set of the whole score or another part's answers no such
#: question.
ASPECT_SCORED = re.compile(
    rf"(?:^|(?<=[在中的，,、]))(?P<aspect>[\u4e00-\u9fff]{{2,6}}?)(?:{_ASPECTS})的?(?:得分|分数|评分)"
)


#: Kinds of named things a phrase question asks ("实行的是什么机制", "那个制度叫啥"), each a
#: family of the nouns that head such a name in a report (“五个一”推进机制, “首席服务官”制度,
#: “百日攻坚”行动): a question may say one member and the report another. The colloquial
#: 套路/路子/做法 are how people ask for a 机制.
NAMED_KINDS: tuple[tuple[str, ...], ...] = (
    ("机制", "制度", "模式", "办法", "做法", "套路", "路子"),
    ("行动", "活动", "工程"),
    ("主题", "口号", "理念"),
)


def named_kind_asked(text: str) -> tuple[str, ...]:
    """The family of the named thing a phrase question asks (see :data:`NAMED_KINDS`), the
    word it says first; empty when it asks none. Of two families said, the one said last: the
    head of the noun phrase asked ("签约活动的主题是什么" asks a 主题, not an 活动)."""
    found = []
    for family in NAMED_KINDS:
        said = [w for w in family if w in text]
        if said:
            found.append((max(text.rfind(w) for w in said), said, family))
    if not found:
        return ()
    _, said, family = max(found, key=lambda item: item[0])
    return tuple(dict.fromkeys([*said, *family]))


#: An honour a report says a park or company won: its verb, then the honour up to its kind
#: ("获评省级循环化改造示范园区", "入选国家级绿色工业园区名单", "获评A类"): a span the report
#: delimits, read for a question that asks an honour (:data:`HONOUR_ASKED`).
HONOUR = re.compile(
    r"(?:获评|荣获|获得|入选|被评为|被认定为|认定为|评为|被命名为|获批|成功创建|创建成为)了?为?"
    r"(?P<h>[^，,。；;、“”（）()]{0,24}?(?:示范园区|示范区|示范基地|示范单位|试点园区|试点|基地|"
    r"产业园|园区|称号|品牌|集群|工厂|企业|单位|奖|[A-E]类|等级|星级))"
    r"(?=[，,。；;、）)]|$|称号|名单|荣誉)"
)
HONOUR_ASKED = re.compile(
    r"荣誉|称号|等级|奖项|什么奖|评(?:为|上)?了?什么|获评了?什么|入选了?什么|获批了?什么|"
    r"\b(?:title|honou?r|award|rating|grade)\b",
    re.I,
)

#: Trade with one partner ("对东盟进出口", "对“一带一路”沿线国家出口"): a part of the total
#: trade, never the whole's figure.
TRADE_PARTNER = re.compile(r"对(?P<partner>[^，,。；;？?]{1,14}?)的?(?:进出口|出口|进口)")


#: Quotation marks and title marks: how a name is set off, no part of it.
QUOTE_MARKS = re.compile(r"[“”‘’\"'《》「」]")


#: The seasons a park names its signing and groundbreaking rounds by (春季集中签约), as Chinese
#: and English say them.
_SEASONS_EN = {"spring": "春季", "summer": "夏季", "autumn": "秋季", "winter": "冬季"}
SEASON = re.compile(
    "|".join(_SEASONS_EN.values()) + r"|\b(?:" + "|".join(_SEASONS_EN) + r")\b", re.I
)


def seasons_in(text: str) -> list[str]:
    """The seasons ``text`` names, in order, as the reports write them."""
    return [_SEASONS_EN.get(m.group(0).lower(), m.group(0)) for m in SEASON.finditer(text)]


#: One stop of a tour of promotion events: "at the Longfu stop" in English, 隆辐站 in Chinese.
STOP_EN = re.compile(r"\bthe (?P<name>[A-Z][a-z]+) (?:stop|leg|station)\b")
STOP_ZH = re.compile(r"([\u4e00-\u9fff]{2})站")

#: Trade partners as English writes them, and as Chinese reports do.
PARTNERS_EN = {
    "european union": "欧盟",
    "eu": "欧盟",
    "asean": "东盟",
    "united states": "美国",
    "us": "美国",
    "usa": "美国",
    "japan": "日本",
    "south korea": "韩国",
    "korea": "韩国",
    "russia": "俄罗斯",
    "africa": "非洲",
    "latin america": "拉美",
    "belt and road": "一带一路",
    "rcep": "RCEP",
    "hong kong": "香港",
}
#: "imports and exports with the European Union", "exports to ASEAN": the partner named.
_TRADE_PARTNER_EN = re.compile(
    r"\b(?:trade|imports?|exports?)(?: and (?:imports?|exports?))? (?:with|to|from) (?:the )?"
    r"(?P<partner>[A-Z][\w-]*(?: (?:and )?[A-Z][\w-]*)*)"
)


def trade_partner(text: str) -> str | None:
    """The partner a text's trade is with ("对东盟进出口额是多少" → 东盟, quotation marks
    left out; "exports to the EU" → 欧盟: an English name the reports would write otherwise
    stays as it is, and matches none of them), if it names one."""
    m = TRADE_PARTNER.search(text)
    if m:
        return QUOTE_MARKS.sub("", m.group("partner")).strip() or None
    en = _TRADE_PARTNER_EN.search(text)
    if en is None:
        return None
    name = en.group("partner")
    return PARTNERS_EN.get(name.lower(), name)


def list_items(value: str) -> list[str]:
    """The items of a list value (A、B和C → A, B, C)."""
    return re.split(r"、|以及|和|及|与", value)


#: Where the last item of a list stops: "…、新材料四条重点产业链" → 新材料,
#: "…正信轴承等" → 正信轴承.
LIST_TAIL = re.compile(
    r"等|为主|为重点|为核心|为代表|为主导|为引领|"
    r"[一二三四五六七八九十两\d]+(?:个|家|条|项|大|类|种|所|座|市|县|区|站|地|国|省|城)|签订|签署|签约|举行|参加|出席|投产|"
    r"开工|实现|完成|获得|获评|入选|相继|分别|均|都|共|同日|正在|已|将"
)

#: What a question asks for when it asks for a name, by kind (Chinese and English words).
NAME_ASKED: dict[str, re.Pattern[str]] = {
    "company": re.compile(r"公司|企业|厂商|单位|company|firm|enterprise|manufacturer|who", re.I),
    "project": re.compile(r"项目|project", re.I),
    "area": re.compile(r"片区|园区|园子|哪个园|区域|\bpark\b|\bzone\b|\barea\b|district", re.I),
    "industry": re.compile(
        r"产业(?!园)|行业|领域|板块|赛道|\bindustr(?:y|ies)\b|\bsectors?\b", re.I
    ),
    "person": PERSON_ASKED,
}


#: "What was the biggest …": an English question for the top of a set, the noun after it
#: the kind of name asked.
EN_TOP_OF = (
    r"\b(?:what|which)\s+(?:is|was|were|are)\s+the\s+(?:single\s+)?(?:biggest|largest|"
    r"smallest|top|leading|highest|lowest|fastest-growing|most\s+\w+)\s+"
)

#: 哪 with what may stand between it and the noun it asks (哪一家, 哪几个, 哪两个, 哪三家).
_WHICH = r"哪(?:一|几|[两二三四五])?(?:个|些|家|位)?"
#: The kind of name a wh-word asks for ("哪家企业", "which park"): the noun right after it.
_NAME_WH = (
    (
        "company",
        re.compile(
            _WHICH + r"(?:公司|企业|厂商)|(?:公司|企业)是哪(?:家|个|一家)|"
            r"(?:公司|企业)(?:有|是|包括)?哪(?:些|几家)|"
            r"(?:是|由)?谁(?:投资|投的|投建|建设|承建|来投)|(?:投资方|建设单位|投资主体)是(?:谁|哪)|"
            r"\b(?:which|what) (?:company|firm|enterprise|manufacturer|investor)\b|"
            r"\bwho (?:invested|invests|is investing|is building|built|funded|funds)\b|"
            r"\bwho is (?:the|its) (?:investor|developer|builder)\b|"
            r"\bwhich (?:one )?of\b[^?]*\b(?:companies|firms|enterprises)\b|"
            + EN_TOP_OF
            + r"(?:company|firm|enterprise|investor)\b",
            re.I,
        ),
    ),
    (
        "project",
        re.compile(
            _WHICH + r"项目|项目是哪(?:个|一个)|项目(?:有|是|包括)?哪(?:些|几个)|"
            r"\b(?:which|what) projects?\b|"
            r"\bwhich (?:one )?of\b[^?]*\bprojects\b|" + EN_TOP_OF + r"projects?\b",
            re.I,
        ),
    ),
    (
        "area",
        re.compile(
            _WHICH
            + r"(?:园区|片区|园|开发区|区|产业园|工业园|科技园)|(?:园区|片区)是哪(?:个|一个)|"
            r"\b(?:which|what) (?:parks?|zones?|sub-parks?|areas?|districts?)\b|"
            r"\bwhich (?:one )?of\b[^?]*\b(?:parks|zones|sub-parks|sub-zones|areas|districts)\b|"
            + EN_TOP_OF
            + r"(?:park|zone|sub-park|sub-zone|area|district)\b",
            re.I,
        ),
    ),
    (
        # an industry: a sector's name, never a park's ("哪个产业的签约投资额最高")
        "industry",
        re.compile(
            _WHICH + r"(?:产业(?!园)|行业|领域|板块|赛道)|"
            r"(?:产业|行业)是哪(?:个|一个|些)|"
            r"\b(?:which|what) (?:industr(?:y|ies)|sectors?)\b|"
            r"\bwhich (?:one )?of\b[^?]*\b(?:industries|sectors)\b|"
            + EN_TOP_OF
            + r"(?:industry|sector)\b",
            re.I,
        ),
    ),
    (
        # a person: no company, project or park is the answer ("由谁主持", "who presided")
        "person",
        re.compile(
            r"(?:是|由)?谁在?(?:主持|致辞|讲话|出席|宣布|介绍|代表|带队|参加|牵头|负责|分管|主管|管事)|"
            rf"哪位(?:领导|负责人)?|(?:{PERSON_ASKED_TITLES})(?:是谁|叫什么|叫啥|是哪位)|"
            r"\bwho (?:runs|heads|leads|manages|chairs|is in charge)\b|"
            r"\bwho is the (?:chairman|chairwoman|director|head|leader|general manager|boss|CEO|"
            r"party secretary|person in charge|leader in charge)\b|"
            r"\bwho (?:chaired|hosted|presided|delivered|spoke|attended|announced|led)\b|"
            r"\bwhich " + PERSON_TITLES_EN,
            re.I,
        ),
    ),
)


def name_kind_asked(text: str) -> str | None:
    """The one kind of name a question's wh-word asks for, or None when it asks no kind."""
    found = [kind for kind, pattern in _NAME_WH if pattern.search(text)]
    return found[0] if len(found) == 1 else None


#: A question asking of a park or region as a whole (全区, 园区, 全市…): about no one project.
WHOLE_PARK_ASKED = re.compile(r"全区|全园|园区|全市|全县|全省|开发区|高新区|经开区|产业园")


#: A table column of names, by its header's last words: 项目名称 lists projects, 建设单位 or
#: 项目业主 companies, 所在片区 areas (项目所在地 places, no project).
_COLUMN_KINDS = (
    ("company", re.compile(r"(?:单位|业主|投资方|投资主体|企业名称|公司名称|签约企业)$")),
    ("project", re.compile(r"(?:^项目|项目名称)$")),
    ("area", re.compile(r"(?:所在片区|所在园区|所属园区|所属片区|园区名称|片区)$")),
)


def column_name_kind(header: str) -> str | None:
    """The kind of name a table column lists, by its header (None when it does not say)."""
    header = re.sub(r"[（(][^）)]*[）)]|\s", "", header)
    return next((kind for kind, ends in _COLUMN_KINDS if ends.search(header)), None)


def name_kinds_asked(text: str) -> set[str]:
    """The kinds of name (company, project, area) a question's words ask for."""
    return {kind for kind, words in NAME_ASKED.items() if words.search(text)}


#: A city named in a Chinese question: two characters before 市 (麓麸市), not a word that ends
#: in 市 (上市, 城市, 超市, 全市) nor one read across a date or a particle.
_CITY = re.compile(
    r"(?<![\u4e00-\u9fff])(?=[\u4e00-\u9fff]{2}市)|(?<=[年的在与和及，、])(?=[\u4e00-\u9fff]{2}市)"
)
_NOT_CITY = re.compile(r"[年月日的在与和及省县区全本该各每上城都超夜股开入退门同]")


#: A question for when the report itself was published ("这篇新闻是哪天发布的", "《…》一文的发布
#: 时间"): its page's date line is chrome, stripped before indexing, so no sentence holds it.
PUBLISHED_ASKED = re.compile(
    r"(?:新闻|文章|一文|本文|此文|通报|稿件|报道|消息|页面|网页)[^，。？?]{0,6}?(?:发布|刊发|发表|发出)"
    r"|发布(?:时间|日期)|\b(?:published|posted|publication date|release date)\b",
    re.I,
)
#: A sentence about the project (or company) the one before it named ("这个项目是…").
THIS_PROJECT = re.compile(r"\s*(?:答[：:])?\s*(?:这个|这一|该|此|这)(?:项目|企业|公司)")


def sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one starting at ``start`` starts."""
    return max(text.rfind(mark, 0, max(0, start - 1)) for mark in "。！？!?\n") + 1


def cities_named(text: str) -> list[str]:
    """The cities a Chinese question names by X市 (麓麸市): where a name can start (after a
    date, a particle or nothing Chinese), two characters none of which ends such a word."""
    found = []
    for m in _CITY.finditer(text):
        name = text[m.start() : m.start() + 3]
        after = text[m.start() + 3 : m.start() + 4]
        if not _NOT_CITY.search(name[:2]) and not (after and after in "场值民"):
            found.append(name)
    return found


#: A numbered section heading (一、 （二） 3. 第三部分): its year governs the section; other short
#: lines (running headers and footers of a PDF, captions) do not.
SECTION_NUMBER = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十]+[)）、.]|\d+[、.．]|第[一二三四五六七八九十]+[部章节])"
)

#: Table column headers that hold names, and what kind of name.
NAME_COLUMNS = re.compile(r"名称|项目|企业|单位|公司|园区|主体|片区|机构")

#: Questions that ask for the top or the bottom of a set ("哪个园区增速最快", "谁排第一",
#: "which company ranked second by output"). ``max``/``min`` words, ordinals, and the words that
#: make the order one of growth (快/慢: the set is a change column, not a level).
ORDER_MAX = re.compile(
    r"最(?:快|高|大|多|强|好|优|靠前)|(?:排|位|列|名)[名在居列次]?第一|第一名|居首|首位|之首|"
    r"\b(?:fastest|highest|largest|biggest|greatest|most|top|leading)\b",
    re.I,
)
ORDER_MIN = re.compile(
    r"最(?:慢|低|小|少|弱|差|靠后|后|末)|倒数第一|末位|垫底|"
    r"\b(?:slowest|lowest|smallest|least|fewest|last|bottom)\b",
    re.I,
)
ORDINAL = re.compile(
    r"(?:排|位|列|名)[名在居列次]?第(?P<zh>[一二三四五六七八九十\d]+)|"
    r"第(?P<zh2>[二三四五六七八九十\d]+)(?:大|高|多|快|名|位)|"
    r"\b(?:ranked|ranks|rank|placed|came) (?P<en>second|third|fourth|fifth|\d(?:st|nd|rd|th))\b|"
    r"\b(?P<en2>second|third|fourth|fifth)[- ](?:largest|biggest|highest|most|fastest|greatest)\b|"
    r"\b(?P<runner>runner-up|runner up)\b",
    re.I,
)
ORDER_BY_GROWTH = re.compile(r"快|慢|增长|增速|涨|\b(?:fastest|slowest|grow\w*|growth)\b", re.I)
#: A question about places in a ranking (排第一, 排名第二, ranked second).
RANK_ASKED = re.compile(
    r"排|名次|位次|位居|位列|垫底|末位|倒数|考核|考评|评比|"
    r"\brank|\bcame\b|\bplaced\b|\bassessment\b|\bevaluation\b",
    re.I,
)
#: An assessment of parks: a rank or score asked in it is the assessment's, whatever figure a
#: conversation asked before ("它在第三季度综合考核中排第几？" after an output question).
ASSESSMENT = re.compile(r"考核|考评|评比|评价|评估|\b(?:assessment|evaluation|appraisal)s?\b", re.I)
#: The period before the one spoken of, a quarter or a month (a table's 上季度排名 column):
#: a figure of it answers only a question asking it, and asked, only a figure saying it.
PREVIOUS_PERIOD = re.compile(
    r"上(?:一|个)?季度|上(?:一|个)?月(?!\d)|(?<![较比与])上一?期(?!末)|"
    r"\b(?:previous|last|prior) (?:quarter|month|period)\b",
    re.I,
)
#: Words of a rank column (its values order the rows: 1 is the top).
RANK_COLUMN = re.compile(r"排名|名次|位次|排序")
#: Rows that sum or average the others: never the top or the bottom of a set.
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|全区|全市|全园区?|总体|平均|全部)|(?:合计|总计|小计)$")
#: A sentence that states a top or a bottom itself ("增速居三个片区之首", "得分最低").
STATED_MAX = re.compile(r"居[^，。；]{0,12}(?:之首|首位|第一)|位居第一|最高|最快|最大|最多|领跑")
STATED_MIN = re.compile(r"最低|最慢|最小|最少|末位|垫底")

#: A follow-up that refers back to the thing the previous answer named ("它的总分", "其建设单位",
#: "its tax revenue").
REFERS_BACK = re.compile(
    r"它|其(?!中|他|余)|该(?:项目|企业|公司|园区|片区)|(?:这|那)(?:家|个|一)(?:项目|企业|公司|园区|片区)|\b(?:it|its|this|they|their|them)\b|"
    r"\bthat (?:park|zone|sub-park|area|project|company|firm|one)\b",
    re.I,
)
