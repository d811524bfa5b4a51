"""Incremental indexing through the Python API: add, unchanged, update, prune, failures."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLES
from parkqa import ParkQA, ReportNotFound

SAMPLE_FORMATS = {"txt", "md", "html", "docx", "pdf"}


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    target = tmp_path / "reports"
    shutil.copytree(EXAMPLES, target)
    return target


@pytest.fixture
def embed_calls(qa: ParkQA, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the texts that indexing sends to the embedding model itself (whichever backend
    runs it)."""
    from langchain_huggingface import HuggingFaceEmbeddings

    from parkqa.onnx_backend import OnnxEmbeddings

    calls: list[int] = []
    for backend in (HuggingFaceEmbeddings, OnnxEmbeddings):
        original = backend.embed_documents

        def counting(self, texts, original=original):
            calls.append(len(texts))
            return original(self, texts)

        monkeypatch.setattr(backend, "embed_documents", counting)
    return calls


def _chunks_in_store(qa: ParkQA, source: str) -> list[str]:
    got = qa.vector_store.get(where={"source": source})
    return got["documents"]


def test_first_index_adds_every_report(
    qa: ParkQA, reports_dir: Path, embed_calls: list[int]
) -> None:
    result = qa.index([reports_dir])
    assert result.to_dict() == {
        "added": 5,
        "updated": 0,
        "unchanged": 0,
        "removed": 0,
        "skipped": 0,
        "failed": [],
        "repaired": [],
    }
    reports = qa.reports()
    assert {r.format for r in reports} == SAMPLE_FORMATS
    assert sum(embed_calls) == result.chunks_added == sum(r.chunks for r in reports)
    for report in reports:
        text = qa.report_text(report.source)
        got = qa.vector_store.get(
            where={"source": report.source}, include=["documents", "metadatas"]
        )
        assert len(got["documents"]) == report.chunks
        for doc, meta in zip(got["documents"], got["metadatas"], strict=True):
            assert text[meta["start"] : meta["end"]] == doc  # offsets point into the cleaned text


def test_reindex_unchanged_embeds_nothing(
    qa: ParkQA, reports_dir: Path, embed_calls: list[int]
) -> None:
    qa.index([reports_dir])
    embed_calls.clear()
    again = qa.index([reports_dir])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    assert embed_calls == []
    # A new instance on the same store (a new process) sees the same.
    fresh = ParkQA(settings=qa.settings)
    assert fresh.index([reports_dir]).unchanged == 5


def test_changed_report_replaces_its_old_text(
    qa: ParkQA, reports_dir: Path, embed_calls: list[int]
) -> None:
    qa.index([reports_dir])
    md = reports_dir / "qinghu_hitech_zone_2023.md"
    old = md.read_text(encoding="utf-8")
    md.write_text(old.replace("全年新签约项目46个", "全年新签约项目47个"), encoding="utf-8")
    embed_calls.clear()
    result = qa.index([reports_dir])
    assert (result.added, result.updated, result.unchanged) == (0, 1, 4)
    chunks = _chunks_in_store(qa, "qinghu_hitech_zone_2023.md")
    assert any("全年新签约项目47个" in c for c in chunks)
    assert not any("全年新签约项目46个" in c for c in chunks)
    assert "47个" in qa.report_text("qinghu_hitech_zone_2023.md")
    assert 0 < sum(embed_calls) < qa.catalog.get("qinghu_hitech_zone_2023.md").chunks + 1
    assert result.chunks_deleted == result.chunks_added >= 1


def test_prune_removes_reports_whose_files_are_gone(qa: ParkQA, reports_dir: Path) -> None:
    qa.index([reports_dir])
    (reports_dir / "binjiang_edz_2024q3.html").unlink()
    kept = qa.index([reports_dir])
    assert kept.removed == 0 and len(qa.reports()) == 5  # without --prune nothing disappears
    result = qa.index([reports_dir], prune=True)
    assert result.removed == 1
    assert "binjiang_edz_2024q3.html" not in {r.source for r in qa.reports()}
    assert _chunks_in_store(qa, "binjiang_edz_2024q3.html") == []
    with pytest.raises(ReportNotFound):
        qa.report_text("binjiang_edz_2024q3.html")


