"""Why reports were merged: each entry's links (score, shared names, day, code or judge), as plain text."""

from __future__ import annotations

from summarise.models import Briefing

_BY = {
    "story": "story (their articles share another event)",
    "aligned": "alignment (each other's clear best match in articles that share another event)",
}


def explain(briefing: Briefing) -> str:
    lines = []
    if briefing.run.judge != "not asked":
        lines.append(
            f"judge model: {briefing.run.judge}" + (f" ({briefing.run.judge_note})" if briefing.run.judge_note else "")
        )
    for e in briefing.events:
        if not e.links and not e.copies:
            continue
        lines.append(f"{e.id} ({len(e.sources)} reports): {e.what}")
        for link in e.links:
            shared = ", ".join(link.shared) or "no names"
            day = f"; same day {link.day.isoformat()}" if link.day else ""
            kind = f"; both report {link.kind}" if link.kind else ""
            by = _BY.get(link.by, link.by)
            lines.append(f"  {link.a} + {link.b}: score {link.score:.1f}, shared {shared}{day}{kind}; by {by}")
        for c in e.copies:
            lines.append(f"  {c.article_id} and {c.same_as} carry one text ({c.shared:.0%} of the shorter shared)")
    return "\n".join(lines) + ("\n" if lines else "")
