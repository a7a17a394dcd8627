"""The only module that knows the whole flow:

    inputs -> clean -> extract (map, concurrent, bounded) -> merge.reduce (staged) -> Briefing

One article that fails never sinks the run: it is listed in the briefing as failed, with why.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from summarise import inputs, merge
from summarise.backends import concurrency_for, make_backend
from summarise.backends.base import Backend, GenerateRequest, GenerateResult, Usage
from summarise.cache import CachedBackend, CacheUnavailable, ResponseCache, log
from summarise.clean import clean_article
from summarise.derived import SummaryStore
from summarise.errors import BackendUnreachable, ConfigError, ModelNotFound, SummariseError
from summarise.extract import requests_for, unreadable
from summarise.loop import gather_all
from summarise.models import Article, ArticleStatus, ArticleSummary, Briefing, RunRecord, web_url
from summarise.settings import Settings
from summarise.warm import Known, answered, checked, recalled, window_and_cached

ArticleCallback = Callable[[str, str], None]
T = TypeVar("T")


@dataclass
class MapOutcome:
    summaries: list[ArticleSummary]
    statuses: list[ArticleStatus]
    usage: Usage


def open_backend(settings: Settings, backend: Backend | None = None) -> Backend:
    """The backend to use, wrapped in the response cache unless caching is off."""
    inner = backend or make_backend(settings)
    if not settings.use_cache:
        return inner
    try:
        return CachedBackend(inner, ResponseCache(settings.cache_dir), configured_window=settings.context_window)
    except CacheUnavailable as exc:
        log.warning("summarise: %s; this run goes on without it", exc)
        return inner


def prepare(paths: list[Path], *, fallback_date: date | None = None, stdin_name: str = "stdin") -> list[Article]:
    """Read and clean every article the paths hold (``-``: one from standard input, named ``stdin_name``)."""
    return [clean_article(a, fallback_date=fallback_date) for a in inputs.read(paths, stdin_name=stdin_name)]


ORIGIN = {"article_id", "path", "title", "outlet", "published", "published_source"}
SUMMARY = {"summary", "summary_source", "summary_evidence"}


def _status(article: Article, summary: ArticleSummary | None, reason: str | None) -> ArticleStatus:
    removed = article.clean_report.removed_lines if article.clean_report else 0
    if summary is not None:
        return summary_status(summary, removed_lines=removed, reason=reason)
    meta = article.meta.model_dump(include={"title", "outlet", "published", "published_source"}) if article.meta else {}
    return ArticleStatus(
        article_id=article.article_id,
        path=article.path,
        status="failed",
        reason=reason,
        removed_lines=removed,
        url=web_url(article.hints.get("url")),
        **meta,
    )


def _with_url(article: Article, summary: ArticleSummary | None) -> ArticleSummary | None:
    """The summary carrying the page's own URL, so a briefing merged later from it still links out."""
    url = web_url(article.hints.get("url"))
    return summary.model_copy(update={"url": url}) if summary is not None and url else summary


def summary_status(s: ArticleSummary, *, removed_lines: int = 0, reason: str | None = None) -> ArticleStatus:
    """The status of an article known by its summary; its text is the one the evidence offsets point into.
    It holds the summary's own values (its evidence too), not copies of them."""
    return ArticleStatus(
        status="ok",
        reason=reason,
        events=len(s.events),
        dropped=len(s.dropped),
        removed_lines=removed_lines,
        url=web_url(s.url),
        text=s.cleaned_text,
        **{name: getattr(s, name) for name in ORIGIN | SUMMARY},
    )


@dataclass
class _Map:
    """What every article of one map step shares."""

    backend: Backend
    settings: Settings
    window: int
    usage: Usage
    gate: asyncio.Semaphore
    store: SummaryStore | None
    on_article: ArticleCallback | None = None

    plan_context: str | None = None  # what every article's plan shares (``SummaryStore.plan_context``)

    def plan_key(self, article: Article) -> str | None:
        return SummaryStore.plan_key(article, self.plan_context) if self.plan_context is not None else None


