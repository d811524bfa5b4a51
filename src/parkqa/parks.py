"""Which report a question is about: park names (Chinese or pinyin) and years from report titles.

Why: with several reports indexed, "滨江开发区前三季度新签约项目多少个？" must be answered from the
Binjiang report even when another park's sentence matches the words better. Park names are read
from each report's title (``滨江经济开发区2024年三季度…`` → ``滨江经济开发区``, short form
``滨江``).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from parkqa.answer.vocab import NAME_BOUNDARY, NOT_A_NAME, SCOPE

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# What follows a park's short name where a question names it by that ("滨江开发区").
_AFTER_SHORT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:区|园)")
# … or, spoken, the place it is ("幄哲那边2025年…", "靖盈这块").
_SPOKEN_THERE = re.compile(r"[那这](?:边|块|头|里|儿)")
# … or the place and what kind of park it is ("焱山那个新材料园", "樾江那个数字园子").
SPOKEN_KIND = re.compile(r"[那这]个[\u4e00-\u9fff]{0,6}?(?:园子|园区|园|开发区|高新区|经开区)")


_TIME = re.compile(
    r"(?:19|20)\d{2}\s*年?(?:末|底|初)?|年末|年底|年初|"
    r"\d{1,2}\s*[—\-–~～至到]+\s*\d{1,2}月份?|\d{1,2}月份?(?:\d{1,2}[日号])?|"
    r"前三季度|上半年|下半年|全年|第?[一二三四]季度|(?:十[一二]?|[一二三四五六七八九])月份?|"
    r"今年以来|今年|本年度?|去年|上年|年初以来|前(?:十[一二]?|[两二三四五六七八九]|\d{1,2})个月|"
    r"一至[二三]季度"
)


#: What may stand before a question's topic: a polite opening, a time.
_OPENING = re.compile(r"(?:\s|请问|那么?|" + _TIME.pattern + r")*")
#: A place written as a city or county, no park's.
_CITY_AFTER = re.compile(r"[市县省]|全市|全县|各")
#: What may follow a question's topic place: a demonstrative, a time, a particle — no more of
#: a name.
_TOPIC_AFTER = re.compile(r"[这那今去本上前全的在]|(?:19|20)\d{2}|[一二三四]季度|\d{1,2}月")


def _without_time(question: str) -> str:
    """Years, periods and dates replaced by spaces: "2024年1—9月云陵市开发园区" must not make
    a park named "月云陵市开发园区"."""
    return _TIME.sub(" ", question)


@functools.cache
def _readings(text: str) -> tuple[tuple[str, ...], ...]:
    """Every reading of each character, its usual one first (蹊: qi, xi): an English text may
    spell a name by any of them (粼蹊 is "Linxi")."""
    from pypinyin import Style, pinyin

    return tuple(
        tuple(dict.fromkeys(r.lower() for r in readings))
        for readings in pinyin(text, style=Style.NORMAL, heteronym=True)
    )


@functools.cache
def _pinyin_pattern(text: str) -> re.Pattern[str]:
    """``滨江`` → ``\\bbin[\\s-]*jiang\\b``: the name as an English text would spell it (in
    any reading of its characters)."""
    syllables = ["(?:" + "|".join(map(re.escape, r)) + ")" for r in _readings(text)]
    return re.compile(r"\b" + r"[\s-]*".join(syllables) + r"\b", re.I)


@dataclass(frozen=True)
class ReportKey:
    source: str
    title: str
    name: str | None
    short: str | None
    year: int | None

    def _patterns(self, latin: bool = True) -> list[re.Pattern[str]]:
        patterns = []
        if self.name:
            patterns.append(re.compile(re.escape(self.name)))
        if self.short:
            patterns.append(re.compile(rf"{re.escape(self.short)}(?:{_AFTER_SHORT.pattern})"))
            if latin:  # (pypinyin's import alone is 0.24 s of a new process's first answer)
                patterns.append(_pinyin_pattern(self.short))
        return patterns

    def strip_from(self, question: str) -> str:
        """The question without this report's park name (it chooses the report, nothing more)."""
        for pattern in self._patterns(latin=re.search(r"[A-Za-z]", question) is not None):
            question = pattern.sub(" ", question)
        return question

    def mentioned_in(self, question: str) -> bool:
        if self.name and self.name in question:
            return True
        after = rf"{re.escape(self.short)}(?:{_AFTER_SHORT.pattern})" if self.short else None
        if after and re.search(after, question):
            return True
        return bool(self.short and _pinyin_pattern(self.short).search(question))


