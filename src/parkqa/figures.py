"""Figures in Chinese report text: every number with its unit, kind, value and context.

Why: a sentence of a park report holds many figures (``2023年10月31日,丹徒高新园9个项目集中签约,
投资总额33.77亿元``: a year, a date, a count, an amount). The reader must see each of them as a
typed fact — what kind of quantity, in which clause, under which date, qualifier and plan/actual
marker — to pick the one a question asks for. Offsets are kept so the value can be quoted verbatim.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Kind = Literal["count", "amount", "percent", "rank", "score", "date", "year", "period", "qualifier"]

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?)"

#: Classifiers: what a count is counted in. Longest first so 家次 wins over 家.
CLASSIFIERS = [
    "家次",
    "人次",
    "批次",
    "个百分点",
    "个",
    "家",
    "项",
    "件",
    "批",
    "户",
    "名",
    "位",
    "人",
    "座",
    "条",
    "所",
    "台",
    "套",
    "次",
    "场",
    "届",
    "期",
    "栋",
    "幢",
    "辆",
    "款",
    "种",
    "类",
    "处",
    "块",
    "宗",
    "份",
    "本",
    "篇",
    "张",
    "支",
    "只",
    "株",
    "间",
    "团",
    "组",
    "队",
    "家族",
    "项次",
]
CURRENCY = ("美元", "港元", "欧元", "日元", "元")
#: Units of a span of time ("平均用时3.8个月"): never a count of things, and no indicator of
#: the ontology is measured in them.
DURATIONS = ("个月", "个工作日", "工作日", "天", "小时")
#: What each measure unit measures (a classifier counts, a currency is money): the one home of
#: the units of measure.
_DIMENSIONS = {
    "time": DURATIONS,
    "area": ("平方公里", "平方米", "平米", "万平方米", "公顷", "亩"),
    "length": ("公里", "千米", "米"),
    "mass": ("吨", "万吨"),
    "power": ("兆瓦", "千瓦", "万千瓦"),
    "energy": ("千瓦时", "度"),
    "volume": ("立方米",),
    "freight": ("标箱", "万标箱"),
    "data": ("GB", "TB"),
}
MEASURES = [unit for units in _DIMENSIONS.values() for unit in units]
_MAGNITUDE = "(?:万亿|亿|万|千|百)"
#: What a magnitude word multiplies an amount by (the one table of them: comparing 24630万美元
#: with 2.46亿美元, scoring 33.77亿元 against 3377000000).
MAGNITUDES: dict[str, int] = {"万亿": 10**12, "亿": 10**8, "万": 10**4}
#: (约 of 签约, 制约, 合约 is no hedge: "签约12个" is 12个)
_APPROX_BEFORE = r"(?:近|(?<![签制合节公条履])约|逾|超过|超|共计|共)?"
_APPROX_AFTER = r"(?:余|多)?"
_BOUND_AFTER = r"(?:以上|以下|以内|左右|之多)?"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_UNIT = _alternation([*CLASSIFIERS, *CURRENCY, *MEASURES])
_UNIT_ONLY = re.compile(_MAGNITUDE + "?(?:" + _UNIT + ")")


_ASKED_UNIT = re.compile(r"(?:多少|几)(" + _MAGNITUDE + "?(?:" + _UNIT + "))(?!点)")


def dimension(unit: str) -> str | None:
    """What a unit measures: money (亿元, 万美元), percent, count (个, 家), area (亩, 平方公里),
    energy (千瓦时), time (个月, 天) …; None for no unit or one not known."""
    unit = unit.strip()
    if unit in ("%", "％", "个百分点"):
        return "percent"
    if any(unit.endswith(c) for c in CURRENCY):
        return "money"
    # (千瓦时 is a unit of its own; 亿千瓦时 is 千瓦时 in 亿)
    for word in (unit, re.sub("^" + _MAGNITUDE, "", unit)):
        for name, units in _DIMENSIONS.items():
            if word in units:
                return name
        if word in CLASSIFIERS:
            return "count"
    return None


def asked_unit(question: str) -> str | None:
    """The unit a Chinese question asks its answer in ("用地多少亩" → 亩, "多少亿元" → 亿元): the
    last one it asks ("前几个月…多少亿元": 亿元); spoken money ("多少个亿", "多少块钱") is 元."""
    found = [
        m
        for m in _ASKED_UNIT.finditer(question)
        if question[max(0, m.start() - 1) : m.start()] not in ("前", "近", "这")
    ]
    if not found:
        return None
    m = found[-1]
    # ("多少个亿元以上项目" counts projects: spoken money writes no 元 after 个亿)
    if re.match(r"个[亿万](?!元)|块钱", question[m.start(1) :]):
        return "元"
    return m.group(1)


def is_unit(words: str) -> bool:
    """Are ``words`` a unit and nothing else (亿元, 万美元, 个): a table row's unit, no name?"""
    return _UNIT_ONLY.fullmatch(words.strip()) is not None


