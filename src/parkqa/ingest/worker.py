"""Reading a file with a wall-clock limit: the parsers run in a worker process that can be
killed.

Why a process: a parser stuck in C code (lxml, a PDF content stream that expands forever) can
neither be interrupted in a thread nor by a signal in a web server's worker thread. A process
can be killed, and with it whatever it was stuck in; the file then fails alone with a reason,
and the run goes on. One worker (``python -m parkqa.ingest.worker``, speaking JSON lines) serves
many files and is replaced only after a kill. It is a plain subprocess rather than a
``multiprocessing`` pool so that it never re-imports the caller's main script.

The limit is on silence, not on the whole file: a slow reader that reports progress (OCR, page by
page) restarts the clock with every page, so a 60-page scan is not killed for being long, while a
parser stuck on one page still is.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
from dataclasses import asdict
from pathlib import Path
from typing import IO

from parkqa.ingest.dispatch import LoadedReport, LoadError, Progress, load


class LimitedLoader:
    """``load()`` in a worker process, abandoned after ``seconds`` without progress."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._proc: subprocess.Popen[str] | None = None
        self._replies: queue.Queue[str] = queue.Queue()
        self._lock = threading.Lock()
        self._asked = 0

    def _worker(self) -> subprocess.Popen[str]:
        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "parkqa.ingest.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
            self._replies = queue.Queue()
            assert self._proc.stdout is not None
            threading.Thread(
                target=_pump, args=(self._proc.stdout, self._replies), daemon=True
            ).start()
        return self._proc

    def load(self, path: Path, max_bytes: int, progress: Progress | None = None) -> LoadedReport:
        with self._lock:  # one file at a time: the worker is a single process
            proc = self._worker()
            assert proc.stdin is not None
            self._asked += 1
            asked = self._asked
            request = {"id": asked, "path": str(path), "max_bytes": max_bytes}
            try:
                proc.stdin.write(json.dumps(request) + "\n")
                proc.stdin.flush()
            except OSError:
                pass  # the worker is gone: the empty reply below says so
            while True:
                reply = self._reply(asked)
                if "progress" not in reply:
                    break
                if progress is not None:
                    with contextlib.suppress(Exception):  # a failing display must not end the read
                        progress(str(reply["progress"]))
            if "key" in reply:  # the reader's reason, to be said in any page language
                raise LoadError(reply["key"], **reply["fields"])
            reply["path"] = Path(reply["path"])
            reply["labels"] = tuple(reply.get("labels") or ())
            reply["chrome"] = tuple(reply.get("chrome") or ())
            return LoadedReport(**reply)

    def _reply(self, asked: int) -> dict:
        """The worker's next line for request ``asked``; :class:`LoadError` after ``seconds``
        of silence, or when the worker died."""
        try:
            line = self._replies.get(timeout=self.seconds)
        except queue.Empty:
            self._kill()
            raise LoadError("load.timeout", seconds=self.seconds) from None
        if not line:  # the worker died (out of memory, a crash in a parser)
            self._kill()
            raise LoadError("load.crashed")
        reply = json.loads(line)
        if reply.pop("id", None) != asked:  # cannot happen: one request at a time
            self._kill()
            raise LoadError("load.out_of_turn")
        return reply

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.wait()

    def close(self) -> None:
        with self._lock:
            proc, self._proc = self._proc, None
        if proc is not None:
            if proc.stdin is not None:
                proc.stdin.close()  # the worker's loop ends at end of input
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _pump(stream: IO[str], replies: queue.Queue[str]) -> None:
    for line in stream:
        replies.put(line)
    replies.put("")  # end of output: the worker is gone


def _serve() -> None:
    """The worker's loop: one JSON request per line in, one JSON reply per line out.

    Replies go to a private copy of stdout; the real stdout is pointed at stderr, so that a
    parser printing something can never be taken for a reply."""
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="ascii")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    for line in sys.stdin:
        request = json.loads(line)

        def progress(message: str, asked: int = request["id"]) -> None:
            replies.write(json.dumps({"id": asked, "progress": message}) + "\n")
            replies.flush()

        try:
            loaded = load(Path(request["path"]), int(request["max_bytes"]), progress)
            reply: dict[str, object] = {**asdict(loaded), "path": str(loaded.path)}
        except LoadError as exc:
            reply = {"key": exc.key, "fields": exc.fields}
        except Exception as exc:  # never let one file end the worker
            fields = {"kind": type(exc).__name__, "error": str(exc)}
            reply = {"key": "load.worker", "fields": fields}
        reply["id"] = request["id"]
        replies.write(json.dumps(reply) + "\n")  # ASCII: any text survives the pipe
        replies.flush()


if __name__ == "__main__":
    _serve()
