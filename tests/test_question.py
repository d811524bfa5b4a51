"""Question analysis in Chinese and English."""

from __future__ import annotations

import pytest

from parkqa.question import analyse, is_follow_up


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("10月31日签约了多少个项目？", "count"),
        ("投资总额是多少亿元？", "amount"),
        ("地区生产总值同比增长多少？", "percent"),
        ("排名第几？", "rank"),
        ("哪天集中签约？", "date"),
        ("新建哪些道路？", "list"),
        ("营商环境成为什么？", "phrase"),
        ("how many projects were signed on 31 Oct?", "count"),
        ("what was the total investment?", "amount"),
        ("what was the growth of retail sales?", "percent"),
        ("when was the conference held?", "date"),
        ("how many TEUs did the port handle?", "quantity"),
    ],
)
def test_answer_types(text: str, kind: str) -> None:
    assert analyse(text).type == kind


def test_dates_in_every_notation() -> None:
    for text in (
        "10月31日签约了多少个项目",
        "signed on 31 Oct",
        "signed on October 31st",
        "signed on the 31st of October",
    ):
        assert analyse(text).dates == ((10, 31),), text


def test_constraints() -> None:
    q = analyse("2024年力争新签约10亿元以上项目多少个？")
    assert q.years == (2024,) and q.plan is True and q.qualifiers == ("10亿元以上",)
    assert q.classifiers == ("个",) and q.head == "项目"
    en = analyse("How many projects above 1 billion yuan were signed in the first three quarters?")
    assert en.qualifiers == ("10亿元以上",) and en.periods == ("1-9月",)
    assert analyse("规模以上工业增加值增长多少？").qualifiers == ("规模以上",)


def test_focus_is_the_word_leading_the_figure() -> None:
    assert analyse("申报高新技术企业通过了多少家？").focus == ("通过",)
    assert analyse("当年新认定高新技术企业多少家？").focus == ("认定",)
    assert analyse("How many high-tech enterprises passed?").focus == ("通过",)


def test_english_terms_become_chinese_groups() -> None:
    q = analyse("What was the R&D investment?")
    assert ("研发",) in q.groups and ("投资", "投入") in q.groups


def test_follow_up_detection() -> None:
    assert is_follow_up(analyse("其中10亿元以上的有几个？"))
    assert is_follow_up(analyse("And what was their total investment?"))
    assert is_follow_up(analyse("同比增长多少？"))
    assert not is_follow_up(analyse("同比增长多少？"), names_a_report=True)
    assert not is_follow_up(analyse("青湖高新区全年新签约项目多少个？"), names_a_report=True)


def test_a_question_without_its_own_report_leans_on_the_conversation() -> None:
    """In a conversation a question naming no park nor thing of any report is asked in its
    frame, a year of its own or not ("2025年完成了多少投资？" after a turn about a project)."""
    assert is_follow_up(analyse("排在最后的是哪个园区？"))
    assert is_follow_up(analyse("What's the full-year target for industrial investment?"))
    assert is_follow_up(analyse("2024年新签约项目多少个？"))
    assert not is_follow_up(analyse("2024年新签约项目多少个？"), names_a_report=True)
    # (a region's parks together are a frame of their own)
    assert not is_follow_up(analyse("2025年全市开发区规上工业总产值合计是多少？"))


# ------------------------------------------------------------------ the question's frame


