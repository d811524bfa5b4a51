"""The web app (Gradio): a chat with clickable evidence, and a reports tab, in Chinese or English.

A thin layer over one :class:`ParkQA` per process (the model and index load once, when the
server starts). The views' HTML is :mod:`parkqa.webview`, the words :mod:`parkqa.messages`, the
upload checks :mod:`parkqa.uploads`; this module wires them to Gradio's events. The page
language is read from each request (a cookie the page sets, else ``Accept-Language``), so two
visitors in two languages share one server.
"""

import atexit
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from parkqa.answer import Answer
from parkqa.answer.vocab import period_name
from parkqa.api import ParkQA, ReportNotFound
from parkqa.ingest.dispatch import FORMATS, REFUSED
from parkqa.messages import (
    EXAMPLES,
    LANG_COOKIE,
    NATIVE,
    TZ_COOKIE,
    cookie_value,
    gradio_i18n_tables,
    language,
    t,
)
from parkqa.uploads import (
    DELETED_DIR,
    UploadError,
    accept_upload,
    drop_gradio_copy,
    move_aside,
)
from parkqa.webassets import CSS, client_script
from parkqa.webview import (
    answer_from_dict,
    chat_bubbles,
    evidence_html,
    exchange,
    loading_html,
    pending_message,
    report_preview_html,
    report_view_html,
    reports_table,
    store_banner,
    upload_status,
)

__all__ = ["CSS", "build_app", "serve"]


def page_language(request: Any) -> str:
    """The language of the page that sent ``request`` (English for API calls without one)."""
    headers = getattr(request, "headers", None) or {}
    return language(
        cookie_value(headers.get("cookie"), LANG_COOKIE), headers.get("accept-language")
    )


def _time_zone(request: Any) -> str | None:
    headers = getattr(request, "headers", None) or {}
    value = cookie_value(headers.get("cookie"), TZ_COOKIE)
    return value.replace("%2F", "/") if value else None


