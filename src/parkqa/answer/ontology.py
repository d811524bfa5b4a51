"""The indicator ontology: what a figure of a park report can measure, in every wording.

Why: a figure is only an answer to a question about the same *indicator*. Report and question
rarely share the words (``固投`` / ``固定资产投资`` / "fixed-asset investment" / "投了多少钱"), and
overlap of characters cannot tell ``规上工业总产值`` from ``规上工业增加值``. Each indicator of
``data/indicators.json`` (the one home of this vocabulary) has an id, a canonical Chinese name,
formal aliases and abbreviations, colloquial forms people type, English names (the statistical
bureau's own first), a unit kind, and a parent (工业投资 ⊂ 项目投资 ⊂ 固定资产投资). Facts and
questions are both read into ids through this module, so they meet on the id, not on words.

Chinese wording is found by longest match over every surface form; 规上/规模以上 and 限上/
限额以上 are one qualifier written two ways, so each surface holds both. Colloquial forms are
questions ("赚了多少钱"): their question words are wildcards, and they are read in questions
only. English names are matched on word stems, so "output value of industries above designated
size" meets "gross output value of industry above designated size".
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from parkqa.answer.vocab import normalise_qualifier

#: Unit kinds an indicator takes (what its level is written in).
UNIT_KINDS = ("amount", "count", "percent", "area", "energy", "score", "rank")

#: One qualifier, two spellings: each surface form is matched in both.
_SPELLINGS = (("规模以上", "规上"), ("限额以上", "限上"))
#: The things a name may count or measure after a 的 a report or a question writes before
#: them ("营业收入超百亿元的企业" is 营业收入超百亿元企业, "引进的内资" is 引进内资).
#: (企业, 项目 after at least three characters: "开工的项目" in 未开工的项目 is no 开工项目)
_DE_HEADS = {"企业": 3, "项目": 3, "内资": 2, "外资": 2, "资金": 2}


def _with_de(surface: str) -> str:
    """A surface as a pattern that also matches it with 的 before its head noun."""
    for head, before in _DE_HEADS.items():
        if len(surface) >= len(head) + before and surface.endswith(head):
            return re.escape(surface[: -len(head)]) + "的?" + re.escape(head)
    return re.escape(surface)


def _without_de(found: str) -> str:
    """The surface a match of :func:`_with_de` stands for."""
    for head in _DE_HEADS:
        if found.endswith("的" + head):
            return found[: -len(head) - 1] + head
    return found


#: Question words inside a colloquial form: any short run of characters may stand there.
#: Things counted that an English indicator name before them only describes.
_COUNTED_AFTER = re.compile(
    r"\s+(?:institution|cent(?:er|re)|platform|personnel|staff|enterprise|firm|compan(?:y|ie)"
    r"|project|lab(?:oratory|oratorie)?|base|incubator|team|talent)s?\b",
    re.I,
)
_QUESTION_WORDS = re.compile(r"多少|几|怎么样|怎样|如何|有多大|多大|多高|什么|哪些|吗|呢")


def said_length(surface: str) -> int:
    """How many characters a (spoken) mention says beyond its question words: of two spoken
    forms in one question, the one saying more is the more specific."""
    return len(_QUESTION_WORDS.sub("", surface))


_EN_STOP = frozenset(
    [
        "of",
        "the",
        "and",
        "in",
        "for",
        "by",
        "a",
        "an",
        "with",
        "from",
        "to",
        "on",
        "or",
        "at",
        "as",
        "its",
        "their",
        "under",
        "above-mentioned",
    ]
)
#: Derived forms that name the same thing in an indicator's English name.
_EN_SAME = {
    "industrial": "industry",
    "industries": "industry",
    "utilized": "use",
    "utilised": "use",
    "utilization": "use",
    "utilisation": "use",
    "used": "use",
    "using": "use",
    "actually": "actual",
    "enterprises": "enterprise",
    "companies": "enterprise",
    "company": "enterprise",
    "firms": "enterprise",
    "firm": "enterprise",
    "businesses": "enterprise",
    "business": "enterprise",
    "investments": "investment",
    "invested": "investment",
    "revenues": "revenue",
    "profits": "profit",
    "exports": "export",
    "imports": "import",
    "signed": "sign",
    "signing": "sign",
    "newly": "new",
    "technological": "technology",
    "technical": "technology",
    "manufacturing": "manufacture",
    "manufactured": "manufacture",
    "patents": "patent",
    "size": "size",
    "fixed-asset": "fixed asset",
    "fixed-assets": "fixed asset",
    "r&d": "r&d",
    "deal": "project",
    "deals": "project",
    "over": "more",
    "exceeding": "more",
    "taxes": "tax",
    "above-scale": "above designated size",
    "above-size": "above designated size",
}


@dataclass(frozen=True)
class Indicator:
    """One concept of park and regional economic reporting."""

    id: str
    name: str
    family: str
    aliases: tuple[str, ...]
    colloquial: tuple[str, ...]
    english: tuple[str, ...]
    unit_kind: str
    units: tuple[str, ...]
    #: The indicator this one is a component, subset or breakdown of (None at the top).
    parent: str | None
    #: Indicators it is computed from (a ratio, a per-capita or per-mu figure).
    derived_from: tuple[str, ...]
    source: str
    #: The stock this indicator is the period's additions to (新认定高新技术企业 → 高新技术
    #: 企业): its level is that stock's increase.
    flow_of: str | None = None
    #: Words of a sentence that choose this indicator when a surface form is shared
    #: (亿元以上项目 after 签约 or after 在建; a project's 总投资 signed or under construction).
    cues: tuple[str, ...] = ()
    #: Wordings no fixed string covers ("化工新材料产业完成产值" for a leading industry's
    #: output), as regular expressions; read only where no surface form is.
    patterns: tuple[str, ...] = ()
    #: A count of things that exist at a time (enterprises, platforms): it has increases.
    #: Other indicators are flows over a period (projects signed, output): "新签约项目" is
    #: their level, not an increase.
    stock: bool = False


@dataclass(frozen=True)
class Mention:
    """Where a text names an indicator: its span, and the ids that surface can mean (two when
    a surface is shared, ``亿元以上项目`` after 签约 or after 在建)."""

    start: int
    end: int
    ids: tuple[str, ...]
    surface: str
    #: ``name``, ``alias``, ``colloquial`` or ``english``.
    form: str


def _spellings(surface: str) -> set[str]:
    out = {surface}
    for long, short in _SPELLINGS:
        out |= {s.replace(long, short) for s in out} | {s.replace(short, long) for s in out}
    return out


def _shortened(surface: str) -> tuple[str, ...]:
    """规上工业总产值 is also written 规上产值 ("industrial" is implied by "above size") and
    规上工业企业总产值 (the enterprises' output)."""
    if "规上工业" in surface and not surface.endswith(("规上工业", "企业", "企业数")):
        rest = (
            surface.replace("规上工业", "规上", 1),
            surface.replace("规上工业", "规上工业企业", 1),
        )
        return tuple(r for r in rest if "企业企业" not in r)
    return ()


def _stem(word: str) -> str:
    word = word.lower().strip("'’.,;:()")
    if word in _EN_SAME:
        return _EN_SAME[word]
    if word.startswith("utili"):  # utilise, utilized, utilisation
        return "use"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("xes", "ches", "shes", "sses")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


#: Words an English name keeps when people drop them ("output of industry above size").
_EN_DROPPABLE = frozenset(
    ["gross", "total", "value", "volume", "number", "amount", "level", "overall", "all"]
)
_NUMBER_BEFORE = re.compile(r"[\d.０-９一二三四五六七八九十百千两]$")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z&\-]*|\d+")


