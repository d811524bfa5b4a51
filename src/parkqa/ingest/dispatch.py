"""Load one report file into plain text: the first step of the pipeline.

Each format is turned into the same light markup that :mod:`parkqa.ingest.cleaning` understands:
blocks separated by blank lines, headings as ``# heading``, table rows as ``cell | cell``, and
:data:`~parkqa.ingest.cleaning.PAGE_BREAK` between pages. ``LoadedReport.wrapped`` says whether
line breaks inside a block may be layout artefacts (plain text, Markdown, PDF, OCR) that cleaning
must rejoin, or real block ends (HTML, DOCX, spreadsheets).

This module only finds files and dispatches each to its format's reader (:mod:`~parkqa.ingest.text`,
:mod:`~parkqa.ingest.webpage`, :mod:`~parkqa.ingest.word`, :mod:`~parkqa.ingest.pdf`,
:mod:`~parkqa.ingest.sheets`, :mod:`~parkqa.ingest.ocr`); the readers share
:mod:`parkqa.ingest.core` and never import this module.

Every way a file can be bad raises :class:`LoadError` with a one-line reason, so the indexer can
report it and go on with the other files.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from parkqa.ingest import chrome
from parkqa.ingest.cleaning import PAGE_BREAK
from parkqa.ingest.core import LoadError, Progress, RawText
from parkqa.messages import t

__all__ = [
    "FORMATS",
    "REFUSED",
    "LoadError",
    "LoadedReport",
    "Progress",
    "discover",
    "is_supported",
    "load",
]

#: Extensions parkqa reads, mapped to the format name shown to users.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
    ".pdf": "pdf",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".csv": "csv",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}

#: Formats offices still send that parkqa does not read, with what to convert them to: they are
#: refused with this reason, never skipped without a word.
REFUSED: dict[str, str] = {
    ext: t(f"refused{ext}", "en") for ext in (".doc", ".wps", ".xls", ".et", ".rtf", ".ofd")
}


@dataclass(frozen=True)
class LoadedReport:
    """The raw text of one report file, before cleaning."""

    path: Path
    format: str
    text: str
    title: str | None
    wrapped: bool
    sha256: str
    paged: bool = False
    ocr_pages: list[int] = field(default_factory=list)
    published: str | None = None
    publisher: str | None = None
    #: See :attr:`RawText.labels`.
    labels: tuple[str, ...] = ()
    #: The page's own lines that were dropped around the report (breadcrumbs, navigation, info
    #: bars): a park named only there (the site's name) is still the report's last resort.
    chrome: tuple[str, ...] = ()

    @property
    def ocr(self) -> bool:
        """Some of the text was read by OCR (a scan): shown next to citations from it."""
        return bool(self.ocr_pages)


def is_supported(path: Path) -> bool:
    """Is this a report file: one parkqa reads, or a known office format it refuses clearly."""
    suffix = path.suffix.lower()
    return suffix in FORMATS or suffix in REFUSED


def discover(paths: Iterable[Path]) -> tuple[list[tuple[Path, str]], list[Path]]:
    """Expand files and folders into ``(file, source_id)`` pairs plus the skipped files.

    The source id is the path relative to the folder that was given, or the bare file name when a
    file was given directly: it is how a report is named in the index and in citations. Hidden
    files and folders (``.git``, editor swap files) are ignored, not counted as skipped. Entries
    that cannot be followed (a symlink loop, a dangling link) are returned as found, so that
    loading them fails with a reason the user sees, instead of vanishing.
    """
    found: dict[str, Path] = {}
    skipped: list[Path] = []
    for given in paths:
        given = Path(given)
        if given.is_dir():
            for file in sorted(given.rglob("*")):
                rel = file.relative_to(given)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if not file.is_file():
                    if file.is_symlink() and not file.exists():  # loop or dangling link
                        found[rel.as_posix()] = file
                    continue
                if is_supported(file):
                    found[rel.as_posix()] = file
                else:
                    skipped.append(file)
        elif given.is_file():
            if is_supported(given):
                found[given.name] = given
            else:
                skipped.append(given)
        elif given.is_symlink():
            found[given.name] = given
        else:
            raise FileNotFoundError(f"no such file or folder: {given}")
    return [(file, source) for source, file in found.items()], skipped


def load(
    path: Path, max_bytes: int = 50 * 1024 * 1024, progress: Progress | None = None
) -> LoadedReport:
    """Read ``path`` by its extension; raise :class:`LoadError` with the reason if it is bad."""
    path = Path(path)
    if path.suffix.lower() in REFUSED:
        raise LoadError(f"refused{path.suffix.lower()}")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise LoadError("load.type", suffix=path.suffix or "(none)")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError("load.unreadable", reason=str(exc.strerror or exc)) from exc
    if size > max_bytes:
        raise LoadError("load.too_big", size=size / 1048576, limit=max_bytes / 1048576)
    if size == 0:
        raise LoadError("load.empty")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError("load.unreadable", reason=str(exc.strerror or exc)) from exc
    reader = _readers()[fmt]
    try:
        raw = reader(path, data, progress or _quiet)
    except LoadError:
        raise
    except Exception as exc:  # a parser's own exception: damaged or mislabelled file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise LoadError("load.bad_format", fmt=fmt.upper(), reason=reason) from exc
    if not raw.text.replace(PAGE_BREAK, "").strip():
        raise LoadError("load.no_text")
    text, published, publisher = raw.text, raw.published, raw.publisher
    around: tuple[str, ...] = ()
    if fmt in _SAVED_PAGES:
        stripped = chrome.strip(text)
        if stripped.text.replace(PAGE_BREAK, "").strip():
            text = stripped.text
            published = published or stripped.published
            publisher = publisher or stripped.publisher
            around = tuple(line.strip() for line in stripped.lines if len(line.strip()) <= 60)
    return LoadedReport(
        path=path,
        format=fmt,
        text=text,
        title=(raw.title or "").strip() or None,
        wrapped=raw.wrapped,
        sha256=hashlib.sha256(data).hexdigest(),
        paged=raw.paged,
        ocr_pages=raw.ocr_pages,
        published=published,
        publisher=publisher,
        labels=raw.labels,
        chrome=around,
    )


#: Formats a web page reaches parkqa in after a browser saved, printed or copied it, with its
#: chrome around the article (the HTML reader drops chrome itself, inside the article too).
_SAVED_PAGES = frozenset({"txt", "md", "docx", "pdf"})


def _quiet(message: str) -> None:
    """The progress callback when nobody listens."""


#: A format's reader: the file's path, its bytes, a progress callback → its markup text.
Reader = Callable[[Path, bytes, Progress], RawText]


def _readers() -> dict[str, Reader]:
    """Format name → reader. The formats with their own module are imported here, when a file
    is read, so that importing parkqa loads none of them (OCR loads onnxruntime and OpenCV)."""
    from parkqa.ingest import ocr, pdf, sheets, text, webpage, word

    return {
        "txt": text.read_txt,
        "md": text.read_md,
        "html": webpage.read_html,
        "docx": word.read_docx,
        "pdf": pdf.read_pdf,
        "xlsx": sheets.read_xlsx,
        "csv": sheets.read_csv,
        "image": ocr.read_image,
    }
