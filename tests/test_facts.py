"""Facts read at index time: spans on token boundaries, table headers and units, year, period,
plan vs actual, and the catalog round trip."""

from __future__ import annotations

from parkqa.answer.fact import facts_from_json, facts_json
from parkqa.answer.facts import ReportMeta, extract_facts, report_meta

REPORT = (
    "松岭高新区2024年工作总结\n\n"
    "一、主要指标\n\n"
    "全年完成进出口总额31.4亿美元，同比增长8.3%。1—6月，新签约项目12个，上年同期为9个。"
    "2025年力争新签约项目30个以上。\n\n"
    "表1 2024年1—9月各园区主要指标\n\n"
    "园区 | 到位资金（亿元） | 同比增长（%） | 排名\n"
    "东园 | 37.7 | -2.1 | 2\n"
    "西园 | 58.2 | 12.4 | 1"
)


def _facts():
    return extract_facts("r.md", "松岭高新区2024年工作总结", REPORT)


def by_value(value: str):
    return [f for f in _facts() if f.value == value]


def test_a_value_is_never_cut_out_of_a_longer_number() -> None:
    values = [f.value for f in _facts()]
    assert "31.4亿美元" in values
    assert not any(v in ("1.4亿美元", "4亿美元") for v in values)
    for f in _facts():
        assert REPORT[f.start : f.end] == f.value
        assert "|" not in f.value and f.value == f.value.strip()


def test_year_period_status_and_comparison() -> None:
    (total,) = by_value("31.4亿美元")
    assert (total.kind, total.year, total.period, total.status) == (
        "amount",
        2024,
        (1, 12),
        "actual",
    )
    (signed,) = by_value("12个")
    assert signed.period == (1, 6) and signed.period_explicit and signed.indicator == "新签约项目"
    (last_year,) = by_value("9个")
    assert last_year.year == 2023 and last_year.comparison == "上年同期"
    (target,) = by_value("30个以上")
    assert target.status == "plan" and target.year == 2025
    (growth,) = by_value("8.3%")
    assert growth.kind == "percent" and growth.comparison == "同比"


def test_table_cells_take_their_headers_unit_and_row() -> None:
    (cell,) = by_value("37.7")
    assert (cell.kind, cell.unit, cell.indicator, cell.subject) == (
        "amount",
        "亿元",
        "到位资金",
        "东园",
    )
    assert cell.table and cell.year == 2024 and cell.period == (1, 9)
    (change,) = by_value("-2.1")
    assert change.kind == "percent" and change.comparison == "同比"
    ranks = [f for f in _facts() if f.kind == "rank" and f.table]
    assert {(f.subject, f.value) for f in ranks} == {("东园", "2"), ("西园", "1")}
    names = {f.value for f in _facts() if f.kind == "name"}
    assert {"东园", "西园"} <= names


def test_merged_header_unit_applies_to_the_columns_below() -> None:
    text = (
        "表2 重点项目\n\n"
        "序号 | 项目名称 | 投资情况（亿元） | 开工时间\n"
        "序号 | 项目名称 | 总投资 | 1—10月完成投资 | 开工时间\n"
        "1 | 电驱系统项目 | 42.0 | 9.8 | 2024.3.18"
    )
    facts = extract_facts("p.docx", "某产业园2024年重点项目推进情况", text)
    done = next(f for f in facts if f.value == "9.8")
    assert (done.kind, done.unit, done.indicator, done.period) == (
        "amount",
        "亿元",
        "1—10月完成投资",
        (1, 10),
    )
    assert next(f for f in facts if f.value == "2024.3.18").kind == "date"
    assert not any(f.value == "1" for f in facts)  # the row number is not a fact


def test_report_meta_and_json_round_trip() -> None:
    meta = report_meta("2024年1—6月鸿渚经济技术开发区经济运行情况分析", "")
    assert (meta.year, meta.period) == (2024, (1, 6))
    facts = _facts()
    assert facts_from_json(facts_json(facts)) == facts


def test_names_lists_respectively_and_decreases() -> None:
    text = (
        "二、项目\n\n"
        "总投资18亿元的晟远光电显示模组项目为一季度单体投资最大的签约项目。"
        "产值超50亿元企业3家，分别为甲芯微电子、乙屹精密和丙康药业。"
        "东岭片区、西岭片区产值分别增长12.3%和8.1%；外贸进出口同比下降3.2%。"
        "项目由丁驰能源科技有限公司建设。"
    )
    facts = extract_facts("r.txt", "某高新区2024年报告", text)
    names = {f.value: f.unit for f in facts if f.kind == "name"}
    assert names["晟远光电显示模组项目"] == "project"
    assert names["丁驰能源科技有限公司"] == "company"
    assert names["东岭片区"] == "area"
    assert "甲芯微电子、乙屹精密和丙康药业" in {f.value for f in facts if f.kind == "list"}
    growth = {f.value: f.subject for f in facts if f.kind == "percent"}
    assert growth["12.3%"] == "东岭片区" and growth["8.1%"] == "西岭片区"
    assert "下降3.2%" in growth  # the direction stays with the figure


def test_space_aligned_text_table() -> None:
    text = (
        "附表 2024年主要指标\n\n"
        "指标 单位 一季度 1—5月 1—6月\n\n"
        "规上工业总产值 亿元 155.8 264.4 325.6\n\n"
        "增速 % 5.7 7.4 7.8"
    )
    facts = extract_facts("r.txt", "某经开区2024年1—6月经济运行情况", text)
    cell = next(f for f in facts if f.value == "264.4")
    # The row header names the indicator: linked, and no subject of the figure.
    assert (cell.kind, cell.unit, cell.subject, cell.period) == ("amount", "亿元", "", (1, 5))
    assert (cell.indicator_id, cell.measure) == (
        "gross-industrial-output-value-above-size",
        "level",
    )
    growth = next(f for f in facts if f.value == "7.4")
    assert growth.kind == "percent" and (growth.indicator_id, growth.measure) == (
        "gross-industrial-output-value-above-size",
        "growth",
    )


def test_a_news_page_without_a_year_takes_its_publication_year() -> None:
    title = "园区上半年新签约项目21个 总投资89.6亿元"
    assert report_meta(title, "今年以来，园区紧盯全年目标。").year is None
    meta = report_meta(title, "今年以来，园区紧盯全年目标。", "2024-07-03")
    assert meta.year == 2024
    # A year the report names wins over the page's date.
    assert report_meta("园区2023年工作总结", "", "2024-01-15").year == 2023


def test_a_growth_after_a_level_in_one_clause_is_that_levels() -> None:
    text = (
        "全年完成固定资产投资148.7亿元，同比增长5.9%。其中，产业投资102.3亿元，同比增长11.2%，"
        "占全部投资的68.8%；基础设施投资16.2亿元，同比下降4.3%。规上工业增加值增长9.1%。"
    )
    got = {f.value: f.indicator for f in extract_facts("r.txt", "", text)}
    assert got["5.9%"] == "全年完成固定资产投资同比增长"
    assert got["11.2%"] == "产业投资同比增长"
    assert got["下降4.3%"] == "基础设施投资同比"
    assert got["68.8%"] == "占全部投资的"  # a share is not a growth
    assert got["9.1%"] == "规上工业增加值增长"  # no level before it: its own words


def test_table_growth_columns_subject_column_and_caption_unit() -> None:
    text = (
        "表1 分园区主要指标（单位：亿元）\n\n"
        "规上企业（家） | 园区 | 总产值 | 同比增长（%） | 税收\n"
        "96 | 科创园 | 187.3 | 12.4 | 6.82\n"
        "142 | 智造园 | 318.5 | 6.8 | 8.95\n"
        "规上企业（家） | 园区 | 总产值 | 同比增长（%） | 税收\n"
        "58 | 临空园 | 106.6 | 7.8 | 2.41\n"
    )
    facts = extract_facts("r.txt", "", text)
    by = {(f.subject, f.value): f for f in facts}
    # the subject is the column of names, not the first header that says 企业
    assert by[("临空园", "2.41")].indicator == "税收"
    assert by[("临空园", "2.41")].unit == "亿元"  # from the caption
    assert by[("科创园", "12.4")].indicator == "总产值同比增长"
    assert by[("智造园", "142")].indicator == "规上企业"
    # the header repeated after a page break is not a row
    assert not any(f.subject == "园区" for f in facts)


