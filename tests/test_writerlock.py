"""One writer per store across processes: a second writer waits or names the holder; a
holder's death (even SIGKILL) frees the store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from parkqa.writerlock import StoreBusy, WriterLock

HOLD = """
import sys, time
from pathlib import Path
from parkqa.writerlock import WriterLock
lock = WriterLock(Path(sys.argv[1]), sys.argv[2])
lock.acquire(0)
print("held", flush=True)
time.sleep(float(sys.argv[3]))
lock.release()
"""


def _holder(store: Path, role: str, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store), role, str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def _index(store: Path, model_cache: Path, wait: int) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PARKQA_CACHE=str(model_cache), PARKQA_WRITER_WAIT=str(wait))
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "parkqa.cli",
            "index",
            str(EXAMPLES / "qinghu_hitech_zone_2023.md"),
            "--store",
            str(store),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def test_a_served_store_refuses_other_writers_at_once(tmp_path: Path, model_cache: Path) -> None:
    store = tmp_path / "store"
    server = _holder(store, "serve", 60)
    try:
        started = time.monotonic()
        run = _index(store, model_cache, wait=30)
        assert run.returncode == 3
        assert f"pid {server.pid}" in run.stderr and "parkqa serve" in run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
        assert time.monotonic() - started < 25  # not after waiting out PARKQA_WRITER_WAIT
        assert (
            not (store / "reports.sqlite").exists()
            or "qinghu"
            not in subprocess.run(
                [sys.executable, "-m", "parkqa.cli", "list", "--store", str(store)],
                capture_output=True,
                text=True,
            ).stdout
        )
    finally:
        server.kill()
        server.wait()


def test_a_second_writer_waits_for_the_first(tmp_path: Path, model_cache: Path) -> None:
    store = tmp_path / "store"
    writer = _holder(store, "index", 3)
    run = _index(store, model_cache, wait=120)
    writer.wait()
    assert run.returncode == 0, run.stderr


def test_a_killed_holder_frees_the_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    writer = _holder(store, "index", 60)
    lock = WriterLock(store, "index")
    with pytest.raises(StoreBusy, match=f"pid {writer.pid}"):
        lock.acquire(0.5)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    lock.acquire(5)
    lock.release()


def test_the_lock_is_reentrant_within_a_process(tmp_path: Path) -> None:
    lock = WriterLock(tmp_path, "serve")
    lock.acquire(0)
    lock.acquire(0)  # the server indexing an upload while it holds the store
    lock.release()
    other = WriterLock(tmp_path, "index")
    with pytest.raises(StoreBusy, match="parkqa serve"):
        other.acquire(0)
    lock.release()
    other.acquire(0)
    other.release()
