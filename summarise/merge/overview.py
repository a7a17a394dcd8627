"""The headline and overview, written by the model from the merged events in stages that each fit the
backend's context window; every sentence is checked against the events it cites.

Lines travel between stages as data (``Line``: the event ids and the text); the prompt shows them as
``E1 (2 outlets, date): text`` or ``E1, E2: text``; the ids are never parsed back out of that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from pydantic import Field, ValidationInfo, create_model, model_validator
from rapidfuzz import fuzz

from summarise import ground
from summarise.asides import without_asides
from summarise.backends.base import GenerateRequest, Usage, estimate_tokens, messages_tokens
from summarise.drafts import HEADLINE_MAX
from summarise.errors import ContextOverflow
from summarise.merge.figures import norm_value
from summarise.merge.group import Ask
from summarise.models import BriefingEvent, Drop, OverviewDraft, Statement, StatementDraft, list_of, one_of
from summarise.prompts import render
from summarise.settings import Settings

MAX_STATEMENTS = 4
MAX_STAGES = 8
OVERVIEW_MAX_TOKENS = 500
RELATED_MIN = 50.0
RELATED_SLACK = 20.0
MIN_WORDS = 3  # "Quake kills 144" says something; "collapse" does not


@dataclass(frozen=True)
class Line:
    """One line of an overview prompt: the events it rests on and what it says of them."""

    ids: tuple[str, ...]
    text: str
    about: str = ""

    def prompt(self) -> str:
        return f"{', '.join(self.ids)}{self.about}: {self.text}"


def event_line(e: BriefingEvent) -> Line:
    when = e.when.phrase or (e.when.start.isoformat() if e.when.start else "undated")
    return Line((e.id,), e.what, f" ({e.reported_by} outlet{'s' if e.reported_by > 1 else ''}, {when})")


class CheckedOverviewDraft(OverviewDraft):
    """``OverviewDraft`` that rejects citations of unknown events and facts the cited events lack."""

    grounding: ClassVar[dict[str, Any]] = {}

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedOverviewDraft:
        support: dict[str, str] = (info.context or type(self).grounding).get("support") or {}
        if not support:
            return self
        problems = _statement_problems(self.headline, self.headline_event_ids, support, "headline")
        for i, st in enumerate(self.overview):
            problems += _statement_problems(st.text, st.event_ids, support, f"overview[{i}]")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _statement_problems(text: str, ids: list[str], support: dict[str, str], label: str) -> list[str]:
    unknown = [i for i in ids if i not in support]
    if unknown:
        return [f"{label} cites unknown event ids {unknown}: cite ids from the list"]
    cited = " ".join(support[i] for i in ids)
    return [f"{label}: {p}" for p in ground.unsupported(text, cited, cited)]


def overview_model(ids: list[str], support: dict[str, str]) -> type[CheckedOverviewDraft]:
    """The overview schema for one call: event ids can only be ids listed in that call's prompt."""
    if not ids:
        model = create_model("CheckedOverviewDraft", __base__=CheckedOverviewDraft)
    else:
        id_type = one_of(tuple(ids))
        statement = create_model(
            "StatementDraft", __base__=StatementDraft, event_ids=(list_of(id_type), Field(min_length=1, max_length=4))
        )
        model = create_model(
            "CheckedOverviewDraft",
            __base__=CheckedOverviewDraft,
            headline_event_ids=(list_of(id_type), Field(min_length=1, max_length=3)),
            overview=(list_of(statement), Field(default_factory=list, max_length=MAX_STATEMENTS)),
        )
    model.grounding = {"support": support}
    return model


def _request(lines: list[Line], support: dict[str, str], settings: Settings) -> GenerateRequest:
    prompt = render("overview.j2", items=[line.prompt() for line in lines], max_statements=MAX_STATEMENTS)
    ids = list(dict.fromkeys(i for line in lines for i in line.ids if i in support))
    return GenerateRequest(
        messages=[{"role": "user", "content": prompt}],
        response_model=overview_model(ids, support),
        kind="overview",
        context={"support": support},
        reask=settings.reask,
        temperature=settings.temperature,
        seed=settings.seed,
        max_tokens=min(settings.max_tokens, OVERVIEW_MAX_TOKENS),
    )


def _batches(lines: list[Line], budget: int) -> list[list[Line]]:
    batches: list[list[Line]] = [[]]
    used = 0
    for line in lines:
        cost = estimate_tokens(line.prompt()) + 2
        if cost > budget:
            raise ContextOverflow(
                f"one event line needs {cost} tokens, more than the {budget} the model's context "
                f"leaves: use a model with a larger context"
            )
        if used + cost > budget and batches[-1]:
            batches.append([])
            used = 0
        batches[-1].append(line)
        used += cost
    return batches


_ENDS = (".", "!", "?", '"', "”", "»", ")")


def whole(text: str, limit: int) -> str:
    """A statement cut at the length limit ("... rose to seven on Friday, and the") back to its last whole
    clause, before its last comma, semicolon or dash; one with no such clause stays as written (and reads cut).
    An aside goes first ("The captain of the ferry Kalinda, which capsized off Ilkos on Sunday night, was
    arrested ... on Tuesday"): cutting at its comma would leave the subject without what it did."""
    text = text.strip()
    if len(text) < limit - 2 or text.endswith(_ENDS):
        return text
    bare = without_asides(text)  # each aside with its closing comma
    if bare != text and len(bare.split()) >= MIN_WORDS:
        return bare.strip()
    cut = _last_clause(text)
    return text[:cut].rstrip() if cut >= limit // 3 else text