# Invented: paragraphs each about one part of the park, then one about the whole.
PARTS = (
    "枫垭经开区2024年工作总结\n\n"
    "一、片区发展\n\n"
    "北翼片区聚焦装备制造，全年实现规上工业总产值236.4亿元，同比增长9.1%；"
    "完成固定资产投资51.2亿元。南翼片区：规上工业总产值118.7亿元，同比增长4.6%。\n\n"
    "南翼片区新增高新技术企业12家。\n\n"
    "全区规上工业总产值355.1亿元，同比增长7.6%。北翼片区和南翼片区均完成目标。"
)


def test_a_paragraph_about_a_part_of_the_park_gives_its_figures_that_subject() -> None:
    facts = {f.value: f for f in extract_facts("p.txt", "枫垭经开区2024年工作总结", PARTS)}
    assert facts["236.4亿元"].subject == "北翼片区"
    assert facts["51.2亿元"].subject == "北翼片区"  # a later sentence of the same paragraph
    assert facts["118.7亿元"].subject == "南翼片区"  # a sentence turning to another part
    assert facts["4.6%"].subject == "南翼片区"
    assert facts["12家"].subject == "南翼片区"
    assert facts["355.1亿元"].subject == ""  # the whole park


def test_a_part_named_by_a_heading_keeps_its_paragraph_and_its_own_yuanqu() -> None:
    """A heading that is a part's name alone ("1.柞屿智造园。") names a part even if the report
    then shortens it; inside a part's paragraph "园区以…为主导" is that part, not the park;
    "两个特色园区" counts parts and names none."""
    text = (
        "（三）两个特色园区\n\n"
        "1.柞屿智造园。上半年，柞屿园实现规上工业总产值203.7亿元，同比增长12.6%。\n\n"
        "（二）榆汀科创园。园区以集成电路为主导，全年实现规上工业总产值64.2亿元，"
        "占全区规上工业总产值的40.7%。榆汀科创园是重点。\n\n"
        "全区实现规上工业总产值286.3亿元。"
    )
    facts = {f.value: f for f in extract_facts("t.txt", "2025年", text)}
    assert facts["两个"].subject == ""
    assert facts["203.7亿元"].subject == facts["12.6%"].subject == "柞屿智造园"
    assert facts["64.2亿元"].subject == facts["40.7%"].subject == "榆汀科创园"
    assert facts["286.3亿元"].subject == ""


def test_a_bulletins_paragraph_opening_with_one_of_its_parks_is_about_that_park() -> None:
    from parkqa.answer.facts import ReportMeta

    text = (
        "关于2025年1—6月全市园区主要指标的通报\n\n"
        "1—6月，全市园区合计新签约项目84个。\n\n"
        "（一）椿屿高新区。上半年完成规上工业总产值392.7亿元；高新技术企业总数达到389家。\n\n"
        "（二）檀岗经开区。上半年高新技术企业总数达到327家。"
    )
    meta = ReportMeta(2025, (1, 6), members=("椿屿高新区", "檀岗经开区"))
    facts = {f.value: f for f in extract_facts("b.md", "通报", text, meta=meta)}
    assert facts["84个"].subject == ""
    assert facts["389家"].subject == "椿屿高新区"
    assert facts["327家"].subject == "檀岗经开区"


def test_no_topic_from_a_kind_of_park_a_list_of_parts_or_the_parks_own_name() -> None:
    text = (
        "二、产业园建设\n\n"
        "全年新建产业园区3个，产业园完成固定资产投资85.2亿元。\n\n"
        "北翼片区和南翼片区均完成目标，新签约项目23个。北翼片区产值最高。南翼片区增速最快。\n\n"
        "两大片区合计完成产值50.7亿元。两大片区协同发展。"
    )
    facts = {f.value: f for f in extract_facts("g.txt", "枫垭经开区2024年工作总结", text)}
    assert facts["85.2亿元"].subject == ""
    assert facts["23个"].subject == ""
    assert facts["50.7亿元"].subject == ""


def test_a_workbooks_year_groups_and_unit_row_make_each_columns_header() -> None:
    from parkqa.answer.facts import _column_headers

    rows = [
        ["序号", "园区名称", "2024年", "-", "2025年", "-", "2025年较上年"],
        ["-", "-", "规上工业总产值", "实际使用外资", "规上工业总产值", "实际使用外资", "同比增长"],
        ["-", "-", "亿元", "万美元", "亿元", "万美元", "%"],
    ]
    assert _column_headers(rows) == [
        "序号",
        "园区名称",
        "2024年规上工业总产值（亿元）",
        "2024年实际使用外资（万美元）",
        "2025年规上工业总产值（亿元）",
        "2025年实际使用外资（万美元）",
        "2025年同比增长（%）",
    ]
    # a header merged over its sub-columns says what they measure (a 其中 column stays a part)
    assert _column_headers([["项目名称", "总投资（亿元）", "-"], ["-", "合计", "其中：一期"]]) == [
        "项目名称",
        "总投资（亿元）合计",
        "其中：一期",
    ]
    # (not from a row a loader left shorter: its cells stand over other columns)
    assert (
        _column_headers(
            [["序号", "投资情况（亿元）", "开工时间"], ["-", "总投资", "计划投资", "开工"]]
        )[2]
        == "计划投资"
    )


def test_a_persons_name_is_read_beside_a_title_only() -> None:
    def people(text: str) -> list[str]:
        found = extract_facts("p.txt", "2025年", text)
        return [f.value for f in found if f.kind == "name" and f.unit == "person"]

    assert people("党工委书记、管委会主任罗晏川出席并讲话。") == ["罗晏川"]
    assert people("高端装备制造产业链由柏晓东担任链长。") == ["柏晓东"]
    assert people("铎玑瑞擎动力电池有限公司（负责人：宋知衡）。") == ["宋知衡"]
    assert people("王总经理表示，主任办公会议研究了项目。") == []
    # what a person did after the name, in the verbs reports use (作为…代表, 发言, 见证)
    assert people("签约仪式上，澜矽半导体有限公司董事长蒋霁作为投资方代表发言。") == ["蒋霁"]
    # a name run over a person is no project
    found = extract_facts("p.txt", "2025年", "市委常委、副市长郗明哲出席活动并宣布项目开工。")
    assert [(f.value, f.unit) for f in found if f.kind == "name"] == [("郗明哲", "person")]


def test_last_years_figure_said_as_shang_nian_wei_is_the_year_before() -> None:
    """ "增长5.3%，上年为36.70亿元", "上年末为286家": the year before's figure; "比上年增加12家"
    is this year's increase."""
    text = (
        "2025年一般公共预算收入38.65亿元，增长5.3%，上年为36.70亿元；"
        "高新技术企业比上年增加12家，上年末为286家。"
    )
    facts = {f.value: f for f in extract_facts("y.txt", "2025年", text)}
    assert facts["36.70亿元"].year == 2024
    assert facts["286家"].year == 2024
    assert facts["12家"].year == 2025 and facts["38.65亿元"].year == 2025


def test_a_column_headed_by_a_year_alone_is_that_years_whole() -> None:
    """A workbook's "2025年" column (no period anywhere): the year's figure, never a quarter's."""
    text = "指标 | 单位 | 2024年 | 2025年\n高新技术企业 | 家 | 118 | 131\n"
    facts = {f.value: f for f in extract_facts("w.xlsx", "砺川经开区指标", text)}
    assert facts["131"].period == (1, 12) and facts["131"].year == 2025


def test_a_targets_year_is_the_later_year_its_paragraph_just_named() -> None:
    """A PDF heading run into its paragraph: "八、2026年工作安排2026年是…开局之年。全区主要预期
    目标是：…突破1400亿元" is a 2026 target in a 2025 report."""
    text = (
        "八、2026年工作安排2026年是开局之年。全区主要预期目标是：地区生产总值增长7%左右，"
        "规上工业总产值突破1400亿元。\n\n2025年完成规上工业总产值1286.5亿元。"
    )
    facts = {f.value: f for f in extract_facts("t.pdf", "2025年工作总结", text)}
    assert (facts["1400亿元"].year, facts["1400亿元"].status) == (2026, "plan")
    assert (facts["1286.5亿元"].year, facts["1286.5亿元"].status) == (2025, "actual")