class Originals:
    """Serves the original file of a cited report, so the page can link to it (at the page, for
    a PDF). Only cited reports are exposed, as copies in a folder of their own: the folders the
    reports were indexed from are never served."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="parkqa-originals-")).resolve()
        atexit.register(shutil.rmtree, self.root, True)

    def url(self, path: str, sha256: str, page: int | None) -> str | None:
        original = Path(path)
        if not original.is_file():
            return None
        served = self.root / sha256[:16] / original.name
        if not served.exists():
            served.parent.mkdir(exist_ok=True)
            try:
                shutil.copyfile(original, served)
            except OSError:
                return None
        anchor = f"#page={page}" if page and original.suffix.lower() == ".pdf" else ""
        return f"gradio_api/file={quote(str(served))}{anchor}"


def _i18n():
    import gradio as gr

    return gr.I18n(**gradio_i18n_tables())


def build_app(qa: ParkQA, reports_dir: Path | None = None, ready: threading.Event | None = None):
    """The Gradio app. ``ready`` is set once the model and index are loaded (see
    :func:`serve`): until then the page says it is loading, and a question waits for it."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    if ready is None:
        ready = threading.Event()
        ready.set()
    reports_dir = Path(reports_dir or Path(qa.settings.store) / "reports")
    originals = Originals()
    gr.set_static_paths([originals.root])
    i18n = _i18n()
    examples_cache: dict[tuple[str, str], list[str]] = {}

    def examples_for(lang: str) -> list[str]:
        """The example questions of this language that the indexed reports answer (none on an
        empty store, and none before the model is ready: asking would wait for it)."""
        if not ready.is_set() or not qa.reports():
            return []
        key = (qa.catalog.signature(), lang)
        if key not in examples_cache:
            examples_cache[key] = [q for q in EXAMPLES[lang] if qa.ask(q).found]
        return examples_cache[key]

    def examples_update(lang: str):
        found = examples_for(lang)
        return gr.update(samples=[[q] for q in found], visible=bool(found))

    def table(lang: str, tz: str | None):
        return reports_table(qa.describe(), lang, tz)

    def banner(lang: str) -> str:
        return store_banner(qa.problems(lang), len(qa.reports()), lang)

    def report_view(answer: Answer | None, lang: str) -> str:
        url = None
        if answer is not None and answer.found and answer.citations:
            c = answer.citations[0]
            info = qa.catalog.get(c.source)
            if info is not None:
                url = originals.url(info.path, info.file_sha256, c.page)
        return report_view_html(qa, answer, lang, url)

    def selected_answer(answers: list, selected: float | None) -> Answer | None:
        i = -1 if selected is None else int(selected)
        return answer_from_dict(answers[i]) if 0 <= i < len(answers) else None

    # ------------------------------------------------------------------ chat

    def submit(message: str, answers: list, request: gr.Request):
        """Show the question at once, with a pending answer; :func:`respond` answers it. The
        box and the button wait meanwhile: a second question sent before the first is answered
        would be answered from the same history, and one of the two lost."""
        lang = page_language(request)
        message = (message or "").strip()
        if not message:
            return gr.skip(), gr.skip(), "", gr.skip()
        chat = [*chat_bubbles(answers, lang), *exchange(message, pending_message(lang))]
        return gr.update(value="", interactive=False), chat, message, gr.update(interactive=False)

    def respond(question: str, answers: list, selected: float | None, request: gr.Request):
        lang = page_language(request)
        if not question:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), "", selected

        def said(reply: str):  # a refusal of the question itself: in the chat, not remembered
            chat = [*chat_bubbles(answers, lang), *exchange(question, reply)]
            return chat, answers, gr.skip(), gr.skip(), "", selected

        limit = qa.settings.max_question_chars
        if len(question) > limit:
            return said(t("question.too_long", lang, n=len(question), limit=limit))
        history = [
            turn
            for a in answers
            for turn in (
                {"role": "user", "content": a["question"]},
                {"role": "assistant", "content": a["answer"]},
            )
        ]
        ready.wait()
        try:
            answer = qa.ask(question, history=history)
        except ValueError as exc:
            return said(str(exc))
        except Exception as exc:  # the store failed: said in the chat, never a stuck "…"
            return said(t("could_not_answer", lang, error=exc))
        answers = [*answers, answer.to_dict()]
        # The visible chat is drawn from the answers kept, never from what the page sends
        # back: the two can then never disagree (a cleared chat with a remembered history).
        return (
            chat_bubbles(answers, lang),
            answers,
            evidence_html(qa, answer, lang),
            report_view(answer, lang),
            "",
            len(answers) - 1,
        )

    def select(answers: list, event: gr.SelectData, request: gr.Request):
        lang = page_language(request)
        index = event.index if isinstance(event.index, int) else event.index[0]
        answer_index = index // 2
        if not 0 <= answer_index < len(answers):
            return gr.skip(), gr.skip(), gr.skip()
        answer = answer_from_dict(answers[answer_index])
        return evidence_html(qa, answer, lang), report_view(answer, lang), answer_index

    def clear(request: gr.Request):
        return [], [], evidence_html(qa, None, page_language(request)), "", -1

    # ------------------------------------------------------------------ reports

    def upload(files: list | None, replace: bool, request: gr.Request):
        """Index uploaded files one by one, each file's result beside its name as it happens
        (the tab is never blanked by a progress overlay)."""
        lang, tz = page_language(request), _time_zone(request)
        staging = Path(qa.settings.store) / "staging"
        reports = qa.reports()
        rows: list[tuple[str, str]] = []
        staged: list[tuple[int, Path]] = []
        for f in files or []:
            path = Path(f if isinstance(f, str) else f.name)
            try:
                staged_path = accept_upload(
                    path,
                    reports_dir,
                    staging,
                    replace,
                    qa.settings.max_file_bytes,
                    indexed={r.source for r in reports},
                    known_bytes={r.file_sha256: r.source for r in reports},
                )
                rows.append((staged_path.name, t("upload.waiting", lang)))
                staged.append((len(rows) - 1, staged_path))
            except UploadError as exc:
                rows.append((exc.name or path.name, "✗ " + t(exc.key, lang, **exc.fields)))
            finally:
                drop_gradio_copy(path)
        skip = (gr.skip(), gr.skip(), gr.skip(), gr.skip())
        yield upload_status(rows, lang), *skip
        for row, path in staged:
            reading = t("upload.reading", lang)
            rows[row] = (path.name, reading)
            yield upload_status(rows, lang), *skip
            # Indexed in a thread, so that a scan's pages show as they are read.
            notes: list[str] = []
            outcome: list[str] = []
            worker = threading.Thread(
                target=lambda: outcome.append(_index_one(path, lang, notes.append)),  # noqa: B023 - joined before the loop moves on
                name="parkqa-upload",
            )
            worker.start()
            shown = ""
            while worker.is_alive():
                worker.join(0.5)
                if notes and notes[-1] != shown:
                    shown = notes[-1]
                    rows[row] = (path.name, f"{reading} {shown}")
                    yield upload_status(rows, lang), *skip
            rows[row] = (path.name, outcome[0] if outcome else "✗")
            yield upload_status(rows, lang), *skip
        yield (
            upload_status(rows, lang),
            table(lang, tz),
            gr.update(choices=_sources(qa)),
            None,
            examples_update(lang),
        )

    def _index_one(path: Path, lang: str, note: Callable[[str], None]) -> str:
        """Index one staged file (``note`` hears its pages as a scan is read), then move it
        into the reports folder; the result for its row."""
        try:
            result = qa.index(
                [path], progress=lambda _done, _total, name: note(page_note(name, lang))
            )
        except Exception as exc:  # the store failed: said on the file's row
            path.unlink(missing_ok=True)
            return t("upload.failed", lang, error=exc)
        if result.failed:
            path.unlink(missing_ok=True)
            return t("upload.failed", lang, error=result.failed[0].text(lang))
        reports_dir.mkdir(parents=True, exist_ok=True)
        final = reports_dir / path.name
        os.replace(path, final)
        qa.index([final])  # same bytes: only records the file's new place
        return t("upload.indexed", lang)

    def delete(source: str | None, request: gr.Request | None = None):
        lang, tz = page_language(request), _time_zone(request)
        hide = gr.update(visible=False)
        if not source:
            return t("delete.choose", lang), table(lang, tz), gr.update(), hide, gr.skip()
        try:
            info = qa.catalog.get(source)
            qa.remove(source)
        except ReportNotFound:
            return (
                gr_escape(t("delete.not_indexed", lang, source=source)),
                table(lang, tz),
                gr.update(choices=_sources(qa)),
                hide,
                gr.skip(),
            )
        status = t("delete.done", lang, source=source)
        if info is not None:
            try:
                if move_aside(Path(info.path), reports_dir) is not None:
                    status += " " + t("delete.kept", lang, folder=DELETED_DIR)
            except OSError as exc:  # else "re-index" would bring the report back
                status += " " + t("delete.not_moved", lang, error=exc)
        return (
            gr_escape(status),
            table(lang, tz),
            gr.update(choices=_sources(qa), value=None),
            hide,
            examples_update(lang),
        )

    def confirm_delete(source: str | None, request: gr.Request):
        """Nothing is deleted by one click: name the report and ask. The report asked about is
        kept (``to_delete``): "Yes" deletes it, whatever the dropdown shows by then."""
        lang = page_language(request)
        info = qa.catalog.get(source) if source else None
        if info is None:
            return gr.update(visible=False), "", t("delete.choose", lang), ""
        question = t("delete.confirm", lang, title=info.title, source=info.source)
        return gr.update(visible=True), gr_escape(question), "", info.source

    def reindex(request: gr.Request, progress=gr.Progress()):  # noqa: B008 - Gradio injects it
        lang, tz = page_language(request), _time_zone(request)
        reports_dir.mkdir(parents=True, exist_ok=True)
        result = qa.index(
            [reports_dir],
            prune=True,
            progress=lambda done, total, name: progress((done, max(total, 1)), desc=name),
        )
        summary = t(
            "reindex.result",
            lang,
            added=result.added,
            updated=result.updated,
            unchanged=result.unchanged,
            removed=result.removed,
            skipped=result.skipped,
            failed=len(result.failed),
        )
        rows = [(Path(f.path).name, "✗ " + f.text(lang)) for f in result.failed]
        status = gr_escape(summary) + (upload_status(rows, lang) if rows else "")
        return status, table(lang, tz), gr.update(choices=_sources(qa)), examples_update(lang)

    # ------------------------------------------------------------------ page

    def on_load(lang: str, request: gr.Request):
        """Fill the page for this visitor: reports, banner, examples, in their language."""
        lang = lang if lang in NATIVE else page_language(request)
        tz = _time_zone(request)
        return (
            gr.update(value=lang),
            table(lang, tz),
            gr.update(choices=_sources(qa)),
            banner(lang),
            evidence_html(qa, None, lang),
            examples_update(lang),
            *tab_labels(lang),
        )

    def tab_labels(lang: str) -> tuple[Any, Any]:
        """Gradio redraws only the open tab's label when its locale changes: name both."""
        return gr.update(label=t("tab.chat", lang)), gr.update(label=t("tab.reports", lang))

    def switch_language(lang: str, answers: list, selected: float | None, request: gr.Request):
        """Redraw everything the server wrote in the page's language (Gradio's own labels
        switch in the browser)."""
        tz = _time_zone(request)
        answer = selected_answer(answers, selected)
        return (
            chat_bubbles(answers, lang),
            evidence_html(qa, answer, lang),
            report_view(answer, lang),
            table(lang, tz),
            banner(lang),
            loading_html(ready.is_set(), lang),
            "",
            examples_update(lang),
            *tab_labels(lang),
        )

    def poll(request: gr.Request):
        lang = page_language(request)
        done = ready.is_set()
        return loading_html(done, lang), gr.Timer(active=not done), examples_update(lang)

    with gr.Blocks(title="parkqa", delete_cache=(3600, 3600)) as app:
        answers = gr.State([])
        # Which answer's evidence shows: a hidden number, not a State, because the page's script
        # marks that answer in the chat (a State's value never reaches the browser).
        selected = gr.Number(-1, precision=0, visible=False, elem_id="selected")
        with gr.Row():
            gr.Markdown(i18n("title"))
            switch = gr.Radio(
                choices=[(name, code) for code, name in NATIVE.items()],
                value=None,
                label=i18n("language"),
                show_label=False,
                container=False,
                elem_id="lang-switch",
            )
        banner_box = gr.HTML("", elem_id="store-banner")
        loading = gr.HTML(loading_html(ready.is_set()), elem_id="loading")
        chat_tab = gr.Tab(i18n("tab.chat"), elem_id="tab-chat")
        with chat_tab, gr.Row():
            with gr.Column(scale=3):
                # No share button (it did nothing here), no like/dislike (nothing records
                # them), and no copy button of Gradio's (it copies the markup): each answer
                # has its own "copy", which copies its text.
                chat = gr.Chatbot(
                    label=i18n("chat.label"),
                    height="60vh",  # follows the screen, phone or desktop
                    elem_id="chat",
                    buttons=[],
                    feedback_options=None,
                )
                box = gr.Textbox(
                    label=i18n("question.label"),
                    max_lines=4,  # a long question scrolls inside the box, the buttons stay
                    placeholder=i18n("question.placeholder"),
                    elem_id="question",
                )
                with gr.Row():
                    send = gr.Button(i18n("ask"), variant="primary", elem_id="ask")
                    new = gr.Button(i18n("new_conversation"), elem_id="clear")
                examples = gr.Dataset(
                    components=[box],
                    samples=[],
                    label=i18n("examples"),
                    type="values",
                    visible=False,
                    elem_id="examples",
                )
            with gr.Column(scale=2):
                gr.Markdown(i18n("evidence.heading"))
                evidence = gr.HTML(evidence_html(qa, None), elem_id="evidence")
                with gr.Accordion(i18n("whole_report"), open=False) as whole:
                    report_html = gr.HTML("", elem_id="report-view")
        reports_tab = gr.Tab(i18n("tab.reports"), elem_id="tab-reports")
        with reports_tab:
            # Reports are filled in when a page loads, never baked into the app's config: that
            # config is public (a login page carries it), the list of reports is not.
            reports_df = gr.Dataframe(
                value=[],
                interactive=False,
                show_search="search",  # type to find a report; click a header to sort
                wrap=True,
                # title, park, period, file, format, pages, scan, published, chunks, indexed at
                column_widths=["19%", "11%", "10%", "17%", "6%", "6%", "6%", "9%", "6%", "10%"],
                elem_id="reports-table",
            )
            with gr.Row():
                with gr.Column():
                    files = gr.File(
                        label=i18n("upload.label"),
                        file_count="multiple",
                        file_types=sorted({*FORMATS, *REFUSED}),
                        elem_id="upload",
                    )
                    replace = gr.Checkbox(label=i18n("upload.replace"), value=False)
                    upload_btn = gr.Button(
                        i18n("upload.button"), variant="primary", elem_id="index-uploads"
                    )
                with gr.Column():
                    choice = gr.Dropdown(
                        choices=[],
                        label=i18n("report.choice"),
                        elem_id="delete-choice",
                        # a report uploaded in another session after this page loaded
                        allow_custom_value=True,
                    )
                    delete_btn = gr.Button(i18n("delete.button"), variant="stop", elem_id="delete")
                    with gr.Group(visible=False, elem_id="confirm-box") as confirm_box:
                        confirm_text = gr.HTML("", elem_id="confirm-text")
                        with gr.Row():
                            confirm_btn = gr.Button(
                                i18n("delete.yes"), variant="stop", elem_id="confirm-delete"
                            )
                            cancel_btn = gr.Button(i18n("delete.cancel"), elem_id="cancel-delete")
                    reindex_btn = gr.Button(i18n("reindex.button"), elem_id="reindex")
            status = gr.HTML("", elem_id="reports-status")
            with gr.Accordion(i18n("details.heading"), open=False, elem_id="details-box"):
                with gr.Row():
                    d_park = gr.Textbox(label=i18n("details.park"), elem_id="details-park")
                    d_title = gr.Textbox(label=i18n("details.title"), elem_id="details-title")
                with gr.Row():
                    d_year = gr.Textbox(label=i18n("details.year"), elem_id="details-year")
                    d_period = gr.Textbox(label=i18n("details.period"), elem_id="details-period")
                save_details = gr.Button(i18n("details.save"), elem_id="save-details")
            with gr.Accordion(i18n("preview"), open=False):
                preview = gr.HTML("", elem_id="report-preview")

        private: dict[str, Any] = {"api_visibility": "private"}
        mark = "(i) => { window.parkqa && window.parkqa.mark(i); }"
        after_answer = (
            "(i) => { const p = window.parkqa; if (!p) return;"
            " p.mark(i); p.showCite(); p.scrollReport(); }"
        )
        pending = gr.State("")
        for trigger in (send.click, box.submit):
            trigger(
                submit, [box, answers], [box, chat, pending, send], queue=False, **private
            ).then(
                respond,
                [pending, answers, selected],
                [chat, answers, evidence, report_html, pending, selected],
                concurrency_limit=4,
                **private,
            ).then(
                lambda: (gr.update(interactive=True), gr.update(interactive=True)),
                None,
                [box, send],
                queue=False,
                **private,
            ).then(None, [selected], None, js=after_answer)
        examples.click(lambda sample: sample[0], [examples], [box], queue=False, **private)
        # The chat's own trash icon clears everything "New conversation" does: the remembered
        # history and the evidence too, never stale evidence beside an empty chat.
        for cleared in (new.click, chat.clear):
            cleared(clear, None, [chat, answers, evidence, report_html, selected], **private)
        chat.select(select, [answers], [evidence, report_html, selected], **private).then(
            None, [selected], None, js=after_answer
        )
        # Opened later, or for an earlier answer: the whole report still shows the cited place.
        whole.expand(None, None, None, js="() => window.parkqa && window.parkqa.scrollReport()")

        def answer(question: str, history: list[dict] | None = None) -> dict:
            """Answer a question; ``history`` is the conversation so far as
            ``[{"role": "user"|"assistant", "content": "..."}]``. Returns the answer as JSON:
            question, answer, value, found, citations (source, title, quote, start, end,
            value_start, value_end, page, ocr), passages."""
            return qa.ask(question, history=history or None).to_dict()

        gr.api(answer, api_name="answer", concurrency_limit=4)
        upload_btn.click(
            upload,
            [files, replace],
            [status, reports_df, choice, files, examples],
            api_name="upload",
            concurrency_limit=1,
            concurrency_id="index",
            show_progress="hidden",  # each file's own line says how it goes
        )
        to_delete = gr.State("")
        delete_btn.click(
            confirm_delete, [choice], [confirm_box, confirm_text, status, to_delete], **private
        )

        def cancel(request: gr.Request):
            said = gr_escape(t("delete.cancelled", page_language(request)))
            return gr.update(visible=False), said, ""

        cancel_btn.click(cancel, None, [confirm_box, status, to_delete], **private)

        # Choosing another report withdraws the question about the previous one, and shows
        # its details to correct.
        def chosen(source: str | None, request: gr.Request):
            return (
                gr.update(visible=False),
                "",
                report_preview_html(qa, source, page_language(request)),
                *editable_details(qa, source),
            )

        detail_boxes = [d_park, d_title, d_year, d_period]
        choice.change(chosen, [choice], [confirm_box, to_delete, preview, *detail_boxes], **private)

        def save(
            source: str | None, park: str, title: str, year: str, period: str, request: gr.Request
        ):
            lang, tz = page_language(request), _time_zone(request)
            if not source:
                return t("details.choose", lang), gr.skip()
            before = editable_details(qa, source)
            changed = {
                name: value.strip()
                for name, value, old in zip(
                    ("park", "title", "year", "period"),
                    (park, title, year, period),
                    before,
                    strict=True,
                )
                if value.strip() != old
            }
            if not changed:
                return t("details.unchanged", lang), gr.skip()
            try:
                qa.correct(source, **changed)
            except (ValueError, ReportNotFound) as exc:
                return gr_escape(t("details.bad", lang, error=exc)), gr.skip()
            return gr_escape(t("details.saved", lang, source=source)), table(lang, tz)

        save_details.click(
            save,
            [choice, *detail_boxes],
            [status, reports_df],
            concurrency_limit=1,
            concurrency_id="index",
            **private,
        )

        def row_clicked(event: gr.SelectData):
            """A click on a report's row chooses that report (to preview or delete it)."""
            row = getattr(event, "row_value", None) or []
            return gr.update(value=row[3]) if len(row) > 3 and row[3] else gr.skip()

        reports_df.select(row_clicked, None, [choice], **private)
        confirm_btn.click(
            delete,
            [to_delete],
            [status, reports_df, choice, confirm_box, examples],
            concurrency_limit=1,
            concurrency_id="index",
            **private,
        )

        def delete_report(source: str) -> str:
            """Delete an indexed report (the API has no confirmation step); its file, when it
            is in the reports folder, is moved into ``.deleted/``. Returns the status line."""
            return str(delete(source)[0])

        gr.api(delete_report, api_name="delete", concurrency_limit=1, concurrency_id="index")
        reindex_btn.click(
            reindex,
            None,
            [status, reports_df, choice, examples],
            api_name="reindex",
            concurrency_limit=1,
            concurrency_id="index",
        )
        switch.input(
            switch_language,
            [switch, answers, selected],
            [
                *(chat, evidence, report_html, reports_df, banner_box, loading, status),
                *(examples, chat_tab, reports_tab),
            ],
            js="(lang, a, s) => { window.parkqa?.setLocale(lang); return [lang, a, s]; }",
            **private,
        ).then(None, [selected], None, js=mark)
        app.load(
            on_load,
            [switch],
            [switch, reports_df, choice, banner_box, evidence, examples, chat_tab, reports_tab],
            js=client_script(),
            **private,
        )

        # While the model and index load, the page says so, and checks again every second.
        timer = gr.Timer(1.0, active=not ready.is_set())
        timer.tick(poll, None, [loading, timer, examples], **private)
        app.load(poll, None, [loading, timer, examples], **private)
    app.parkqa_i18n = i18n  # launch() needs the same translations
    return app