def _last_clause(text: str) -> int:
    """Where a text's last clause begins: its last comma, semicolon or dash (-1: none)."""
    return max(text.rfind(", "), text.rfind("; "), text.rfind(" - "), text.rfind(" — "))


def ended(text: str) -> str:
    """An overview sentence as a whole sentence: one the answer cut off ("... on Wednesday, a bigger increase
    than most economists'") goes back to its last whole clause; one with no such clause stays (and is dropped
    as cut). One that ends in a whole word without a stop is whole."""
    text = text.strip()
    if text.endswith((*_ENDS, "’", "…")) or not _CUT.search(text):
        return text  # ended, or whole words without a stop ("... after losing a confidence vote")
    cut = _last_clause(text)
    return text[:cut].rstrip() + "." if cut >= len(text) // 3 else text


# The end of an answer cut off mid-sentence: a possessive's apostrophe, or a word that cannot end one.
_CUT = re.compile(
    r"(?:\w['’]|\b(?:the|a|an|of|and|or|to|than|in|on|at|for|with|by|from|that|which|as|but))$", re.IGNORECASE
)


def _check(text: str, ids: list[str], support: dict[str, str], kind: str, drops: list[Drop]) -> Statement | None:
    """A statement as shown: it must pass the checks, and it keeps only the cited events it is about."""
    ids = list(dict.fromkeys(ids))
    problems = _statement_problems(text, ids, support, kind)
    if kind == "statement" and _CUT.search(text.strip()):
        problems.append("it stops mid-sentence (the answer was cut)")
    if (n := len(text.split())) < MIN_WORDS:
        problems.append(f"too short to say what happened ({n} word{'' if n == 1 else 's'})")
    scores = {i: fuzz.token_set_ratio(text.lower(), support[i].lower()) for i in ids} if not problems else {}
    best = max(scores.values(), default=0.0)
    # Keep the events the statement is most about; one it merely shares a place name with falls away.
    related = [i for i in ids if scores.get(i, 0.0) >= max(RELATED_MIN, best - RELATED_SLACK)]
    if not problems and not related:
        problems = [f"none of the cited events {ids} is about it"]
    if problems:
        drops.append(Drop(kind=kind, text=text, reason="; ".join(problems)))  # type: ignore[arg-type]
        return None
    return Statement(text=text, event_ids=related)


def _checked(
    data: dict[str, Any] | None, support: dict[str, str], drops: list[Drop]
) -> tuple[Statement | None, list[Statement]]:
    if not data:
        return None, []
    try:
        draft = OverviewDraft.model_validate(data)
    except ValueError:
        drops.append(Drop(kind="statement", text=str(data)[:200], reason="malformed answer"))
        return None, []
    headline = _check(whole(draft.headline, HEADLINE_MAX), draft.headline_event_ids, support, "headline", drops)
    kept = [
        st for st in (_check(ended(d.text), d.event_ids, support, "statement", drops) for d in draft.overview) if st
    ]
    return headline, kept


def support_of(events: list[BriefingEvent]) -> dict[str, str]:
    """Each event's checked words: what a statement citing it may say."""
    return {e.id: " ".join([e.what] + [ev.text for s in e.sources for ev in s.evidence]) for e in events}


async def overview(
    events: list[BriefingEvent], *, ask: Ask, settings: Settings, context_window: int, usage: Usage, drops: list[Drop]
) -> tuple[Statement | None, list[Statement]]:
    """Headline and overview, reduced in stages so that no call exceeds the context window."""
    if not events:
        return None, []
    support = support_of(events)
    lines = [event_line(e) for e in events]
    overhead = messages_tokens(_request([], support, settings).messages)
    budget = context_window - overhead - min(settings.max_tokens, OVERVIEW_MAX_TOKENS) - 16
    if budget <= 0:
        raise ContextOverflow(f"the model's context ({context_window} tokens) cannot hold the overview prompt")
    while True:
        usage.stages += 1
        batches = _batches(lines, budget)
        stage: list[Statement] = []
        headline = None
        for batch in batches:
            result = await ask(_request(batch, support, settings))
            usage.add(result)
            h, kept = _checked(result.data, support, drops)
            headline = headline or h
            stage += kept
        stage = _distinct(stage, headline)
        # Next stage: the partial overviews, each still citing the events it rests on.
        next_lines = [Line(tuple(st.event_ids), st.text) for st in stage]
        if len(batches) == 1 or not next_lines or len(next_lines) >= len(lines) or usage.stages >= MAX_STAGES:
            return headline, stage[:MAX_STATEMENTS]
        lines = next_lines


def _distinct(statements: list[Statement], headline: Statement | None) -> list[Statement]:
    """Statements without repeats, and without one that only restates the headline."""
    seen = {norm_value(headline.text)} if headline else set()
    kept = []
    for st in statements:
        key = norm_value(st.text)
        if key not in seen:
            seen.add(key)
            kept.append(st)
    return kept


def with_evidence(
    statements: list[Statement], events: list[BriefingEvent], n_overview: int
) -> tuple[Statement, list[Statement], list[Statement]]:
    """Attach to each statement the evidence of every event it cites (one span per source)."""
    by_id = {e.id: e for e in events}
    filled = [
        st.model_copy(
            update={"evidence": [s.evidence[0] for i in st.event_ids if i in by_id for s in by_id[i].sources]}
        )
        for st in statements
    ]
    return filled[0], filled[1 : 1 + n_overview], filled[1 + n_overview :]
