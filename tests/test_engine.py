"""The engine's parts that need no model: question views, hard constraints, the shipped ranker,
and CC-CEDICT translations limited to the reports' words."""

from __future__ import annotations

from dataclasses import replace

from parkqa.answer.crosslingual import translations
from parkqa.answer.engine import question_view
from parkqa.answer.facts import extract_facts
from parkqa.answer.features import FEATURES, excluded, vector
from parkqa.answer.ranker import load_ranker
from parkqa.question import analyse

TEXT = "2024年1—6月，园区实际使用外资1.2亿美元，同比增长5%。全年力争实际使用外资3亿美元。"


def test_question_view_reads_periods_in_both_languages() -> None:
    assert question_view(analyse("前三季度签约项目多少个？")).periods == ((1, 9),)
    assert question_view(analyse("1-9月签约项目多少个？")).periods == ((1, 9),)
    en = question_view(analyse("How many projects were signed in the first three quarters?"))
    assert en.periods == ((1, 9),)
    assert question_view(analyse("上半年外资同比增长多少？")).change


def test_an_english_superlative_of_a_named_thing_asks_no_figure() -> None:
    question = analyse("What was the biggest project the park signed in 2025?")
    assert question.answer_kind not in ("number", "amount", "count")


def test_names_are_told_apart_from_lists() -> None:
    assert analyse("哪家企业的产值增长最快？").answer_kind == "name"
    assert analyse("Which company is building the wafer fab?").answer_kind == "name"
    assert analyse("哪两个园区低于序时进度？").answer_kind != "name"


def test_a_fact_of_another_year_or_period_is_out() -> None:
    facts = extract_facts("r.txt", "某园区2024年上半年报告", TEXT)
    amount = next(f for f in facts if f.value == "1.2亿美元")
    assert not excluded(question_view(analyse("2024年上半年实际使用外资多少？")), amount, 2024)
    assert excluded(question_view(analyse("2023年上半年实际使用外资多少？")), amount, 2024)
    assert excluded(question_view(analyse("前三季度实际使用外资多少？")), amount, 2024)
    assert excluded(question_view(analyse("实际使用外资同比增长多少？")), amount, 2024)  # kind


def test_target_and_actual_are_hard_constraints() -> None:
    facts = extract_facts("r.txt", "某园区2024年上半年报告", TEXT)
    actual = next(f for f in facts if f.value == "1.2亿美元")
    target = next(f for f in facts if f.value == "3亿美元")
    asked_actual = question_view(analyse("上半年实际使用外资多少？"))
    asked_target = question_view(analyse("全年实际使用外资的目标是多少？"))
    assert not excluded(asked_actual, actual, 2024) and excluded(asked_actual, target, 2024)
    assert excluded(asked_target, actual, 2024) and not excluded(asked_target, target, 2024)
    # 目标完成率 asks how much of the target was reached: an actual figure.
    assert not question_view(analyse("到位资金年度目标完成率是多少？")).plan


def test_the_shipped_ranker_prefers_the_clause_that_holds_the_question() -> None:
    facts = extract_facts("r.txt", "某园区2024年上半年报告", TEXT)
    amount = next(f for f in facts if f.value == "1.2亿美元")
    growth = next(f for f in facts if f.value == "5%")
    ranker = load_ranker()
    view = question_view(analyse("上半年实际使用外资同比增长多少？"))
    assert ranker.probability(vector(view, growth, TEXT, 0.8, 0, (1, 6))) >= ranker.threshold
    assert len(ranker.weights) == len(FEATURES) and 0.0 < ranker.threshold < 1.0
    assert excluded(view, amount, 2024)  # a growth question never takes an amount


def test_dictionary_translations_keep_only_words_of_the_reports() -> None:
    corpus = "园区实际使用外资1.2亿美元，晶圆项目开工。"
    question = "How much foreign capital was used for the wafer plant?"
    groups = translations(question, lambda word: word in corpus, set())
    words = {w for g in groups for w in g}
    assert "外资" in words and "晶圆" in words
    assert all(w in corpus for w in words)


def test_a_name_question_read_by_the_span_reader_gets_the_name_inside_the_span() -> None:
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import report_meta
    from parkqa.reader import Reading

    text = "上半年外资项目1个，为香港丰泽投资有限公司投资的泽源饲料项目，合同外资2800万美元。"
    facts = extract_facts("r.txt", "某园区2024年上半年报告", text)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: report_meta("", text), load_ranker())
    start = text.index("1个")
    end = text.index("，合同")
    reading = Reading("r.txt", "", start, end, 0, len(text), 0.5, "phrase")
    who = engine.narrowed_to_name(analyse("唯一的外资项目是谁投资的？"), reading)
    assert text[who.value_start : who.value_end] == "香港丰泽投资有限公司"
    which = engine.narrowed_to_name(analyse("香港丰泽投资有限公司投资的是哪个项目？"), reading)
    assert text[which.value_start : which.value_end] == "泽源饲料项目"


def test_a_date_is_the_date_of_the_event_its_own_clause_names() -> None:
    from parkqa.answer import vocab
    from parkqa.answer.engine import _date_events

    text = (
        "年产8万吨电池负极材料项目3月9日签约，6月21日开工建设，11月2日首条产线投产，"
        "实现“当年开工、当年投产”。"
    )
    facts = {f.value: f for f in extract_facts("d.txt", "2024年重点项目", text)}
    assert _date_events(facts["3月9日"], text) == {"签约"}
    assert _date_events(facts["6月21日"], text) == {"开工"}
    assert _date_events(facts["11月2日"], text) == {"投产"}
    # the questions' words, Chinese and English, name the same events
    assert vocab.events_in("哪天动工的？") == {"开工"}
    assert vocab.events_in("When did work start on it?") == {"开工"}
    assert vocab.events_in("When did it go into production?") == {"投产"}


def test_a_part_of_a_park_is_named_after_the_parks_short_name_and_type() -> None:
    from parkqa.answer.engine import places_named

    parks = ("白垭经济技术开发区", "白垭")
    assert places_named("白垭经开区南区上半年实际使用外资是多少？", parks) == (["南区"], False)
    assert places_named("白垭经济技术开发区上半年实际使用外资是多少？", parks) == ([], False)
    assert places_named("那峪岭片区呢？", ()) == (["峪岭片区"], False)


def test_a_person_asked_is_no_project_and_a_scope_asked_is_the_ranks_scope() -> None:
    from parkqa.answer import vocab

    assert vocab.name_kind_asked("签约仪式由谁主持？") == "person"
    assert vocab.name_kind_asked("Who delivered the address?") == "person"
    assert vocab.name_kind_asked("这个项目是谁投的？") == "company"
    assert vocab.SCOPE.findall("在全省开发区综合考评中位列第几？") == ["全省"]


def test_dates_keep_their_part_of_the_month_and_work_days_are_durations() -> None:
    from parkqa.figures import find_figures

    text = "计划2025年9月下旬开工，审批时限压缩至18个工作日以内。"
    found = {f.text: f.kind for f in find_figures(text, 0, len(text), (0, len(text)))}
    assert found["2025年9月下旬"] == "date"
    assert "18个工作日以内" in found
    facts = {f.value: f for f in extract_facts("w.txt", "2025年", text)}
    assert facts["18个工作日以内"].indicator_id == ""


def test_places_after_a_lead_word_or_a_city_and_zones_named_by_role() -> None:
    from parkqa.answer.engine import places_named

    assert places_named("其中汭湖片区呢？", ()) == (["汭湖片区"], False)
    assert places_named("那南区同比增长多少？", ()) == (["南区"], False)
    assert places_named("柘垣市碛岭临港产业园1—9月进出口总额是多少？", ()) == (
        ["碛岭临港产业园"],
        False,
    )
    assert places_named("核心区规上工业总产值是多少？", ()) == (["核心区"], False)
    # a long name after its city (9 characters before 产业园)
    assert places_named("柘沅市楮塘高新技术产业园固定资产投资增速是多少？", ()) == (
        ["楮塘高新技术产业园"],
        False,
    )


