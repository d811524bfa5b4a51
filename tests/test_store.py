"""Chroma: embedded by default, a real `chroma run` server when PARKQA_CHROMA_URL is set."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from servers import free_port, running

from conftest import EXAMPLES
from parkqa import ParkQA
from parkqa.store import StoreError, chroma_client, store_collection


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
    collection = direct.get_collection(store_collection(qa.settings))
    assert collection.count() == sum(r.chunks for r in qa.reports())
    passages = qa.retrieve("前三季度新签约项目多少个？")
    assert any("新签约项目53个" in p.text for p in passages)
    # Incremental on the server too.
    assert qa.index([EXAMPLES]).unchanged == 5
    assert qa.remove("binjiang_edz_2024q3.html") > 0
    assert collection.count() == sum(r.chunks for r in qa.reports())


def test_stores_sharing_a_server_are_isolated(settings, chroma_server: str, tmp_path) -> None:
    """Removing a report from one store must not touch another store's copy of it."""
    x = ParkQA(settings=settings.with_(chroma_url=chroma_server, store=tmp_path / "x"))
    y = ParkQA(settings=settings.with_(chroma_url=chroma_server, store=tmp_path / "y"))
    x.index([EXAMPLES / "qinghu_hitech_zone_2023.md", EXAMPLES / "nanhu_biomedical_park_2023.txt"])
    y.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    assert x.remove("qinghu_hitech_zone_2023.md") > 0
    assert y.check().ok and x.check().ok
    assert y.ask("青湖高新区发明专利授权多少件？").value == "1320件"
    # y's BM25 and dense search never see x's chunks.
    seen = {p.source for p in y.retrieve("南湖生物医药产业园", k=30)}
    assert seen <= {"qinghu_hitech_zone_2023.md"}


def test_an_emptied_server_is_repaired_by_the_next_index(
    settings, chroma_server: str, tmp_path
) -> None:
    qa = ParkQA(settings=settings.with_(chroma_url=chroma_server))
    folder = tmp_path / "r"
    folder.mkdir()
    for name in ("qinghu_hitech_zone_2023.md", "songshan_industrial_park_2023.docx"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    qa.index([folder])
    port = int(chroma_server.rsplit(":", 1)[1])
    import chromadb

    direct = chromadb.HttpClient(host="127.0.0.1", port=port)
    direct.delete_collection(store_collection(qa.settings))  # someone wiped the server
    again = ParkQA(settings=qa.settings)
    result = again.index([folder])
    assert result.repaired and result.chunks_added == sum(r.chunks for r in again.reports())
    assert again.check().ok
    assert again.ask("松山产业园规模以上工业产值是多少？").value == "298亿元"


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


def test_a_first_question_loads_the_model_beside_its_analysis(settings) -> None:
    """A fresh instance's first ``ask`` loads the model on its own thread (once) and the answer
    waits for it; a second question starts nothing; an empty store's answer loads nothing."""
    empty = ParkQA(settings=settings)
    try:
        assert not empty.ask("全年新签约项目多少个？").found
        assert empty._model_loader is None and not empty.embeddings.loaded
    finally:
        empty.close()
    first = ParkQA(settings=settings)
    first.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    first.close()
    fresh = ParkQA(settings=settings)
    try:
        assert not fresh.embeddings.loaded
        answer = fresh.ask("青湖高新区全年新签约项目多少个？")
        assert answer.value == "46个" and fresh.embeddings.loaded
        loader = fresh._model_loader
        assert loader is not None and loader.name == "parkqa-model-load"
        loader.join(timeout=60)
        assert not loader.is_alive()
        fresh.ask("青湖高新区全年新签约项目多少个？")
        assert fresh._model_loader is loader
    finally:
        fresh.close()


def test_the_record_manager_is_langchains_without_its_package_imports() -> None:
    """``SQLRecordManager``'s module is loaded alone (its package's ``__init__`` costs 0.65 s of
    LLM-chain imports), under its real name: importing the package later reuses it."""
    code = (
        "import sys\n"
        "from parkqa.store import sql_record_manager_module\n"
        "module = sql_record_manager_module()\n"
        "assert 'langchain_classic.indexes' not in sys.modules, 'the package was imported'\n"
        "from langchain_classic.indexes import SQLRecordManager\n"
        "assert SQLRecordManager is module.SQLRecordManager\n"
        "from langchain_core.indexing import RecordManager\n"
        "assert issubclass(SQLRecordManager, RecordManager)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_server_sees_reports_another_process_indexed(settings, chroma_server: str) -> None:
    """Two processes on one store and one Chroma server: the answering one notices the other's
    write by the catalog's version (its BM25 and caches are rebuilt), without a restart."""
    import os
    import subprocess

    qa = ParkQA(settings=settings.with_(chroma_url=chroma_server))
    qa.index([EXAMPLES / "qinghu_hitech_zone_2023.md"])
    question = "松山产业园规模以上工业产值是多少？"
    assert not qa.ask(question).found
    env = dict(os.environ, PARKQA_CHROMA_URL=chroma_server, PARKQA_CACHE=str(settings.cache_dir))
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "parkqa.cli",
            "index",
            str(EXAMPLES / "songshan_industrial_park_2023.docx"),
            "--store",
            str(settings.store),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    assert qa.ask(question).value == "298亿元"