def report_key(source: str, title: str, park: str | None = None) -> ReportKey:
    """The park a report is about: ``park`` as its details name it (title, file name, folder,
    body: :mod:`parkqa.ingest.details`), else the one its title names (a store indexed before
    details were read)."""
    name = park if park is not None else park_in(title)
    # A park named with its city first (苓江市蓼川经济技术开发区) is asked about by its own
    # name (蓼川经开区): the short name is the one after the city.
    own = own_name(name) if name else name  # (松阳县经济开发区: the county is its name)
    short = own[:2] if own and len(own) > 3 else None
    years = _YEAR.findall(title)
    return ReportKey(source, title, name, short, int(years[0]) if years else None)


#: A city or county before a park's own name (泓屿市棠溪产业园): not part of its short name.
_CITY_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,3}?[市县](?=[\u4e00-\u9fff]{4,})")


#: A headline's slogan verbs before the park it names (奋力开创…, 全力打造…, 加快建设…).
_SLOGAN_LEAD = re.compile(
    r"^(?:开创|奋力|谱写|书写|助力|争创|迈向|奋进|续写|打造|建设|推动|加快|全力|努力|推进){1,3}"
)


def park_in(title: str) -> str | None:
    """The park a title or file name starts with: year-first titles ("2024年1—6月鸿渚经济技术
    开发区…") and "关于…的报告" titles name their park after the time words and 关于; a name
    that names no one park (高新区, 全市开发园区) is ``None``."""
    plain = re.sub(r"^(?:关于|对|\s)+", "", _without_time(title).strip()).strip()
    m = _PARK.match(plain)
    name = m.group("name") if m else None
    if name:
        name = _YEAR.split(name)[0].rstrip("0123456789年度") or None
    if name:
        # A headline's park follows its last punctuation ("总投资118.6亿元！云陵高新区…").
        name = re.split(r"[！!。？?：:，,、；;\s]", name)[-1] or None
    lead = _SLOGAN_LEAD.match(name) if name else None
    if name and lead and len(name) - lead.end() >= 4:
        # ("凝心聚力 攻坚突破 奋力开创蜿醇高新区高质量发展新局面": a slogan's verbs before it)
        name = name[lead.end() :]
    if name and is_generic_park(name):
        return None
    return name


#: Words that are no part of a park's name: when the words before a park's type hold one of
#: these, the text says something about a park (目前开发区…, 记者从经开区获悉, 到沿海地区园区
#: 招商), it does not name one.
_NOT_IN_NAMES = re.compile(
    r"今年|以来|期间|目前|记者|获悉|了解|沿海|发达|地区|[从到在为由对向把被将让]|月份|"
    r"国家级|省级|市级|县级|以上|年度|三大|两大|四大|[市县]$|"
    r"结合|按照|利用|完善|推动|强化|深化|引导|加快|推进|打造|依托|围绕|聚焦|支持|鼓励|实现|持续|充分|"
    r"纳入|入驻|全部|所有|各类|相关|主要|重点|其他|周边|省内|省外|国内|全国|全省|全市|全县|"
    r"领导|调研|上月|本月|当月|合计|拉低|拉动|带动|三个|两个|四个|"
    r"[一二三四五六七八九十]+月|\d|[-_|｜—－（）()《》“”\"]"
)


def is_generic_park(name: str) -> bool:
    """A name that names no one park: a bare type (高新区, 开发区), a generic word before it
    (全区, 园区, 各开发区, 我区), words that are no name (目前开发区), or a city's parks together
    (云陵市开发园区)."""
    if _GENERIC_PARK.match(name) or _place_of(name) is not None:
        return True
    suffix = next((t.suffix for t in PARK_TYPES if name.endswith(t.suffix)), "")
    if _NOT_IN_NAMES.search(name[: len(name) - len(suffix)]):
        return True
    return any(name.endswith(t.suffix) and len(name) - len(t.suffix) < 2 for t in PARK_TYPES)


def member_parks(parks: tuple[str, ...], own: str | None) -> tuple[str, ...]:
    """The parks a report reports on besides its own (a bulletin's members), from the parks
    its details name: not its own park under another form (砺雩经开区 for 砺雩经济技术开发区)."""
    key = report_key("", "", own) if own else None
    short = key.short if key else None
    return tuple(
        p
        for p in parks
        if p != own and is_member_park(p) and not (short and _CITY_FIRST.sub("", p)[:2] == short)
    )


def is_member_park(name: str) -> bool:
    """Can ``name``, one of the parks a report's details list, be a park a bulletin reports
    on? Not a generic one, nor a bare "…园区" (部分园区, 红旗园区: words about parks)."""
    own_type = any(name.endswith(t.suffix) for t in PARK_TYPES if t.suffix != "园区")
    return not is_generic_park(name) and own_type


