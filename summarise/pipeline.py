"""The only module that knows the whole flow:

    load -> clean -> extract (map, concurrent, bounded) -> merge (reduce, staged) -> Briefing

One article that fails never sinks the run: it is listed in the briefing as failed, with why.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from summarise import merge
from summarise.backends import make_backend
from summarise.backends.base import Backend, GenerateRequest, GenerateResult
from summarise.cache import CachedBackend, ResponseCache
from summarise.clean import clean_article
from summarise.errors import BackendUnreachable, ConfigError, ModelNotFound, SummariseError
from summarise.extract import extract
from summarise.load import load
from summarise.models import (
    Article,
    ArticleStatus,
    ArticleSummary,
    Briefing,
    BriefingEvent,
    RunRecord,
    Statement,
)
from summarise.settings import Settings

ArticleCallback = Callable[[str, str], None]


@dataclass
class MapOutcome:
    summaries: list[ArticleSummary]
    statuses: list[ArticleStatus]
    usage: merge.Usage


def open_backend(settings: Settings, backend: Backend | None = None) -> Backend:
    """The backend to use, wrapped in the response cache unless caching is off."""
    inner = backend or make_backend(settings)
    if not settings.use_cache:
        return inner
    return CachedBackend(inner, ResponseCache(settings.cache_dir))


def prepare(paths: list[Path], *, fallback_date: date | None = None) -> list[Article]:
    return [clean_article(a, fallback_date=fallback_date) for a in load(paths)]


def _status(article: Article, summary: ArticleSummary | None, reason: str | None) -> ArticleStatus:
    meta = article.meta
    return ArticleStatus(
        article_id=article.article_id, path=article.path, title=meta.title if meta else None,
        outlet=meta.outlet if meta else None, published=meta.published if meta else None,
        published_source=meta.published_source if meta else "none",
        status="ok" if summary is not None else "failed", reason=reason,
        summary=summary.summary if summary else None, summary_source=summary.summary_source if summary else None,
        summary_evidence=summary.summary_evidence if summary else [],
        events=len(summary.events) if summary else 0, dropped=len(summary.dropped) if summary else 0,
        removed_lines=article.clean_report.removed_lines if article.clean_report else 0,
    )


async def amap(articles: list[Article], backend: Backend, settings: Settings, *,
               on_article: ArticleCallback | None = None) -> MapOutcome:
    """Extract every article concurrently (at most ``settings.concurrency`` at once)."""
    usage = merge.Usage()
    window = await backend.context_window()
    gate = asyncio.Semaphore(settings.concurrency)

    async def one(article: Article) -> tuple[ArticleSummary | None, str | None]:
        if article.hints.get("error"):
            return None, article.hints["error"]
        if not article.cleaned.strip():
            return None, "no article text left after cleaning (empty or only page clutter)"
        async with gate:
            try:
                summary, result = await extract(article, backend, settings, window)
            except (BackendUnreachable, ModelNotFound, ConfigError):
                raise  # would fail every article the same way: stop the run with one clear message
            except SummariseError as exc:
                return None, str(exc)
            except Exception as exc:  # noqa: BLE001 - one article's failure must not lose the others
                return None, f"unexpected {type(exc).__name__} while extracting: {exc}"[:500]
            usage.add(result)
            if result.data is None:
                return None, "the model's answer was not usable JSON: " + "; ".join(result.errors)[:300]
            return summary, None

    async def tracked(article: Article) -> tuple[ArticleSummary | None, str | None]:
        got = await one(article)
        if on_article is not None:
            on_article(article.article_id, "ok" if got[0] is not None else "failed")
        return got

    outcomes = await asyncio.gather(*(tracked(a) for a in articles))
    summaries = [s for s, _ in outcomes if s is not None]
    statuses = [_status(a, s, r) for a, (s, r) in zip(articles, outcomes, strict=True)]
    return MapOutcome(summaries, statuses, usage)


def _briefing_date(statuses: list[ArticleStatus], fallback: date | None) -> date:
    if fallback is not None:
        return fallback
    dated = [s.published for s in statuses if s.published and s.published_source == "page"]
    return max(dated) if dated else date.today()


async def areduce(summaries: list[ArticleSummary], statuses: list[ArticleStatus], backend: Backend,
                  settings: Settings, *, usage: merge.Usage, since: Briefing | None = None,
                  briefing_date: date | None = None, started: float | None = None) -> Briefing:
    """Merge article summaries into one briefing."""
    started = started if started is not None else time.perf_counter()
    window = await backend.context_window()

    async def ask(request: GenerateRequest) -> GenerateResult:
        return await backend.generate(request)

    items = merge.items_from(summaries)
    clusters = await merge.group_events(items, ask=ask, settings=settings, usage=usage)
    events = merge.build_events(clusters)
    if since is not None:
        merge.mark_changes(events, since)
    headline, overview = await merge.overview(events, ask=ask, settings=settings, context_window=window,
                                              usage=usage)
    key = merge.key_developments(events)
    if headline is None:
        headline = _fallback_headline(events, statuses)
    headline, overview, key = merge.with_evidence([headline, *overview, *key], events, len(overview))
    drops = usage.drops + [d for s in summaries for d in s.dropped]
    run = RunRecord(backend=backend.name, model=backend.model, model_calls=usage.calls, cache_hits=usage.cache_hits,
                    prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
                    wall_seconds=round(time.perf_counter() - started, 3), reduce_stages=usage.stages,
                    context_window=window, dropped_items=len(drops))
    return Briefing(date=briefing_date or _briefing_date(statuses, None), headline=headline, overview=overview,
                    key_developments=key, events=events, timeline=merge.timeline(events),
                    actors=merge.actors(events), conflicts=merge.conflicts(summaries), articles=statuses,
                    dropped=drops, run=run)


def _fallback_headline(events: list[BriefingEvent], statuses: list[ArticleStatus]) -> Statement:
    if events:
        return Statement(text=events[0].what, event_ids=[events[0].id], source="event")
    ok = sum(s.status == "ok" for s in statuses)
    return Statement(text=f"No checked events in {ok} of {len(statuses)} articles", event_ids=["none"],
                     source="event")


async def abrief(paths: list[Path], *, settings: Settings | None = None, backend: Backend | None = None,
                 fallback_date: date | None = None, since: Briefing | None = None,
                 on_article: ArticleCallback | None = None) -> Briefing:
    """Read articles from files and folders and return the day's briefing."""
    started = time.perf_counter()
    articles = prepare(paths, fallback_date=fallback_date)
    return await abrief_articles(articles, settings=settings, backend=backend, fallback_date=fallback_date,
                                 since=since, on_article=on_article, started=started)