def test_who_is_never_answered_with_a_project_and_a_rank_is_of_the_scope_asked() -> None:
    from parkqa.answer.engine import in_scope, name_fits

    who = analyse("这个项目是谁投资的？")
    assert name_fits(who, "数岫智算科技有限公司")
    assert not name_fits(analyse("Who is the investor behind it?"), "氢翊氢能装备制造基地项目")
    assert name_fits(analyse("招商考核谁排第一？"), "砚川临港经济开发区")
    # a facility named without 项目 is no company that builds it
    company = analyse("它由哪家公司建设？")
    assert not name_fits(company, "算力中心（一期）")
    assert not name_fits(company, "光伏组件智能工厂")
    assert name_fits(company, "霁阳云枢数据科技有限公司")
    text = "在全省开发区综合考评中，本区位列第四；在商务部国家级经开区考核评价中位列第58位。"
    facts = {f.value: f for f in extract_facts("s.txt", "2025年", text)}
    assert in_scope(facts["第四"], text, ("全省",))
    assert not in_scope(facts["第58位"], text, ("全省",))
    assert in_scope(facts["第58位"], text, ())


def test_a_subset_below_an_amount_is_qualified_and_parks_in_general_are_no_park() -> None:
    from parkqa.parks import without_parks

    text = "1—10月，10亿元以下重点项目完成投资30.4亿元。"
    facts = {f.value: f for f in extract_facts("q.txt", "2024年", text)}
    assert facts["30.4亿元"].qualifier == "10亿元以下"
    question = "沄泷经开区在2025年度全省开发区综合考评中位列第几？"
    assert "全省开发区综合考评" in without_parks(question)
    assert analyse("在2025年度全省开发区综合考评中位列第几？").indicators


def test_a_figure_without_a_known_indicator_must_still_fit_the_measure_kind_and_quote() -> None:
    from parkqa.answer.engine import _measure_fits, _said_of_quoted, _structural_count

    text = (
        "园区下辖三个片区。港口完成货物吞吐量4862万吨，增长7.8%。项目落地得分24.6分，总分81.7分。"
    )
    facts = {f.value: f for f in extract_facts("t.txt", "2025年", text)}
    level = analyse("港口货物吞吐量是多少？")
    assert _measure_fits(facts["4862万吨"], level)
    assert not _measure_fits(facts["7.8%"], level)  # "是多少" asks a level, not its growth
    growth = analyse("外资涨了多少？")
    assert growth.type == "percent" and growth.measure == "growth"
    assert not _measure_fits(facts["4862万吨"], growth)
    # the rate in "降幅超过两成的企业有多少家" says which things are counted
    assert _measure_fits(facts["4862万吨"], analyse("降幅超过两成的企业有多少家？"))
    assert _structural_count(facts["三个"])
    assert analyse("在“项目落地”一项的得分是多少？").type == "score"
    quoted = analyse("“货物吞吐量”完成了多少？")
    assert quoted.quoted == ("货物吞吐量",)
    assert _said_of_quoted(facts["4862万吨"], quoted, text)
    assert not _said_of_quoted(facts["三个"], quoted, text)


def test_a_person_asked_is_answered_only_by_a_persons_name() -> None:
    from parkqa.answer.engine import name_fits

    asked = analyse("汐湄科创园管理办公室主任是谁？")
    assert name_fits(asked, "沈纪棠", "person")
    assert not name_fits(asked, "秋坂片区")
    assert not name_fits(analyse("哪家企业投资建设该项目？"), "沈纪棠", "person")
    # a name cut inside its brackets is none
    assert not name_fits(analyse("这五个园区考评谁拿了第一？"), "琛钤市开发区（园区")
    assert name_fits(analyse("这五个园区考评谁拿了第一？"), "琛钤高新区")


def _decided(text: str, question: str):
    """The engine's decision on one invented report (its whole text one passage)."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import report_meta
    from parkqa.answer.types import Passage

    title = "栎川经开区2025年工作总结"
    facts = extract_facts("r.txt", title, text)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: report_meta("", text), load_ranker())
    passage = Passage("r.txt", title, text, 0, len(text), "", 1.0, 1.0)
    return engine.answer(analyse(question), [passage], None)


def test_a_rank_is_read_from_the_sentence_naming_its_ranking() -> None:
    """ "在…考评中，X位列第N" names the ranking before the park: a question naming that ranking
    is answered by the rank its sentence holds, one naming another ranking is not."""
    text = (
        "在省商务厅2024年度全省开发区营商环境专项考核中，栎川经开区位列第六，较上年前移两位。"
        "全年实现规上工业总产值412.6亿元。"
    )
    decision = _decided(text, "栎川经开区在2024年度全省开发区营商环境专项考核中排第几？")
    assert decision.chosen is not None and decision.chosen.fact.value == "第六"
    assert decision.reason == "covered"
    # another ranking asked: the sentence does not say it
    other = _decided(text, "栎川经开区在全国经开区综合发展水平考核评价中排第几？")
    assert other.reason != "covered"


def test_a_figure_of_the_region_asked_is_one_said_of_the_region() -> None:
    from parkqa.answer.engine import in_scope

    text = (
        "1—10月，园区完成规上工业总产值428.7亿元，占全县的比重达到61.3%。"
        "全县完成规上工业总产值699.2亿元。"
    )
    facts = {f.value: f for f in extract_facts("c.txt", "2025年", text)}
    assert not in_scope(facts["428.7亿元"], text, ("全县",))
    assert in_scope(facts["699.2亿元"], text, ("全县",))
    assert in_scope(facts["61.3%"], text, ("全县",))  # a share of the county is the park's own
    assert in_scope(facts["428.7亿元"], text, ())


def test_a_figure_of_a_year_before_the_reports_is_another_year_unless_asked() -> None:
    """A workbook's 上年同期增速 column (7.4) beside 同比增长 (8.7): a question naming no year
    asks the report's own year; one asking 上年同期 asks the year before."""
    text = (
        "指标 | 1—9月 | 同比增长(%) | 上年同期增速(%)\n"
        "地区生产总值（亿元） | 486.3 | 6.8 | 6.1\n"
        "规上工业增加值（亿元） | — | 8.7 | 7.4\n"
    )
    facts = {f.value: f for f in extract_facts("t.md", "柞川高新区2025年1—9月主要经济指标", text)}
    assert facts["7.4"].year == 2024 and facts["8.7"].year in (None, 2025)
    other = FEATURES.index("year_other")
    view = question_view(analyse("1—9月规上工业增加值同比增长多少？"))
    assert vector(view, facts["7.4"], text, 0.5, 0, (1, 9), (), 2025)[other] == 1.0
    assert vector(view, facts["8.7"], text, 0.5, 0, (1, 9), (), 2025)[other] == 0.0
    before = question_view(analyse("1—9月规上工业增加值上年同期增速是多少？"))
    assert vector(before, facts["7.4"], text, 0.5, 0, (1, 9), (), 2025)[other] == 0.0


def test_a_part_named_by_its_side_of_the_park_is_a_paragraphs_topic() -> None:
    text = (
        "东区（装备制造片区）。聚焦高端装备，全年实现规上工业总产值231.8亿元，同比增长8.1%。"
        "东区建成厂房9.6万平方米。\n\n"
        "西区（新材料片区）。全年实现规上工业总产值168.2亿元。西区新增企业5家。\n\n"
        "全园实现规上工业总产值486.3亿元。"
    )
    facts = {f.value: f for f in extract_facts("z.txt", "2025年", text)}
    assert facts["231.8亿元"].subject == facts["8.1%"].subject == "东区"
    assert facts["168.2亿元"].subject == "西区"
    assert facts["486.3亿元"].subject == ""


def test_a_city_the_question_opens_with_must_be_named_by_the_report() -> None:
    from parkqa.answer.engine import _unknown_place

    question = "棠溪市四个开发区2025年新开工亿元以上项目多少个？"
    assert _unknown_place(question, "樟屿经开区2025年指标：新开工亿元以上项目36个", ("樟屿",))
    assert not _unknown_place(question, "棠溪市开发区工作通报：新开工亿元以上项目87个", ())
    # a report about the park the question names need not name its city
    assert not _unknown_place("棠溪市樟屿经开区新开工项目多少个？", "樟屿经开区……", ("樟屿",))


