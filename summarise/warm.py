"""What a re-run finds done already: the answers the cache holds, the summaries checked from them, and each
article's plan (``derived``), so that a run answered wholly from the cache asks no server anything and builds
no request it does not send.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.backends.base import Backend, GenerateRequest, GenerateResult
from summarise.cache import CachedBackend, keeps
from summarise.derived import Plan, SummaryStore, answers_digest
from summarise.errors import SummariseError
from summarise.extract import combine, requests_for, resolved, summarise_answers, unreadable
from summarise.models import Article, ArticleSummary
from summarise.settings import Settings


@dataclass
class Known:
    """One article's answers as the backend gave them (``raw``) and as read (``answers``), with their keys in the
    cache; and its checked summary, when its plan found one."""

    raw: list[GenerateResult]
    answers: list[GenerateResult]
    keys: list[str | None]
    summary: ArticleSummary | None = None
    plan_key: str | None = None


def recalled(store: SummaryStore, backend: CachedBackend, plan_key: str) -> Known | None:
    """The article's checked summary by its plan, when every answer it names is in the cache and unchanged."""
    plan = store.plan(plan_key)
    if plan is None:
        return None
    hits = [backend.hit(key) for key in plan.requests]
    answers = [h for h in hits if h is not None]
    if len(answers) < len(hits) or answers_digest(answers) != plan.answers:
        return None
    summary = store.get(plan.summary)
    if summary is None:
        return None
    return Known(answers, answers, list(plan.requests), summary, plan_key)


def checked(article: Article, known: Known, store: SummaryStore | None) -> tuple[ArticleSummary, GenerateResult]:
    """The article's checked summary from its answers; with a cache, kept beside them with the article's plan."""
    if known.summary is not None:
        return known.summary, combine(known.raw)
    if store is None:
        return summarise_answers(article, known.answers)
    key = store.key(article, known.answers)
    summary = store.get(key)
    if summary is not None:
        result = combine(known.answers)
    else:
        summary, result = summarise_answers(article, known.answers)
        store.put(key, summary)
    keys = [k for k in known.keys if k is not None]
    if known.plan_key is not None and len(keys) == len(known.keys):
        store.keep_plan(known.plan_key, Plan(keys, answers_digest(known.raw), key))
    return summary, result


def answered(
    requests: list[GenerateRequest], raw: list[GenerateResult], backend: Backend, plan_key: str | None
) -> Known:
    """Answers just got for an article's requests. Its plan is kept only when the cache kept every answer."""
    kept = isinstance(backend, CachedBackend) and all(keeps(r, a) for r, a in zip(requests, raw, strict=True))
    keys: list[str | None] = [r.cache_key for r in requests] if kept else [None]
    return Known(raw, [resolved(r, a) for r, a in zip(requests, raw, strict=True)], keys, plan_key=plan_key)


async def window_and_cached(
    articles: list[Article], backend: Backend, settings: Settings, store: SummaryStore | None
) -> tuple[int, dict[int, Known]]:
    """The context window to plan with, and what the cache holds already, by the article's position.

    With a window the cache remembers, articles are planned with it and looked up first: a run answered wholly
    from the cache asks no server anything. At the first request the cache cannot answer, the backend is asked
    for its window before any call is made; the answers found so far stand only if that window is unchanged.
    """
    window = await backend.context_window()
    if not isinstance(backend, CachedBackend) or backend.window_confirmed:
        return window, {}
    found: dict[int, Known] = {}
    context = SummaryStore.plan_context(settings, window, backend)
    for i, article in enumerate(articles):
        if unreadable(article) is not None:
            continue
        plan_key = SummaryStore.plan_key(article, context) if store is not None else None
        known = recalled(store, backend, plan_key) if store is not None and plan_key is not None else None
        if known is None:
            try:
                requests = await requests_for(article, backend, settings, window)
            except SummariseError:
                continue  # planned again in the map, which reports why it cannot be
            hits = _cached(backend, requests)
            if hits is None:
                confirmed = await backend.confirm_window()
                return confirmed, found if confirmed == window else {}
            answers = [resolved(r, h) for r, h in zip(requests, hits, strict=True)]
            known = Known(hits, answers, [r.cache_key for r in requests], plan_key=plan_key)
        found[i] = known
    return window, found


def _cached(backend: CachedBackend, requests: list[GenerateRequest]) -> list[GenerateResult] | None:
    """The cache's answers to every request, or None at the first it cannot answer."""
    hits = []
    for request in requests:
        hit = backend.lookup(request)
        if hit is None:
            return None
        hits.append(hit)
    return hits
