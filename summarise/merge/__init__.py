"""Reduce: ArticleSummary[] -> Briefing, behind one entry, ``reduce()``.

items.py     what merging knows of each event, worked out once
spelling.py  name words that are one name, inflected or transliterated
group.py     same event, one entry: blocking and scoring (thresholds at the top)
when.py      the days two reports can share (an undated report tells nothing after its article came out)
cluster.py   grouping that never chains; a judge model settles only ambiguous pairs, after control pairs
story.py     joins within articles that already share an event (one kind of happening; alignment)
semantic.py  optional likeness from a sentence-embedding model (measured, not used by default)
copies.py    sources that copy one text (a wire story republished) count once
context.py   state-run and state-affiliated outlets, single-sourced entries
figures.py   figures stated differently by sources, side by side, never averaged
actors.py    one entry per person, however spelt or titled
overview.py  headline and overview in stages that fit the context window, each sentence checked
since.py     new / updated / unchanged against a previous briefing
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from summarise.backends.base import Usage
from summarise.merge import age
from summarise.merge.actors import actors
from summarise.merge.cluster import group
from summarise.merge.context import mark_context
from summarise.merge.copies import mark_copies
from summarise.merge.entries import build_events, key_developments, timeline
from summarise.merge.figures import conflicts
from summarise.merge.group import Ask
from summarise.merge.items import items_from
from summarise.merge.overview import overview, with_evidence
from summarise.merge.since import mark_changes
from summarise.models import ArticleStatus, ArticleSummary, Briefing, BriefingEvent, Drop, RunRecord, Statement
from summarise.settings import Settings


@dataclass
class Reduced:
    """Everything the reduce step makes, before the pipeline adds the articles and the run record."""

    headline: Statement
    overview: list[Statement]
    key_developments: list[Statement]
    events: list[BriefingEvent]
    drops: list[Drop] = field(default_factory=list)
    judge: str = "not asked"
    judge_note: str | None = None


async def reduce(
    summaries: list[ArticleSummary],
    *,
    ask: Ask,
    settings: Settings,
    context_window: int,
    usage: Usage,
    since: Briefing | None = None,
    total_articles: int | None = None,
    briefing_date: date | None = None,
) -> Reduced:
    """Group events across articles, tell copies of one text apart, mark changes since a previous briefing
    and what is background, and write the top from recent events only."""
    drops: list[Drop] = []
    with usage.timed("group"):
        grouping = await group(items_from(summaries), ask=ask, settings=settings, usage=usage)
        events = build_events(grouping.clusters, grouping.links, grouping.weights)
        judge, judge_note = grouping.judge, grouping.judge_note
        del grouping  # its items (every event's names and words) are done with
    with usage.timed("copies"):
        mark_copies(events, summaries)
    mark_context(events, summaries, settings)
    if since is not None:
        mark_changes(events, since)
    if briefing_date is not None:
        events = age.mark(events, briefing_date, settings.recent_days)
    recent = [e for e in events if not e.background]
    with usage.timed("overview"):
        headline, top = await overview(
            recent, ask=ask, settings=settings, context_window=context_window, usage=usage, drops=drops
        )
    key = key_developments(recent)
    total = total_articles if total_articles is not None else len(summaries)
    headline = headline or _fallback_headline(recent, len(summaries), total, len(events) - len(recent))
    headline, top, key = with_evidence([headline, *top, *key], events, len(top))
    return Reduced(
        headline=headline,
        overview=top,
        key_developments=key,
        events=events,
        drops=drops,
        judge=judge,
        judge_note=judge_note,
    )


def _fallback_headline(events: list[BriefingEvent], briefed: int, total: int, background: int) -> Statement:
    if events:
        return Statement(text=events[0].what, event_ids=[events[0].id], source="event")
    if background:
        text = f"No recent events in {briefed} of {total} articles; {background} older events are background"
        return Statement(text=text, event_ids=["none"], source="event")
    return Statement(text=f"No checked events in {briefed} of {total} articles", event_ids=["none"], source="event")


def assemble(
    reduced: Reduced,
    summaries: list[ArticleSummary],
    *,
    briefing_date: date,
    articles: list[ArticleStatus],
    run: RunRecord,
    recent_days: int = 3,
) -> Briefing:
    """The briefing: what reduce made, the timeline, actors and conflicts, the inputs and the run record."""
    events = reduced.events
    drops = reduced.drops + [d for s in summaries for d in s.dropped]
    run = run.model_copy(update={"dropped_items": len(drops), "judge": reduced.judge, "judge_note": reduced.judge_note})
    return Briefing(
        date=briefing_date,
        headline=reduced.headline,
        overview=reduced.overview,
        key_developments=reduced.key_developments,
        events=events,
        timeline=timeline(events),
        actors=actors(events),
        conflicts=conflicts(summaries, events),
        articles=articles,
        dropped=drops,
        recent_days=recent_days,
        old_articles=age.old_articles(articles, briefing_date, recent_days),
        run=run,
    )


__all__ = ["Reduced", "assemble", "reduce"]