def test_a_total_of_listed_parks_is_no_figure_of_one_of_them() -> None:
    """ "A、B、C三个园区合计…": the set's total answers a question about the set, not one
    about A."""
    text = "全年，栎川高新区、榕岭经开区、桐湾产业园三个园区合计实现规上工业总产值3360.9亿元。"
    fact = next(f for f in extract_facts("l.txt", "2025年", text) if f.value == "3360.9亿元")
    other = FEATURES.index("other_subject")
    whole = question_view(analyse("三个园区2025年合计规上工业总产值是多少？"))
    one = question_view(analyse("栎川高新区2025年规上工业总产值是多少？"))
    assert vector(whole, fact, text, 0.5, 0, (1, 12), (), 2025)[other] == 0.0
    assert vector(one, fact, text, 0.5, 0, (1, 12), (), 2025)[other] == 1.0
    # the set's growth, in the clause after its total, is the set's too
    text += "全年，栎川高新区、榕岭经开区两个园区合计完成投资86.2亿元，同比增长8.1%。"
    growth = next(f for f in extract_facts("l.txt", "2025年", text) if f.value == "8.1%")
    assert vector(one, growth, text, 0.5, 0, (1, 12), (), 2025)[other] == 1.0


def test_a_bound_passed_is_no_rival_of_the_figure_and_contracted_fdi_is_its_own() -> None:
    """ "首次突破300亿元" beside "实现规上工业总产值312.6亿元": the figure answers, the bound does
    not make it ambiguous; 协议利用外资 is contracted, not actual, foreign capital."""
    text = (
        "2025年，园区规上工业总产值首次突破300亿元。全年实现规上工业总产值312.6亿元，"
        "同比增长9.1%。全年实际使用外资6820万美元，协议利用外资2.35亿美元。"
    )
    decision = _decided(text, "2025年规上工业总产值是多少？")
    assert decision.chosen is not None and decision.chosen.fact.value == "312.6亿元"
    # a bound alone is no answer: the figure is not in the report
    bound = "2025年，园区规上工业总产值首次突破300亿元。"
    assert _decided(bound, "2025年规上工业总产值是多少？").chosen is None
    facts = extract_facts("b.txt", "棠川产业园2025年工作总结", text)
    ids = {f.value: f.indicator_id for f in facts}
    assert ids["2.35亿美元"] == "contractual-foreign-capital"
    assert ids["6820万美元"] == "actual-use-foreign-capital"


def test_a_total_is_not_about_the_parts_listed_after_it() -> None:
    """ "新增规上工业企业43家，其中稔州高新区十四家、烨湖经开区十二家": a question about 烨湖经开区
    names the subject of 十二家, not of the total before it."""
    text = "1—9月，五个开发区新增规上工业企业43家，其中稔州高新区十四家、烨湖经开区十二家。"
    facts = {f.value: f for f in extract_facts("r.txt", "某市2025年1—9月开发区通报", text)}
    view = question_view(analyse("烨湖经开区新增了几家规上工业企业？"))
    view.subjects = ("烨湖经开区",)
    named = FEATURES.index("subject_named")
    assert vector(view, facts["十二家"], text, 0.8, 0, (1, 9))[named] == 1.0
    assert vector(view, facts["43家"], text, 0.8, 0, (1, 9))[named] == 0.0


def test_a_part_named_after_the_park_is_not_the_park() -> None:
    """榧箫综合保税区 in 榧箫经开区's report is a part (another type); 榧箫经济技术开发区 is
    the park itself written in full."""
    from parkqa.answer.features import _of_parks

    parks = ("榧箫经开区", "榧箫")
    assert not _of_parks("榧箫综合保税区", parks) and not _of_parks("榧箫东区", parks)
    assert _of_parks("榧箫经济技术开发区", parks)


def test_an_order_over_dates_is_never_answered_with_one_date() -> None:
    """ "哪个月签的项目最多": a month asked over the set; a date beside a figure is no answer."""
    from parkqa.answer.engine import Candidate, Engine
    from parkqa.answer.facts import report_meta

    text = "园区4月签约项目3个，5月22日集中签约项目7个，6月签约项目2个。"
    facts = extract_facts("r.txt", "某产业园2025年上半年工作总结", text)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: report_meta("", text), load_ranker())
    question = analyse("园区上半年哪个月签的项目最多？")
    assert question.answer_kind == "date" and question.order is not None
    ranked = [Candidate(f, tuple([0.0] * len(FEATURES)), 0.99) for f in facts if f.kind == "date"]
    assert ranked and engine.decide(question, ranked).chosen is None


def test_a_part_named_in_english_after_the_name_of_its_own_park_only() -> None:
    from parkqa.answer.engine import places_named

    # a part spelled in pinyin after "about"/"in", not only after "the"
    assert places_named("What about Fengyi Biomedical Park?", ())[1]
    assert places_named("What about the Boyin sub-park?", ())[1]
    # the report's own park in English is no part of it
    assert not places_named("How much did Mingrong Park invest?", ("铭嵘产业园", "铭嵘"))[1]


def test_a_companys_figure_is_no_figure_of_the_zone_it_is_named_after() -> None:
    from dataclasses import replace

    from parkqa.answer.engine import Candidate, _about_place
    from parkqa.answer.facts import ReportMeta

    text = "桤石片区规上工业总产值增长5.6%。桤石乳业有限公司规上工业总产值增长2.7%。桤石片区很好。"
    facts = extract_facts("r.txt", "r", text, meta=ReportMeta(2025, (1, 12)))
    growth = {f.value: f for f in facts if f.kind == "percent"}
    zero = tuple(0.0 for _ in FEATURES)
    zone = Candidate(replace(growth["5.6%"], subject="桤石片区"), zero, 0.9)
    company = Candidate(replace(growth["2.7%"], subject="桤石乳业有限公司"), zero, 0.9)
    assert _about_place(zone, ["桤石"], False, text)
    assert not _about_place(company, ["桤石"], False, text)
    assert _about_place(company, ["桤石乳业有限公司"], False, text)


def test_a_level_its_clause_says_is_the_citys_is_no_parks_figure() -> None:
    from parkqa.answer.engine import in_scope
    from parkqa.answer.facts import ReportMeta

    text = "全年实现进出口总值1286.4亿元，同比增长14.3%；瑛垌全市外贸进出口2215.6亿元。"
    facts = {f.value: f for f in extract_facts("r.md", "r", text, meta=ReportMeta(2025, (1, 12)))}
    assert in_scope(facts["1286.4亿元"], text, ())
    assert not in_scope(facts["2215.6亿元"], text, ())
    assert in_scope(facts["2215.6亿元"], text, ("全市",))


def test_a_bulletins_row_is_the_short_form_of_its_member_park() -> None:
    from parkqa.answer.engine import _short_for

    assert _short_for("经开区", "琨垣经开区")
    assert _short_for("瑶坪园", "琨垣市瑶坪新材料产业园")
    assert not _short_for("高新区", "琨垣经开区")
    assert not _short_for("瑶坪", "琨垣市瑶坪新材料产业园")


def test_a_share_of_another_base_is_no_share_of_the_base_asked() -> None:
    from parkqa.answer.engine import in_scope
    from parkqa.answer.facts import ReportMeta

    text = "园区 | 2025年占四园区合计比重(%)\n高新区 | 35.1\n合计 | 100"
    facts = [f for f in extract_facts("k.xlsx", "k", text, meta=ReportMeta(2025, (1, 12)))]
    share = next(f for f in facts if f.value == "100")
    assert share.measure == "share"
    assert not in_scope(share, text, ("全市",))


def test_a_count_at_a_stage_of_what_was_counted_is_no_answer_to_the_total() -> None:
    """ "31个签约项目中已开工12个", "仍有9个签约项目未开工": counts of a subset at (or short of) a
    stage; the total signed answers a question that asks no stage."""
    text = (
        "2025年，园区新签约项目31个，协议总投资146.8亿元。"
        "截至年底，31个签约项目中已开工12个，仍有9个签约项目未开工。"
    )
    decision = _decided(text, "2025年签约项目多少个？")
    assert decision.chosen is not None and decision.chosen.fact.value == "31个"


