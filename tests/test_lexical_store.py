"""The on-disk, incremental BM25 index: deltas score as bm25s does, deletions vanish, a new
process loads the saved index instead of tokenizing, big changes rebuild it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from langchain_core.documents import Document

from parkqa import lexical_store
from parkqa.lexical import query_tokens, tokenize
from parkqa.lexical_store import Base, LexicalStore, Snapshot

SENTENCES = [
    "全年新签约项目{n}个，协议总投资{n}.5亿元。",
    "新认定高新技术企业{n}家，发明专利授权{n}件。",
    "{n}月18日，园区举行重大项目集中签约仪式，签约项目{n}个。",
    "规模以上工业总产值增长{n}.2%，固定资产投资完成{n}亿元。",
    "新建标准厂房{n}万平方米，引进高层次人才{n}名。",
]


def corpus(n: int, prefix: str = "c") -> dict[str, Document]:
    return {
        f"{prefix}{i}": Document(
            page_content=SENTENCES[i % len(SENTENCES)].format(n=i + 3),
            metadata={"source": f"r{i // 5}.txt", "start": 0, "end": 10},
        )
        for i in range(n)
    }


class Chunks:
    """The store's chunks as the lexical store sees them (ids and fetch), counting fetches."""

    def __init__(self, docs: dict[str, Document]) -> None:
        self.docs = dict(docs)
        self.version = 0
        self.fetched = 0

    def ids(self) -> list[str]:
        return list(self.docs)

    def fetch(self, ids: list[str]) -> list[tuple[str, Document]]:
        self.fetched += len(ids)
        return [(i, self.docs[i]) for i in ids if i in self.docs]

    def change(self, add: dict[str, Document] | None = None, drop: list[str] = ()) -> None:
        self.docs.update(add or {})
        for chunk_id in drop:
            del self.docs[chunk_id]
        self.version += 1


def open_store(folder: Path, chunks: Chunks) -> LexicalStore:
    return LexicalStore(folder, "test", chunks.ids, chunks.fetch, lambda: str(chunks.version))


def test_a_delta_chunk_scores_exactly_as_bm25s_scores_the_same_text_in_the_base() -> None:
    docs = corpus(40)
    base = Base.build(
        [(i, d.metadata["source"], tokenize(d.page_content)) for i, d in docs.items()]
    )
    copy = ("r1.txt", tokenize(docs["c7"].page_content))
    snapshot = Snapshot(base, set(), {"copy": copy})
    tokens = query_tokens("签约项目10个是哪一天？")
    hits = dict(snapshot.search(tokens, 50))
    assert hits["copy"] == pytest.approx(hits["c7"], rel=1e-5)
    assert hits["c7"] > 0


def test_a_saved_base_scores_every_chunk_exactly_as_bm25s_does(tmp_path: Path) -> None:
    """The base is searched from its saved arrays, without bm25s: the scores are bm25s's own,
    to the bit, for every chunk (repeated query tokens and unknown ones included)."""
    import bm25s

    docs = corpus(120)
    rows = [(i, d.metadata["source"], tokenize(d.page_content)) for i, d in docs.items()]
    loaded = Base.load(Base.build(rows).save(tmp_path))
    reference = bm25s.BM25(k1=lexical_store.K1, b=lexical_store.B)
    reference.index([tokens for _, _, tokens in rows], show_progress=False)
    for question in ("发明专利授权多少件？", "签约签约项目10个", "独角兽"):
        tokens = query_tokens(question)
        known = [t for t in tokens if t in reference.vocab_dict]
        expected = reference.get_scores(known) if known else np.zeros(len(rows))
        assert np.array_equal(loaded.scores(tokens), expected.astype(np.float32)), question


def test_a_base_saved_in_another_format_is_rebuilt(tmp_path: Path) -> None:
    chunks = Chunks(corpus(60))
    expected = open_store(tmp_path, chunks).search("高新技术企业多少家", 10)
    (saved,) = list(tmp_path.glob("*/base-*"))
    meta = json.loads((saved / "base.json").read_text(encoding="utf-8"))
    del meta["format"]  # as the bases bm25s saved itself were
    (saved / "base.json").write_text(json.dumps(meta), encoding="utf-8")
    assert open_store(tmp_path, chunks).search("高新技术企业多少家", 10) == expected
    newest = sorted(tmp_path.glob("*/base-*"))[-1]
    assert newest != saved and len(Base.load(newest).ids) == 60  # rebuilt, saved, readable
    with pytest.raises(ValueError):
        Base.load(saved)


