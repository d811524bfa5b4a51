"""Reading a file in a worker process with a wall-clock limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from parkqa.ingest.dispatch import LoadError, load
from parkqa.ingest.worker import LimitedLoader


def test_the_worker_reads_exactly_what_load_reads() -> None:
    loader = LimitedLoader(120)
    try:
        for path in sorted(EXAMPLES.iterdir()):
            assert loader.load(path, 10**8) == load(path, 10**8)
    finally:
        loader.close()


def test_a_bad_file_is_a_load_error_and_the_worker_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    loader = LimitedLoader(120)
    try:
        with pytest.raises(LoadError, match="not a readable DOCX"):
            loader.load(bad, 10**8)
        assert loader.load(EXAMPLES / "qinghu_hitech_zone_2023.md", 10**8).text
    finally:
        loader.close()


def test_a_file_over_the_time_limit_fails_alone_and_the_worker_is_replaced() -> None:
    loader = LimitedLoader(0.01)  # less than the worker takes to start: every read times out
    try:
        with pytest.raises(LoadError, match=r"took longer than 0\.01 s"):
            loader.load(EXAMPLES / "qinghu_hitech_zone_2023.md", 10**8)
        loader.seconds = 120
        assert loader.load(EXAMPLES / "qinghu_hitech_zone_2023.md", 10**8).text
    finally:
        loader.close()


def test_index_reports_a_slow_file_as_a_failure(settings) -> None:
    from parkqa import ParkQA

    qa = ParkQA(settings=settings.with_(file_seconds=0.01))
    result = qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    assert [f.error for f in result.failed] == [
        "reading the file took longer than 0.01 s without progress (PARKQA_FILE_SECONDS)"
    ]
    qa.close()
