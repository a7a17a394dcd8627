"""The Python API. A ``Summariser`` holds one backend (wrapped in the cache) across many calls, so the
embedded model loads once; it closes as a context manager, sync or async. The module-level functions
open one for a single call.

    from summarise import Summariser, Settings

    with Summariser(Settings(model="ollama:qwen2.5:7b")) as s:
        today = s.brief([Path("today")])
        print(to_markdown(today))

Sync methods work where an event loop already runs (a notebook): the calls run on the summariser's
own loop, in a thread of its own.
"""

from __future__ import annotations

import time
from collections.abc import Coroutine
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from summarise.backends import make_backend
from summarise.backends.base import Backend, Progress, StageCallback, Usage
from summarise.loop import Loop, run_sync
from summarise.models import Article, ArticleSummary, Briefing
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

if TYPE_CHECKING:
    from summarise import batch as batch_path
T = TypeVar("T")


class Summariser:
    """Briefs, extracts and merges with one backend and cache, opened once and reused."""

    def __init__(self, settings: Settings | None = None, *, backend: Backend | None = None) -> None:
        self.settings = settings or Settings()
        self.backend = open_backend(self.settings, backend)
        self._loop: Loop | None = None

    async def abrief(
        self,
        paths: list[Path],
        *,
        fallback_date: date | None = None,
        since: Briefing | None = None,
        on_article: ArticleCallback | None = None,
    ) -> Briefing:
        """Read articles from files and folders and return the day's briefing."""
        started = time.perf_counter()
        articles = prepare(paths, fallback_date=fallback_date)
        return await self.abrief_articles(
            articles, fallback_date=fallback_date, since=since, on_article=on_article, started=started
        )

    async def abrief_articles(
        self,
        articles: list[Article],
        *,
        fallback_date: date | None = None,
        since: Briefing | None = None,
        on_article: ArticleCallback | None = None,
        on_stage: StageCallback | None = None,
        started: float | None = None,
    ) -> Briefing:
        """The day's briefing from articles already read and cleaned (``prepare``). ``on_article`` hears
        each article start ("reading") and end ("ok", "failed"); ``on_stage`` each stage start and end."""
        started = started if started is not None else time.perf_counter()
        usage = Usage(on_stage=on_stage)
        mapped = await amap(articles, self.backend, self.settings, on_article=on_article, usage=usage)
        return await areduce(
            mapped.summaries,
            mapped.statuses,
            self.backend,
            self.settings,
            usage=mapped.usage,
            since=since,
            briefing_date=date_of_briefing(mapped.statuses, fallback_date),
            started=started,
        )

    async def aextract(
        self,
        articles: list[Article],
        *,
        on_article: ArticleCallback | None = None,
        on_stage: StageCallback | None = None,
    ) -> MapOutcome:
        """The map step alone: each article's checked summary, and every article's status."""
        usage = Usage(on_stage=on_stage)
        return await amap(articles, self.backend, self.settings, on_article=on_article, usage=usage)

    async def amerge(
        self, summaries: list[ArticleSummary], *, since: Briefing | None = None, briefing_date: date | None = None
    ) -> Briefing:
        """A briefing from ArticleSummary objects made earlier (or elsewhere)."""
        statuses = [summary_status(s) for s in summaries]
        return await areduce(
            summaries,
            statuses,
            self.backend,
            self.settings,
            usage=Usage(),
            since=since,
            briefing_date=briefing_date or date_of_briefing(statuses, None),
        )

    def brief(self, paths: list[Path], *, fallback_date: date | None = None, since: Briefing | None = None) -> Briefing:
        """Synchronous ``abrief``."""
        return self._run(self.abrief(paths, fallback_date=fallback_date, since=since))

    def brief_articles(
        self,
        articles: list[Article],
        *,
        fallback_date: date | None = None,
        since: Briefing | None = None,
        on_article: ArticleCallback | None = None,
        on_stage: StageCallback | None = None,
    ) -> Briefing:
        """Synchronous ``abrief_articles``."""
        return self._run(
            self.abrief_articles(
                articles, fallback_date=fallback_date, since=since, on_article=on_article, on_stage=on_stage
            )
        )

    def extract(
        self,
        articles: list[Article],
        *,
        on_article: ArticleCallback | None = None,
        on_stage: StageCallback | None = None,
    ) -> MapOutcome:
        """Synchronous ``aextract``."""
        return self._run(self.aextract(articles, on_article=on_article, on_stage=on_stage))

    def merge(
        self, summaries: list[ArticleSummary], *, since: Briefing | None = None, briefing_date: date | None = None
    ) -> Briefing:
        """Synchronous ``amerge``."""
        return self._run(self.amerge(summaries, since=since, briefing_date=briefing_date))

    def batch(
        self,
        articles: list[Article],
        *,
        resume: str | None = None,
        requests_to: Path | None = None,
        results_from: Path | None = None,
        say: batch_path.Say | None = None,
    ) -> batch_path.BatchReport:
        """The batch path (async: ``summarise.batch.run``): the extract requests the cache cannot answer sent as one
        Batch API job (or ``resume`` waited for), or written to ``requests_to``, or answered from ``results_from``."""
        from summarise import batch as batch_path  # loaded for the batch path only

        work = batch_path.run(
            articles,
            self.backend,
            self.settings,
            resume=resume,
            say=say,
            requests_to=requests_to,
            results_from=results_from,
        )
        return self._run(work)

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        self._loop = self._loop or Loop()
        return self._loop.run(coroutine)

    async def aclose(self) -> None:
        await self.backend.aclose()

    def close(self) -> None:
        if self._loop is None:
            run_sync(self.aclose())
            return
        self._loop.run(self.aclose())
        self._loop.stop()
        self._loop = None

    async def __aenter__(self) -> Summariser:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __enter__(self) -> Summariser:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


