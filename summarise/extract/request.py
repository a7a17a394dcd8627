"""The request for one article (or one part of a long one): the prompt, and a schema in which "who" and
"when" can only be names and date phrases written in the article."""

from __future__ import annotations

import math
from datetime import date
from functools import lru_cache
from itertools import pairwise

from summarise import dates, ground
from summarise.backends.base import GenerateRequest, estimate_tokens, messages_tokens
from summarise.backends.base import estimate_tokens as _estimate
from summarise.errors import ContextOverflow
from summarise.extract.draft import MAX_EVENTS, ConstrainedDraft, draft_class
from summarise.happening import reports_nothing
from summarise.models import Article
from summarise.names import candidate_names
from summarise.prompts import render
from summarise.sentences import sentences
from summarise.settings import Settings


def relative_base(article: Article, at: int | None = None) -> date | None:
    """The date relative phrases are resolved against: the page's own date or the user's --date; for a sentence
    at ``at`` under a live page's day line ("Friday 27 November"), that day ("this morning" in a post of the
    Friday of a page begun on the Thursday is the Friday's)."""
    meta = article.meta
    if meta is None or meta.published_source not in ("page", "flag"):
        return None
    if at is None or meta.published is None:
        return meta.published
    days = [day for start, day in _day_lines(article.cleaned, meta.published) if start < at]
    return days[-1] if days else meta.published


LIVE_DAYS = 3  # the days either side of its date a live page's day lines may stand for


@lru_cache(maxsize=8)
def _day_lines(text: str, published: date) -> tuple[tuple[int, date], ...]:
    """Where a line that is only a day stands ("Friday 27 November", "Thursday 26 November 2026"), and its day: a
    live page's dividers, newest first, within LIVE_DAYS of the page's date. A line of one day only, or days in
    their order (a schedule), give no divider."""
    found: list[tuple[int, date]] = []
    at = 0
    for line in text.split("\n"):
        bare = line.strip().strip(".:")
        phrases = dates.find_phrases(bare) if 8 <= len(bare) <= 40 else []
        if len(phrases) == 1 and len(phrases[0]) >= len(bare) - 6:  # the line is the date ("Friday, 27 November")
            got = dates.resolve(phrases[0], published)
            if got.precision == "day" and got.start == got.end and got.start is not None:
                if abs((got.start - published).days) <= LIVE_DAYS:
                    found.append((at, got.start))
        at += len(line) + 1
    days = [d for _, d in found]
    # A live page runs newest first; days in their order are a schedule's ("Tuesday 1 December: strike").
    newest_first = all(a > b for a, b in pairwise(days))
    return tuple(found) if len(set(days)) >= 2 and newest_first else ()


MAX_CHOICES = 40


def constrained_model(text: str, choices: tuple[str, ...] = ()) -> type[ConstrainedDraft]:
    """The draft schema for one article: "who" and "when" can only be names and date phrases written in it
    (and, in the extractive mode, an event's evidence only one of ``choices``).

    Under grammar-constrained decoding a model cannot then invent a name, a date or a quote; the checks run
    all the same, for servers that do not enforce schemas.
    """
    names = tuple(_names(text))
    phrases = tuple(dict.fromkeys(dates.find_phrases(text)))[:MAX_CHOICES]
    return draft_class(names, phrases, text, choices)


@lru_cache(maxsize=8)
def _names(text: str) -> tuple[str, ...]:
    """The article's names, found once for the schema and the candidate sentences of one request."""
    return tuple(candidate_names(text)[:MAX_CHOICES])


MAX_CANDIDATES = 12
LEAD = 2


def candidates(text: str) -> tuple[str, ...]:
    """The sentences code proposes for the extractive mode, in the article's order: the lead, then those that
    name someone and carry a date phrase or a figure."""
    names = _names(text)
    picked: list[str] = []
    for n, s in enumerate(sentences(text)):
        named = any(name in s.text for name in names)
        dated = bool(dates.find_phrases(s.text)) or bool(ground.numbers(s.text))
        if (n < LEAD or (named and dated)) and not reports_nothing(s.text):
            picked.append(s.text)
    return tuple(dict.fromkeys(picked))[:MAX_CANDIDATES]