@pytest.mark.parametrize(
    ("question", "indicator", "measure"),
    [
        ("固投比上年增长多少？", "固定资产投资", "growth"),
        ("2024年规模以上工业企业的增加值比上一年增长了多少？", "规模以上工业增加值", "growth"),
        ("实际到位的资金有多少？", "到位资金", ""),
        ("工业投资在全区固投中占多大比重？", "工业投资", "share"),
        ("规上产值达到全年任务的百分之多少？", "规模以上工业总产值", "completion"),
        ("一共赚了多少钱？", "利润总额", ""),
        ("青源高新区排名第几？", "", "rank"),  # 高新区排名 is the park's name, not an indicator
        (
            "What was the output value of industries above designated size?",
            "规模以上工业总产值",
            "",
        ),
        ("How many investment deals did Songlin Industrial Park land?", "", ""),
        (
            "What share of the park's general public budget revenue came from taxes?",
            "税收收入",
            "share",
        ),
    ],
)
def test_the_question_is_read_into_an_indicator_and_a_measure(
    question: str, indicator: str, measure: str
) -> None:
    from parkqa.answer.ontology import ontology

    q = analyse(question)
    names = [ontology().get(i).name for i in q.indicators]
    assert names[:1] == ([indicator] if indicator else [])
    assert q.measure == measure


def test_a_follow_up_inherits_the_indicator_and_keeps_its_own_measure() -> None:
    first = analyse("岚溪高新区2024年固定资产投资是多少？")
    then = analyse("同比增长多少？").merged_with(first)
    assert then.indicators == first.indicators and then.measure == "growth"
    again = analyse("那2025年一季度呢？").merged_with(then)
    assert again.indicators == first.indicators and again.measure == "growth"
    assert is_follow_up(analyse("2025年的目标是多少？"))  # names no indicator of its own


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("in January–March 2025", [(1, 3)]),
        ("from Jan to Oct", [(1, 10)]),
        ("over the first five months", [(1, 5)]),
        ("in the first three quarters", [(1, 9)]),
        ("Q1-Q3", [(1, 9)]),
        ("in H1 2025", [(1, 6)]),
        ("in the second quarter", [(4, 6)]),
        ("in June 2025", [(6, 6)]),
        ("on June 5", []),
        ("for the full year", [(1, 12)]),
        ("what may happen", []),
    ],
)
def test_english_periods_of_any_month_range(text: str, periods: list) -> None:
    from parkqa.answer import vocab

    assert vocab.english_periods(text) == periods


def test_the_base_year_and_qualifiers_are_frame_fields_and_follow_ups_keep_them() -> None:
    from parkqa.question import analyse

    base = analyse("澜屿经开区上年同期规上工业总产值是多少？")
    assert base.base_year and "规上" in base.qualifiers
    assert analyse("What was its output in the same quarter of the previous year?").base_year
    assert not analyse("澜屿经开区2024年规上工业总产值是多少？").base_year
    first = analyse("其中亿元以上项目有几个？")
    follow = analyse("那2025年一季度呢？").merged_with(first)
    assert follow.qualifiers == first.qualifiers
    # "钱有多少" asks an amount
    assert analyse("上半年真正到账的钱有多少？").type == "amount"


def test_an_english_sentence_naming_places_in_chinese_is_english() -> None:
    english = analyse("Who is the chairman of 镡琅中钜精密装备, the key firm in 镡琅经开区?")
    assert english.lang == "en" and english.name_kind == "person"
    assert analyse("What was the GDP of 沄泷经开区 in 2025?").lang == "en"
    assert analyse("GDP是多少？").lang == "zh"
    chinese = analyse("琛钤高新区管委会一把手叫什么？")
    assert chinese.answer_kind == "name" and chinese.name_kind == "person"


def test_wh_words_and_the_rank_verb_before_them_are_no_content() -> None:
    """ "考评中排第几" must not yield the token 中排, "哪几家" no 哪 and 几家, "2024年度" no 度:
    the coverage of a question's words by a sentence counts what it is about, not its asking."""
    words = {
        w for g in analyse("柘川经开区在2024年度全省开发区综合考评中排第几？").groups for w in g
    }
    assert {"综合", "考评"} <= words
    assert not words & {"中排", "第几", "度", "排"}
    words = {w for g in analyse("年产值超50亿元的企业有哪几家？").groups for w in g}
    assert "企业" in words and not words & {"哪", "几家"}
    assert analyse("10月28日的集中签约是今年第几批？").classifiers == ("批",)
    assert ("市",) in analyse("多少个市重点项目开工？").groups