def test_a_sentence_about_one_event_gives_its_figures_to_that_event() -> None:
    """ "本次集中签约项目15个，总投资118.6亿元": 118.6 is the ceremony's, no answer to the
    year's agreed investment; a question about 此次 signing takes it."""
    text = "11月28日，园区举行秋季重点项目集中签约仪式。本次集中签约项目15个，总投资118.6亿元。"
    assert _decided(text, "2025年签约项目协议总投资多少？").chosen is None
    chosen = _decided(text, "此次集中签约项目总投资多少？").chosen
    assert chosen is not None and chosen.fact.value == "118.6亿元"


def test_a_citys_figure_answers_no_question_about_one_of_its_parks() -> None:
    """A city bulletin's sentence that names no park ("以商招商引进项目27个") is the city's, even
    when another report's park shares the city's name (云陵 of 云陵高新区)."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import ReportMeta
    from parkqa.answer.types import Passage

    bulletin = (
        "二、主要特点\n以商招商引进项目27个，基金招商落地项目8个。\n"
        "三、各园区工作情况\n云陵经开区：新签约项目52个，数量居全市首位。\n"
    )
    news = "11月28日，云陵高新区举行集中签约仪式，签约项目15个。\n"
    texts = {"b.md": bulletin, "n.htm": news}
    metas = {
        "b.md": ReportMeta(2024, (1, 9), (), ("云陵经开区", "云陵高新区")),
        "n.htm": ReportMeta(2024, None, ("云陵高新区", "云陵")),
    }
    facts = {s: extract_facts(s, s, t, meta=metas[s]) for s, t in texts.items()}
    engine = Engine(facts.__getitem__, texts.__getitem__, metas.__getitem__, load_ranker())
    passages = [Passage(s, s, t, 0, len(t), "", 1.0, 1.0) for s, t in texts.items()]
    decision = engine.answer(
        analyse("2024年前三季度云陵经开区一共引进了多少个项目？"), passages, None
    )
    assert decision.chosen is None or decision.chosen.fact.value != "27个"


def test_a_question_naming_a_kind_of_event_takes_no_other_events_figures() -> None:
    """A 峰会 asked, a 推介会's figures in the report: no answer; the 推介会 asked: its own."""
    text = (
        "1月16日，在上海举办集成电路产业招商推介会，现场签约项目5个，协议投资额79.4亿元。\n"
        "全年新签约项目38个。\n"
    )
    assert _decided(text, "第三届国际集成电路产业峰会现场签约了多少个项目？").chosen is None
    chosen = _decided(text, "上海集成电路产业招商推介会现场签约了多少个项目？").chosen
    assert chosen is not None and chosen.fact.value == "5个"


def test_one_events_figure_asked_is_no_running_total() -> None:
    text = "汀榕园累计签约项目29个、协议投资197.5亿元。\n"
    assert _decided(text, "汀榕园本次签约项目总投资多少？").chosen is None


def _parks_report(text: str, period: tuple[int, int], ranked_floor: float | None = None):
    """The decision on one invented report of 栎川经开区 (its park known to its details);
    ``ranked_floor``: the ranked path's floor, when a test is of a rule past it (not of the
    shipped ranker's confidence in one invented row)."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import ReportMeta
    from parkqa.answer.types import Passage

    meta = ReportMeta(2025, period, ("栎川经开区", "栎川"))
    facts = extract_facts("r.txt", "栎川经开区2025年工作总结", text, meta=meta)
    ranker = load_ranker()
    if ranked_floor is not None:
        ranker = replace(ranker, ranked_floor=ranked_floor)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: meta, ranker)
    passage = Passage("r.txt", "r", text, 0, len(text), "", 1.0, 1.0)
    return lambda question: engine.answer(analyse(question), [passage], None)


def test_a_neighbour_a_parks_report_mentions_takes_only_its_own_figures() -> None:
    """栎川经开区's report names 艄贺高新区 in passing: a question about 艄贺 is not answered with
    栎川's figures; the words before a name (考核中栎川经开区) make no other park."""
    decide = _parks_report(
        "前十个月，全区规上工业增加值同比增长11.2%，税收收入52.4亿元。"
        "同期隔壁艄贺高新区增长9.4%。在全市招商考核中栎川经开区排名第二。",
        (1, 10),
    )
    assert decide("艄贺高新区前十个月税收收入是多少？").chosen is None
    mine = decide("栎川经开区前十个月税收收入是多少？").chosen
    assert mine is not None and mine.fact.value == "52.4亿元"


def test_a_ranked_figure_must_say_something_the_question_asks() -> None:
    """No indicator the ontology knows: the ranker's pick must say some word the question asks
    beyond its places and times (投资 is nowhere in a row of output values)."""
    # (the floor below the shipped ranker's probability for this row, 0.89 since session 16:
    # what refuses is the rule, not the floor)
    decide = _parks_report(
        "2025年各片区主要指标\n片区 | 2024年 | 2025年\n砧岭片区 | 116.4 | 126.2\n",
        (1, 12),
        ranked_floor=0.5,
    )
    asked = decide("栎川经开区砧岭片区2025年投资干了多少？")
    assert asked.chosen is None and asked.reason == "nothing asked said"
    plain = decide("栎川经开区砧岭片区2025年是多少？").chosen
    assert plain is not None and plain.fact.value == "126.2"


def test_a_name_of_another_kind_than_asked_is_never_chosen() -> None:
    """ "老总叫什么" asks a person: the company beside him is no answer, whatever its rank (the
    kind is checked before choosing, so calibration replays what is shown)."""
    decide = _parks_report(
        "签约仪式上，澜矽半导体有限公司董事长蒋霁作为投资方代表发言。\n", (1, 12)
    )
    decision = decide("在签约仪式上代表企业上台讲话的老总叫什么？")
    assert decision.ranked and all(c.fact.unit != "company" for c in decision.ranked)
    assert decision.chosen is None or decision.chosen.fact.value == "蒋霁"


def test_a_figure_said_twice_is_shown_where_its_unit_is_said() -> None:
    """A table cell under 同比增长（%） and the prose's 8.1% are one figure: the answer is the
    one whose cited sentence says its unit."""
    decide = _parks_report(
        "2025年主要指标\n指标 | 2025年 | 同比增长（%）\n规上工业总产值（亿元） | 231.8 | 8.1\n"
        "全年实现规上工业总产值231.8亿元，同比增长8.1%。\n",
        (1, 12),
    )
    chosen = decide("栎川经开区2025年规上工业总产值同比增长多少？").chosen
    assert chosen is not None and chosen.fact.value == "8.1%"
    level = decide("栎川经开区2025年规上工业总产值是多少？").chosen
    assert level is not None and level.fact.value == "231.8亿元"


def test_a_count_of_signed_projects_at_a_later_stage_is_no_total() -> None:
    """ "上半年签约项目已注册落地24个" counts the signed ones that reached another stage; "15个计划
    新开工项目已开工13个" counts at the stage its indicator names (no subset of it); a breakdown
    by industry ("从产业分布看，…项目9个") gives parts."""
    decide = _parks_report(
        "上半年，全区新签约项目38个，协议投资额312.6亿元。截至6月底，上半年签约项目已注册落地24个。"
        "从产业分布看，集成电路项目7个、协议投资额96.3亿元，新能源项目9个、协议投资额84.5亿元。\n",
        (1, 6),
    )
    chosen = decide("栎川经开区2025年上半年新签约项目多少个？").chosen
    assert chosen is not None and chosen.fact.value == "38个"
    invested = decide("栎川经开区2025年上半年协议投资额是多少？").chosen
    assert invested is not None and invested.fact.value == "312.6亿元"
    started = _parks_report("15个计划新开工项目已开工13个，开工率86.7%。\n", (1, 11))
    begun = started("栎川经开区15个计划新开工项目已开工几个？").chosen
    assert begun is not None and begun.fact.value == "13个"


