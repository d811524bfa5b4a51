"""Scans as report text: offline OCR of PDF pages without a text layer and of image reports.

Many official reports reach users as scans of stamped documents. Pages are rasterised with
pypdfium2 and read by RapidOCR, whose Chinese PP-OCR models ship inside the
``rapidocr-onnxruntime`` wheel: nothing is downloaded. OCR returns boxes of text; this module puts
them back into lines and paragraphs (a first-line indent or a wider gap starts a paragraph, boxes
far apart on one line are table cells) so that cleaning and the answer engine read a scan like
any hard-wrapped PDF. Every page read here is recorded (``RawText.ocr_pages``), and citations from
those pages say that the text came from OCR.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from statistics import median
from typing import Any

from parkqa.ingest.cleaning import joiner
from parkqa.ingest.core import LoadError, Progress, RawText, paged_text

#: Rasterisation resolution for PDF pages: enough for 10.5 pt Chinese body text.
DPI = 200
#: Boxes OCR is less sure of than this are dropped (stamps, smudges, background patterns).
MIN_SCORE = 0.5
#: Images larger than this (pixels, either side) are scaled down before OCR.
MAX_SIDE = 4000


@dataclass(frozen=True)
class Box:
    """One text box found by OCR, in image pixels."""

    text: str
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@cache
def _engine() -> Any:
    """The OCR engine, loaded once per process on first use (its models are in the wheel)."""
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError as exc:  # pragma: no cover - a dependency of parkqa
        raise LoadError("load.no_ocr") from exc
    return RapidOCR()


Quad = list[tuple[float, float]]


def recognise(image: Any) -> list[Box]:
    """Text boxes of a PIL image, in the coordinates of the upright, straightened page.

    A page scanned sideways (most boxes taller than wide) is turned a quarter and read again. A
    page upside down (RapidOCR's line classifier says 180° for most of its longest lines) keeps
    its text, which the classifier already turned, and gets its boxes turned. A skewed page gets
    its boxes rotated by the median slope of the lines' top edges. Then lines read top to bottom
    and a line's left end says where it starts, however the sheet lay on the scanner.
    """
    image = _page_image(image)
    if image is None:
        return []
    found = _read(image)
    if sum(_height(q) > 1.5 * _width(q) for _, q in found) > len(found) / 2:
        image = image.rotate(90, expand=True)
        found = _read(image)
    if _upside_down(image, [q for _, q in found]):
        width, height = image.size
        found = [(text, [(width - x, height - y) for x, y in q[2:] + q[:2]]) for text, q in found]
    slopes = [math.atan2(q[1][1] - q[0][1], q[1][0] - q[0][0]) for _, q in found]
    skew = median(slopes) if slopes else 0.0
    cos, sin = math.cos(-skew), math.sin(-skew)
    boxes = []
    for text, quad in found:
        points = [(x * cos - y * sin, x * sin + y * cos) for x, y in quad]
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        boxes.append(Box(text, min(xs), min(ys), max(xs), max(ys)))
    return boxes


#: An image thinner than this (pixels) holds no readable line; OCR on such slivers took a
#: minute or ran out of memory (the detector scales the short side up).
MIN_SIDE = 12
#: Wider (or taller) than this ratio, an image is set on a white page first, for the same reason.
MAX_ASPECT = 4


def _page_image(image: Any) -> Any:
    """The image as an RGB page OCR can read safely: 16-bit greys scaled to 8 bits (not
    clipped to white), transparency on white, at most :data:`MAX_SIDE` on its long side, and a
    sliver set on a white page; ``None`` for an image too thin to hold text."""
    from PIL import Image

    if image.mode in ("I;16", "I;16B", "I;16L", "I"):
        import numpy as np

        grey = np.asarray(image, dtype=np.uint32)
        peak = max(int(grey.max()), 1)
        image = Image.fromarray((grey * 255 // peak).astype("uint8"), "L")
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        page = Image.new("RGBA", image.size, "white")
        page.alpha_composite(image)
        image = page
    image = image.convert("RGB")
    if min(image.size) < MIN_SIDE:
        return None
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    width, height = image.size
    if max(width, height) > MAX_ASPECT * min(width, height):
        side = max(width, height) // MAX_ASPECT
        page = Image.new("RGB", (max(width, side), max(height, side)), "white")
        page.paste(image, (0, 0))
        image = page
    return image


def _read(image: Any) -> list[tuple[str, Quad]]:
    """RapidOCR's lines: text and quadrilateral (top-left, top-right, bottom-right,
    bottom-left), the doubtful ones dropped."""
    import numpy as np

    result, _ = _engine()(np.asarray(image))
    return [
        (str(text).strip(), [(float(p[0]), float(p[1])) for p in quad])
        for quad, text, score in result or []
        if float(score) >= MIN_SCORE and str(text).strip()
    ]


def _width(quad: Quad) -> float:
    return max(x for x, _ in quad) - min(x for x, _ in quad)


def _height(quad: Quad) -> float:
    return max(y for _, y in quad) - min(y for _, y in quad)


#: How many of a page's longest lines the orientation check classifies.
_ORIENTATION_SAMPLE = 5


def _upside_down(image: Any, quads: list[Quad]) -> bool:
    """Do most of the page's longest lines read upside down? RapidOCR's text-direction
    classifier looks at the start of each (a few characters from the quad's left edge, where a
    skewed line's top and bottom are known: a whole skewed line's box also holds parts of its
    neighbours), a few milliseconds each; only confident verdicts count."""
    import numpy as np

    longest = sorted(quads, key=_width, reverse=True)[:_ORIENTATION_SAMPLE]
    flipped = 0
    for quad in longest:
        (left_top, _, _, left_bottom) = quad
        size = max(left_bottom[1] - left_top[1], 1.0)
        left = min(left_top[0], left_bottom[0])
        box = (
            int(left),
            int(min(left_top[1], left_bottom[1]) - 0.15 * size),
            int(left + min(6 * size, _width(quad))) + 1,
            int(max(left_top[1], left_bottom[1]) + 0.15 * size) + 1,
        )
        labels, _ = _engine()(
            np.asarray(image.crop(box)), use_det=False, use_cls=True, use_rec=False
        )
        if labels and str(labels[0][0]) == "180" and float(labels[0][1]) >= _CONFIDENT:
            flipped += 1
    return flipped > len(longest) / 2


#: The direction classifier's score above which its verdict on a line counts.
_CONFIDENT = 0.9


def page_text(boxes: Sequence[Box]) -> str:
    """The boxes of one page as lines, with a blank line between paragraphs.

    Boxes whose middles lie within half a line height of each other are one line, read left to
    right; a gap wider than two characters between them separates table cells (`` | ``). A new
    paragraph starts after a vertical gap wider than a line, or at a line indented by about two
    characters from the page's left margin (Chinese paragraphs start indented).
    """
    if not boxes:
        return ""
    size = median(b.height for b in boxes)
    lines = list(_lines(sorted(boxes, key=lambda b: b.middle), size))
    margin = min(line[0].left for line in lines)
    out: list[str] = []
    previous: list[Box] | None = None
    for line in lines:
        if previous is not None:
            gap = min(b.top for b in line) - max(b.bottom for b in previous)
            if gap > size or line[0].left - margin > 1.5 * size:
                out.append("")
        out.append(_line_text(line, size))
        previous = line
    return "\n".join(out)


def _lines(boxes: list[Box], size: float) -> Iterator[list[Box]]:
    line: list[Box] = []
    for box in boxes:
        if line and abs(box.middle - median(b.middle for b in line)) > size / 2:
            yield sorted(line, key=lambda b: b.left)
            line = []
        line.append(box)
    if line:
        yield sorted(line, key=lambda b: b.left)


def _line_text(line: list[Box], size: float) -> str:
    text = line[0].text
    for before, box in pairwise(line):
        if box.left - before.right > 2 * size:
            text += " | " + box.text
        else:
            text += joiner(text, box.text) + box.text
    return text


def read_image(path: Path, data: bytes, progress: Progress) -> RawText:
    """An image report (PNG, JPEG, or a multi-page TIFF: one page per frame)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        count = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError) as exc:
        raise LoadError("load.bad_image") from exc
    pages = []
    try:  # one frame in memory at a time: a 100-page fax TIFF is small only when compressed
        for number, frame in enumerate(ImageSequence.Iterator(image), 1):
            progress(f"OCR page {number}/{count}")
            pages.append(page_text(recognise(frame)))
    except OSError as exc:
        raise LoadError("load.bad_image_after", page=len(pages)) from exc
    numbers = list(range(1, len(pages) + 1))
    if len(pages) == 1:
        return RawText(pages[0], None, wrapped=True, ocr_pages=numbers)
    return RawText(paged_text(pages), None, wrapped=True, paged=True, ocr_pages=numbers)


def read_pdf_pages(data: bytes, numbers: Sequence[int], progress: Progress) -> list[str]:
    """OCR text of the given PDF pages (1-based), rasterised at :data:`DPI`."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for done, number in enumerate(numbers, 1):
            progress(f"OCR page {done}/{len(numbers)}")
            page = document[number - 1]
            try:
                # DPI, unless the page is so large that the bitmap would exceed MAX_SIDE
                scale = min(DPI / 72, MAX_SIDE / max(max(page.get_size()), 1.0))
                image = page.render(scale=scale).to_pil()
            finally:
                page.close()
            texts.append(page_text(recognise(image)))
        return texts
    finally:
        document.close()