def page_note(progress: str, lang: str) -> str:
    """A reader's progress line (``report.pdf · OCR page 3/20``) as the page says it: the page
    count in its language, or nothing when the line has none."""
    m = re.search(r"(\d+)/(\d+)\s*$", progress)
    return t("upload.page", lang, n=int(m.group(1)), total=int(m.group(2))) if m else ""


def gr_escape(text: str) -> str:
    """Plain text for a ``gr.HTML`` (status lines name files, which the user chose)."""
    import html

    return html.escape(text, quote=True)


def editable_details(qa: ParkQA, source: str | None) -> tuple[str, str, str, str]:
    """A report's park, title, year and period as the details form shows them (empty for
    none)."""
    info = qa.catalog.get(source) if source else None
    if info is None:
        return "", "", "", ""
    park = next((r["park"] for r in qa.describe([info.source]) if r["park"]), None)
    details = info.details
    return (
        str(park or ""),
        info.title,
        str(details.year) if details.year else "",
        period_name(details.months) if details.months else "",
    )


def _sources(qa: ParkQA) -> list[str]:
    return [r.source for r in qa.reports()]


def serve(
    qa: ParkQA,
    host: str | None = None,
    port: int | None = None,
    reports_dir: Path | None = None,
) -> None:
    host = host or os.environ.get("PARKQA_HOST", "127.0.0.1")
    port = port or int(os.environ.get("PARKQA_PORT", "7860"))
    user, password = os.environ.get("PARKQA_USER"), os.environ.get("PARKQA_PASSWORD")
    import gradio as gr

    if not qa.settings.chroma_url:
        # An embedded Chroma cannot see another process's writes: while serving, this process
        # owns the store for writing, and a CLI `index` is told so instead of corrupting it.
        qa.hold_store("serve")
    ready = threading.Event()

    def warm() -> None:
        started = time.monotonic()
        try:
            qa.warm()
        finally:
            ready.set()  # a failure to warm shows on the first question, with its reason
            print(f"parkqa: ready in {time.monotonic() - started:.1f} s", flush=True)

    threading.Thread(target=warm, name="parkqa-warm", daemon=True).start()
    app = build_app(qa, reports_dir, ready).queue(default_concurrency_limit=2)
    app.launch(
        server_name=host,
        server_port=port,
        auth=(user, password) if user and password else None,
        css=CSS,
        theme=gr.themes.Default(),
        show_error=True,
        i18n=app.parkqa_i18n,
        # Refused by Gradio before the upload is written to disk, not after.
        max_file_size=qa.settings.max_file_bytes,
    )
