"""The ONNX embedding backends: exported offline from the local model, the same vectors as
sentence-transformers within int8 rounding, and a store that knows which backend made it."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import EXAMPLES

TEXTS = [
    "园区全年新签约项目46个，协议总投资285亿元。",
    "How many projects were signed on 31 Oct?",
    "高新区",
    "2023年10月31日，丹徒高新园9个项目集中签约，投资总额33.77亿元。" * 4,
]


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_onnx_vectors_match_torch_in_order(settings, backend: str) -> None:
    from parkqa.embedding import LazyEmbeddings
    from parkqa.onnx_backend import onnx_path

    settings = settings.with_(backend="torch")
    torch_vectors = np.array(LazyEmbeddings(settings).embed_documents(TEXTS))
    onnx = LazyEmbeddings(settings.with_(backend=backend))
    vectors = np.array(onnx.embed_documents(TEXTS))  # exported on first use
    cosine = (vectors * torch_vectors).sum(axis=1)
    floor = 0.9999 if backend == "onnx" else 0.99
    assert cosine.min() > floor, cosine
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    query = np.array(onnx.embed_query(TEXTS[1]))
    same = np.array(LazyEmbeddings(settings).embed_query(TEXTS[1]))
    assert float(query @ same) > floor
    assert float(query @ vectors[1]) < 0.999  # the query prompt differs from the passage one
    from parkqa.embedding import model_path

    assert onnx_path(model_path(settings), backend).is_file()


def test_a_store_remembers_its_backend_and_reembeds(settings) -> None:
    from parkqa import ParkQA
    from parkqa.api import BackendMismatch

    settings = settings.with_(backend="torch")
    qa = ParkQA(settings=settings)
    try:
        qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
        before = qa.ask("青湖高新区全年新签约项目多少个？")
        assert qa.catalog.backend() == "torch"
    finally:
        qa.close()
    other = ParkQA(settings=settings.with_(backend="onnx-int8"))
    try:
        with pytest.raises(BackendMismatch) as err:
            other.ask("青湖高新区全年新签约项目多少个？")
        assert "made by the torch embedding backend, not onnx-int8" in str(err.value)
        assert "parkqa reembed" in str(err.value) and "--backend onnx-int8" in str(err.value)
        with pytest.raises(BackendMismatch):
            other.index([EXAMPLES / "nanhu_biomedical_park_2023.txt"])
        chunks = other.reembed()
        assert chunks == other.vector_store._collection.count() > 0
        assert other.catalog.backend() == "onnx-int8"
        after = other.ask("青湖高新区全年新签约项目多少个？")
        assert (after.value, after.citations[0].start) == (before.value, before.citations[0].start)
        assert other.check().ok
        # An interrupted re-embedding says so, and how to finish it.
        other.catalog.set_backend("reembedding:onnx")
        with pytest.raises(BackendMismatch, match="interrupted: run `parkqa reembed"):
            other.ask("青湖高新区全年新签约项目多少个？")
    finally:
        other.close()


def test_an_unknown_backend_is_refused(settings) -> None:
    with pytest.raises(ValueError, match="backend must be one of torch, onnx, onnx-int8"):
        settings.with_(backend="tensorrt")