def test_a_follow_up_asking_a_target_asks_the_indicators_target_in_the_year_it_says() -> None:
    """ "同比增长多少？" then "2026年的目标呢？": the target of the indicator (not of its growth,
    nor of the month the turn before named); "明年" is the year after the turn before's."""
    first = analyse("磐川经开区2025年实际使用外资多少？")
    growth = analyse("同比增长多少？").merged_with(first)
    assert growth.measure == "growth"
    target = analyse("2026年的目标呢？").merged_with(growth)
    assert target.measure == "" and target.years == (2026,) and target.plan
    month = analyse("那12月当月呢？").merged_with(first)
    following = analyse("明年的目标呢？").merged_with(month)
    assert following.years == (2026,) and following.periods == ()
    assert analyse("那去年呢？").merged_with(first).years == (2024,)
    assert analyse("比去年多了多少？").year_offset is None
    assert analyse("去年同期是多少？").year_offset is None


def test_an_english_indicator_named_with_no_question_word_asks_its_figure() -> None:
    """ "Total value of imports and exports of X in 2024?" (a table's row name as a question)
    asks a figure; "And in 2024?" still asks what the turn before asked."""
    q = analyse("Total value of imports and exports of Liyu ETDZ in 2024?")
    assert q.type == "number" and q.indicators == ("total-value-imports-exports",)
    assert analyse("And in 2024?").type == "phrase"
    assert analyse("Which company built the plant?").type != "number"


def test_the_n_big_things_asked_are_a_list() -> None:
    assert analyse("砺川经开区的三大主导产业是什么？").type == "list"
    assert analyse("三大主导产业产值是多少？").type == "amount"


def test_the_year_befores_own_figure_asked_of_a_named_year_is_that_year_minus_one() -> None:
    q = analyse("砺川高新区2025年1—8月实际使用外资的上年同期增速是多少？")
    assert q.years == (2024,) and q.base_year
    growth = analyse("2025年上半年规上工业总产值比上年同期增长多少？")
    assert growth.years == (2025,) and not growth.base_year


def test_a_target_set_is_no_indicator_and_another_indicator_asks_its_level() -> None:
    target = analyse("2026年的目标定的多少？")
    assert not target.names_an_indicator() and is_follow_up(target)
    growth = analyse("嵋塘经开区上半年固定资产投资同比增长多少？")
    assert growth.measure == "growth"
    other = analyse("其中工业投资呢？").merged_with(growth)
    assert other.measure == "" and other.indicators != growth.indicators
    again = analyse("那2024年呢？").merged_with(growth)
    assert again.measure == "growth"


def test_two_digit_years_partners_regions_and_amounts_asked() -> None:
    assert analyse("璟塘高新区24年上半年税收收了多少？").years == (2024,)
    assert analyse("那23年呢？").years == (2023,)
    assert analyse("园区成立24年来累计引进项目多少个？").years == ()
    assert analyse("园区已有15年的历史，企业多少家？").years == ()
    trade = analyse("瑛垌综保区2025年对东盟进出口额是多少？")
    assert trade.partner == "东盟" and trade.part
    assert analyse("瑛垌综保区2025年进出口总值是多少？").partner is None
    assert analyse("琨垣市四园区2025年规上工业总产值合计多少？").region_asked
    assert analyse("2024年1—9月云陵市开发园区新签约项目多少个？").region_asked
    assert not analyse("琨垣经开区2025年规上工业总产值是多少？").region_asked
    for text in ("项目达产后年产值预计多少？", "四园区规上工业总产值合计多少？"):
        assert analyse(text).answer_kind == "amount", text


def test_which_one_is_highest_asks_a_name_not_its_rate() -> None:
    assert analyse("三个片区中，2024年规上工业总产值增速最高的是哪个？").answer_kind == "name"
    assert analyse("哪个片区增速最快？").answer_kind == "name"
    assert analyse("增速最高的片区增长了多少？").answer_kind == "percent"