def test_a_list_starts_after_the_verb_that_sets_it() -> None:
    text = "开发区确定新能源、高端装备、生物医药三大主导产业。"
    lists = [f.value for f in extract_facts("l.txt", "2025年", text) if f.kind == "list"]
    assert lists == ["新能源、高端装备、生物医药"]


def test_a_row_labelled_as_a_share_holds_percentages_whatever_its_column() -> None:
    """An enterprise table's "占全区规上工业总产值比重（%）" row under 产值（万元）: 57.8 is a
    share, never an output of 57.8万元."""
    text = (
        "序号 | 企业名称 | 产值（万元） | 增速（%）\n"
        "1 | 砺川重工有限公司 | 1286400 | 9.1\n"
        "- | 占全区规上工业总产值比重（%） | 57.8 | -\n"
    )
    facts = {f.value: f for f in extract_facts("e.xlsx", "砺川经开区2025年", text)}
    assert facts["57.8"].kind == "percent" and facts["57.8"].measure == "share"
    assert facts["1286400"].kind == "amount"


def test_a_figure_in_brackets_after_the_period_compared_with_is_that_periods() -> None:
    """ "降幅较上半年（5.6%）收窄3.3个百分点": 5.6% is the first half's, not the year's."""
    text = "全年实现规上工业总产值387.5亿元，下降2.3%，降幅较上半年（5.6%）收窄3.3个百分点。"
    facts = {f.value: f for f in extract_facts("r.txt", "2025年", text)}
    assert facts["5.6%"].period == (1, 6)
    assert facts["下降2.3%"].period == (1, 12)


def test_a_class_of_projects_is_no_name_and_a_name_may_hold_you() -> None:
    """ "部分续建项目", "民营企业投资项目" are classes of projects, no names; "…高性能有机硅单体
    项目" keeps its 有机."""
    text = (
        "部分续建项目于9月28日复工；沐辰化学年产10万吨高性能有机硅单体项目于2025.9.28开工。"
        "民营企业投资项目占比六成。"
    )
    names = [f.value for f in extract_facts("n.txt", "2025年", text) if f.kind == "name"]
    assert names == ["沐辰化学年产10万吨高性能有机硅单体项目"]


def test_a_list_is_what_yi_introduces_and_ends_at_its_count_or_quote() -> None:
    """以A、B为主导产业: the list is what 以 introduces (及 inside an item stays); a list ends
    before the count of its items (…三大主导产业) and at a closing quote; a list cut inside its
    brackets is none."""
    text = (
        "园区以新能源汽车及零部件、高端装备、新材料为主导产业。"
        "从主导产业看，新一代电子、智能网联汽车及部件、精密装备三大主导产业合计实现产值86.2亿元。"
        "全部围绕园区“智能装备、工业机器人、核心零部件”三大主导产业布局。"
        "考评设经济发展（40分）、项目投资（25分）、科技创新（20分）四类一级指标。"
    )
    lists = [f.value for f in extract_facts("l.txt", "2025年", text) if f.kind == "list"]
    assert lists == [
        "新能源汽车及零部件、高端装备、新材料",
        "新一代电子、智能网联汽车及部件、精密装备",
        "智能装备、工业机器人、核心零部件",
    ]


def test_a_run_of_names_and_figures_gives_each_name_the_indicator_before_it() -> None:
    """ "新增规上工业企业43家，其中稔州高新区十四家、烨湖经开区十二家": each park's figure of
    the indicator just stated, the park its subject (Chinese numerals too)."""
    text = (
        "1—9月，五个开发区新增规上工业企业43家，其中稔州高新区十四家、烨湖经开区十二家、"
        "炳塘园区八家。全区实现营业收入120亿元，其中岚东片区32.1亿元。"
    )
    facts = {f.value: f for f in extract_facts("r.txt", "某市2025年1—9月开发区通报", text)}
    total = facts["43家"]
    for value, park in (("十四家", "稔州高新区"), ("十二家", "烨湖经开区"), ("八家", "炳塘园区")):
        assert facts[value].subject == park
        assert facts[value].indicator_id == total.indicator_id != ""
        assert facts[value].measure == total.measure  # measured as the total is
    assert total.subject == ""
    assert facts["32.1亿元"].subject == "岚东片区"
    assert facts["32.1亿元"].indicator_id == facts["120亿元"].indicator_id == "operating-revenue"
    # a run with figures in Chinese numerals is no list of names
    assert not [f for f in facts.values() if f.kind == "list"]


def test_a_merged_month_over_its_columns_gives_their_period() -> None:
    """ "11月 | - | 1—11月 | -" over 绝对值 | 同比增长: each cell knows its period; a row label
    ending in its unit names what the row measures, no entity."""
    text = (
        "指标 | 11月 | - | 1—11月 | -\n"
        "- | 绝对值 | 同比增长（%） | 绝对值 | 同比增长（%）\n"
        "实际使用外资（亿美元） | 0.38 | 18.8 | 4.12 | 9.5"
    )
    facts = {f.value: f for f in extract_facts("t.html", "某高新区2025年1—11月经济运行", text)}
    assert (facts["0.38"].period, facts["4.12"].period) == ((11, 11), (1, 11))
    assert facts["0.38"].indicator_id == "actual-use-foreign-capital"
    assert (facts["18.8"].measure, facts["18.8"].period) == ("growth", (11, 11))
    assert "实际使用外资（亿美元）" not in facts


def test_one_months_own_figures_hold_to_the_end_of_their_sentence_only() -> None:
    """ "3月当月，…；…增长10.3%。" is March's up to its 。; the paragraph's 1—3月 holds after."""
    text = (
        "1—3月，全区规上工业总产值612.8亿元，同比增长9.4%。3月当月，规上工业总产值238.5亿元；"
        "规上工业增加值增长10.3%。实际使用外资4.12亿美元，增长9.5%。"
    )
    facts = {f.value: f for f in extract_facts("r.html", "某经开区2026年一季度简况", text)}
    assert facts["238.5亿元"].period == facts["10.3%"].period == (3, 3)
    assert facts["4.12亿美元"].period == facts["612.8亿元"].period == (1, 3)


def test_trade_with_one_partner_is_a_part_and_jinchukou_is_total_trade() -> None:
    text = (
        "全区进出口总额487.6亿元，同比下降2.1%。对东盟进出口增长18.3%。"
        "综合保税区完成进出口21.7亿元。"
    )
    facts = {f.value: f for f in extract_facts("r.html", "某高新区2025年经济运行", text)}
    assert facts["18.3%"].part and not facts["下降2.1%"].part
    assert facts["21.7亿元"].indicator_id == "total-value-imports-exports"


def test_a_month_row_under_merged_indicator_headers() -> None:
    """A monthly sheet: 规上工业总产值（亿元） merged over 当月 | 累计, rows 1月…12月: each cell
    has its indicator, its unit and its period (当月 the month, 累计 the year to it); the month
    is no name; a 比上年增减额 column is a change, not a level."""
    text = (
        "月份 | 规上工业总产值（亿元） | - | 新签约项目（个） | -\n"
        "- | 当月 | 累计 | 当月 | 累计\n"
        "11月 | 28.4 | 263.2 | 2 | 25\n"
        "12月 | 33.4 | 294.7 | 3 | 28"
    )
    facts = {f.value: f for f in extract_facts("m.xlsx", "某产业园2025年1—12月月报表", text)}
    assert facts["33.4"].indicator_id == facts["294.7"].indicator_id != ""
    assert (facts["33.4"].period, facts["294.7"].period) == ((12, 12), (1, 12))
    assert (facts["3"].period, facts["28"].period) == ((12, 12), (1, 12))
    assert facts["28"].indicator_id == "signed-projects" and facts["28"].unit == "个"
    assert "12月" not in facts
    changes = "指标 | 2025年 | 比上年增减额\n规上工业总产值（亿元） | 294.7 | 33.4"
    facts = {f.value: f for f in extract_facts("m.xlsx", "某产业园2025年指标", changes)}
    assert (facts["294.7"].measure, facts["33.4"].measure) == ("level", "increase")


