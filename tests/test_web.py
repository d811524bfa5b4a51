"""The web layer's own logic: escaping, evidence rendering, languages, upload checks (no
browser; tests/test_browser.py drives the real page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from parkqa.answer import Answer, Citation, Passage
from parkqa.uploads import UploadError, accept_upload, safe_name
from parkqa.webview import chat_message, evidence_html, paragraph_bounds, report_view_html

EVIL = '园区签约<script>alert(1)</script>项目<img src=x onerror="alert(2)">9个。'


class _FakeQA:
    """Only ``report_text`` is needed to render evidence."""

    def __init__(self, text: str) -> None:
        self.text = text

    def report_text(self, source: str) -> str:
        return self.text


def _answer(text: str, quote: str, value: str) -> Answer:
    start = text.index(quote)
    return Answer(
        "q",
        f"{value} [1]",
        value,
        True,
        [Citation("evil<b>.txt", "T<i>itle", quote, start, start + len(quote))],
    )


def test_everything_from_a_report_is_escaped() -> None:
    text = "前言段落。\n\n" + EVIL + "\n\n后记。"
    answer = _answer(text, EVIL, "9个")
    for rendered in (
        evidence_html(_FakeQA(text), answer),
        report_view_html(_FakeQA(text), answer),
        chat_message(answer),
    ):
        assert "<script>" not in rendered and "<img" not in rendered and "<b>." not in rendered
    evidence = evidence_html(_FakeQA(text), answer)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evidence
    assert '<strong class="value">9个</strong>' in evidence
    assert "前言" not in evidence  # only the cited paragraph, not the whole report
    assert "Evidence for: q</div>" in evidence  # the question it belongs to


def test_the_value_is_highlighted_where_it_was_read_not_where_its_text_first_occurs() -> None:
    text = "前言。\n\n全年签约项目46个，其中10亿元以上项目6个。"
    quote = "全年签约项目46个，其中10亿元以上项目6个。"
    start = text.index(quote)
    value_start = text.index("6个。")
    answer = Answer(
        "q",
        "6个 [1]",
        "6个",
        True,
        [Citation("a.txt", "T", quote, start, start + len(quote), value_start, value_start + 2)],
    )
    bold = '以上项目<strong class="value">6个</strong>。'
    for rendered in (evidence_html(_FakeQA(text), answer), report_view_html(_FakeQA(text), answer)):
        assert bold in rendered and "项目4<strong" not in rendered
        assert rendered.count('<strong class="value">') == 1
    # The report replaced since: the quote as answered, still with the value's own span.
    assert bold in evidence_html(_FakeQA("另一份报告。"), answer)


def test_evidence_names_the_page_and_a_scan() -> None:
    from dataclasses import replace

    text = "前言段落。\n\n全年新签约项目42个。"
    answer = _answer(text, "全年新签约项目42个。", "42个")
    plain = evidence_html(_FakeQA(text), answer)
    assert "p. " not in plain and "OCR" not in plain
    answer.citations = [replace(answer.citations[0], page=3, ocr=True)]
    rendered = evidence_html(_FakeQA(text), answer)
    assert "evil&lt;b&gt;.txt · p. 3 · OCR · characters" in rendered
    assert "read by OCR from a scan: check the figure in the original" in rendered
    assert "· p. 3 · OCR</div>" in report_view_html(_FakeQA(text), answer)


def test_not_found_shows_closest_passages_escaped() -> None:
    answer = Answer("q", "not found", passages=[Passage("a.txt", "T", EVIL, 0, 10, "", 0.1)])
    rendered = evidence_html(_FakeQA(""), answer)
    assert "not found" in rendered and "&lt;img" in rendered and "<img" not in rendered


def test_paragraph_bounds() -> None:
    text = "一段。\n\n第二段里有引文。还有。\n\n第三段。"
    start = text.index("引文")
    a, b = paragraph_bounds(text, start, start + 2)
    assert text[a:b] == "第二段里有引文。还有。"


@pytest.mark.parametrize(
    ("raw", "safe"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\x.md", "x.md"),
        (".hidden.txt", "hidden.txt"),
        ("报告 2023.docx", "报告 2023.docx"),
        ("a:b*c?.pdf", "a_b_c_.pdf"),
    ],
)
def test_safe_names(raw: str, safe: str) -> None:
    assert safe_name(raw) == safe


def test_old_office_files_are_refused_at_upload_with_the_format_to_convert_to(
    tmp_path: Path,
) -> None:
    src = tmp_path / "年报.doc"
    src.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UploadError) as err:
        accept_upload(src, tmp_path / "reports", tmp_path / "staging", False, 10_000)
    assert str(err.value) == (
        "年报.doc: an old Word 97-2003 .doc file: save it as .docx (or PDF) and add it again"
    )


def test_upload_checks(tmp_path: Path) -> None:
    reports, staging = tmp_path / "reports", tmp_path / "staging"
    good = tmp_path / "in" / "r.txt"
    good.parent.mkdir()
    good.write_text("园区签约项目9个。", encoding="utf-8")
    staged = accept_upload(good, reports, staging, replace=False, max_bytes=1000)
    assert staged == staging / "r.txt" and staged.read_text(encoding="utf-8") == "园区签约项目9个。"
    reports.mkdir()
    (reports / "r.txt").write_text("old", encoding="utf-8")
    with pytest.raises(UploadError, match="exists"):
        accept_upload(good, reports, staging, replace=False, max_bytes=1000)
    assert accept_upload(good, reports, staging, replace=True, max_bytes=1000).exists()
    assert (reports / "r.txt").read_text(encoding="utf-8") == "old"  # not touched before indexing
    exe = tmp_path / "in" / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(UploadError, match="not allowed"):
        accept_upload(exe, reports, staging, replace=False, max_bytes=1000)
    with pytest.raises(UploadError, match="limit"):
        accept_upload(good, reports, staging, replace=True, max_bytes=5)
    # The same bytes as an indexed report, under another name (and even with "replace").
    from parkqa.indexing import file_sha256

    twin = tmp_path / "in" / "copy of r.txt"
    twin.write_bytes(good.read_bytes())
    with pytest.raises(UploadError) as err:
        accept_upload(twin, reports, staging, True, 1000, known_bytes={file_sha256(good): "r.txt"})
    assert str(err.value) == "copy of r.txt: identical to the indexed report r.txt (same bytes)"


def test_banner_when_the_store_needs_a_repair(qa) -> None:
    from conftest import EXAMPLES
    from parkqa.webview import store_banner

    assert "Reports tab" in store_banner(qa.problems(), len(qa.reports()))  # nothing yet
    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    assert store_banner(qa.problems(), len(qa.reports())) == ""
    collection = qa.vector_store._collection
    collection.delete(ids=collection.get(include=[])["ids"][:2])
    banner = store_banner(qa.problems(), len(qa.reports()))
    assert 'role="alert"' in banner and "qinghu_hitech_zone_2023.md has" in banner
    banner = store_banner(qa.problems("zh"), len(qa.reports()), "zh")
    assert "索引需要修复" in banner and "重新索引" in banner
    assert "qinghu_hitech_zone_2023.md 的10个分块中只有8个在向量库里" in banner
    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])  # what “Re-index” does
    assert store_banner(qa.problems(), len(qa.reports())) == ""


def test_the_public_app_config_names_no_report(qa) -> None:
    """The config is served before any login (a login page carries it): report names must only
    come with the page load of a logged-in session."""
    import json

    from conftest import EXAMPLES
    from parkqa.web import build_app

    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    config = json.dumps(build_app(qa).get_config_file(), ensure_ascii=False, default=str)
    assert "qinghu_hitech_zone_2023" not in config and "青湖高新区2023年度" not in config


def test_evidence_of_an_answer_whose_report_changed(qa, tmp_path) -> None:
    """An earlier answer's offsets must not highlight other words of a replaced report."""
    from conftest import EXAMPLES
    from parkqa.webview import evidence_html, report_view_html

    md = tmp_path / "qinghu_hitech_zone_2023.md"
    md.write_bytes((EXAMPLES / md.name).read_bytes())
    qa.index([md])
    answer = qa.ask("青湖高新区发明专利授权多少件？")
    assert "1320件" in evidence_html(qa, answer)
    md.write_text("前言一段新的文字。\n\n" + md.read_text(encoding="utf-8"), encoding="utf-8")
    qa.index([md])
    import re

    html = evidence_html(qa, answer)
    assert "replaced or removed" in html
    assert answer.citations[0].quote in re.sub(r"<[^>]+>", "", html)
    assert '<strong class="value">1320件</strong>' in html
    assert "replaced or removed" in report_view_html(qa, answer)


