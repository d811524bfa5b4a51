"""Evaluate ``ask`` against gold files: exact match, character F1, citations, refusals, slices.

Gold files:

- JSON lines, one question per row: ``{"question", "answers": [acceptable values], "source",
  "history"?, "id"?, "type"?, "lang"?, "paraphrase"?}``; empty ``answers`` = must be refused.
- A ``.json`` conversations file: a list of conversations, each a list of turns
  ``{"question", "answers", "source"}``. Turns are asked in order, each with the conversation so
  far (the earlier questions and the system's own answers) as history.

Scoring follows the dev set's rules (``../shared/eval/dev/README.md``): NFKC, whitespace removed,
surrounding quotes and final punctuation stripped, then exact match against any gold span. A
number-aware variant also accepts the same figure written differently (``九个`` = ``9个``,
``3377000000元`` = ``33.77亿元``, never ``3.377亿元``). The grader deliberately shares no code with
what it grades: numbers are read with ``cn2an`` here, not with the reader's ``figures`` module.
"""

from __future__ import annotations

import json
import re
import string
import time
import unicodedata
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from parkqa.answer import Answer
from parkqa.compose import InvariantError, check
from parkqa.figures import MAGNITUDES

_PUNCT = set(string.punctuation) | set(
    "，。：？！“”；’‘《》——…、『』「」（）·～【】〔〕〈〉﹏﹐﹑﹔﹕﹖﹗﹙﹚﹛﹜﹝﹞！＂＃＄％＆＇（）＊＋，－．／：；＜＝＞？＠［＼］＾＿｀｛｜｝～"
)
_EDGE = "\"'“”‘’「」『』《》。，,.;；:：!！?？"


class GoldError(ValueError):
    """The gold file is malformed; the message names the line."""


@dataclass(frozen=True)
class GoldRow:
    question: str
    answers: tuple[str, ...]
    source: str | None
    history: tuple[dict[str, str], ...] = ()
    id: str = ""
    #: Slices the row belongs to (``lang``, ``type``, ``paraphrase``, ``turn`` …), for reporting.
    tags: tuple[tuple[str, str], ...] = ()
    #: For conversation turns: (conversation number, turn number); history comes from the run.
    turn: tuple[int, int] | None = None

    @property
    def must_refuse(self) -> bool:
        return not self.answers


def _answers(raw: dict, where: str) -> tuple[str, ...]:
    answers = raw.get("answers", [])
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        raise GoldError(f"{where}: 'answers' must be a list of strings")
    return tuple(answers)


def _tags(raw: dict) -> tuple[tuple[str, str], ...]:
    tags = []
    for key in ("lang", "type", "paraphrase"):
        if key in raw and raw[key] is not None:
            value = raw[key]
            tags.append((key, str(value).lower() if isinstance(value, bool) else str(value)))
    if "lang" not in raw:
        tags.append(("lang", "zh" if re.search(r"[\u4e00-\u9fff]", raw["question"]) else "en"))
    if isinstance(raw.get("source"), str) and raw["source"]:
        tags.append(("report", raw["source"]))
    return tuple(tags)


