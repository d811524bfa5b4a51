"""Plain text and Markdown reports: decoded (encoding detected, never guessed from the
extension) into the shared markup; their line breaks may be layout, so they are ``wrapped``."""

from __future__ import annotations

import re
from pathlib import Path

from parkqa.ingest.chrome import printed_pages, without_running_lines
from parkqa.ingest.cleaning import PAGE_BREAK, RULE
from parkqa.ingest.core import Progress, RawText, decode_text, first_line, table_row
from parkqa.ingest.text_tables import aligned_tables, bar_cells, bar_tables


def read_txt(path: Path, data: bytes, progress: Progress) -> RawText:
    # (a form feed or a page number alone ends a printed page: its running header and footer
    # go with it)
    text = "\n".join(without_running_lines(printed_pages(decode_text(data))))
    return RawText(aligned_tables(bar_tables(text)), first_line(text), wrapped=True)


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPH = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")


def read_md(path: Path, data: bytes, progress: Progress) -> RawText:
    """Markdown to the shared markup: keep headings and table rows, drop emphasis and link URLs."""
    out: list[str] = []
    title = None
    for line in decode_text(data).replace(PAGE_BREAK, "\n").splitlines():
        if RULE.match(line):
            continue
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPH.sub(r"\2", line)
        stripped = line.strip()
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", stripped)
        if heading:
            out += ["", "# " + heading.group(2), ""]
            title = title or heading.group(2)
        elif stripped[:1] + stripped[-1:] == "||" and (cells := bar_cells(stripped)) is not None:
            out.append(table_row(cells))
        else:
            out.append(re.sub(r"^\s*(?:[-*+]|>)\s+", "", line))
    text = "\n".join(out)
    return RawText(text, title or first_line(text), wrapped=True)
