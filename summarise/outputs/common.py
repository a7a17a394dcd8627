"""Words every output format shares: dates with their precision, quotes with their offsets."""

from __future__ import annotations

from summarise.models import BriefingEvent, EventDate, Evidence


def date_text(d: EventDate) -> str:
    if d.precision == "unknown" or d.start is None:
        return f"date unknown ({d.phrase!r})" if d.phrase else "date unknown"
    if d.precision == "year":
        span = str(d.start.year)
    elif d.precision == "month":
        span = d.start.strftime("%B %Y")
        if d.end and (d.end.year, d.end.month) != (d.start.year, d.start.month):
            span += " – " + d.end.strftime("%B %Y")
    else:
        span = d.start.isoformat() + (f" – {d.end.isoformat()}" if d.end and d.end != d.start else "")
    return f"{span} ({d.precision})"


def quote(ev: Evidence) -> str:
    match = "exact" if ev.match == "exact" else f"fuzzy {ev.score:.0f}"
    text = ev.text if len(ev.text) <= 300 else ev.text[:297] + "…"
    return f"“{text}” [{ev.article_id}:{ev.start}-{ev.end}, {match}]"


def published_text(d: object, source: str) -> str:
    if d is None:
        return "undated"
    return f"{d}" + (
        " from the file's time" if source == "file-time" else " given by --date" if source == "flag" else ""
    )


def event_when(e: BriefingEvent) -> str:
    """When an event happened, as its evidence says; else when it was first reported (never taken for the
    day it happened)."""
    if e.when.precision != "unknown" and e.when.start is not None:
        return date_text(e.when)
    reported = sorted(s.published for s in e.sources if s.published)
    first = f"; first reported {reported[0].isoformat()}" if reported else ""
    if e.when.phrase:  # written, but nothing tells its year or day ("May 20" on an undated page)
        return f"“{e.when.phrase}”, which its sources do not date further{first}"
    return f"not stated in its evidence{first}"


def reported_by(e: BriefingEvent) -> str:
    """The outlets line, "Reported by 3 outlets", with ", 1 independent" when copies of one text are among them."""
    text = f"Reported by {e.reported_by} outlet{'s' if e.reported_by != 1 else ''}"
    return text + (f", {e.independent} independent" if e.independent < e.reported_by else "")


def copy_text(e: BriefingEvent) -> str:
    """Which sources carry one text: "Daily Courier (s2-a02) = Global Wire (s2-a01), 100% shared"."""
    return "; ".join(
        f"{c.outlet} ({c.article_id}) = {c.same_as_outlet} ({c.same_as}), {c.shared:.0%} shared" for c in e.copies
    )
