"""Questions reach the report of the park they name, whatever names it: its first line, its file
name, a user's correction. The real pipeline (index → details → retrieve → read → answer)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from parkqa import ParkQA, Settings

# Two invented reports with the same wording and different figures: only routing by park can
# tell which one answers. The first calls its zone only 高新区 in its body.
GENERIC_BODY = """\
2023年工作总结

2023年，高新区坚持项目为王，全年新签约项目41个，协议总投资186.5亿元，同比增长12.4%。
规上工业总产值完成412.6亿元，同比增长6.1%。
"""
OTHER_PARK = """\
桉溪经济开发区2023年工作总结

2023年，桉溪经济开发区全年新签约项目27个，协议总投资98.2亿元，同比增长5.3%。
规上工业总产值完成233.9亿元，同比增长4.8%。
"""
QUESTION = "栎川高新区2023年新签约项目多少个？"


def _store(tmp_path: Path, model_cache: Path, name: str, files: dict[str, str]) -> ParkQA:
    folder = tmp_path / f"{name}-reports"
    folder.mkdir()
    for file, text in files.items():
        (folder / file).write_text(text, encoding="utf-8")
    qa = ParkQA(settings=Settings(store=tmp_path / f"{name}-store", cache_dir=model_cache))
    result = qa.index([folder])
    assert result.added == len(files) and not result.failed
    return qa


def _chunk_count(qa: ParkQA) -> int:
    return int(qa.vector_store._collection.count())


def test_a_park_named_only_in_the_file_name_is_answered_as_one_named_in_the_text(
    tmp_path: Path, model_cache: Path
) -> None:
    by_file = _store(
        tmp_path,
        model_cache,
        "file",
        {"07_栎川高新区2023年工作总结(1).txt": GENERIC_BODY, "08_桉溪开发区.txt": OTHER_PARK},
    )
    by_text = _store(
        tmp_path,
        model_cache,
        "text",
        {
            "a.txt": GENERIC_BODY.replace("2023年工作总结", "栎川高新区2023年工作总结", 1),
            "b.txt": OTHER_PARK,
        },
    )
    try:
        from_file, from_text = by_file.ask(QUESTION), by_text.ask(QUESTION)
        assert from_file.found and from_file.value == "41个"
        assert (from_file.value, from_file.citations[0].quote) == (
            from_text.value,
            from_text.citations[0].quote,
        )
        assert from_file.citations[0].source == "07_栎川高新区2023年工作总结(1).txt"
        listed = {r["source"]: r for r in by_file.describe()}
        assert listed["07_栎川高新区2023年工作总结(1).txt"]["park"] == "栎川高新区"
        assert listed["07_栎川高新区2023年工作总结(1).txt"]["title"] == "2023年工作总结"
        # the other park's report answers its own park's question
        other = by_file.ask("桉溪开发区2023年新签约项目多少个？")
        assert other.value == "27个"
    finally:
        by_file.close()
        by_text.close()


def test_an_unknown_park_gets_passages_and_the_indexed_parks(
    tmp_path: Path, model_cache: Path
) -> None:
    qa = _store(
        tmp_path,
        model_cache,
        "unknown",
        {"07_栎川高新区2023年工作总结.txt": GENERIC_BODY, "桉溪开发区.txt": OTHER_PARK},
    )
    try:
        answer = qa.ask("梧桐山高新区2023年新签约项目多少个？")
        assert not answer.found and answer.value is None
        assert answer.passages, "a refusal for an unknown park still shows the closest passages"
        assert answer.indexed_parks == ["桉溪经济开发区", "栎川高新区"]
        assert "已索引的园区：桉溪经济开发区、栎川高新区。" in answer.answer
        english = qa.ask("How many projects did Wutongshan High-tech Zone sign in 2023?")
        assert not english.found
        assert json.loads(json.dumps(english.to_dict()))["indexed_parks"] == [
            "桉溪经济开发区",
            "栎川高新区",
        ]
    finally:
        qa.close()


def test_a_corrected_park_answers_at_once_and_survives_reindexing(
    tmp_path: Path, model_cache: Path
) -> None:
    qa = _store(
        tmp_path,
        model_cache,
        "corrected",
        {"report.txt": GENERIC_BODY, "桉溪开发区.txt": OTHER_PARK},
    )
    folder = tmp_path / "corrected-reports"
    try:
        before = qa.ask(QUESTION)
        assert not before.found  # nothing says report.txt is 栎川高新区's
        chunks = _chunk_count(qa)
        info = qa.correct("report.txt", park="栎川高新区", period="全年")
        assert info.details.park == "栎川高新区" and info.details.months == (1, 12)
        assert qa.ask(QUESTION).value == "41个"
        assert _chunk_count(qa) == chunks  # nothing embedded or deleted
        # Re-indexing the unchanged folder keeps the correction …
        result = qa.index([folder])
        assert result.unchanged == 2 and result.chunks_added == 0
        assert qa.ask(QUESTION).value == "41个"
        # … and so does a changed file (its details are read again, the correction reapplied).
        (folder / "report.txt").write_text(GENERIC_BODY.replace("41个", "43个"), encoding="utf-8")
        assert qa.index([folder]).updated == 1
        assert qa.ask(QUESTION).value == "43个"
        assert next(r for r in qa.describe() if r["source"] == "report.txt")["corrected"] == [
            "months",
            "park",
        ]
        # A second process sees the correction too.
        other = ParkQA(settings=qa.settings)
        try:
            assert other.ask(QUESTION).value == "43个"
        finally:
            other.close()
        with pytest.raises(ValueError):
            qa.correct("report.txt", year="twenty")
    finally:
        qa.close()


def test_a_store_of_the_previous_release_is_upgraded_without_embedding(
    tmp_path: Path, model_cache: Path
) -> None:
    qa = _store(
        tmp_path,
        model_cache,
        "old",
        {"07_栎川高新区2023年工作总结.txt": GENERIC_BODY, "桉溪开发区.txt": OTHER_PARK},
    )
    store = qa.settings.store
    chunks = _chunk_count(qa)
    qa.close()
    # What the previous release wrote: details without park, year, period or version, and the
    # title its first line gave.
    with sqlite3.connect(store / "reports.sqlite") as db:
        rows = db.execute("SELECT namespace, source, details FROM details").fetchall()
        for namespace, source, raw in rows:
            old = {k: v for k, v in json.loads(raw).items() if k in ("pages", "ocr_pages")}
            db.execute(
                "UPDATE details SET details = ? WHERE namespace = ? AND source = ?",
                (json.dumps(old), namespace, source),
            )
        db.execute("UPDATE reports SET title = '2023年工作总结' WHERE source LIKE '07_%'")
    reopened = ParkQA(settings=Settings(store=store, cache_dir=model_cache))
    try:
        assert reopened.ask(QUESTION).value == "41个"
        assert _chunk_count(reopened) == chunks
        park = {r["source"]: r["park"] for r in reopened.describe()}
        assert park["07_栎川高新区2023年工作总结.txt"] == "栎川高新区"
        assert reopened.upgrade() == 0  # once is enough
    finally:
        reopened.close()


def test_cli_details_and_index_with_details(tmp_path: Path, model_cache: Path, capsys) -> None:
    from parkqa.cli import main

    folder = tmp_path / "cli-reports"
    folder.mkdir()
    (folder / "report.txt").write_text(GENERIC_BODY, encoding="utf-8")
    store = str(tmp_path / "cli-store")
    args = ["--store", store]
    import os

    os.environ["PARKQA_CACHE"] = str(model_cache)
    assert main(["index", str(folder / "report.txt"), *args, "--park", "栎川高新区"]) == 0
    capsys.readouterr()
    assert main(["details", "report.txt", *args, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (shown["park"], shown["year"], shown["period"]) == ("栎川高新区", 2023, "全年")
    assert main(["details", "report.txt", *args, "--year", "2022", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["year"] == 2022
    # bad input: a clear error, exit 2, nothing changed
    assert main(["details", "report.txt", *args, "--period", "sometime"]) == 2
    assert "not a period" in capsys.readouterr().err
    assert main(["details", "missing.txt", *args]) == 2
    assert main(["index", str(folder), *args, "--park", "X高新区"]) == 2


# Invented: a park with two parts and another park whose report has the same indicator.
WITH_PARTS = """\
栎川高新区2024年工作总结