def parks_in_text(text: str, least: int = 2) -> list[tuple[str, int]]:
    """The parks a report's text names at least ``least`` times, with how often, most often
    first: each name as the text writes it most often ("全年青槐高新区实现…" and "青槐高新区：…"
    both count for 青槐高新区, the words before the name left out because they differ from one
    mention to the next)."""
    plain = _without_time(text)
    counts: Counter[str] = Counter()
    for m in _PARK_IN_TEXT.finditer(plain):
        prefix, suffix = m.group("prefix"), m.group("suffix")
        options = [prefix[i:] + suffix for i in range(len(prefix) - 1)]
        if not options:
            continue
        floor = plain.count(options[-1])
        # the longest form that is (almost) as frequent as the shortest: the name, not the
        # words that happen to stand before one mention of it
        name = next(o for o in options if plain.count(o) * 5 >= floor * 3)
        name = _LEADING_WORDS.sub("", _park_words(name))
        if not is_generic_park(name):
            counts[name] += 1
    return [(name, n) for name, n in counts.most_common() if n >= least]


def topic_place(question: str) -> str | None:
    """The place a question opens on as its topic, after a time or a polite opening, and
    before a word that names nothing more ("棹州这次签约…", "请问2024年和阳的到账资金…"): the short
    name of the one park of that place, when no report writes it as a city. Not a name
    that goes on (青湖新能源…项目), nor a place said as a city (和阳全市, 和阳市)."""
    at = _OPENING.match(question)
    start = at.end() if at else 0
    place = question[start : start + 2]
    if len(place) < 2 or not _TOPIC_AFTER.match(question, start + 2):
        return None
    return None if _CITY_AFTER.match(question, start + 2) else place


def reports_named(question: str, keys: list[ReportKey]) -> set[str]:
    """Sources of the reports whose park the question names (empty: the question names none)."""
    named = [k for k in keys if k.mentioned_in(question)]
    place = topic_place(question)
    topic = [k for k in keys if place and k.short == place]
    if len({k.name for k in topic}) == 1:
        named += topic
    return {k.source for k in of_stated_type(question, named)}


def park_family(text: str) -> str | None:
    """The park type a name (or a title naming a park only by its type: 高新区招商局-11月)
    says: 高新, 经开, … (``None``: no type that says one)."""
    for m in re.finditer(_IN_TEXT_SUFFIXES, text):
        family = _family(m.group(0))
        if family:
            return family
    return None


def _family(name: str) -> str | None:
    """The park type a name's suffix says (``None``: a suffix that says none)."""
    return next((t.family for t in PARK_TYPES if t.family and name.endswith(t.suffix)), None)


def _agrees(question: str, key: ReportKey) -> bool | None:
    """Does the question give this report's park the type it has? ``None``: it says no type
    there (or the park has none)."""
    if not key.name:
        return None
    if key.name in question:
        return True
    if re.search(r"[\u4e00-\u9fff]", question):
        family = _family(key.name)
        if family is None or not key.short:
            return None
        said = [
            _family(m.group(0))
            for m in re.finditer(rf"{re.escape(key.short)}{_AFTER_SHORT.pattern}", question)
        ]
        if family in said:
            return True
        return False if said and None not in said else None
    _, english_type = _english_parts(key.name)
    if english_type is None:
        return None
    if re.search(english_type, question, re.I):
        return True
    stated = any(t.family and re.search(english, question, re.I) for t, english in _TYPE_EN)
    return False if stated else None


def of_stated_type(question: str, keys: list[ReportKey]) -> list[ReportKey]:
    """The named reports without those whose park's type the question contradicts, when some
    report's type is the one it says: "和阳高新区…" with 和阳高新区's and 和阳经济开发区's reports
    indexed reads only the first's. When none agrees, all stay (a type the reports do not use
    contradicts nothing)."""
    agree = [_agrees(question, k) for k in keys]
    if True not in agree:
        return keys
    return [k for k, a in zip(keys, agree, strict=True) if a is not False]


class ParkIndex:
    """:func:`reports_named` for many reports: the same answer, found by looking the question's
    pieces up instead of trying every report's patterns (a question costs the same with 10 or
    10,000 reports). Built once per catalog state."""

    def __init__(self, keys: list[ReportKey]) -> None:
        self.keys = {k.source: k for k in keys}
        self.names: dict[str, set[str]] = {}
        self.shorts: dict[str, set[str]] = {}
        for k in keys:
            if k.name:
                self.names.setdefault(k.name, set()).add(k.source)
            if k.short:
                self.shorts.setdefault(k.short, set()).add(k.source)
        self.lengths = sorted({len(n) for n in self.names})

    @functools.cached_property
    def pinyin(self) -> dict[str, set[str]]:
        """Pinyin key of each short name → reports; built at the first question in Latin
        letters (pypinyin and 10,000 conversions cost a Chinese-only process ~1.5 s)."""
        index: dict[str, set[str]] = {}
        for short, sources in self.shorts.items():
            for key in pinyin_keys(short):
                index.setdefault(key, set()).update(sources)
        return index

    def named(
        self, question: str, is_city: Callable[[str], bool] = lambda place: False
    ) -> set[str]:
        found: set[str] = set()
        for i in range(len(question)):
            for n in self.lengths:
                hit = self.names.get(question[i : i + n])
                if hit:
                    found |= hit
            hit = self.shorts.get(question[i : i + 2])
            if hit and (
                _AFTER_SHORT.match(question, i + 2) or _SPOKEN_THERE.match(question, i + 2)
            ):
                found |= hit
        topic = topic_place(question)
        hit = self.shorts.get(topic) if topic else None
        if hit and len({self.keys[s].name for s in hit}) == 1 and not is_city(topic or ""):
            found |= hit
        if self.shorts and re.search(r"[A-Za-z]", question):
            for candidate in word_runs(question):
                found |= self.pinyin.get(candidate, set())
        named = of_stated_type(question, [self.keys[s] for s in sorted(found)])
        return {k.source for k in named}


