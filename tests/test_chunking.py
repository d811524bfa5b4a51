"""Sentences, chunks, overlap, offsets, and numbers that stay with their units."""

from __future__ import annotations

import itertools
from pathlib import Path

from parkqa.ingest.chunking import Span, _pieces, chunk_report, chunk_spans, sentence_spans
from parkqa.ingest.cleaning import clean
from parkqa.ingest.dispatch import load


def test_sentence_boundaries() -> None:
    text = "签约9个项目。总投资33.77亿元！增长了吗？增长17.4%；完成; 还有“引号内。”后面\n表格行"
    sentences = [text[s.start : s.end] for s in sentence_spans(text)]
    assert sentences == [
        "签约9个项目。",
        "总投资33.77亿元！",
        "增长了吗？",
        "增长17.4%；",
        "完成;",
        "还有“引号内。”",
        "后面",
        "表格行",
    ]


def test_chunks_overlap_by_one_sentence() -> None:
    sentences = [f"第{i}句话有十个字符。" for i in range(10)]
    text = "".join(sentences)
    spans = chunk_spans(text, 0, len(text), max_chars=35, overlap=1)
    chunks = [text[s.start : s.end] for s in spans]
    assert all(len(c) <= 35 for c in chunks)
    for a, b in itertools.pairwise(chunks):
        last_sentence_of_a = a[a[:-1].rfind("。") + 1 :]
        assert b.startswith(last_sentence_of_a)
    assert chunks[0].startswith("第0句") and chunks[-1].endswith("第9句话有十个字符。")


def test_long_sentence_split_at_clauses_never_inside_a_figure() -> None:
    text = "，".join(f"其中第{i}批项目总投资12345.67亿元" for i in range(30)) + "。"
    pieces = list(_pieces(text, Span(0, len(text)), 50))
    assert "".join(text[p.start : p.end] for p in pieces) == text
    for piece in pieces:
        part = text[piece.start : piece.end]
        assert len(part) <= 50
        assert "12345.67亿元" in part  # every figure whole, with its unit


def test_hard_cut_keeps_number_with_unit() -> None:
    text = "甲" * 18 + "123456亿元" + "乙" * 30
    pieces = [text[p.start : p.end] for p in _pieces(text, Span(0, len(text)), 20)]
    assert any("123456亿" in p for p in pieces)


def test_chunk_metadata_and_offsets(shared_report: Path) -> None:
    report = load(shared_report)
    cleaned = clean(report.text, report.wrapped)
    docs = chunk_report(cleaned, source="r.txt", title="T", fmt="txt", max_chars=120, overlap=1)
    assert len(docs) > 12
    for doc in docs:
        meta = doc.metadata
        assert cleaned.text[meta["start"] : meta["end"]] == doc.page_content
        assert meta["source"] == "r.txt" and meta["title"] == "T" and meta["format"] == "txt"
        assert len(doc.page_content) <= 120
    signing = next(d for d in docs if "9个项目集中签约" in d.page_content)
    assert signing.metadata["section"] == "实干破局,高质量发展成色更足"


def test_report_of_only_a_heading_still_has_a_chunk() -> None:
    cleaned = clean("全年签约项目12个")
    docs = chunk_report(cleaned, source="s", title="t", fmt="txt")
    assert [d.page_content for d in docs] == ["全年签约项目12个"]
