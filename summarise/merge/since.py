"""Day to day: each event of today's briefing marked new, updated or unchanged against yesterday's."""

from __future__ import annotations

from summarise import ground
from summarise.merge.group import similarity
from summarise.merge.items import as_item
from summarise.models import Briefing, BriefingEvent, Source

SINCE_SAME = 70.0


def _span(source: Source) -> tuple[str, int, int]:
    """Where a report stands in its article: the same span is the same report, whatever merged it."""
    ev = source.evidence[0] if source.evidence else None
    return (source.article_id, ev.start if ev else -1, ev.end if ev else -1)


def mark_changes(events: list[BriefingEvent], previous: Briefing) -> None:
    """Mark each event new, updated (new sources or new figures in its evidence) or unchanged."""
    # A story followed from day to day: today's report of what happened updates yesterday's of what was
    # announced, so the day yesterday's articles came out does not set them apart here.
    before = [(as_item(p, dated_by_article=False), p) for p in previous.events]
    seen = {_span(s): p for p in previous.events for s in p.sources}
    for e in events:
        old = next((seen[_span(s)] for s in e.sources if _span(s) in seen), None)  # a report already briefed
        if old is None:
            item = as_item(e)
            best = max(before, key=lambda bp: similarity(item, bp[0]), default=None)
            if best is None or similarity(item, best[0]) < SINCE_SAME:
                e.change, e.change_note = "new", None
                continue
            old = best[1]
        new_outlets = sorted({s.outlet for s in e.sources} - {s.outlet for s in old.sources})
        old_numbers = ground.numbers(" ".join(ev.text for s in old.sources for ev in s.evidence))
        new_numbers = sorted(ground.numbers(" ".join(ev.text for s in e.sources for ev in s.evidence)) - old_numbers)
        notes = []
        if new_outlets:
            notes.append("new sources: " + ", ".join(new_outlets))
        if new_numbers:
            notes.append("new figures: " + ", ".join(new_numbers))
        e.change = "updated" if notes else "unchanged"
        e.change_note = f"was {old.id} in the previous briefing" + ("; " + "; ".join(notes) if notes else "")