@functools.cache
def pinyin_keys(text: str) -> tuple[str, ...]:
    """Every spelling of ``text`` glued (粼蹊 → linqi, linxi), its usual one first; at most 16."""
    return tuple("".join(p) for p in itertools.islice(itertools.product(*_readings(text)), 16))


def _typed_after(rest: str, english_type: str) -> bool:
    """Does ``rest`` (the words after a name) say ``english_type`` with the name: at once or
    after capitalised words of the name ("Economic and Technological Development Zone")?"""
    rest = re.sub(r"^'s\b", "", rest)
    for _ in range(6):
        if re.match(r"\s*(?:" + english_type + ")", rest, re.I):
            return True
        step = re.match(r"\s+(?:[A-Z][\w-]*|and|&|of)\b", rest)
        if step is None:
            return False
        rest = rest[step.end() :]
    return False


def _runs_with_ends(question: str) -> Iterator[tuple[str, int]]:
    """:func:`word_runs` with where each run ends in the question."""
    words = list(re.finditer(r"\w+", question))
    for i, first in enumerate(words):
        glued, end = first.group(0).lower(), first.end()
        yield glued, end
        for nxt in words[i + 1 : i + 4]:
            if not re.fullmatch(r"[\s-]*", question[end : nxt.start()]):
                break
            glued += nxt.group(0).lower()
            end = nxt.end()
            yield glued, end


def word_runs(question: str) -> Iterator[str]:
    """Every run of whole words joined only by spaces or hyphens, lower-cased and glued
    (``Bin-jiang`` → ``binjiang``): what :func:`_pinyin_pattern` would match."""
    for run, _ in _runs_with_ends(question):
        yield run


_LEADING_WORDS = re.compile(r"^(?:请问|对于|关于|对|在|从|向|于|和|与|及|据|把|将)")
_GENERIC_PARK = re.compile(
    r"^(?:全区|园区|该|本|各|全|我|这个|那个|其|新|所在|哪|什么|which)"
    # (a park type alone: "钜州市哪个开发园区" names no park)
    r"|^(?:开发园区|开发区|产业园区|工业园区|高新区|经开区|产业园|工业园)$"
)


_PLACE_PARKS = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{2,4}?)(?:市|县)?(?:全市|全县|全区|各|各类)*"
    # (a city's parks counted: 琨垣市四园区, 稔州市五个开发区)
    r"(?:[一二两三四五六七八九十\d]{1,3}个?)?"
    r"(?:开发园区|各开发区|开发区|园区|产业园区)$"
)


def is_park_group(name: str) -> bool:
    """Does ``name`` name a city's parks together (琨垣市四园区, 云陵市开发园区), not one?"""
    return _place_of(name) is not None


def _place_of(name: str) -> str | None:
    """``云陵市开发园区`` / ``云陵全市开发园区`` → ``云陵``: a city's parks taken together, not
    one named park (only when the name says so: 市, 全市, 各, or 开发园区)."""
    m = _PLACE_PARKS.match(name)
    if not m:
        return None
    rest = name[len(m.group("place")) :]
    said = re.match(r"(?:市|县|全|各)|开发园区|[一二两三四五六七八九十\d]{1,3}个?\w*区$", rest)
    return m.group("place") if said else None


def _park_words(match: str) -> str:
    """The words of a matched park name after the last function word before it."""
    cut = NAME_BOUNDARY.match(match)
    return match[cut.end() :] if cut and cut.end() < len(match) else match


#: ``containing(strings)``: the sources of the reports whose text contains any of the strings
#: (``Catalog.containing``: a full-text lookup, not a scan of every text).
Containing = Callable[[Iterable[str]], set[str]]


