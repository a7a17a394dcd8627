"""Day to day: each event of today's briefing marked new, updated or unchanged against yesterday's."""

from __future__ import annotations

from summarise import ground
from summarise.merge.group import similarity
from summarise.merge.items import as_item
from summarise.models import Briefing, BriefingEvent

SINCE_SAME = 70.0


def mark_changes(events: list[BriefingEvent], previous: Briefing) -> None:
    """Mark each event new, updated (new sources or new figures in its evidence) or unchanged."""
    before = [(as_item(p), p) for p in previous.events]
    for e in events:
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
