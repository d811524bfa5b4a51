"""Measures: the same words read the same measure in a report and in a question."""

from __future__ import annotations

import pytest

from parkqa.answer.measures import MEASURES, label, measure_in


@pytest.mark.parametrize(
    ("words", "rate", "measure"),
    [
        ("同比增长", True, "growth"),
        ("同比下降", True, "growth"),
        ("比上年增长", False, "increase"),  # 增长3.2亿元: a change in its own unit
        ("较年初增加", False, "increase"),
        ("新增", False, "increase"),
        ("增速较一季度提高", True, "growth"),
        ("占固定资产投资的比重为", True, "share"),
        ("占全区规上工业总产值的", True, "share"),
        ("完成年度目标的", True, "completion"),
        ("占年度计划的", True, "completion"),
        ("对全县规上工业增长的贡献率达到", True, "share"),  # a contribution, no growth
        ("增速居全市第", None, "rank"),
        ("综合得分与第一名相差", False, "gap"),  # a difference from another's, no level
        ("淘汰落后产能企业", False, "level"),
        ("实现", False, "level"),
        ("", True, "level"),
    ],
)
def test_report_words(words: str, rate: bool | None, measure: str) -> None:
    assert measure_in(words, "zh", rate) == measure


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("固投比上年增长多少", "growth"),
        ("比去年同期多了百分之几", "growth"),
        ("比去年那一场多了多少", "increase"),
        ("新增了多少家高新技术企业", "increase"),
        ("工业投资占固投的比重是多少", "share"),
        ("比重是多少", "share"),  # 比重…多少 is no "比…多"
        ("完成了全年任务的百分之多少", "completion"),
        ("排名第几", "rank"),
        ("一共投了多少钱", "level"),
        ("外贸跌了多少", "growth"),
        ("投资是不是掉了？掉了多少", "growth"),
        ("增速比1—10月提高了多少", "pp_change"),  # a rate's change: in points
        ("综合得分与第一名相差多少分", "gap"),
        ("高新技术企业净多出来几家", "increase"),  # spoken: a net increase
        ("固定资产投资低于序时进度多少", "pp_change"),  # behind the time elapsed: in points
        ("完成进度比序时快了多少", "pp_change"),
        ("地区生产总值增速高于全市多少", "pp_change"),  # a rate against another's
        ("增速高于全市的开发区有几个", "growth"),  # (a count of parks, no gap asked)
        ("增速超过10%的园区有几个", "growth"),
    ],
)
def test_question_words(question: str, measure: str) -> None:
    assert measure_in(question, "zh") == measure


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("How fast did fixed-asset investment grow?", "growth"),
        ("By how much did foreign trade shrink?", "growth"),
        ("What share of revenue came from taxes?", "share"),
        ("Where did it rank?", "rank"),
        ("How many new high-tech enterprises were recognised?", "increase"),
        ("What was GDP?", "level"),
        ("How big was the gap to the top park's score?", "gap"),
    ],
)
def test_english_question_words(question: str, measure: str) -> None:
    assert measure_in(question, "en") == measure


def test_every_measure_has_a_label_in_both_languages() -> None:
    for measure in MEASURES:
        assert label("固定资产投资", measure, "zh").startswith("固定资产投资")
        assert label("fixed-asset investment", measure, "en").startswith("fixed-asset")
    assert label("固定资产投资", "growth", "zh") == "固定资产投资增速"


def test_a_shares_change_is_in_points() -> None:
    from parkqa.answer.measures import measure_in

    assert measure_in("占规上工业总产值比重较上年提高了多少") == "pp_change"
    assert measure_in("占规上工业总产值比重是多少") == "share"
    assert measure_in("by how many percentage points did the share rise", "en") == "pp_change"


def test_english_net_additions_are_increases() -> None:
    from parkqa.question import analyse

    assert (
        analyse("How many high-tech firms did the zone add on net in 2025?").measure == "increase"
    )


def test_a_spoken_share_and_a_net_change_are_read() -> None:
    """ "研发的钱占经济总量多少" asks a share (占地多少亩 asks land, no share); "by how many did
    … go up, net" asks an increase."""
    assert measure_in("花在研发上的钱占经济总量多少") == "share"
    assert measure_in("项目占地多少亩") == "level"
    assert measure_in("by how many did high-tech enterprises go up, net, in 2025", "en") == (
        "increase"
    )


def test_a_spoken_share_and_an_english_up_or_down() -> None:
    assert measure_in("财政收上来的钱里头，税收能占多少？") == "share"
    assert measure_in("占地多少亩？") != "share"
    assert measure_in("Was that up or down on a year earlier, and by how much?", "en") == "growth"


def test_an_english_go_up_asks_a_rate_or_a_count() -> None:
    """ "How much did X go up?" asks its rate of growth; "by how many … go up, net" the count
    it gained."""
    assert measure_in("how much did spending on industrial investment go up in 2025?", "en") == (
        "growth"
    )
    assert measure_in("by how many did the enterprises go up, net, in 2025?", "en") == "increase"


def test_go_up_in_money_or_in_a_ranking() -> None:
    assert measure_in("how much did fixed-asset investment go up in billion yuan?", "en") == (
        "increase"
    )
    assert measure_in("how many places did the park go up in the ranking?", "en") == "rank"
