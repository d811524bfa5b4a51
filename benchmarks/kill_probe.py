"""SIGKILL a writer at timed moments, then see what the next run makes of the store.

    python benchmarks/kill_probe.py [MOMENTS] [--reports DIR ...]

For each moment t (spread over the length of a quiet run), in a fresh copy of the store:

- ``index-new``: `parkqa index` of every report into an empty store, killed at t;
- ``index-changed``: a full store whose reports were all edited (one figure each), re-indexed,
  killed at t;
- ``prune``: a full store whose reports' files were half deleted, `index --prune`, killed at t.

Then (1) `parkqa check` as found, (2) the next `parkqa index` (with `--prune` for prune), (3)
`parkqa check` again, and (4) every gold question asked, compared with a quiet run of the same
final state. Prints one row per (operation, moment) and a summary; the tests do the same at the
named crash points (tests/test_consistency.py), this probes the moments in between.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = dict(os.environ, HF_HUB_OFFLINE="1", ANONYMIZED_TELEMETRY="False")


def cli(*args: str, store: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "parkqa.cli", *args, "--store", str(store)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=1800,
    )


def killed_at(seconds: float, *args: str, store: Path) -> bool:
    """Run the command, SIGKILL it after ``seconds``; False when it finished first."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "parkqa.cli", *args, "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    try:
        proc.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def answers(store: Path, questions: list[str]) -> list[str]:
    from parkqa import ParkQA

    qa = ParkQA(store)
    try:
        return [qa.ask(q).answer for q in questions]
    finally:
        qa.close()


def edit(folder: Path) -> None:
    """Change one digit in every text report (a figure edited), so every report is 'changed'."""
    for path in folder.rglob("*"):
        if path.suffix in (".txt", ".md"):
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:  # a GBK sample: leave it unchanged
                continue
            for d in "123456789":
                if d in text:
                    path.write_text(text.replace(d, "0" if d != "0" else "1", 1), encoding="utf-8")
                    break


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("moments", type=int, nargs="?", default=8)
    parser.add_argument("--reports", nargs="+", default=[str(ROOT / "examples" / "reports")])
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold" / "parks.jsonl"))
    args = parser.parse_args()
    lines = Path(args.gold).read_text(encoding="utf-8").splitlines()
    questions = [json.loads(line)["question"] for line in lines if line.strip()][:40]
    work = Path(tempfile.mkdtemp(prefix="killprobe-"))
    src = work / "reports"
    for given in args.reports:
        shutil.copytree(given, src, dirs_exist_ok=True)
    rows = []
    for operation in ("index-new", "index-changed", "prune"):
        base, folder = work / f"{operation}-base", work / f"{operation}-reports"
        shutil.copytree(src, folder)
        if operation != "index-new":
            assert cli("index", str(folder), store=base).returncode == 0
        if operation == "index-changed":
            edit(folder)
        if operation == "prune":
            for path in sorted(folder.rglob("*.*"))[::2]:
                path.unlink()
        # The quiet run: the same operation, not killed, from the same starting state.
        quiet = work / f"{operation}-quiet"
        if base.exists():
            shutil.copytree(base, quiet)
        started = time.perf_counter()
        flags = ["--prune"] if operation == "prune" else []
        assert cli("index", str(folder), *flags, store=quiet).returncode == 0
        length = time.perf_counter() - started
        expected = answers(quiet, questions)
        for m in range(args.moments):
            moment = round(length * (m + 0.5) / args.moments, 2)
            store = work / f"{operation}-{m}"
            if base.exists():
                shutil.copytree(base, store)
            died = killed_at(moment, "index", str(folder), *flags, store=store)
            found = cli("check", "--json", store=store) if store.exists() else None
            was = "no store" if found is None else json.loads(found.stdout.splitlines()[-1])
            healed = cli("index", str(folder), *flags, "--json", store=store)
            after = json.loads(cli("check", "--json", store=store).stdout.splitlines()[-1])
            got = answers(store, questions)
            differing = sum(a != b for a, b in zip(got, expected, strict=True))
            row = {
                "operation": operation,
                "moment_s": moment,
                "killed": died,
                "found": was if isinstance(was, str) else (was["problems"] or "consistent"),
                "next_index_rc": healed.returncode,
                "repaired": json.loads(healed.stdout.splitlines()[-1]).get("repaired", []),
                "consistent_after": after["ok"],
                "answers_differing_from_quiet": differing,
            }
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    bad = [r for r in rows if not r["consistent_after"] or r["answers_differing_from_quiet"]]
    killed = sum(r["killed"] for r in rows)
    print(f"{len(rows)} runs, {killed} killed before they finished, {len(bad)} not healed after")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
