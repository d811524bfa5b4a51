"""One writer per store across processes: an advisory lock file that names its holder.

Why: two processes writing one store interleave their catalog, record-manager and Chroma
writes, and an embedded Chroma cannot even see another process's writes (a server answering
from it failed one question in five with "Error finding id" while a CLI ``index`` ran). The
in-process readers–writer lock (``rwlock.py``) cannot help across processes; ``flock`` can, and
the kernel releases it when its holder dies, even by SIGKILL, so a crash never leaves a store
locked. The file also says who holds it, so a refused writer can name the holder.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import IO


class StoreBusy(RuntimeError):
    """Another process is writing this store (or serving it, which owns it for writing)."""


class WriterLock:
    """Re-entrant within one process (the web app holds it while serving and still indexes
    uploads); exclusive across processes."""

    def __init__(self, store: Path, role: str) -> None:
        self.path = Path(store) / "WRITER.lock"
        self.role = role
        self._file: IO[str] | None = None
        self._depth = 0
        self._mutex = threading.RLock()

    def holder(self) -> dict[str, object]:
        """What the current holder wrote about itself (empty when unknown)."""
        try:
            return dict(json.loads(self.path.read_text(encoding="utf-8") or "{}"))
        except (OSError, ValueError):
            return {}

    def describe_holder(self) -> str:
        h = self.holder()
        if not h:
            return "another process"
        role, pid, since = h.get("role", "?"), h.get("pid", "?"), h.get("since", "?")
        return f"`parkqa {role}` (pid {pid}, since {since})"

    def acquire(self, wait: float) -> None:
        """Take the lock, waiting up to ``wait`` seconds for a writer that will finish; a
        holder that serves the store never finishes, so that is refused at once."""
        with self._mutex:
            if self._depth:
                self._depth += 1
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held across calls
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    serving = self.holder().get("role") == "serve"
                    if serving or time.monotonic() >= deadline:
                        who = self.describe_holder()
                        handle.close()
                        hint = (
                            ": add reports through its web page, or stop it first"
                            if serving
                            else "; try again when it has finished"
                        )
                        raise StoreBusy(
                            f"the store {self.path.parent} is in use by {who}{hint}"
                        ) from None
                    time.sleep(0.2)
            handle.seek(0)
            handle.truncate()
            handle.write(
                json.dumps(
                    {
                        "pid": os.getpid(),
                        "role": self.role,
                        "since": datetime.now(UTC).isoformat(timespec="seconds"),
                        "argv": sys.argv[:3],
                    }
                )
            )
            handle.flush()
            self._file = handle
            self._depth = 1

    def release(self) -> None:
        with self._mutex:
            if not self._depth:
                return
            self._depth -= 1
            if self._depth or self._file is None:
                return
            self._file.seek(0)
            self._file.truncate()
            self._file.flush()
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None