#: Spoken phrases that say an indicator's word ("how much money went into fixed assets":
#: investment in them).
_EN_PHRASES = (
    (
        re.compile(
            r"\b(?:money|funds?|capital|cash)\s+(?:went|goes|go|gone|was put|were put|"
            r"poured|flowed|was pumped|were pumped)\s+into\b",
            re.I,
        ),
        "investment",
    ),
)


def english_stems(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of the content words of English ``text`` (and of the spoken phrases
    that say one: :data:`_EN_PHRASES`)."""
    out = []
    for m in _EN_WORD.finditer(text):
        stem = _stem(m.group(0))
        if stem in _EN_STOP:
            continue
        for part in stem.split():
            out.append((m.start(), m.end(), part))
    for pattern, stem in _EN_PHRASES:
        out += [(m.start(), m.end(), stem) for m in pattern.finditer(text)]
    return sorted(out)


class Ontology:
    """Lookups over the indicators: by id, by Chinese surface form, by English name."""

    def __init__(self, indicators: list[Indicator]) -> None:
        self.indicators = {i.id: i for i in indicators}
        self._names_text: dict[tuple[str, ...], str] = {}
        by_name = {i.name: i.id for i in indicators}
        surfaces: dict[str, dict[str, str]] = {}  # surface → {id: form}
        for ind in indicators:
            for form, words in (("name", (ind.name,)), ("alias", ind.aliases)):
                for word in words:
                    if re.fullmatch(r"[A-Za-z&]+", word) and len(word) < 2:
                        continue
                    for spelled in _spellings(word):
                        surfaces.setdefault(spelled, {}).setdefault(ind.id, form)
        # Shortened forms, where no indicator already uses them.
        for ind in indicators:
            for word in (ind.name, *ind.aliases):
                for spelled in _spellings(word):
                    for short in (v for x in _shortened(spelled) for v in _spellings(x)):
                        if short not in surfaces and len(short) >= 4:
                            surfaces[short] = {ind.id: "alias"}
        # A canonical name is never read as another indicator's alias (营业总收入 stays both
        # only where no row names it canonically).
        for surface, ids in surfaces.items():
            if surface in by_name and len(ids) > 1:
                surfaces[surface] = {by_name[surface]: "name"}
        self._surfaces = surfaces
        ordered = sorted(surfaces, key=lambda s: (-len(s), s))
        self._pattern = re.compile("|".join(_with_de(s) for s in ordered))
        forms = []
        for ind in indicators:
            for phrase in ind.colloquial:
                # ("外商…投了多少": … stands for the words a question puts between, a place or
                # a manner: "外商在蛟湖经开区真金白银投了多少钱")
                spans = [
                    [p for p in _QUESTION_WORDS.split(span) if p] for span in phrase.split("…")
                ]
                parts = [p for span in spans for p in span]
                said = sum(len(p) for p in parts)
                # (an aspect particle may be left out, 到账了多少钱 asked "到账的钱有多少",
                # where the rest says enough: "赚了多少钱" keeps its 了)
                # (a form with words between keeps its 了: "外商…投了多少" is no 外商投资…)
                particle = (
                    "了?"
                    if sum(len(p.replace("了", "")) for p in parts) >= 3 and len(spans) == 1
                    else "了"
                )
                # Two characters ("投资多少" → 投资) say too little to stand for one indicator.
                if said >= 3:
                    # (a question's 的 between two characters is dropped before it is read)
                    pattern = "[^，,。；;？?]{0,16}?".join(
                        ".{0,4}?".join(
                            re.escape(p).replace("的", "的?").replace("了", particle) for p in span
                        )
                        for span in spans
                        if span
                    )
                    forms.append((said, re.compile(pattern), ind.id))
        # the most specific form first ("签了多少钱的项目" before "签了多少项目": both match
        # "签了多少钱的项目", which asks for the money)
        forms.sort(key=lambda form: -form[0])
        self._colloquial = [(pattern, ident) for _, pattern, ident in forms]
        self._patterns = [
            (re.compile(pattern), ind.id) for ind in indicators for pattern in ind.patterns
        ]
        self._english = [
            (ind.id, name, tuple(dict.fromkeys(s for _, _, s in english_stems(name))))
            for ind in indicators
            for name in ind.english
        ]

    def __len__(self) -> int:
        return len(self.indicators)

    def get(self, ident: str) -> Indicator:
        return self.indicators[ident]

    def by_name(self, name: str) -> Indicator | None:
        """The indicator whose canonical name or alias is exactly ``name`` (the first when
        the alias is shared)."""
        ids = self._surfaces.get(name)
        return self.indicators[next(iter(ids))] if ids else None

    def mentions(self, text: str, colloquial: bool = False) -> list[Mention]:
        """Chinese mentions of indicators in ``text``, left to right, longest first, never
        overlapping; with ``colloquial``, also the colloquial forms (for questions)."""
        found = [
            Mention(
                m.start(),
                m.end(),
                tuple(self._surfaces[_without_de(m.group(0))]),
                m.group(0),
                "name" if "name" in self._surfaces[_without_de(m.group(0))].values() else "alias",
            )
            for m in self._pattern.finditer(text)
            # "3亿元以上项目" is not 亿元以上项目: a threshold's number is part of its name
            if not (m.group(0)[:1] in "亿万" and _NUMBER_BEFORE.search(text[: m.start()]))
        ]
        derived: list[Mention] = []
        for x in map(functools.partial(self._derived_over, text), found):
            if not derived or derived[-1].end <= x.start:
                derived.append(x)
        found = derived
        for pattern, ident in self._patterns:
            for m in pattern.finditer(text):
                if not any(x.start < m.end() and m.start() < x.end for x in found):
                    found.append(Mention(m.start(), m.end(), (ident,), m.group(0), "pattern"))
        if colloquial:
            for pattern, ident in self._colloquial:
                for m in pattern.finditer(text):
                    overlapping = [x for x in found if x.start < m.end() and m.start() < x.end]
                    inside = [x for x in overlapping if m.start() <= x.start and x.end <= m.end()]
                    # (a form joining two named indicators, "进口加出口", stands for its own:
                    # it replaces the names it holds)
                    if overlapping and not (len(inside) >= 2 and inside == overlapping):
                        continue
                    found = [x for x in found if x not in inside]
                    found.append(Mention(m.start(), m.end(), (ident,), m.group(0), "colloquial"))
        return sorted(found, key=lambda x: x.start)

    def _derived_over(self, text: str, mention: Mention) -> Mention:
        """The mention, or the name of an indicator derived from it that starts inside it and
        goes on past it ("全社会研发投入强度": R&D intensity, derived from 全社会研发投入): the
        head of a Chinese term comes last."""
        for at in range(mention.start + 1, mention.end):
            m = self._pattern.match(text, at)
            if m is None or m.end() <= mention.end:
                continue
            surfaces = self._surfaces[_without_de(m.group(0))]
            derived = [i for i in surfaces if set(self.get(i).derived_from) & set(mention.ids)]
            if derived:
                kind = "name" if "name" in surfaces.values() else "alias"
                return Mention(m.start(), m.end(), tuple(derived), m.group(0), kind)
        return mention

    def english_mentions(self, text: str) -> list[Mention]:
        """Indicators an English text names: every content word of one of its English names
        occurs in the text (on stems), or all but one of a long name's (five words or more:
        people drop "gross" or "total"; two of seven). The name with most words found wins; a
        name whose words a better one already used is not read again."""
        words = english_stems(text)
        stems = {s for _, _, s in words}
        scored: list[tuple[int, int, str, str, tuple[str, ...]]] = []
        for ident, name, name_stems in self._english:
            hit = sum(s in stems for s in name_stems)
            missing = len(name_stems) - hit
            # Long names lose words in use ("gross", "value"), never the ones that say what
            # is counted: one of five, two of seven, of the droppable words.
            allowed = 2 if len(name_stems) >= 7 else 1 if len(name_stems) >= 5 else 0
            dropped = [s for s in name_stems if s not in stems]
            if name_stems and missing <= allowed and all(s in _EN_DROPPABLE for s in dropped):
                scored.append((hit, -missing, ident, name, name_stems))
        scored.sort(key=lambda b: (-b[0], -b[1], b[2]))
        out: list[Mention] = []
        used: set[str] = set()
        for _, _, ident, name, name_stems in scored:
            found = {s for s in name_stems if s in stems}
            if found <= used:
                continue  # its words were read as a more specific indicator
            # one English name of several indicators ("total investment"): all of them
            ids = tuple(
                dict.fromkeys(
                    [ident] + [i for i, _, ns in self._english if ns == name_stems and i != ident]
                )
            )
            at = [(a, b) for a, b, s in words if s in found]
            start, end = min(a for a, _ in at), max(b for _, b in at)
            if self.indicators[ident].unit_kind != "count" and _COUNTED_AFTER.match(text, end):
                # "R&D institutions", "foreign trade enterprises": a count of those things,
                # the indicator only says what they are about
                continue
            out.append(Mention(start, end, ids, name, "english"))
            used |= found
        return sorted(out, key=lambda m: m.start)

    def canonical(self, ident: str, measure: str, compared: bool = False) -> tuple[str, str]:
        """One name for one observation: the level of a flow indicator is its stock's
        increase (新认定高新技术企业18家 = 高新技术企业, increase 18家). ``compared``: the figure
        (or question) is set against a base period (同比提高2.9万元, 比上年多几个): an
        increase is then a change of the indicator itself, never a flow's level."""
        indicator = self.indicators[ident]
        if measure == "rank" and indicator.unit_kind == "score":
            # (the rank of an assessment's score is its ranking: 综合考评 谁排第一 = 综合排名)
            ranking = self.ranking_of(ident)
            if ranking is not None:
                return ranking, "rank"
        if compared:
            return ident, measure
        if indicator.flow_of and measure == "level":
            return indicator.flow_of, "increase"
        if measure == "increase" and not indicator.stock:
            return ident, "level"  # "how many new projects were signed": a flow's level
        return ident, measure

    def ranking_of(self, ident: str) -> str | None:
        """The ranking derived from a score (综合排名 of 综合考评得分), if the ontology has one."""
        return next(
            (
                i.id
                for i in self.indicators.values()
                if i.unit_kind == "rank" and ident in i.derived_from
            ),
            None,
        )

    def children(self, ident: str) -> list[Indicator]:
        """The indicators whose parent is ``ident``."""
        return [i for i in self.indicators.values() if i.parent == ident]

    def lineage(self, ident: str) -> tuple[str, ...]:
        """``ident`` and its ancestors, nearest first."""
        out = [ident]
        while (parent := self.indicators[out[-1]].parent) and parent not in out:
            out.append(parent)
        return tuple(out)

    def names_text(self, ids: tuple[str, ...]) -> str:
        """The indicators' names and aliases, and their parents', in one string, qualifiers
        spelt one way: a word inside it belongs to the indicator's own name (申报 in 申报专利数
        is no stage asked; nor is 签约 in 新签约10亿元以上项目, a kind of 签约项目)."""
        key = tuple(ids)
        if key not in self._names_text:
            lineage: list[str] = []
            for ident in ids:
                while ident and ident in self.indicators and ident not in lineage:
                    lineage.append(ident)
                    ident = self.indicators[ident].parent or ""
            self._names_text[key] = "".join(
                normalise_qualifier(n)
                for i in lineage
                for n in (self.indicators[i].name, *self.indicators[i].aliases)
            )
        return self._names_text[key]

    def surfaces(self) -> dict[str, tuple[str, ...]]:
        """Every Chinese surface form → the ids it can mean."""
        return {s: tuple(ids) for s, ids in self._surfaces.items()}