　　高新区现辖梓岗片区和榕湾片区。2024年，全区规上工业总产值528.3亿元，同比增长8.2%。

　　梓岗片区聚焦智能装备，全年实现规上工业总产值311.2亿元，同比增长9.6%；完成固定资产投资64.5亿元。

　　榕湾片区聚焦生物医药，全年实现规上工业总产值217.1亿元，同比增长6.3%；完成固定资产投资38.9亿元。
"""


def test_a_question_naming_only_a_part_of_a_park_reaches_that_parks_report(
    tmp_path: Path, model_cache: Path
) -> None:
    qa = _store(tmp_path, model_cache, "parts", {"a.txt": WITH_PARTS, "b.txt": OTHER_PARK})
    try:
        answer = qa.ask("榕湾片区2024年固定资产投资是多少？")
        assert answer.found and answer.value == "38.9亿元"
        assert answer.citations[0].source == "a.txt"
        # the whole park's question is not answered with a part's figure
        whole = qa.ask("栎川高新区2024年规上工业总产值是多少？")
        assert whole.value == "528.3亿元"
        grew = qa.ask("梓岗片区2024年规上工业总产值同比增长多少？")
        assert grew.value == "9.6%"
    finally:
        qa.close()


# Invented: a park whose parts are named by what they do (智造园, 科创园).
PARTS_BY_MEANING = """\
桤川高新区2024年经济运行情况

