"""Bad input gets a clear error and loses nothing: every case the reliability probe found,
plus fuzzed questions and argument lists (no exception but ``ValueError`` escapes the API, no
traceback escapes the CLI)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from parkqa import ParkQA
from parkqa.cli import main
from parkqa.ingest.dispatch import LoadError, load
from parkqa.uploads import UploadError, accept_upload

sys.path.insert(0, str(ROOT / "benchmarks"))
from robustness import fuzz_text

QUESTION = "青湖高新区发明专利授权多少件？"


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parkqa.cli", *args],
        capture_output=True,
        text=True,
        env=dict(os.environ, **(env or {})),
        timeout=600,
    )


def _one_line_error(run: subprocess.CompletedProcess[str], code: int) -> None:
    assert run.returncode == code, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith("parkqa: error: ") and len(run.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory, model_cache: Path) -> ParkQA:
    from parkqa import Settings

    store = tmp_path_factory.mktemp("bad-inputs") / "store"
    qa = ParkQA(settings=Settings(store=store, cache_dir=model_cache))
    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    yield qa
    qa.close()


def test_a_store_that_is_a_file(tmp_path: Path) -> None:
    store = tmp_path / "not-a-folder"
    store.write_text("x", encoding="utf-8")
    _one_line_error(_cli("list", "--store", str(store)), 2)
    _one_line_error(_cli("index", str(EXAMPLES), "--store", str(store)), 2)
    assert store.read_text(encoding="utf-8") == "x"


def test_reading_a_missing_store_does_not_create_one(tmp_path: Path) -> None:
    store = tmp_path / "typo"
    for command in (["ask", QUESTION], ["list"], ["check"], ["facts", "a.txt"]):
        run = _cli(*command, "--store", str(store))
        _one_line_error(run, 2)
        assert "no parkqa store at" in run.stderr
    assert not store.exists()


def test_undecodable_question_on_the_command_line(indexed: ParkQA) -> None:
    bad = os.fsdecode(b"\xff\xfe \xe9\x9d\x92")  # not UTF-8: a lone surrogate in Python
    run = subprocess.run(
        [sys.executable, "-m", "parkqa.cli", "ask", bad, "--store", str(indexed.settings.store)],
        capture_output=True,
        env=os.environ.copy(),
        timeout=600,
    )
    assert run.returncode == 2 and b"Traceback" not in run.stderr
    assert b"not valid text" in run.stderr


def test_unreachable_or_mistyped_server(tmp_path: Path, indexed: ParkQA) -> None:
    store = str(indexed.settings.store)
    for url in ("http://127.0.0.1:9", "htp//nowhere"):
        run = _cli("ask", QUESTION, "--store", store, env={"PARKQA_CHROMA_URL": url})
        _one_line_error(run, 3)
        run = _cli("list", "--store", store, env={"PARKQA_CHROMA_URL": url})
        _one_line_error(run, 3)


def test_malformed_arguments_to_ask_are_value_errors(indexed: ParkQA) -> None:
    for history in (
        5,
        "text",
        [1, 2],
        [{"role": "x", "content": "a"}],
        [{"role": "user"}] * 0 + [{"role": "user", "content": ["list"]}],
    ):
        with pytest.raises(ValueError):
            indexed.ask(QUESTION, history=history)  # type: ignore[arg-type]
    for question in (None, 5, "", "   ", "问" * 501, "\ud800问"):
        with pytest.raises(ValueError):
            indexed.ask(question)  # type: ignore[arg-type]
    assert indexed.ask(QUESTION, history=[]).value == "1320件"


def test_a_long_question_is_refused_quickly_and_says_why(indexed: ParkQA) -> None:
    started = time.monotonic()
    with pytest.raises(ValueError, match="over the limit of 500: ask for one figure"):
        indexed.ask("青湖高新区" * 20_000)
    assert time.monotonic() - started < 5
    longest = ("青湖高新区2024年1-9月规上工业总产值同比增长多少，" * 30)[:500]
    indexed.ask(longest)  # the longest allowed question is answered or refused, not an error


def test_a_long_history_reads_only_its_latest_turns(indexed: ParkQA) -> None:
    history = [{"role": "user", "content": "青湖高新区2023年多少家企业？"}] * 5000
    answer = indexed.ask(QUESTION, history=history)
    assert answer.value == "1320件"


def test_unreadable_file_and_symlink_loop_fail_alone(tmp_path: Path, qa: ParkQA) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "good.md").write_bytes((EXAMPLES / "qinghu_hitech_zone_2023.md").read_bytes())
    locked = folder / "locked.txt"
    locked.write_text("青湖高新区专利授权1320件。", encoding="utf-8")
    locked.chmod(0)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    try:
        result = qa.index([folder])
    finally:
        locked.chmod(0o644)
    reasons = {Path(f.path).name: f.error for f in result.failed}
    assert "loop.txt" in reasons and "symbolic links" in reasons["loop.txt"]
    if os.geteuid() != 0:  # root reads any file
        assert "locked.txt" in reasons and "ermission" in reasons["locked.txt"]
    assert "good.md" in [r.source for r in qa.reports()]


def test_deeply_nested_html_is_refused_in_under_a_second(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_bytes(b"<html><body>" + b"<div>" * 20000 + "园区".encode() + b"</div>" * 20000)
    started = time.monotonic()
    with pytest.raises(LoadError, match="nested more than"):
        load(page)
    assert time.monotonic() - started < 1


def test_too_many_chunks_is_a_per_file_failure(tmp_path: Path, settings) -> None:
    qa = ParkQA(settings=settings.with_(max_chunks_per_report=3))
    result = qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    assert result.failed and "over the limit of 3 per report" in result.failed[0].error
    assert qa.reports() == []
    qa.close()


def test_an_upload_cannot_silently_replace_a_cli_indexed_report(tmp_path: Path) -> None:
    upload = tmp_path / "qinghu_hitech_zone_2023.md"
    upload.write_text("改过的数字", encoding="utf-8")
    reports, staging = tmp_path / "reports", tmp_path / "staging"
    with pytest.raises(UploadError, match="exists"):
        accept_upload(upload, reports, staging, False, 1000, indexed={"qinghu_hitech_zone_2023.md"})
    assert accept_upload(
        upload, reports, staging, True, 1000, indexed={"qinghu_hitech_zone_2023.md"}
    ).exists()


def test_fuzzed_questions_never_raise_anything_but_value_error(indexed: ParkQA) -> None:
    rng = random.Random(20261126)
    history: list[dict[str, str]] = []
    errors = answered = 0
    for _ in range(1000):
        question = fuzz_text(rng)
        try:
            answer = indexed.ask(question, history=history[-6:])
        except ValueError:
            errors += 1
            continue
        answered += 1
        history += [
            {"role": "user", "content": question},
            {"role": "assistant", "content": answer.answer},
        ]
        if answer.found:  # whatever it answered, its value is in its cited sentence
            assert answer.value in answer.citations[0].quote
    assert answered > 500


def test_fuzzed_argument_lists_exit_cleanly(
    indexed: ParkQA, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(7)
    words = ["index", "list", "ask", "remove", "facts", "check", "eval", "--json", "--csv",
             "--repair", "--prune", "--store", str(indexed.settings.store), "", "-", "--",
             "nope.txt", QUESTION, "--port", "x", "serve", "问" * 600]  # fmt: skip
    for _ in range(1000):
        argv = [rng.choice(words) for _ in range(rng.randint(0, 4))]
        if "serve" in argv or ("index" in argv and argv[0] == "index"):
            continue  # would start a server / write the store: covered elsewhere
        if "--store" not in argv:
            argv += ["--store", str(indexed.settings.store)]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage error, exit 2 with a message
            code = exc.code
        assert code in (0, 1, 2, 3), argv
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_a_huge_history_turn_costs_no_more_than_a_question(indexed: ParkQA) -> None:
    started = time.monotonic()
    history = [{"role": "user", "content": "青湖高新区2024年1-9月规上工业总产值，" * 10_000}]
    indexed.ask(QUESTION, history=history)
    assert time.monotonic() - started < 10
