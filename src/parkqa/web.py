"""The web app (Gradio). For now a minimal page over :meth:`ParkQA.ask` that shows the answer,
its citation and the retrieved passages; the full chat with an evidence panel comes next.
"""

from __future__ import annotations

import html
import os

from parkqa.api import ParkQA


def _render(qa: ParkQA, question: str) -> str:
    if not question.strip():
        return "<p>Type a question.</p>"
    answer = qa.ask(question)
    rows = [f"<p><b>{html.escape(answer.value or '')}</b> {html.escape(answer.answer)}</p>"]
    for n, c in enumerate(answer.citations, 1):
        rows.append(
            f"<p>[{n}] <code>{html.escape(c.source)} [{c.start}:{c.end}]</code> "
            f"{html.escape(c.quote)}</p>"
        )
    rows.append("<ol>")
    for p in answer.passages:
        rows.append(
            f"<li><b>{html.escape(p.title)}</b> <code>{html.escape(p.source)} "
            f"[{p.start}:{p.end}]</code> ({p.score:.3f})<br>{html.escape(p.text)}</li>"
        )
    rows.append("</ol>")
    return "".join(rows)


def build_app(qa: ParkQA):
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    with gr.Blocks(title="parkqa") as app:
        gr.Markdown("# parkqa\nAsk about the indexed park reports (retrieval preview).")
        question = gr.Textbox(label="Question", placeholder="10月31日签约了多少个项目？")
        ask = gr.Button("Ask", variant="primary")
        out = gr.HTML()
        ask.click(lambda q: _render(qa, q), inputs=question, outputs=out, api_name="ask")
        question.submit(lambda q: _render(qa, q), inputs=question, outputs=out)
    return app


def serve(qa: ParkQA, host: str | None = None, port: int | None = None) -> None:
    host = host or os.environ.get("PARKQA_HOST", "127.0.0.1")
    port = port or int(os.environ.get("PARKQA_PORT", "7860"))
    build_app(qa).queue(default_concurrency_limit=2).launch(server_name=host, server_port=port)