def load_gold(path: str | Path) -> list[GoldRow]:
    """Rows of a JSON-lines gold file, or the turns of a ``.json`` conversations file."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return _load_conversations(path, text)
    rows: list[GoldRow] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(raw, dict) or not isinstance(raw.get("question"), str):
            raise GoldError(f"{where}: needs a string 'question'")
        history = raw.get("history") or []
        if not isinstance(history, list) or not all(isinstance(h, dict) for h in history):
            raise GoldError(f"{where}: 'history' must be a list of {{role, content}} objects")
        tags = (*_tags(raw), ("turn", "follow-up" if history else "first"))
        rows.append(
            GoldRow(
                raw["question"],
                _answers(raw, where),
                raw.get("source"),
                tuple(history),
                str(raw.get("id", number)),
                tags,
            )
        )
    if not rows:
        raise GoldError(f"{path}: no questions")
    return rows


def _load_conversations(path: Path, text: str) -> list[GoldRow]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON ({exc.msg})") from exc
    if not isinstance(data, list):
        raise GoldError(f"{path}: a conversations file is a list of conversations")
    rows: list[GoldRow] = []
    for c, conversation in enumerate(data, 1):
        if not isinstance(conversation, list) or not conversation:
            raise GoldError(f"{path}: conversation {c} must be a non-empty list of turns")
        for t, turn in enumerate(conversation, 1):
            where = f"{path}: conversation {c}, turn {t}"
            if not isinstance(turn, dict) or not isinstance(turn.get("question"), str):
                raise GoldError(f"{where}: needs a string 'question'")
            tags = (*_tags(turn), ("turn", "follow-up" if t > 1 else "first"))
            rows.append(
                GoldRow(
                    turn["question"],
                    _answers(turn, where),
                    turn.get("source"),
                    id=f"c{c}.{t}",
                    tags=tags,
                    turn=(c, t),
                )
            )
    return rows


# ------------------------------------------------------------------ normalisation and matching


def normalize(text: str) -> str:
    """The dev set's normalisation: NFKC, no whitespace, no surrounding quotes or final marks."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    return text.strip(_EDGE)


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
    text = re.sub(r"(?<=\d)\.(?=\d)", "\x00", unicodedata.normalize("NFKC", text).lower().strip())
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


def cmrc_exact(prediction: str, answers: tuple[str, ...]) -> bool:
    """CMRC 2018's EM: equal after removing all punctuation and spaces (decimal points kept)."""
    return any(remove_punctuation(prediction) == remove_punctuation(a) for a in answers)


def exact(prediction: str, answers: tuple[str, ...]) -> bool:
    """Exact span match after the dev set's normalisation."""
    mine = normalize(prediction)
    return bool(mine) and any(mine == normalize(a) for a in answers)


_LEADING_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)(万亿|亿|万)?(.*)$")


def _quantity(text: str) -> tuple[Decimal, str] | None:
    """``"33.77亿元"`` → (3377000000, "元"); Chinese numerals via cn2an (``九个`` → 9, "个")."""
    import cn2an

    text = normalize(text).replace(",", "")
    if not re.match(r"^[\d零〇一二两三四五六七八九十百千万亿]", text):
        return None
    try:
        with warnings.catch_warnings():  # cn2an warns about every string it cannot convert
            warnings.simplefilter("ignore")
            text = cn2an.transform(text, "cn2an")
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    m = _LEADING_NUMBER.match(text)
    if not m:
        return None
    try:
        value = Decimal(m.group(1)) * MAGNITUDES.get(m.group(2) or "", 1)
    except InvalidOperation:
        return None
    return value.normalize(), m.group(3)


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

    @property
    def right(self) -> bool:
        """Exact (number-aware) and citing the right report; a right refusal for must-refuse."""
        if self.row.must_refuse:
            return self.em
        return self.em_numeric and self.source_ok is not False

    def miss(self) -> str:
        got = (self.answer.value or "") if self.answer.found else "(refused)"
        if self.answer.suppressed:
            got += " (suppressed by the invariant)"
        want = " | ".join(self.row.answers) or "(refuse)"
        where = self.answer.citations[0].source if self.answer.citations else "-"
        tag = f"[{self.row.id}] " if self.row.id else ""
        return f"{tag}{self.row.question}\n    want {want}\n    got  {got}  [{where}]"


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


