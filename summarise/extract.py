"""Map: one cleaned Article -> one ArticleSummary, through one model call (one per part when the article is
longer than the context) whose every item code checks.

The model fills a ``SummaryDraft``. While it answers, a validator checks each quote against the
article; a failing answer goes back to the model once with the precise errors (instructor's
re-ask). Whatever still fails is dropped and counted, never shown: evidence must be found in the
article, an event's figures must stand in its evidence, names must stand in the article, and a date
phrase must be written in the article before code resolves it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import Field, ValidationError, ValidationInfo, create_model, model_validator
from rapidfuzz import fuzz

from summarise import dates, ground
from summarise.backends.base import Backend, GenerateRequest, GenerateResult, estimate_tokens, messages_tokens
from summarise.errors import ContextOverflow
from summarise.models import (
    Article,
    ArticleSummary,
    Drop,
    Event,
    EventDate,
    EventDraft,
    Evidence,
    SummaryDraft,
    list_of,
    one_of,
)
from summarise.prompts import render
from summarise.settings import Settings

MAX_EVENTS = 5
SUMMARY_MATCH_MIN = 55.0


class CheckedSummaryDraft(SummaryDraft):
    """``SummaryDraft`` that, given the article in its validation context, rejects what it cannot find."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedSummaryDraft:
        ctx = info.context or {}
        text = ctx.get("article")
        if not text:
            return self
        problems = []
        for i, ev in enumerate(self.events):
            found = ground.find_evidence(ev.evidence, ev.what, text, "check")
            if found is None:
                problems.append(f"events[{i}].evidence is not a sentence of the article: copy one sentence exactly")
                continue
            problems += [f"events[{i}].what: {p}" for p in ground.unsupported(ev.what, found.text, text)]
            if ev.when and ev.when.lower() not in text.lower():
                problems.append(f"events[{i}].when {ev.when!r} is not written in the article: copy it or leave it empty")
        problems += [f"summary: {p}" for p in ground.unsupported(self.summary, text, text)]
        if problems:
            raise ValueError("; ".join(problems))
        return self


def relative_base(article: Article) -> date | None:
    """The date relative phrases are resolved against: the page's own date or the user's --date."""
    meta = article.meta
    if meta is None or meta.published_source not in ("page", "flag"):
        return None
    return meta.published


MAX_CHOICES = 40


def constrained_model(text: str) -> type[CheckedSummaryDraft]:
    """The draft schema for one article: "who" and "when" can only be names and date phrases written in it.

    Under grammar-constrained decoding a model cannot then invent a name or a date; the checks run
    all the same, for servers that do not enforce schemas.
    """
    names = ground.candidate_names(text)[:MAX_CHOICES]
    phrases = list(dict.fromkeys(dates.find_phrases(text)))[:MAX_CHOICES]
    when_type = one_of(("", *phrases))
    who_type = list_of(one_of(tuple(names) or ("",)))
    event = create_model(
        "EventDraft", __base__=EventDraft,
        who=(who_type, Field(default_factory=list, max_length=4 if names else 0,
                             description="People or organisations named in the article.")),
        when=(when_type, Field(default="", description="The date words exactly as the article writes them, or empty.")),
    )
    return create_model(
        "CheckedSummaryDraft", __base__=CheckedSummaryDraft,
        events=(list_of(event), Field(default_factory=list, max_length=MAX_EVENTS)),
    )


def build_request(article: Article, settings: Settings, text: str | None = None) -> GenerateRequest:
    """The request for an article, or for one part of it (``text``) when the whole does not fit."""
    assert article.meta is not None
    text = article.cleaned if text is None else text
    prompt = render("extract.j2", outlet=article.meta.outlet, published=article.meta.published
                    if article.meta.published_source in ("page", "flag") else None,
                    text=text, max_events=MAX_EVENTS)
    return GenerateRequest(
        messages=[{"role": "user", "content": prompt}],
        response_model=constrained_model(text),
        context={"article": text},
        reask=settings.reask,
        temperature=settings.temperature,
        seed=settings.seed,
        max_tokens=settings.max_tokens,
    )


def parts(article: Article, settings: Settings, context_window: int) -> list[str]:
    """The article's text in as few runs of whole paragraphs as fit the context window, each with its prompt.

    Nothing is cut: a paragraph too long for any call is split at sentences, and a sentence too long for any
    call is an error that names the fix.
    """
    overhead = messages_tokens(build_request(article, settings, text="").messages) + settings.max_tokens
    budget = context_window - overhead
    if estimate_tokens(article.cleaned) <= budget:
        return [article.cleaned]
    pieces: list[str] = []
    for para in article.cleaned.split("\n\n"):
        pieces += [para] if estimate_tokens(para) <= budget else [s.text for s in ground.sentences(para)]
    runs: list[list[str]] = [[]]
    for piece in pieces:
        if estimate_tokens(piece) > budget:
            raise ContextOverflow(f"article {article.article_id} has a sentence of about {estimate_tokens(piece)} "
                                  f"tokens, more than the {max(budget, 0)} the model's context of {context_window} "
                                  f"leaves: use a model with a larger context or pass --context-window if it has one")
        if runs[-1] and estimate_tokens("\n\n".join([*runs[-1], piece])) > budget:
            runs.append([])
        runs[-1].append(piece)
    return ["\n\n".join(run) for run in runs]