def _prompt(article: Article, text: str, choices: tuple[str, ...] = ()) -> str:
    assert article.meta is not None
    return render(
        "extract_choose.j2" if choices else "extract.j2",
        outlet=article.meta.outlet,
        published=article.meta.published if article.meta.published_source in ("page", "flag") else None,
        text=text,
        max_events=MAX_EVENTS,
        choices=list(choices),
    )


def build_request(
    article: Article, settings: Settings, text: str | None = None, *, extractive: bool = False
) -> GenerateRequest:
    """The request for an article, or for one part of it (``text``) when the whole does not fit. In the
    extractive mode the model chooses each event's evidence among sentences code proposes."""
    text = article.cleaned if text is None else text
    choices = candidates(text) if extractive else ()
    return GenerateRequest(
        messages=[{"role": "user", "content": _prompt(article, text, choices)}],
        response_model=constrained_model(text, choices),
        kind="extract",
        context={"article": text},
        # In the extractive mode the grammar already holds evidence, names and dates to the article; a re-ask
        # could only fix the wording, which the checks replace by the sentence's own, and a small model asked
        # again tends to answer with fewer events, not better ones.
        reask=0 if choices else settings.reask,
        temperature=settings.temperature,
        seed=settings.seed,
        max_tokens=settings.max_tokens,
    )


def extractive(settings: Settings, backend_name: str) -> bool:
    """Whether to ask for the extractive mode: forced by ``--extract-mode``, else for the embedded model, which
    is too small to quote sentences faithfully but chooses among them well."""
    return settings.extract_mode == "extractive" or (settings.extract_mode == "auto" and backend_name == "local")


def _budget(article: Article, settings: Settings, context_window: int) -> int:
    """Tokens left for the article's text in one call: the window less the prompt around it and the answer."""
    overhead = messages_tokens([{"role": "user", "content": _prompt(article, "")}]) + settings.max_tokens
    return context_window - overhead


def may_not_fit(article: Article, settings: Settings, context_window: int) -> bool:
    """Whether the estimate (which errs high) says the article might not fit one call: only then is the
    backend's own tokenizer asked, and its count decides."""
    return estimate_tokens(article.cleaned) > _budget(article, settings, context_window)


def parts(article: Article, settings: Settings, context_window: int, scale: float = 1.0) -> list[str]:
    """The article's text in as few runs of whole paragraphs as fit the context window, each with its prompt.
    ``scale`` turns the estimate into the backend's own count (its tokenizer's count of the article over the
    estimate's), so a tokenizer, where there is one, decides where an article is split.

    Nothing is cut: a paragraph too long for any call is split at sentences, and a sentence too long for any
    call is an error that names the fix.
    """
    budget = _budget(article, settings, context_window)

    def estimate_tokens(text: str) -> int:
        return math.ceil(_estimate(text) * scale)

    if estimate_tokens(article.cleaned) <= budget:
        return [article.cleaned]
    pieces: list[str] = []
    for para in article.cleaned.split("\n\n"):
        pieces += [para] if estimate_tokens(para) <= budget else [s.text for s in sentences(para)]
    runs: list[list[str]] = [[]]
    for piece in pieces:
        if estimate_tokens(piece) > budget:
            raise ContextOverflow(
                f"article {article.article_id} has a sentence of about {estimate_tokens(piece)} "
                f"tokens, more than the {max(budget, 0)} the model's context of {context_window} "
                f"leaves: use a model with a larger context or pass --context-window if it has one"
            )
        if runs[-1] and estimate_tokens("\n\n".join([*runs[-1], piece])) > budget:
            runs.append([])
        runs[-1].append(piece)
    return ["\n\n".join(run) for run in runs]
