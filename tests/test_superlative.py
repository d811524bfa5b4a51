"""Top/bottom-of-a-set questions, on an invented report: computed from a table column or a
sentence's figures, or read from a sentence that states the order."""

from __future__ import annotations

from parkqa.answer.engine import question_view
from parkqa.answer.facts import extract_facts
from parkqa.answer.superlative import pick, stated
from parkqa.question import Order, analyse, order_asked

TEXT = """\
一、分园区情况

枫岭片区完成产值40.2亿元，同比增长6.1%；柏溪片区完成产值28.7亿元，同比增长14.9%，增速居各片区之首；松岗片区完成产值33.0亿元，同比增长9.3%。

表1 2024年重点企业产值

排名 企业名称 产值（亿元） 同比增长（%）

1 枫岭电机股份有限公司 18.4 3.2

2 柏溪新材料有限公司 15.1 22.7

3 松岗包装有限公司 9.6 -4.5

合计 43.1 7.0

在年度考核中，柏溪片区以95.2分位居第一，松岗片区得分最低。
"""


def _facts() -> list:
    return extract_facts("r.txt", "某园区2024年经济运行报告", TEXT)


def _name(question: str, *, stated_only: bool = False) -> str | None:
    q = analyse(question)
    order = order_asked(q.text)
    assert order is not None
    view = question_view(q)
    found = (
        stated(view, order, _facts(), TEXT)
        if stated_only
        else pick(view, order, _facts(), TEXT, 2024)
    )
    return TEXT[found[1].start : found[1].end] if found else None


def test_the_asked_order_is_read_in_both_languages() -> None:
    assert order_asked("哪个片区产值增长最快？") == Order("max", 1, True)
    assert order_asked("投资额最小的是哪个项目？") == Order("min", 1, False)
    assert order_asked("谁排第二？") == Order("max", 2, False)
    assert order_asked("Which company ranked second by output value?") == Order("max", 2, False)
    assert order_asked("Which park grew slowest?") == Order("min", 1, True)
    assert order_asked("产值是多少？") is None


def test_a_table_column_is_ordered_and_its_row_named() -> None:
    assert _name("哪家企业产值最高？") == "枫岭电机股份有限公司"
    assert _name("哪家企业产值同比增长最快？") == "柏溪新材料有限公司"
    # A decline is below every increase; the 合计 row is never the top or the bottom.
    assert _name("哪家企业产值增长最慢？") == "松岗包装有限公司"
    assert _name("产值排第二的是哪家企业？") == "柏溪新材料有限公司"


def test_the_figures_of_one_sentence_are_a_set() -> None:
    assert _name("哪个片区产值增长最快？") == "柏溪片区"
    assert _name("哪个片区产值最高？") == "枫岭片区"


def test_a_sentence_that_states_the_order_is_read() -> None:
    assert _name("考核谁排第一？", stated_only=True) == "柏溪片区"
    assert _name("考核得分最低的是哪个片区？", stated_only=True) == "松岗片区"
    # The statement is about scores: it does not answer a question about output.
    assert _name("哪个片区产值最低？", stated_only=True) is None
    # An order of growth ("增速居各片区之首") states no order of levels, and the reverse.
    assert _name("哪个片区产值最高？", stated_only=True) is None
    assert _name("哪个片区产值增长最快？", stated_only=True) == "柏溪片区"


def test_a_statement_ordering_by_another_measure_answers_no_other_order() -> None:
    """ "是12个重点项目中完成率最低的项目" says nothing of which has the least total investment."""
    text = (
        "氢能电堆项目1—11月仅完成投资2.31亿元，完成年度计划的66.0%，是12个重点项目中完成率"
        "最低的项目。"
    )
    q = analyse("重点项目中总投资最小的是哪个项目？")
    assert q.order is not None
    facts = extract_facts("r.txt", "某园区2024年重点项目报告", text)
    assert stated(question_view(q), q.order, facts, text) is None


def test_a_set_holding_the_one_park_asked_about_is_of_its_peers() -> None:
    """ "谨晖高新区那三个园子里哪个涨得最快" is no question about a city's parks, 谨晖高新区 among
    them."""
    text = (
        "各开发区主要指标\n\n园区 | 规上工业总产值增速（%）\n谨晖高新区 | 9.1\n"
        "诚旺工业园区 | 12.4\n昭阳经开区 | 6.2\n"
    )
    q = analyse("谨晖高新区那三个园子里，2025年哪个园子工业产值涨得最快？")
    assert q.order is not None
    facts = extract_facts("c.xlsx", "某市开发区监测表", text)
    assert pick(question_view(q), q.order, facts, text, 2025) is None


