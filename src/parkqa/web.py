"""The web app (Gradio): a chat with clickable evidence, and a reports tab.

A thin layer over one :class:`ParkQA` per process (the model and index load once). Everything that
comes from a report — values, quotes, titles, file names, whole texts — is HTML-escaped here before
it reaches the page, so a report containing ``<script>`` shows that text and never runs it.
"""

import html
import os
import re
import shutil
import threading
import unicodedata
from collections.abc import Container, Mapping
from pathlib import Path
from typing import Any

from parkqa.answer import Answer, Citation
from parkqa.api import ParkQA, ReportNotFound
from parkqa.compose import place
from parkqa.indexing import file_sha256
from parkqa.loading import FORMATS, REFUSED

EXAMPLES = [
    "10月31日签约了多少个项目？",
    "how many projects were signed on 31 Oct?",
    "青湖高新区全年新签约项目多少个？",
    "其中10亿元以上项目有几个？",
    "滨江开发区前三季度新签约项目多少个？",
    "What was the R&D investment of Nanhu?",
]

CSS = """
.store-banner { background: #fff4e5; border: 1px solid #f0a020; border-radius: 8px; padding: 8px; }
#evidence .cite { border: 1px solid #ddd; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
#evidence .para { line-height: 1.7; }
#evidence mark.quote { background: #fff3bf; }
#evidence .ocr { color: #8a4b00; font-size: 0.85em; margin-left: 0.5em; }
#evidence strong.value { background: #ffd43b; padding: 0 2px; }
#evidence .meta { color: #666; font-size: 0.9em; }
#report-view { max-height: 420px; overflow-y: auto; white-space: pre-wrap; line-height: 1.7; }
#report-view mark { background: #fff3bf; }
#report-view strong.value { background: #ffd43b; padding: 0 2px; }
.answer-value { font-size: 1.25em; font-weight: 700; }
.pending { color: #555; font-style: italic; }
#report-preview .preview-text { white-space: pre-wrap; max-height: 360px; overflow-y: auto; }

/* Gradio's primary orange with white text is 2.8:1; these are ≥ 5:1 (WCAG AA needs 4.5:1). */
#ask, #index-uploads { background: #c2410c; border-color: #c2410c; color: #ffffff; }
#delete, #confirm-delete { background: #b91c1c; border-color: #b91c1c; color: #ffffff; }
"""


# ------------------------------------------------------------------ rendering (pure, tested)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def chat_message(answer: Answer) -> str:
    """The assistant's chat bubble: the value first and large, then the answer sentence."""
    if answer.found and answer.value:
        return f'<span class="answer-value">{_e(answer.value)}</span><br>{_e(answer.answer)}'
    return _e(answer.answer)


#: Where a deleted report's file is moved, inside the reports folder (hidden: never indexed).
DELETED_DIR = ".deleted"


def _free_name(path: Path) -> Path:
    """``path``, or ``name (2).ext``, ``name (3).ext``… when it exists (a second deletion of a
    report with the same name must not overwrite the first one's file)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


#: The assistant's bubble while a question is being answered.
PENDING = '<span class="pending" role="status" aria-busy="true">Looking it up…</span>'


def _exchange(question: str, reply_html: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": _e(question)},
        {"role": "assistant", "content": reply_html},
    ]


def chat_bubbles(answers: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The chat as drawn from the answers of the conversation (question, then answer)."""
    return [
        bubble
        for a in answers
        for bubble in _exchange(a["question"], chat_message(_answer_from_dict(a)))
    ]


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank lines) that holds ``text[start:end]``."""
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)


def _value_span(c: Citation, value: str | None) -> tuple[int, int] | None:
    """Where the answer's value is inside the cited quote (quote coordinates): the offsets the
    value was read from, never the first occurrence of its text (``46个`` in ``…46个…6个``).
    A citation without them (an answer saved before they existed) falls back to the text."""
    if c.value_start is not None and c.value_end is not None:
        if c.start <= c.value_start < c.value_end <= c.end:
            return c.value_start - c.start, c.value_end - c.start
        return None  # offsets that do not fit: no bold rather than a guess
    if value and value in c.quote:
        i = c.quote.index(value)
        return i, i + len(value)
    return None


def _marked_quote(c: Citation, value: str | None, mark_id: str = "") -> str:
    """The cited quote, escaped, marked, with the value's own span in bold."""
    quote = c.quote
    span = _value_span(c, value)
    if span is None:
        inner = _e(quote)
    else:
        i, j = span
        inner = _e(quote[:i]) + f'<strong class="value">{_e(quote[i:j])}</strong>' + _e(quote[j:])
    attrs = f' id="{mark_id}"' if mark_id else ""
    return f'<mark class="quote"{attrs}>{inner}</mark>'