def unknown_park(question: str, containing: Containing) -> str | None:
    """A park the question names that no indexed report mentions (``None`` if there is none).

    "北湖数字经济产业园新引进企业多少家？" must not be answered from 南湖's report: when the named
    park appears nowhere in the indexed texts, the reports cannot hold the answer.
    """
    for m in _PARK_IN_QUESTION.finditer(_without_time(question)):
        # The match may start at the question's first word: the name follows the last
        # function word ("排在最后的是哪个园区" names no park).
        name = _park_words(m.group(0))
        if _GENERIC_PARK.match(name):
            continue
        # The match may have taken a function word before the name ("对人力资源产业园…");
        # nothing else is dropped (东湖生物医药产业园 is not 南湖生物医药产业园).
        name = _LEADING_WORDS.sub("", name)
        if len(name) > 3 and not _reports_naming(name, containing):
            return name
    return None


def own_name(name: str) -> str:
    """A park's name without the city written before it (煜浔市淞焕高新区 → 淞焕高新区)."""
    own = _CITY_FIRST.sub("", name)
    return name if is_generic_park(own) else own


def _reports_naming(name: str, containing: Containing) -> set[str]:
    """The reports naming a park a question names: by the whole name, or a city's parks by the
    city (云陵市开发园区); a name with its city first (煜浔市淞焕高新区) also by its own name in
    the reports that name the city too (a bulletin writes 淞焕高新区 under its 煜浔市 title)."""
    hits = containing([_place_of(name) or name])
    city = _CITY_FIRST.match(name)
    if hits or not city:
        return hits
    own = own_name(name)
    if own == name:
        return set()
    return containing([own]) & containing([city.group(0)[:-1]])


