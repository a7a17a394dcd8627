"""The public Python API: pinned names, sync and async forms, one summariser across calls."""

from __future__ import annotations

import asyncio
from pathlib import Path

import summarise
from summarise import ScriptedBackend, Settings, abrief

from .conftest import SEEDS
from .factories import quote_first_sentence as _quote_first_sentence


def test_public_api_is_pinned() -> None:
    assert summarise.__all__ == sorted(summarise.__all__)
    assert summarise.__all__ == [
        "Article",
        "ArticleSummary",
        "Backend",
        "BackendError",
        "BackendUnreachable",
        "Briefing",
        "BriefingEvent",
        "ConfigError",
        "ContextOverflow",
        "Event",
        "EventDate",
        "Evidence",
        "Figure",
        "FigureConflict",
        "GenerateRequest",
        "GenerateResult",
        "InputError",
        "ModelNotFound",
        "ScriptedBackend",
        "Settings",
        "SummariseError",
        "Summariser",
        "Usage",
        "abrief",
        "aextract_files",
        "amerge",
        "brief",
        "make_backend",
        "merge_summaries",
        "prepare",
        "to_json",
        "to_markdown",
    ]


def test_sync_api_matches_async(tmp_path: Path) -> None:
    paths = [SEEDS / "003_46faeb6b32940052.txt", SEEDS / "004_1618ca9304753086.txt"]
    sync = summarise.brief(
        paths,
        settings=Settings(cache_dir=tmp_path / "one"),
        backend=ScriptedBackend(_quote_first_sentence, script="quote-first"),
    )
    async_ = asyncio.run(
        abrief(
            paths,
            settings=Settings(cache_dir=tmp_path / "two"),
            backend=ScriptedBackend(_quote_first_sentence, script="quote-first"),
        )
    )
    assert sync.run.cache_hits == 0 and async_.run.cache_hits == 0 and len(sync.articles) == 2
    assert sync.events and sync.model_dump(exclude={"run"}) == async_.model_dump(exclude={"run"})


def test_sync_api_works_inside_a_running_event_loop(tmp_path: Path) -> None:
    async def notebook_cell() -> summarise.Briefing:
        return summarise.brief(
            [SEEDS / "003_46faeb6b32940052.txt"],
            settings=Settings(cache_dir=tmp_path / "c"),
            backend=ScriptedBackend(_quote_first_sentence, script="quote-first"),
        )

    briefing = asyncio.run(notebook_cell())
    assert briefing.articles[0].status == "ok"


def test_one_summariser_serves_many_calls_with_one_backend(tmp_path: Path) -> None:
    backend = ScriptedBackend(_quote_first_sentence, script="quote-first")
    with summarise.Summariser(Settings(cache_dir=tmp_path / "c"), backend=backend) as s:
        first = s.brief([SEEDS / "003_46faeb6b32940052.txt"])
        asked = len(backend.requests)
        again = s.brief([SEEDS / "003_46faeb6b32940052.txt"])
        merged = s.merge([])
    assert first.run.model_calls >= asked > 0 and again.run.model_calls == 0 and again.run.cache_hits > 0
    assert merged.events == [] and len(backend.requests) == asked


async def test_a_summariser_is_an_async_context_manager(tmp_path: Path) -> None:
    backend = ScriptedBackend(_quote_first_sentence, script="quote-first")
    async with summarise.Summariser(Settings(cache_dir=tmp_path / "c"), backend=backend) as s:
        briefing = await s.abrief([SEEDS / "004_1618ca9304753086.txt"])
    assert briefing.articles[0].status == "ok"