def evidence_html(qa: ParkQA, answer: Answer | None) -> str:
    """The evidence panel for one answer: cited sentences in their paragraphs, or the closest
    passages when nothing was found. Screen readers hear it change (``aria-live``)."""
    return f'<div class="evidence-body" aria-live="polite">{_evidence_parts(qa, answer)}</div>'


def _evidence_parts(qa: ParkQA, answer: Answer | None) -> str:
    """The evidence panel for one answer: cited sentences in their paragraphs, or the closest
    passages when nothing was found."""
    if answer is None:
        return (
            "<p class='meta'>Ask a question; the evidence for the selected answer shows here.</p>"
        )
    # The panel says which question it belongs to (an earlier answer may be selected).
    parts: list[str] = [f'<div class="meta evidence-for">Evidence for: {_e(answer.question)}</div>']
    if answer.found:
        for n, c in enumerate(answer.citations, 1):
            text = _cited_text(qa, c)
            if text is None:  # an earlier answer whose report has since changed or gone
                para = (
                    f'{_marked_quote(c, answer.value)} <span class="meta">(as quoted '
                    "when answered: the report has since been replaced or removed)</span>"
                )
            else:
                a, b = paragraph_bounds(text, c.start, c.end)
                para = _e(text[a : c.start]) + _marked_quote(c, answer.value) + _e(text[c.end : b])
            where = place(c, "en")
            ocr_note = (
                " <span class='ocr'>read by OCR from a scan: check the figure in the original"
                "</span>"
                if c.ocr
                else ""
            )
            parts.append(
                f'<div class="cite" data-source="{_e(c.source)}">'
                f"<div><b>[{n}] {_e(c.title)}</b> <span class='meta'>{_e(c.source)} · "
                f"{_e(where) + ' · ' if where else ''}"
                f"characters {c.start}–{c.end}</span>{ocr_note}</div>"
                f'<div class="para">{para}</div></div>'
            )
    else:
        parts.append(f"<p><b>{_e(answer.answer)}</b></p>")
        for p in answer.passages:
            parts.append(
                f'<div class="cite" data-source="{_e(p.source)}"><div><b>{_e(p.title)}</b> '
                f"<span class='meta'>{_e(p.source)} · characters {p.start}–{p.end}</span></div>"
                f'<div class="para">{_e(p.text)}</div></div>'
            )
    return "".join(parts)


def report_view_html(qa: ParkQA, answer: Answer | None) -> str:
    """The whole cleaned report of the first citation, the cited sentence marked (scrolled to)."""
    if answer is None or not answer.found:
        return ""
    c = answer.citations[0]
    text = _cited_text(qa, c)
    if text is None:
        return f"<div class='meta'>{_e(c.source)}: replaced or removed since this answer</div>"
    body = _e(text[: c.start]) + _marked_quote(c, answer.value, "cited") + _e(text[c.end :])
    where = place(c, "en")
    head = f"{_e(c.title)} — {_e(c.source)}" + (f" · {_e(where)}" if where else "")
    return f"<div class='meta'>{head}</div>{body}"


#: How much of a report the preview shows.
PREVIEW_CHARS = 3000


