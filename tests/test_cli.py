"""The `parkqa` command, run as a user runs it: a real process, real store, real model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES


def run(*args: str, store: Path, check_rc: int | None = 0) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARKQA_STORE=str(store))
    proc = subprocess.run(
        [sys.executable, "-m", "parkqa.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stdout + proc.stderr
    return proc


def last_json(proc: subprocess.CompletedProcess[str]):
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_index_list_ask_remove(tmp_path: Path, model_cache: Path, shared: Path) -> None:
    store = tmp_path / "store"
    counts = last_json(run("index", str(EXAMPLES), str(shared / "reports"), "--json", store=store))
    assert counts == {
        "added": 6,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "skipped": 0,
        "failed": [],
        "repaired": [],
    }

    listed = last_json(run("list", "--json", store=store))
    assert {r["source"] for r in listed} >= {
        "dantu_hitech_park_2023.txt",
        "songshan_industrial_park_2023.docx",
    }

    answer = last_json(run("ask", "10月31日签约了多少个项目？", "--json", store=store))
    assert answer["question"] == "10月31日签约了多少个项目？"
    assert set(answer) >= {"question", "answer", "value", "found", "citations"}
    assert answer["found"] and answer["value"] == "9个"
    assert answer["citations"][0]["source"] == "dantu_hitech_park_2023.txt"
    top = answer["passages"][:3]
    hit = next(p for p in top if "9个项目集中签约" in p["text"])
    assert hit["source"] == "dantu_hitech_park_2023.txt"

    # --store on the command line wins over PARKQA_STORE.
    other = run("list", "--json", "--store", str(tmp_path / "empty"), store=store, check_rc=2)
    assert f"no parkqa store at {tmp_path / 'empty'}" in other.stderr

    readable = run("index", str(EXAMPLES), store=store)
    assert "unchanged 5" in readable.stdout

    removed = run("remove", "binjiang_edz_2024q3.html", store=store)
    assert "removed binjiang_edz_2024q3.html" in removed.stdout
    gone = run("remove", "binjiang_edz_2024q3.html", store=store, check_rc=2)
    assert "no indexed report named" in gone.stderr


def test_failures_exit_non_zero_with_reasons(tmp_path: Path, model_cache: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("园区全年签约项目12个。", encoding="utf-8")
    (folder / "bad.pdf").write_bytes(os.urandom(300))
    proc = run("index", str(folder), "--json", store=tmp_path / "s", check_rc=1)
    counts = last_json(proc)
    assert counts["added"] == 1
    assert [Path(f["path"]).name for f in counts["failed"]] == ["bad.pdf"]
    assert "PDF" in counts["failed"][0]["error"]
    readable = run("index", str(folder), store=tmp_path / "s", check_rc=1)
    assert "FAILED" in readable.stdout and "bad.pdf" in readable.stdout


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("index", str(tmp_path / "nope"), store=tmp_path / "s", check_rc=2)
    assert "no such file or folder" in proc.stderr


def test_facts_command_shows_what_was_read(tmp_path: Path) -> None:
    store = tmp_path / "store"
    run("index", str(EXAMPLES / "qinghu_hitech_zone_2023.md"), store=store)
    facts = last_json(run("facts", "qinghu_hitech_zone_2023.md", "--json", store=store))
    signed = [f for f in facts if f["value"] == "46个"]
    assert signed and signed[0]["kind"] == "count" and signed[0]["value"] in signed[0]["quote"]
    csv_out = run("facts", "qinghu_hitech_zone_2023.md", "--csv", store=store).stdout
    assert csv_out.splitlines()[0].startswith(
        "indicator_id,indicator_name,measure,base_id,indicator,value,kind,unit,period,year,status"
    )
    assert run("facts", "nope.txt", store=store, check_rc=2).returncode == 2
    # `parkqa facts … | head`: the reader has closed the pipe before the output is written; no
    # traceback, exit 0.
    env = dict(os.environ, PARKQA_STORE=str(store))
    proc = subprocess.Popen(
        [sys.executable, "-m", "parkqa.cli", "facts", "qinghu_hitech_zone_2023.md"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    assert proc.wait(timeout=600) == 0
    assert b"Traceback" not in proc.stderr.read()
    # `parkqa list` shows each report's park, year and period.
    listed = last_json(run("list", "--json", store=store))
    assert (listed[0]["park"], listed[0]["year"], listed[0]["period"]) == (
        "青湖高新区",
        2023,
        "全年",
    )


def test_citations_name_their_page(tmp_path: Path, model_cache: Path) -> None:
    from docgen import wrap_fixed, write_pdf

    filler = "园区持续优化营商环境，推进重点项目建设，各项工作有序开展。" * 4
    text = "\n".join(
        [
            "白沙湾新材料产业园2025年工作报告",
            filler,
            filler,
            "全年新签约项目42个，总投资156.3亿元。",
            filler,
            "新认定专精特新企业17家。",
        ]
    )
    pdf = write_pdf(tmp_path / "baishawan_2025.pdf", wrap_fixed(text, 30), lines_per_page=6)
    store = tmp_path / "store"
    run("index", str(pdf), store=store)
    listed = last_json(run("list", "--json", store=store))
    assert listed[0]["pages"] == 3 and listed[0]["ocr"] is False

    answer = last_json(
        run("ask", "白沙湾新材料产业园新认定专精特新企业多少家？", "--json", store=store)
    )
    assert answer["value"] == "17家" and answer["citations"][0]["page"] == 3
    shown = run("ask", "白沙湾新材料产业园新认定专精特新企业多少家？", store=store).stdout
    assert "[1] baishawan_2025.pdf · 第3页 [" in shown
    shown = run("ask", "How many projects were signed in Baishawan in 2025?", store=store).stdout
    assert "[1] baishawan_2025.pdf · p. 2 [" in shown
