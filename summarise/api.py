"""The Python API: brief, extract and merge, async and sync. Each call opens a backend (wrapped in the
cache), runs the pipeline and closes the backend.

    from summarise import brief, Settings
    briefing = brief([Path("seeds")], settings=Settings(model="ollama:qwen2.5:7b"))
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import time
from collections.abc import Coroutine
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from summarise.backends import make_backend
from summarise.backends.base import Backend, Progress, Usage
from summarise.models import Article, ArticleStatus, ArticleSummary, Briefing
from summarise.pipeline import (
    ArticleCallback,
    MapOutcome,
    amap,
    areduce,
    date_of_briefing,
    open_backend,
    prepare,
    summary_status,
)
from summarise.settings import Settings

T = TypeVar("T")


async def abrief(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    since: Briefing | None = None,
    on_article: ArticleCallback | None = None,
) -> Briefing:
    """Read articles from files and folders and return the day's briefing."""
    started = time.perf_counter()
    articles = prepare(paths, fallback_date=fallback_date)
    return await abrief_articles(
        articles,
        settings=settings,
        backend=backend,
        fallback_date=fallback_date,
        since=since,
        on_article=on_article,
        started=started,
    )


async def abrief_articles(
    articles: list[Article],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    since: Briefing | None = None,
    on_article: ArticleCallback | None = None,
    started: float | None = None,
) -> Briefing:
    """The day's briefing from articles already loaded and cleaned (``prepare``)."""
    settings = settings or Settings()
    started = started if started is not None else time.perf_counter()
    active = open_backend(settings, backend)
    try:
        mapped = await amap(articles, active, settings, on_article=on_article)
        return await areduce(
            mapped.summaries,
            mapped.statuses,
            active,
            settings,
            usage=mapped.usage,
            since=since,
            briefing_date=date_of_briefing(mapped.statuses, fallback_date),
            started=started,
        )
    finally:
        await active.aclose()


async def aextract_files(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    on_article: ArticleCallback | None = None,
) -> MapOutcome:
    """Extract each article of files and folders (the map step alone)."""
    articles = prepare(paths, fallback_date=fallback_date)
    return await aextract_articles(articles, settings=settings, backend=backend, on_article=on_article)


async def aextract_articles(
    articles: list[Article],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    on_article: ArticleCallback | None = None,
) -> MapOutcome:
    """Extract articles already loaded and cleaned (``prepare``)."""
    settings = settings or Settings()
    active = open_backend(settings, backend)
    try:
        return await amap(articles, active, settings, on_article=on_article)
    finally:
        await active.aclose()


async def amerge(
    summaries: list[ArticleSummary],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    since: Briefing | None = None,
    briefing_date: date | None = None,
) -> Briefing:
    """Build a briefing from ArticleSummary objects made earlier (or elsewhere)."""
    settings = settings or Settings()
    statuses = [summary_status(s) for s in summaries]
    active = open_backend(settings, backend)
    try:
        return await areduce(
            summaries,
            statuses,
            active,
            settings,
            usage=Usage(),
            since=since,
            briefing_date=briefing_date or date_of_briefing(statuses, None),
        )
    finally:
        await active.aclose()


async def acheck(
    settings: Settings, *, pull: bool = False, progress: Progress | None = None, only_if_first: bool = False
) -> str | None:
    """Ask the backend whether it can serve the model (and pull it where it can); raises naming the fix.

    With ``only_if_first``, only backends that want checking before a run (``checks_first``) are asked.
    """
    backend = make_backend(settings)
    try:
        if only_if_first and not backend.checks_first:
            return None
        return await backend.check(pull=pull, progress=progress)
    finally:
        await backend.aclose()


def extract_record(article: Article, status: ArticleStatus, summary: ArticleSummary | None) -> dict[str, Any]:
    """What `extract` shows of one article: status, metadata, cleaning report, cleaned text, checked summary."""
    return {
        "article_id": article.article_id,
        "status": status.status,
        "reason": status.reason,
        "meta": article.meta.model_dump(mode="json") if article.meta else None,
        "cleaning": article.clean_report.model_dump(mode="json") if article.clean_report else {},
        "cleaned_text": article.cleaned,
        "summary": summary.model_dump(mode="json") if summary else None,
    }


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to its end from sync code, also where an event loop already runs (a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def brief(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    since: Briefing | None = None,
) -> Briefing:
    """Synchronous ``abrief``."""
    return run_sync(abrief(paths, settings=settings, backend=backend, fallback_date=fallback_date, since=since))


def merge_summaries(
    summaries: list[ArticleSummary],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    since: Briefing | None = None,
    briefing_date: date | None = None,
) -> Briefing:
    """Synchronous ``amerge``."""
    return run_sync(amerge(summaries, settings=settings, backend=backend, since=since, briefing_date=briefing_date))


__all__ = [
    "abrief",
    "abrief_articles",
    "acheck",
    "aextract_articles",
    "aextract_files",
    "amerge",
    "brief",
    "extract_record",
    "merge_summaries",
    "prepare",
    "run_sync",
]