async def abrief_articles(articles: list[Article], *, settings: Settings | None = None,
                          backend: Backend | None = None, fallback_date: date | None = None,
                          since: Briefing | None = None, on_article: ArticleCallback | None = None,
                          started: float | None = None) -> Briefing:
    """The day's briefing from articles already loaded and cleaned (``prepare``)."""
    settings = settings or Settings()
    started = started if started is not None else time.perf_counter()
    active = open_backend(settings, backend)
    try:
        mapped = await amap(articles, active, settings, on_article=on_article)
        return await areduce(mapped.summaries, mapped.statuses, active, settings, usage=mapped.usage, since=since,
                             briefing_date=_briefing_date(mapped.statuses, fallback_date), started=started)
    finally:
        await active.aclose()


async def aextract_files(paths: list[Path], *, settings: Settings | None = None, backend: Backend | None = None,
                         fallback_date: date | None = None,
                         on_article: ArticleCallback | None = None) -> MapOutcome:
    """Extract each article of files and folders (the map step alone)."""
    articles = prepare(paths, fallback_date=fallback_date)
    return await aextract_articles(articles, settings=settings, backend=backend, on_article=on_article)


async def aextract_articles(articles: list[Article], *, settings: Settings | None = None,
                            backend: Backend | None = None, on_article: ArticleCallback | None = None) -> MapOutcome:
    """Extract articles already loaded and cleaned (``prepare``)."""
    settings = settings or Settings()
    active = open_backend(settings, backend)
    try:
        return await amap(articles, active, settings, on_article=on_article)
    finally:
        await active.aclose()


async def amerge(summaries: list[ArticleSummary], *, settings: Settings | None = None,
                 backend: Backend | None = None, since: Briefing | None = None,
                 briefing_date: date | None = None) -> Briefing:
    """Build a briefing from ArticleSummary objects made earlier (or elsewhere)."""
    settings = settings or Settings()
    statuses = [ArticleStatus(article_id=s.article_id, path=s.path, title=s.title, outlet=s.outlet,
                              published=s.published, published_source=s.published_source, status="ok",
                              summary=s.summary, summary_source=s.summary_source, summary_evidence=s.summary_evidence,
                              events=len(s.events), dropped=len(s.dropped)) for s in summaries]
    active = open_backend(settings, backend)
    try:
        return await areduce(summaries, statuses, active, settings, usage=merge.Usage(), since=since,
                             briefing_date=briefing_date or _briefing_date(statuses, None))
    finally:
        await active.aclose()


def brief(paths: list[Path], **options: object) -> Briefing:
    """Synchronous ``abrief``."""
    return asyncio.run(abrief(paths, **options))  # type: ignore[arg-type]


def merge_summaries(summaries: list[ArticleSummary], **options: object) -> Briefing:
    """Synchronous ``amerge``."""
    return asyncio.run(amerge(summaries, **options))  # type: ignore[arg-type]


__all__ = ["SummariseError", "abrief", "aextract_files", "amerge", "brief", "merge_summaries", "prepare"]
