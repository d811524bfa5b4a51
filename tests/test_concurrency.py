"""Questions while indexing runs: answers never see a half-written report."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from conftest import EXAMPLES
from parkqa import ParkQA
from parkqa.compose import check
from parkqa.rwlock import RWLock


def test_answers_stay_consistent_while_a_report_is_rewritten(qa: ParkQA, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    shutil.copytree(EXAMPLES, folder)
    qa.index([folder])
    md = folder / "qinghu_hitech_zone_2023.md"
    original = md.read_text(encoding="utf-8")
    versions = [original, "前言一段新的文字。\n\n" + original.replace("1320件", "1321件")]
    stop = threading.Event()
    errors: list[BaseException] = []

    def rewrite() -> None:
        try:
            for n in range(6):
                md.write_text(versions[n % 2], encoding="utf-8")
                qa.index([folder])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            stop.set()

    writer = threading.Thread(target=rewrite)
    writer.start()
    answers = 0
    while not stop.is_set() or answers < 5:
        answer = qa.ask("青湖高新区发明专利授权多少件？")
        check(answer, qa.report_text)  # quote == report_text[start:end], value in quote
        assert answer.found and answer.value in ("1320件", "1321件")
        answers += 1
    writer.join()
    assert not errors


def test_rwlock_excludes_writers_from_readers() -> None:
    lock = RWLock()
    state = {"readers": 0, "max_together": 0, "overlap": False}
    guard = threading.Lock()

    def reader() -> None:
        for _ in range(200):
            with lock.read():
                with guard:
                    state["readers"] += 1
                    state["max_together"] = max(state["max_together"], state["readers"])
                with guard:
                    state["readers"] -= 1

    def writer() -> None:
        for _ in range(200):
            with lock.write(), guard:
                if state["readers"]:
                    state["overlap"] = True

    threads = [threading.Thread(target=reader) for _ in range(3)] + [
        threading.Thread(target=writer)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not state["overlap"]


def test_eight_threads_of_questions_during_uploads_and_deletes(qa: ParkQA, tmp_path: Path) -> None:
    """Answers about reports nobody touches equal a quiet run's, while another report is added,
    replaced and removed over and over; answers about that report are one of its versions or a
    refusal, never an error."""
    folder = tmp_path / "r"
    shutil.copytree(EXAMPLES, folder)
    churn = folder / "songshan_industrial_park_2023.docx"
    churn_bytes = churn.read_bytes()
    churn.unlink()
    qa.index([folder])
    questions = [
        "青湖高新区2023年地区生产总值是多少？",
        "青湖高新区全年新签约项目多少个？",
        "青湖高新区当年新认定高新技术企业多少家？",
        "How many invention patents were granted in Qinghu?",
        "前三季度新签约项目多少个？",
    ]
    quiet = {q: qa.ask(q).to_dict() for q in questions}
    churn_question = "松山产业园规模以上工业产值是多少？"
    stop = threading.Event()
    errors: list[BaseException] = []
    asked: list[str] = []
    changed: list[str] = []
    churn_values: set[str | None] = set()

    def ask_loop(n: int) -> None:
        try:
            i = n
            while not stop.is_set():
                q = questions[i % len(questions)]
                got = qa.ask(q).to_dict()
                if got["answer"] != quiet[q]["answer"] or got["citations"] != quiet[q]["citations"]:
                    changed.append(q)
                answer = qa.ask(churn_question)
                # (the report may be gone by now: check the answer's own invariant only)
                assert not answer.found or answer.value in answer.citations[0].quote
                churn_values.add(answer.value if answer.found else None)
                asked.append(q)
                i += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=ask_loop, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    try:
        for _ in range(3):
            churn.write_bytes(churn_bytes)
            qa.index([churn])  # upload
            qa.remove(churn.name)  # delete
            churn.unlink()
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert not errors and not changed
    assert len(asked) >= 16
    assert churn_values <= {"298亿元", None}
