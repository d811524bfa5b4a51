"""One fact of a report: a figure, date or name with what it measures, of whom, when, how.

The record only (its fields and its stored form); :mod:`parkqa.answer.facts` reads facts from a
report's text and :mod:`parkqa.answer.linking` links them to the ontology.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from parkqa.answer import vocab


@dataclass(frozen=True)
class Fact:
    """One value of a report with the context that says what it is."""

    source: str
    start: int
    end: int
    value: str
    kind: str
    unit: str
    #: What the value measures: the words of its own clause before it (``实际使用外资``), or the
    #: table's column header.
    indicator: str
    #: Whom it is about: a table row's header, or the park/company named in its sentence.
    subject: str
    period: vocab.Period | None
    period_explicit: bool
    year: int | None
    year_explicit: bool
    #: ``plan`` (力争/目标/预计 …) or ``actual``.
    status: str
    #: ``同比``, ``上年同期`` …, or empty when the value is a level.
    comparison: str
    #: Qualifiers leading the value (``10亿元以上``), normalised.
    qualifier: str
    sentence_start: int
    sentence_end: int
    #: Start of the value's own context (the previous value's end, or its clause's start).
    context_start: int
    #: The section heading the fact is under.
    section: str
    table: bool
    #: A ``其中…`` part of the figure before it.
    part: bool
    #: The ontology indicator it measures (``parkqa.answer.ontology``), "" when unlinked.
    indicator_id: str = ""
    #: How it measures it (``parkqa.answer.measures``: level, growth, share, …).
    measure: str = ""
    #: For a share: the indicator it is a share of.
    base_id: str = ""

    def to_dict(self) -> dict[str, object]:
        row = asdict(self)
        row["period"] = vocab.period_name(self.period)
        return row


_FIELDS = tuple(f.name for f in fields(Fact))
#: Where each field sits in a stored fact's JSON row (what a query over stored facts needs).
FIELD_AT = {name: i for i, name in enumerate(_FIELDS)}


def facts_json(facts: list[Fact]) -> str:
    """Facts as stored in the catalog: a compact JSON list of field lists."""
    return json.dumps([[getattr(f, n) for n in _FIELDS] for f in facts], ensure_ascii=False)


def facts_from_json(data: str) -> list[Fact]:
    facts = []
    for row in json.loads(data):
        values = dict(zip(_FIELDS, row, strict=True))
        if values["period"] is not None:
            values["period"] = tuple(values["period"])
        facts.append(Fact(**values))
    return facts