def test_months_over_this_month_and_running_total_columns() -> None:
    """Months as column headers, each over 当月 | 累计 (指标 | 1—2月 | - | 3月 | -): a 累计 cell
    is the year to its month, a 当月 cell the month itself."""
    text = (
        "指标 | 1—2月 | - | 3月 | - | 6月 | -\n"
        "- | 当月 | 累计 | 当月 | 累计 | 当月 | 累计\n"
        "固定资产投资（亿元） | 12.4 | 12.4 | 9.8 | 22.2 | 11.2 | 51.3"
    )
    facts = [f for f in extract_facts("m.xlsx", "某经开区2025年1—6月主要指标分月情况", text)]
    period = {f.value: f.period for f in facts}
    assert (period["9.8"], period["22.2"]) == ((3, 3), (1, 3))
    assert (period["11.2"], period["51.3"]) == ((6, 6), (1, 6))


def test_an_interviews_spoken_years_count_from_its_publication() -> None:
    from parkqa.answer.facts import ReportMeta

    text = (
        "去年园区规上工业总产值986.2亿元，同比增长12.4%，2024年是877.4亿元。"
        "今年力争突破1100亿元。比去年增长的部分主要来自新项目。"
    )
    facts = extract_facts("i.md", "访谈", text, meta=ReportMeta(2026, None, published=2026))
    years = {f.value: (f.year, f.status) for f in facts if f.kind != "name"}
    assert years["986.2亿元"] == (2025, "actual")
    assert years["12.4%"][0] == 2025
    assert years["877.4亿元"][0] == 2024
    assert years["1100亿元"] == (2026, "plan")
    # a report about the year before its publication may say 去年 of either: left as it was
    late = extract_facts("r.md", "报告", text, meta=ReportMeta(2025, None, published=2026))
    assert {f.value: f.year for f in late}["986.2亿元"] == 2025


def test_the_base_of_a_comparison_is_the_year_befores_level() -> None:
    from parkqa.answer.facts import ReportMeta

    text = "规上工业总产值达到1268.4亿元，比上年的1161.5亿元净增106.9亿元，增长9.2%。"
    facts = {f.value: f for f in extract_facts("r.txt", "r", text, meta=ReportMeta(2025, (1, 12)))}
    assert (facts["1161.5亿元"].year, facts["1161.5亿元"].comparison) == (2024, "上年同期")
    assert (facts["1268.4亿元"].year, facts["106.9亿元"].year) == (2025, 2025)


def test_a_clause_opening_with_a_part_is_about_that_part() -> None:
    from parkqa.answer.facts import ReportMeta

    text = (
        "三大片区全年合计实现营业收入1396.2亿元。其中，铎峰片区以新能源电池为主导产业，营业收入"
        "642.8亿元；锦岑片区聚焦集成电路，亩均税收45.2万元；铂崟片区营业收入仅增长2.4%。"
        "铎峰片区、锦岑片区和铂崟片区各有特色。"
    )
    facts = {
        f.value: f.subject for f in extract_facts("r.txt", "r", text, meta=ReportMeta(2025, None))
    }
    assert facts["1396.2亿元"] == ""
    assert (facts["642.8亿元"], facts["45.2万元"], facts["2.4%"]) == (
        "铎峰片区",
        "锦岑片区",
        "铂崟片区",
    )


def test_a_change_of_places_in_a_ranking_keeps_its_direction() -> None:
    text = (
        "嵘埕临港产业园较上年上升两位，岢圩生物医药产业园较上年下降2位，综合得分86.6分，位列第二。"
    )
    values = [f.value for f in extract_facts("r.txt", "r", text) if f.unit == "位"]
    assert "上升两位" in values and "下降2位" in values and "第二" in values


def test_a_caption_naming_one_indicator_measures_the_table_under_it() -> None:
    from parkqa.answer.facts import ReportMeta

    text = (
        "一、规上工业总产值（单位：亿元）\n\n"
        "园区 | 2024年 | - | 2025年 | - | 2025年占合计比重(%)\n"
        "- | 数值 | 增速(%) | 数值 | 增速(%) | -\n"
        "东园 | 668.7 | 9.2 | 731.5 | 9.4 | 35.1\n"
        "西园 | 902.6 | 6.8 | 958.1 | 6.1 | 45.9"
    )
    facts = {f.value: f for f in extract_facts("k.xlsx", "k", text, meta=ReportMeta(2025, (1, 12)))}
    level, growth, share = facts["731.5"], facts["9.4"], facts["35.1"]
    assert (level.indicator_id, level.measure, level.unit, level.year) == (
        "gross-industrial-output-value-above-size",
        "level",
        "亿元",
        2025,
    )
    assert (growth.measure, growth.unit, facts["668.7"].year) == ("growth", "%", 2024)
    assert (share.measure, share.unit) == ("share", "%")


def test_a_table_under_a_parts_heading_is_that_parts() -> None:
    from parkqa.answer.facts import ReportMeta

    text = (
        "瑶坪园是新材料园区。\n\n四、瑶坪园2026年主要目标\n\n"
        "指标 | 单位 | 2025年完成 | 2026年目标\n"
        "规上工业总产值 | 亿元 | 271.4 | 310\n"
        "固定资产投资 | 亿元 | 97.3 | 110"
    )
    facts = {f.value: f for f in extract_facts("k.xlsx", "k", text, meta=ReportMeta(2025, (1, 12)))}
    target = facts["310"]
    assert (target.subject, target.indicator_id, target.status, target.year) == (
        "瑶坪园",
        "gross-industrial-output-value-above-size",
        "plan",
        2026,
    )
    assert (facts["97.3"].subject, facts["97.3"].indicator_id) == (
        "瑶坪园",
        "investment-fixed-assets",
    )


def test_a_part_named_by_its_role_is_that_part_even_when_said_once() -> None:
    """ "核心区完成规上工业总产值158.3亿元，同比增长9.1%": the core zone's, not the park's."""
    from parkqa.answer.facts import ReportMeta

    text = (
        "一季度，全区完成规上工业总产值268.4亿元，同比增长10.2%。"
        "分片区看，核心区完成规上工业总产值158.3亿元，同比增长9.1%；"
    )
    facts = {
        f.value: f.subject for f in extract_facts("r.txt", "r", text, meta=ReportMeta(2025, None))
    }
    assert (facts["268.4亿元"], facts["10.2%"]) == ("", "")
    assert (facts["158.3亿元"], facts["9.1%"]) == ("核心区", "核心区")


def test_a_rate_of_completion_is_achieved_whatever_governs_the_target() -> None:
    text = "年初确定的规上工业总产值目标为1520亿元，实际完成率为98.8%。"
    facts = {f.value: f for f in extract_facts("c.txt", "2025年工作总结", text)}
    assert facts["1520亿元"].status == "plan"
    assert (facts["98.8%"].status, facts["98.8%"].measure) == ("actual", "completion")


def test_a_completion_is_achieved_so_far_and_the_growth_beside_it_is_the_rows() -> None:
    """ "完成全年目标的53.6%" in a half-year report: achieved by June, not a full-year target;
    a 同比增长 column after a 完成全年目标 column is the row's growth."""
    from parkqa.answer.facts import ReportMeta

    meta = ReportMeta(2025, (1, 6))
    prose = "上半年，实际到位资金96.4亿元，同比增长13.8%，完成全年目标的53.6%。"
    facts = {f.value: f for f in extract_facts("a.txt", "2025年上半年", prose, meta=meta)}
    assert (facts["53.6%"].measure, facts["53.6%"].status, facts["53.6%"].period) == (
        "completion",
        "actual",
        (1, 6),
    )
    table = (
        "指标 | 全年目标 | 上半年完成 | 完成全年目标（%） | 同比增长（%）\n"
        "实际到位资金（亿元） | 180 | 96.4 | 53.6 | 13.8\n"
    )
    cells = {f.value: f for f in extract_facts("a.docx", "2025年上半年", table, meta=meta)}
    assert (cells["53.6"].measure, cells["53.6"].status) == ("completion", "actual")
    assert (cells["13.8"].measure, cells["180"].status) == ("growth", "plan")
    # a completion column after a growth column that names its indicator is that indicator's
    table = (
        "园区 | 到位资金（亿元） | 到位资金同比增长（%） | 年度目标完成率（%）\n"
        "高新区 | 132.8 | 16.5 | 85.1\n"
    )
    cells = {f.value: f for f in extract_facts("b.md", "2025年1—9月", table, meta=meta)}
    assert (cells["85.1"].indicator_id, cells["85.1"].measure) == ("funds-place", "completion")


