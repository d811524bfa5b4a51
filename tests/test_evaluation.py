"""Scoring rules (CMRC 2018 EM/F1, number-aware EM) and the citation invariant."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parkqa.answer import Answer, Citation
from parkqa.compose import InvariantError, check, compose
from parkqa.evaluation import GoldError, exact, exact_numeric, f1, load_gold
from parkqa.question import analyse
from parkqa.reader import Reading


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
    assert exact("３２５．６亿元", ("325.6亿元",))  # NFKC, as the dev set scores
    assert exact("“强支撑”。", ("强支撑",))


def test_conversations_file_and_slices(tmp_path: Path) -> None:
    conv = tmp_path / "c.json"
    turns = [
        {"question": "一?", "answers": ["1个"], "source": "r"},
        {"question": "二?", "answers": []},
    ]
    conv.write_text(json.dumps([turns]), encoding="utf-8")
    rows = load_gold(conv)
    assert [r.turn for r in rows] == [(1, 1), (1, 2)]
    assert dict(rows[1].tags)["turn"] == "follow-up" and rows[1].must_refuse
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([[{"answers": []}]]), encoding="utf-8")
    with pytest.raises(GoldError, match="conversation 1, turn 1"):
        load_gold(bad)


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


def _reading(text: str, value: str, sentence: str, at: int | None = None) -> Reading:
    s = text.index(sentence)
    v = text.index(value, s) if at is None else at
    return Reading("r.txt", "T", v, v + len(value), s, s + len(sentence), 1.0, "amount")


def test_compose_refuses_a_value_cut_out_of_a_longer_number() -> None:
    text = "进出口总额31.4亿美元，同比增长8%。"
    question = analyse("进出口总额多少？")
    good = compose(question, _reading(text, "31.4亿美元", text), [], {"r.txt": text}.__getitem__)
    assert good.value == "31.4亿美元" and good.citations[0].value_start == 5
    corrupted = _reading(text, "1.4亿美元", text, at=6)
    with pytest.raises(InvariantError, match="longer number"):
        compose(question, corrupted, [], {"r.txt": text}.__getitem__)


def test_compose_refuses_offsets_that_do_not_hold_the_value() -> None:
    text = "全年签约项目9个，总投资33.77亿元。"
    reading = _reading(text, "9个", text)
    shifted = Reading(
        reading.source,
        "T",
        reading.value_start + 1,
        reading.value_end + 1,
        reading.sentence_start,
        reading.sentence_end,
        1.0,
        "count",
    )
    with pytest.raises(InvariantError):
        compose(analyse("签约项目多少个？"), shifted, [], {"r.txt": text}.__getitem__)
