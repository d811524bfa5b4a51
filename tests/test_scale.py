"""The store past the old cliff: ~32,000 chunks was where every question failed ("too many SQL
variables": all chunks were fetched in one query). 40,000 synthetic chunks with random vectors,
written straight into Chroma and the catalog (the model is not what is tested here);
`benchmarks/store_scale.py` measures the same at 200,000."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from parkqa import ParkQA

sys.path.insert(0, str(ROOT / "benchmarks"))
from store_scale import fill

pytestmark = pytest.mark.slow


def test_questions_and_check_past_forty_thousand_chunks(qa: ParkQA) -> None:
    fill(qa, 40_000)
    answer = qa.ask("青湖0号园第17号厂房年产值多少？")
    # The question is read among 40,000 chunks (the old cliff raised "too many SQL variables")
    # and passages come back; an answer shown cites the park's own report. Whether one of its
    # thousand look-alike sentences is sure enough to be shown is the reader's business
    # (refused since the calibration of issue 22 session 3: its best pick is another 厂房's).
    assert answer.passages
    assert not answer.found or answer.citations[0].source == "synthetic_00000.txt"
    found = qa.check()
    assert found.chunks == 40_000 and not found.incomplete and not found.stale_chunks
