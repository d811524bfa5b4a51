"""Scoring rules (CMRC 2018 EM/F1, number-aware EM) and the citation invariant."""

from __future__ import annotations

from pathlib import Path

import pytest

from parkqa.answer import Answer, Citation
from parkqa.compose import InvariantError, check
from parkqa.evaluation import GoldError, exact, exact_numeric, f1, load_gold


def test_exact_and_f1() -> None:
    assert exact("33.77亿元", ("33.77亿元",))
    assert exact("“强支撑”", ("强支撑",))  # punctuation is ignored
    assert not exact("3.377亿元", ("33.77亿元",))
    assert f1("丹泉路、龙山路东延", ("丹泉路、龙山路东延",)) == 1.0
    assert 0 < f1("丹泉路", ("丹泉路、龙山路东延",)) < 1


def test_number_aware_exact_match() -> None:
    assert exact_numeric("九个", ("9个",))
    assert exact_numeric("3377000000元", ("33.77亿元",))
    assert not exact_numeric("3.377亿元", ("33.77亿元",))
    assert not exact_numeric("75家", ("75家以上",))


def test_gold_file_errors_name_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"question": "a", "answers": []}\nnot json\n', encoding="utf-8")
    with pytest.raises(GoldError, match=":2:"):
        load_gold(bad)


def _answer(value: str, quote: str, text: str, answer: str) -> tuple[Answer, dict[str, str]]:
    start = text.index(quote)
    citation = Citation("r.txt", "T", quote, start, start + len(quote))
    return Answer("q", answer, value, True, [citation]), {"r.txt": text}


def test_invariant_accepts_a_backed_answer() -> None:
    text = "前言。全年签约项目9个，总投资33.77亿元。"
    answer, texts = _answer(
        "9个", "全年签约项目9个，总投资33.77亿元。", text, "9个（全年签约项目9个）[1]"
    )
    check(answer, texts.__getitem__)


@pytest.mark.parametrize(
    ("value", "answer_text"),
    [("8个", "8个 [1]"), ("9个", "9个, up 12% [1]")],
)
def test_invariant_rejects_figures_not_in_the_quote(value: str, answer_text: str) -> None:
    text = "全年签约项目9个，总投资33.77亿元。"
    answer, texts = _answer(value, text, text, answer_text)
    with pytest.raises(InvariantError):
        check(answer, texts.__getitem__)


def test_invariant_rejects_wrong_offsets() -> None:
    text = "全年签约项目9个。"
    answer, _ = _answer("9个", text, text, "9个 [1]")
    with pytest.raises(InvariantError):
        check(answer, {"r.txt": "x" + text}.__getitem__)