#: Capitalised words of an English question that are not a park's name before its type.
_NOT_NAMES = frozenset(
    [
        "how",
        "what",
        "which",
        "when",
        "where",
        "who",
        "why",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "the",
        "in",
        "on",
        "at",
        "of",
        "for",
        "and",
        "to",
        "by",
        "its",
        "their",
        "this",
        "that",
        "high",
        "tech",
        "hi",
        "economic",
        "technological",
        "industrial",
        "development",
        "science",
        "technology",
        "new",
        "national",
        "provincial",
        "city",
        "county",
        "park",
        "zone",
        "area",
        "district",
        "total",
        "first",
        "second",
        "third",
        "fourth",
        "half",
        "quarter",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
#: Capitalised words at the end of a text (the words before a park's type).
#: A word spelled in Hanyu Pinyin syllables (Suihe, Mingrong): a Chinese place name, not an
#: English word (Airport, Science).
_PINYIN_WORD = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn"
    r"|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)(?![aeiouv]))+"
)
_ENGLISH_NAME = re.compile(r"((?:[A-Z][a-z]+[\s-]+){1,3})$")


def names_english_park(question: str) -> bool:
    """Does an English question name a park by its type (… Industrial Park, … High-tech Zone)?"""
    return any(re.search(english, question, re.I) for _, english in _TYPE_EN)


def unknown_english_park(question: str, known: Iterable[str]) -> str | None:
    """The park an English question names that no report is about: capitalised words before a
    park type ("Wutongshan High-tech Zone") whose letters are no indexed park's pinyin
    (``known``: pinyin keys of the indexed parks' short names). Only the types that name a
    whole zone (high-tech zone, development zone), or an industrial park whose name is spelled
    in pinyin ("Suihe Industrial Park"): "Airport Park" may be a part of a park."""
    keys = [k for k in known if k]
    for kind, english in _TYPE_EN:
        if kind.family is None:
            continue
        for typed in re.finditer(english, question, re.I):
            m = _ENGLISH_NAME.search(question[: typed.start()])
            if m is None:
                continue
            words = [w for w in re.split(r"[\s-]+", m.group(1)) if w]
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            if not words or any(w.lower() in _NOT_NAMES for w in words):
                continue
            glued = "".join(w.lower() for w in words)
            if kind.family not in ("高新", "经开") and not _PINYIN_WORD.fullmatch(glued):
                continue
            if len(glued) >= 4 and not any(
                glued.startswith(k) or k.startswith(glued) for k in keys
            ):
                return " ".join(words)
    return None


def parks_written(question: str) -> list[str]:
    """The parks a Chinese question writes, as it writes them (after the words before them):
    no report is consulted."""
    found = []
    for m in _PARK_IN_QUESTION.finditer(_without_time(question)):
        name = _LEADING_WORDS.sub("", _park_words(m.group(0)))
        if len(name) > 3 and not _GENERIC_PARK.match(name):
            found.append(name)
    return found


def parks_mentioned(question: str, containing: Containing) -> dict[str, set[str]]:
    """The parks a question names as it writes them, each with the sources of the reports
    whose text names it.

    A bulletin about six parks is titled by its issuer ("…投资促进局文件"); its parks are only in
    its body. A question naming one of them must be allowed to read it.

    Words before the name ("请问", "对人力资源产业园…") are dropped only when the name with them
    is in no report: 和阳高新区 starts with 和 ("and"), and 阳高新区 is also the end of 云阳高新区.
    """
    found: dict[str, set[str]] = {}
    for m in _PARK_IN_QUESTION.finditer(_without_time(question)):
        words = _park_words(m.group(0))
        # Longest first: the whole match, after the last function word, without a leading one.
        for name in dict.fromkeys((m.group(0), words, _LEADING_WORDS.sub("", words))):
            if _GENERIC_PARK.match(name) or len(name) <= 3:
                continue
            hits = _reports_naming(name, containing)
            if hits:
                found.setdefault(name, set()).update(hits)
                break
    return found


@dataclass(frozen=True)
class ParkType:
    """A park-name suffix: the type it says (parks of one short name but different types are
    different parks: 和阳高新区 is not 和阳经济开发区), how an English question says it, and
    where it ends a park's name (a report title, a question)."""

    suffix: str
    family: str | None
    english: str | None
    in_titles: bool = True
    in_questions: bool = True


#: Park-name suffixes, longest first where one ends another (the first that a name ends with
#: gives its type). Suffixes without a family (开发区, 园区, 片区, …) say no type: they agree
#: with any. The one home of park suffixes: the title and question patterns below are built
#: from it.
PARK_TYPES: list[ParkType] = [
    ParkType("高新技术产业开发区", "高新", r"high[- ]?tech(?:nology)?\b.*?\bzone\b"),
    ParkType("高新技术开发区", "高新", None),
    ParkType("经济技术开发区", "经开", r"\betdz\b|economic and technological development zone\b"),
    ParkType("经济开发区", "经开", r"economic development zone\b|\bedz\b"),
    ParkType("高新区", "高新", r"hi(?:gh)?[- ]?tech\b.*?\b(?:zone|park)\b"),
    ParkType("高新园", "高新", None),
    ParkType("经开区", "经开", r"\betdz\b|development zone\b"),
    ParkType("开发区", None, None),
    # A report's park keeps its whole name (松林工业园区: titles, file names, details); in a
    # question the name is cut at 工业园 (its short form 松林工业园 names the park too).
    ParkType("工业园区", "工业园", r"industrial park\b", in_questions=False),
    ParkType("产业园", "产业园", r"industrial park\b|\bpark\b"),
    ParkType("工业园", "工业园", r"industrial park\b"),
    ParkType("科技园区", "科技园", None),
    ParkType("科技园", "科技园", None),
    ParkType("产业园区", "产业园", None),
    ParkType("综合保税区", "综保", r"comprehensive bonded zone\b|bonded zone\b"),
    # (an airport economic zone: 临空经济示范区, 临空经济区)
    ParkType("临空经济示范区", "临空", r"airport economic (?:demonstration )?zone\b"),
    ParkType("临空经济区", "临空", r"airport economic zone\b"),
    ParkType("综保区", "综保", r"bonded zone\b"),
    # A part of a park (东片区), never a park: only for telling sub-areas' names in English.
    ParkType(
        "片区",
        None,
        r"\barea\b|\bzone\b|district|\bsub-?park\b",
        in_titles=False,
        in_questions=False,
    ),
    ParkType("园区", None, r"\bpark\b"),
    # Titles only: in a question, 新区 and a bare 园 end too many words that name no park.
    ParkType("新区", None, None, in_questions=False),
    ParkType("园", None, None, in_questions=False),
]
#: The types an English question can name, with their pattern.
_TYPE_EN: list[tuple[ParkType, str]] = [(t, t.english) for t in PARK_TYPES if t.english]


def _suffixes(used: Callable[[ParkType], bool]) -> str:
    """The suffixes ``used`` somewhere, as one regex alternation, longest first (so 园区 is
    tried before 园 and 工业园区 before 工业园 at the same place)."""
    chosen = [t.suffix for t in PARK_TYPES if used(t)]
    return "|".join(re.escape(s) for s in sorted(chosen, key=len, reverse=True))


#: A park's name at the start of a report title.
_PARK = re.compile(rf"^(?P<name>.+?(?:{_suffixes(lambda t: t.in_titles)}))")
#: A park's name in a question (what :func:`unknown_park` and :func:`parks_mentioned` read).
_IN_QUESTIONS = _suffixes(lambda t: t.in_questions)
_PARK_IN_QUESTION = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:{_IN_QUESTIONS})")
_IN_TEXT_SUFFIXES = _suffixes(lambda t: t.in_questions or t.suffix == "工业园区")
#: A park's name in a report's text: the words before a park suffix (every suffix a park's name
#: ends with, 工业园区 included; not 片区, 新区 or a bare 园, which end parts of parks).
_PARK_IN_TEXT = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{2,8}?)(?P<suffix>" + _IN_TEXT_SUFFIXES + ")"
)