def report_preview_html(qa: ParkQA, source: str | None) -> str:
    """The start of a report's cleaned text (what questions are answered from), escaped."""
    if not source:
        return ""
    try:
        text = qa.report_text(source)
    except ReportNotFound:
        return f"<div class='meta'>{_e(source)} is not indexed.</div>"
    more = f"\n… ({len(text) - PREVIEW_CHARS} more characters)" if len(text) > PREVIEW_CHARS else ""
    return (
        f"<div class='meta'>{_e(source)} · {len(text)} characters</div>"
        f'<div class="preview-text">{_e(text[:PREVIEW_CHARS] + more)}</div>'
    )


def _cited_text(qa: ParkQA, c: Citation) -> str | None:
    """The report's current text when the citation still points at its quote, else ``None``
    (never highlight other words at old offsets)."""
    try:
        text = qa.report_text(c.source)
    except ReportNotFound:
        return None
    return text if text[c.start : c.end] == c.quote else None


def reports_table(qa: ParkQA) -> list[list[Any]]:
    return [
        [
            r.title,
            r.source,
            r.format,
            len(r.details.pages) or "",
            "OCR" if r.details.ocr else "",
            r.details.published or "",
            r.chunks,
            r.indexed_at,
        ]
        for r in qa.reports()
    ]


# ------------------------------------------------------------------ uploads


class UploadError(ValueError):
    """An uploaded file is refused; the message says why."""


def safe_name(name: str) -> str:
    """A file name that cannot leave the reports folder: no separators, no dots in front,
    no control characters; CJK and other letters are kept."""
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    name = re.sub(r"[\x00-\x1f\x7f/:*?\"<>|]", "_", name).strip().lstrip(".")
    if not name or name in (".", ".."):
        raise UploadError("empty file name")
    return name[:200]


def accept_upload(
    src: Path,
    reports_dir: Path,
    staging: Path,
    replace: bool,
    max_bytes: int,
    indexed: Container[str] = (),
    known_bytes: Mapping[str, str] | None = None,
) -> Path:
    """Check one uploaded file and copy it into ``staging`` under its safe name, or raise
    :class:`UploadError`. It moves into the reports folder only once it indexed cleanly, so a
    bad file never overwrites a good report. ``indexed`` are the sources already in the store
    (also those indexed from the CLI, whose files are elsewhere): a name among them is a
    replacement, allowed only when asked for. ``known_bytes`` maps the SHA-256 of each indexed
    report's file to its source: a file identical to one of them, under any name, is a
    duplicate and is not indexed twice."""
    name = safe_name(src.name)
    if Path(name).suffix.lower() in REFUSED:
        raise UploadError(f"{name}: {REFUSED[Path(name).suffix.lower()]}")
    if Path(name).suffix.lower() not in FORMATS:
        allowed = ", ".join(sorted(FORMATS))
        raise UploadError(f"{name}: file type not allowed (allowed: {allowed})")
    size = src.stat().st_size
    if size > max_bytes:
        raise UploadError(
            f"{name}: {size / 1048576:.1f} MB is over the {max_bytes // 1048576} MB limit"
        )
    if known_bytes:
        twin = known_bytes.get(file_sha256(src))
        if twin is not None:
            raise UploadError(f"{name}: identical to the indexed report {twin} (same bytes)")
    if ((reports_dir / name).exists() or name in indexed) and not replace:
        raise UploadError(f"{name}: a report with this name exists; tick “replace” to overwrite it")
    staging.mkdir(parents=True, exist_ok=True)
    staged = staging / name
    shutil.copyfile(src, staged)
    return staged


def _drop_gradio_copy(path: Path) -> None:
    """Delete Gradio's cached copy of an upload once it is staged or refused (a refused 200 MB
    file must not stay on disk); files outside Gradio's upload folder are never touched."""
    from gradio.utils import get_upload_folder

    try:
        if path.resolve().is_relative_to(Path(get_upload_folder()).resolve()):
            path.unlink(missing_ok=True)
    except OSError:
        pass