def test_two_reports_naming_different_tops_settle_nothing() -> None:
    """A signing's table puts one project on top, a bulletin states another "全市单体投资最大":
    a question naming neither report gets no name."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import ReportMeta
    from parkqa.answer.types import Passage

    texts = {
        "a.htm": "签约项目一览\n\n序号 | 项目名称 | 总投资（亿元）\n1 | 算力中心项目 | 35.0\n"
        "2 | 传感器产业园项目 | 28.5\n",
        "b.md": "4月9日，临港经开区签约智能船舶制造基地项目，总投资32亿元，为二季度全市单体投资最大"
        "项目。\n",
    }
    metas = {s: ReportMeta(2025, (4, 6)) for s in texts}
    facts = {s: extract_facts(s, s, t, meta=metas[s]) for s, t in texts.items()}
    engine = Engine(facts.__getitem__, texts.__getitem__, metas.__getitem__, load_ranker())
    passages = [Passage(s, s, t, 0, len(t), "", 1.0, 1.0) for s, t in texts.items()]
    question = analyse("这批签约项目里哪个项目投资最大？")
    assert engine.read_order(question, passages, None, {}) is None
    one = engine.read_order(question, passages, {"a.htm"}, {})
    assert one is not None and texts["a.htm"][one.value_start : one.value_end] == "算力中心项目"


def test_the_office_asked_is_held_by_the_titles_right_before_the_name() -> None:
    from parkqa.answer import vocab

    assert vocab.office_asked("管委会是谁在当主任？") == "主任"
    assert vocab.office_asked("副主任是谁") is None
    # 许明文 is the 书记 named before 、; the 主任's title comes after him
    assert not vocab.holds_office(before="全年…，党工委书记", after="、管委会主任…", office="主任")
    assert vocab.holds_office(
        before="党工委书记许明文、管委会主任", after="先后带队", office="主任"
    )
    assert not vocab.holds_office(
        before="党工委书记许明文、管委会主任", after="先后带队", office="书记"
    )
    # a run of titles joined by 、 before one name: all of them are that person's
    run = "会上，园区党工委书记、管委会主任"
    assert vocab.holds_office(before=run, after="作报告", office="书记")
    assert vocab.holds_office(before=run, after="作报告", office="主任")
    assert not vocab.holds_office(
        before="会上，园区党工委书记、管委会副主任", after="作报告", office="主任"
    )
    # "由管理办公室主任邝砚秋负责": the person who 负责 is the 负责人
    assert vocab.holds_office(before="由管理办公室主任", after="负责，", office="负责人")
    assert not vocab.holds_office(before="由管理办公室副主任", after="出席，", office="负责人")
    assert vocab.heads_office("管委会主任", "主任")
    assert not vocab.heads_office("管委会副主任", "主任")


def test_mei_before_a_stage_is_a_stage_not_reached() -> None:
    from parkqa.answer import vocab
    from parkqa.answer.engine import _stage_subset

    text = "今年签约的四十个项目里，还有二十多个没开工。"
    facts = {f.value: f for f in extract_facts("s.md", "澈烽经开区2025年讲话", text)}
    short = facts["二十多个"]
    assert vocab.STAGE_NOT_REACHED.search(text[short.end : short.sentence_end])
    assert vocab.STAGE_NOT_REACHED.search("二十多个没开工")
    assert not vocab.STAGE_NOT_REACHED.search("二十多个已开工")
    assert _stage_subset(short, text)  # the count of those short of 开工, not of all signed


def test_a_season_named_in_turn_is_the_date_in_its_place() -> None:
    from parkqa.answer import vocab
    from parkqa.answer.engine import _date_seasons

    sentence = "已于3月29日、6月21日分别举办春季、夏季集中签约活动"
    assert vocab.seasons_in(sentence) == ["春季", "夏季"]
    assert vocab.seasons_in("the summer signing") == ["夏季"]
    assert vocab.seasons_in("summertime") == []
    text = "琮湖高新区" + sentence + "，共签约项目35个。"
    facts = {f.value: f for f in extract_facts("q.md", "琮湖高新区2025年上半年工作总结", text)}
    assert _date_seasons(facts["6月21日"], text) == {"夏季"}
    assert _date_seasons(facts["3月29日"], text) == {"春季"}


def test_a_period_asked_is_the_figures_own_or_its_reports() -> None:
    """上半年 asked of an annual report: its figures are the year's, so nothing answers; a
    figure whose period neither it nor its report states is not known to be the period's."""
    annual = _parks_report("园区实现规上工业总产值1128.6亿元，同比增长6.2%。", (1, 12))
    assert annual("栎川经开区2025年上半年规上工业总产值是多少？").chosen is None
    whole = annual("栎川经开区2025年规上工业总产值是多少？").chosen
    assert whole is not None and whole.fact.value == "1128.6亿元"
    half = _parks_report("园区实现规上工业总产值562.4亿元，同比增长6.8%。", (1, 6))
    chosen = half("栎川经开区2025年上半年规上工业总产值是多少？").chosen
    assert chosen is not None and chosen.fact.value == "562.4亿元"
    unknown = _parks_report("园区实现规上工业总产值562.4亿元。", None)  # type: ignore[arg-type]
    refused = unknown("栎川经开区2025年上半年规上工业总产值是多少？")
    assert refused.chosen is None and refused.reason == "other period"


def test_parts_named_by_their_side_in_either_language_and_no_place_asked() -> None:
    from parkqa.answer.engine import _places, places_named

    assert places_named("东园签了几个亿元以上项目？", ("栎川经开区", "栎川"))[0] == ["东园"]
    south = places_named("What about the south sub-park?", ("栎川经开区",))[0]
    assert {"南区", "南园", "南片区"} <= set(south)
    assert places_named("What was the output in 2025?", ())[0] == []
    # "是哪个园区" asks a place: it names none the report must hold
    assert _places("栎川市5月招商考核垫底的是哪个园区？", ()) == []


