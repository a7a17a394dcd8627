"""Map: one cleaned Article -> one ArticleSummary, through one model call (one per part when the article is
longer than the context) whose every item code checks.

The model fills a ``SummaryDraft``. While it answers, a validator checks each quote against the
article; a failing answer goes back to the model once with the precise errors (instructor's
re-ask). Whatever still fails is dropped and counted, never shown: evidence must be found in the
article, an event's figures must stand in its evidence, names must stand in the article, and a date
phrase must be written in the article before code resolves it.
"""

from __future__ import annotations

import dataclasses

from summarise.backends.base import Backend, GenerateRequest, GenerateResult, estimate_tokens
from summarise.extract.draft import MAX_EVENTS, CheckedSummaryDraft
from summarise.extract.request import build_request, constrained_model, may_not_fit, parts
from summarise.extract.request import extractive as extractive_mode
from summarise.extract.summary import build_summary
from summarise.models import Article, ArticleSummary
from summarise.page_language import page_language
from summarise.settings import Settings


def combine(results: list[GenerateResult]) -> GenerateResult:
    """One answer from the answers for each part: the first part's summary, every part's events."""
    if len(results) == 1:
        return results[0]
    answered = [r.data for r in results if r.data]
    data = (
        {
            "summary": next((d.get("summary") for d in answered if d.get("summary")), ""),
            "events": [e for d in answered for e in (d.get("events") or [])],
        }
        if answered
        else None
    )
    return GenerateResult(
        data=data,
        valid=all(r.valid for r in results),
        errors=[e for r in results for e in r.errors],
        calls=sum(r.calls for r in results),
        prompt_tokens=sum(r.prompt_tokens for r in results),
        completion_tokens=sum(r.completion_tokens for r in results),
        cached=all(r.cached for r in results),
    )


def resolved(request: GenerateRequest, result: GenerateResult) -> GenerateResult:
    """An answer with the extractive mode's sentence numbers ("S3") read as the sentences they name, so an
    answer that failed its checks (kept as the model gave it) is read like one that passed."""
    resolve = getattr(request.response_model, "resolve", None)
    if result.data is None or resolve is None:
        return result
    return dataclasses.replace(result, data=resolve(result.data))


def plan(
    article: Article, settings: Settings, context_window: int, *, extractive: bool = False, scale: float = 1.0
) -> list[GenerateRequest]:
    """The requests for one article: one, or one per part when it is longer than the context (never cut);
    ``extractive`` asks the model to choose each event's evidence among sentences code proposes."""
    with page_language(article.meta.language if article.meta else None):
        return [
            build_request(article, settings, text, extractive=extractive)
            for text in parts(article, settings, context_window, scale)
        ]


def summarise_answers(article: Article, results: list[GenerateResult]) -> tuple[ArticleSummary, GenerateResult]:
    """The article's checked summary from the answers to its requests, and the answers as one."""
    result = combine(results)
    with page_language(article.meta.language if article.meta else None):
        return build_summary(article, result, max_events=MAX_EVENTS * len(results)), result


async def extract(
    article: Article, backend: Backend, settings: Settings, context_window: int
) -> tuple[ArticleSummary, GenerateResult]:
    """Extract one article; an article longer than the context is read in parts (never cut)."""
    results = [resolved(r, await backend.generate(r)) for r in plan(article, settings, context_window)]
    return summarise_answers(article, results)


def unreadable(article: Article) -> str | None:
    """Why no model can read an article (an error while reading it, or no text left after cleaning), or None."""
    if article.hints.get("error"):
        return article.hints["error"]
    if not article.cleaned.strip():
        return "no article text left after cleaning (empty or only page clutter)"
    return None


async def requests_for(article: Article, backend: Backend, settings: Settings, window: int) -> list[GenerateRequest]:
    """The requests the map step sends for one article: as many as it needs to fit ``window`` (counted by the
    backend's tokenizer where it has one), in the extractive mode where the settings or the backend ask for it."""
    scale = await token_scale(article, backend, settings, window)
    return plan(article, settings, window, extractive=extractive_mode(settings, backend.name), scale=scale)


async def token_scale(article: Article, backend: Backend, settings: Settings, window: int) -> float:
    """The backend's tokens for the article over the estimate's, when the estimate says it might not fit one
    call and the backend has a tokenizer (the count is remembered in the cache); else 1 (the estimate)."""
    counter = getattr(backend, "count_tokens", None)
    if counter is None or not may_not_fit(article, settings, window):
        return 1.0
    counted = await counter(article.cleaned)
    return counted / estimate_tokens(article.cleaned) if counted else 1.0


__all__ = [
    "CheckedSummaryDraft",
    "build_request",
    "build_summary",
    "combine",
    "constrained_model",
    "extract",
    "extractive_mode",
    "may_not_fit",
    "parts",
    "plan",
    "requests_for",
    "resolved",
    "summarise_answers",
    "token_scale",
    "unreadable",
]