def test_spoken_plan_words_and_event_words_are_read() -> None:
    assert analyse("梧冈片区2025年规上工业产值准备做到多少？").plan
    # a thing already prepared is no target
    assert not analyse("园区为2025年提前准备了多少个重点项目？").plan
    # 此次/本次/现场 ask for one event's figure, as 签约仪式 does
    assert analyse("琮湖高新区此次秋季签约项目总投资多少？").dated
    assert not analyse("琮湖高新区2025年签约项目总投资多少？").dated
    # a split verb, spoken, is its event; what is still to be done is a target
    assert analyse("它哪天开的工？").events == frozenset({"开工"})
    assert analyse("那个项目是哪天签的约？").events == frozenset({"签约"})
    assert analyse("四季度还需完成多少产值？").plan
    assert analyse("四季度还需完成多少产值？").asks_remaining
    assert not analyse("四季度计划完成多少产值？").asks_remaining


def test_stages_in_an_event_name_and_a_role_asked_in_english() -> None:
    # 签约 and 开工 in the ceremony's name ask no stage of what was started at it
    assert analyse("澈烽经开区秋季集中签约暨开工仪式上集中开工了几个项目？").stage is None
    assert analyse("园区还有几个签约项目没有动工？").stage == "未开工"
    role = "What role does the Wugang sub-park play given its large share of output?"
    assert analyse(role).answer_kind == "phrase"


def test_a_share_of_the_target_achieved_asks_no_target() -> None:
    assert analyse("上半年实际到位资金完成全年目标的百分之多少？").plan is None
    assert analyse("全年实际到位资金目标是多少？").plan


def test_the_year_befores_own_rate_and_a_follow_ups_level_verb() -> None:
    # "上年同期的增速": the year before's own rate; "比上年同期增长" is this year's against it
    assert analyse("那上年同期的增速呢？").base_figure
    assert not analyse("规上工业总产值比上年同期增长多少？").base_figure
    growth = analyse("缙骊经开区1—11月规上工业总产值同比增长多少？")
    part = analyse("其中绛驰片区完成了多少？").merged_with(growth)
    assert part.measure == "" and part.asked[0][1] == "level"
    assert analyse("其中绛驰片区呢？").merged_with(growth).measure == "growth"


def test_colloquial_titles_ask_a_person() -> None:
    for text in ("在签约仪式上代表企业上台讲话的老总叫什么？", "这家企业的老板是谁？"):
        assert analyse(text).name_kind == "person", text
    assert analyse("Who is the CEO of the company?").name_kind == "person"


def test_an_indicator_named_again_in_a_follow_up_asks_its_level() -> None:
    growth = analyse("稷塘产业园1—9月规上工业总产值同比增长多少？")
    month = analyse("那9月当月规上工业总产值呢？").merged_with(growth)
    assert month.measure == "" and month.answer_kind != "percent"
    counted = analyse("And how many enterprises above designated size does it have?")
    assert counted.merged_with(growth).measure == ""
    assert analyse("Which sub-zone had the highest output?").asks_name


def test_a_day_is_read_in_every_way_reports_write_it() -> None:
    from parkqa.answer.vocab import month_days

    assert month_days("3月18日签约，2025.4.9开工，2025-11-12投产，2025/5/20竣工") == {
        (3, 18),
        (4, 9),
        (11, 12),
        (5, 20),
    }
    assert month_days("1-9月累计签约项目52个") == set()


def test_loss_making_firms_domestic_capital_and_trade_in_everyday_words() -> None:
    assert analyse("2025年某园区规上工业企业中有多少家亏损？").indicators == (
        "loss-making-enterprises",
    )
    # 引进的内资 and 到账了多少钱 both name an indicator: the narrower (内资 ⊂ 到位资金) is asked
    assert analyse("引进的内资真正到账了多少钱？").indicators == (
        "domestic-capital-actually-utilized",
    )
    assert analyse("园区到位资金多少？").indicators == ("funds-place",)
    english = analyse("What was the R&D expenditure intensity of X in 2025?")
    assert english.indicators == ("r-d-intensity",)
    assert analyse("进口加出口一共做了多少买卖").indicators == ("total-value-imports-exports",)
    assert analyse("新冒出来多少家规上工业企业").asked == (
        ("number-industrial-enterprises-above", "increase"),
    )