def test_deleted_chunks_are_never_returned_and_added_ones_are(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(lexical_store, "SMALL_STORE", 0)  # take the delta path at any size
    chunks = Chunks(corpus(200))
    store = open_store(tmp_path, chunks)
    assert store.search("发明专利授权多少件", 5)
    chunks.change(
        add={"new": Document(page_content="园区新增独角兽企业2家。", metadata={"source": "n"})},
        drop=["c1", "c6"],
    )
    snapshot = store.get()
    assert snapshot.changes == 3 and snapshot.size == 199  # the delta path, not a rebuild
    found = [doc.page_content for doc, _ in store.search("独角兽企业", 3)]
    assert found[0] == "园区新增独角兽企业2家。"
    returned = [doc.page_content for doc, _ in store.search("发明专利授权", 500)]
    gone = {corpus(7)[chunk_id].page_content for chunk_id in ("c1", "c6")}
    assert len(returned) == 38 and not gone & set(returned)  # 40 chunks say it, 2 deleted


def test_a_new_process_loads_the_saved_index_instead_of_tokenizing(tmp_path: Path) -> None:
    chunks = Chunks(corpus(60))
    first = open_store(tmp_path, chunks)
    expected = first.search("高新技术企业多少家", 10)
    assert chunks.fetched == 60
    second = open_store(tmp_path, chunks)
    assert second.search("高新技术企业多少家", 10) == expected
    assert chunks.fetched == 60  # nothing read from the store again


def test_big_changes_rebuild_the_base_and_scores_match_a_fresh_index(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(lexical_store, "SMALL_STORE", 0)
    chunks = Chunks(corpus(100))
    store = open_store(tmp_path, chunks)
    store.get()
    chunks.change(add=corpus(30, prefix="x"))  # 30% of the base: rebuilt
    assert store.get().changes == 0 and store.get().size == 130
    fresh = open_store(tmp_path / "fresh", Chunks(chunks.docs))
    question = "固定资产投资完成多少亿元"
    assert [s for _, s in store.search(question, 20)] == pytest.approx(
        [s for _, s in fresh.search(question, 20)]
    )


def test_a_search_can_be_kept_to_some_reports(tmp_path: Path, monkeypatch) -> None:
    """However many other reports say the same words, a question naming its report gets that
    report's chunks (base and delta alike)."""
    monkeypatch.setattr(lexical_store, "SMALL_STORE", 0)
    chunks = Chunks(corpus(500))
    store = open_store(tmp_path, chunks)
    question = "发明专利授权多少件"
    assert {d.metadata["source"] for d, _ in store.search(question, 3)} != {"r42.txt"}
    found = store.search(question, 3, sources=["r42.txt"])
    assert [d.page_content for d, _ in found] == ["新认定高新技术企业214家，发明专利授权214件。"]
    chunks.change(
        add={"n": Document(page_content="发明专利授权9件。", metadata={"source": "r42.txt"})}
    )
    assert store.get().changes == 1
    found = store.search(question, 5, sources={"r42.txt", "none.txt"})
    assert {d.metadata["source"] for d, _ in found} == {"r42.txt"} and len(found) == 2


def test_an_empty_store_finds_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path, Chunks({}))
    assert store.search("新签约项目多少个", 5) == []


def test_a_base_another_process_saved_is_loaded_not_built_again(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(lexical_store, "SMALL_STORE", 0)
    chunks = Chunks(corpus(100))
    server = open_store(tmp_path, chunks)
    server.get()
    indexer = open_store(tmp_path, chunks)  # e.g. `parkqa index` beside a server
    chunks.change(add=corpus(30, prefix="x"))
    indexer.get()  # 30% changed: rebuilt and saved
    built = []
    build = Base.build
    monkeypatch.setattr(Base, "build", lambda rows: built.append(rows) or build(rows))
    snapshot = server.get()
    assert (snapshot.size, snapshot.changes, built) == (130, 0, [])
