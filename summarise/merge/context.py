"""Outlet context on every entry: which sources are state-run or state-affiliated (``summarise.outlets``),
and whether the entry rests on one independent outlet only (single-sourced)."""

from __future__ import annotations

from summarise.models import ArticleSummary, BriefingEvent
from summarise.outlets import Outlets
from summarise.settings import Settings


def mark_context(events: list[BriefingEvent], summaries: list[ArticleSummary], settings: Settings) -> None:
    """Mark each source's outlet kind and each single-sourced entry, in place."""
    known = Outlets(settings.state_run, settings.state_affiliated)
    urls = {s.article_id: s.url for s in summaries}
    for e in events:
        for source in e.sources:
            source.outlet_kind = known.kind_of(source.outlet, urls.get(source.article_id))  # type: ignore[assignment]
        e.single_source = e.independent <= 1