# ------------------------------------------------------------------ the app


def _text_of(content: Any) -> str:
    """Gradio 6 gives message content as a list of parts; we only ever send text."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(_text_of(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("value") or "")
    return str(content)


def build_app(qa: ParkQA, reports_dir: Path | None = None, ready: threading.Event | None = None):
    """The Gradio app. ``ready`` is set once the model and index are loaded (see
    :func:`serve`): until then the page says it is loading, and a question waits for it."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    if ready is None:
        ready = threading.Event()
        ready.set()

    reports_dir = Path(reports_dir or Path(qa.settings.store) / "reports")

    def submit(message: str, answers: list):
        """Show the question at once, with a pending answer; :func:`respond` answers it. The
        box and the button wait meanwhile: a second question sent before the first is answered
        would be answered from the same history, and one of the two lost."""
        message = (message or "").strip()
        if not message:
            return gr.skip(), gr.skip(), "", gr.skip()
        chat = [*chat_bubbles(answers), *_exchange(message, PENDING)]
        return gr.update(value="", interactive=False), chat, message, gr.update(interactive=False)

    def respond(question: str, answers: list):
        if not question:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), ""
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
        except ValueError as exc:  # too long, not text: said in the chat, not remembered
            chat = [*chat_bubbles(answers), *_exchange(question, _e(exc))]
            return chat, answers, gr.skip(), gr.skip(), ""
        except Exception as exc:  # the store failed: said in the chat, never a stuck "…"
            reply = _e(f"Could not answer: {exc}")
            return (
                [*chat_bubbles(answers), *_exchange(question, reply)],
                answers,
                gr.skip(),
                gr.skip(),
                "",
            )
        answers = [*answers, answer.to_dict()]
        # The visible chat is drawn from the answers kept, never from what the page sends
        # back: the two can then never disagree (a cleared chat with a remembered history).
        chat = chat_bubbles(answers)
        return chat, answers, evidence_html(qa, answer), report_view_html(qa, answer), ""

    def select(answers: list, event: gr.SelectData):
        index = event.index if isinstance(event.index, int) else event.index[0]
        answer_index = index // 2
        if not 0 <= answer_index < len(answers):
            return gr.skip(), gr.skip()
        answer = _answer_from_dict(answers[answer_index])
        return evidence_html(qa, answer), report_view_html(qa, answer)

    def upload(files: list | None, replace: bool, progress=gr.Progress()):  # noqa: B008 - Gradio injects it
        staging = Path(qa.settings.store) / "staging"
        staged: list[Path] = []
        lines: list[str] = []
        reports = qa.reports()
        for f in files or []:
            path = Path(f if isinstance(f, str) else f.name)
            try:
                staged.append(
                    accept_upload(
                        path,
                        reports_dir,
                        staging,
                        replace,
                        qa.settings.max_file_bytes,
                        indexed={r.source for r in reports},
                        known_bytes={r.file_sha256: r.source for r in reports},
                    )
                )
            except UploadError as exc:
                lines.append(f"✗ {_e(exc)}")
            finally:
                _drop_gradio_copy(path)
        if staged:
            result = qa.index(
                staged,
                progress=lambda done, total, name: progress((done, max(total, 1)), desc=name),
            )
            failed = {Path(f.path).name: f.error for f in result.failed}
            moved: list[Path] = []
            for path in staged:
                if path.name in failed:
                    lines.append(f"✗ {_e(path.name)}: {_e(failed[path.name])}")
                    path.unlink(missing_ok=True)
                    continue
                reports_dir.mkdir(parents=True, exist_ok=True)
                final = reports_dir / path.name
                os.replace(path, final)
                moved.append(final)
                lines.append(f"✓ {_e(path.name)} indexed")
            if moved:
                qa.index(moved)  # same bytes: only records the files' new place
        status = "<br>".join(lines) or "No files chosen."
        return status, reports_table(qa), gr.update(choices=_sources(qa)), None

    def delete(source: str | None):
        hide = gr.update(visible=False)
        if not source:
            return (
                "Choose a report to delete.",
                reports_table(qa),
                gr.update(choices=_sources(qa)),
                hide,
            )
        try:
            info = qa.catalog.get(source)
            qa.remove(source)
        except ReportNotFound:
            return (
                f"✗ {_e(source)} is not indexed.",
                reports_table(qa),
                gr.update(choices=_sources(qa)),
                hide,
            )
        kept = ""
        if info and Path(info.path).parent.resolve() == reports_dir.resolve():
            # Out of the reports folder (else "re-index" would bring it back), but not
            # destroyed: a mistaken deletion can be undone by moving the file back.
            aside = reports_dir / DELETED_DIR
            if Path(info.path).exists():
                try:
                    aside.mkdir(exist_ok=True)
                    os.replace(info.path, _free_name(aside / Path(info.path).name))
                    kept = f" (its file is kept in {_e(DELETED_DIR)}/)"
                except OSError as exc:  # else "re-index" would bring the report back
                    kept = f", but its file could not be moved aside: {_e(exc)}"
        return (
            f"✓ {_e(source)} deleted{kept}.",
            reports_table(qa),
            gr.update(choices=_sources(qa), value=None),
            gr.update(visible=False),
        )

    def confirm_delete(source: str | None):
        """Nothing is deleted by one click: name the report and ask. The report asked about is
        kept (``to_delete``): "Yes" deletes it, whatever the dropdown shows by then."""
        info = qa.catalog.get(source) if source else None
        if info is None:
            return gr.update(visible=False), "", "Choose a report to delete.", ""
        question = f"Delete “{_e(info.title)}” ({_e(info.source)})? 确定删除《{_e(info.title)}》？"
        return gr.update(visible=True), question, "", info.source

    def reindex(progress=gr.Progress()):  # noqa: B008 - Gradio injects it
        reports_dir.mkdir(parents=True, exist_ok=True)
        result = qa.index(
            [reports_dir],
            prune=True,
            progress=lambda done, total, name: progress((done, max(total, 1)), desc=name),
        )
        lines = [
            f"added {result.added}, updated {result.updated}, unchanged {result.unchanged}, "
            f"removed {result.removed}, skipped {result.skipped}, failed {len(result.failed)}"
        ]
        lines += [f"✗ {_e(Path(f.path).name)}: {_e(f.error)}" for f in result.failed]
        return "<br>".join(lines), reports_table(qa), gr.update(choices=_sources(qa))

    # Gradio keeps uploads in its cache: delete what is over an hour old every hour, and all of
    # this app's files when it shuts down.
    with gr.Blocks(title="parkqa", delete_cache=(3600, 3600)) as app:
        answers = gr.State([])
        gr.Markdown("## parkqa — answers from industrial-park reports, with their evidence")
        banner = gr.HTML("", elem_id="store-banner")
        loading = gr.HTML(_loading_html(ready), elem_id="loading")
        with gr.Tab("Chat"), gr.Row():
            with gr.Column(scale=3):
                # No share button (it did nothing here) and no like/dislike (nothing records them).
                chat = gr.Chatbot(
                    label="Chat",
                    height="60vh",  # follows the screen, phone or desktop
                    elem_id="chat",
                    buttons=["copy", "copy_all"],
                    feedback_options=None,
                )
                box = gr.Textbox(
                    label="Question",
                    max_lines=4,  # a long question scrolls inside the box, the buttons stay
                    placeholder="10月31日签约了多少个项目？ / how many projects…",
                    elem_id="question",
                )
                with gr.Row():
                    send = gr.Button("Ask", variant="primary", elem_id="ask")
                    clear = gr.Button("New conversation", elem_id="clear")
                gr.Examples(EXAMPLES, inputs=box, label="Examples")
            with gr.Column(scale=2):
                gr.Markdown("### Evidence")
                evidence = gr.HTML(evidence_html(qa, None), elem_id="evidence")
                with gr.Accordion("Whole report, at the cited place", open=False):
                    report_view = gr.HTML("", elem_id="report-view")
        with gr.Tab("Reports"):
            # Reports are filled in when a page loads, never baked into the app's config: that
            # config is public (a login page carries it), the list of reports is not.
            table = gr.Dataframe(
                value=[],
                headers=[
                    "title",
                    "file",
                    "format",
                    "pages",
                    "scan",
                    "published",
                    "chunks",
                    "indexed at",
                ],
                interactive=False,
                show_search="search",  # type to find a report; click a header to sort
                wrap=True,
                elem_id="reports-table",
            )
            with gr.Row():
                with gr.Column():
                    files = gr.File(
                        label="Upload reports",
                        file_count="multiple",
                        file_types=sorted({*FORMATS, *REFUSED}),
                        elem_id="upload",
                    )
                    replace = gr.Checkbox(label="Replace reports with the same name", value=False)
                    upload_btn = gr.Button(
                        "Index uploaded files", variant="primary", elem_id="index-uploads"
                    )
                with gr.Column():
                    choice = gr.Dropdown(
                        choices=[],
                        label="Report",
                        elem_id="delete-choice",
                        # a report uploaded in another session after this page loaded
                        allow_custom_value=True,
                    )
                    delete_btn = gr.Button("Delete report…", variant="stop", elem_id="delete")
                    with gr.Group(visible=False, elem_id="confirm-box") as confirm_box:
                        confirm_text = gr.HTML("", elem_id="confirm-text")
                        with gr.Row():
                            confirm_btn = gr.Button(
                                "Yes, delete it", variant="stop", elem_id="confirm-delete"
                            )
                            cancel_btn = gr.Button("Cancel", elem_id="cancel-delete")
                    reindex_btn = gr.Button("Re-index the reports folder", elem_id="reindex")
            status = gr.HTML("", elem_id="reports-status")
            with gr.Accordion("Preview of the chosen report (its cleaned text)", open=False):
                preview = gr.HTML("", elem_id="report-preview")

        scroll = (
            "() => { const m = document.getElementById('cited');"
            " if (m) m.scrollIntoView({block: 'center'}); }"
        )
        pending = gr.State("")
        for trigger in (send.click, box.submit):
            trigger(
                submit,
                [box, answers],
                [box, chat, pending, send],
                api_visibility="private",
                queue=False,
            ).then(
                respond,
                [pending, answers],
                [chat, answers, evidence, report_view, pending],
                api_visibility="private",
                concurrency_limit=4,
            ).then(
                lambda: (gr.update(interactive=True), gr.update(interactive=True)),
                None,
                [box, send],
                api_visibility="private",
                queue=False,
            ).then(None, js=scroll)
        clear.click(
            lambda: ([], [], evidence_html(qa, None), ""),
            None,
            [chat, answers, evidence, report_view],
            api_visibility="private",
        )
        # The chat's own trash icon clears everything "New conversation" does: the remembered
        # history and the evidence too, never stale evidence beside an empty chat.
        chat.clear(
            lambda: ([], [], evidence_html(qa, None), ""),
            None,
            [chat, answers, evidence, report_view],
            api_visibility="private",
        )
        chat.select(select, [answers], [evidence, report_view], api_visibility="private")

        def answer(question: str, history: list[dict] | None = None) -> dict:
            """Answer a question; ``history`` is the conversation so far as
            ``[{"role": "user"|"assistant", "content": "..."}]``. Returns the answer as JSON:
            question, answer, value, found, citations (source, title, quote, start, end),
            passages."""
            return qa.ask(question, history=history or None).to_dict()

        gr.api(answer, api_name="answer", concurrency_limit=4)
        upload_btn.click(
            upload,
            [files, replace],
            [status, table, choice, files],
            api_name="upload",
            concurrency_limit=1,
            concurrency_id="index",
        )
        to_delete = gr.State("")
        delete_btn.click(
            confirm_delete,
            [choice],
            [confirm_box, confirm_text, status, to_delete],
            api_visibility="private",
        )
        cancel_btn.click(
            lambda: (gr.update(visible=False), "Nothing deleted.", ""),
            None,
            [confirm_box, status, to_delete],
            api_visibility="private",
        )
        # Choosing another report withdraws the question about the previous one.
        choice.change(
            lambda source: (gr.update(visible=False), "", report_preview_html(qa, source)),
            [choice],
            [confirm_box, to_delete, preview],
            api_visibility="private",
        )
        confirm_btn.click(
            delete,
            [to_delete],
            [status, table, choice, confirm_box],
            api_visibility="private",
            concurrency_limit=1,
            concurrency_id="index",
        )

        def delete_report(source: str) -> str:
            """Delete an indexed report (the API has no confirmation step); its file, when it
            is in the reports folder, is moved into ``.deleted/``. Returns the status line."""
            return str(delete(source)[0])

        gr.api(delete_report, api_name="delete", concurrency_limit=1, concurrency_id="index")
        reindex_btn.click(
            reindex,
            None,
            [status, table, choice],
            api_name="reindex",
            concurrency_limit=1,
            concurrency_id="index",
        )
        app.load(
            lambda: (reports_table(qa), gr.update(choices=_sources(qa)), store_banner(qa)),
            None,
            [table, choice, banner],
            api_visibility="private",
        )

        # While the model and index load, the page says so, and checks again every second.
        timer = gr.Timer(1.0, active=not ready.is_set())

        def poll():
            done = ready.is_set()
            return _loading_html(ready), gr.Timer(active=not done)

        timer.tick(poll, None, [loading, timer], api_visibility="private")
        app.load(poll, None, [loading, timer], api_visibility="private")
    return app