def test_a_lists_first_item_keeps_its_own_conjunction() -> None:
    """ "围绕汽车及零部件、电子信息、生物医药三大主导产业": 及 joins the first item's words."""
    text = "三是强化招商引资，围绕汽车及零部件、电子信息、生物医药三大主导产业开展链式招商。"
    lists = [f.value for f in extract_facts("r.txt", "t", text) if f.kind == "list"]
    assert lists == ["汽车及零部件、电子信息、生物医药"]


def test_a_table_split_by_group_rows_goes_on_under_its_header() -> None:
    """A workbook's group row ("一、续建项目（2个）") splits one table: the rows under it keep
    the header above (总投资, not the first row's cells), and a 小计 row is a total."""
    text = (
        "序号 | 项目名称 | 总投资（万元） | 1—10月完成投资（万元）\n\n"
        "一、续建项目（2个）\n\n"
        "1 | 动力电池二期项目 | 386000 | 108600\n2 | 风电轴承项目 | 92000 | 31500\n"
        "- | 续建项目小计 | 478000 | 140100\n\n"
        "二、新建项目（1个）\n\n"
        "3 | 电驱系统项目 | 150000 | 7400\n"
    )
    facts = extract_facts("k.xlsx", "某经开区2025年重点项目推进表", text)
    cells = {(f.subject, f.value): f for f in facts if f.table}
    first = cells[("动力电池二期项目", "386000")]
    assert first.indicator_id == "total-planned-investment-key-projects"
    assert cells[("电驱系统项目", "7400")].indicator_id == "investment-completed-key-projects"
    # one table: its rows are one column for a superlative, whichever group they are in
    assert cells[("电驱系统项目", "7400")].section == cells[("风电轴承项目", "31500")].section


def test_a_lists_count_of_places_ends_it() -> None:
    text = "本次推介周先后在邵辙、郦轮、隆辐、阮轵四市举办专场推介会。"
    assert [f.value for f in extract_facts("r.txt", "t", text) if f.kind == "list"] == [
        "邵辙、郦轮、隆辐、阮轵"
    ]


def test_a_merged_header_row_a_loader_wrote_shorter_is_spread_over_its_columns() -> None:
    from parkqa.answer.facts import _spread

    last = ["指标", "单位", "数值", "增速（%）", "数值", "增速（%）"]
    assert _spread(["指标", "单位", "2024年", "2025年"], last) == [
        "指标",
        "单位",
        "2024年",
        "-",
        "2025年",
        "-",
    ]
    # columns labelled alike at the end too: the merged cell spreads over those between
    projects = ["序号", "项目名称", "建设单位", "总投资", "2025年计划投资", "1—10月完成投资"]
    projects.append("开工/投产时间")
    merged = ["序号", "项目名称", "建设单位", "投资情况（单位：亿元）", "开工/投产时间"]
    assert _spread(merged, projects) == [
        "序号",
        "项目名称",
        "建设单位",
        "投资情况（单位：亿元）",
        "-",
        "-",
        "开工/投产时间",
    ]
    # two merged cells over three columns: their widths are unknown, the row is kept
    uneven = ["指标", "单位", "数值", "增速（%）", "数值"]
    assert _spread(["指标", "单位", "2024年", "2025年"], uneven) == [
        "指标",
        "单位",
        "2024年",
        "2025年",
    ]


def test_a_year_merged_over_its_level_and_growth_columns_is_theirs() -> None:
    text = (
        "指标 | 单位 | 2024年 | 2025年\n"
        "指标 | 单位 | 数值 | 增速（%） | 数值 | 增速（%）\n"
        "规上工业总产值 | 亿元 | 1159.5 | 7.1 | 1268.5 | 9.4"
    )
    facts = {f.value: f for f in extract_facts("m.docx", "澄峪高新区主要经济指标对比", text)}
    assert (facts["1268.5"].year, facts["1268.5"].measure) == (2025, "level")
    assert (facts["7.1"].year, facts["7.1"].measure) == (2024, "growth")
    assert (facts["1159.5"].year, facts["9.4"].year) == (2024, 2025)
    assert facts["1268.5"].indicator_id == "gross-industrial-output-value-above-size"


def test_a_column_headed_by_a_part_gives_its_cells_that_subject() -> None:
    from parkqa.answer.facts import _place_column

    text = (
        "指标 | 单位 | 东坪片区 | 增速（%） | 西坪片区 | 增速（%）\n"
        "规上工业总产值 | 亿元 | 784.2 | 11.6 | 484.3 | 6.0"
    )
    facts = {f.value: f for f in extract_facts("p.docx", "澄峪高新区2025年分片区指标", text)}
    level, growth = facts["784.2"], facts["11.6"]
    assert (level.subject, level.indicator_id, level.measure) == (
        "东坪片区",
        "gross-industrial-output-value-above-size",
        "level",
    )
    assert (growth.subject, growth.indicator_id, growth.measure) == (
        "东坪片区",
        "gross-industrial-output-value-above-size",
        "growth",
    )
    assert facts["484.3"].subject == "西坪片区"
    # a column that is no place, or a row that names no indicator: no place's cell
    assert _place_column("东坪片区", "规上工业总产值") == ("东坪片区", "规上工业总产值")
    assert _place_column("总投资", "规上工业总产值") is None
    assert _place_column("东坪片区", "甲芯项目") is None


def test_a_speechs_last_year_holds_for_the_rest_of_its_paragraph() -> None:
    from parkqa.answer.facts import ReportMeta

    meta = ReportMeta(2026, None, parks=("翠岚高新区", "翠岚"), members=(), published=2026)
    text = (
        "去年全区地区生产总值三百四十二亿元，增长百分之七。"
        "规上工业总产值六百零八亿元，增长百分之九。"
    )
    facts = {f.value: f for f in extract_facts("s.md", "在全区工作会议上的讲话", text, meta=meta)}
    gdp, output = facts["三百四十二亿元"], facts["六百零八亿元"]
    assert (gdp.year, gdp.period, gdp.indicator_id) == (2025, (1, 12), "gross-regional-product")
    assert (output.year, output.period) == (2025, (1, 12))
    assert output.indicator_id == "gross-industrial-output-value-above-size"


def test_a_figure_after_a_neighbour_park_its_sentence_names_is_that_parks() -> None:
    from parkqa.answer.facts import ReportMeta

    meta = ReportMeta(
        2026, None, parks=("翠岚高新区", "翠岚"), members=("望山经开区",), published=2026
    )
    text = (
        "我们跟隔壁的望山经开区比一比：人家去年规上工业总产值八百零六亿元；"
        "人家十亿元以上项目签了二十一个。我们去年规上工业总产值六百零八亿元。"
    )
    facts = {f.value: f for f in extract_facts("s.md", "讲话", text, meta=meta)}
    assert facts["八百零六亿元"].subject == "望山经开区"
    assert facts["二十一个"].subject == "望山经开区"  # (its ；-clause goes on about it)
    assert facts["六百零八亿元"].subject == ""  # a sentence not naming it
    # the report's own park named after the neighbour: its figure is the park's own
    text = (
        "我们跟望山经开区比：人家规上工业总产值八百零六亿元，"
        "我们翠岚高新区规上工业总产值六百零八亿元。"
    )
    facts = {f.value: f for f in extract_facts("s.md", "讲话", text, meta=meta)}
    assert (facts["八百零六亿元"].subject, facts["六百零八亿元"].subject) == ("望山经开区", "")


def test_persons_named_before_the_adverb_of_what_they_did() -> None:
    from parkqa.answer.facts import _PERSON_AFTER_TITLE

    text = "党工委书记许明文、管委会主任谢景山先后带队外出招商11次"
    assert [m.group("name") for m in _PERSON_AFTER_TITLE.finditer(text)] == ["许明文", "谢景山"]
    people = [f.value for f in extract_facts("p.txt", "2025年", text + "。") if f.unit == "person"]
    assert people == ["许明文", "谢景山"]


def test_a_list_cut_inside_brackets_is_not_nested() -> None:
    from parkqa.answer.facts import _nested

    assert not _nested("焦明远）、某某（主任")  # closes before it opens, though counts match
    assert _nested("甲（一期）、乙（二期）")
    assert not _nested("甲（一期、乙")


