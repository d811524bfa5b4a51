"""Turn a reading into the user's :class:`Answer`, and enforce the citation invariant.

Invariant (checked here, for every answer): when ``found``, ``value`` occurs in the first cited
quote, each quote equals ``report_text(source)[start:end]``, and no figure (digit run) appears
in the answer sentence that is not in a cited quote. An answer that fails the check is turned
into a refusal rather than shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from parkqa.answer import Answer, Citation, Passage
from parkqa.answer.facts import cuts_a_token
from parkqa.answer.types import RelatedFigure
from parkqa.question import Question
from parkqa.reader import Reading

_EN_NOUNS = {
    "项目": "projects",
    "企业": "enterprises",
    "专利": "patents",
    "人才": "talents",
    "道路": "roads",
    "平台": "platforms",
    "中心": "centres",
}


class InvariantError(AssertionError):
    """An answer would cite something its quote does not contain."""


def _clause(quote: str, value: str) -> str:
    """The clause of the quote around the value (what the answer sentence restates)."""
    pos = quote.find(value)
    left = max(quote.rfind(ch, 0, pos) for ch in "，,；;：:。") + 1
    ends = [i for i in (quote.find(ch, pos + len(value)) for ch in "，,；;。！？") if i >= 0]
    right = min(ends) if ends else len(quote)
    return quote[left:right].strip()


def answer_sentence(question: Question, value: str, quote: str, kind: str) -> str:
    clause = _clause(quote, value)
    if question.lang == "zh":
        if clause and clause != value:
            return f"{value}（{clause}）[1]"
        return f"{value} [1]"
    number = re.match(r"\d+(?:\.\d+)?", value)
    if kind == "count" and number and question.head in _EN_NOUNS:
        noun = _EN_NOUNS[question.head]
        return f"{number.group(0)} {noun} ({value}) [1], as the report says: “{clause}”."
    if kind == "date":
        return f"On {value} [1]: “{clause}”."
    if kind in ("list", "phrase"):
        return f"{value} [1]."
    return f"{value} [1], as the report says: “{clause}”."


def place(citation: Citation, lang: str) -> str:
    """Where a citation is, in the user's language: ``第3页 · OCR识别`` / ``p. 3 · OCR``
    (empty for a format without pages, not from a scan)."""
    parts = []
    if citation.page is not None:
        parts.append(f"第{citation.page}页" if lang == "zh" else f"p. {citation.page}")
    if citation.ocr:
        parts.append("OCR识别" if lang == "zh" else "OCR")
    return " · ".join(parts)


#: How many indexed parks a refusal names before it says how many more there are.
SHOWN_PARKS = 20


def not_found(
    question: Question,
    passages: list[Passage],
    parks: list[str] | None = None,
    related: list[RelatedFigure] | None = None,
    asked: str = "",
) -> Answer:
    """A refusal, with the closest passages; ``parks``: the question names a park no report
    is about, and these are the parks that are indexed (so a misspelt or unindexed park is seen
    as such, never met with an empty refusal); ``related``: the figures the reports do state
    near the question (each shown with its sentence, never as the answer); ``asked``: the
    figure a figure question asked for, in words (see :func:`asked_label`)."""
    shown = (parks or [])[:SHOWN_PARKS]
    more = len(parks or []) - len(shown)
    if question.lang == "zh":
        text = "报告中没有找到这个问题的答案。"
        if asked:
            text = f"报告中没有找到“{asked}”的确切数字。"
        if parks is not None:
            text = "报告中没有找到这个问题的答案：已索引的报告都不是关于问题里的园区的。"
            if shown:
                text += (
                    "已索引的园区："
                    + "、".join(shown)
                    + (f"等{len(parks)}个" if more else "")
                    + "。"
                )
        if related:
            text += "相关数字列在下面，请核对原文。"
        elif passages:
            text += "最接近的段落列在下面。"
    else:
        text = "The reports do not contain the answer to this question."
        if asked:
            text = f"The reports do not state an exact figure for “{asked}”."
        if parks is not None:
            text = (
                "The reports do not contain the answer to this question: no indexed report is "
                "about the park it names."
            )
            if shown:
                text += (
                    " Indexed parks: "
                    + ", ".join(shown)
                    + (f" and {more} more" if more else "")
                    + "."
                )
        if related:
            text += " Related figures are listed below: check them in their sentences."
        elif passages:
            text += " The closest passages are listed below."
    return Answer(
        question=question.text,
        answer=text,
        value=None,
        found=False,
        citations=[],
        passages=passages,
        indexed_parks=list(parks) if parks else [],
        related=list(related or []),
    )


def asked_label(question: Question) -> str:
    """What a figure question asks, in words of the ontology ("规上工业总产值增速"), or ""."""
    from parkqa.answer.measures import label
    from parkqa.answer.ontology import ontology

    if not question.asked:
        return ""
    onto = ontology()
    ident, measure = question.asked[0]
    indicator = onto.get(ident)
    name = indicator.name if question.lang == "zh" else (indicator.english or (indicator.name,))[0]
    return label(name, measure, question.lang)


def no_reports(question: Question) -> Answer:
    text = "还没有索引任何报告。" if question.lang == "zh" else "No reports are indexed yet."
    return Answer(question=question.text, answer=text)


def compose(
    question: Question,
    reading: Reading,
    passages: list[Passage],
    report_text: Callable[[str], str],
    method: str = "",
) -> Answer:
    text = report_text(reading.source)
    quote = text[reading.sentence_start : reading.sentence_end]
    value = text[reading.value_start : reading.value_end]
    citation = Citation(
        reading.source,
        reading.title,
        quote,
        reading.sentence_start,
        reading.sentence_end,
        reading.value_start,
        reading.value_end,
    )
    answer = Answer(
        question=question.text,
        answer=answer_sentence(question, value, quote, reading.kind),
        value=value,
        found=True,
        citations=[citation],
        passages=passages,
        method=method,
        confidence=reading.score,
    )
    check(answer, report_text)
    return answer


def check(answer: Answer, report_text: Callable[[str], str]) -> None:
    """Raise :class:`InvariantError` unless the answer is fully backed by its citations."""
    if not answer.found:
        return
    if not answer.citations or not answer.value:
        raise InvariantError("a found answer needs a value and a citation")
    if answer.value not in answer.citations[0].quote:
        raise InvariantError(f"value {answer.value!r} is not in the cited quote")
    for c in answer.citations:
        text = report_text(c.source)
        if text[c.start : c.end] != c.quote:
            raise InvariantError(f"quote of {c.source} does not match [{c.start}:{c.end}]")
    first = answer.citations[0]
    if first.value_start is not None and first.value_end is not None:
        text = report_text(first.source)
        if not first.start <= first.value_start < first.value_end <= first.end:
            raise InvariantError("the value's offsets are outside its cited sentence")
        if text[first.value_start : first.value_end] != answer.value:
            raise InvariantError("the value's offsets do not hold the value")
        if cuts_a_token(text, first.value_start, first.value_end):
            raise InvariantError(f"value {answer.value!r} is cut out of a longer number or word")
    quotes = "".join(c.quote for c in answer.citations)
    sentence = re.sub(r"\[\d+\]", "", answer.answer)
    for digits in re.findall(r"\d+(?:\.\d+)?", sentence):
        if digits not in quotes:
            raise InvariantError(f"figure {digits} in the answer is not in any cited quote")
