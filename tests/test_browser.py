"""End-to-end: the real web app (`parkqa serve`) driven in headless Chromium with Playwright."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers import CHROMIUM, CHROMIUM_ARGS, free_port, running

from conftest import EXAMPLES

#: The browser tests leave screenshots here (docs/ shows copies of them).
SCREENSHOTS = Path(os.environ.get("PARKQA_SCREENSHOTS", "/tmp/parkqa-screenshots"))
SCREENSHOTS.mkdir(parents=True, exist_ok=True)

EVIL = (
    "# 红岭产业园2023年简报\n\n"
    "红岭产业园<script>window.__xss=1</script>全年签约项目"
    '<img src=x onerror="window.__xss=2">13个，总投资20亿元。\n'
)
NEW = (
    "北湖数字经济产业园2024年工作简报\n\n"
    "2024年，北湖数字经济产业园新引进数字经济企业37家，总投资56.8亿元。\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory, model_cache: Path, shared: Path):
    """A real `parkqa serve` on a free loopback port, over the samples, the real report and a
    report that tries script injection."""
    root = tmp_path_factory.mktemp("web")
    extra = root / "extra"
    extra.mkdir()
    (extra / "hongling_evil_2023.txt").write_text(EVIL, encoding="utf-8")
    store, reports = root / "store", root / "reports"
    env = dict(
        os.environ,
        PARKQA_STORE=str(store),
        GRADIO_ANALYTICS_ENABLED="False",
        GRADIO_TEMP_DIR=str(root / "gradio-tmp"),
        PARKQA_MAX_FILE_MB="2",
    )
    cli = [sys.executable, "-m", "parkqa.cli"]
    subprocess.run(
        [*cli, "index", str(EXAMPLES), str(shared / "reports"), str(extra)],
        env=env,
        check=True,
        capture_output=True,
        timeout=600,
    )
    port = free_port()
    command = [*cli, "serve", "--port", str(port), "--reports", str(reports)]
    with running(command, port, root / "serve.log", env):
        yield f"http://127.0.0.1:{port}/", root


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    url, _ = server
    context = browser.new_context(viewport={"width": 1400, "height": 950}, locale="en-US")
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(url)
    page.locator("#question textarea").wait_for()
    _wait_until_ready(page)
    yield page
    context.close()


def _wait_until_ready(page) -> None:
    """Until the page says the server is ready: its scripts have run by then (a click on Ask
    before the page is wired up is lost: once, in CI, on the phone-sized page)."""
    page.locator("#loading #ready").wait_for(state="attached", timeout=120000)


def ask(page, question: str, expect_value: str | None) -> str:
    """Type a question, submit it, and wait until its answer is shown; returns the evidence."""
    before = page.locator("#chat .message").count()
    page.locator("#question textarea").fill(question)
    page.locator("#ask").click()
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .message').length >= n + 2",
        arg=before,
        timeout=60000,
    )
    # The question shows at once with a pending answer; wait for the answer itself.
    page.locator("#chat .pending").first.wait_for(state="detached", timeout=60000)
    if expect_value is not None:
        page.locator("#evidence strong.value", has_text=expect_value).wait_for(timeout=60000)
    return page.locator("#evidence").inner_text()


def test_the_page_says_when_the_model_and_index_are_ready(page) -> None:
    """The server loads the model and the index at start (not on the first question); the page
    says it is loading until then. (Seconds are measured by benchmarks/browser_latency.py.)"""
    page.locator("#loading #ready").wait_for(timeout=120000)
    ask(page, "10月31日签约了多少个项目？", "9个")


@pytest.mark.parametrize("control", ["#chat button[aria-label='Clear']", "#clear"])
def test_clearing_clears_chat_history_and_evidence(page, control: str) -> None:
    """The chat's trash icon and "New conversation" both clear the chat, the remembered
    conversation and the evidence."""
    ask(page, "青湖高新区全年新签约项目多少个？", "46个")
    one_exchange = page.locator("#chat .message").count()
    page.locator(control).first.click()
    page.locator("#evidence", has_text="Ask a question").wait_for(timeout=30000)
    assert page.locator("#chat .message").count() == 0
    # Nothing remembered: the next question starts a new conversation of one exchange.
    ask(page, "10月31日签约了多少个项目？", "9个")
    assert page.locator("#chat .message").count() == one_exchange


def test_an_identical_file_under_another_name_is_a_duplicate(page, tmp_path: Path) -> None:
    twin = tmp_path / "青湖年报副本.md"
    twin.write_bytes((EXAMPLES / "qinghu_hitech_zone_2023.md").read_bytes())
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files(str(twin))
    page.locator("#index-uploads").click()
    # The result stands beside its file.
    row = page.locator("#reports-status tr", has_text="青湖年报副本.md")
    row.filter(has_text="✗").wait_for(timeout=60000)
    assert "identical to the indexed report qinghu_hitech_zone_2023.md" in row.inner_text()
    assert page.locator("#reports-table", has_text="青湖年报副本.md").count() == 0


def test_ask_shows_value_and_evidence(page, tmp_path: Path) -> None:
    evidence = ask(page, "10月31日签约了多少个项目？", "9个")
    assert "dantu_hitech_park_2023.txt" in evidence
    assert "2023年10月31日,丹徒高新园9个项目集中签约" in evidence
    bubble = page.locator("#chat .message").last.inner_text()
    assert "9个" in bubble
    page.get_by_text("Whole report, at the cited place").click()
    assert page.locator("#report-view mark#cited").inner_text().startswith("2023年10月31日")
    page.screenshot(path=str(tmp_path / "chat.png"))


def test_a_refusal_shows_the_related_figures_in_their_sentences(page) -> None:
    evidence = ask(page, "青湖高新区2023年进出口总额是多少？", None)
    bubble = page.locator("#chat .message").last
    text = bubble.inner_text()
    assert "进出口总额" in text and "Related figures — not the answer" in text
    # the related figures: each value marked inside its own sentence, in the chat and the panel
    assert bubble.locator(".related-figures li mark").count() >= 1
    assert page.locator("#evidence .related-figures li").count() >= 1
    assert "qinghu_hitech_zone_2023.md" in evidence


def test_follow_up_in_the_conversation(page) -> None:
    ask(page, "青湖高新区全年新签约项目多少个？", "46个")
    evidence = ask(page, "其中10亿元以上项目有几个？", "6个")
    assert "qinghu_hitech_zone_2023.md" in evidence
    # The sentence holds "6个" twice (in 46个 and alone): the bold is the one the answer was read
    # from, which its citation's value offsets name.
    marked = page.locator("#evidence mark.quote").first.inner_html()
    assert '10亿元以上项目<strong class="value">6个</strong>' in marked
    assert "项目4<strong" not in marked
    # Clicking the earlier answer shows its evidence again, naming its question.
    page.locator("#chat .message", has_text="46个").first.click()
    page.locator("#evidence", has_text="Evidence for: 青湖高新区全年新签约项目多少个？").wait_for(
        timeout=30000
    )


def test_a_question_over_the_limit_is_answered_with_the_hint(page) -> None:
    ask(page, "园区" * 300 + "签约了多少个项目？", None)
    assert "ask for one figure at a time" in page.locator("#chat .message").last.inner_text()
    assert page.locator("#ask").is_visible()  # the long question did not push the button away


def test_report_injection_displays_as_text(page) -> None:
    evidence = ask(page, "红岭产业园全年签约项目多少个？", "13个")
    assert "<script>window.__xss=1</script>" in evidence
    assert '<img src=x onerror="window.__xss=2">' in evidence
    assert page.evaluate("window.__xss") is None
    assert page.dialogs == []
    injected = "#evidence script, #evidence img, #chat script, #chat img[src='x']"
    assert page.locator(injected).count() == 0


def test_upload_ask_delete_refuse(page, server, tmp_path: Path) -> None:
    upload = tmp_path / "beihu_digital_park_2024.txt"
    upload.write_text(NEW, encoding="utf-8")
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files(str(upload))
    page.locator("#index-uploads").click()
    page.locator("#reports-status tr", has_text="beihu_digital_park_2024.txt").filter(
        has_text="✓ indexed"
    ).wait_for(timeout=120000)
    # The table follows once every file is done.
    page.locator("#reports-table", has_text="beihu_digital_park_2024.txt").wait_for(timeout=30000)
    _, root = server
    assert (root / "reports" / "beihu_digital_park_2024.txt").exists()

    page.get_by_role("tab", name="Chat").click()
    evidence = ask(page, "北湖数字经济产业园新引进数字经济企业多少家？", "37家")
    assert "beihu_digital_park_2024.txt" in evidence

    page.get_by_role("tab", name="Reports").click()
    choice = page.locator("#delete-choice input")
    choice.click()
    choice.fill("beihu_digital_park_2024.txt")
    page.get_by_role("option", name="beihu_digital_park_2024.txt").click()
    # One click deletes nothing: a confirmation names the report; "Cancel" keeps it.
    page.locator("#delete").click()
    confirm = page.locator("#confirm-text")
    confirm.wait_for(timeout=30000)
    assert (
        confirm.inner_text()
        == "Delete “北湖数字经济产业园2024年工作简报” (beihu_digital_park_2024.txt)?"
    )
    page.locator("#cancel-delete").click()
    page.locator("#reports-status", has_text="Nothing deleted").wait_for(timeout=30000)
    assert page.locator("#reports-table", has_text="beihu_digital_park_2024.txt").count() == 1
    page.locator("#delete").click()
    page.locator("#confirm-delete").click()
    page.locator("#reports-status", has_text="deleted").wait_for(timeout=60000)
    assert not (root / "reports" / "beihu_digital_park_2024.txt").exists()
    # Moved aside, not destroyed.
    assert (root / "reports" / ".deleted" / "beihu_digital_park_2024.txt").read_text(
        encoding="utf-8"
    ) == NEW

    page.get_by_role("tab", name="Chat").click()
    # The earlier answer, clicked now, says its report is gone (no error over stale evidence).
    page.locator("#chat .message", has_text="37家").first.click()
    page.locator("#evidence", has_text="since been replaced or removed").wait_for(timeout=30000)
    evidence = ask(page, "北湖数字经济产业园新引进数字经济企业多少家？", None)
    assert "没有找到" in evidence
    assert "beihu_digital_park_2024.txt" not in evidence


def test_the_reports_table_searches_and_a_report_previews(page) -> None:
    page.get_by_role("tab", name="Reports").click()
    table = page.locator("#reports-table")
    table.get_by_text("songshan_industrial_park_2023.docx").first.wait_for(timeout=30000)
    table.locator("input").first.fill("qinghu")
    page.wait_for_function(
        "() => !document.querySelector('#reports-table').innerText.includes('songshan')",
        timeout=30000,
    )
    assert "qinghu_hitech_zone_2023.md" in table.inner_text()
    # Nothing is chosen until a row is clicked; the row's report becomes the chosen one.
    assert page.locator("#delete-choice input").input_value() == ""
    table.get_by_text("青湖高新区2023年度工作总结").filter(visible=True).first.click()
    page.wait_for_function(
        "() => document.querySelector('#delete-choice input').value"
        " === 'qinghu_hitech_zone_2023.md'",
        timeout=30000,
    )
    page.get_by_text("Preview of the chosen report").click()
    page.locator("#report-preview", has_text="全年新签约项目46个").wait_for(timeout=30000)


def test_upload_refuses_bad_files(page, tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files([str(bad)])
    page.locator("#index-uploads").click()
    status = page.locator("#reports-status tr", has_text="broken.pdf").filter(has_text="✗")
    status.wait_for(timeout=60000)
    assert "not a readable PDF" in status.inner_text()
    assert page.locator("#reports-table", has_text="broken.pdf").count() == 0


def test_an_upload_does_not_replace_a_cli_indexed_report(page, tmp_path: Path) -> None:
    """The sample reports were indexed from the CLI (their files are not in the uploads
    folder): an upload with the same name is refused unless "replace" is ticked."""
    edited = tmp_path / "qinghu_hitech_zone_2023.md"
    edited.write_text(
        (EXAMPLES / edited.name).read_text(encoding="utf-8").replace("1320件", "9999件"),
        encoding="utf-8",
    )
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files(str(edited))
    page.locator("#index-uploads").click()
    status = page.locator("#reports-status tr", has_text="qinghu_hitech_zone_2023.md")
    status.filter(has_text="✗").wait_for(timeout=60000)
    assert "exists" in status.inner_text()
    page.get_by_role("tab", name="Chat").click()
    ask(page, "青湖高新区发明专利授权多少件？", "1320件")


def test_a_cli_writer_is_refused_while_the_server_owns_the_store(server, tmp_path: Path) -> None:
    _, root = server
    new = tmp_path / "beihu_digital_park_2024.txt"
    new.write_text(NEW, encoding="utf-8")
    env = dict(os.environ, PARKQA_STORE=str(root / "store"))
    run = subprocess.run(
        [sys.executable, "-m", "parkqa.cli", "index", str(new)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 3 and "Traceback" not in run.stderr
    assert "in use by `parkqa serve`" in run.stderr and "web page" in run.stderr


def test_an_oversized_upload_is_refused_before_it_is_stored(page, server, tmp_path: Path) -> None:
    """Gradio's own limit (the app's file-size limit) refuses the upload; nothing of it is left
    in Gradio's upload folder."""
    _, root = server
    big = tmp_path / "huge_report_2024.txt"
    big.write_bytes("园区".encode() * (3 * 1024 * 1024 // 6 + 1))  # 3 MB > PARKQA_MAX_FILE_MB=2
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files(str(big))
    page.get_by_text("exceed the maximum allowed size", exact=False).first.wait_for(timeout=30000)
    assert not [p for p in (root / "gradio-tmp").rglob("huge_report_2024.txt")]


def test_a_phone_sized_screen(browser, server) -> None:
    """390×844: the chat, the Ask button and the evidence fit the width, stacked; nothing
    scrolls sideways."""
    url, _ = server
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, locale="zh-CN"
    )
    page = context.new_page()
    page.goto(url)
    page.locator("#question textarea").wait_for()
    _wait_until_ready(page)
    ask(page, "10月31日签约了多少个项目？", "9个")
    for selector in ("#chat", "#ask", "#evidence"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 391, selector
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    chat, evidence = page.locator("#chat").bounding_box(), page.locator("#evidence").bounding_box()
    assert chat is not None and evidence is not None and evidence["y"] > chat["y"]  # stacked
    # The evidence panel is a screen below: the cited sentence shows right under its answer.
    answer = page.locator('#chat [data-testid="bot"]').last
    inline = answer.locator("details.inline-evidence")
    assert inline.is_visible() and inline.locator("strong.value").inner_text() == "9个"
    text, under = answer.locator(".answer-text").bounding_box(), inline.bounding_box()
    assert text is not None and under is not None and under["y"] > text["y"]
    page.evaluate(
        "window.scrollTo(0, document.querySelector('#chat').getBoundingClientRect().top"
        " + window.scrollY - 8)"
    )
    page.screenshot(path=str(SCREENSHOTS / "phone.png"))
    # The reports table scrolls inside its own box; the page does not scroll sideways.
    page.get_by_role("tab", name="报告").click()
    page.locator("#reports-table", has_text="qinghu_hitech_zone_2023.md").wait_for(timeout=30000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 391
    context.close()


def _bots(page):
    return page.locator('#chat [data-testid="bot"]')


def test_a_chinese_browser_gets_a_chinese_page_and_can_switch(browser, server) -> None:
    """Accept-Language zh-CN: every label, Gradio's own too, and the evidence in Chinese, and
    <html lang>; the 中文/English switch changes all of it and is remembered."""
    url, _ = server
    context = browser.new_context(viewport={"width": 1400, "height": 950}, locale="zh-CN")
    page = context.new_page()
    page.goto(url)
    page.locator("#loading #ready").wait_for(timeout=120000)
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    assert page.locator("#ask").inner_text() == "提问"
    assert page.get_by_role("tab", name="报告").count() == 1
    ask(page, "青湖高新区全年新签约项目多少个？", "46个")
    body = page.locator("body").inner_text()
    assert "出处对应的问题：青湖高新区全年新签约项目多少个？" in body
    assert "查看出处[1]" in body and "通过 API 使用" in body  # Gradio's footer too
    for english in ("Ask", "Evidence", "Reports", "Question", "Examples", "Use via API"):
        assert english not in body, english
    page.screenshot(path=str(SCREENSHOTS / "chat-zh.png"))

    page.locator("#lang-switch label", has_text="English").click()
    page.locator("#evidence", has_text="Evidence for: 青湖高新区全年新签约项目多少个？").wait_for(
        timeout=30000
    )
    page.wait_for_function("() => document.documentElement.lang === 'en'", timeout=30000)
    page.get_by_role("tab", name="Reports").wait_for(timeout=30000)
    assert page.locator("#ask").inner_text() == "Ask"
    assert "Show evidence [1]" in _bots(page).last.inner_text()
    body = page.locator("body").inner_text()
    for chinese in ("提问", "出处对应", "报告", "问题", "通过 API 使用"):
        assert chinese not in body, chinese
    page.screenshot(path=str(SCREENSHOTS / "chat-en.png"))
    page.reload()  # the choice is remembered
    page.locator("#loading #ready").wait_for(timeout=120000)
    page.wait_for_function("() => document.documentElement.lang === 'en'", timeout=30000)
    assert page.locator("#ask").inner_text() == "Ask"
    page.get_by_role("tab", name="Reports").click()
    page.locator("#reports-table", has_text="indexed at").wait_for(timeout=30000)
    page.screenshot(path=str(SCREENSHOTS / "reports-en.png"))
    context.close()


def test_keyboard_and_markers_select_an_earlier_answer_and_its_citation(page) -> None:
    ask(page, "青湖高新区全年新签约项目多少个？", "46个")
    ask(page, "青湖高新区发明专利授权多少件？", "1320件")
    # the newest is selected (the page marks it just after the answer is drawn: waited for)
    page.wait_for_function(
        "() => { const b = document.querySelectorAll('#chat [data-testid=\"bot\"]');"
        " return b.length > 0 && b[b.length - 1].getAttribute('aria-current') === 'true'; }",
        timeout=30000,
    )
    # Keyboard only: focus the first answer's [1] marker and press Enter.
    page.keyboard.press("Escape")
    marker = _bots(page).first.locator("a.cite-ref").first
    marker.focus()
    page.keyboard.press("Enter")
    page.locator("#evidence", has_text="Evidence for: 青湖高新区全年新签约项目多少个？").wait_for(
        timeout=30000
    )
    page.wait_for_function(
        "() => document.querySelector('#chat [data-testid=\"bot\"]')"
        ".getAttribute('aria-current') === 'true'",
        timeout=30000,
    )
    assert _bots(page).last.get_attribute("aria-current") is None
    page.locator("#evidence #cite-1.selected").wait_for(timeout=30000)
    # Screen readers hear the answer, not its markup.
    label = _bots(page).first.get_attribute("aria-label") or ""
    assert "46个" in label and "<" not in label
    # The whole report, opened now for this earlier answer, shows the cited sentence.
    page.get_by_text("Whole report, at the cited place").click()
    cited = page.locator("#report-view mark#cited")
    cited.wait_for(timeout=30000)
    assert "46个" in cited.inner_text()
    page.wait_for_function(
        """() => { const m = document.getElementById('cited'),
                          v = document.getElementById('report-view');
                   const a = m.getBoundingClientRect(), b = v.getBoundingClientRect();
                   return a.top >= b.top && a.bottom <= b.bottom; }""",
        timeout=30000,
    )
    assert "qinghu_hitech_zone_2023.md" in page.locator("#report-view .report-head").inner_text()
    # The original file, served as it was indexed.
    href = page.locator("#report-view a.original").get_attribute("href")
    assert href is not None
    got = page.request.get(page.url.rstrip("/") + "/" + href)
    assert got.ok and got.body() == (EXAMPLES / "qinghu_hitech_zone_2023.md").read_bytes()


def test_copying_an_answer_copies_its_text(browser, server) -> None:
    url, _ = server
    context = browser.new_context(locale="en-US")
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(url)
    page.locator("#question textarea").wait_for()
    _wait_until_ready(page)
    ask(page, "10月31日签约了多少个项目？", "9个")
    _bots(page).last.locator("a.copy-answer").click()
    page.wait_for_function("() => document.querySelector('#chat a.copy-answer.copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("9个") and "[1]" in copied and "<" not in copied
    # Copying does not select or change the evidence.
    assert "Evidence for: 10月31日签约了多少个项目？" in page.locator("#evidence").inner_text()
    context.close()


def test_an_empty_store_says_so_and_shows_no_examples(browser, tmp_path: Path) -> None:
    """A fresh server with nothing indexed: the page points to the Reports tab and offers no
    example question (none could be answered)."""
    env = dict(
        os.environ,
        PARKQA_STORE=str(tmp_path / "store"),
        GRADIO_ANALYTICS_ENABLED="False",
        GRADIO_TEMP_DIR=str(tmp_path / "gradio-tmp"),
    )
    port = free_port()
    command = [sys.executable, "-m", "parkqa.cli", "serve", "--port", str(port)]
    with running(command, port, tmp_path / "serve.log", env):
        context = browser.new_context(locale="zh-CN")
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/")
        page.locator("#loading #ready").wait_for(timeout=120000)
        page.locator("#store-banner", has_text="还没有索引任何报告").wait_for(timeout=30000)
        assert "“报告”标签页" in page.locator("#store-banner").inner_text()
        assert not page.locator("#examples").is_visible()
        context.close()


def test_a_report_s_details_are_corrected_in_the_reports_tab(page, server, tmp_path: Path) -> None:
    """A report that never names its park: the Reports tab corrects it, and the next question
    naming that park is answered from it (nothing re-indexed)."""
    nameless = tmp_path / "report_2024_h1.txt"
    nameless.write_text(
        "上半年工作情况\n\n今年以来，园区新签约项目19个，协议投资33.6亿元。\n", encoding="utf-8"
    )
    page.get_by_role("tab", name="Reports").click()
    page.locator("#upload input[type=file]").set_input_files(str(nameless))
    page.locator("#index-uploads").click()
    page.locator("#reports-status tr", has_text="report_2024_h1.txt").filter(
        has_text="✓ indexed"
    ).wait_for(timeout=120000)
    choice = page.locator("#delete-choice input")
    choice.click()
    choice.fill("report_2024_h1.txt")
    page.get_by_role("option", name="report_2024_h1.txt").click()
    page.get_by_text("Details of the chosen report").click()
    page.locator("#details-title textarea").wait_for(timeout=30000)
    page.wait_for_function(
        "() => document.querySelector('#details-title textarea').value === '上半年工作情况'",
        timeout=30000,
    )
    assert page.locator("#details-period textarea").input_value() == "1-6月"
    assert page.locator("#details-park textarea").input_value() == ""
    page.locator("#details-park textarea").fill("梧岭产业园")
    page.locator("#details-year textarea").fill("2024")
    page.locator("#save-details").click()
    page.locator("#reports-status", has_text="saved").wait_for(timeout=30000)
    page.locator("#reports-table", has_text="梧岭产业园").wait_for(timeout=30000)
    page.screenshot(path=str(SCREENSHOTS / "details-en.png"), full_page=True)
    # a value that is not one is refused with its reason, and nothing changes
    page.locator("#details-period textarea").fill("sometime")
    page.locator("#save-details").click()
    page.locator("#reports-status", has_text="Not saved").wait_for(timeout=30000)

    page.get_by_role("tab", name="Chat").click()
    evidence = ask(page, "梧岭产业园2024年上半年新签约项目多少个？", "19个")
    assert "report_2024_h1.txt" in evidence