def test_an_english_trade_partner_is_read_as_the_reports_write_it() -> None:
    question = analyse("What was the growth of imports and exports with the European Union?")
    assert question.partner == "欧盟" and question.part
    assert question.asked == (("total-value-imports-exports", "growth"),)
    assert analyse("What were the exports to ASEAN?").partner == "东盟"
    assert analyse("What were the total exports in 2025?").partner is None


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("in the first-quarter evaluation", [(1, 3)]),
        ("first-half output", [(1, 6)]),
        ("the first-five-months total", [(1, 5)]),
        ("the first-three-quarters figure", [(1, 9)]),
    ],
)
def test_english_periods_written_with_hyphens(text: str, periods: list) -> None:
    from parkqa.answer import vocab

    assert vocab.english_periods(text) == periods


def test_a_size_bound_said_in_spoken_form_is_the_qualifier_a_report_writes() -> None:
    assert analyse("这次签的项目里，投资超过10个亿的有几个？").qualifiers == ("10亿元以上",)
    assert analyse("10亿以上项目有多少个？").indicators == (
        "projects-worth-1-billion-yuan-or-more",
    )
    assert analyse("签约了几个上亿的项目？").qualifiers == ("亿元以上",)
    assert analyse("超过5亿元以下的有几个").qualifiers == ("5亿元以下",)  # no bound above


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Which of Ruiqi High-tech Zone's three sub-parks grew fastest in 2025?", "area"),
        ("Which vice mayor witnessed the signing ceremony?", "person"),
        ("What was the biggest project signed there?", "project"),
        ("Which one of the companies invested most?", "company"),
    ],
)
def test_english_questions_for_a_member_of_a_set_ask_a_name(text: str, kind: str) -> None:
    question = analyse(text)
    assert question.answer_kind == "name" and question.name_kind == kind


def test_an_intensity_per_mu_asked_is_never_the_total_it_divides() -> None:
    assert analyse("What was the tax per mu of land for industrial firms?").indicators == (
        "tax-revenue-per-mu",
    )
    assert analyse("What was the industrial value added per mu?").indicators == (
        "value-added-per-mu",
    )
    assert analyse("园区每亩地交多少税？").indicators == ("tax-revenue-per-mu",)
    assert analyse("亩均规上工业企业数是多少？").indicators == ()  # no such intensity


def test_how_many_of_asks_a_subset() -> None:
    assert analyse("How many of the deals signed in Q1 came from the Yangtze River Delta?").subset
    assert not analyse("How many deals were signed in Q1?").subset


@pytest.mark.parametrize(
    ("text", "period"),
    [("头一个季度涨了多少", (1, 3)), ("前半年签了几个", (1, 6)), ("头三个季度产值", (1, 9))],
)
def test_spoken_periods(text: str, period: tuple[int, int]) -> None:
    from parkqa.answer import vocab

    assert [p for _, _, p in vocab.periods_in(text)] == [period]


def test_that_park_refers_back() -> None:
    from parkqa.answer import vocab

    assert vocab.REFERS_BACK.search("And how much did that park invest?")
    assert not vocab.REFERS_BACK.search("Is that the total?")


def test_spoken_bounds_in_chinese_numerals_and_negations() -> None:
    from parkqa.answer.vocab import written_bounds

    assert analyse("一共谈成了多少个投资过十亿的项目？").qualifiers == ("10亿元以上",)
    assert written_bounds("超二十五亿的") == "25亿元以上的"
    assert written_bounds("超过两亿的") == "2亿元以上的"
    # a bound denied is no bound: 不超过10亿 is no 10亿元以上
    assert written_bounds("投资不超过10亿的项目") == "投资不超过10亿的项目"