def without_parks(text: str) -> str:
    """``text`` with the parks it names blanked out (same length): "青源高新区排名第几" must not
    read 高新区排名 as an indicator."""

    def blank(m: re.Match[str]) -> str:
        found = m.group(0)
        if _PARKS_IN_GENERAL.match(found):
            return found
        # (the words before a name may cling to it: "年外商在蛟湖经开区" is 蛟湖经开区 after
        # 外商在, whose words stay)
        cut = _BEFORE_NAME.match(found)
        keep = cut.end() if cut and len(found) - cut.end() >= 3 else 0
        return found[:keep] + " " * (len(found) - keep)

    return _PARK_IN_QUESTION.sub(blank, text)


#: Words that end what stands before a park's name in a question (…在 蛟湖经开区).
_BEFORE_NAME = re.compile(r".*[在的和与及、对是年月日里中]")


#: Parks in general, no park's name: "全省开发区综合考评", "在国家级经开区中排名", "各园区".
_PARKS_IN_GENERAL = re.compile(rf"^(?:年度|年)?(?:{SCOPE.pattern}|全区|各|同类|省级|国家级)")


def mentions(question: str, name: str) -> bool:
    """Does the question name this park, sub-park or company? In Chinese: the name itself; in
    English: its distinctive part in pinyin and, when it has one, its type (Yunling ETDZ is
    云陵经开区, not 云陵高新区)."""
    if not name:
        return False
    if name in question:
        return True
    family = _family(name)
    own = _CITY_FIRST.sub("", name)
    if family and len(own) > 3 and re.search(r"[\u4e00-\u9fff]", question):
        # a table row's full name (峦垣高新技术产业开发区) asked by its short one (峦垣高新区)
        short = [own[:2] + t.suffix for t in PARK_TYPES if t.family == family]
        if any(s in question for s in short if len(s) > 3):
            return True
    base, english_type = _english_parts(name)
    if re.search(r"[\u4e00-\u9fff]", question):
        # An English question may write a name's own part in Chinese beside its English
        # ("the Yingpu (滢浦) High-tech Zone"): that part and the type in English.
        if len(base) < 2 or base not in question or not re.search(r"[A-Za-z]{3,}", question):
            return False
        return english_type is None or re.search(english_type, question, re.I) is not None
    return any(
        _pinyin_pattern(key).search(question)
        and (english_type is None or re.search(english_type, question, re.I) is not None)
        for key, english_type in _english_keys(name)
    )


def spoken_of(question: str, name: str) -> bool:
    """Does a Chinese question name the park by its place, spoken ("螭山那边", "靖盈这块" for
    螭山新材料产业园, 靖盈经开区; "焱山那个新材料园"): its first two characters, then 那边/这块
    or 那个 and the kind of park it is?"""
    own = own_name(name)
    return len(own) > 2 and (
        re.search(re.escape(own[:2]) + _SPOKEN_THERE.pattern, question) is not None
        or re.search(re.escape(own[:2]) + SPOKEN_KIND.pattern, question) is not None
    )