@dataclass
class Report:
    results: list[RowResult] = field(default_factory=list)

    def metrics(self) -> dict[str, object]:
        answerable = [r for r in self.results if not r.row.must_refuse]
        refusals = [r for r in self.results if r.row.must_refuse]
        correct = [r for r in answerable if r.em_numeric]
        total = len(self.results)
        times = sorted(r.seconds for r in self.results)
        conversations: dict[int, list[RowResult]] = defaultdict(list)
        for r in self.results:
            if r.row.turn:
                conversations[r.row.turn[0]].append(r)
        return {
            "questions": total,
            "answerable": len(answerable),
            "must_refuse": len(refusals),
            "em": _share(sum(r.em for r in self.results), total),
            "em_numeric": _share(sum(r.em_numeric for r in self.results), total),
            "answerable_em": _share(len(correct), len(answerable)),
            "answerable_em_cite": _share(sum(r.right for r in answerable), len(answerable)),
            "f1": round(sum(r.f1 for r in self.results) / total, 4) if total else 0.0,
            "citation_source_accuracy": _share(
                sum(bool(r.source_ok) for r in correct), len(correct)
            ),
            # right ÷ shown as found: how far a shown answer can be trusted
            "found": sum(r.answer.found for r in self.results),
            "precision": _share(
                sum(r.right for r in self.results if r.answer.found),
                sum(r.answer.found for r in self.results),
            ),
            "refusals_right": sum(not r.answer.found for r in refusals),
            "refusal_accuracy": _share(sum(not r.answer.found for r in refusals), len(refusals)),
            "false_refusals": sum(not r.answer.found for r in answerable),
            "invariant_violations": sum(not r.invariant_ok for r in self.results),
            "suppressed": sum(r.answer.suppressed for r in self.results),
            "conversations": len(conversations),
            "conversations_whole": sum(all(r.right for r in c) for c in conversations.values()),
            "slices": self.slices(),
            "p50_seconds": round(times[len(times) // 2], 4) if times else 0.0,
            "p95_seconds": round(times[min(len(times) - 1, int(0.95 * len(times)))], 4)
            if times
            else 0.0,
        }

    def slices(self) -> dict[str, dict[str, list[int]]]:
        """``{"lang": {"zh": [right, total]}, "type": {...}, ...}`` over every row."""
        out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for r in self.results:
            for key, value in r.row.tags:
                cell = out[key][value]
                cell[0] += r.right
                cell[1] += 1
        return {k: {v: list(c) for v, c in sorted(d.items())} for k, d in sorted(out.items())}

    def misses(self) -> list[RowResult]:
        return [r for r in self.results if not r.right]


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
    """Ask every gold question through the real pipeline and score the answers.

    Conversation turns get the conversation so far as history: the earlier questions and the
    answers the system itself gave (not the gold ones), as a user's chat would.
    """
    report = Report()
    history: list[dict[str, str]] = []
    current = None
    for row in rows:
        if row.turn is not None:
            if row.turn[0] != current:
                current, history = row.turn[0], []
            asked_with = list(history)
        else:
            asked_with = list(row.history)
        started = time.perf_counter()
        answer = qa.ask(row.question, history=asked_with or None)
        report.results.append(score(row, answer, time.perf_counter() - started, qa.report_text))
        if row.turn is not None:
            history += [
                {"role": "user", "content": row.question},
                {"role": "assistant", "content": answer.answer},
            ]
    return report


def summary_line(metrics: dict[str, object]) -> str:
    """The dev set's suggested summary, then the slices."""
    m = metrics
    lines = [
        f"{m['questions']} questions: EM+cite {m['answerable_em_cite']:.1%} of {m['answerable']} "
        f"answerable, EM {m['answerable_em']:.1%}, precision {m['precision']:.1%} of "
        f"{m['found']} shown as found, refusals {m['refusals_right']}/"
        f"{m['must_refuse']}, false refusals {m['false_refusals']}, suppressed by the "
        f"invariant {m['suppressed']}, invariant violations {m['invariant_violations']}, "
        f"F1 {m['f1']:.1%}, citation source {m['citation_source_accuracy']:.1%}, "
        f"p50 {float(str(m['p50_seconds'])) * 1000:.0f} ms, "
        f"p95 {float(str(m['p95_seconds'])) * 1000:.0f} ms"
    ]
    if m["conversations"]:
        lines.append(f"conversations whole: {m['conversations_whole']}/{m['conversations']}")
    slices = m["slices"]
    assert isinstance(slices, dict)
    for key, values in slices.items():
        cells = ", ".join(f"{v} {right}/{total}" for v, (right, total) in values.items())
        lines.append(f"  {key}: {cells}")
    return "\n".join(lines)