def _loading_html(ready: threading.Event) -> str:
    if ready.is_set():
        return '<div id="ready" class="meta" aria-live="polite">Ready.</div>'
    return (
        '<div class="store-banner" aria-live="polite">Loading the model and the index… '
        "questions asked now are answered as soon as it is ready.</div>"
    )


def store_banner(qa: ParkQA) -> str:
    """A warning when the store's catalog and vector store disagree (after a crash, or a Chroma
    server emptied behind its back); empty when all is well."""
    problems = qa.problems()
    if not problems:
        return ""
    items = "".join(f"<li>{_e(p)}</li>" for p in problems[:5])
    more = f"<li>… and {len(problems) - 5} more</li>" if len(problems) > 5 else ""
    return (
        '<div class="store-banner" role="alert">⚠ The store needs a repair; answers may miss '
        f"these reports until then:<ul>{items}{more}</ul>"
        "“Re-index” in the Reports tab repairs it.</div>"
    )


def _sources(qa: ParkQA) -> list[str]:
    return [r.source for r in qa.reports()]


def _answer_from_dict(data: dict) -> Answer:
    from parkqa.answer import Passage

    return Answer(
        question=data["question"],
        answer=data["answer"],
        value=data.get("value"),
        found=bool(data.get("found")),
        citations=[Citation(**c) for c in data.get("citations", [])],
        passages=[Passage(**p) for p in data.get("passages", [])],
    )


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
        try:
            qa.warm()
        finally:
            ready.set()  # a failure to warm shows on the first question, with its reason

    threading.Thread(target=warm, name="parkqa-warm", daemon=True).start()
    app = build_app(qa, reports_dir, ready).queue(default_concurrency_limit=2)
    app.launch(
        server_name=host,
        server_port=port,
        auth=(user, password) if user and password else None,
        css=CSS,
        theme=gr.themes.Default(),
        show_error=True,
        # Refused by Gradio before the upload is written to disk, not after.
        max_file_size=qa.settings.max_file_bytes,
    )
