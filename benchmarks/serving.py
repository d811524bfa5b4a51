"""Serving: `/answer` through `gradio_client` against a real `parkqa serve`, next to `ask`
in-process on the same store and questions; then 1, 4 and 8 concurrent users, without and
with an indexing job running in the server.

Indexes the sample reports and the real report into a fresh store, measures in-process ``ask``
on the gold questions (p50/p95), starts ``parkqa serve`` and waits until it says it is ready,
then:

1. **overhead**: one user, the same questions through ``Client.predict(api_name="/answer")``,
   p50/p95 round trip beside in-process ``ask``;
2. **throughput**: 1, 4, 8 users (threads, one ``Client`` each), each asking the questions in
   its own order for ``--seconds``: questions/s and latency p50/p95;
3. the same while another client uploads a report again and again (a new version each time,
   so each upload embeds and writes its chunks).

Prints one JSON line per measurement and writes ``docs/serving.json``.
Usage: ``python benchmarks/serving.py [--seconds 20]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from parkqa import ParkQA, Settings
from parkqa.evaluation import load_gold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from servers import free_port, running  # noqa: E402


def percentiles(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
    }


def wait_ready(log: Path, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while "parkqa: ready" not in log.read_text(errors="replace"):
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not get ready:\n" + log.read_text()[-2000:])
        time.sleep(0.2)


def users(url: str, questions: list[str], n: int, seconds: float) -> dict[str, object]:
    """``n`` users asking for ``seconds``: questions/s and latency."""
    from gradio_client import Client

    clients = [Client(url, verbose=False) for _ in range(n)]
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def user(client, seed: int) -> None:
        order = questions[:]
        random.Random(seed).shuffle(order)
        i = 0
        while time.perf_counter() < stop:
            started = time.perf_counter()
            client.predict(order[i % len(order)], None, api_name="/answer")
            with lock:
                latencies.append(1000 * (time.perf_counter() - started))
            i += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(c, i)) for i, c in enumerate(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "users": n,
        "questions": len(latencies),
        **percentiles(latencies),
        "questions_per_s": round(len(latencies) / elapsed, 2),
    }


def utf8_sample() -> Path:
    """A plain-text sample report in UTF-8 (the samples include a GB18030 one on purpose)."""
    for path in sorted((ROOT / "examples" / "reports").iterdir()):
        if path.suffix in (".txt", ".md"):
            try:
                path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                continue
            return path
    raise FileNotFoundError("no UTF-8 text sample in examples/reports")


class Uploader:
    """Uploads a report again and again through the server's ``/upload`` API, each time a new
    version (so each upload embeds and writes its chunks), until stopped."""

    def __init__(self, url: str, source: Path, work: Path) -> None:
        self.url, self.source, self.work = url, source, work
        self.uploads = 0
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Uploader:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self.error is not None:
            raise RuntimeError("the uploads failed") from self.error

    def _run(self) -> None:
        try:
            self._upload()
        except BaseException as exc:  # seen by __exit__, not lost in the thread
            self.error = exc

    def _upload(self) -> None:
        from gradio_client import Client, handle_file

        client = Client(self.url, verbose=False)
        text = self.source.read_text(encoding="utf-8")
        path = self.work / "upload" / self.source.name
        path.parent.mkdir(exist_ok=True)
        while not self._stop.is_set():
            path.write_text(text + f"\n\n本期新增标准厂房{self.uploads + 1}栋。", encoding="utf-8")
            client.predict([handle_file(str(path))], True, api_name="/upload")
            self.uploads += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--out", default=str(ROOT / "docs" / "serving.json"))
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parkqa-serving-"))
    store = work / "store"
    reports = [ROOT / "examples" / "reports", ROOT.parent / "shared" / "reports"]
    questions = [
        r.question
        for r in load_gold(ROOT / "tests" / "gold" / "parks.jsonl")
        if r.answers and not r.history
    ][:30]

    qa = ParkQA(settings=Settings.from_env(store))
    qa.index(reports)
    qa.warm()
    local = []
    for question in questions:
        started = time.perf_counter()
        qa.ask(question)
        local.append(1000 * (time.perf_counter() - started))
    qa.close()
    rows: list[dict[str, object]] = [{"measure": "ask in-process", **percentiles(local)}]
    print(json.dumps(rows[-1], ensure_ascii=False), flush=True)

    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    env = dict(os.environ, PARKQA_STORE=str(store), GRADIO_ANALYTICS_ENABLED="False")
    command = [sys.executable, "-m", "parkqa.cli", "serve", "--port", str(port)]
    log = work / "serve.log"
    with running(command, port, log, env):
        wait_ready(log)
        from gradio_client import Client

        client = Client(url, verbose=False)
        for question in questions[:3]:
            client.predict(question, None, api_name="/answer")
        remote = []
        for question in questions:
            started = time.perf_counter()
            client.predict(question, None, api_name="/answer")
            remote.append(1000 * (time.perf_counter() - started))
        rows.append({"measure": "/answer via gradio_client", **percentiles(remote)})
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
        for indexing in (False, True):
            for n in (1, 4, 8):
                if indexing:
                    with Uploader(url, utf8_sample(), work) as uploader:
                        row = users(url, questions, n, args.seconds)
                    row["uploads_meanwhile"] = uploader.uploads
                else:
                    row = users(url, questions, n, args.seconds)
                rows.append({"measure": "users", "indexing": indexing, **row})
                print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    Path(args.out).write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