def _event(article: Article, n: int, draft: EventDraft, drops: list[Drop]) -> Event | None:
    text, aid = article.cleaned, article.article_id
    evidence = ground.find_evidence(draft.evidence, draft.what, text, aid)
    if evidence is None:
        drops.append(Drop(kind="event", text=draft.what, reason="its evidence is not in the article"))
        return None
    what, what_source = draft.what, "model"
    problems = ground.unsupported(draft.what, evidence.text, text)
    if problems:
        drops.append(Drop(kind="event", text=draft.what, reason="; ".join(problems) + " (the evidence is shown)"))
        what, what_source = evidence.text, "evidence"
    who = []
    for name in dict.fromkeys(draft.who):
        if ground.mentioned(name, text):
            who.append(name)
        else:
            drops.append(Drop(kind="who", text=name, reason="not named in the article"))
    base = relative_base(article)
    when = EventDate()
    if draft.when and draft.when.lower() in text.lower():
        when = dates.resolve(draft.when, base)
    elif draft.when:
        drops.append(Drop(kind="when", text=draft.when, reason="not written in the article"))
    if when.precision == "unknown":
        found = dates.first_resolved(evidence.text, base)
        when = found if found.phrase else when
    where = draft.where if draft.where and ground.mentioned(draft.where, text) else None
    return Event(id=f"{aid}#{n}", article_id=aid, what=what, what_source=what_source,  # type: ignore[arg-type]
                 who=who, where=where, when=when, evidence=[evidence])


def _overlaps(a: Evidence, b: Evidence) -> bool:
    """Two spans that share more than half of the shorter one: the same statement twice."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0.5 * min(a.end - a.start, b.end - b.start)


def _summary_evidence(summary: str, article: Article) -> list[Evidence] | None:
    """For each sentence of a summary, the article sentence that best supports it; None if one has none."""
    spans = ground.sentences(article.cleaned)
    found: list[Evidence] = []
    for sentence in [s.text for s in ground.sentences(summary)] or [summary]:
        best = max(spans, key=lambda s: fuzz.token_set_ratio(sentence, s.text), default=None)
        if best is None:
            return None
        score = fuzz.token_set_ratio(sentence, best.text)
        if score < SUMMARY_MATCH_MIN:
            return None
        found.append(Evidence(article_id=article.article_id, start=best.start, end=best.end, text=best.text,
                              match="fuzzy", score=round(score, 1)))
    return found


def _lead(article: Article) -> tuple[str, list[Evidence]]:
    """The article's own first two sentences after the title: a summary in the outlet's words."""
    assert article.meta is not None
    title = article.meta.title
    spans = [s for s in ground.sentences(article.cleaned) if s.text != title][:2]
    evidence = [Evidence(article_id=article.article_id, start=s.start, end=s.end, text=s.text, match="exact",
                         score=100.0) for s in spans]
    return " ".join(s.text for s in spans) or title, evidence


def _drafts(data: dict[str, Any] | None, drops: list[Drop], max_events: int) -> tuple[str, list[EventDraft]]:
    if not data:
        return "", []
    summary = data.get("summary") if isinstance(data.get("summary"), str) else ""
    events: list[EventDraft] = []
    for item in data.get("events") or []:
        try:
            events.append(EventDraft.model_validate(item))
        except ValidationError as exc:
            drops.append(Drop(kind="event", text=str(item)[:200], reason=f"malformed: {exc.errors()[0]['msg']}"))
    return summary or "", events[:max_events]


def build_summary(article: Article, result: GenerateResult, *, max_events: int = MAX_EVENTS) -> ArticleSummary:
    """Turn a model's answer into an ArticleSummary of checked items only."""
    assert article.meta is not None
    drops: list[Drop] = []
    summary, drafts = _drafts(result.data, drops, max_events)
    events: list[Event] = []
    for draft in drafts:
        event = _event(article, len(events) + 1, draft, drops)
        if event is None:
            continue
        if any(_overlaps(event.evidence[0], e.evidence[0]) for e in events):
            drops.append(Drop(kind="event", text=event.what, reason="repeats an event already listed"))
            continue
        events.append(event)
    summary_source, evidence = "model", None
    problems = ground.unsupported(summary, article.cleaned, article.cleaned) if summary else ["no summary"]
    if not problems:
        evidence = _summary_evidence(summary, article)
    if problems or evidence is None:
        if summary:
            drops.append(Drop(kind="summary", text=summary, reason="; ".join(problems) or
                              "no sentence of the article supports it"))
        summary, evidence = _lead(article)
        summary_source = "lead"
    meta = article.meta
    return ArticleSummary(
        article_id=article.article_id, path=article.path, title=meta.title, outlet=meta.outlet,
        language=meta.language, published=meta.published, published_source=meta.published_source,
        summary=summary, summary_source=summary_source, summary_evidence=evidence,  # type: ignore[arg-type]
        events=events,
        figures=ground.figures(article.cleaned, article.article_id, meta.outlet, meta.published,
                               meta.published_source),
        dropped=drops, cleaned_text=article.cleaned,
    )


def _combine(results: list[GenerateResult]) -> GenerateResult:
    """One answer from the answers for each part: the first part's summary, every part's events."""
    if len(results) == 1:
        return results[0]
    answered = [r.data for r in results if r.data]
    data = {"summary": next((d.get("summary") for d in answered if d.get("summary")), ""),
            "events": [e for d in answered for e in (d.get("events") or [])]} if answered else None
    return GenerateResult(data=data, valid=all(r.valid for r in results), errors=[e for r in results for e in r.errors],
                          calls=sum(r.calls for r in results), prompt_tokens=sum(r.prompt_tokens for r in results),
                          completion_tokens=sum(r.completion_tokens for r in results),
                          cached=all(r.cached for r in results))


async def extract(article: Article, backend: Backend, settings: Settings, context_window: int) -> tuple[
        ArticleSummary, GenerateResult]:
    """Extract one article; an article longer than the context is read in parts (never cut)."""
    results = [await backend.generate(build_request(article, settings, text))
               for text in parts(article, settings, context_window)]
    result = _combine(results)
    return build_summary(article, result, max_events=MAX_EVENTS * len(results)), result