　　2024年，全区规上工业总产值512.6亿元。智造园以智能制造和高端装备制造业为主，科创园以科技创新和研发服务为主。

　　智造园全年完成固定资产投资61.4亿元，同比增长3.2%；科创园全年完成固定资产投资52.6亿元，同比增长8.7%。

表2 2024年各园区主要指标

园区 | 固定资产投资（亿元）
智造园 | 61.4
科创园 | 52.6
"""


def test_an_english_question_names_a_part_of_a_park_by_its_meaning(
    tmp_path: Path, model_cache: Path
) -> None:
    qa = _store(tmp_path, model_cache, "meaning", {"a.txt": PARTS_BY_MEANING})
    try:
        smart = qa.ask(
            "What was fixed-asset investment in Qichuan's Smart Manufacturing Park in 2024?"
        )
        assert smart.found and smart.value in ("61.4", "61.4亿元")
        science = qa.ask(
            "What was fixed-asset investment in Qichuan's Science and Innovation Park in 2024?"
        )
        assert science.found and science.value in ("52.6", "52.6亿元")
    finally:
        qa.close()


def test_a_city_said_without_shi_routes_to_the_reports_naming_it(
    tmp_path: Path, model_cache: Path
) -> None:
    """ "雩陵五个园区…" names the city a bulletin's title writes as 雩陵市: only reports naming
    it answer, never another city's park that reports the same indicator."""
    bulletin = (
        "雩陵市重点开发园区2025年1—9月经济运行情况通报\n\n"
        "1—9月，全市五个重点开发园区合计签约亿元以上项目96个，协议投资额1125.8亿元。\n"
    )
    other = (
        "桉溪经济开发区2025年10月经济运行简报\n\n"
        "前三季度，园区新签约亿元以上项目16个。10月新签约项目5个，协议投资额41.2亿元。\n"
    )
    member = (
        "访谈：桥北新材料产业园主任谈发展\n\n"
        "桥北新材料产业园是雩陵市五个重点开发园区之一，今年新签约项目31个，其中亿元以上项目12个。\n"
    )
    files = {"bulletin.txt": bulletin, "other.txt": other, "member.txt": member}
    qa = _store(tmp_path, model_cache, "cities", files)
    question = "雩陵那五个园区前三季度一共签了多少个过亿的项目？"
    assert qa._prepare(question, []).sources == {"bulletin.txt", "member.txt"}
    answer = qa.ask(question)
    assert not answer.found or answer.value.startswith("96")
