"""The indicator ontology: its data holds together, and wording of every kind finds its id."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from parkqa.answer.ontology import UNIT_KINDS, ontology


def _names(text: str, colloquial: bool = False) -> list[str]:
    onto = ontology()
    return [onto.get(m.ids[0]).name for m in onto.mentions(text, colloquial)]


def _english(text: str) -> list[str]:
    onto = ontology()
    return [onto.get(m.ids[0]).name for m in onto.english_mentions(text)]


def test_the_data_file_is_one_consistent_vocabulary() -> None:
    rows = json.loads(
        resources.files("parkqa").joinpath("data/indicators.json").read_text(encoding="utf-8")
    )
    onto = ontology()
    assert len(onto) == len(rows) >= 150
    assert len({r["id"] for r in rows}) == len(rows)  # ids unique
    assert len({r["name"] for r in rows}) == len(rows)  # one row per concept
    families = {r["family"] for r in rows}
    assert {"投资", "招商引资", "财政税收", "企业主体", "科技创新", "园区考评"} <= families
    for ind in onto.indicators.values():
        assert ind.unit_kind in UNIT_KINDS
        assert ind.source, ind.id  # where each entry comes from is noted
        assert ind.english, ind.id
        for ref in (ind.parent, ind.flow_of, *ind.derived_from):
            assert ref is None or ref in onto.indicators
    # parents form a tree: every lineage ends
    for ident in onto.indicators:
        assert len(onto.lineage(ident)) < 10


def test_formal_names_abbreviations_and_both_spellings_of_a_qualifier() -> None:
    assert _names("全年实现规上工业总产值612.4亿元") == ["规模以上工业总产值"]
    assert _names("规模以上工业总产值") == ["规模以上工业总产值"]
    assert _names("规上产值") == ["规模以上工业总产值"]  # "industrial" implied
    assert _names("固投增长") == ["固定资产投资"]
    assert _names("社零总额") == ["社会消费品零售总额"]
    # longest first: 工业投资 is not 投资, 规上工业增加值 is not 工业增加值
    assert _names("其中工业投资65.2亿元") == ["工业投资"]
    assert _names("规上工业增加值增长7.9%") == ["规模以上工业增加值"]


def test_a_numbered_threshold_is_not_the_unnumbered_class() -> None:
    assert _names("亿元以上项目8个")  # one of the two it can mean (see the shared surface)
    assert _names("3亿元以上项目2个") == []


def test_colloquial_forms_are_read_in_questions_only() -> None:
    assert _names("一共赚了多少钱", colloquial=True) == ["利润总额"]
    assert _names("一共赚了多少钱") == []
    # two characters say too little to stand for an indicator
    assert _names("投资多少", colloquial=True) == []


def test_the_most_specific_colloquial_form_wins_and_de_may_be_dropped() -> None:
    """Both "签了多少项目" and "签了多少钱的项目" fit "签了多少钱的项目": the money is asked;
    a question read without its 的 ("签了多少钱项目") still reads it."""
    assert _names("一共签了多少钱的项目", colloquial=True) == ["协议投资额"]
    assert _names("一共签了多少钱项目", colloquial=True) == ["协议投资额"]
    assert _names("一共签了多少个项目", colloquial=True) == ["签约项目"]


def test_an_aspect_particle_of_a_colloquial_form_may_be_left_out() -> None:
    """ "到账了多少钱" is also asked "真正到账的钱有多少"."""
    assert _names("招商真正到账的钱有多少", colloquial=True) == ["到位资金"]


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("What was the output value of industries above designated size?", "规模以上工业总产值"),
        ("How much foreign capital was actually utilized?", "实际使用外资"),
        ("How fast did fixed-asset investment grow?", "固定资产投资"),
        ("What was GDP in 2024?", "地区生产总值"),
        ("What was the total retail sales of consumer goods?", "社会消费品零售总额"),
        ("What was the above-scale industrial output?", "规模以上工业总产值"),
    ],
)
def test_english_names_of_the_statistical_bureau_and_their_variants(
    question: str, name: str
) -> None:
    assert _english(question)[:1] == [name]


def test_english_words_that_say_what_is_counted_are_never_dropped() -> None:
    # "newly added … enterprises above designated size" needs its "added" and "enterprises"
    assert "新增规上工业企业" not in _english(
        "What share of above-scale industrial output came from new materials?"
    )


def test_flows_and_stocks() -> None:
    onto = ontology()
    new_hte = onto.by_name("新认定高新技术企业")
    hte = onto.by_name("高新技术企业")
    signed = onto.by_name("签约项目")
    assert new_hte and hte and signed
    # the level of a flow indicator is its stock's increase
    assert onto.canonical(new_hte.id, "level") == (hte.id, "increase")
    # "new" projects signed are the flow's level, not an increase
    assert onto.canonical(signed.id, "increase") == (signed.id, "level")


def test_a_shared_surface_keeps_both_meanings() -> None:
    onto = ontology()
    ids = onto.surfaces()["亿元以上项目"]
    assert {onto.get(i).name for i in ids} == {"亿元以上签约项目", "亿元以上在建项目"}


def test_a_change_against_a_base_is_never_a_flows_level() -> None:
    from parkqa.answer.ontology import ontology

    onto = ontology()
    # "新签约项目58个": a flow's level; "签约项目增加2个": a change of it
    assert onto.canonical("signed-projects", "increase") == ("signed-projects", "level")
    assert onto.canonical("signed-projects", "increase", compared=True) == (
        "signed-projects",
        "increase",
    )
    assert onto.canonical("tax-revenue-per-mu", "increase", compared=True)[1] == "increase"


def test_english_periods_read_the_whole_of_a_year() -> None:
    from parkqa.answer import vocab

    assert vocab.english_periods("And for the whole of 2025?") == [(1, 12)]


def test_a_de_before_the_counted_thing_is_read_through() -> None:
    """A report writes "营业收入超百亿元的企业只有六家": the indicator 营业收入超百亿元企业."""
    assert _names("全区营业收入超百亿元的企业只有六家") == ["百亿级企业"]
    assert _names("超百亿元企业6家") == ["百亿级企业"]


def test_loss_making_enterprises_and_domestic_capital_in_place() -> None:
    onto = ontology()
    said = _names("全区规上工业企业中亏损企业48家，亏损额3.6亿元")
    assert said[1:] == ["亏损企业数", "亏损企业亏损额"]
    assert onto.get("loss-making-enterprises").parent == "number-industrial-enterprises-above"
    assert _names("实际到位内资85.2亿元") == ["实际利用内资"]
    assert onto.lineage("domestic-capital-actually-utilized")[1:] == ("funds-place",)


def test_an_english_indicator_before_a_counted_noun_only_describes_it() -> None:
    """ "R&D institutions" are counted, no R&D expenditure; "spend on R&D" is the spending."""
    onto = ontology()
    assert not onto.english_mentions("How many new R&D institutions did the zone set up?")
    spent = onto.english_mentions("How much did the zone spend on R&D in 2024?")
    assert [m.ids[0] for m in spent] == ["expenditure-research-experimental"]


def test_spoken_english_money_going_into_a_thing_is_investment_in_it() -> None:
    found = [m.ids for m in ontology().english_mentions("How much money went into fixed assets?")]
    assert ("investment-fixed-assets",) in [ids[:1] for ids in found]


def test_the_rank_of_a_score_is_its_ranking() -> None:
    """ "综合考评谁排第一" asks the assessment's score by rank: that is its ranking (综合排名),
    as facts of either wording are stored."""
    onto = ontology()
    score = onto.by_name("综合考评得分")
    assert score is not None
    ranking = onto.ranking_of(score.id)
    assert ranking is not None and onto.get(ranking).name == "综合排名"
    assert onto.canonical(score.id, "rank") == (ranking, "rank")
    assert onto.canonical(score.id, "level") == (score.id, "level")


def test_an_indicator_derived_from_the_one_named_and_going_on_past_it_is_read() -> None:
    """ "全社会研发投入强度": R&D intensity (derived from R&D expenditure, whose alias 全社会
    研发投入 starts the words); "新签约项目开工率": the signed projects' rate."""
    from parkqa.answer.ontology import ontology

    def ids(text: str) -> list[tuple[str, ...]]:
        return [m.ids for m in ontology().mentions(text)]

    assert ids("全社会研发投入强度达到3.42%") == [("r-d-intensity",)]
    assert ids("全社会研发投入186亿元") == [("expenditure-research-experimental",)]
    assert ids("新签约项目开工率达到80%") == [("performance-rate-signed-projects",)]


def test_a_named_province_or_national_parks_are_a_scope() -> None:
    from parkqa.answer.vocab import scopes_in

    assert scopes_in("在榧江省2025年度开发区综合发展水平考核评价中") == ["全省"]
    assert scopes_in("在国家级经济技术开发区综合发展水平考核评价中居") == ["全国"]
    assert scopes_in("能节省多少") == []
    # (a province before a park's name, no ranking spoken of: no scope)
    assert scopes_in("榧江省云陵高新区2025年规上工业总产值是多少？") == []


def test_a_table_columns_header_says_what_kind_of_name_it_lists() -> None:
    from parkqa.answer.vocab import column_name_kind

    assert column_name_kind("项目名称") == "project"
    assert column_name_kind("项目业主") == "company"
    assert column_name_kind("建设单位") == "company"
    assert column_name_kind("所在片区") == "area"
    assert column_name_kind("项目所在地") is None
