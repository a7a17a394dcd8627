"""Background: events and articles older than a few days before the briefing's date.

An event is background when the day it happened ended before the cut-off (``Settings.recent_days`` before
the briefing's date; a month or a year counts by its last day), or, when it has no date of its own, when
every source that reports it was published before the cut-off. An article is old when it was published
before the cut-off. Background events are listed apart, never make the headline, the overview or the key
developments, and the briefing says how many articles were old.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from summarise.models import ArticleStatus, BriefingEvent, EventDate


def cutoff(briefing_date: date, recent_days: int) -> date:
    return briefing_date - timedelta(days=recent_days)


def _last_day(when: EventDate) -> date | None:
    if when.precision == "unknown" or when.start is None:
        return None
    end = when.end or when.start
    if when.precision == "year":
        return date(end.year, 12, 31)
    if when.precision == "month":
        return date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    return end


def is_background(event: BriefingEvent, before: date) -> bool:
    last = _last_day(event.when)
    if last is not None:
        return last < before
    published = [s.published for s in event.sources]
    return bool(published) and all(p is not None and p < before for p in published)


def mark(events: list[BriefingEvent], briefing_date: date, recent_days: int) -> list[BriefingEvent]:
    """The events, each marked background or not."""
    before = cutoff(briefing_date, recent_days)
    return [e.model_copy(update={"background": is_background(e, before)}) for e in events]


def old_articles(articles: list[ArticleStatus], briefing_date: date, recent_days: int) -> int:
    before = cutoff(briefing_date, recent_days)
    return sum(1 for a in articles if a.published is not None and a.published < before)
