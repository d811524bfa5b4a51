"""Lexical retrieval: BM25 (``bm25s``) over jieba tokens, with an English→Chinese glossary.

Why: dense e5 similarity alone ranks the right paragraph below others for many questions (an
English question ties the right Chinese paragraph with wrong ones; "哪些道路" needs the literal
word 道路). BM25 over jieba tokens catches literal terms, figures and dates; the glossary lets an
English question's terms (project, signed, Oct) reach the Chinese text.
"""

from __future__ import annotations

import functools
import logging
import re
from importlib import resources

STOPWORDS = frozenset(
    [
        "的",
        "了",
        "是",
        "在",
        "和",
        "与",
        "及",
        "或",
        "等",
        "为",
        "对",
        "从",
        "把",
        "被",
        "有",
        "这",
        "那",
        "其",
        "之",
        "也",
        "都",
        "而",
        "并",
        "吗",
        "呢",
        "吧",
        "啊",
        "多少",
        "哪些",
        "哪个",
        "哪天",
        "什么",
        "啥",
        "几",
        "那个",
        "这个",
        "叫",
        "怎么",
        "如何",
        "是否",
        "请问",
        "一下",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "what",
        "which",
        "how",
        "many",
        "much",
        "did",
        "do",
        "does",
        "when",
        "where",
        "who",
        "whom",
        "whose",
        "with",
        "from",
        "that",
        "this",
        "these",
        "those",
        "and",
        "or",
        "it",
        "its",
        "as",
    ]
)
#: Chinese wh-words with the measure word or rank verb they bring ("哪几家", "排第几", "第几批"):
#: what a question asks, not what it is about; blanked before segmenting a question, so that
#: "考评中排第几" yields no token 中排 and "哪几家" no 哪 and 几家.
WH_ZH = re.compile(
    r"中?(?:排|列|位列|位居|居|名列)?第几(?:位|名|批|个|次|届|季度)?"
    r"|哪(?:一)?(?:几)?(?:家|个|些|位|天|年|月|里|儿|批|项)?"
    r"|谁|什么|啥|何时"
)

# A number with its unit or date part becomes one more token, so "10月" and "10月31日" match whole.
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:月\d+日|[年月日个家项件名户亿万元%])")


@functools.cache
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def pos_words(text: str) -> list[tuple[str, str]]:
    """``text`` cut into words with jieba's part-of-speech tags (组建/v 信息技术/n)."""
    import jieba.posseg

    _jieba()  # configures jieba's logging once
    return [(w.word, w.flag) for w in jieba.posseg.cut(text) if w.word.strip()]


@functools.cache
def glossary() -> dict[str, tuple[str, ...]]:
    """English term → Chinese terms, from the package's ``data/glossary.tsv``."""
    table: dict[str, tuple[str, ...]] = {}
    text = resources.files("parkqa").joinpath("data/glossary.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, chinese = line.partition("\t")
        table[english.strip().lower()] = tuple(t for t in chinese.strip().split("|") if t)
    return table


def translate_terms(text: str) -> list[str]:
    """Chinese terms for the English words and phrases of ``text`` (longest phrase first)."""
    return [term for _, group in translate_groups(text) for term in group]


def translate_groups(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """``(english phrase, its Chinese alternatives)`` for each glossary phrase in ``text``."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z&-]*", text)]
    table = glossary()
    longest = max((len(k.split()) for k in table), default=1)
    found: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            terms = table.get(phrase) or (
                table.get(phrase[:-1]) if n == 1 and phrase.endswith("s") else None
            )
            if terms:
                found.append((phrase, terms))
                i += n
                break
        else:
            i += 1
    return found


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens plus whole figures, lower-cased, without stopwords/punctuation."""
    tokens = [t.strip().lower() for t in _jieba().lcut_for_search(text)]
    tokens += _FIGURE.findall(text)
    return [t for t in tokens if t and t not in STOPWORDS and any(ch.isalnum() for ch in t)]


def query_tokens(question: str) -> list[str]:
    """Tokens of a question, with Chinese equivalents of its English terms added."""
    extra = translate_terms(question)
    return tokenize(question + (" " + " ".join(extra) if extra else ""))
