"""Evaluate ``ask`` against a gold file: exact match, character F1, citations, refusals.

Gold rows (JSON lines): ``{"question", "answers": [acceptable values], "source", "history"?}``;
empty ``answers`` means the question must be refused. Scoring follows CMRC 2018's rules for EM
and F1 (punctuation and spaces removed; F1 from the longest common substring over characters,
English words kept whole), plus a number-aware EM that accepts ``九个`` for ``9个`` and
``3377000000元`` for ``33.77亿元`` but never ``3.377亿元``.
"""

from __future__ import annotations

import json
import re
import string
import time
from dataclasses import dataclass, field
from pathlib import Path

from parkqa.answer import Answer
from parkqa.compose import InvariantError, check
from parkqa.figures import find_figures

_PUNCT = set(string.punctuation) | set(
    "，。：？！“”；’‘《》——…、『』「」（）·～【】〔〕〈〉﹏﹐﹑﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～"
)


class GoldError(ValueError):
    """The gold file is malformed; the message names the line."""


@dataclass(frozen=True)
class GoldRow:
    question: str
    answers: tuple[str, ...]
    source: str | None
    history: tuple[dict[str, str], ...] = ()

    @property
    def must_refuse(self) -> bool:
        return not self.answers


def load_gold(path: str | Path) -> list[GoldRow]:
    rows: list[GoldRow] = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("question"), str):
            raise GoldError(f"{path}:{number}: needs a string 'question'")
        answers = raw.get("answers", [])
        if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
            raise GoldError(f"{path}:{number}: 'answers' must be a list of strings")
        history = raw.get("history") or []
        rows.append(GoldRow(raw["question"], tuple(answers), raw.get("source"), tuple(history)))
    if not rows:
        raise GoldError(f"{path}: no questions")
    return rows


# ------------------------------------------------------------------ CMRC 2018 scoring


def mixed_segmentation(text: str) -> list[str]:
    """CJK characters and punctuation one by one; runs of other characters as words."""
    segs: list[str] = []
    word = ""
    for ch in text.lower().strip():
        if re.match(r"[\u4e00-\u9fa5]", ch) or ch in _PUNCT:
            if word:
                segs.append(word)
                word = ""
            segs.append(ch)
        elif ch.isspace():
            if word:
                segs.append(word)
                word = ""
        else:
            word += ch
    if word:
        segs.append(word)
    return segs


def remove_punctuation(text: str) -> str:
    """CMRC's normalisation, except that a decimal point stays: 3.377亿元 is not 33.77亿元."""
    text = re.sub(r"(?<=\d)\.(?=\d)", "\x00", text.lower().strip())
    kept = "".join(ch for ch in text if ch not in _PUNCT and not ch.isspace())
    return kept.replace("\x00", ".")


def _lcs(a: list[str], b: list[str]) -> int:
    best = 0
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                table[i + 1][j + 1] = table[i][j] + 1
                best = max(best, table[i + 1][j + 1])
    return best


def f1(prediction: str, answers: tuple[str, ...]) -> float:
    pred = [s for s in mixed_segmentation(prediction) if s not in _PUNCT]
    scores = []
    for answer in answers:
        gold = [s for s in mixed_segmentation(answer) if s not in _PUNCT]
        common = _lcs(pred, gold)
        if common == 0:
            scores.append(0.0)
            continue
        precision, recall = common / len(pred), common / len(gold)
        scores.append(2 * precision * recall / (precision + recall))
    return max(scores, default=0.0)


def exact(prediction: str, answers: tuple[str, ...]) -> bool:
    return any(remove_punctuation(prediction) == remove_punctuation(a) for a in answers)


def _quantity(text: str) -> tuple[str, float | None, str] | None:
    figures = find_figures(text, 0, len(text), (0, len(text)))
    if len(figures) != 1 or (figures[0].start, figures[0].end) != (0, len(text)):
        return None
    fig = figures[0]
    bound = "以上" if text.endswith("以上") else "以下" if text.endswith("以下") else ""
    return fig.kind, None if fig.value is None else round(fig.value, 6), fig.unit + bound


def exact_numeric(prediction: str, answers: tuple[str, ...]) -> bool:
    """Exact match that also accepts the same figure written differently (九个 = 9个)."""
    if exact(prediction, answers):
        return True
    mine = _quantity(prediction)
    return mine is not None and any(mine == _quantity(a) for a in answers)


# ------------------------------------------------------------------ running


@dataclass
class RowResult:
    row: GoldRow
    answer: Answer
    em: bool
    em_numeric: bool
    f1: float
    source_ok: bool | None
    invariant_ok: bool
    seconds: float

    def miss(self) -> str:
        got = self.answer.value if self.answer.found else "(refused)"
        want = " | ".join(self.row.answers) or "(refuse)"
        where = self.answer.citations[0].source if self.answer.citations else "-"
        return f"{self.row.question}\n    want {want}\n    got  {got}  [{where}]"


@dataclass
class Report:
    results: list[RowResult] = field(default_factory=list)

    def metrics(self) -> dict[str, object]:
        answerable = [r for r in self.results if not r.row.must_refuse]
        refusals = [r for r in self.results if r.row.must_refuse]
        correct = [r for r in answerable if r.em_numeric]
        total = len(self.results)

        def share(part: int, whole: int) -> float:
            return round(part / whole, 4) if whole else 0.0

        times = sorted(r.seconds for r in self.results)
        return {
            "questions": total,
            "answerable": len(answerable),
            "must_refuse": len(refusals),
            "em": share(sum(r.em for r in self.results), total),
            "em_numeric": share(sum(r.em_numeric for r in self.results), total),
            "f1": round(sum(r.f1 for r in self.results) / total, 4) if total else 0.0,
            "citation_source_accuracy": share(
                sum(bool(r.source_ok) for r in correct), len(correct)
            ),
            "refusal_accuracy": share(sum(not r.answer.found for r in refusals), len(refusals)),
            "false_refusals": sum(not r.answer.found for r in answerable),
            "invariant_violations": sum(not r.invariant_ok for r in self.results),
            "p50_seconds": round(times[len(times) // 2], 4) if times else 0.0,
            "p95_seconds": round(times[min(len(times) - 1, int(0.95 * len(times)))], 4)
            if times
            else 0.0,
        }

    def misses(self) -> list[RowResult]:
        return [r for r in self.results if not (r.em_numeric and r.source_ok is not False)]


def score(row: GoldRow, answer: Answer, seconds: float, report_text) -> RowResult:
    try:
        check(answer, report_text)
        invariant_ok = True
    except InvariantError:
        invariant_ok = False
    if row.must_refuse:
        ok = not answer.found
        return RowResult(row, answer, ok, ok, float(ok), None, invariant_ok, seconds)
    value = answer.value if answer.found and answer.value else ""
    source_ok = None
    if answer.found and row.source:
        source_ok = bool(answer.citations) and answer.citations[0].source == row.source
    return RowResult(
        row,
        answer,
        exact(value, row.answers) if value else False,
        exact_numeric(value, row.answers) if value else False,
        f1(value, row.answers) if value else 0.0,
        source_ok,
        invariant_ok,
        seconds,
    )


def evaluate(qa, rows: list[GoldRow]) -> Report:
    """Ask every gold question through the real pipeline and score the answers."""
    report = Report()
    for row in rows:
        started = time.perf_counter()
        answer = qa.ask(row.question, history=list(row.history) or None)
        report.results.append(score(row, answer, time.perf_counter() - started, qa.report_text))
    return report
