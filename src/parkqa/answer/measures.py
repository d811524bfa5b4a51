"""Measures: *how* a figure speaks of its indicator (its level, its growth, its share…).

Why one module: ``规上工业总产值612.4亿元，同比增长8.6%`` holds two figures of one indicator;
``固投增长了多少`` asks for the second. The words that say which measure (增长, 占…比重, 完成
年度目标的, 排名, 新增) are read here for report figures *and* for questions, by the same
function, so the two meet on the same measure id whatever the wording.

Measures (the registry :data:`MEASURES`):

- ``level``: the value of the indicator (a total, a count, a score, a stock);
- ``growth``: its year-on-year rate of change (增长/下降/增速/同比, 增长X倍);
- ``increase``: an absolute change in its own unit (新增, 净增, 增加X亿元, 比上年多);
- ``pp_change``: a change in percentage points (增速提高0.8个百分点, 高于全市…个百分点);
- ``share``: a share of a base (占…比重, 占比);
- ``completion``: the part of a target achieved (完成年度目标的78.5%, 完成率, 序时进度);
- ``rank``: a place in a ranking (第3位, 排名第三);
- ``gap``: a difference from another subject's figure (与第一名相差22.2分, 差距, 落后): not
  the figure itself, nor a change over time.
"""

from __future__ import annotations

import re

from parkqa.answer.vocab import COMPARE_VERBS, COMPARED_BASES

MEASURES = ("level", "growth", "increase", "pp_change", "share", "completion", "rank", "gap")


#: The base a share names (占全市…比重 → 全市…): a share of another base is no answer.
SHARE_BASE = re.compile(r"占([^，,。；;比]{1,12}?)的?(?:比重|比例)")


def label(indicator: str, measure: str, lang: str) -> str:
    """ "规上工业总产值增速", "gross industrial output value … growth": a frame in words."""
    word = LABELS.get(measure, {}).get(lang, "")
    if not word:
        return indicator
    return indicator + word if lang == "zh" else f"{indicator} ({word})"


#: How each measure is named after its indicator (规上工业总产值 + 增速), per language.
LABELS: dict[str, dict[str, str]] = {
    "level": {"zh": "", "en": ""},
    "growth": {"zh": "增速", "en": "growth"},
    "increase": {"zh": "新增", "en": "increase"},
    "pp_change": {"zh": "变化（百分点）", "en": "change (percentage points)"},
    "share": {"zh": "占比", "en": "share"},
    "completion": {"zh": "目标完成率", "en": "share of target achieved"},
    "rank": {"zh": "排名", "en": "rank"},
    "gap": {"zh": "差距", "en": "gap"},
}

#: Measures whose value is a rate (written in %).
RATES = frozenset(["growth", "pp_change", "share", "completion"])