class NameIndex:
    """:func:`mentions` for many names at once: the names a question mentions, found by looking
    its pieces (Chinese substrings, English word runs in pinyin) up, at a cost that does not
    grow with the number of names. Built once per catalog state."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = {n for n in names if n}
        self.lengths = sorted({len(n) for n in self.names})

    @functools.cached_property
    def by_pinyin(self) -> dict[str, list[tuple[str, str | None]]]:
        """Pinyin key → (name, English type pattern); built at the first English question."""
        index: dict[str, list[tuple[str, str | None]]] = {}
        for name in self.names:
            for key, english_type in _english_keys(name):
                for spelled in pinyin_keys(key):
                    index.setdefault(spelled, []).append((name, english_type))
        return index

    def contained(self, text: str) -> set[str]:
        """The names that occur in ``text`` as they are written."""
        return {
            text[i : i + n]
            for i in range(len(text))
            for n in self.lengths
            if text[i : i + n] in self.names
        }

    def mentioned(self, question: str) -> set[str]:
        found = self.contained(question)
        if re.search(r"[\u4e00-\u9fff]", question):
            return found
        for run, end in _runs_with_ends(question):
            for name, english_type in self.by_pinyin.get(run, ()):
                # its type said with the name ("Yuantao ETDZ", "Yuantao Economic and
                # Technological Development Zone"), not words away ("did Yuantao sign during
                # its development zone week": the city)
                if (
                    english_type is None
                    # (a part's own pattern, its name and type in one: read as it says)
                    or (english_type.startswith("(?i)") and re.search(english_type, question))
                    or (
                        not english_type.startswith("(?i)")
                        and _typed_after(question[end:], english_type)
                    )
                ):
                    found.add(name)
        return found


def english_keys(name: str) -> tuple[str, ...]:
    """The pinyin of a park name's distinctive part (滨江经济开发区 → ``binjiang``), as an
    English question spells it (in every reading of its characters)."""
    return pinyin_keys(_english_parts(name)[0])


#: How English names the part of a park whose own name it spells ("Fengyi Biomedical Park"
#: for 沣漪生物医药园: the name's first two characters, then its kind translated).
_PART_EN = r"\b(?:sub-?)?(?:park|zone|area|district)\b"


def _english_keys(name: str) -> list[tuple[str, str | None]]:
    """The parts of a name an English question spells in pinyin, each with the type it must
    say beside it: the distinctive part (at most 4 characters) and, for a part of a park whose
    name goes on after its own two characters (沣漪生物医药园), those two."""
    base, english_type = _english_parts(name)
    keys = [(base, english_type)] if len(base) >= 2 else []
    if len(name) > 4 and name.endswith(("园", "片区")) and not _family(name):
        keys.append((name[:2], _part_type(name[:2])))
    # a park written after its city, or with words before its type ("Yaoping New Materials
    # Industrial Park" for 琨垣市瑶坪新材料产业园): its own first two characters and its type
    core = _CITY_FIRST.sub("", name)
    own, core_type = _english_parts(core)
    if core_type and len(own) > 2 and (own[:2], core_type) not in keys:
        keys.append((own[:2], core_type))
    # a project named by its owner's two characters and what it builds ("the Langyue
    # semiconductor packaging base project" for 朗越半导体封装测试基地项目): those two, with
    # "project" said and no park's type after them (Langyue ETDZ is a park)
    if len(name) > 5 and name.endswith("项目") and not NOT_A_NAME.match(name):
        keys.append((name[:2], _project_type(name[:2])))
    return keys


#: English types of a whole park: after two spelled characters they name the park, not a
#: part or a project ("Xidai High-tech Zone" is no 锡岱生命科学园).
_WHOLE_PARK_AFTER_EN = r"(?:High|Hi-tech|Economic|ETDZ|Development)\b"
#: … and, after a project's owner, any park's type ("Langyue Industrial Park" is no project).
_PARK_AFTER_EN = rf"(?:{_WHOLE_PARK_AFTER_EN}|Industrial|Zone|Park|Sub-park)"


def _spelled(key: str, not_before: str, said: str) -> str:
    """The pattern a question must match to name a thing whose two characters ``key`` spells:
    the spelling not followed by ``not_before`` (a park's type), ``said`` (its own kind)
    somewhere after it."""
    return rf"(?i){_pinyin_pattern(key).pattern}(?!\s+{not_before})(?=.*{said})"


def _part_type(key: str) -> str:
    """A part of a park: a part's type said, no whole park's type right after its name."""
    return _spelled(key, _WHOLE_PARK_AFTER_EN, _PART_EN)


def _project_type(key: str) -> str:
    """A project named by its owner: "project" said after it, no park's type right after."""
    return _spelled(key, _PARK_AFTER_EN, r"\bprojects?\b")


def _english_parts(name: str) -> tuple[str, str | None]:
    """The distinctive part of a name (at most 4 characters) and how English says its type."""
    base, english_type = name, None
    for t, english in _TYPE_EN:
        if name.endswith(t.suffix) and len(name) > len(t.suffix):
            base, english_type = name[: -len(t.suffix)], english
            break
    return base[:4], english_type


#: A name a report declares for a park or a part: "帷吉经济技术开发区（以下简称“帷吉经开区”）".
_DECLARED_SHORT = re.compile(
    r"(?P<full>[\u4e00-\u9fff]{3,16})[（(](?:以下|下文)?(?:简称|下称)[为：:]?[“\"「‘]?"
    r"(?P<short>[\u4e00-\u9fff]{2,10})[”\"」’]?[）)]"
)
#: … or a table's note: "帼呈临空区即帼呈临空经济区" (a row's short name, then the park's).
_DECLARED_SAME = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<short>[\u4e00-\u9fff]{2,10}?(?:园区|区|园))即"
    r"(?P<full>[\u4e00-\u9fff]{3,16}?(?:园区|区|园))(?![\u4e00-\u9fff])"
)


def declared_names(text: str) -> dict[str, set[str]]:
    """The other names a report declares for its parks and parts, each way round: a table's
    row may use the short one (帼呈临空区) where a question uses the whole (帼呈临空经济区).
    Only a pair sharing its first two characters is a name and its short form (the words
    before a name, "分园区看，", are cut at them)."""
    names: dict[str, set[str]] = {}
    for pattern in (_DECLARED_SHORT, _DECLARED_SAME):
        for m in pattern.finditer(text):
            short, full = m.group("short"), m.group("full")
            at = full.find(short[:2])
            if at < 0 or short == full[at:]:
                continue
            full = full[at:]
            names.setdefault(short, set()).add(full)
            names.setdefault(full, set()).add(short)
    return names