def test_delete_accepts_a_report_uploaded_in_another_session(qa) -> None:
    """A page's delete choices were filled when it loaded; a report uploaded since (in another
    browser) must still be deletable from it, not refused as an unknown choice."""
    from parkqa.web import build_app

    app = build_app(qa)
    choice = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "delete-choice")
    assert choice.preprocess("uploaded_elsewhere_2024.txt") == "uploaded_elsewhere_2024.txt"


def test_warming_loads_what_the_first_question_would_wait_for(qa, settings) -> None:
    from conftest import EXAMPLES
    from parkqa import ParkQA

    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    fresh = ParkQA(settings=settings)
    try:
        assert not fresh.embeddings.loaded and not fresh._facts_cache
        fresh.warm()
        assert fresh.embeddings.loaded
        assert set(fresh._facts_cache) == {"qinghu_hitech_zone_2023.md"}
        assert "retriever" in fresh.__dict__ and "engine" in fresh.__dict__
    finally:
        fresh.close()


def test_report_preview_is_escaped_and_bounded() -> None:
    from parkqa.webview import PREVIEW_CHARS, report_preview_html

    text = EVIL + "。" * PREVIEW_CHARS
    rendered = report_preview_html(_FakeQA(text), "evil.txt")
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert f"({len(text) - PREVIEW_CHARS} more characters)" in rendered
    assert report_preview_html(_FakeQA(text), None) == ""


