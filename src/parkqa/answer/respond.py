"""From an analysed question and its passages to the :class:`Answer`: the answer path, in one
place.

Why here and not in the API: the API finds a question's reports and passages (routing,
retrieval, conversation); what is *answered* from them is the engine's business. The order:

1. a question for the top or bottom of a set ("哪个园区增长最快") is computed from the set;
2. a figure question is answered by the engine (:meth:`Engine.decide`: a fact matching the
   question's indicator and measure, or the ranker's sure pick when it names no indicator);
3. a name, list or phrase question goes to the span reader, behind the same checks (the name
   is of the kind asked; a phrase is one the report quotes);
4. anything else is a refusal that shows the closest passages and, for a figure question about
   a park and period that have figures, the related figures (never as the answer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from parkqa.answer.engine import FIGURE_KINDS, FINAL_REFUSALS, Decision, Engine
from parkqa.answer.types import Answer, Passage
from parkqa.compose import InvariantError, asked_label, compose, not_found
from parkqa.question import Question
from parkqa.reader import Reader, Reading

#: How many related figures a refusal shows.
RELATED = 5


class Responder:
    """Answers analysed questions over the passages retrieved for them."""

    def __init__(
        self,
        engine: Engine,
        reader: Reader,
        report_text: Callable[[str], str],
        report_years: Callable[[], dict[str, int | None]],
    ) -> None:
        self.engine = engine
        self.reader = reader
        self.report_text = report_text
        self.report_years = report_years

    def respond(
        self,
        question: Question,
        passages: list[Passage],
        sources: set[str],
        titles: dict[str, str],
    ) -> Answer:
        allowed = sources or None
        shown = passages[:5]
        reading = self.engine.read_order(question, passages, allowed, titles)
        method = "order"
        decision: Decision | None = None
        # (the top or bottom of a set is computed or read as stated, never a name the ranker
        # likes: "招商引资方面得分最高的是哪个" is no park said to lead 项目建设)
        ordered = question.order is not None and question.asks_name
        if reading is None and not ordered and self.engine.handles(question):
            decision = self.engine.answer(question, passages, allowed)
            reading = decision.reading(titles)
            method = "fact" if self.engine.asks_indicator(question) else "ranked"
        if (
            reading is None
            and not ordered
            and question.answer_kind in ("name", "list", "phrase")
            # (a place the reports never name: no sentence of theirs is about it)
            and (decision is None or decision.reason not in FINAL_REFUSALS)
        ):
            method = "span"
            reading = self._span(question, passages, allowed)
        if reading is not None and not self.engine.kind_agrees(question, reading):
            reading = None  # "哪家企业" answered with a project's name: no answer
        if reading is not None:
            reading = self._magnitude(question, reading)
        if reading is None:
            return self._refusal(question, passages, allowed, decision, titles)
        try:
            return compose(question, reading, shown, self.report_text, method)
        except InvariantError:
            refused = not_found(question, shown)
            refused.suppressed = True
            return refused

    def _magnitude(self, question: Question, reading: Reading) -> Reading:
        """ "下降多少" asks the size of a fall: "4.2%", not "下降4.2%" (the value keeps its
        direction word only when the question does not say it)."""
        text = self.report_text(reading.source)
        word = text[reading.value_start : reading.value_start + 2]
        if word in question.decrease_words:
            return replace(reading, value_start=reading.value_start + 2)
        return reading

    def _span(
        self, question: Question, passages: list[Passage], allowed: set[str] | None
    ) -> Reading | None:
        reading = self.reader.read(
            question, passages[:8], allowed=allowed, report_years=self.report_years()
        )
        if reading is not None:
            reading = self.engine.narrowed_to_name(question, reading)
        if reading is not None and not self.engine.span_shown(question, reading):
            return None
        return reading

    def _refusal(
        self,
        question: Question,
        passages: list[Passage],
        allowed: set[str] | None,
        decision: Decision | None,
        titles: dict[str, str],
    ) -> Answer:
        """A refusal; for a figure question, with the related figures of what was read."""
        if question.answer_kind not in FIGURE_KINDS:
            return not_found(question, passages[:5])
        related = self.engine.related(question, passages, allowed, titles, RELATED)
        return not_found(question, passages[:5], related=related, asked=asked_label(question))
