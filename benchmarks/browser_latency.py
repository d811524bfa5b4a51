"""What a user waits for: submit → answer and evidence shown, in headless Chromium.

Indexes the samples and the real report into a fresh store, starts `parkqa serve` on a free
loopback port, asks 20 gold questions one after another in one browser page (each a new
conversation), and prints p50/p95 of the time from the click on "Ask" until the evidence panel
shows the answer; before them, the time from starting the server process until the page says
it is ready, and the first question's time after that. With ``--screenshot PATH`` it saves the
page after the first answer.
Usage: ``python benchmarks/browser_latency.py [--screenshot docs/screenshot.png]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from parkqa.evaluation import load_gold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from servers import CHROMIUM, CHROMIUM_ARGS, free_port, running  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screenshot", default=None)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parkqa-web-"))
    env = dict(os.environ, PARKQA_STORE=str(work / "store"), GRADIO_ANALYTICS_ENABLED="False")
    cli = [sys.executable, "-m", "parkqa.cli"]
    subprocess.run(
        [
            *cli,
            "index",
            str(ROOT / "examples" / "reports"),
            str(ROOT.parent / "shared" / "reports"),
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    port = free_port()
    command = [*cli, "serve", "--port", str(port)]
    launched = time.perf_counter()
    with running(command, port, work / "serve.log", env):
        rows = [
            r
            for r in load_gold(ROOT / "tests" / "gold" / "parks.jsonl")
            if r.answers and not r.history
        ][: args.questions]
        times: list[float] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/")
            box = page.locator("#question textarea")
            box.wait_for()
            # The server loads the model and index at start; the page says when it is ready.
            page.locator("#loading #ready").wait_for(timeout=300000)
            ready = time.perf_counter() - launched
            box.fill("10月31日签约了多少个项目？")
            started = time.perf_counter()
            page.locator("#ask").click()
            page.locator("#evidence strong.value").wait_for(timeout=120000)
            first = time.perf_counter() - started
            if args.screenshot:
                page.screenshot(path=args.screenshot)
            for row in rows:
                page.locator("#clear").click()
                page.wait_for_function("!document.querySelector('#evidence strong.value')")
                box.fill(row.question)
                started = time.perf_counter()
                page.locator("#ask").click()
                page.locator("#evidence strong.value").wait_for(timeout=60000)
                times.append(time.perf_counter() - started)
            browser.close()
    times.sort()
    p50 = times[len(times) // 2]
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(f"process start → page says ready: {ready:.1f} s; first question then: {first:.2f} s")
    print(
        f"{len(times)} questions, submit → answer and evidence shown: "
        f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