_DATE = re.compile(
    r"(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]"
    # a month, or a part of one ("2025年9月下旬", "9月中旬")
    r"|(?P<y2>\d{4})年(?P<m2>\d{1,2})月(?!\d{1,2}[日号])(?:上旬|中旬|下旬|初|底|末)?"
    r"|(?<![\d年])(?P<m3>\d{1,2})月(?:上旬|中旬|下旬)"
)
_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})年(?![\d月])")


#: A dotted or dashed day, as tables write it (2024.3.18, 2024-03-18).
_DOTTED_DAY = re.compile(r"(?P<y>\d{4})[.\-/](?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})")


def date_parts(text: str) -> tuple[int | None, int, int | None] | None:
    """(year or None, month, day or None) of one date, however written (``3月18日``,
    ``2024年3月``, ``2024.3.18``); None when the text is no date."""
    text = text.strip()
    dotted = _DOTTED_DAY.fullmatch(text)
    if dotted:
        return int(dotted["y"]), int(dotted["m"]), int(dotted["d"])
    m = _DATE.fullmatch(text)
    if m is None:
        return None
    year = m["y"] or m["y2"]
    day = m["d"]
    return (
        int(year) if year else None,
        int(m["m"] or m["m2"] or m["m3"]),
        int(day) if day else None,
    )


def is_date(text: str) -> bool:
    """Is the whole text one date (``2025年3月18日``, ``3月18日``, ``2025年3月``)? A table cell
    under 签约日期 is one."""
    return bool(_DATE.fullmatch(text.strip()))


_PERIOD = re.compile(
    r"(?P<p>全年|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四]季度"
    r"|\d{1,2}\s*[—\-–~～至到]+\s*\d{1,2}月|今年以来|年初以来|当年)"
)
_PERCENT = re.compile(
    rf"{_APPROX_BEFORE}(?P<n>\d+(?:\.\d+)?)\s*(?P<u>%|个百分点){_BOUND_AFTER}"
    rf"|百分之(?P<cn>[{_CN_DIGITS}点]+)"
)
_RANK = re.compile(rf"第(?P<n>\d+|[{_CN_DIGITS}]+)(?P<u>位|名|届|批|次|期)")
#: A score in points (综合考评得分92.4分, 满分100分), in digits: 十分 is "very", and 分 opens many
#: words after a number (3分钟, 2分厂, 分期, 分批, 三分之一).
_SCORE = re.compile(
    r"(?<![时点度\d.:：])(?P<n>\d+(?:\.\d+)?)\s*分"
    r"(?![钟之厂公局院行部队区会所社站店类别析配布摊期批段成红享解散工拆流级项档层子母数贝包园])"
)
#: A rank written without 位/名 after a ranking verb ("位列第四", "排名第一", "居第二").
_RANK_BARE = re.compile(
    rf"(?:位列|排名|位居|名列|居于|居|列|排)(?P<r>第(?P<n>\d+|[{_CN_DIGITS}]+))"
    rf"(?![\d.{_CN_DIGITS}位名届批次期个项家季产类])"
)
#: A rate's "per" after its unit (4.5万吨/日, 133.9万元/亩): part of the figure as written.
_PER = r"(?:/(?:日|天|年|亩|人|户))?"
_QUANTITY = re.compile(
    rf"{_APPROX_BEFORE}(?P<n>{_NUM}){_APPROX_AFTER}(?P<mag>{_MAGNITUDE})?{_APPROX_AFTER}"
    rf"(?:(?P<u>{_UNIT}){_PER})?{_BOUND_AFTER}"
)

