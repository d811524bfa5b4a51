"""Files that arrive through the web page: checked, staged, and moved aside when deleted.

A file uploaded from a browser is untrusted: its name may try to leave the reports folder, its
type may be one we cannot read, it may be huge or a copy of a report already indexed. Each of
those is refused here with a reason in the page's language (:class:`UploadError`), before any
report is touched; a good file is staged and only moves into the reports folder once it indexed
cleanly.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from collections.abc import Container, Mapping
from pathlib import Path
from typing import Any

from parkqa.indexing import file_sha256
from parkqa.ingest.dispatch import FORMATS, REFUSED
from parkqa.messages import t

#: Where a deleted report's file is moved, inside the reports folder (hidden: never indexed).
DELETED_DIR = ".deleted"


class UploadError(ValueError):
    """An uploaded file is refused; :meth:`text` says why in a page language (``str()`` is
    English, for logs and the API)."""

    def __init__(self, name: str, key: str, **fields: Any) -> None:
        self.name, self.key, self.fields = name, key, fields
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        reason = t(self.key, lang, **self.fields)
        return f"{self.name}: {reason}" if self.name else reason


def safe_name(name: str) -> str:
    """A file name that cannot leave the reports folder: no separators, no dots in front,
    no control characters; CJK and other letters are kept."""
    name = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    name = re.sub(r"[\x00-\x1f\x7f/:*?\"<>|]", "_", name).strip().lstrip(".")
    if not name or name in (".", ".."):
        raise UploadError("", "upload.empty_name")
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
    suffix = Path(name).suffix.lower()
    if suffix in REFUSED:
        raise UploadError(name, f"refused{suffix}")
    if suffix not in FORMATS:
        raise UploadError(name, "upload.type", allowed=", ".join(sorted(FORMATS)))
    size = src.stat().st_size
    if size > max_bytes:
        raise UploadError(name, "upload.size", size=size / 1048576, limit=max_bytes // 1048576)
    if known_bytes:
        twin = known_bytes.get(file_sha256(src))
        if twin is not None:
            raise UploadError(name, "upload.duplicate", twin=twin)
    if ((reports_dir / name).exists() or name in indexed) and not replace:
        raise UploadError(name, "upload.exists")
    staging.mkdir(parents=True, exist_ok=True)
    staged = staging / name
    shutil.copyfile(src, staged)
    return staged


def free_name(path: Path) -> Path:
    """``path``, or ``name (2).ext``, ``name (3).ext``… when it exists (a second deletion of a
    report with the same name must not overwrite the first one's file)."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate


def move_aside(path: Path, reports_dir: Path) -> Path | None:
    """Move a deleted report's file out of the reports folder (else "re-index" would bring it
    back) into ``.deleted/``, not destroyed: a mistaken deletion is undone by moving it back.
    Returns where it went, or ``None`` when the file is not in the reports folder (a report
    indexed from the CLI: its file is the user's, never touched). Raises ``OSError``."""
    if path.parent.resolve() != reports_dir.resolve() or not path.exists():
        return None
    aside = reports_dir / DELETED_DIR
    aside.mkdir(exist_ok=True)
    target = free_name(aside / path.name)
    os.replace(path, target)
    return target


def drop_gradio_copy(path: Path) -> None:
    """Delete Gradio's cached copy of an upload once it is staged or refused (a refused 200 MB
    file must not stay on disk); files outside Gradio's upload folder are never touched."""
    from gradio.utils import get_upload_folder

    try:
        if path.resolve().is_relative_to(Path(get_upload_folder()).resolve()):
            path.unlink(missing_ok=True)
    except OSError:
        pass