def test_a_chat_bubble_links_its_markers_and_speaks_the_page_language() -> None:
    text = "前言。\n\n全年签约项目46个，其中10亿元以上项目6个。"
    quote = "全年签约项目46个，其中10亿元以上项目6个。"
    start = text.index(quote)
    value_start = text.index("6个。")
    answer = Answer(
        "q",
        "6个（其中10亿元以上项目6个）[1]",
        "6个",
        True,
        [Citation("a.txt", "T", quote, start, start + len(quote), value_start, value_start + 2)],
    )
    zh = chat_message(answer, "zh")
    assert '<a href="#" class="cite-ref cite-1" title="查看出处[1]">[1]</a>' in zh
    assert "复制" in zh and "Copy" not in zh
    # The cited sentence under the answer (shown on a phone), the value's own span in bold.
    assert '以上项目<strong class="value">6个</strong>' in zh
    assert "Copy" in chat_message(answer, "en") and "复制" not in chat_message(answer, "en")
    # A marker beyond the citations is text, not a link to nothing.
    answer.answer = "6个 [2]"
    assert "cite-2" not in chat_message(answer, "zh")


def test_evidence_in_chinese() -> None:
    text = "前言段落。\n\n全年新签约项目42个。"
    answer = _answer(text, "全年新签约项目42个。", "42个")
    rendered = evidence_html(_FakeQA(text), answer, "zh")
    assert "出处对应的问题：q" in rendered and "Evidence" not in rendered
    assert f"第{text.index('全年')}–{len(text)}字" in rendered
    gone = evidence_html(_FakeQA("另一份报告。"), answer, "zh")
    assert "该报告此后已被替换或删除" in gone


def test_upload_refusals_in_both_languages(tmp_path: Path) -> None:
    src = tmp_path / "年报.xls"
    src.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(UploadError) as err:
        accept_upload(src, tmp_path / "reports", tmp_path / "staging", False, 10_000)
    assert err.value.text(
        "zh"
    ) == "年报.xls：旧版Excel 97-2003 .xls工作簿：请另存为.xlsx（或CSV）后重新添加".replace(
        "年报.xls：", "年报.xls: "
    )
    assert str(err.value).startswith("年报.xls: an old Excel 97-2003 .xls workbook")


def test_the_reports_table_in_each_language() -> None:
    from parkqa.webview import reports_table

    row = {
        "title": "青湖高新区2023年度工作总结",
        "park": "青湖高新区",
        "areas": [],
        "year": 2023,
        "months": [1, 9],
        "source": "qinghu.md",
        "format": "md",
        "pages": None,
        "ocr": True,
        "published": "2024-01-15",
        "chunks": 10,
        "indexed_at": "2026-11-26T06:05:00+00:00",
    }
    zh = reports_table([row], "zh", "Asia/Shanghai")
    assert zh["headers"][:3] == ["标题", "园区", "时期"]
    assert zh["data"][0][1:3] == ["青湖高新区", "2023 1-9月"]
    assert zh["data"][0][6:] == ["OCR", "2024年1月15日", 10, "2026年11月26日 14:05"]
    en = reports_table([row], "en", "Asia/Shanghai")
    assert en["data"][0][2] == "2023, Jan–Sep" and en["data"][0][-1] == "26 Nov 2026 14:05"


def test_a_scans_pages_show_on_its_upload_row() -> None:
    from parkqa.web import page_note

    assert page_note("scan.pdf · OCR page 3/20", "zh") == "（第3/20页）"
    assert page_note("scan.pdf · OCR page 3/20", "en") == "(page 3 of 20)"
    assert page_note("report.txt", "en") == ""
