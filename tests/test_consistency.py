"""A store that is never silently wrong: real writer processes SIGKILLed at each named crash
point (``parkqa.faults``), then what questions see meanwhile, what ``check`` finds and what the
next ``index`` makes of it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from parkqa import ParkQA
from parkqa.consistency import inspect
from parkqa.faults import POINTS

QINGHU = "qinghu_hitech_zone_2023.md"
QINGHU_Q = "青湖高新区发明专利授权多少件？"
SONGSHAN = "songshan_industrial_park_2023.docx"
SONGSHAN_Q = "松山产业园规模以上工业产值是多少？"


@pytest.fixture
def reports_dir(tmp_path: Path) -> Path:
    target = tmp_path / "reports"
    target.mkdir()
    for name in (QINGHU, SONGSHAN):
        shutil.copy(EXAMPLES / name, target / name)
    return target


def _cli(settings, *args: str, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PARKQA_CACHE=str(settings.cache_dir))
    env.pop("PARKQA_CRASH_AT", None)
    if crash_at:
        env["PARKQA_CRASH_AT"] = crash_at
    return subprocess.run(
        [sys.executable, "-m", "parkqa.cli", *args, "--store", str(settings.store)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _killed(settings, *args: str, at: str) -> None:
    run = _cli(settings, *args, crash_at=at)
    assert run.returncode == -signal.SIGKILL, run.stderr[-2000:]


def _healed(settings, reports_dir: Path) -> ParkQA:
    """The next run repairs; afterwards the full check is clean."""
    run = _cli(settings, "index", str(reports_dir))
    assert run.returncode == 0, run.stdout + run.stderr
    qa = ParkQA(settings=settings)
    found = qa.check()
    assert found.ok, found.problems()
    assert found.reports == len(qa.reports()) and found.chunks == sum(
        r.chunks for r in qa.reports()
    )
    return qa


def _value(qa: ParkQA, question: str) -> str | None:
    answer = qa.ask(question)
    return answer.value if answer.found else None


def test_every_crash_point_is_tested() -> None:
    """A new crash point without a test here would be an untested way to corrupt a store."""
    here = Path(__file__).read_text(encoding="utf-8")
    assert all(f'"{point}"' in here for point in POINTS)


def test_killed_after_vectors_on_first_index(settings, reports_dir: Path) -> None:
    _killed(settings, "index", str(reports_dir), at="index:after-vectors")
    qa = ParkQA(settings=settings)
    assert qa.reports() == []  # nothing listed, so nothing half-written can be cited
    found = qa.check()
    assert not found.ok and found.orphan_chunks
    qa.close()
    qa = _healed(settings, reports_dir)
    assert _value(qa, QINGHU_Q) == "1320件"


@pytest.mark.parametrize("point", ["index:after-vectors", "index:after-catalog"])
def test_killed_while_replacing_a_changed_report(settings, reports_dir: Path, point: str) -> None:
    assert _cli(settings, "index", str(reports_dir)).returncode == 0
    md = reports_dir / QINGHU
    md.write_text(
        "前言一段新的文字。\n\n" + md.read_text(encoding="utf-8").replace("1320件", "1321件"),
        encoding="utf-8",
    )
    _killed(settings, "index", str(reports_dir), at=point)
    qa = ParkQA(settings=settings)
    # Questions meanwhile read exactly the version the catalog committed, never a mix.
    committed = "1321件" if point == "index:after-catalog" else "1320件"
    assert _value(qa, QINGHU_Q) == committed
    assert qa.check().stale_chunks  # the other version's chunks are still there
    qa.close()
    qa = _healed(settings, reports_dir)
    assert _value(qa, QINGHU_Q) == "1321件"


@pytest.mark.parametrize("point", ["remove:after-catalog", "remove:after-vectors"])
def test_killed_while_removing(settings, reports_dir: Path, point: str) -> None:
    assert _cli(settings, "index", str(reports_dir)).returncode == 0
    _killed(settings, "remove", SONGSHAN, at=point)
    qa = ParkQA(settings=settings)
    # Gone from the list at once: never a listed report whose chunks are half deleted.
    assert [r.source for r in qa.reports()] == [QINGHU]
    assert _value(qa, SONGSHAN_Q) is None
    assert qa.check().pending_removals == [SONGSHAN]
    qa.close()
    (reports_dir / SONGSHAN).unlink()
    qa = _healed(settings, reports_dir)
    assert [r.source for r in qa.reports()] == [QINGHU]
    assert _value(qa, QINGHU_Q) == "1320件"


def test_killed_while_pruning_then_check_repairs(settings, reports_dir: Path) -> None:
    assert _cli(settings, "index", str(reports_dir)).returncode == 0
    (reports_dir / SONGSHAN).unlink()
    _killed(settings, "index", str(reports_dir), "--prune", at="remove:after-catalog")
    run = _cli(settings, "check")
    assert run.returncode == 1 and "removal of " + SONGSHAN in run.stdout
    run = _cli(settings, "check", "--repair")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "repaired: removal of" in run.stdout and "consistent" in run.stdout
    assert _cli(settings, "check").returncode == 0


def test_emptied_collection_is_re_embedded(qa: ParkQA, reports_dir: Path) -> None:
    """The unchanged-file shortcut must not trust the catalog over an emptied vector store."""
    qa.index([reports_dir])
    collection = qa.vector_store._collection
    collection.delete(ids=collection.get(include=[])["ids"])
    found = qa.check()
    assert set(found.incomplete) == {QINGHU, SONGSHAN} and found.orphan_records
    result = qa.index([reports_dir])
    assert result.repaired and result.chunks_added == sum(r.chunks for r in qa.reports())
    assert qa.check().ok
    assert _value(qa, QINGHU_Q) == "1320件"


def test_check_repairs_missing_and_foreign_chunks(qa: ParkQA, reports_dir: Path) -> None:
    qa.index([reports_dir])
    collection = qa.vector_store._collection
    ids = collection.get(where={"source": SONGSHAN}, include=[])["ids"]
    collection.delete(ids=ids[:3])
    collection.add(ids=["stray"], embeddings=[[0.1] * 384], metadatas=[{"source": "gone.txt"}])
    found = qa.check()
    assert found.incomplete == {SONGSHAN: (len(ids) - 3, len(ids))}
    assert found.orphan_chunks == {"gone.txt": ["stray"]}
    repaired = qa.check(repair=True)
    assert repaired.ok and len(repaired.repaired) >= 2
    assert inspect(qa.catalog, qa.vector_store, qa._indexer.record_manager).ok
    assert _value(qa, SONGSHAN_Q) == "298亿元"


def test_chunks_without_keys_and_duplicates_are_repaired(qa: ParkQA, reports_dir: Path) -> None:
    """A crash inside LangChain's index() can leave a chunk without its key; a chunk can be
    written twice under other metadata. Both are found, and the next index leaves one clean
    copy with its key."""
    qa.index([reports_dir])
    manager = qa._indexer.record_manager
    collection = qa.vector_store._collection
    got = collection.get(
        where={"source": QINGHU}, include=["documents", "metadatas", "embeddings"], limit=1
    )
    manager.delete_keys([got["ids"][0]])
    meta = dict(got["metadatas"][0], title="another title")
    collection.add(
        ids=["dup"], documents=got["documents"], metadatas=[meta], embeddings=got["embeddings"]
    )
    found = qa.check()
    assert set(found.unrecorded[QINGHU]) == {got["ids"][0], "dup"}
    assert found.duplicates[QINGHU] and len(found.duplicates[QINGHU]) == 1
    result = qa.index([reports_dir])
    assert result.repaired and not result.failed
    assert qa.check().ok
    assert _value(qa, QINGHU_Q) == "1320件"


def test_a_report_whose_file_is_gone_is_kept_and_named(qa: ParkQA, reports_dir: Path) -> None:
    """Repair cannot re-embed a report whose file moved: it must not throw the report away."""
    qa.index([reports_dir])
    collection = qa.vector_store._collection
    collection.delete(ids=collection.get(where={"source": SONGSHAN}, include=[])["ids"][:2])
    moved = reports_dir.parent / "elsewhere"
    moved.mkdir()
    (reports_dir / SONGSHAN).rename(moved / SONGSHAN)
    result = qa.index([reports_dir / QINGHU])
    assert SONGSHAN in [r.source for r in qa.reports()]
    assert any("its file is gone" in f.error and SONGSHAN in f.error for f in result.failed)
    assert _value(qa, SONGSHAN_Q) in ("298亿元", None)  # what is left is still cited exactly
    qa.index([moved])  # indexed again from where it is now
    assert qa.check().ok and _value(qa, SONGSHAN_Q) == "298亿元"


def test_a_failed_catalog_write_leaves_the_catalog_usable(tmp_path: Path) -> None:
    from parkqa.catalog import Catalog

    catalog = Catalog(tmp_path / "c.sqlite", "ns")
    with pytest.raises(RuntimeError), catalog._transaction() as cur:
        cur.execute("DELETE FROM reports")
        raise RuntimeError("disk full")
    before = catalog.signature()
    catalog.put(
        source="a.txt", path="/a", title="t", fmt="txt", file_sha256="0", config_key="k",
        chunks=1, text="园区。", facts="[]",
    )  # fmt: skip
    assert [r.source for r in catalog.all()] == ["a.txt"] and catalog.signature() != before


def test_a_damaged_store_id_is_replaced(tmp_path: Path) -> None:
    from parkqa.store import store_id

    first = store_id(tmp_path)
    assert store_id(tmp_path) == first and len(first) == 32
    (tmp_path / "STORE_ID").write_text("", encoding="ascii")  # a power cut mid-write
    second = store_id(tmp_path)
    assert len(second) == 32 and second != first
