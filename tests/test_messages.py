"""The page's words: every message in every language, the language chosen per request, and
times and dates as people write them."""

from __future__ import annotations

import re

import pytest

from parkqa.messages import (
    EXAMPLES,
    LANGUAGES,
    MESSAGES,
    cookie_value,
    gradio_i18n_tables,
    language,
    local_date,
    local_time,
    t,
)


def test_every_message_exists_in_every_language_with_the_same_fields() -> None:
    for key, texts in MESSAGES.items():
        assert set(texts) == set(LANGUAGES), key
        fields = {lang: set(re.findall(r"\{(\w+)", text)) for lang, text in texts.items()}
        assert len(set(map(frozenset, fields.values()))) == 1, (key, fields)
    assert set(EXAMPLES) == set(LANGUAGES)


def test_chinese_messages_are_chinese() -> None:
    """A Chinese page must not fall back to English words (a mixed-language page)."""
    for key, texts in MESSAGES.items():
        plain = re.sub(
            r"\{[^}]*\}|`[^`]*`|\b[A-Z_]{4,}\b|parkqa|OCR|PDF|DOCX?|XLSX|CSV|WPS|OFD|MB|Word|Excel"
            r"|HTML|UTF|Big5|zip|rapidocr-onnxruntime|\.\w+",
            "",
            texts["zh"],
        )
        assert not re.search(r"[A-Za-z]{3,}", plain), (key, texts["zh"])


@pytest.mark.parametrize(
    ("cookie", "accept", "lang"),
    [
        (None, "zh-CN,zh;q=0.9,en;q=0.8", "zh"),
        (None, "en-US,en;q=0.9,zh-CN;q=0.8", "en"),
        (None, "fr-FR,fr;q=0.9,zh-TW;q=0.8", "zh"),  # the best language we speak
        (None, "en;q=0.5,zh;q=0.7", "zh"),  # by q-value, not by order
        (None, "de", "en"),
        (None, None, "en"),
        ("en", "zh-CN", "en"),  # the visitor's own choice wins
        ("xx", "zh-CN", "zh"),  # a cookie we do not know is ignored
    ],
)
def test_the_page_language(cookie: str | None, accept: str | None, lang: str) -> None:
    assert language(cookie, accept) == lang


def test_cookie_value() -> None:
    header = "a=1; parkqa_lang=zh; parkqa_tz=Asia%2FShanghai"
    assert cookie_value(header, "parkqa_lang") == "zh"
    assert cookie_value(header, "parkqa_tz") == "Asia%2FShanghai"
    assert cookie_value(None, "parkqa_lang") is None


def test_times_in_the_visitors_zone_and_language() -> None:
    iso = "2026-11-26T06:05:00+00:00"
    assert local_time(iso, "zh", "Asia/Shanghai") == "2026年11月26日 14:05"
    assert local_time(iso, "en", "Asia/Shanghai") == "26 Nov 2026 14:05"
    assert local_time(iso, "zh", None) == "2026年11月26日 06:05 UTC"  # says when it cannot
    assert local_time(iso, "en", "Not/AZone") == "26 Nov 2026 06:05 UTC"
    assert local_date("2024-01-15", "zh") == "2024年1月15日"
    assert local_date("2024-01-15", "en") == "15 Jan 2024"
    assert local_time(None, "zh") == local_date("", "en") == ""


def test_messages_fill_their_fields() -> None:
    assert (
        t("delete.confirm", "zh", title="青湖年报", source="a.md")
        == "确定删除《青湖年报》（a.md）？"
    )
    assert t("delete.confirm", "en", title="T", source="a.md") == "Delete “T” (a.md)?"


def test_gradio_gets_the_same_texts_for_every_locale_of_a_language() -> None:
    tables = gradio_i18n_tables()
    assert tables["zh-CN"]["ask"] == tables["zh-TW"]["ask"] == "提问"
    assert tables["en"]["ask"] == "Ask"


def test_a_file_that_cannot_be_read_says_why_in_both_languages(tmp_path) -> None:
    """The reason travels as a message key (also across the reader's process), so the page
    says it in its own language; ``str()`` stays English for the CLI and logs."""
    from parkqa.config import Settings
    from parkqa.ingest.dispatch import LoadError, load
    from parkqa.ingest.worker import LimitedLoader

    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf at all")
    with pytest.raises(LoadError) as err:
        load(bad, 10_000)
    assert str(err.value) == "not a readable PDF file (no PDF header)"
    assert err.value.text("zh") == "无法读取的PDF文件（没有PDF文件头）"
    loader = LimitedLoader(Settings(store=tmp_path / "s").file_seconds)
    try:
        with pytest.raises(LoadError) as err:
            loader.load(bad, 10_000)
    finally:
        loader.close()
    assert err.value.text("zh") == "无法读取的PDF文件（没有PDF文件头）"
