"""Seed ``src/parkqa/data/indicators.json`` from the indicator reference (one-off, kept for
provenance).

The reference (``../shared/docs/indicator-terms.md`` §2: 261 indicators with aliases, colloquial
forms, official English, unit kinds, parents) was the starting point of the ontology; entries
added or edited since carry their own ``source``. Running this again would overwrite those
edits, so it refuses unless ``--force`` is given.

    python scripts/seed_ontology.py ../shared/docs/indicator-terms.md [--force]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/parkqa/data/indicators.json"
SOURCE = "indicator-terms.md §2 (NBS/MOFCOM/MOST English)"


def _items(cell: str) -> list[str]:
    cell = cell.strip()
    if cell in ("—", ""):
        return []
    return [x.strip() for x in cell.split(";") if x.strip()]


def _plain(term: str) -> list[str]:
    """A term without its notes; "gross regional product (GRP)" → the name and "GRP"."""
    out = []
    inner = re.findall(r"\(([^)]*)\)", term)
    base = re.sub(r"\s*\([^)]*\)", "", term).replace("†", "").strip()
    if base:
        out.append(base)
    for i in inner:
        if re.fullmatch(r"[A-Z&]{2,6}", i.strip()):
            out.append(i.strip())
    return out


def _slug(english: str, taken: set[str]) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", english.lower()).split()
    stop = {"of", "the", "and", "in", "for", "by", "a", "an", "with", "from", "to", "on"}
    kept = [w for w in words if w not in stop]
    slug = kept[0]
    for w in kept[1:]:  # whole words, at most 40 characters
        if len(slug) + 1 + len(w) > 40:
            break
        slug += "-" + w
    base, n = slug, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def main() -> int:
    src = Path(sys.argv[1])
    if OUT.exists() and "--force" not in sys.argv:
        print(f"{OUT} exists (edited since it was seeded): --force overwrites it")
        return 1
    rows = [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in src.read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and not line.startswith("| family") and "---" not in line
    ]
    rows = [r for r in rows if len(r) == 8]
    taken: set[str] = set()
    by_name: dict[str, str] = {}
    entries = []
    for family, name, aliases, colloquial, english, kind, units, parent in (r[:8] for r in rows):
        names = list(dict.fromkeys(t for e in _items(english) for t in _plain(e)))
        ident = _slug(names[0], taken)
        by_name[name] = ident
        parent_items = _items(parent)
        derived = parent.startswith("derived:")
        entries.append(
            {
                "id": ident,
                "name": name,
                "family": family,
                "aliases": [a for x in _items(aliases) for a in _plain(x) if a != name],
                "colloquial": _items(colloquial),
                "english": names,
                "unit_kind": kind,
                "units": [re.sub(r"\s*\(.*", "", u) for u in _items(units)],
                "parent": None if derived or not parent_items else parent_items[0],
                "derived_from": (
                    [x.strip() for x in parent.removeprefix("derived:").split(";")]
                    if derived
                    else []
                ),
                "source": SOURCE,
            }
        )
    for e in entries:
        e["parent"] = by_name.get(e["parent"]) if e["parent"] else None
        e["derived_from"] = [by_name[x] for x in e["derived_from"] if x in by_name]
    OUT.write_text(
        "[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n",
        encoding="utf-8",
    )
    print(f"{len(entries)} indicators → {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