def test_a_year_named_as_a_comparisons_base_is_not_the_year_asked() -> None:
    assert analyse("比2024年增长多少？").years == (2025,)
    assert analyse("2025年比2024年增长多少？").years == (2025,)
    assert analyse("How much did it grow over 2024?").years == (2025,)
    assert analyse("2024年产值多少？").years == (2024,)


def test_the_year_befores_same_period_asked_in_a_follow_up_is_a_year_earlier() -> None:
    first = analyse("窈貔高新区2026年一季度外贸进出口总额是多少？")
    before = analyse("去年同期是多少？").merged_with(first)
    assert before.years == (2025,) and before.periods == ("一季度",)


@pytest.mark.parametrize(
    ("text", "nth"),
    [
        ("Which company was the runner-up by operating revenue?", 2),
        ("Which park had the second-largest output?", 2),
        ("营业收入第二大的企业是哪家？", 2),
        ("排名第三的是哪个园区？", 3),
    ],
)
def test_ordinals_said_as_runner_up_or_second_largest(text: str, nth: int) -> None:
    order = analyse(text).order
    assert order is not None and (order.direction, order.nth) == ("max", nth)


def test_which_industry_and_which_two_projects_ask_their_kinds() -> None:
    assert analyse("哪个产业的签约投资额最高？").name_kind == "industry"
    assert analyse("投资高速增长主要得益于哪两个项目？").name_kind == "project"
    assert analyse("哪个产业园增长最快？").name_kind == "area"
    assert analyse("Which sector attracted the most investment?").name_kind == "industry"


def test_what_was_its_index_asks_a_figure() -> None:
    assert analyse("What was its composite development index?").type == "number"


def test_spoken_rank_words_and_an_english_target_ask_a_figure() -> None:
    assert analyse("麈麟产业园2024年综合考核排老几？").type == "rank"
    assert (
        analyse("What was the annual foreign capital target of the zone in 2025?").type == "number"
    )


def test_a_follow_up_asking_an_assessments_rank_drops_the_indicator_before() -> None:
    """ "产值是多少？" then "它在第三季度综合考核中排第几？": the assessment's rank, not the
    output's; "它的产值排第几？" keeps its own indicator."""
    first = analyse("峪岚临空经济区1—9月规模以上工业总产值是多少？")
    turned = analyse("它在第三季度综合考核中排第几？").merged_with(first)
    assert not turned.indicators
    same = analyse("那增速排第几？").merged_with(first)
    assert same.indicators == first.indicators


def test_how_many_of_a_set_are_of_a_kind_asks_a_part_in_chinese_too() -> None:
    assert analyse("这回签的项目里有几个是外资的？").subset
    assert analyse("其中有多少家属于专精特新企业？").subset
    assert not analyse("这回签了几个项目？").subset


def test_the_office_an_english_question_asks() -> None:
    from parkqa.answer.vocab import office_asked

    assert office_asked("Who is the secretary of the Party Working Committee of X?") == "书记"
    assert office_asked("Who is the director of the management committee?") == "主任"
    assert office_asked("Who is the deputy director of the management committee?") is None
    assert office_asked("管委会主任是谁？") == "主任"


def test_spoken_when_change_and_volume_questions_have_their_types() -> None:
    assert analyse("那个项目是啥时候动工的？").type == "date"
    assert analyse("上半年进口额同比变化如何？").type == "percent"
    assert analyse("上半年房地产投资是涨是跌？").type == "percent"
    assert analyse("上半年外贸一共做了多大的量？").type == "amount"


def test_english_size_bounds_after_the_amount_are_qualifiers() -> None:
    assert analyse("What about projects worth 100 million yuan or more?").qualifiers == (
        "亿元以上",
    )
    q = "How many projects of 100 million yuan and above has 钦塘产业园 signed so far this year?"
    assert analyse(q).qualifiers == ("亿元以上",)
    assert analyse("How many projects above RMB 1 billion were signed?").qualifiers == (
        "10亿元以上",
    )
    assert analyse("projects of at least 500 million yuan").qualifiers == ("5亿元以上",)