def test_a_numbered_row_is_one_of_figures_and_a_table_goes_on_under_its_last_header() -> None:
    from parkqa.answer.facts import _data_row, _last_header_row

    row = (
        "8 | 年产10万吨电解液项目 | 某某有限公司 | 建设车间、储罐区及灌装线 | 156000 | 72000 | "
        "58000 | 168 | 2025-04-16 | 2026年12月 | 二季度设备安装 | 锂电材料 | 张某"
    )
    assert _data_row(row)
    assert not _data_row("序号 | 项目名称 | 总投资（万元）")
    # few figures among many words: a row of figures by its serial number alone
    sparse = (
        "9 | 年产5万吨隔膜项目 | 某某有限公司 | 建设涂布车间 | 98000 | 41000 | 2025-06-02 | "
        "2026年6月 | 三季度主体封顶 | 锂电材料 | 李某"
    )
    assert _data_row(sparse)
    assert not _data_row("- | " + sparse.split(" | ", 1)[1])
    text = (
        "填报单位：霁川经开区 | - | 填报日期：2025-11-05 | -\n"
        "序号 | 项目名称 | 总投资（万元） | 1—10月完成投资（万元）\n"
        "1 | 动力电池二期项目 | 386000 | 108600"
    )
    head = _last_header_row(text, 0, len(text))
    assert head is not None
    assert text[head[0] : head[1]] == "序号 | 项目名称 | 总投资（万元） | 1—10月完成投资（万元）"
    figures = "1 | 动力电池二期项目 | 386000 | 108600"
    assert _last_header_row(figures, 0, len(figures)) is None


def test_a_target_in_brackets_and_a_growth_at_comparable_prices() -> None:
    from parkqa.answer.facts import _status

    assert _status("完成年度目标（") == "plan"  # the figure after it is the target
    assert _status("上半年完成年度目标的") == "actual"
    text = "上半年完成规上工业总产值642.5亿元，完成年度目标（1300亿元）的49.4%。"
    facts = {f.value: f for f in extract_facts("h.md", "砚川经开区2025年上半年工作总结", text)}
    assert facts["1300亿元"].status == "plan"
    assert (facts["49.4%"].status, facts["49.4%"].measure) == ("actual", "completion")
    text = "全年实现地区生产总值486.3亿元，按可比价格计算同比增长6.8%。"
    facts = {f.value: f for f in extract_facts("r.md", "砚川经开区2025年工作总结", text)}
    growth = facts["6.8%"]
    assert "地区生产总值" in growth.indicator  # the level's, the price basis between them
    assert (growth.indicator_id, growth.measure) == ("gross-regional-product", "growth")


def test_a_clause_opening_with_a_part_gives_its_figures_to_that_part() -> None:
    """ "东片区开工项目5个，南片区开工项目4个，埴川片区…": each ，-clause's figures are the part
    it opens with (not the first part of the sentence); a phrase ending in 园区 that names a
    scope (增速居全市开发园区) is no part."""
    text = (
        "从区域分布看，东片区开工项目5个、总投资38.9亿元，南片区开工项目4个、总投资17.5亿元，"
        "埴川片区开工项目3个、总投资12.0亿元。东片区和南片区是主战场。\n\n"
        "一季度，园区规上工业增加值增长9.1%，增速居全市开发园区第一位。"
    )
    facts = {f.value: f for f in extract_facts("p.txt", "2025年", text)}
    assert facts["5个"].subject == facts["38.9亿元"].subject == "东片区"
    assert facts["4个"].subject == facts["17.5亿元"].subject == "南片区"
    assert facts["3个"].subject != "南片区"
    assert "园区" not in facts["第一位"].subject


def test_a_ledgers_unit_column_of_names_heads_its_rows_and_running_columns_run_to_its_month() -> (
    None
):
    """A May ledger: 序号 | 单位 | 新签约项目 当月 | 累计 — its 单位 holds the parks (no units),
    so each row is its park's; a 累计 cell is 1—5月's, a 当月 cell May's."""
    text = (
        "序号 | 单位 | 新签约项目（个） | - | 综合得分 | 排名\n"
        "- | - | 当月 | 累计 | - | -\n"
        "1 | 蛉川高新区 | 5 | 21 | 95.2 | 1\n"
        "2 | 酩川经开区 | 4 | 19 | 91.8 | 2\n"
    )
    meta = ReportMeta(2026, (5, 5))
    facts = extract_facts("l.xlsx", "2026年5月招商引资工作台账", text, meta=meta)
    cells = {(f.subject, f.value): f for f in facts if f.table}
    assert cells[("蛉川高新区", "21")].period == (1, 5)
    assert cells[("蛉川高新区", "5")].period == (5, 5)
    assert cells[("酩川经开区", "91.8")].kind == "score"


def test_a_latin_term_with_a_space_is_inside_a_name() -> None:
    text = "鞅川光电Mini LED背光模组项目总投资20亿元。"
    names = [f.value for f in extract_facts("n.txt", "2026年", text) if f.kind == "name"]
    assert names == ["鞅川光电Mini LED背光模组项目"]


def test_a_merged_headers_column_has_its_own_unit_and_month_and_a_rate_rank_is_a_rank() -> None:
    """规模以上工业总产值（亿元） over 本月 | 1—9月累计 | 同比增长（%）: the growth cell is a
    percent (its own unit, written last), the 本月 cell September's; 增速排名 columns hold
    ranks."""
    text = (
        "表1 2025年1—9月全市开发区主要经济指标\n\n"
        "园区 | 规模以上工业总产值（亿元） | - | - | 产值增速排名\n"
        "- | 本月 | 1—9月累计 | 同比增长（%） | -\n"
        "峪岚高新区 | 18.4 | 149.9 | 15.8 | 2\n"
    )
    meta = ReportMeta(2025, (1, 9))
    facts = extract_facts("w.xlsx", "2025年1—9月开发区主要指标", text, meta=meta)
    cells = {f.value: f for f in facts if f.table}
    assert (cells["15.8"].kind, cells["15.8"].unit) == ("percent", "%")
    assert cells["18.4"].period == (9, 9)
    assert cells["149.9"].period == (1, 9)
    assert cells["2"].kind == "rank"


def test_a_row_label_ending_in_its_unit_gives_it_to_the_rows_cells() -> None:
    """指标 | 2024年 | 2025年 | 增长（%） with rows 实际使用外资（万美元）, 高新技术企业（家）: the
    cells are amounts in 万美元 and counts of 家; the growth column keeps its %."""
    text = (
        "表1 2025年峪岚高新区主要经济指标\n\n"
        "指标 | 2024年 | 2025年 | 增长（%）\n"
        "实际使用外资（万美元） | 21560 | 24630 | 14.2\n"
        "高新技术企业（家） | 612 | 698 | 14.1\n"
    )
    facts = extract_facts("t.docx", "峪岚高新区2025年工作总结", text)
    cells = {f.value: f for f in facts if f.table}
    assert (cells["24630"].kind, cells["24630"].unit) == ("amount", "万美元")
    assert (cells["698"].kind, cells["698"].unit) == ("count", "家")
    assert (cells["14.2"].kind, cells["14.2"].unit) == ("percent", "%")


def test_a_serial_number_column_names_no_row() -> None:
    """序号 | 开发区 | …: the rows are the parks of the column after the numbers."""
    text = (
        "表1 2025年1—9月各开发区主要指标\n\n序号 | 开发区 | 规上工业总产值（亿元）\n"
        "1 | 栎川经开区 | 842.7\n2 | 桐台高新区 | 615.4\n"
    )
    facts = extract_facts("r.xlsx", "2025年9月开发区月报", text)
    (fact,) = [f for f in facts if f.value == "842.7"]
    assert fact.subject == "栎川经开区"
    assert not [f for f in facts if f.value in ("1", "2")]


def test_a_figure_a_targets_words_follow_is_the_target() -> None:
    text = "春秋两季签约协议投资382.9亿元，已完成全年400亿元招商引资目标任务的95.7%。"
    facts = extract_facts("r.txt", "栎川产业园2025年招商工作", text)
    status = {f.value: f.status for f in facts}
    assert status["400亿元"] == "plan" and status["382.9亿元"] == "actual"
    # (a figure achieved, then its share of the target: no target)
    achieved = "完成固定资产投资25.3亿元占年度目标的52.1%。"
    facts = extract_facts("r.txt", "栎川产业园2025年", achieved)
    assert {f.value: f.status for f in facts}["25.3亿元"] == "actual"


