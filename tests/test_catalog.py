"""The catalog's lookups over every report: full-text containment and stored fact values."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from conftest import catalog_of, put_text
from parkqa.answer.fact import FIELD_AT, facts_json
from parkqa.answer.facts import extract_facts
from parkqa.catalog import Catalog


def test_the_catalogs_text_index_follows_every_write(tmp_path: Path) -> None:
    """Replaced, removed and adopted reports, strings shorter than a trigram, quotes; and a
    catalog made before the index existed is indexed when opened."""
    path = tmp_path / "reports.sqlite"
    containing = catalog_of(tmp_path, {"a.txt": "鸿渚经开区新签约项目9个", "b.txt": "北湖产业园"})
    assert containing(["鸿渚经开区"]) == {"a.txt"}
    assert containing(["产业园", "新签约"]) == {"a.txt", "b.txt"}
    assert containing(["鸿渚"]) == {"a.txt"} and containing(["区新"]) == {"a.txt"}
    assert containing(['"鸿渚']) == set() and containing([""]) == set()
    catalog = Catalog(path, "test")
    put_text(catalog, "a.txt", "云陵高新区")
    assert containing(["鸿渚经开区"]) == set() and containing(["云陵高新"]) == {"a.txt"}
    catalog.mark_removed("b.txt")
    assert containing(["北湖产业园"]) == set()
    assert Catalog(path, "other").containing(["云陵高新"]) == set()  # another namespace
    catalog.close()

    conn = sqlite3.connect(path)  # as a catalog of an earlier version: no text index
    conn.executescript("DROP TABLE report_text; DROP TRIGGER report_text_insert;")
    conn.close()
    assert Catalog(path, "test").containing(["云陵高新"]) == {"a.txt"}


def test_contains_looks_in_the_given_reports_only(tmp_path: Path) -> None:
    catalog_of(tmp_path, {"a.txt": "晶圆项目开工", "b.txt": "外资1.2亿美元"})
    catalog = Catalog(tmp_path / "reports.sqlite", "test")
    assert catalog.contains("晶圆项目") and catalog.contains("外资")
    assert catalog.contains("晶圆", ["a.txt"]) and not catalog.contains("晶圆", ["b.txt"])
    assert not catalog.contains("晶圆项目", {"b.txt"}) and not catalog.contains("")


def test_fact_values_are_the_stored_facts_of_that_kind(tmp_path: Path) -> None:
    """One SQL query over the facts' JSON rows gives what parsing every report's facts gives;
    a report stored without facts is listed for the caller to read."""
    catalog = Catalog(tmp_path / "reports.sqlite", "test")
    texts = {
        "a.txt": "园区引进华宜新材科技有限公司等企业12家，新签约项目9个。",
        "b.txt": "青湖新能源电池材料产业园项目计划总投资25亿元，泽康药业创新药研发中心开工。",
    }
    expected = set()
    for source, text in texts.items():
        facts = extract_facts(source, "", text, None)
        expected |= {(source, f.value) for f in facts if f.kind == "name"}
        put_text(catalog, source, text, facts_json(facts))
    put_text(catalog, "c.txt", "旧报告")
    stored, unstored = catalog.fact_values("name", FIELD_AT["kind"], FIELD_AT["value"])
    assert set(stored) == expected and expected
    assert unstored == ["c.txt"]


def test_titles_are_every_reports_source_and_title_of_its_namespace(tmp_path: Path) -> None:
    """What the park lookup reads at a first question: the same pairs as the full rows give,
    by source, without another namespace's reports."""
    catalog = Catalog(tmp_path / "reports.sqlite", "test")
    for source, title in (("b.txt", "北湖产业园2024年工作总结"), ("a.txt", "鸿渚经开区年报")):
        catalog.put(
            source=source,
            path=source,
            title=title,
            fmt="txt",
            file_sha256="",
            config_key="",
            chunks=1,
            text=title,
        )
    # (no details written: no park read at index time, the lookup falls back on the title)
    assert catalog.titles() == [
        ("a.txt", "鸿渚经开区年报", None, False),
        ("b.txt", "北湖产业园2024年工作总结", None, False),
    ]
    assert [t[:2] for t in catalog.titles()] == [(r.source, r.title) for r in catalog.all()]
    assert Catalog(tmp_path / "reports.sqlite", "other").titles() == []
    catalog.mark_removed("b.txt")
    assert catalog.titles() == [("a.txt", "鸿渚经开区年报", None, False)]


def test_corrections_are_laid_over_what_was_read_and_forgotten_with_the_report(
    tmp_path: Path,
) -> None:
    from parkqa.catalog import Details

    catalog = Catalog(tmp_path / "reports.sqlite", "test")
    read = Details(park="北湖产业园", parks=("北湖产业园", "南湖产业园"), year=2024, version=1)
    catalog.put(
        source="a.txt",
        path="a.txt",
        title="工作简报",
        fmt="txt",
        file_sha256="",
        config_key="",
        chunks=1,
        text="工作简报",
        details=read.to_json(),
    )
    assert catalog.titles() == [("a.txt", "工作简报", "北湖产业园", True)]
    fields = {"park": "北湖数字经济产业园", "title": "北湖2024年工作简报", "months": [1, 6]}
    assert catalog.correct("a.txt", fields, "[]")
    info = catalog.get("a.txt")
    assert info is not None and info.title == "北湖2024年工作简报"
    assert info.details.park == "北湖数字经济产业园"
    assert info.details.parks == ("北湖数字经济产业园", "南湖产业园")
    assert (info.details.year, info.details.months) == (2024, (1, 6))
    assert info.details.corrected == ("months", "park", "title")
    assert catalog.titles() == [("a.txt", "北湖2024年工作简报", "北湖数字经济产业园", True)]
    assert catalog.park_names() == {"北湖产业园", "南湖产业园", "北湖数字经济产业园"}
    assert not catalog.correct("missing.txt", fields, "[]")
    catalog.mark_removed("a.txt")
    assert catalog.corrections("a.txt") == {}