def test_a_figure_question_naming_a_bulletins_park_takes_only_that_parks_figures() -> None:
    """A bulletin on several parks: "鲮川工业园区一季度排第几" (in either language) is not
    answered with another park's first-quarter rank when the reports hold only the named
    park's half-year rank."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import ReportMeta
    from parkqa.answer.types import Passage

    text = (
        "一季度，鳙川产业园综合排名第五位，上半年上升至第三位。\n\n"
        "上半年，鲮川工业园区综合排名第四位。鲮川工业园区项目建设加快。"
    )
    meta = ReportMeta(2025, (1, 6), (), ("鳙川产业园", "鲮川工业园区"))
    facts = extract_facts("b.txt", "栎川市开发园区2025年上半年综合评价通报", text, meta=meta)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: meta, load_ranker())
    passage = Passage("b.txt", "b", text, 0, len(text), "", 1.0, 1.0)
    for question in (
        "鲮川工业园区一季度综合排名第几？",
        "Where did Lingchuan Industrial Park rank in Q1?",
    ):
        assert engine.answer(analyse(question), [passage], None).chosen is None, question


def test_a_project_the_question_names_takes_only_figures_said_of_it() -> None:
    """ "拓衡汽车一体化压铸件项目的协议投资" is never the park's total; a row naming the project a
    little otherwise (its brand, or four characters of its name in a row) is about it."""
    from parkqa.answer import vocab

    assert vocab.projects_named("栎川经开区拓衡汽车一体化压铸件项目的协议投资是多少？") == [
        "拓衡汽车一体化压铸件"
    ]
    for classes in ("新签约亿元以上项目多少个", "先进制造业项目协议投资多少", "18个项目里有几个"):
        assert vocab.projects_named(classes) == [], classes
    decide = _parks_report(
        "前三季度，全区签约项目协议投资额186.3亿元。\n\n"
        "序号 | 项目名称 | 投资方 | 协议投资（亿元）\n"
        "1 | 新能源汽车一体化压铸件项目 | 拓衡汽车科技有限公司 | 36.5\n",
        (1, 9),
    )
    chosen = decide("栎川经开区拓衡汽车一体化压铸件项目的协议投资是多少？").chosen
    assert chosen is None or chosen.fact.value == "36.5"
    assert decide("栎川经开区翎川影像设备项目的协议投资是多少？").chosen is None


def test_a_batch_or_phase_asked_is_the_figures_own_or_its_reports() -> None:
    from parkqa.answer import vocab

    assert vocab.batches_in("第一批签约项目的开工率") == {"第一批"}
    assert vocab.batches_in("首批签约、第3批开工、首期投资") == {"第一批", "第三批", "一期"}
    assert vocab.batches_in("同期、预期、十四五期间、上期（1—6月）") == set()
    decide = _parks_report(
        "第一批集中签约项目18个，协议总投资120.5亿元。\n\n"
        "第二批集中签约项目10个，协议总投资96.3亿元。\n\n"
        "昀川储能电池项目总投资42.0亿元，建成后年产储能电池10GWh。",
        (1, 12),
    )
    second = decide("栎川经开区第二批集中签约项目协议总投资多少？").chosen
    assert second is None or second.fact.value == "96.3亿元"
    assert decide("栎川经开区第三批集中签约项目协议总投资多少？").chosen is None
    # 一期 asked, the project's total said: no answer
    assert decide("栎川经开区昀川储能电池项目一期投资多少亿元？").chosen is None


def test_how_many_of_a_set_is_a_part_of_it_never_its_total() -> None:
    decide = _parks_report(
        "一季度全区签约项目17个，协议投资86.2亿元。其中来自长三角的项目7个。", (1, 3)
    )
    part = decide(
        "How many of the projects Lichuan ETDZ signed in Q1 came from the Yangtze River Delta?"
    )
    assert part.chosen is None or part.chosen.fact.value == "7个"
    total = _parks_report("一季度全区签约项目17个，协议投资86.2亿元。", (1, 3))
    assert total("How many of the projects signed in Q1 came from abroad?").chosen is None


def test_a_list_of_phrases_is_no_list_of_projects() -> None:
    from parkqa.answer.engine import name_fits

    asked = analyse("园区上半年签约的5亿元以上的项目有哪些？")
    assert asked.name_kind == "project"
    assert not name_fits(asked, "项目偏少、体量偏小")
    assert not name_fits(analyse("服务业项目是哪几个？"), "全周期、全要素、全天候")
    assert name_fits(asked, "恒川一体化压铸二期项目、晟川功能饮料生产基地")
    assert name_fits(analyse("哪家企业投资最多？"), "比亚迪")


def test_a_total_that_leaves_a_park_out_is_not_about_it_and_a_count_asks_no_growth() -> None:
    from parkqa.answer import vocab
    from parkqa.answer.engine import _measure_fits

    said = "实际使用外资合计20210万美元（不含醍川工业园区），除尘设备更新，除东区外均增长"
    assert (
        vocab.EXCLUDED.sub("_", said) == "实际使用外资合计20210万美元（_），除尘设备更新，_均增长"
    )
    facts = {
        f.value: f
        for f in extract_facts("g.txt", "2025年", "全年实现规上工业总产值481.3亿元，增长8.9%。")
    }
    asked = analyse("酩川智造园那家龙头企业2025年一年产值做到了多少？")
    assert asked.type == "count_noun"
    assert not _measure_fits(facts["8.9%"], asked)
    assert _measure_fits(facts["481.3亿元"], asked)


def test_a_name_of_another_kind_than_asked_is_no_answer() -> None:
    from parkqa.answer.engine import name_fits

    # an authority is no company; a park (named with 园 alone) is no project nor industry
    company = analyse("Which company is the builder of the industrial robot project?")
    assert not name_fits(company, "窦豺产业园管委会")
    assert name_fits(company, "豺工智能装备有限公司")
    assert not name_fits(analyse("最大单体项目是哪个项目？"), "麂湾新能源园")
    industry = analyse("哪个产业的签约投资额最高？")
    assert name_fits(industry, "新能源")
    assert not name_fits(industry, "麂湾新能源园")
    # indicators are what is measured, not the projects asked
    projects = analyse("投资高速增长主要得益于哪两个项目？")
    assert not name_fits(projects, "规模以上工业总产值、固定资产投资、实际使用外资增速")
    assert name_fits(projects, "年产20万吨高性能铝基复合材料项目和电子级多晶硅项目")


def test_a_latin_term_with_a_slash_stays_inside_a_name() -> None:
    text = "这个项目是Mini/Micro LED显示模组项目，总投资45亿元。"
    names = [f.value for f in extract_facts("s.txt", "2025年", text) if f.kind == "name"]
    assert "Mini/Micro LED显示模组项目" in names


def test_a_rank_or_count_in_words_is_the_figure_in_digits() -> None:
    from parkqa.answer.engine import _normal_value

    assert _normal_value("第四位") == _normal_value("4")
    assert _normal_value("三十七个") == _normal_value("37个")
    assert _normal_value("下降百分之三点七") == _normal_value("-3.7%")
    assert _normal_value("第五位") != _normal_value("第四位")


def test_a_qualifier_is_said_only_by_itself_not_by_a_stricter_one() -> None:
    from parkqa.answer import vocab

    assert vocab.qualifier_in("亿元以上", "全市新签约亿元以上项目12个")
    assert not vocab.qualifier_in("亿元以上", "协议投资额5亿元以上项目，共18个")
    assert not vocab.qualifier_in("10亿元以上", "110亿元以上")
    assert vocab.qualifier_in("10亿元以上", "其中10亿元以上项目")


def test_a_city_named_in_chinese() -> None:
    from parkqa.answer.vocab import cities_named

    assert cities_named("2025年麓麸市四个重点开发园区排名第二的是哪个园区？") == ["麓麸市"]
    assert cities_named("鲸翥市") == ["鲸翥市"]
    assert cities_named("新增上市企业多少家？占全市比重多少？城市更新项目几个？") == []


def test_an_industry_asked_is_said_by_a_row_naming_it_without_its_suffix() -> None:
    from parkqa.answer.engine import _industries_said

    text = "产业 | 签约项目数（个） | 协议投资额（亿元）\n高端装备制造 | 21 | 88.7\n"
    fact = next(f for f in extract_facts("s.txt", "2025年", text) if f.value.startswith("21"))
    assert _industries_said(fact, text, analyse("高端装备制造产业签约项目数是多少？").industries)
    assert not _industries_said(fact, text, ("生物医药产业",))


def test_this_project_refers_to_the_sentence_before() -> None:
    from parkqa.answer.vocab import THIS_PROJECT, sentence_before

    text = "那肯定是晶澜光电。这个项目是显示模组项目，总投资45亿元。"
    start = text.index("这个")
    assert THIS_PROJECT.match(text, start)
    assert text[sentence_before(text, start) : start] == "那肯定是晶澜光电。"


def test_the_publication_date_of_the_report_is_never_an_event_date() -> None:
    # the page's date line is chrome, stripped before indexing: no sentence holds it
    assert analyse("这篇新闻是哪天发布的？").asks_published
    assert analyse("《某某》一文的发布时间是什么？").asks_published
    assert not analyse("签约仪式是哪天举行的？").asks_published
    assert analyse("各园区要在什么时间前报送清单？").type == "date"


def test_an_english_park_type_named_inside_the_reports_park_is_a_part() -> None:
    from parkqa.answer.engine import places_named

    parks = ("穹貊经济技术开发区", "穹貊")
    asked = "What were the imports and exports of the Automobile Industrial Park in Qiongmo ETDZ?"
    assert places_named(asked, parks) == ([], True)
    assert places_named("What was the output of Qiongmo ETDZ in 2025?", parks) == ([], False)
    # a bulletin's member park is a park, not a part of the report's
    assert places_named("And Jimai Food Industrial Park's?", parks) == ([], False)


def test_a_row_named_by_its_declared_short_name_is_the_park_the_question_names() -> None:
    """A bulletin's table writes 峪岚临空区 and its note says "峪岚临空区即峪岚临空经济区": a
    question naming the whole name gets that row's figure, not the city's total."""
    text = (
        "表1 2025年1—6月全市开发区主要指标\n"
        "园区 | 规模以上工业总产值（亿元） | 同比增长（%）\n"
        "峪岚临空区 | 66.2 | 12.1\n"
        "全市合计 | 903.5 | 6.4\n\n"
        "注：峪岚临空区即峪岚临空经济区。\n\n"
        "1—6月，全市开发区完成规模以上工业总产值903.5亿元，同比增长6.4%。"
    )
    decision = _decided(text, "峪岚临空经济区1—6月规模以上工业总产值是多少？")
    assert decision.chosen is not None and decision.chosen.fact.value == "66.2"


def test_a_round_of_the_year_asked_is_answered_only_by_that_rounds_figure() -> None:
    """ "春季集中签约活动签了多少个项目" is the spring round's count, never the autumn round's nor
    the year's total."""
    text = (
        "10月28日，栎川经开区2025年秋季重大项目集中签约活动举行，本次活动共签约项目22个。\n\n"
        "今年以来累计签约项目38个。今年4月举行的春季集中签约活动签约项目16个。\n\n"
        "2024年，全区全年签约项目31个。"
    )
    spring = _decided(text, "栎川经开区2025年春季集中签约活动签了多少个项目？")
    assert spring.chosen is not None and spring.chosen.fact.value == "16个"
    autumn_2024 = _decided(text, "栎川经开区2024年秋季集中签约活动签约了多少个项目？")
    assert autumn_2024.chosen is None
    # a running total up to a round is no round's figure
    running = _decided(text, "截至秋季签约活动，栎川经开区今年累计签约了多少个项目？")
    assert running.chosen is None or running.chosen.fact.value == "38个"


