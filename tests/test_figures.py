"""Figures: kinds, values, units, qualifiers and clauses."""

from __future__ import annotations

from parkqa.figures import find_figures, number_value


def _figs(text: str):
    return [
        (f.kind, f.text, f.value, f.unit) for f in find_figures(text, 0, len(text), (0, len(text)))
    ]


def test_a_sentence_with_many_figures() -> None:
    text = "2023年10月31日,丹徒高新园9个项目集中签约,投资总额33.77亿元。"
    assert _figs(text) == [
        ("date", "2023年10月31日", None, "date"),
        ("count", "9个", 9.0, "个"),
        ("amount", "33.77亿元", 3377000000.0, "元"),
    ]


def test_qualifier_is_not_an_amount() -> None:
    kinds = {t: k for k, t, _, _ in _figs("其中10亿元以上项目1个,3亿元以上项目2个。")}
    assert kinds == {
        "10亿元以上": "qualifier",
        "1个": "count",
        "3亿元以上": "qualifier",
        "2个": "count",
    }


def test_bounds_approximations_and_chinese_numerals() -> None:
    found = {
        t: (k, v)
        for k, t, v, _ in _figs("力争完成75家以上认定，对200余家企业监管，两家企业，九个项目。")
    }
    assert found["75家以上"] == ("count", 75.0)
    assert found["200余家"] == ("count", 200.0)
    assert found["两家"] == ("count", 2.0)
    assert found["九个"] == ("count", 9.0)


def test_percent_rank_period_and_measures() -> None:
    found = {
        t: k
        for k, t, _, _ in _figs("1—9月增长8.4%，排名第九位，产量1.26万台，装机36兆瓦，占地326亩。")
    }
    assert found == {
        "1—9月": "period",
        "8.4%": "percent",
        "第九位": "rank",
        "1.26万台": "count",
        "36兆瓦": "amount",
        "326亩": "amount",
    }


def test_clause_of_a_figure() -> None:
    text = "申报高新技术企业40家，通过27家。"
    figures = find_figures(text, 0, len(text), (0, len(text)))
    assert [text[f.clause[0] : f.clause[1]] for f in figures] == [
        "申报高新技术企业40家",
        "通过27家。",
    ]


def test_number_value() -> None:
    assert number_value("1,200") == 1200.0
    assert number_value("十二") == 12.0
    assert number_value("abc") is None


def test_a_rank_without_its_unit_after_a_ranking_verb() -> None:
    def ranks(text: str) -> list[str]:
        found = find_figures(text, 0, len(text), (0, len(text)))
        return [f.text for f in found if f.kind == "rank"]

    assert ranks("沄泷经开区位列第四，较上年前移三个位次") == ["第四"]
    assert ranks("增速居第一。") == ["第一"]
    assert ranks("排名第一季度增速最快") == []  # a period, not a rank
    assert ranks("排名第三产业") == []


def test_a_rate_per_day_or_per_mu_keeps_its_per() -> None:
    texts = {t for _, t, _, _ in _figs("污水处理能力4.5万吨/日，亩均税收133.9万元/亩，签约12个。")}
    assert {"4.5万吨/日", "133.9万元/亩", "12个"} <= texts


def test_a_unit_alone_is_no_name() -> None:
    from parkqa.figures import is_unit

    assert is_unit("亿元") and is_unit("万美元") and is_unit("个")
    assert not is_unit("东园") and not is_unit("亿元以上项目")


def test_a_unit_asked_and_what_it_measures() -> None:
    from parkqa.figures import asked_unit, dimension

    assert asked_unit("项目用地多少亩？") == "亩" and dimension("亩") == "area"
    assert asked_unit("是多少亿元？") == "亿元" and dimension("万美元") == "money"
    assert dimension("亿千瓦时") == dimension("千瓦时") == "energy"
    assert dimension("家") == "count" and dimension("个月") == "time"
    assert asked_unit("涨了几个点？") is None  # points of a rate, no count
    assert asked_unit("一共多少钱？") is None and dimension("") is None
    # spoken money, and the unit asked last ("前几个月…多少亿元")
    assert asked_unit("投资多少个亿？") == asked_unit("花了多少块钱？") == "元"
    assert asked_unit("前几个月累计投资多少亿元？") == "亿元"
    assert asked_unit("签了多少个亿元以上项目？") == "个"


def test_a_determiners_one_is_no_count() -> None:
    text = "我们希望让每一个项目都落地，同一家企业投资3亿元，共签约一个项目。"
    found = [(f.text, f.kind) for f in find_figures(text, 0, len(text), (0, len(text)))]
    assert ("一个", "count") in found and ("3亿元", "amount") in found
    assert len([t for t, _ in found if t.startswith("一")]) == 1


def test_scores_in_points_are_figures() -> None:
    """A score in digits (综合考评得分92.4分, 满分100分) is a figure; 十分 ("very"), 3分钟 and
    分期/分批 after a number are not scores."""
    from parkqa.figures import find_figures

    def scores(text: str) -> list[str]:
        found = find_figures(text, 0, len(text), (0, len(text)))
        return [f.text for f in found if f.kind == "score"]

    assert scores("综合考评得分92.4分，比上年提高3.5分。") == ["92.4分", "3.5分"]
    assert scores("项目十分重要，平均审批用时30分钟，分3期建设，2分厂投产。") == []


def test_times_and_other_measures_in_fen_are_no_scores() -> None:
    from parkqa.figures import find_figures

    for text in ("上午9时30分召开", "北纬30度15分", "噪声55分贝", "3分包单位"):
        found = find_figures(text, 0, len(text), (0, len(text)))
        assert not [f for f in found if f.kind == "score"], text


def test_a_date_is_read_into_its_parts_however_written() -> None:
    from parkqa.figures import date_parts

    assert date_parts("3月18日") == (None, 3, 18)
    assert date_parts("2024.3.18") == (2024, 3, 18)
    assert date_parts("2025年3月") == (2025, 3, None)
    assert date_parts("总投资") is None