async def abrief(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    since: Briefing | None = None,
    on_article: ArticleCallback | None = None,
) -> Briefing:
    """Read articles from files and folders and return the day's briefing (one summariser, one call)."""
    async with Summariser(settings, backend=backend) as s:
        return await s.abrief(paths, fallback_date=fallback_date, since=since, on_article=on_article)


async def aextract_files(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    on_article: ArticleCallback | None = None,
) -> MapOutcome:
    """Extract each article of files and folders (the map step alone)."""
    async with Summariser(settings, backend=backend) as s:
        return await s.aextract(prepare(paths, fallback_date=fallback_date), on_article=on_article)


async def amerge(
    summaries: list[ArticleSummary],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    since: Briefing | None = None,
    briefing_date: date | None = None,
) -> Briefing:
    """Build a briefing from ArticleSummary objects made earlier (or elsewhere)."""
    async with Summariser(settings, backend=backend) as s:
        return await s.amerge(summaries, since=since, briefing_date=briefing_date)


def brief(
    paths: list[Path],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    fallback_date: date | None = None,
    since: Briefing | None = None,
) -> Briefing:
    """Synchronous ``abrief``."""
    with Summariser(settings, backend=backend) as s:
        return s.brief(paths, fallback_date=fallback_date, since=since)


def merge_summaries(
    summaries: list[ArticleSummary],
    *,
    settings: Settings | None = None,
    backend: Backend | None = None,
    since: Briefing | None = None,
    briefing_date: date | None = None,
) -> Briefing:
    """Synchronous ``amerge``."""
    with Summariser(settings, backend=backend) as s:
        return s.merge(summaries, since=since, briefing_date=briefing_date)


async def acheck(
    settings: Settings, *, pull: bool = False, progress: Progress | None = None, only_if_first: bool = False
) -> str | None:
    """Ask the backend whether it can serve the model (and pull it where it can); raises naming the fix. With
    ``only_if_first``, only backends that want checking before a run (``checks_first``) are asked."""
    backend = make_backend(settings)
    try:
        if only_if_first and not backend.checks_first:
            return None
        return await backend.check(pull=pull, progress=progress)
    finally:
        await backend.aclose()


__all__ = [
    "Summariser",
    "abrief",
    "acheck",
    "aextract_files",
    "amerge",
    "brief",
    "merge_summaries",
    "prepare",
    "run_sync",
]