def test_remove_one_report(qa: ParkQA, reports_dir: Path) -> None:
    qa.index([reports_dir])
    deleted = qa.remove("nanhu_biomedical_park_2023.txt")
    assert deleted > 0
    assert _chunks_in_store(qa, "nanhu_biomedical_park_2023.txt") == []
    assert len(qa.reports()) == 4
    with pytest.raises(ReportNotFound):
        qa.remove("nanhu_biomedical_park_2023.txt")


def test_bad_files_reported_others_indexed(qa: ParkQA, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text("园区全年签约项目12个，总投资45亿元。", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_bytes(b"this is not a pdf at all")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # a scan, but a broken one
    (folder / "minutes.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "plan.dwg").write_bytes(b"AC1015")
    result = qa.index([folder])
    assert result.added == 1 and result.skipped == 1
    failed = {Path(f.path).name: f.error for f in result.failed}
    assert set(failed) == {"empty.txt", "fake.pdf", "broken.docx", "photo.jpg", "minutes.doc"}
    assert failed["photo.jpg"] == "not a readable image (damaged, or not an image)"
    assert failed["minutes.doc"] == (
        "an old Word 97-2003 .doc file: save it as .docx (or PDF) and add it again"
    )
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert [r.source for r in qa.reports()] == ["good.txt"]


def test_a_file_that_turns_bad_keeps_its_previous_version(qa: ParkQA, tmp_path: Path) -> None:
    folder = tmp_path / "r"
    folder.mkdir()
    target = folder / "park.docx"
    shutil.copy(EXAMPLES / "songshan_industrial_park_2023.docx", target)
    qa.index([folder])
    before_text = qa.report_text("park.docx")
    before_chunks = sorted(_chunks_in_store(qa, "park.docx"))
    target.write_bytes(target.read_bytes()[:500])  # truncated by a failed copy
    result = qa.index([folder], prune=True)
    assert [Path(f.path).name for f in result.failed] == ["park.docx"]
    assert result.removed == 0
    assert qa.report_text("park.docx") == before_text
    assert sorted(_chunks_in_store(qa, "park.docx")) == before_chunks


def test_settings_change_reindexes(qa: ParkQA, reports_dir: Path) -> None:
    qa.index([reports_dir / "qinghu_hitech_zone_2023.md"])
    before = qa.catalog.get("qinghu_hitech_zone_2023.md").chunks
    smaller = ParkQA(settings=qa.settings.with_(chunk_chars=80))
    result = smaller.index([reports_dir / "qinghu_hitech_zone_2023.md"])
    assert result.updated == 1
    after = smaller.catalog.get("qinghu_hitech_zone_2023.md").chunks
    assert after > before
    assert len(_chunks_in_store(smaller, "qinghu_hitech_zone_2023.md")) == after


def test_groups_written_while_the_next_is_embedded_lose_nothing(
    settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Group k is written on a thread while group k + 1 is embedded. Reports that share
    paragraphs put the same text in both groups: each group's write finds its vectors (the
    writer thread never runs the model), none fails, and every chunk is in the store."""
    import threading
    from dataclasses import replace

    from parkqa.onnx_backend import OnnxEmbeddings

    embedding_threads: set[str] = set()
    original = OnnxEmbeddings.embed_documents

    def recording(self, texts):
        embedding_threads.add(threading.current_thread().name)
        return original(self, texts)

    monkeypatch.setattr(OnnxEmbeddings, "embed_documents", recording)

    shared = [
        "园区坚持把招商引资作为经济工作的生命线，围绕主导产业开展精准招商。",
        "园区持续优化营商环境，推行企业开办一日办结和项目审批全程代办服务。",
    ]
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        lines = [f"东{i}湖产业园2024年工作总结", f"全年新签约项目{i + 3}个，总投资{i + 20}亿元。"]
        (folder / f"park_{i:02d}.txt").write_text("\n\n".join(lines + shared), encoding="utf-8")
    qa = ParkQA(settings=replace(settings, index_group_chunks=3))
    try:
        result = qa.index([folder])
        assert result.failed == [] and result.added == 12
        assert embedding_threads == {threading.main_thread().name}
        for report in qa.reports():
            assert len(_chunks_in_store(qa, report.source)) == report.chunks > 0
        assert qa.check().ok
        answer = qa.ask("东7湖产业园全年新签约项目多少个？")
        assert answer.value == "10个"
    finally:
        qa.close()
