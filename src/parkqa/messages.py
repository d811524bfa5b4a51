"""Every word the web app shows, in every language it speaks: the one registry.

Why one place: a label translated in one view and forgotten in another makes a mixed-language
page, and a second copy of a string drifts. Adding a language means adding one column here
(and its examples); nothing else in the app names a language. The answers themselves are
worded by :mod:`parkqa.compose` in the language of the question, not of the page.

The page language is chosen per request (:func:`language`): the visitor's own choice (the
``parkqa_lang`` cookie, set by the 中文/English switch) else the first supported language of
the browser's ``Accept-Language``, else English. Gradio's own widgets (upload box, table search)
follow the same choice through Gradio's i18n, fed from this registry by :func:`gradio_i18n`.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The languages of the page, the first being the default for a browser that asks for none.
LANGUAGES = ("en", "zh")
DEFAULT = "en"
#: How each language names itself on the switch.
NATIVE = {"zh": "中文", "en": "English"}
#: The Gradio locales each language stands for (Gradio's built-in widgets follow them).
GRADIO_LOCALES = {"en": ("en",), "zh": ("zh-CN", "zh-TW", "zh-HK", "zh")}
#: The cookies the page sets: the chosen language and the browser's time zone.
LANG_COOKIE = "parkqa_lang"
TZ_COOKIE = "parkqa_tz"

#: key → language → text; ``{name}`` fields are filled by :func:`t` (values are escaped by the
#: caller when they go into HTML).
MESSAGES: dict[str, dict[str, str]] = {
    # page and chat
    "title": {
        "en": "## parkqa — answers from industrial-park reports, with their evidence",
        "zh": "## parkqa — 园区报告问答：每个答案都附出处",
    },
    "language": {"en": "Language", "zh": "语言"},
    "tab.chat": {"en": "Chat", "zh": "问答"},
    "tab.reports": {"en": "Reports", "zh": "报告"},
    "chat.label": {"en": "Chat", "zh": "对话"},
    "question.label": {"en": "Question", "zh": "问题"},
    "question.placeholder": {
        "en": "e.g. how many projects were signed on 31 Oct?",
        "zh": "例如：10月31日签约了多少个项目？",
    },
    "ask": {"en": "Ask", "zh": "提问"},
    "new_conversation": {"en": "New conversation", "zh": "新对话"},
    "examples": {"en": "Examples", "zh": "示例"},
    "evidence.heading": {"en": "### Evidence", "zh": "### 出处"},
    "evidence.empty": {
        "en": "Ask a question; the evidence for the selected answer shows here.",
        "zh": "提个问题；所选答案的出处显示在这里。",
    },
    "evidence.for": {"en": "Evidence for: {question}", "zh": "出处对应的问题：{question}"},
    "evidence.gone": {
        "en": "(as quoted when answered: the report has since been replaced or removed)",
        "zh": "（回答时的原文：该报告此后已被替换或删除）",
    },
    "evidence.gone_view": {
        "en": "{source}: replaced or removed since this answer",
        "zh": "{source}：回答之后已被替换或删除",
    },
    "evidence.ocr": {
        "en": "read by OCR from a scan: check the figure in the original",
        "zh": "由扫描件OCR识别：请对照原件核实数字",
    },
    "evidence.chars": {"en": "characters {start}–{end}", "zh": "第{start}–{end}字"},
    "evidence.closest": {"en": "Closest passages", "zh": "最接近的段落"},
    "related.title": {
        "en": "Related figures — not the answer: read each in its sentence",
        "zh": "相关数字——不是答案，请在原句中核对",
    },
    "whole_report": {"en": "Whole report, at the cited place", "zh": "全文，定位到引用处"},
    "original": {"en": "Open the original file", "zh": "打开原文件"},
    "original.page": {"en": "Open the original file at p. {page}", "zh": "打开原文件第{page}页"},
    "cite.show": {"en": "Show evidence [{n}]", "zh": "查看出处[{n}]"},
    "cite.closest": {"en": "Show the closest passages", "zh": "查看最接近的段落"},
    "copy": {"en": "Copy", "zh": "复制"},
    "copy.label": {"en": "Copy this answer as text", "zh": "以文本复制此回答"},
    "copied": {"en": "Copied", "zh": "已复制"},
    "answer.aria": {"en": "Answer: {text}", "zh": "回答：{text}"},
    "pending": {"en": "Looking it up…", "zh": "正在查找…"},
    "could_not_answer": {"en": "Could not answer: {error}", "zh": "无法回答：{error}"},
    "loading": {
        "en": "Loading the model and the index… questions asked now are answered as soon as it "
        "is ready.",
        "zh": "正在加载模型和索引……现在提的问题会在就绪后立即回答。",
    },
    "ready": {"en": "Ready.", "zh": "已就绪。"},
    "empty_store": {
        "en": "No reports are indexed yet: add some in the Reports tab, then ask.",
        "zh": "还没有索引任何报告：请先在“报告”标签页上传报告，再来提问。",
    },
    "repair": {
        "en": "⚠ The store needs a repair; answers may miss these reports until then:",
        "zh": "⚠ 索引需要修复；修复前，回答可能遗漏以下报告：",
    },
    "repair.more": {"en": "… and {n} more", "zh": "……另有{n}项"},
    "repair.how": {
        "en": "“Re-index” in the Reports tab repairs it.",
        "zh": "在“报告”标签页点“重新索引”即可修复。",
    },
    "question.too_long": {
        "en": "The question is too long ({n} characters, at most {limit}): ask for one figure "
        "at a time.",
        "zh": "问题太长（{n}个字符，最多{limit}个）：请一次只问一个数字。",
    },
    # reports tab
    "table.title": {"en": "title", "zh": "标题"},
    "table.park": {"en": "park", "zh": "园区"},
    "table.period": {"en": "period", "zh": "时期"},
    "table.file": {"en": "file", "zh": "文件"},
    "table.format": {"en": "format", "zh": "格式"},
    "table.pages": {"en": "pages", "zh": "页数"},
    "table.scan": {"en": "scan", "zh": "扫描件"},
    "table.published": {"en": "published", "zh": "发布日期"},
    "table.chunks": {"en": "chunks", "zh": "分块"},
    "table.indexed_at": {"en": "indexed at", "zh": "索引时间"},
    "upload.label": {"en": "Upload reports", "zh": "上传报告"},
    "upload.replace": {
        "en": "Replace reports with the same name",
        "zh": "替换同名报告",
    },
    "upload.button": {"en": "Index uploaded files", "zh": "索引上传的文件"},
    "upload.none": {"en": "No files chosen.", "zh": "没有选择文件。"},
    "upload.waiting": {"en": "waiting", "zh": "等待中"},
    "upload.reading": {"en": "reading…", "zh": "正在读取……"},
    "upload.page": {"en": "(page {n} of {total})", "zh": "（第{n}/{total}页）"},
    "upload.indexed": {"en": "✓ indexed", "zh": "✓ 已索引"},
    "upload.failed": {"en": "✗ {error}", "zh": "✗ {error}"},
    "upload.file": {"en": "file", "zh": "文件"},
    "upload.result": {"en": "result", "zh": "结果"},
    "upload.empty_name": {"en": "empty file name", "zh": "文件名为空"},
    "upload.refused": {"en": "{reason}", "zh": "{reason}"},
    "upload.type": {
        "en": "file type not allowed (allowed: {allowed})",
        "zh": "不支持的文件类型（支持：{allowed}）",
    },
    "upload.size": {
        "en": "{size:.1f} MB is over the {limit} MB limit",
        "zh": "{size:.1f} MB，超过{limit} MB的上限",
    },
    "upload.duplicate": {
        "en": "identical to the indexed report {twin} (same bytes)",
        "zh": "与已索引的报告 {twin} 完全相同（字节一致）",
    },
    "upload.exists": {
        "en": "a report with this name exists; tick “replace” to overwrite it",
        "zh": "已有同名报告；如要覆盖，请勾选“替换同名报告”",
    },
    "report.choice": {"en": "Report", "zh": "报告"},
    # correcting a report's details (Reports tab)
    "details.heading": {
        "en": "Details of the chosen report (correct what was read wrong)",
        "zh": "所选报告的信息（识别有误可在此更正）",
    },
    "details.park": {"en": "Park", "zh": "园区"},
    "details.title": {"en": "Title", "zh": "标题"},
    "details.year": {"en": "Year", "zh": "年份"},
    "details.period": {
        "en": "Period (1-9月, 前三季度, 全年)",
        "zh": "时期（如 1-9月、前三季度、全年）",
    },
    "details.save": {"en": "Save details", "zh": "保存信息"},
    "details.choose": {"en": "Choose a report first.", "zh": "请先选择报告。"},
    "details.saved": {
        "en": "✓ Details of {source} saved: questions use them now.",
        "zh": "✓ 已保存 {source} 的信息，提问即按新信息查找。",
    },
    "details.unchanged": {"en": "Nothing changed.", "zh": "信息没有改动。"},
    "details.bad": {"en": "✗ Not saved: {error}", "zh": "✗ 未保存：{error}"},
    "delete.button": {"en": "Delete report…", "zh": "删除报告……"},
    "delete.yes": {"en": "Yes, delete it", "zh": "确定删除"},
    "delete.cancel": {"en": "Cancel", "zh": "取消"},
    "delete.choose": {"en": "Choose a report to delete.", "zh": "请先选择要删除的报告。"},
    "delete.confirm": {
        "en": "Delete “{title}” ({source})?",
        "zh": "确定删除《{title}》（{source}）？",
    },
    "delete.cancelled": {"en": "Nothing deleted.", "zh": "未删除任何报告。"},
    "delete.not_indexed": {"en": "✗ {source} is not indexed.", "zh": "✗ {source} 没有被索引。"},
    "delete.done": {"en": "✓ {source} deleted.", "zh": "✓ 已删除 {source}。"},
    "delete.kept": {
        "en": "Its file is kept in {folder}/ (move it back to undo).",
        "zh": "原文件保存在 {folder}/ 中（移回原处即可恢复）。",
    },
    "delete.not_moved": {
        "en": "Its file could not be moved aside: {error}",
        "zh": "原文件未能移出：{error}",
    },
    "reindex.button": {"en": "Re-index the reports folder", "zh": "重新索引报告文件夹"},
    "reindex.result": {
        "en": "added {added}, updated {updated}, unchanged {unchanged}, removed {removed}, "
        "skipped {skipped}, failed {failed}",
        "zh": "新增{added}，更新{updated}，未变{unchanged}，移除{removed}，跳过{skipped}，"
        "失败{failed}",
    },
    "preview": {
        "en": "Preview of the chosen report (its cleaned text)",
        "zh": "所选报告预览（清洗后的文本）",
    },
    "preview.head": {"en": "{source} · {n} characters", "zh": "{source} · {n}个字符"},
    "preview.more": {"en": "… ({n} more characters)", "zh": "……（另有{n}个字符）"},
    "not_indexed": {"en": "{source} is not indexed.", "zh": "{source} 没有被索引。"},
    "ocr_flag": {"en": "OCR", "zh": "OCR"},
    # why a file could not be read or indexed (parkqa.ingest.dispatch.LoadError, indexing.Failure)
    "load.type": {"en": "unsupported file type {suffix}", "zh": "不支持的文件类型 {suffix}"},
    "load.unreadable": {"en": "cannot read file: {reason}", "zh": "无法读取文件：{reason}"},
    "load.too_big": {
        "en": "file is {size:.1f} MB, over the {limit:.0f} MB limit",
        "zh": "文件大小{size:.1f} MB，超过{limit:.0f} MB的上限",
    },
    "load.empty": {"en": "empty file", "zh": "空文件"},
    "load.bad_format": {
        "en": "not a readable {fmt} file ({reason})",
        "zh": "无法读取的{fmt}文件（{reason}）",
    },
    "load.no_text": {"en": "no text found in the file", "zh": "文件中没有找到文字"},
    "load.encoding": {
        "en": "unreadable text encoding (not UTF-8, GB18030, Big5 or any known one)",
        "zh": "无法识别的文本编码（不是UTF-8、GB18030、Big5或其他已知编码）",
    },
    "load.binary": {"en": "not a text file (binary content)", "zh": "不是文本文件（二进制内容）"},
    "load.not_zip": {
        "en": "not a readable {fmt} file (damaged or truncated: not a zip archive)",
        "zh": "无法读取的{fmt}文件（已损坏或不完整：不是zip压缩包）",
    },
    "load.no_pdf_header": {
        "en": "not a readable PDF file (no PDF header)",
        "zh": "无法读取的PDF文件（没有PDF文件头）",
    },
    "load.pdf_password": {"en": "the PDF is password-protected", "zh": "该PDF有密码保护"},
    "load.pdf_no_text": {
        "en": "the PDF has no text layer, and OCR found no text on its pages",
        "zh": "该PDF没有文字层，OCR也没有在页面上识别出文字",
    },
    "load.no_ocr": {
        "en": "OCR is not installed (rapidocr-onnxruntime)",
        "zh": "未安装OCR（rapidocr-onnxruntime）",
    },
    "load.bad_image": {
        "en": "not a readable image (damaged, or not an image)",
        "zh": "无法读取的图片（已损坏，或不是图片）",
    },
    "load.bad_image_after": {
        "en": "not a readable image (damaged after page {page})",
        "zh": "无法读取的图片（第{page}页之后已损坏）",
    },
    "load.timeout": {
        "en": "reading the file took longer than {seconds:g} s without progress "
        "(PARKQA_FILE_SECONDS)",
        "zh": "读取文件超过{seconds:g}秒没有进展（PARKQA_FILE_SECONDS）",
    },
    "load.crashed": {"en": "the file crashed its reader", "zh": "该文件导致读取程序崩溃"},
    "load.out_of_turn": {
        "en": "the file's reader answered out of turn",
        "zh": "文件读取程序应答错乱",
    },
    "load.worker": {
        "en": "cannot read the file ({kind}: {error})",
        "zh": "无法读取文件（{kind}：{error}）",
    },
    "load.html_depth": {
        "en": "HTML elements nested more than {depth} levels deep",
        "zh": "HTML元素嵌套超过{depth}层",
    },
    "load.too_many_chunks": {
        "en": "the text cuts into {n} chunks, over the limit of {limit} per report "
        "(PARKQA_MAX_CHUNKS)",
        "zh": "文本切分为{n}块，超过每份报告{limit}块的上限（PARKQA_MAX_CHUNKS）",
    },
    "index.unreadable": {"en": "cannot read the file: {reason}", "zh": "无法读取文件：{reason}"},
    "index.gone": {
        "en": "{source} is missing chunks and its file is gone: index it again from where it "
        "is now, or `parkqa remove {source}`",
        "zh": "{source} 缺少分块且原文件已不在：请从文件现在的位置重新索引，"
        "或执行 `parkqa remove {source}`",
    },
    "index.embedding": {"en": "embedding failed: {error}", "zh": "向量化失败：{error}"},
    "index.failed": {"en": "indexing failed: {error}", "zh": "索引失败：{error}"},
    "index.write": {"en": "writing the report failed: {error}", "zh": "写入报告失败：{error}"},
    # what a store check found (parkqa.consistency.CheckResult.problems)
    "check.interrupted": {
        "en": "removal of {source} was interrupted",
        "zh": "{source} 的删除被中断",
    },
    "check.orphans": {
        "en": "{n} chunks of {source}, which is not an indexed report",
        "zh": "{source} 的{n}个分块，但它不是已索引的报告",
    },
    "check.stale": {
        "en": "{n} chunks of {source} hold text of an older version",
        "zh": "{source} 的{n}个分块是旧版本的文本",
    },
    "check.orphan_records": {
        "en": "{n} record-manager keys have no chunk",
        "zh": "{n}条索引记录没有对应的分块",
    },
    "check.unrecorded": {
        "en": "{n} chunks of {source} have no record-manager key",
        "zh": "{source} 的{n}个分块没有索引记录",
    },
    "check.duplicates": {
        "en": "{n} duplicate chunks of {source}",
        "zh": "{source} 有{n}个重复分块",
    },
    "check.incomplete": {
        "en": "{source} has {good} of its {want} chunks in the vector store",
        "zh": "{source} 的{want}个分块中只有{good}个在向量库里",
    },
    # formats refused with the format to convert to (parkqa.ingest.dispatch.REFUSED)
    "refused.doc": {
        "en": "an old Word 97-2003 .doc file: save it as .docx (or PDF) and add it again",
        "zh": "旧版Word 97-2003 .doc文件：请另存为.docx（或PDF）后重新添加",
    },
    "refused.wps": {
        "en": "a WPS Writer .wps file: save it as .docx (or PDF) and add it again",
        "zh": "WPS文字.wps文件：请另存为.docx（或PDF）后重新添加",
    },
    "refused.xls": {
        "en": "an old Excel 97-2003 .xls workbook: save it as .xlsx (or CSV) and add it again",
        "zh": "旧版Excel 97-2003 .xls工作簿：请另存为.xlsx（或CSV）后重新添加",
    },
    "refused.et": {
        "en": "a WPS Spreadsheets .et file: save it as .xlsx (or CSV) and add it again",
        "zh": "WPS表格.et文件：请另存为.xlsx（或CSV）后重新添加",
    },
    "refused.rtf": {
        "en": "an .rtf file: save it as .docx (or PDF) and add it again",
        "zh": ".rtf文件：请另存为.docx（或PDF）后重新添加",
    },
    "refused.ofd": {
        "en": "an OFD document: export it as PDF and add it again",
        "zh": "OFD文档：请导出为PDF后重新添加",
    },
}

#: Example questions per page language (each shown only when the reports answer it).
EXAMPLES: dict[str, list[str]] = {
    "zh": [
        "10月31日签约了多少个项目？",
        "青湖高新区全年新签约项目多少个？",
        "滨江开发区前三季度新签约项目多少个？",
        "南湖产业园研发投入多少？",
    ],
    "en": [
        "How many projects were signed on 31 Oct?",
        "How many new projects did Qinghu sign in the year?",
        "What was the R&D investment of Nanhu?",
    ],
}


def t(key: str, lang: str, **fields: Any) -> str:
    """The message ``key`` in ``lang`` (English when that language lacks it)."""
    texts = MESSAGES[key]
    text = texts.get(lang) or texts[DEFAULT]
    return text.format(**fields) if fields else text


def language(cookie: str | None = None, accept_language: str | None = None) -> str:
    """The page language: the visitor's choice (``cookie``), else the best supported language
    of ``Accept-Language`` (by its q-values, ``zh-CN`` counting as ``zh``), else English."""
    if cookie in LANGUAGES:
        return cookie
    ranked: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        m = re.search(r"q=([0-9.]+)", params)
        if m:
            try:
                q = float(m.group(1))
            except ValueError:
                q = 0.0
        base = tag.strip().lower().split("-")[0]
        if base in LANGUAGES and q > 0:
            ranked.append((-q, n, base))
    return min(ranked)[2] if ranked else DEFAULT


def cookie_value(cookie_header: str | None, name: str) -> str | None:
    """One cookie of a ``Cookie:`` header (no parsing library needed for two flat values)."""
    for part in (cookie_header or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


def local_time(iso: str | None, lang: str, tz: str | None = None) -> str:
    """A stored ISO time as people read it, in their time zone: ``2026年11月26日 14:05`` /
    ``26 Nov 2026 14:05`` (UTC when the zone is unknown, and then it says so)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    zone_name = ""
    zone: tzinfo | None
    try:
        zone = ZoneInfo(tz) if tz else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    if zone is None:
        zone, zone_name = UTC, " UTC"
    moment = moment.astimezone(zone)
    if lang == "zh":
        return f"{moment.year}年{moment.month}月{moment.day}日 {moment:%H:%M}{zone_name}"
    return f"{moment.day} {moment:%b %Y %H:%M}{zone_name}"


def local_date(iso_date: str | None, lang: str) -> str:
    """A calendar date (``2024-01-15``) as people write it: ``2024年1月15日`` / ``15 Jan 2024``."""
    if not iso_date:
        return ""
    try:
        day = datetime.strptime(iso_date[:10], "%Y-%m-%d")
    except ValueError:
        return iso_date
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day:%b %Y}"


def gradio_i18n_tables() -> dict[str, dict[str, str]]:
    """The registry as Gradio's i18n wants it: locale → key → text (every Gradio locale of a
    language gets that language's texts)."""
    tables: dict[str, dict[str, str]] = {}
    for lang in LANGUAGES:
        texts = {key: t(key, lang) for key in MESSAGES}
        for locale in GRADIO_LOCALES[lang]:
            tables[locale] = texts
    return tables
