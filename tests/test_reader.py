"""The span reader on lists: it reads the lists the indexer found, and only the one that
enumerates what the question asks."""

from __future__ import annotations

from parkqa.answer import Passage
from parkqa.answer.facts import extract_facts
from parkqa.question import analyse
from parkqa.reader import Reader

TEXT = (
    "高新区以光电显示、新材料、软件和信息服务为主导产业，全年实现产值297.5亿元。"
    "全年新增规上企业23家，其中超50亿元企业3家，分别为岚芯微电子、华屹精密和泽康药业。"
)


def _read(question: str, text: str = TEXT) -> str | None:
    facts = extract_facts("r.txt", "某高新区2025年工作总结", text)
    reader = Reader(lambda s: text, lambda s: facts)
    passage = Passage("r.txt", "", text, 0, len(text), "", 1.0)
    reading = reader.read(analyse(question), [passage])
    return None if reading is None else text[reading.value_start : reading.value_end]


def test_a_list_is_the_one_written_beside_the_noun_asked() -> None:
    assert _read("主导产业有哪些？") == "光电显示、新材料、软件和信息服务"
    # the noun may sit in the clause the list's own clause only links to (分别为…)
    assert _read("超50亿元的企业有哪几家？") == "岚芯微电子、华屹精密和泽康药业"


def test_a_list_beside_none_of_the_questions_words_is_no_answer() -> None:
    # 链主带动、配套跟进 follows 主导产业 across a comma: it enumerates no industries
    text = "园区聚焦智能装备三大主导产业布局，链主带动、配套跟进的特征明显。"
    assert "链主带动、配套跟进的特征明显" in {
        f.value for f in extract_facts("r.txt", "", text) if f.kind == "list"
    }
    assert _read("园区的三大主导产业是哪些？", text) != "链主带动、配套跟进的特征明显"
    # a list holding what the question names is about it, not its answer
    text = "重点督促朗越封装测试基地、恒钧数控机床扩能等项目加快建设。"
    assert _read("恒钧数控机床扩能有哪些问题？", text) != "朗越封装测试基地、恒钧数控机床扩能"


def test_a_named_thing_is_the_quotation_headed_by_a_noun_of_its_kind() -> None:
    """ "什么机制" / "那个制度叫啥": the quotation a noun of the kind asked heads (机制, 制度 and
    模式 are one family); of several in a sentence, the one whose words the question says; and
    in a report the question names, anywhere in it."""
    text = (
        "园区全年签约项目42个。"
        "实行“周调度、月通报、季观摩”项目推进机制，落实“首席服务员”制度，"
        "推广“拿地即开工”审批模式，全年9个项目实现拿地即开工。"
    )
    facts = extract_facts("r.txt", "", text)
    reader = Reader(lambda s: text, lambda s: facts)
    first = Passage("r.txt", "", text, 0, text.index("。") + 1, "", 1.0)

    def read(question: str) -> str | None:
        reading = reader.read(analyse(question), [first], allowed={"r.txt"})
        return None if reading is None else text[reading.value_start : reading.value_end]

    assert analyse("园区实行的项目推进机制是什么？").named_kind[0] == "机制"
    assert analyse("园区签约项目多少个？").named_kind == ()
    assert read("园区实行的项目推进机制是什么？") == "周调度、月通报、季观摩"
    assert read("园区落实的那个制度叫啥？") == "首席服务员"
    assert read("园区推广的是什么审批办法？") == "拿地即开工"


def test_a_theme_and_an_honour_are_read_where_the_report_delimits_them() -> None:
    """ "以“链聚高新·智创未来”为主题": the quotation the kind is said of, the question asking the
    主题 of an 活动 (the kind said last); "获评省级循环化改造示范园区": the honour from its verb to
    its kind, of the grade asked."""
    text = (
        "本次签约活动以“链聚高新·智创未来”为主题，采取“现场签约+视频连线”方式进行。"
        "5月，园区成功获评省级循环化改造示范园区，入选国家级绿色工业园区名单。"
    )
    assert _read("秋季签约活动的主题是什么？", text) == "链聚高新·智创未来"
    assert _read("园区5月拿到了什么省级荣誉？", text) == "省级循环化改造示范园区"
    assert _read("园区入选了什么国家级名单？", text) == "国家级绿色工业园区"
