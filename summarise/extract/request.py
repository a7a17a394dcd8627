"""The request for one article (or one part of a long one): the prompt, and a schema in which "who" and
"when" can only be names and date phrases written in the article."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from pydantic import Field, ValidationInfo, create_model, model_validator

from summarise import dates, ground
from summarise.backends.base import GenerateRequest, estimate_tokens, messages_tokens
from summarise.errors import ContextOverflow
from summarise.models import (
    Article,
    EventDraft,
    SummaryDraft,
    list_of,
    one_of,
)
from summarise.prompts import render
from summarise.sentences import sentences
from summarise.settings import Settings

MAX_EVENTS = 5


class CheckedSummaryDraft(SummaryDraft):
    """``SummaryDraft`` that, given its article, rejects what it cannot find there.

    The article comes with the class built for each request (``grounding``), or as a validation context.
    It never travels through instructor's ``context``, which would render the article as a template.
    """

    grounding: ClassVar[dict[str, Any]] = {}

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedSummaryDraft:
        ctx = info.context or type(self).grounding
        text = ctx.get("article")
        if not text:
            return self
        problems = []
        for i, ev in enumerate(self.events):
            found = ground.find_evidence(ev.evidence, ev.what, text, "check")
            if found is None:
                problems.append(f"events[{i}].evidence is not a sentence of the article: copy one sentence exactly")
                continue
            problems += [f"events[{i}].what: {p}" for p in ground.unsupported(ev.what, found.text)]
            if ev.when and not ground.date_written(ev.when, text):
                problems.append(
                    f"events[{i}].when {ev.when!r} is not written in the article: copy it or leave it empty"
                )
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
        "EventDraft",
        __base__=EventDraft,
        who=(
            who_type,
            Field(
                default_factory=list,
                max_length=4 if names else 0,
                description="People or organisations named in the article.",
            ),
        ),
        when=(when_type, Field(default="", description="The date words exactly as the article writes them, or empty.")),
    )
    model = create_model(
        "CheckedSummaryDraft",
        __base__=CheckedSummaryDraft,
        events=(list_of(event), Field(default_factory=list, max_length=MAX_EVENTS)),
    )
    model.grounding = {"article": text}
    return model


def build_request(article: Article, settings: Settings, text: str | None = None) -> GenerateRequest:
    """The request for an article, or for one part of it (``text``) when the whole does not fit."""
    assert article.meta is not None
    text = article.cleaned if text is None else text
    prompt = render(
        "extract.j2",
        outlet=article.meta.outlet,
        published=article.meta.published if article.meta.published_source in ("page", "flag") else None,
        text=text,
        max_events=MAX_EVENTS,
    )
    return GenerateRequest(
        messages=[{"role": "user", "content": prompt}],
        response_model=constrained_model(text),
        kind="extract",
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
