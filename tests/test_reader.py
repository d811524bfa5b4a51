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