async def _extract_one(
    article: Article, run: _Map, known: Known | None = None
) -> tuple[ArticleSummary | None, str | None]:
    """One article's summary, or why there is none; ``known``: what the cache holds for it already.

    Only the model calls hold a place at the gate: the answers are checked after it is given up (and after a
    waiting article has sent its request), so the model is never idle while code checks an answer.
    """
    reason = unreadable(article)
    if reason is not None:
        return None, reason
    try:
        plan_key = run.plan_key(article) if known is None else None
        if plan_key is not None and run.store is not None and isinstance(run.backend, CachedBackend):
            known = recalled(run.store, run.backend, plan_key)
        if known is None:
            async with run.gate:
                if run.on_article is not None:  # said when the model starts on it, not when it queues
                    run.on_article(article.article_id, "reading")
                requests = await requests_for(article, run.backend, run.settings, run.window)
                raw = [await run.backend.generate(r) for r in requests]
            known = answered(requests, raw, run.backend, plan_key)
            await asyncio.sleep(0)
        summary, result = checked(article, known, run.store)
    except (BackendUnreachable, ModelNotFound, ConfigError):
        raise  # would fail every article the same way: stop the run with one clear message
    except SummariseError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
        return None, f"unexpected {type(exc).__name__} while extracting: {exc}"[:500]
    run.usage.add(result)
    if result.data is None:
        first = next((e.strip().splitlines()[0] for e in result.errors if e.strip()), "no answer")
        return None, f"the model's answer was not usable JSON ({first[:160]}); run again, or try another model"
    if not result.valid and result.errors:
        # Briefed from the checkable part of an answer that failed its checks (or was cut): say so.
        return summary, f"partly answered: {result.errors[0].strip().splitlines()[0][:200]}"
    return summary, None


async def amap(
    articles: list[Article],
    backend: Backend,
    settings: Settings,
    *,
    on_article: ArticleCallback | None = None,
    usage: Usage | None = None,
) -> MapOutcome:
    """Extract every article concurrently (at most ``concurrency_for`` the backend with the model at once)."""
    usage = usage or Usage()
    store = SummaryStore(backend.cache.directory) if isinstance(backend, CachedBackend) else None
    with usage.timed("model"):  # the embedded model starts here; a server says its window
        window, found = await window_and_cached(articles, backend, settings, store)
    with usage.timed("extract"):
        gate = asyncio.Semaphore(concurrency_for(settings, backend.name))
        context = SummaryStore.plan_context(settings, window, backend) if store is not None else None
        run = _Map(backend, settings, window, usage, gate, store, on_article, context)

        async def one(i: int, article: Article) -> tuple[ArticleSummary | None, str | None]:
            got = await _extract_one(article, run, found.get(i))
            if on_article is not None:
                on_article(article.article_id, "ok" if got[0] is not None else "failed")
            return got

        try:  # a backend that cannot serve stops the run: no article is left running
            answers = await gather_all(one(i, a) for i, a in enumerate(articles))
        finally:
            if store is not None:
                store.close()
    outcomes = [(_with_url(a, s), r) for a, (s, r) in zip(articles, answers, strict=True)]
    summaries = [s for s, _ in outcomes if s is not None]
    statuses = [_status(a, s, r) for a, (s, r) in zip(articles, outcomes, strict=True)]
    return MapOutcome(summaries, statuses, usage)


def date_of_briefing(statuses: list[ArticleStatus], fallback: date | None) -> date:
    if fallback is not None:
        return fallback
    dated = [s.published for s in statuses if s.published and s.published_source == "page"]
    return max(dated) if dated else date.today()


async def areduce(
    summaries: list[ArticleSummary],
    statuses: list[ArticleStatus],
    backend: Backend,
    settings: Settings,
    *,
    usage: Usage,
    since: Briefing | None = None,
    briefing_date: date | None = None,
    started: float | None = None,
) -> Briefing:
    """Merge article summaries into one briefing."""
    started = started if started is not None else time.perf_counter()
    briefing_date = date_of_briefing(statuses, briefing_date)
    window = await backend.context_window()
    gate = asyncio.Semaphore(concurrency_for(settings, backend.name))

    async def ask(request: GenerateRequest) -> GenerateResult:
        async with gate:  # a judge's questions go out together, as many at once as the map's calls
            return await backend.generate(request)

    reduced = await merge.reduce(
        summaries,
        ask=ask,
        settings=settings,
        context_window=window,
        usage=usage,
        since=since,
        total_articles=len(statuses),
        briefing_date=briefing_date,
    )
    run = RunRecord(
        backend=backend.name,
        model=backend.model,
        context_window=window,
        wall_seconds=round(time.perf_counter() - started, 3),
        **usage.record(),
    )
    return merge.assemble(
        reduced,
        summaries,
        briefing_date=briefing_date,
        articles=statuses,
        run=run,
        recent_days=settings.recent_days,
    )


__all__ = ["MapOutcome", "amap", "areduce", "date_of_briefing", "open_backend", "prepare"]
