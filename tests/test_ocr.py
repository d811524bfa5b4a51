"""Scans: image reports and PDF pages without a text layer, read by offline OCR.

The scan fixture is a page rendered from our own text (tests/fixtures/scan, made with
``docgen.render_scan``); its text is the expected result, exactly.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from conftest import ROOT
from docgen import write_pdf
from parkqa.ingest.cleaning import clean
from parkqa.ingest.dispatch import LoadError, load
from parkqa.ingest.ocr import Box, page_text

SCAN = ROOT / "tests" / "fixtures" / "scan" / "yunqi_bay_2025q3_scan.png"
SCAN_TEXT = SCAN.with_suffix(".txt").read_text(encoding="utf-8").strip()


def box(text: str, left: float, top: float, width: float | None = None) -> Box:
    return Box(text, left, top, left + (width or 20 * len(text)), top + 20)


def test_boxes_become_lines_cells_and_paragraphs() -> None:
    boxes = [
        box("园区新签约项目37个，协议总投资", 140, 100),  # indented: a paragraph starts
        box("128.6亿元。", 100, 130),
        box("新认定高新技术企业46家。", 140, 160),
        box("指标", 100, 230),  # after a wide gap: a new paragraph, cells far apart
        box("2025年", 400, 231),
        box("企业", 100, 260),
        box("46家", 400, 259),
        box("同比", 160, 290, 40),
        box("增长12%", 203, 291),  # close on one line: one cell
    ]
    assert page_text(list(reversed(boxes))) == (
        "园区新签约项目37个，协议总投资\n128.6亿元。\n\n新认定高新技术企业46家。\n\n"
        "指标 | 2025年\n企业 | 46家\n\n同比增长12%"
    )


def test_no_boxes_no_text() -> None:
    assert page_text([]) == ""


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two pages: one typed (a text layer), one scanned (only an image)."""
    from PIL import Image
    from pypdf import PdfWriter

    folder = tmp_path_factory.mktemp("scan")
    typed = write_pdf(
        folder / "typed.pdf",
        ["云栖湾数字产业园2025年三季度工作报告", "", "园区三季度经济运行总体平稳。"],
        page_numbers=False,
    )
    scan = io.BytesIO()
    Image.open(SCAN).convert("RGB").save(scan, format="PDF", resolution=150)
    writer = PdfWriter()
    writer.append(str(typed))
    writer.append(io.BytesIO(scan.getvalue()))
    path = folder / "yunqi_bay_2025q3.pdf"
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_an_image_report_is_read_exactly() -> None:
    messages: list[str] = []
    loaded = load(SCAN, progress=messages.append)
    assert loaded.format == "image" and loaded.ocr and loaded.ocr_pages == [1]
    assert clean(loaded.text, loaded.wrapped, loaded.paged).text == SCAN_TEXT
    assert messages == ["OCR page 1/1"]


def test_a_pdf_with_a_scanned_page(scanned_pdf: Path) -> None:
    loaded = load(scanned_pdf)
    assert loaded.ocr_pages == [2] and loaded.paged
    cleaned = clean(loaded.text, loaded.wrapped, loaded.paged)
    assert cleaned.text.endswith(SCAN_TEXT)
    assert cleaned.page_at(cleaned.text.index("园区三季度")) == 1
    assert cleaned.page_at(cleaned.text.index("新签约项目37个")) == 2


def test_a_blank_scan_says_so(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "blank.pdf"
    Image.new("RGB", (600, 800), "white").save(path, format="PDF")
    with pytest.raises(LoadError, match="no text layer, and OCR found no text"):
        load(path)


def test_citations_from_a_scan_carry_page_and_ocr(qa, scanned_pdf: Path) -> None:
    qa.index([scanned_pdf])
    [info] = qa.reports()
    assert info.details.ocr_pages == (2,) and len(info.details.pages) == 2
    answer = qa.ask("云栖湾数字产业园新认定高新技术企业多少家？")
    assert answer.value == "46家"
    citation = answer.citations[0]
    assert (citation.page, citation.ocr) == (2, True)
    assert json.loads(json.dumps(answer.to_dict()))["citations"][0]["page"] == 2


@pytest.mark.parametrize("angle", [180, 90, 1.5])
def test_a_page_scanned_upside_down_sideways_or_skewed(tmp_path: Path, angle: float) -> None:
    from PIL import Image, ImageOps

    path = tmp_path / "turned.png"
    page = ImageOps.expand(Image.open(SCAN).convert("L"), border=80, fill=255)  # the sheet's margin
    page.rotate(angle, expand=True, fillcolor=255).save(path)
    loaded = load(path)
    assert clean(loaded.text, loaded.wrapped).text == SCAN_TEXT


def test_slivers_16_bit_greys_and_transparency(tmp_path: Path) -> None:
    import numpy as np
    from PIL import Image

    from parkqa.ingest.ocr import recognise

    # A sliver holds no line: no text, at once (the detector once took minutes on these).
    assert recognise(Image.new("L", (2000, 2), 255)) == []
    grey = np.asarray(Image.open(SCAN).convert("L"))
    wide = Image.fromarray((grey.astype(np.uint32) * 257).astype(np.uint16))  # 16-bit scan
    ink = Image.fromarray(
        np.dstack([grey, grey, grey, np.where(grey > 128, 0, 255)]).astype(np.uint8)
    )
    for image in (wide, ink):  # ink on a transparent background
        path = tmp_path / f"{image.mode}.png"
        image.save(path)
        loaded = load(path)
        assert clean(loaded.text, loaded.wrapped).text == SCAN_TEXT, image.mode