def test_parks_a_clause_lists_before_respectively_own_its_values() -> None:
    text = "投资方面，栎溪经开区、桐山工业园区固定资产投资分别下降3.0%和8.0%，新开工项目偏少。"
    facts = extract_facts("r.md", "某市2025年园区发展通报", text)
    subjects = {f.value: f.subject for f in facts if f.kind == "percent"}
    assert subjects["下降3.0%"] == "栎溪经开区" and subjects["8.0%"].startswith("桐山工业园")
    # (a group of parks, and measures the values go to: no park's each)
    text = "栎溪经开区、桐山工业园区等5个园区规上工业产值、税收收入分别增长3.0%和8.0%。"
    facts = extract_facts("r.md", "某市2025年园区发展通报", text)
    assert all(not f.subject.startswith("桐山") for f in facts if f.value == "8.0%")


def test_a_caption_naming_two_indicators_gives_a_column_the_one_its_words_are_of() -> None:
    text = (
        "表2　各园区规上工业总产值及规上工业增加值增速\n\n"
        "园区 | 总产值同比增长（%） | 规上工业增加值增速2025年（%）\n栎溪经开区 | 20.1 | 14.2\n"
        "桐山工业园区 | 5.2 | 6.3\n"
    )
    facts = extract_facts("r.md", "某市2025年园区发展通报", text)
    linked = {f.value: f.indicator_id for f in facts}
    assert linked["20.1"] == "gross-industrial-output-value-above-size"
    assert linked["14.2"] == "value-added-industrial-enterprises-above"


def test_a_person_after_a_title_is_read_whatever_the_surname() -> None:
    """An uncommon surname (鲴思远) is still a person after a title and before a speaker's verb
    or the end of the line; an adverb after a title (主任亲自带队) is no one."""

    def people(text: str) -> list[str]:
        facts = extract_facts("r.txt", "某园区2025年工作报告", text)
        return [f.value for f in facts if f.unit == "person"]

    assert people("管委会主任 鲭海涛\n\n各位同志：") == ["鲭海涛"]
    assert people("党工委副书记、管委会主任鲴思远主持会议，管委会副主任鲩立群通报情况。") == [
        "鲴思远",
        "鲩立群",
    ]
    assert people("管委会主任亲自带队外出招商，副主任分别走访企业。") == []
    # (words after a title, or a title inside a word: no one)
    assert people("召开管委会主任办公会，研究园区长效机制。党工委书记调研时强调，要抓项目。") == []


def test_a_line_introducing_targets_keeps_the_numbered_sections_year() -> None:
    """ "五、2025年工作计划" / "（一）主要目标" / "青源高新区的主要目标是：" / "1. 全年新签约项目
    130个以上": the items are 2025's targets, whatever year the report is of."""
    text = (
        "青源高新区2024年招商引资工作总结\n\n五、2025年工作计划\n\n（一）主要目标\n\n"
        "青源高新区招商引资工作的主要目标是：\n\n"
        "1. 全年新签约项目130个以上，协议总投资突破800亿元；\n"
    )
    facts = extract_facts("r.md", "青源高新区2024年招商引资工作总结", text)
    (total,) = [f for f in facts if f.value == "800亿元"]
    assert total.year == 2025 and total.status == "plan"


def test_what_is_left_once_some_are_set_aside_is_a_part() -> None:
    text = (
        "会上，15个项目集中签约，总投资132.6亿元。除上述4个10亿元以上项目外，"
        "本次签约的其余11个项目总投资59.5亿元。"
    )
    facts = extract_facts("r.html", "某某经开区三季度集中签约", text)
    (rest,) = [f for f in facts if f.value == "59.5亿元"]
    (whole,) = [f for f in facts if f.value == "132.6亿元"]
    assert rest.part and not whole.part


def test_review_of_session_14_fact_readings() -> None:
    """A remainder is what its own clause sets aside (not a total after 除…外，其余…均…), 拆除
    is no 除…外; a growth beside a base year's column is the current year's; a line comparing
    with a year keeps the section's year; a lead announcing targets makes its list targets."""
    text = (
        "除电子信息产业外，其余产业产值均实现增长，全区规上工业总产值达到320.5亿元。"
        "拆除低效厂房12万平方米后引进外资企业5家，实际使用外资1.2亿美元。"
    )
    facts = extract_facts("r.txt", "某某园区2025年工作总结", text)
    assert not any(f.part for f in facts if f.value in ("320.5亿元", "5家", "1.2亿美元"))
    table = (
        "指标 | 2025年1-6月 | 2024年1-6月 | 增长（%）\n"
        "规上工业总产值（亿元） | 120.5 | 111.4 | 8.2\n"
    )
    facts = extract_facts("r.md", "某某园区2025年上半年经济运行", table)
    (growth,) = [f for f in facts if f.value == "8.2"]
    assert growth.year == 2025
    text = (
        "某某园区2025年上半年经济运行情况\n\n一、总体情况\n\n与2024年同期相比，园区主要指标均有所提升：\n\n"
        "规上工业总产值完成120.5亿元。\n\n二、下一步工作\n\n下半年，园区将力争全年实现以下目标：\n\n"
        "1.规上工业总产值达到352亿元；\n"
    )
    facts = extract_facts("r.md", "某某园区2025年上半年经济运行情况", text)
    (level,) = [f for f in facts if f.value == "120.5亿元"]
    assert level.year == 2025
    (target,) = [f for f in facts if f.value == "352亿元"]
    assert target.status == "plan"


def test_a_lists_first_item_starts_past_the_verb_before_it() -> None:
    """ "高新区组建信息技术、智能装备、生物医药3个专班": the list is the three fields, not
    "高新区组建信息技术…"; a list of actions keeps its verbs."""

    def lists(text: str) -> list[str]:
        return [
            f.value
            for f in extract_facts("x.txt", "某园区2025年工作总结", text)
            if f.kind == "list"
        ]

    assert lists("2025年，高新区组建信息技术、智能装备、生物医药3个产业招商专班。") == [
        "信息技术、智能装备、生物医药"
    ]
    assert lists("市开发园区办从经济发展、项目建设、招商引资五个方面进行考评。") == [
        "经济发展、项目建设、招商引资"
    ]
    assert lists("要强化要素保障、优化营商环境、提升服务效能。") == [
        "要强化要素保障、优化营商环境、提升服务效能"
    ]


def test_a_rare_surnamed_person_after_a_long_title_ends_a_sentence() -> None:
    """ "…专访了鹏桥新材料产业园管委会主任鹄志远。": an uncommon surname after a title, at the
    sentence's end, is the person; 园 before 管委会主任 puts no title inside a word (as 园 before
    区长 does in 园区长效)."""
    text = "近日，本报记者专访了鹊桥新材料产业园管委会主任鹄志远。园区长效机制建设持续推进。"
    people = [f.value for f in extract_facts("x.md", "访谈", text) if f.unit == "person"]
    assert people == ["鹄志远"]


def test_review_misfires_of_session_15_stay_fixed() -> None:
    """A ranked list after a paragraph that does not announce it measures nothing that
    paragraph says; its figures are typed as figures are (12.3% is a rate); 讲党课 and 接待日
    after a title are no people; a list of names is cut nowhere."""
    text = (
        "一、运行情况\n\n全市规上工业总产值同比增长8.2%。\n\n"
        "第一名 甲湾高新区 92.4分\n\n第二名 乙陵经开区 90.1分"
    )
    ranks = [f for f in extract_facts("x.pdf", "某市2025年1—9月通报", text) if f.kind == "rank"]
    assert ranks and all(
        f.indicator_id != "gross-industrial-output-value-above-size" for f in ranks
    )
    text = (
        "各园区规上工业增加值增速排名如下：\n\n第一名 甲湾高新区 12.3%\n\n第二名 乙陵经开区 10.1%"
    )
    rates = {f.value: f for f in extract_facts("x.pdf", "某市2025年1—9月通报", text)}
    assert rates["12.3%"].kind == "percent" and rates["12.3%"].measure == "growth"
    people = "各支部书记讲党课，落实局长接待日。举办企业总经理培训班。"
    assert not [f for f in extract_facts("x.md", "通报", people) if f.unit == "person"]
    names = "重点企业有鹭湾城市开发有限公司、鸾陵建设集团等。"
    lists = [f.value for f in extract_facts("x.md", "通报", names) if f.kind == "list"]
    assert lists == ["鹭湾城市开发有限公司、鸾陵建设集团"]


