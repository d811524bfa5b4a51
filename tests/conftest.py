"""Shared fixtures: an isolated store per test, one model conversion per session, ../shared."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

# An accidental download must fail loudly, and nothing may phone home.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
for var in ("PARKQA_STORE", "PARKQA_CHROMA_URL", "PARKQA_MODEL", "PARKQA_RANKER"):
    os.environ.pop(var, None)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` beside the checkout (CI puts it there)."""
    if not (SHARED / "reports").is_dir():
        pytest.fail(f"{SHARED} is missing: tests read the real report and benchmark from it")
    return SHARED


@pytest.fixture(scope="session")
def shared_report(shared: Path) -> Path:
    return shared / "reports" / "dantu_hitech_park_2023.txt"


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder in which the default e5 model is converted once for the whole session."""
    cache = tmp_path_factory.mktemp("parkqa-cache")
    os.environ["PARKQA_CACHE"] = str(cache)
    return cache


@pytest.fixture
def settings(tmp_path: Path, model_cache: Path):
    from parkqa import Settings

    return Settings(store=tmp_path / "store", cache_dir=model_cache)


@pytest.fixture
def qa(settings):
    from parkqa import ParkQA

    instance = ParkQA(settings=settings)
    yield instance
    instance.close()


def put_text(catalog, source: str, text: str, facts: str | None = None) -> None:
    """Store a report's text (and facts) in a catalog, with placeholder file details."""
    catalog.put(
        source=source,
        path=source,
        title="",
        fmt="txt",
        file_sha256="",
        config_key="",
        chunks=1,
        text=text,
        facts=facts,
    )


def catalog_of(folder: Path, texts: dict[str, str]) -> Callable[[Iterable[str]], set[str]]:
    """``containing`` of a real catalog holding these texts (its full-text index answers)."""
    from parkqa.catalog import Catalog

    catalog = Catalog(folder / "reports.sqlite", "test")
    for source, text in texts.items():
        put_text(catalog, source, text)
    return catalog.containing
