"""The answer engine: facts read at index time, matched to a question, ranked, composed.

``parkqa.answer.types`` holds what ``ask`` returns (:class:`Answer`, :class:`Citation`,
:class:`Passage`); ``vocab`` every vocabulary the engine uses (periods, plan markers, units);
``facts`` turns a report into typed facts with spans; ``features`` and ``ranker`` score a fact
against an analysed question with learned weights; ``engine`` puts them together.
"""

from parkqa.answer.types import Answer, Citation, Passage

__all__ = ["Answer", "Citation", "Passage"]
