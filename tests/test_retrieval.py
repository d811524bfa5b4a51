"""Retrieval over the real report and the samples: the right sentence is among the top chunks."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from parkqa import ParkQA

CASES = [
    ("10月31日签约了多少个项目？", "dantu_hitech_park_2023.txt", "9个项目集中签约"),
    ("how many projects were signed on 31 Oct?", "dantu_hitech_park_2023.txt", "9个项目集中签约"),
    ("丹徒高新园申报高新技术企业通过了多少家？", "dantu_hitech_park_2023.txt", "通过27家"),
    ("2024年力争完成多少家科技型中小企业认定？", "dantu_hitech_park_2023.txt", "75家以上"),
    ("丹徒高新园新建哪些道路？", "dantu_hitech_park_2023.txt", "丹泉路、龙山路东延"),
    ("滨江开发区前三季度新签约项目多少个？", "binjiang_edz_2024q3.html", "新签约项目53个"),
    ("松山产业园二期开工项目总投资多少？", "songshan_industrial_park_2023.docx", "21.6亿元"),
    ("西塬产业园上半年签约了多少个项目？", "xiyuan_smart_manufacturing_park_2024h1.pdf", "85个"),
    ("南湖生物医药产业园研发投入多少？", "nanhu_biomedical_park_2023.txt", "27.4亿元"),
    ("青湖高新区发明专利授权多少件？", "qinghu_hitech_zone_2023.md", "1320件"),
]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, model_cache, shared) -> ParkQA:
    from parkqa import Settings

    qa = ParkQA(settings=Settings(store=tmp_path_factory.mktemp("ret"), cache_dir=model_cache))
    result = qa.index([EXAMPLES, shared / "reports"])
    assert result.added == 6
    return qa


@pytest.mark.parametrize(("question", "source", "needle"), CASES)
def test_right_sentence_in_top_chunks(
    indexed: ParkQA, question: str, source: str, needle: str
) -> None:
    passages = indexed.retrieve(question, k=5)
    assert any(p.source == source and needle in p.text for p in passages), [
        (p.source, p.text[:40]) for p in passages
    ]


def test_passages_point_into_the_cleaned_report(indexed: ParkQA) -> None:
    for passage in indexed.ask("全年新签约亿元以上项目多少个？").passages:
        assert indexed.report_text(passage.source)[passage.start : passage.end] == passage.text
        assert passage.title


def test_empty_store_and_empty_question(qa: ParkQA) -> None:
    answer = qa.ask("how many projects were signed?")
    assert not answer.found and answer.passages == []
    assert "No reports" in answer.answer
    assert "还没有索引任何报告" in qa.ask("签约了多少个项目？").answer
    with pytest.raises(ValueError):
        qa.ask("   ")


@pytest.mark.parametrize(("question", "source", "needle"), CASES[:6])
def test_exact_search_of_named_reports_equals_chromas_filtered_search(
    indexed: ParkQA, question: str, source: str, needle: str
) -> None:
    """A question that names reports ranks their chunks by reading their vectors; the ranking
    is the one Chroma's own filtered search gives (both are exact over so few chunks)."""
    from parkqa.consistency import chunk_ids
    from parkqa.retrieval import exact_dense

    sources = [source, "binjiang_edz_2024q3.html"]
    ids = chunk_ids(indexed._records, sources)
    assert sorted(ids) == sorted(indexed._records.list_keys(group_ids=sources))
    mine = exact_dense(indexed.vector_store, question, ids, 10)
    chroma = indexed.vector_store.similarity_search_with_score(
        question, k=10, filter={"source": {"$in": sources}}
    )
    assert [d.page_content for d, _ in mine] == [d.page_content for d, _ in chroma]
    for (_, similarity), (_, distance) in zip(mine, chroma, strict=True):
        assert similarity == pytest.approx(1 - distance, abs=1e-5)
    assert {d.metadata["source"] for d, _ in mine} <= set(sources)
    assert exact_dense(indexed.vector_store, question, [], 10) == []


def test_a_small_store_is_searched_exactly_whatever_the_question_names(indexed: ParkQA) -> None:
    """A store of at most EXACT_STORE_LIMIT chunks ranks every chunk by its vector (Chroma's
    HNSW graph is built by several threads: its approximate order changed with the machine's
    load, and with it the ranker trained on it); ties go by chunk id, the same every run."""
    import numpy as np

    from parkqa.retrieval import EXACT_STORE_LIMIT

    collection = indexed.vector_store._collection
    assert collection.count() <= EXACT_STORE_LIMIT
    question = "how many projects were signed on 31 Oct?"
    got = collection.get(include=["embeddings"])
    vectors = np.asarray(got["embeddings"], dtype=np.float32)
    query = np.asarray(indexed.embeddings.embed_query(question), dtype=np.float32)
    cosine = vectors @ query / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(query))
    best = [got["ids"][i] for i in np.argsort(-cosine, kind="stable")[:5]]
    passages = indexed.retrieve(question, k=30)
    dense = sorted((p for p in passages if p.dense is not None), key=lambda p: -(p.dense or 0))
    expected = dict(zip(got["ids"], cosine.tolist(), strict=True))
    assert [round(p.dense or 0, 5) for p in dense[:5]] == [round(expected[i], 5) for i in best]
