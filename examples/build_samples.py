"""Build the bundled sample reports in ``examples/reports/`` from ``examples/sources/``.

The samples are our own invented text. Run ``python examples/build_samples.py`` after editing a
source; the built files are committed so ``make run`` needs no build step.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from docgen import wrap_fixed, write_docx, write_pdf  # noqa: E402

OUT = HERE / "reports"
SRC = HERE / "sources"


def build_docx() -> None:
    blocks: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    lines = (SRC / "songshan_industrial_park_2023.txt").read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("TABLE "):
            rows.append([c.strip() for c in line[6:].split("|")])
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        if line.startswith("# "):
            blocks.append(("heading", line[2:]))
        elif line.strip():
            blocks.append(("para", line))
    if rows:
        blocks.append(("table", rows))
    write_docx(OUT / "songshan_industrial_park_2023.docx", blocks, title="松山产业园2023年工作报告")


def build_pdf() -> None:
    text = (SRC / "xiyuan_smart_manufacturing_park_2024h1.txt").read_text(encoding="utf-8")
    write_pdf(
        OUT / "xiyuan_smart_manufacturing_park_2024h1.pdf",
        wrap_fixed(text, 30),
        lines_per_page=14,
        title="西塬智能制造产业园2024年上半年运行情况",
    )


def build_gb18030() -> None:
    text = (SRC / "nanhu_biomedical_park_2023.txt").read_text(encoding="utf-8")
    (OUT / "nanhu_biomedical_park_2023.txt").write_bytes(text.encode("gb18030"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    build_gb18030()
    print("built", sorted(p.name for p in OUT.iterdir()))