def _linked(text: str, title: str = "燧川经开区2025年前三季度招商引资发布会"):
    return {f.value: f for f in extract_facts("r.md", title, text)}


def test_a_part_of_a_set_counted_in_the_sentence_before_is_of_that_set() -> None:
    """ "这67个项目里，亿元以上项目43个" and "…；其中亿元以上项目61个": the signed projects'
    part (亿元以上 kept as its qualifier), not the projects under construction the same words
    name elsewhere."""
    facts = _linked(
        "前三季度累计新签约项目67个，协议总投资528.4亿元，同比增长31.5%。"
        "这67个项目里，亿元以上项目43个，10亿元以上项目14个。"
    )
    assert facts["43个"].indicator_id == "signed-projects"
    assert (facts["43个"].qualifier, facts["43个"].part) == ("亿元以上", True)
    facts = _linked("全年新签约项目138个，协议总投资716.5亿元，增长12.4%；其中亿元以上项目61个。")
    assert facts["61个"].indicator_id == "signed-projects"


def test_a_target_a_figure_met_is_a_target_and_governs_no_clause_after_it() -> None:
    facts = _linked(
        "年末高新技术企业达到437家，净增51家，超过420家的年度目标。"
        "其中亿元以上项目61个，超额完成55个的年度目标，10亿元以上项目14个。"
    )
    assert facts["437家"].status == "actual"
    assert facts["超过420家"].status == "plan"
    assert facts["55个"].status == "plan"
    assert facts["14个"].status == "actual"


def test_what_is_still_to_be_done_is_a_target_and_the_years_target_the_whole_years() -> None:
    facts = _linked(
        "会议强调，四季度是冲刺全年目标的关键期。全区上下要锚定规上工业总产值突破1000亿元的"
        "全年目标。据测算，四季度需完成规上工业总产值273.6亿元。",
        "棹州高新区2025年前三季度经济运行分析会",
    )
    assert (facts["1000亿元"].status, facts["1000亿元"].period) == ("plan", (1, 12))
    assert facts["273.6亿元"].status == "plan"


def test_a_quarters_own_figure_after_its_running_totals_is_the_same_indicators() -> None:
    facts = _linked(
        "规上工业总产值一季度完成226.1亿元，上半年完成471.8亿元，前三季度完成726.4亿元，"
        "其中三季度单季完成254.6亿元。",
        "棹州高新区2025年前三季度经济运行分析会",
    )
    assert facts["254.6亿元"].indicator_id == "gross-industrial-output-value-above-size"
    assert facts["254.6亿元"].period == (7, 9)


def test_a_list_of_names_ends_where_its_last_name_does() -> None:
    """A verb run on after the last park ("…楹山化工园区加强调度") is no part of the list; a
    list of actions keeps its words."""
    lists = [
        f.value
        for f in extract_facts(
            "r.md",
            "楮阳市园区运行分析",
            "对完成进度低于序时的楮阳高新技术产业开发区、槲溪经济开发区、楹山化工园区加强调度。"
            "重点推进甲乙新材料项目、丙丁智能装备项目建设。",
        )
        if f.kind == "list"
    ]
    assert lists == [
        "楮阳高新技术产业开发区、槲溪经济开发区、楹山化工园区",
        "甲乙新材料项目、丙丁智能装备项目",
    ]


def test_a_company_named_with_a_bracketed_group_is_one_name() -> None:
    names = [
        f.value
        for f in extract_facts(
            "r.md",
            "棹州高新区签约",
            "棠芯半导体（集团）有限公司投资56亿元建设先进封装测试基地项目。"
            "签约企业代表、棠芯半导体(集团)有限公司董事长梁屹峰发言。",
        )
        if f.kind == "name" and f.value.startswith("棠芯半导体")
    ]
    assert names == ["棠芯半导体（集团）有限公司", "棠芯半导体(集团)有限公司"]


def test_a_rate_set_against_the_citys_is_the_parks_own_change_and_says_its_base() -> None:
    from parkqa.answer.vocab import compared_with

    facts = _linked(
        "上半年全区实现地区生产总值412.36亿元，同比增长7.1%，增速高于全市1.6个百分点，"
        "较一季度的6.6%提高0.5个百分点。",
        "焜宁高新区2025年上半年经济运行分析",
    )
    assert facts["1.6个百分点"].indicator_id == "gross-regional-product"
    assert facts["1.6个百分点"].measure == "pp_change"
    assert compared_with("，增速高于全市") == "全市"
    assert compared_with("较一季度的6.6%提高") == "一季度"
    assert compared_with("同比增长") is None


def test_ranked_lines_with_a_label_before_their_figure() -> None:
    """ "第一名：焱山新材料产业园，综合得分94.62分；": each line's rank and score are its park's
    (its whole name, 园区 and all); a park moved between two rankings ("由第三名跃升至第一名")
    is no line of the list."""
    text = (
        "对全市6家开发区1—9月工作进行了综合考评。考评结果如下：\n\n"
        "第一名：焱山新材料产业园，综合得分94.62分；\n\n"
        "第二名：烨湖高新技术产业园区，综合得分93.85分；\n\n"
        "第三名：熠州高新技术产业开发区，综合得分92.17分。"
    )
    facts = extract_facts("y.pdf", "熠州市开发区1—9月主要经济指标通报", text)
    ranks = {f.subject: f.value for f in facts if f.kind == "rank"}
    assert ranks == {
        "焱山新材料产业园": "第一名",
        "烨湖高新技术产业园区": "第二名",
        "熠州高新技术产业开发区": "第三名",
    }
    scores = [f for f in facts if f.kind == "score"]
    assert {f.indicator_id for f in scores} == {"comprehensive-evaluation-score"}


def test_the_place_a_park_moved_from_is_the_earlier_rankings() -> None:
    """ "与上半年考评结果相比，X由第三名跃升至第一名": 第三名 is the first half's rank, 第一名
    the report's own period's; the period set against governs no other figure."""
    text = (
        "二、第三季度综合考评结果\n\n与上半年考评结果相比，焱山新材料产业园由第三名跃升至第一名。"
    )
    ranks = [
        (f.value, f.period)
        for f in extract_facts("y.pdf", "熠州市开发区1—9月主要经济指标通报", text)
        if f.kind == "rank"
    ]
    assert ranks == [("第三名", (1, 6)), ("第一名", (7, 9))]


def test_review_misfires_of_session_16_stay_fixed() -> None:
    """A change before a ranked line's score is no label of it; a plan word before a target met
    still governs the clauses after; 还需加快 is no target; a rate set against the city's in %
    is the city's, no park's growth; a list's leading verb is cut before a park."""
    text = (
        "第一名：鹭湾经开区，较上年提高3.2分，综合得分94.62分；\n\n"
        "第二名：云陵高新区，综合得分90.1分。"
    )
    scores = [
        f for f in extract_facts("x.pdf", "某市2025年综合考评通报", text) if f.value == "3.2分"
    ]
    assert all(f.indicator_id != "comprehensive-evaluation-score" for f in scores)
    facts = _linked(
        "下一步，园区将力争实现规上工业总产值突破520亿元的目标，新签约项目20个。"
        "项目建设还需加快，前三季度新开工项目18个。"
    )
    assert facts["20个"].status == "plan"
    assert facts["18个"].status == "actual"
    facts = _linked("规上工业总产值完成512.7亿元，增速高于全市7.6%的平均水平。")
    assert facts["7.6%"].indicator_id != "gross-industrial-output-value-above-size"
    lists = [
        f.value
        for f in extract_facts(
            "x.md", "云陵市", "全市重点支持云陵高新区、鹭湾经开区和岚州化工园区创建省级特色园区。"
        )
        if f.kind == "list"
    ]
    assert lists == ["云陵高新区、鹭湾经开区和岚州化工园区"]