CLAUSE_MARKS = "，,；;：:"
#: Words before 一 that make it a determiner (每一个, 这一家, 同一批, 任何一项), no count.
_DETERMINERS = frozenset("每这那哪另同任唯逐")
PLAN_MARKERS = ("力争", "计划", "预计", "预排", "目标", "确保", "将", "拟", "争取", "预期")


@dataclass(frozen=True)
class Figure:
    """One figure in the cleaned text, with where it sits and what qualifies it."""

    text: str
    start: int
    end: int
    kind: Kind
    value: float | None
    unit: str
    #: Offsets of the sentence and the clause (between ``，；：``) that hold the figure.
    sentence: tuple[int, int]
    clause: tuple[int, int]


@functools.cache
def _cn2an():
    import cn2an

    return cn2an


def number_value(text: str) -> float | None:
    """``"33.77"`` → 33.77, ``"十二"`` → 12.0, ``"1,200"`` → 1200.0; ``None`` if not a number."""
    text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return float(_cn2an().cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError, IndexError):
        return None


_MAG_VALUE = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 1000, "百": 100}


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_figures(text: str, start: int, end: int, sentence: tuple[int, int]) -> list[Figure]:
    """Every figure in ``text[start:end]`` (one sentence), typed, with its clause."""
    piece = text[start:end]
    taken: list[tuple[int, int]] = []
    figures: list[Figure] = []

    def clause_of(a: int, b: int) -> tuple[int, int]:
        left = max((i for i in range(start, a) if text[i] in CLAUSE_MARKS), default=start - 1) + 1
        right = next((i for i in range(b, end) if text[i] in CLAUSE_MARKS), end)
        return left, right

    def add(kind: Kind, a: int, b: int, value: float | None, unit: str) -> None:
        a, b = start + a, start + b
        if b <= a or _overlaps(taken, a, b):
            return
        taken.append((a, b))
        figures.append(Figure(text[a:b], a, b, kind, value, unit, sentence, clause_of(a, b)))

    for m in _DATE.finditer(piece):
        add("date", m.start(), m.end(), None, "date")
    for m in _PERIOD.finditer(piece):
        add("period", m.start(), m.end(), None, "period")
    for m in _YEAR.finditer(piece):
        add("year", m.start(), m.end(), float(m.group("y")), "年")
    for m in _RANK.finditer(piece):
        add("rank", m.start(), m.end(), number_value(m.group("n")), m.group("u"))
    for m in _RANK_BARE.finditer(piece):
        add("rank", m.start("r"), m.end("r"), number_value(m.group("n")), "位")
    for m in _SCORE.finditer(piece):
        add("score", m.start(), m.end(), number_value(m.group("n")), "分")
    for m in _PERCENT.finditer(piece):
        raw = m.group("n") or m.group("cn")
        add("percent", m.start(), m.end(), number_value(raw or ""), m.group("u") or "%")
    for m in _QUANTITY.finditer(piece):
        number, unit, mag = m.group("n"), m.group("u") or "", m.group("mag") or ""
        if not unit and not mag:
            continue  # a bare number (list item, part of a name) is not a figure we can type
        if not any(ch.isdigit() for ch in number) and not unit:
            continue
        if number == "一" and piece[max(0, m.start() - 1) : m.start()] in _DETERMINERS:
            continue  # "让每一个项目", "同一家企业": a determiner's 一 counts nothing
        value = number_value(number)
        if value is None:
            continue
        value = float(Decimal(repr(value)) * Decimal(_MAG_VALUE.get(mag, 1)))
        a, b = m.start(), m.end()
        after = piece[b : b + 1]
        if unit in CURRENCY or (mag and not unit):
            kind: Kind = "amount"
            # "10亿元以上项目": a qualifier naming a class of projects, not an amount.
            if (
                piece[a:b].endswith(("以上", "以下"))
                and after
                and after not in CLAUSE_MARKS + "。、"
            ):
                kind = "qualifier"
        elif unit in MEASURES:
            kind = "amount"
        elif unit == "个百分点":
            kind = "percent"
        else:
            kind = "count"
        add(kind, a, b, value, unit)
    figures.sort(key=lambda f: f.start)
    return figures
