"""The HTML of the web app's views: chat bubbles, evidence, the whole report, the reports table.

Pure functions of an answer (or the store) and the page language, so they are tested without a
browser. Everything that comes from a report — values, quotes, titles, file names, whole texts —
is HTML-escaped here before it reaches the page, so a report containing ``<script>`` shows that
text and never runs it. Every word of the page comes from :mod:`parkqa.messages`.
"""

from __future__ import annotations

import html
import re
from typing import Any, Protocol

from parkqa.answer import Answer, Citation, Passage
from parkqa.answer.measures import label
from parkqa.answer.types import RelatedFigure
from parkqa.answer.vocab import period_name
from parkqa.compose import place
from parkqa.messages import local_date, local_time, t


class TextSource(Protocol):
    """What the views need of :class:`~parkqa.api.ParkQA`: a report's current text."""

    def report_text(self, source: str) -> str: ...


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# ------------------------------------------------------------------ chat


def _linked_markers(escaped: str, citations: int, lang: str) -> str:
    """``[1]`` in an (escaped) answer sentence becomes a link that selects citation 1: a mouse
    click or Enter on it (keyboard) shows that answer's evidence."""

    def link(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if not 1 <= n <= citations:
            return m.group(0)
        label = _e(t("cite.show", lang, n=n))
        return f'<a href="#" class="cite-ref cite-{n}" title="{label}">[{n}]</a>'

    return re.sub(r"\[(\d{1,2})\]", link, escaped)


def chat_message(answer: Answer, lang: str = "en") -> str:
    """The assistant's chat bubble: the value first and large, then the answer sentence with its
    clickable citation markers, a copy button, and the cited sentence folded under it (shown
    open on a phone, where the evidence panel is far below)."""
    if answer.found and answer.value:
        text = (
            f'<span class="answer-value">{_e(answer.value)}</span><br>'
            f"{_linked_markers(_e(answer.answer), len(answer.citations), lang)}"
        )
    else:
        text = _e(answer.answer)
    tools = []
    if answer.found:
        tools.append(
            f'<a href="#" class="cite-ref cite-1">{_e(t("cite.show", lang, n=1))}</a>'
            if answer.citations
            else ""
        )
    elif answer.passages:
        tools.append(f'<a href="#" class="cite-ref cite-0">{_e(t("cite.closest", lang))}</a>')
    tools.append(
        f'<a href="#" class="copy-answer" title="{_e(t("copy.label", lang))}">'
        f"{_e(t('copy', lang))}</a>"
    )
    inline = related_html(answer, lang)
    if answer.found:
        for n, c in enumerate(answer.citations, 1):
            where = place(c, lang)
            head = f"[{n}] {_e(c.title)}" + (f" · {_e(where)}" if where else "")
            inline += (
                f'<details class="inline-evidence" open><summary>{head}</summary>'
                f"<div>{marked_quote(c, answer.value)}</div></details>"
            )
    return (
        f'<div class="answer-text">{text}</div>'
        f'<div class="answer-tools">{" · ".join(x for x in tools if x)}</div>{inline}'
    )


def related_html(answer: Answer, lang: str) -> str:
    """A refusal's related figures: each with its indicator and measure, its value marked in
    its own sentence, and where it is (never shown as the answer)."""
    if answer.found or not answer.related:
        return ""
    items = []
    for r in answer.related:
        what = label(r.indicator, r.measure, "zh")
        when = " ".join(x for x in (f"{r.year}年" if r.year else "", r.period) if x)
        a, b = r.value_start - r.start, r.value_end - r.start
        quote = _e(r.quote[:a]) + f"<mark>{_e(r.quote[a:b])}</mark>" + _e(r.quote[b:])
        items.append(
            f'<li data-source="{_e(r.source)}"><b>{_e(what)}</b> {_e(r.value)} '
            f"<span class='meta'>{_e(when)} · {_e(r.title or r.source)} · "
            f"{_e(t('evidence.chars', lang, start=r.start, end=r.end))}</span>"
            f"<div class='para'>{quote}</div></li>"
        )
    return (
        f'<details class="related" open><summary>{_e(t("related.title", lang))}</summary>'
        f'<ul class="related-figures">{"".join(items)}</ul></details>'
    )


def pending_message(lang: str) -> str:
    """The assistant's bubble while a question is being answered."""
    return f'<span class="pending" role="status" aria-busy="true">{_e(t("pending", lang))}</span>'


def exchange(question: str, reply_html: str) -> list[dict[str, str]]:
    return [
        {"role": "user", "content": _e(question)},
        {"role": "assistant", "content": reply_html},
    ]


def chat_bubbles(answers: list[dict[str, Any]], lang: str = "en") -> list[dict[str, str]]:
    """The chat as drawn from the answers of the conversation (question, then answer)."""
    return [
        bubble
        for a in answers
        for bubble in exchange(a["question"], chat_message(answer_from_dict(a), lang))
    ]


def answer_from_dict(data: dict[str, Any]) -> Answer:
    return Answer(
        question=data["question"],
        answer=data["answer"],
        value=data.get("value"),
        found=bool(data.get("found")),
        citations=[Citation(**c) for c in data.get("citations", [])],
        passages=[Passage(**p) for p in data.get("passages", [])],
        related=[RelatedFigure(**r) for r in data.get("related", [])],
    )


# ------------------------------------------------------------------ evidence


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (between blank lines) that holds ``text[start:end]``."""
    left = text.rfind("\n\n", 0, start)
    right = text.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(text) if right < 0 else right)


def value_span(c: Citation, value: str | None) -> tuple[int, int] | None:
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


def marked_quote(c: Citation, value: str | None, mark_id: str = "") -> str:
    """The cited quote, escaped, marked, with the value's own span in bold."""
    quote = c.quote
    span = value_span(c, value)
    if span is None:
        inner = _e(quote)
    else:
        i, j = span
        inner = _e(quote[:i]) + f'<strong class="value">{_e(quote[i:j])}</strong>' + _e(quote[j:])
    attrs = f' id="{mark_id}"' if mark_id else ""
    return f'<mark class="quote"{attrs}>{inner}</mark>'


def cited_text(qa: TextSource, c: Citation) -> str | None:
    """The report's current text when the citation still points at its quote, else ``None``
    (never highlight other words at old offsets)."""
    from parkqa.api import ReportNotFound

    try:
        text = qa.report_text(c.source)
    except ReportNotFound:
        return None
    return text if text[c.start : c.end] == c.quote else None


def evidence_html(qa: TextSource, answer: Answer | None, lang: str = "en") -> str:
    """The evidence panel for one answer: cited sentences in their paragraphs, or the closest
    passages when nothing was found. Screen readers hear it change (``aria-live``)."""
    return (
        f'<div class="evidence-body" aria-live="polite">{_evidence_parts(qa, answer, lang)}</div>'
    )


def _evidence_parts(qa: TextSource, answer: Answer | None, lang: str) -> str:
    if answer is None:
        return f"<p class='meta'>{_e(t('evidence.empty', lang))}</p>"
    # The panel says which question it belongs to (an earlier answer may be selected).
    parts = [
        f'<div class="meta evidence-for">{_e(t("evidence.for", lang, question=answer.question))}'
        "</div>"
    ]
    if answer.found:
        for n, c in enumerate(answer.citations, 1):
            text = cited_text(qa, c)
            if text is None:  # an earlier answer whose report has since changed or gone
                para = (
                    f"{marked_quote(c, answer.value)} "
                    f'<span class="meta gone">{_e(t("evidence.gone", lang))}</span>'
                )
            else:
                a, b = paragraph_bounds(text, c.start, c.end)
                para = _e(text[a : c.start]) + marked_quote(c, answer.value) + _e(text[c.end : b])
            where = place(c, lang)
            ocr_note = f" <span class='ocr'>{_e(t('evidence.ocr', lang))}</span>" if c.ocr else ""
            chars = t("evidence.chars", lang, start=c.start, end=c.end)
            parts.append(
                f'<div class="cite" id="cite-{n}" tabindex="-1" data-source="{_e(c.source)}">'
                f"<div><b>[{n}] {_e(c.title)}</b> <span class='meta'>{_e(c.source)} · "
                f"{_e(where) + ' · ' if where else ''}{_e(chars)}</span>{ocr_note}</div>"
                f'<div class="para">{para}</div></div>'
            )
    else:
        parts.append(f"<p><b>{_e(answer.answer)}</b></p>")
        parts.append(related_html(answer, lang))
        if answer.passages:
            parts.append(f'<div class="meta" id="cite-0">{_e(t("evidence.closest", lang))}</div>')
        for p in answer.passages:
            chars = t("evidence.chars", lang, start=p.start, end=p.end)
            parts.append(
                f'<div class="cite" data-source="{_e(p.source)}"><div><b>{_e(p.title)}</b> '
                f"<span class='meta'>{_e(p.source)} · {_e(chars)}</span></div>"
                f'<div class="para">{_e(p.text)}</div></div>'
            )
    return "".join(parts)


def report_view_html(
    qa: TextSource, answer: Answer | None, lang: str = "en", original_url: str | None = None
) -> str:
    """The whole cleaned report of the first citation, the cited sentence marked (the page
    scrolls to it), its name and place pinned above, and a link to the original file (at the
    cited page, for a PDF) when ``original_url`` is given."""
    if answer is None or not answer.found or not answer.citations:
        return ""
    c = answer.citations[0]
    text = cited_text(qa, c)
    if text is None:
        return f"<div class='meta'>{_e(t('evidence.gone_view', lang, source=c.source))}</div>"
    body = _e(text[: c.start]) + marked_quote(c, answer.value, "cited") + _e(text[c.end :])
    where = place(c, lang)
    head = f"{_e(c.title)} — {_e(c.source)}" + (f" · {_e(where)}" if where else "")
    if original_url:
        label = t("original.page", lang, page=c.page) if c.page else t("original", lang)
        head += (
            f' · <a class="original" href="{_e(original_url)}" target="_blank" '
            f'rel="noopener">{_e(label)}</a>'
        )
    return f"<div class='meta report-head'>{head}</div><div class='report-body'>{body}</div>"


#: How much of a report the preview shows.
PREVIEW_CHARS = 3000


def report_preview_html(qa: TextSource, source: str | None, lang: str = "en") -> str:
    """The start of a report's cleaned text (what questions are answered from), escaped."""
    from parkqa.api import ReportNotFound

    if not source:
        return ""
    try:
        text = qa.report_text(source)
    except ReportNotFound:
        return f"<div class='meta'>{_e(t('not_indexed', lang, source=source))}</div>"
    more = (
        "\n" + t("preview.more", lang, n=len(text) - PREVIEW_CHARS)
        if len(text) > PREVIEW_CHARS
        else ""
    )
    return (
        f"<div class='meta'>{_e(t('preview.head', lang, source=source, n=len(text)))}</div>"
        f'<div class="preview-text">{_e(text[:PREVIEW_CHARS] + more)}</div>'
    )


# ------------------------------------------------------------------ reports


#: The reports table's columns, as message keys.
TABLE_COLUMNS = (
    "table.title",
    "table.park",
    "table.period",
    "table.file",
    "table.format",
    "table.pages",
    "table.scan",
    "table.published",
    "table.chunks",
    "table.indexed_at",
)


def period_label(year: object, months: object, lang: str) -> str:
    """``2023 全年`` / ``2023, 1-9月``: a report's year and period for the table."""
    span = tuple(months) if isinstance(months, (list, tuple)) and len(months) == 2 else None
    name = period_name(span, lang) if span else ""  # type: ignore[arg-type]
    parts = [str(year) if year else "", name]
    return (" " if lang == "zh" else ", ").join(p for p in parts if p)


def reports_table(
    rows: list[dict[str, Any]], lang: str = "en", tz: str | None = None
) -> dict[str, Any]:
    """The reports table (``ParkQA.describe()`` rows) with headers in the page language."""
    return {
        "headers": [t(k, lang) for k in TABLE_COLUMNS],
        "data": [
            [
                r["title"],
                "、".join([r["park"], *r.get("areas", [])[:3]] if r.get("park") else []),
                period_label(r.get("year"), r.get("months"), lang),
                r["source"],
                r["format"],
                r.get("pages") or "",
                t("ocr_flag", lang) if r.get("ocr") else "",
                local_date(r.get("published"), lang),
                r["chunks"],
                local_time(r.get("indexed_at"), lang, tz),
            ]
            for r in rows
        ],
    }


def store_banner(problems: list[str], reports: int, lang: str = "en") -> str:
    """A warning when the store's catalog and vector store disagree (after a crash, or a Chroma
    server emptied behind its back); a pointer to the Reports tab when nothing is indexed yet;
    empty when all is well."""
    if not reports:
        return f'<div class="store-banner" role="status">{_e(t("empty_store", lang))}</div>'
    if not problems:
        return ""
    items = "".join(f"<li>{_e(p)}</li>" for p in problems[:5])
    more = (
        f"<li>{_e(t('repair.more', lang, n=len(problems) - 5))}</li>" if len(problems) > 5 else ""
    )
    return (
        f'<div class="store-banner" role="alert">{_e(t("repair", lang))}<ul>{items}{more}</ul>'
        f"{_e(t('repair.how', lang))}</div>"
    )


def loading_html(ready: bool, lang: str = "en") -> str:
    if ready:
        return f'<div id="ready" class="meta" aria-live="polite">{_e(t("ready", lang))}</div>'
    return f'<div class="store-banner" aria-live="polite">{_e(t("loading", lang))}</div>'


def upload_status(rows: list[tuple[str, str]], lang: str = "en") -> str:
    """Each uploaded file with its result beside it (waiting, reading…, indexed, or why not)."""
    if not rows:
        return _e(t("upload.none", lang))
    body = "".join(
        f'<tr><td class="file">{_e(name)}</td><td class="result">{_e(result)}</td></tr>'
        for name, result in rows
    )
    return (
        f'<table class="upload-status"><thead><tr><th>{_e(t("upload.file", lang))}</th>'
        f"<th>{_e(t('upload.result', lang))}</th></tr></thead><tbody>{body}</tbody></table>"
    )