def test_the_previous_quarters_rank_answers_only_a_question_asking_it() -> None:
    """A ranking table with 排名 and 上季度排名 columns: "its rank in the previous quarter" is
    the 上季度 column's; a plain rank question is never answered by it."""
    text = (
        "表2 2025年第三季度全市开发区综合考核结果\n\n"
        "排名 | 园区名称 | 综合得分 | 上季度排名\n"
        "1 | 栎川经开区 | 88.7 | 3\n"
        "2 | 峪岚高新区 | 86.1 | 1\n"
    )
    previous = _decided(text, "What was 栎川经开区's rank in the previous quarter?")
    assert previous.chosen is not None and previous.chosen.fact.value == "3"
    plain = _decided(text, "栎川经开区第三季度综合考核排名第几？")
    assert plain.chosen is not None and plain.chosen.fact.value == "1"
    # (上期排名: the previous period's, as a workbook heads it)
    upper = text.replace("上季度排名", "上期排名")
    previous = _decided(upper, "What was 栎川经开区's rank in the previous period?")
    assert previous.chosen is not None and previous.chosen.fact.value == "3"
    plain = _decided(upper, "栎川经开区第三季度综合考核排名第几？")
    assert plain.chosen is None or plain.chosen.fact.value == "1"


def test_a_park_of_another_type_with_the_reports_short_name_is_a_place_of_its_own() -> None:
    """靖盈综合保税区 asked of 靖盈经开区's report: a bonded zone is no 经开区 (its figures are
    not the report's whole-park ones); 白石经开区南区 is still 白石经开区's part 南区."""
    from parkqa.answer.engine import places_named

    own = ("竑盎市靖盈经济技术开发区", "靖盈经开区", "靖盈")
    assert places_named("靖盈综合保税区1—9月进出口额是多少？", own)[0] == ["靖盈综合保税区"]
    assert places_named("靖盈经开区1—9月进出口额是多少？", own)[0] == []
    assert places_named("白石经开区南区的产值？", ("白石经开区", "白石"))[0] == ["南区"]


def test_a_rows_cell_under_the_column_asked_beats_the_rows_total() -> None:
    """An assessment table: when the ranker's pick is the row's 总得分 and the question asks
    the score "for opening-up", the 开放合作 column's cell is the answer; a question naming no
    column keeps the pick."""
    from parkqa.answer.engine import Candidate, Engine
    from parkqa.answer.facts import report_meta

    text = (
        "2025年度全市开发区综合考评结果\n\n"
        "园区 | 经济发展 | 开放合作 | 总得分\n"
        "栎川经开区 | 36.2 | 15.8 | 88.1\n"
    )
    facts = {f.value: f for f in extract_facts("r.txt", "栎川经开区2025年", text) if f.table}
    engine = Engine(lambda s: [], lambda s: text, lambda s: report_meta("", text), None)
    ranked = [
        Candidate(facts[v], (), p) for v, p in (("88.1", 0.95), ("36.2", 0.94), ("15.8", 0.93))
    ]
    english = analyse("What score did Lichuan ETDZ get for opening-up?")
    # (as the API reads it: the words CC-CEDICT gives that the report holds)
    english = replace(
        english,
        groups=english.groups + tuple(translations(english.text, lambda w: w in text, set())),
    )
    pick = engine._column_asked(english, ranked)
    assert pick is not None and pick.fact.value == "15.8"
    pick = engine._column_asked(analyse("栎川经开区开放合作得了多少分？"), ranked)
    assert pick is not None and pick.fact.value == "15.8"
    assert engine._column_asked(analyse("栎川经开区考评得了多少分？"), ranked) is None


def test_one_amount_in_two_magnitudes_is_one_figure() -> None:
    """A table's 24630 under 万美元 and the prose's 2.46亿美元 are one figure (no rival); 2.56亿美元
    is another, and 亿元 is no 美元."""
    from parkqa.answer.engine import _same_figure

    (base,) = [f for f in extract_facts("r.txt", "2025年", "实际使用外资2.46亿美元。") if f.value]

    def fact(value: str, unit: str):
        return replace(base, value=value, unit=unit)

    assert _same_figure(fact("24630", "万美元"), fact("2.46亿美元", "美元"))
    assert not _same_figure(fact("25630", "万美元"), fact("2.46亿美元", "美元"))
    assert not _same_figure(fact("24630", "万元"), fact("2.46亿美元", "美元"))
    assert _same_figure(fact("1036.8", "亿元"), fact("1036.8亿元", "亿元"))
    # a round bound is no rounding: "不足2亿美元" is not 1.72亿美元
    assert not _same_figure(fact("2亿美元", "美元"), fact("1.72亿美元", "美元"))


def test_a_running_total_asked_is_never_one_events_count() -> None:
    """ "今年以来累计签约项目多少个": the running total, not "本次活动共签约项目22个";
    "这次…一共签了多少个" asks that event's."""
    text = (
        "10月28日，栎川经开区秋季重大项目集中签约活动举行，本次活动共签约项目22个。\n\n"
        "今年以来，栎川经开区累计签约项目38个，协议总投资454.1亿元。"
    )
    total = _decided(text, "今年以来栎川经开区累计签约项目多少个？")
    assert total.chosen is not None and total.chosen.fact.value == "38个"
    event = _decided(text, "这次栎川经开区秋季集中签约一共签了多少个项目？")
    assert event.chosen is None or event.chosen.fact.value == "22个"


def test_a_periods_figure_reported_at_a_meeting_beats_an_industrys_part() -> None:
    """ "会上通报，1—6月，全区新签约项目47个": a period's figure (its clause states 1—6月), not a
    day's; the industries' counts after it are parts, no answer when no industry is asked."""
    text = (
        "7月8日，栎川经开区召开上半年招商引资工作推进会。会上通报，1—6月，全区新签约项目47个，"
        "协议投资326.8亿元。\n\n"
        "分产业看，新能源产业签约项目14个，汽车零部件产业签约项目9个。"
    )
    decision = _decided(text, "2025年1—6月栎川经开区新签约项目多少个？")
    assert decision.chosen is not None and decision.chosen.fact.value == "47个"
    industry = _decided(text, "1—6月栎川经开区新能源产业签约项目多少个？")
    assert industry.chosen is None or industry.chosen.fact.value == "14个"