_ZH = {
    # ("完成目标的96.1%，差31.1亿元未完成": a shortfall right before its value)
    "gap": re.compile(
        r"相差|差距|差了|差多少|差几|落后于|领先于|还差|尚差|差(?=\s*(?:亿元|万元|亿|万|元|个|家|项)?\s*$)"
    ),
    "rank": re.compile(r"排名|排位|位次|名次|第几|位列|排在|(?:居|列|排)[^，,。；;]{0,10}第"),
    "completion": re.compile(
        r"完成.{0,8}(?:目标|计划|任务|预算)|(?:目标|计划|任务)完成|完成率|序时进度|"
        r"(?:达到|占|为|是).{0,6}(?:目标|任务|计划)"
    ),
    "share": re.compile(
        r"占.{0,14}(?:比重|比例|份额|的?百分之|几成|\d+(?:\.\d+)?%)|占.{1,16}的|占比|比重|份额|几成"
        # (spoken: "占经济总量多少"; 占地 is land taken, no share)
        r"|占(?![地用有])[^，,。；;]{0,14}?(?:多少|几)"
        # a contribution to growth (对…增长的贡献率) is a share of that growth, no growth
        r"|贡献率|贡献度"
    ),
    # "比重较上年提高了多少": a share's change is in percentage points
    "pp_change": re.compile(
        r"百分点|(?:比重|占比|比例|份额)[^，,。；;]{0,8}"
        r"(?:提高|提升|上升|下降|降低|增加|减少|回落|变化)(?![到至为])"
    ),
    "growth": re.compile(
        r"增长|增速|增幅|增减|下降|减少|回落|下滑|降低|降幅|负增长|同比|环比|涨|跌|掉|变化|缩水|翻番|"
        r"翻一番|"
        r"\d倍"
    ),
    "increase": re.compile(
        r"新增|净增|增加|新认定|新培育|新获批|新入选|新晋|新建|新设|新引进|新入库|新纳入|新上规|"
        r"新添|新冒出|新长出|净多|多出来|"  # (spoken: "新冒出来多少家规上企业", "净多出来几家")
        r"比.{0,8}多|较年初"
    ),
}
_EN = {
    "gap": re.compile(r"\bgap\b|\bbehind\b|\bahead of\b|\bdifference\b"),
    "rank": re.compile(r"\brank|\bplace[ds]?\b|\bposition\b"),
    "completion": re.compile(
        r"\b(?:of|against) (?:its |the )?(?:annual |full-year |yearly |year's )?"
        r"(?:target|plan|goal|quota)|\bcompletion\b"
    ),
    "share": re.compile(
        r"\bshare\b|\bproportion\b|\baccount(?:s|ed)? for\b|\bpercentage of\b|\bcontribution\b"
    ),
    "pp_change": re.compile(
        r"percentage points?|\b(?:share|proportion)\b.{0,30}\b(?:rise|rose|increase|fall|fell|"
        r"drop|change)"
    ),
    "growth": re.compile(
        r"\bgr[eo]w|\bgrowth\b|\bincrease[ds]? by\b|\brise\b|\brose\b|\bfall\b|\bfell\b|"
        r"\bdecline|\bdrop|\bshr[iu]nk|\bchange[ds]?\b|year[- ]on[- ]year|\byoy\b|\bfaster\b|"
        r"\bslower\b|\bhow fast\b|\bup by\b|\bdown by\b|\bup or down\b|\bdown or up\b"
    ),
    "increase": re.compile(
        r"\bnew(?:ly)?\b|\badd(?:ed|s)?\b|\bnet (?:increase|gain|addition)|\bon net\b|"
        r"\bnet(?=\s*[,?.]|\s*$)|"  # ("by how many did … go up, net, in 2025?")
        r"\bmore than last\b"
    ),
}
_MORE = re.compile(r"多了|少了|比[^重例率]{1,8}?[多少](?:了|出|\d)")
#: A question for the change of a growth rate ("增速比1—10月提高了多少"): in percentage points.
#: (A report's "增速较一季度提高" before a % figure may state the new rate itself: its unit,
#: 个百分点 or %, says which.)
_RATE_CHANGE_ASKED = re.compile(
    r"(?:增速|增幅|降幅)[^，,。；;]{0,8}(?:提高|提升|加快|放缓|回落|收窄|扩大|下降)(?![到至为])"
)
#: A question for how far a completion runs ahead of or behind the time elapsed ("低于序时进度
#: 多少"), or a rate ahead of or behind another's ("增速高于全市多少"): a difference in
#: percentage points, no rate.
_SCHEDULE_GAP_ASKED = re.compile(
    COMPARE_VERBS
    + r"序时"
    # (a rate against a named base, asked at once: "增速高于全市多少", "增速比全市平均水平高多少";
    # not "增速高于全市的园区有几个")
    + r"|(?:增速|增幅)"
    + COMPARE_VERBS
    + COMPARED_BASES
    + r"(?:平均水平|平均)?[高低快慢]?了?(?:多少|几个?百分点)"
)
#: A question that asks for a rate ("百分之几", "几成", "by what percentage").
_ASKS_RATE = re.compile(r"百分之|百分比|%|％|几成|幅度|增速|增幅|percent|\brate\b")
#: An English question's "go up" / "went down": a change, its rate or its count.
_GONE_UP = re.compile(r"\b(?:go|goes|went|gone|going)\s+(?:up|down)\b")
#: Increase words a rate's context may hold without changing its measure ("增加值增长").
_VALUE_ADDED = re.compile(r"增加值")


def strip_measures(words: str) -> str:
    """``words`` without what states a measure (what is left names a subject, if anything)."""
    for pattern in _ZH.values():
        words = pattern.sub(" ", words)
    return words


def measure_in(words: str, lang: str = "zh", rate: bool | None = None) -> str:
    """The measure ``words`` state (the words around a figure or a question, without the
    indicator's own name). ``rate``: the figure is (True) or is not (False) written in % —
    a level in 亿元 is never a growth, a % never an absolute increase; ``None`` for a
    question, whose answer is not written yet."""
    table = _ZH if lang == "zh" else _EN
    words = _VALUE_ADDED.sub("", words) if lang == "zh" else words.lower()
    if (
        rate is None
        and lang == "zh"
        and (_RATE_CHANGE_ASKED.search(words) or _SCHEDULE_GAP_ASKED.search(words))
    ):
        return "pp_change"
    if rate is None and _ASKS_RATE.search(words):  # "多了百分之几": a rate, not an amount
        rate = True
    if _MORE.search(words) and not _ZH["growth"].search(words):
        # "比去年多了百分之几" is a growth; "比去年多了几个", "增加1.2亿元" a change in units
        if rate:
            return "growth"
        if rate is None and lang == "zh":
            return "increase"
    if (
        lang == "en"
        and _GONE_UP.search(words)
        and not re.search(r"\brank", words)
        and not any(table[m].search(words) for m in ("pp_change", "share", "growth", "increase"))
    ):
        # "How much did X go up?": its rate; "by how many did X go up?", "in billion yuan":
        # the count or amount it gained (a ranking's places are the rank measure's)
        counted = re.search(r"\bhow many\b|\byuan\b|\brmb\b|\bbillion\b|\bmillion\b", words)
        return "increase" if counted and rate is not True else "growth"
    for measure in ("gap", "rank", "completion", "pp_change", "share", "growth", "increase"):
        if not table[measure].search(words):
            continue
        if rate is False and measure in RATES:
            # "比上年增长3.2亿元", "增加1.2亿元": a change in the figure's own unit.
            if measure == "growth":
                return "increase"
            continue
        if rate is True and measure == "increase":
            continue
        return measure
    return "level"
