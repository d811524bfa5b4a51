"""Chroma: embedded by default, a real `chroma run` server when PARKQA_CHROMA_URL is set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from servers import free_port, running

from conftest import EXAMPLES
from parkqa import ParkQA
from parkqa.store import StoreError, chroma_client, collection_name


@pytest.fixture
def chroma_server(tmp_path: Path):
    """A real Chroma server (the CLI shipped in the chromadb wheel) on a free loopback port."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    command = [
        str(chroma),
        "run",
        "--path",
        str(tmp_path / "server-data"),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    env = {"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"}
    with running(command, port, tmp_path / "chroma.log", env, timeout=60):
        yield f"http://127.0.0.1:{port}"


def test_http_mode_indexes_and_retrieves_through_the_server(settings, chroma_server: str) -> None:
    qa = ParkQA(settings=settings.with_(chroma_url=chroma_server))
    result = qa.index([EXAMPLES])
    assert result.added == 5 and not result.failed
    # The vectors live on the server, not in the local store folder.
    assert not (Path(settings.store) / "chroma").exists()
    import chromadb

    port = int(chroma_server.rsplit(":", 1)[1])
    direct = chromadb.HttpClient(host="127.0.0.1", port=port)
    collection = direct.get_collection(collection_name(settings.model))
    assert collection.count() == sum(r.chunks for r in qa.reports())
    passages = qa.retrieve("前三季度新签约项目多少个？")
    assert any("新签约项目53个" in p.text for p in passages)
    # Incremental on the server too.
    assert qa.index([EXAMPLES]).unchanged == 5
    assert qa.remove("binjiang_edz_2024q3.html") > 0
    assert collection.count() == sum(r.chunks for r in qa.reports())


def test_unreachable_server_is_a_clear_error(settings) -> None:
    port = free_port()
    with pytest.raises(StoreError, match="cannot reach the Chroma server"):
        chroma_client(settings.with_(chroma_url=f"http://127.0.0.1:{port}"))


def test_chroma_never_embeds_by_itself(qa: ParkQA) -> None:
    """The collection has no embedding function: text queries without our vectors must fail."""
    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    from parkqa.store import ChromaMustNotEmbed

    collection = qa.vector_store._collection
    with pytest.raises(ChromaMustNotEmbed):
        collection.query(query_texts=["签约项目"], n_results=1)
    with pytest.raises(ChromaMustNotEmbed):
        collection.add(ids=["x"], documents=["签约项目"])
    assert qa.embeddings.loaded  # our model did the embedding


def test_persistent_store_survives_a_new_instance(settings) -> None:
    first = ParkQA(settings=settings)
    first.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    del first
    second = ParkQA(settings=settings)
    assert [r.source for r in second.reports()] == ["qinghu_hitech_zone_2023.md"]
    assert any("46个" in p.text for p in second.retrieve("全年新签约项目多少个"))
