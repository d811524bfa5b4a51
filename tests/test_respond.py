"""The answer path: a figure only when its indicator and measure match the question's; a refusal
of a figure question shows the related figures of the park and period read."""

from __future__ import annotations

from pathlib import Path

import pytest

from parkqa import ParkQA, Settings

REPORT = """枫桥湾高新区2024年经济运行情况

2024年，全区完成规上工业总产值726.4亿元，同比增长8.3%；完成固定资产投资152.8亿元，同比增长5.6%，其中工业投资88.1亿元，同比增长11.2%。
实现一般公共预算收入21.7亿元，同比增长4.1%，其中税收收入17.9亿元，占一般公共预算收入的比重为82.5%。
全年新签约项目64个，协议总投资412.5亿元，其中亿元以上项目39个。
新认定国家高新技术企业57家，高新技术企业总数达到318家。

2025年，全区力争规上工业总产值突破800亿元，固定资产投资增长6%以上。
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory, model_cache: Path):
    folder = tmp_path_factory.mktemp("respond-reports")
    (folder / "枫桥湾高新区2024年经济运行情况.txt").write_text(REPORT, encoding="utf-8")
    instance = ParkQA(
        settings=Settings(store=tmp_path_factory.mktemp("respond"), cache_dir=model_cache)
    )
    assert instance.index([folder]).added == 1
    yield instance
    instance.close()


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("枫桥湾高新区2024年规上工业总产值是多少？", "726.4亿元"),
        ("枫桥湾高新区2024年固投比上年增长多少？", "5.6%"),
        ("枫桥湾高新区2024年工业投资同比增长多少？", "11.2%"),
        ("枫桥湾高新区税收占一般公共预算收入的比重是多少？", "82.5%"),
        ("枫桥湾高新区2024年新认定了多少家高新技术企业？", "57家"),
        (
            "How much fixed-asset investment did Fengqiaowan High-tech Zone complete in 2024?",
            "152.8亿元",
        ),
        (
            "By how much did Fengqiaowan High-tech Zone's above-scale industrial output grow"
            " in 2024?",
            "8.3%",
        ),
    ],
)
def test_a_figure_is_the_one_whose_indicator_and_measure_match(
    qa: ParkQA, question: str, value: str
) -> None:
    answer = qa.ask(question)
    assert answer.found and answer.value == value, answer.answer
    assert answer.method == "fact" and answer.confidence is not None
    assert value in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "枫桥湾高新区2024年进出口总额是多少？",  # no trade figure at all
        "枫桥湾高新区2024年利润总额增长多少？",  # colloquial indicators the report lacks
        "What was Fengqiaowan High-tech Zone's retail sales of consumer goods in 2024?",
        "枫桥湾高新区2024年一般公共预算收入排名第几？",  # the indicator, but no rank of it
    ],
)
def test_no_matching_figure_is_a_refusal_with_the_related_figures(
    qa: ParkQA, question: str
) -> None:
    answer = qa.ask(question)
    assert not answer.found and answer.value is None
    assert answer.related, "a refusal for a park and period that have figures shows some"
    for figure in answer.related:
        # each related figure stands in its own sentence of the report, at its place
        text = qa.report_text(figure.source)
        assert text[figure.start : figure.end] == figure.quote
        assert text[figure.value_start : figure.value_end] == figure.value
    assert "related" in answer.to_dict()


def test_the_refusal_names_what_was_asked(qa: ParkQA) -> None:
    answer = qa.ask("枫桥湾高新区2024年进出口总额是多少？")
    assert "进出口总额" in answer.answer and "确切数字" in answer.answer
    english = qa.ask("What was Fengqiaowan High-tech Zone's total profit in 2024?")
    assert "total profits" in english.answer


def test_a_target_is_not_an_achievement(qa: ParkQA) -> None:
    assert qa.ask("枫桥湾高新区2025年规上工业总产值的目标是多少？").value == "800亿元"
    assert not qa.ask("枫桥湾高新区2025年规上工业总产值实际完成了多少？").found


def test_cli_shows_the_related_figures(qa: ParkQA, capsys: pytest.CaptureFixture[str]) -> None:
    from parkqa.cli import main

    main(["ask", "--store", str(qa.settings.store), "枫桥湾高新区2024年进出口总额是多少？"])
    out = capsys.readouterr().out
    assert "相关数字" in out and "[" in out
