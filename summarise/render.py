"""Briefing -> Markdown or JSON. Pure functions."""

from __future__ import annotations

import jinja2

from summarise.models import ArticleSummary, Briefing, BriefingEvent, EventDate, Evidence


def to_html(briefing: Briefing) -> str:
    """A self-contained page; every piece of article text is HTML-escaped."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("summarise", "templates"), undefined=jinja2.StrictUndefined,
                             autoescape=True)
    page = env.get_template("briefing.html.j2")
    return page.render(b=briefing, events={e.id: e for e in briefing.events}, date_text=date_text,
                       published=_published)


def to_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


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


def _quote(ev: Evidence) -> str:
    match = "exact" if ev.match == "exact" else f"fuzzy {ev.score:.0f}"
    text = ev.text if len(ev.text) <= 300 else ev.text[:297] + "…"
    return f"“{text}” [{ev.article_id}:{ev.start}-{ev.end}, {match}]"


def _published(d: object, source: str) -> str:
    if d is None:
        return "undated"
    return f"{d}" + (" from the file's time" if source == "file-time" else " given by --date" if source == "flag" else "")


def _event_block(e: BriefingEvent) -> list[str]:
    outlets = sorted({s.outlet for s in e.sources})
    change = f" — **{e.change}**" + (f" ({e.change_note})" if e.change_note else "") if e.change else ""
    lines = [f"### {e.id}. {e.what}{change}",
             f"- When: {date_text(e.when)}" + (f" · Where: {e.where}" if e.where else ""),
             f"- Reported by {e.reported_by} outlet{'s' if e.reported_by != 1 else ''}: {', '.join(outlets)}"]
    if e.who:
        lines.append(f"- Who: {', '.join(e.who)}")
    for s in e.sources:
        published = _published(s.published, s.published_source)
        for ev in s.evidence:
            lines.append(f"  - {s.outlet} ({published}): {_quote(ev)}")
    return lines + [""]


def _cites(ids: list[str]) -> str:
    return " [" + ", ".join(ids) + "]"


def to_markdown(b: Briefing) -> str:
    out = [f"# Briefing for {b.date.isoformat()}", "", f"## {b.headline.text}{_cites(b.headline.event_ids)}", ""]
    if b.overview:
        out += [" ".join(s.text + _cites(s.event_ids) for s in b.overview), ""]
    if b.key_developments:
        out += ["## Key developments", ""] + [f"- {s.text}{_cites(s.event_ids)}" for s in b.key_developments] + [""]
    if b.events:
        out += ["## Events", ""]
        for e in b.events:
            out += _event_block(e)
    if b.conflicts:
        out += ["## Figures that differ between sources", ""]
        for c in b.conflicts:
            out.append(f"**{c.quantity}**")
            for f in c.claims:
                when = _published(f.published, f.published_source)
                out.append(f"- {f.value} — {f.outlet} ({when}): {_quote(f.evidence)}")
            out.append("")
    if b.timeline:
        by_id = {e.id: e for e in b.events}
        out += ["## Timeline", ""] + [f"- {date_text(by_id[i].when)}: {by_id[i].what} [{i}]" for i in b.timeline]
        out.append("")
    if b.actors:
        out += ["## Key actors", ""] + [f"- {a.name}: {', '.join(a.event_ids)}" for a in b.actors] + [""]
    out += ["## Articles", ""]
    for a in b.articles:
        published = f"{a.published.isoformat()} ({a.published_source})" if a.published else "date unknown"
        if a.status == "ok":
            out.append(f"- ok · {a.outlet} · {published} · {a.title} · {a.events} events, {a.dropped} unverifiable "
                       f"items dropped, {a.removed_lines} clutter lines removed [{a.article_id}]")
            if a.summary:
                whose = ("model summary; its names and figures checked against the article" if a.summary_source == "model"
                         else "the article's own lead")
                out.append(f"  - {a.summary} ({whose})")
        else:
            out.append(f"- **failed** · {a.path}: {a.reason}")
    r = b.run
    out += ["", "## Run", "",
            f"{r.backend}:{r.model} · {r.model_calls} model calls · {r.cache_hits} cache hits · "
            f"{r.prompt_tokens} prompt + {r.completion_tokens} completion tokens · {r.wall_seconds:.1f} s · "
            f"{r.reduce_stages} reduce stage(s) · {r.dropped_items} unverifiable items dropped", ""]
    return "\n".join(out)


def summary_markdown(s: ArticleSummary) -> str:
    published = f"{s.published.isoformat()} ({s.published_source})" if s.published else "date unknown"
    out = [f"# {s.title}", "", f"{s.outlet} · {published} · {s.language}", "", s.summary, ""]
    for e in s.events:
        out += [f"- {e.what} — {date_text(e.when)}", f"  - {_quote(e.evidence[0])}"]
    if s.dropped:
        out += ["", f"{len(s.dropped)} unverifiable items dropped."]
    return "\n".join(out) + "\n"
