"""Named crash points, so tests can kill a writer exactly where a real crash would hurt most.

Why: a store must never be silently wrong after a process dies half-way through a write. The
only way to show that is to die at each dangerous moment and check what the next run makes of
it. ``PARKQA_CRASH_AT=<point>`` makes the process SIGKILL itself when it reaches that point
(nothing is flushed, no ``finally`` runs: the same as ``kill -9`` or a power cut for the
files). Unset, every point is a dictionary lookup and nothing else.
"""

from __future__ import annotations

import os
import signal

#: Every crash point, where it sits, and what is on disk when a process dies there.
POINTS = {
    "index:after-vectors": "new chunks are in Chroma and the record manager; catalog still old",
    "index:after-catalog": "catalog committed; the replaced version's old chunks not yet deleted",
    "remove:after-catalog": "report gone from the catalog, marked for removal; chunks still there",
    "remove:after-vectors": "chunks gone from Chroma; record-manager keys and the mark remain",
}


def crash_point(name: str) -> None:
    """Die here, now, when ``$PARKQA_CRASH_AT`` names this point (tests only)."""
    if name not in POINTS:
        raise ValueError(f"unknown crash point {name!r}")
    if os.environ.get("PARKQA_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