def test_a_ranking_asked_is_read_from_its_rank_column() -> None:
    """A bulletin's paragraph names the top three in words (前三名, 两个季度); the table's rank
    column is the ranking's own order. (The fallback from a best set of words to the rank
    column, which this text does not reach, is measured by heldout_v15's c3.1.)"""
    text = (
        "三、综合考核情况\n\n1—9月，螺川经开区、螺川高新区、蜓川产业园位列综合考核前三名，"
        "获评“季度红旗园区”；螺川高新区以96.8分连续两个季度位居第一。\n\n"
        "附表 1—9月开发区综合考核情况\n\n"
        "园区 | 协议投资额（亿元） | 综合得分 | 综合排名\n"
        "螺川经开区 | 312.4 | 94.2 | 2\n"
        "螺川高新区 | 286.7 | 96.8 | 1\n"
        "蛉川经开区 | 98.5 | 85.1 | 4\n"
        "蜓川产业园 | 136.9 | 88.4 | 3\n"
    )
    from parkqa.answer.facts import ReportMeta

    members = ("螺川经开区", "螺川高新区", "蛉川经开区", "蜓川产业园")
    meta = ReportMeta(2025, (1, 9), (), members)
    facts = extract_facts("b.html", "2025年1—9月开发区运行通报", text, meta=meta)
    q = analyse("2025年1—9月各开发区综合考核谁排第一？")
    found = pick(question_view(q), order_asked(q.text), facts, text, 2025)  # type: ignore[arg-type]
    assert found is not None and text[found[1].start : found[1].end] == "螺川高新区"


def test_a_level_asked_is_no_order_of_growth_rates() -> None:
    """ "哪个片区产值最大" orders output, never the rates of growth said of the parts."""
    text = "柏溪片区产值增长14.9%；松岗片区产值增长18.1%；枫岭片区产值增速回落至3.1%。"
    facts = extract_facts("r.txt", "某园区2024年工作总结", text)
    q = analyse("哪个片区的产值最大？")
    assert q.order is not None
    assert pick(question_view(q), q.order, facts, text, 2024) is None
    q = analyse("哪个片区的产值增长最快？")
    assert q.order is not None
    found = pick(question_view(q), q.order, facts, text, 2024)
    assert found is not None and text[found[1].start : found[1].end] == "松岗片区"


def test_a_statement_of_another_parts_score_answers_no_score_asked() -> None:
    """ "…，绿色集约得分居各园区首位" says nothing of who leads 科技创新; a statement only
    more specific than the question still answers it."""
    text = "松岗园区得分75.7分，位次前移至第三，绿色集约得分（8.5分）居各园区首位。"
    facts = extract_facts("r.txt", "某市2025年园区考评通报", text)
    q = analyse("考评中科技创新单项得分最高的是哪个园区？")
    assert q.order is not None
    assert stated(question_view(q), q.order, facts, text) is None
    text = "柏溪片区完成产值28.7亿元，产值增速居各片区之首。"
    facts = extract_facts("r.txt", "某园区2024年工作总结", text)
    q = analyse("哪个片区增速最快？")
    assert q.order is not None
    found = stated(question_view(q), q.order, facts, text)
    assert found is not None and text[found[1].start : found[1].end] == "柏溪片区"


def test_each_clause_of_a_statement_list_orders_its_own_part() -> None:
    """ "甲…在科技创新方面得分最高，乙…在项目建设方面得分最高，丙…在招商引资方面…": only
    丙's clause answers a 招商引资 question, though the sentence says 招商引资 too."""
    text = (
        "分项看，甲湾科技园在科技创新方面得分最高，乙屿临港产业园在项目建设方面得分最高，"
        "丙原经开区在招商引资方面得分最高。"
    )
    facts = extract_facts("r.txt", "某市2025年园区考评通报", text)
    q = analyse("招商引资方面得分最高的是哪个园区？")
    assert q.order is not None
    found = stated(question_view(q), q.order, facts, text)
    assert found is None or text[found[1].start : found[1].end] == "丙原经开区"


