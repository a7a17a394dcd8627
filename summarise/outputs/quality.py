"""A briefing's quality report: what was found, what was checked and dropped, and why. Pure functions.

For the next change to be compared against this one: publication dates found (from the page), unknown or
given by ``--date``; events verified and dropped by reason; merges (entries of several reports, and how
they were joined); figures that differ; event dates stated or not; actors by kind; background.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from summarise.models import Briefing

_DETAIL = re.compile(r"'[^']*'|\d[\d,.]*|\([^)]*\)")


def _reason(text: str) -> str:
    """A drop's reason without its particulars, so that reasons count together."""
    first = text.split(";")[0]
    return " ".join(_DETAIL.sub("…", first).split())


def quality(b: Briefing) -> dict[str, Any]:
    """The figures of the report, as data."""
    ok = [a for a in b.articles if a.status == "ok"]
    verified = sum(a.events for a in ok)
    dropped = [d for d in b.dropped if d.kind == "event"]
    by_reason = Counter(_reason(d.reason) for d in b.dropped)
    merged = [e for e in b.events if len(e.sources) > 1]
    return {
        "articles": {
            "total": len(b.articles),
            "ok": len(ok),
            "failed": len(b.articles) - len(ok),
            "old": b.old_articles,
        },
        "dates": dict(Counter({"page": 0, "flag": 0, "none": 0} | Counter(a.published_source for a in b.articles))),
        "events": {
            "verified": verified,
            "dropped": len(dropped),
            "per_article": round(verified / len(ok), 2) if ok else 0.0,
            "share_verified": round(verified / (verified + len(dropped)), 2) if verified + len(dropped) else 0.0,
        },
        "dropped_by_reason": dict(by_reason.most_common()),
        "entries": {
            "total": len(b.events),
            "merged": len(merged),
            "reports_in_merged": sum(len(e.sources) for e in merged),
            "links_by": dict(Counter(link.by for e in b.events for link in e.links)),
            "background": sum(e.background for e in b.events),
            "dated": sum(e.when.precision != "unknown" for e in b.events),
        },
        "conflicts": dict(Counter(c.kind for c in b.conflicts)),
        "actors": dict(Counter(a.kind for a in b.actors)),
        "summaries": dict(Counter(a.summary_source or "none" for a in ok)),
    }


def quality_text(b: Briefing) -> str:
    """The report as plain lines."""
    q = quality(b)
    a, ev, en = q["articles"], q["events"], q["entries"]
    lines = [
        f"articles: {a['ok']} ok, {a['failed']} failed, {a['old']} older than {b.recent_days} days",
        "publication dates: " + ", ".join(f"{k} {v}" for k, v in q["dates"].items()),
        f"events: {ev['verified']} verified, {ev['dropped']} dropped ({ev['share_verified']:.0%} verified, "
        f"{ev['per_article']} per article)",
        "dropped, by reason:",
        *[f"  {n:>4}  {reason}" for reason, n in q["dropped_by_reason"].items()],
        f"entries: {en['total']} ({en['merged']} merged from {en['reports_in_merged']} reports; links "
        + (", ".join(f"{k} {v}" for k, v in en["links_by"].items()) or "none")
        + f"); {en['dated']} dated by their evidence; {en['background']} background",
        "figures that differ: " + (", ".join(f"{k} {v}" for k, v in q["conflicts"].items()) or "none"),
        "actors: " + (", ".join(f"{k} {v}" for k, v in q["actors"].items()) or "none"),
        "article summaries: " + (", ".join(f"{k} {v}" for k, v in q["summaries"].items()) or "none"),
    ]
    return "\n".join(lines) + "\n"