def _indicator(row: dict[str, object]) -> Indicator:
    def strings(key: str) -> tuple[str, ...]:
        value = row.get(key) or []
        assert isinstance(value, list)
        return tuple(str(v) for v in value)

    kind = str(row["unit_kind"])
    if kind not in UNIT_KINDS:
        raise ValueError(f"indicator {row['id']}: unknown unit kind {kind!r}")
    parent = row.get("parent")
    flow_of = row.get("flow_of")
    return Indicator(
        id=str(row["id"]),
        name=str(row["name"]),
        family=str(row["family"]),
        aliases=strings("aliases"),
        colloquial=strings("colloquial"),
        english=strings("english"),
        unit_kind=kind,
        units=strings("units"),
        parent=str(parent) if parent else None,
        derived_from=strings("derived_from"),
        source=str(row["source"]),
        flow_of=str(flow_of) if flow_of else None,
        cues=strings("cues"),
        patterns=strings("patterns"),
        stock=bool(row.get("stock")),
    )


@cache
def ontology() -> Ontology:
    """The package's ontology, read once."""
    data = resources.files("parkqa").joinpath("data/indicators.json").read_text(encoding="utf-8")
    rows = json.loads(data)
    indicators = [_indicator(r) for r in rows]
    ids = {i.id for i in indicators}
    for ind in indicators:
        for ref in (ind.parent, ind.flow_of, *ind.derived_from):
            if ref and ref not in ids:
                raise ValueError(f"indicator {ind.id}: unknown indicator {ref}")
    return Ontology(indicators)