def test_which_park_with_a_chinese_name_between_asks_a_name() -> None:
    q = analyse("Which 蜃州 park recorded the fastest growth in total imports and exports?")
    assert q.answer_kind == "name" and q.order is not None


def test_the_noun_a_question_measures_and_counts_of_things() -> None:
    assert analyse("铖江高新区考评第一拿了多少奖金？").measured_noun == "奖金"
    assert analyse("有多少套公寓？").measured_noun == "公寓"
    assert analyse("投资多少亿元？").measured_noun is None
    assert analyse("How many new jobs did it create in 2025?").counts_things
    assert not analyse("How many billion yuan were invested?").counts_things


def test_the_size_of_a_fall_is_asked_in_any_words_unless_its_direction_is() -> None:
    assert analyse("镡溪园2025年的固投比2024年缩水了多少？").decrease_words
    assert analyse("By how much did foreign trade shrink?").decrease_words
    assert not analyse("外贸还在跌吗？跌了多少？").decrease_words
    assert not analyse("外贸是涨是跌？").decrease_words
    assert not analyse("一共投了多少了？").decrease_words


def test_a_kind_among_a_set_asks_a_part_and_a_base_year_turn_inherits_no_target() -> None:
    assert analyse("穆垌高新区这批签约里搞芯片的一共有几个？").subset
    target = analyse("璟塘高新区全年目标是多少？")
    assert target.plan
    assert not analyse("去年同期是多少？").merged_with(target).plan
    assert not analyse("那全年最后实际签了多少投资？").merged_with(target).plan
    assert analyse("那2026年呢？").merged_with(target).plan


def test_spoken_forms_with_words_between_and_the_more_specific_of_two() -> None:
    # (… in a spoken form: a place or a manner between its words)
    assert analyse("2024年外商在蛟湖经开区真金白银投了多少钱？").asked == (
        ("actual-use-foreign-capital", "level"),
    )
    # (two spoken forms: the one that says more)
    assert analyse("2024年蛟湖经开区的货卖到国外卖了多少钱？").asked == (("exports", "level"),)
    assert analyse("一共卖了多少钱？").asked == (("operating-revenue", "level"),)
    # (a project's own 项目 picks no indicator of a shared word)
    assert len(analyse("蛟龙动力新能源电池基地项目总投资多少？").asked) == 2
    assert analyse("铖江高新区2025年研发投入占比多高？").asked == (("r-d-intensity", "level"),)
    assert analyse("签下来的项目，合同上的投资额加起来有多少？").type == "amount"


def test_an_origin_and_a_described_member_are_read() -> None:
    assert analyse("那来自成渝地区的有几个？").partner == "成渝"
    assert analyse("竣盛靠港口的那个开发区，2025年外商真金白银投进来多少美元？").describes_member
    assert not analyse("竣盛经开区2025年实际使用外资多少？").describes_member


def test_review_of_session_14_question_readings() -> None:
    """Misfires a fresh review found: a particle is no noun, a park's own 里 no set, a fall
    elsewhere in the question no fall asked, 来自于 an origin too."""
    assert analyse("考评第一的园区拿了多少奖金呢？").measured_noun == "奖金"
    assert not analyse("今年园区里新开工的一共有几个项目？").subset
    assert not analyse("工业投资下滑的情况下，技改投资增长了多少？").decrease_words
    assert analyse("那来自于长三角地区的呢？").partner == "长三角"
    assert analyse("外商投资工业企业实现产值多少亿元？").asked != (
        ("actual-use-foreign-capital", "level"),
    )


def test_a_score_asked_after_a_rank_asks_the_scores_level() -> None:
    """ "综合考评谁排第一？" then "它得了多少分？": the score itself, not its rank."""
    first = analyse("综合考评谁排第一？")
    turn = analyse("它得了多少分？").merged_with(first)
    assert first.measure == "rank" and turn.measure == ""
    assert all(measure == "level" for _, measure in turn.asked)