def test_a_park_picked_from_a_bulletin_must_be_one_the_question_names() -> None:
    """ "谨晖高新区那三个园子里哪个…最快" asks its parts: 诚旺工业园区, another park a city's
    bulletin ranks beside it, is no answer; 谨晖高新区 itself (short or whole) is one named."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import ReportMeta
    from parkqa.answer.superlative import Pick

    text = "诚旺工业园区连续三个季度负增长。谨晖高新技术产业开发区增长最快。昭诚智造园增势最强。"
    meta = ReportMeta(2025, (1, 9), (), ("诚旺工业园区", "谨晖高新技术产业开发区"))
    engine = Engine(lambda s: [], lambda s: text, lambda s: meta, None)

    def at(name: str) -> Pick:
        i = text.index(name)
        return Pick("b", i, i + len(name), i, i + len(name))

    assert engine._another_park(at("诚旺工业园区"), ["谨晖高新区"])
    assert not engine._another_park(at("谨晖高新技术产业开发区"), ["谨晖高新区"])
    assert not engine._another_park(at("昭诚智造园"), ["谨晖高新区"])


def test_a_unit_asked_of_another_dimension_is_out() -> None:
    """ "用地多少亩" is never answered by the project's investment in 亿元."""
    text = "表1 签约项目\n\n项目名称 | 协议投资（亿元）\n创新药CDMO基地项目 | 12.0\n"
    facts = extract_facts("r.txt", "栎川产业园签约", text)
    (fact,) = [f for f in facts if f.value == "12.0"]
    view = question_view(analyse("创新药CDMO基地项目用地多少亩？"))
    assert excluded(view, fact, 2025)
    assert not excluded(question_view(analyse("创新药CDMO基地项目投资多少亿元？")), fact, 2025)


def test_a_name_read_beside_a_thing_is_never_a_figure() -> None:
    """ "哪个产业产值下降" asks a name: the figure beside the industry is no answer."""
    text = "生物医药产业受集采影响，产值下降3.6%，是四大主导产业中唯一负增长的产业。"
    decision = _decided(text, "四大主导产业中，哪个产业产值同比下降？")
    assert decision.chosen is None or decision.chosen.fact.kind == "name"


def test_the_parts_of_the_park_named_are_no_other_parks() -> None:
    """A work report of 栎川高新区 on its five parks (read as parks it reports on): "栎川高新区
    那几个园子里哪个…" is answered by one of them."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import report_meta
    from parkqa.answer.types import Passage

    title = "栎川高新区2025年工作报告"
    text = (
        "栎川高新区2025年工作报告\n\n表2 各专业园区主要指标\n\n园区 | 规上工业总产值（亿元）\n"
        "栎光电子信息产业园 | 318.4\n栎岛生物医药产业园 | 157.9\n"
    )
    facts = extract_facts("r.txt", title, text)
    # (as the index reads it: the report's park, and a part taken for a park it reports on)
    parks, members = ("栎川高新技术产业开发区", "栎川"), ("栎光电子信息产业园",)
    meta = replace(report_meta(title, text), parks=parks, members=members)
    engine = Engine(lambda s: facts, lambda s: text, lambda s: meta, load_ranker())
    passage = Passage("r.txt", title, text, 0, len(text), "", 1.0, 1.0)
    q = analyse("栎川高新区那几个园子里，哪个园子的规上工业总产值最大？")
    reading = engine.read_order(q, [passage], {"r.txt"}, {"r.txt": title})
    assert reading is not None
    assert text[reading.value_start : reading.value_end] == "栎光电子信息产业园"


def test_a_city_asked_as_a_whole_is_no_figure_of_the_park() -> None:
    """A park's bulletin names its city beside it (高于全市…): "龉阳市的地区生产总值" asks
    the city's, never the park's own (全区…)."""
    from parkqa.answer.engine import Engine
    from parkqa.answer.facts import report_meta
    from parkqa.answer.types import Passage

    title = "栎川经开区2025年上半年经济运行简报"
    text = "1—6月全区实现地区生产总值386.42亿元，增速高于龉阳市平均水平1.3个百分点。"
    facts = extract_facts("r.txt", title, text)
    meta = replace(report_meta(title, text), parks=("栎川经济技术开发区", "栎川"))
    engine = Engine(lambda s: facts, lambda s: text, lambda s: meta, load_ranker())
    passage = Passage("r.txt", title, text, 0, len(text), "", 1.0, 1.0)

    def chosen(question: str) -> object:
        return engine.answer(analyse(question), [passage], None).chosen

    for question in (
        "龉阳市上半年地区生产总值是多少？",
        "What was the gross domestic product of 龉阳市 as a whole in the first half?",
    ):
        assert chosen(question) is None, question
    assert chosen("上半年地区生产总值是多少？") is not None
    # (a park after its city, or the city's parks together, is no city asked)
    assert chosen("龉阳市栎川经开区上半年地区生产总值是多少？") is not None


def test_a_place_after_a_year_and_a_project_an_english_question_names() -> None:
    from parkqa.answer.engine import places_named
    from parkqa.answer.vocab import projects_named

    assert places_named("2026年酩山智造园规上工业总产值要突破多少？", ())[0] == ["酩山智造园"]
    q = "What is the total investment of the 蟠石智能装备华东总部 project?"
    assert projects_named(q) == ["蟠石智能装备华东总部"]
    assert analyse(q).indicators  # (its 总投资 is read as it is for a Chinese one)


def test_a_city_asked_as_a_set_is_unknown_to_a_report_that_never_names_it() -> None:
    from parkqa.answer.engine import _table_head, _unknown_place

    q = "2025年1—9月蜃州哪个开发园区规上工业总产值增速最高？"
    assert _unknown_place(q, "钜州市开发园区2025年度综合考评情况通报……")
    assert not _unknown_place(q, "2025年1—9月蜃州市开发园区主要经济指标……")
    # (a table row is read where its header is)
    text = "前文。\n园区 | 甲 | 乙\nA | 1 | 2\nB | 3 | 4\n后文"
    assert text[_table_head(text, text.index("B |"), {}) :].startswith("园区 | 甲")


def test_a_question_opening_words_are_no_city() -> None:
    from parkqa.answer.engine import _unknown_place

    for q in (
        "请问哪个园区规上工业总产值增长最快？",
        "去年哪个开发区投资最多？",
        "今年各园区的产值是多少？",
    ):
        assert not _unknown_place(q, "某某高新区2025年工作报告")


def test_a_name_written_with_its_middle_left_out_is_that_name() -> None:
    from parkqa.answer.facts import abridged

    full = "棣峰新能源年产20GWh储能电池项目"
    assert abridged(full, "棣峰新能源储能电池项目总投资多少？")
    assert not abridged(full, "棣峰新能源科技有限公司投资多少？")
    assert not abridged(full, "新能源储能电池项目有几个？")


def test_a_table_columns_kind_says_what_its_names_are() -> None:
    """檩丰智能物流园 under 项目名称 is a project, no 片区 asked for; under 所在片区 an area is."""
    from parkqa.answer.engine import fact_name_fits

    facts = extract_facts(
        "r.md",
        "槭川经开区2025年工作报告",
        "表2 重点项目\n\n序号 | 项目名称 | 所在片区 | 总投资（亿元）\n"
        "1 | 檩丰智能物流园 | 榉溪临港片区 | 15.6\n2 | 棣峰储能电池项目 | 楸湾产业片区 | 86",
    )
    names = {f.value: f for f in facts if f.kind == "name"}
    asked = analyse("这个项目在哪个片区？")
    assert not fact_name_fits(asked, names["檩丰智能物流园"])
    assert fact_name_fits(asked, names["榉溪临港片区"])


def test_a_date_of_another_event_answers_no_date_asked() -> None:
    from parkqa.answer.engine import _event_fits

    text = "瀚谷锂电池隔膜涂覆项目于2025年10月31日签约，总投资20亿元。"
    date = next(f for f in extract_facts("q.txt", "绮骏新材料产业园", text) if f.kind == "date")
    assert not _event_fits(date, lambda source: text, analyse("它哪天开的工？"))
    assert _event_fits(date, lambda source: text, analyse("它哪天签的约？"))
    # (nor a day of another round: the spring round's for the summer's)
    text = "高新区已于3月29日、6月21日分别举办春季、夏季重点项目集中签约活动。"
    days = {f.value: f for f in extract_facts("y.htm", "云陵高新区", text) if f.kind == "date"}
    summer = analyse("云陵高新区今年夏季重点项目集中签约活动是哪天举办的？")
    assert not _event_fits(days["3月29日"], lambda source: text, summer)
    assert _event_fits(days["6月21日"], lambda source: text, summer)


def test_a_park_spoken_of_is_no_part_named() -> None:
    from parkqa.answer.engine import places_named

    assert places_named("焱山那个新材料园前三季度工业投资涨了多少？", ()) == ([], False)
    assert places_named("梧冈片区前三季度工业投资涨了多少？", ())[0] == ["梧冈片区"]