RANKED = """\
三、综合考评情况

对各园区1—9月工作进行了综合考评（满分100分）。考评结果如下：

第一名 甲湾高新技术产业开发区 92.4分

第二名 乙屿临港产业园 89.7分（较上半年前移2位）

第三名 丙原经济技术开发区 88.1分

表1 各园区主要指标

园区 | 规上工业总产值（亿元）
丙原经济技术开发区 | 586.3
乙屿临港产业园 | 498.7
甲湾高新技术产业开发区 | 327.9
"""


def test_a_ranked_list_of_lines_answers_who_ranks_where() -> None:
    """Lines "第N名 <park> <score>" after a lead: the rank in words orders them, and a question
    of the indicator the list measures (综合考评) takes that set, not a table's column."""
    facts = extract_facts("r.txt", "某市2025年1—9月开发园区综合考评通报", RANKED)
    ranks = {f.subject: f.value for f in facts if f.kind == "rank"}
    assert ranks["乙屿临港产业园"] == "第二名"
    scores = {f.subject: (f.value, f.indicator_id) for f in facts if f.kind == "score"}
    assert scores["丙原经济技术开发区"] == ("88.1分", "comprehensive-evaluation-score")
    for question, want in (
        ("综合考评谁排第一？", "甲湾高新技术产业开发区"),
        ("综合考评第二名是哪个园区？", "乙屿临港产业园"),
    ):
        q = analyse(question)
        assert q.order is not None
        found = pick(question_view(q), q.order, facts, RANKED, 2025)
        assert found is not None and RANKED[found[1].start : found[1].end] == want


def test_a_part_of_a_score_asked_is_no_order_of_the_whole_score() -> None:
    """ "招商引资方面得分最高" asks one part of the assessment: the overall scores' order does
    not answer it."""
    facts = extract_facts("r.txt", "某市2025年1—9月开发园区综合考评通报", RANKED)
    q = analyse("综合考评分项中，招商引资方面得分最高的是哪个园区？")
    assert q.order is not None
    assert pick(question_view(q), q.order, facts, RANKED, 2025) is None


def test_a_completion_order_is_no_order_of_amounts() -> None:
    """ "哪个项目完成年度计划的比例最低" orders completion rates; two amounts invested said in a
    paragraph are no such set."""
    text = (
        "甲乙电子连接器扩产项目1—9月完成投资31380万元，提前完成年度计划；"
        "丙丁新材料薄膜项目1—9月完成投资71500万元。"
    )
    facts = extract_facts("r.txt", "某经开区2025年重点项目推进情况", text)
    q = analyse("哪个项目完成年度计划的比例最低？")
    assert q.order is not None and q.measure == "completion"
    assert pick(question_view(q), q.order, facts, text, 2025) is None


def test_a_column_named_by_its_header_wins_over_the_linked_overall_score() -> None:
    """ "综合考评中哪个园区开放合作维度得分最高？": the 开放合作 column, though the question's
    综合考评 links the overall score's column."""
    text = (
        "表5 2025年度开发园区综合考评结果\n\n"
        "园区 | 开放合作（15分） | 2025年综合得分\n"
        "甲江高新区 | 11.2 | 89.7\n乙山经开区 | 13.8 | 86.1\n丙溪园 | 9.5 | 72.4"
    )
    facts = extract_facts("r.md", "某市开发园区2025年度综合考评情况通报", text)
    q = analyse("2025年度综合考评中哪个园区开放合作维度得分最高？")
    assert q.order is not None
    found = pick(question_view(q), q.order, facts, text, 2025)
    assert found is not None and text[found[1].start : found[1].end] == "乙山经开区"


def test_places_moved_between_two_rankings_are_no_ranking() -> None:
    """ "焱山…由第三名跃升至第一名；…炜东…保持第四名不变": ranks of two periods, none a set's
    member (they once made 炜东 "上半年排第一"); a rank of its own is one."""
    from parkqa.answer.superlative import _moved

    text = (
        "与上半年考评结果相比，焱山新材料产业园由第三名跃升至第一名；炜东经济技术开发区保持第四名"
        "不变。焕江临港产业园区位列第六名。"
    )
    ranks = {
        f.value + f.subject: f
        for f in extract_facts("y.pdf", "熠州市开发区通报", text)
        if f.kind == "rank"
    }
    moved = {key for key, f in ranks.items() if _moved(f, text)}
    assert moved == {key for key in ranks if "第六名" not in key}
    assert len(ranks) > len(moved)
