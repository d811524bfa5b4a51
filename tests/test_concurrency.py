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
