"""Live runs against a real model: off by default. Enable with SUMMARISE_LIVE=1 (uses the embedded model,
or SUMMARISE_MODEL / OLLAMA_HOST / OPENAI_BASE_URL as a user would set them)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarise import Settings, brief, prepare

from .conftest import SEEDS

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("SUMMARISE_LIVE") != "1", reason="live model run; set SUMMARISE_LIVE=1"),
]


def test_a_live_briefing_of_the_seeds_is_grounded(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache", model=os.environ.get("SUMMARISE_LIVE_MODEL", "local"))
    first = brief([SEEDS], settings=settings)
    again = brief([SEEDS], settings=settings)
    assert len(first.articles) == 5 and first.run.model_calls >= 5
    assert again.run.model_calls == 0
    cleaned = {a.article_id: a.cleaned for a in prepare([SEEDS])}
    for event in first.events:
        for source in event.sources:
            for ev in source.evidence:
                assert cleaned[ev.article_id][ev.start : ev.end] == ev.text
