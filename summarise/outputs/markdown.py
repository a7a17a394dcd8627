"""Briefing -> Markdown. Pure functions."""

from __future__ import annotations

import re
from typing import Any

from summarise.models import ArticleSummary, Briefing, BriefingEvent
from summarise.outputs.common import copy_text, date_text, event_when, published_text, quote, reported_by


def _event_block(e: BriefingEvent, urls: dict[str, str]) -> list[str]:
    outlets = sorted({s.outlet for s in e.sources})
    change = f" — **{e.change}**" + (f" ({e.change_note})" if e.change_note else "") if e.change else ""
    lines = [
        f"### {e.id}. {e.what}{change}",
        f"- When: {event_when(e)}" + (f" · Where: {e.where}" if e.where else ""),
        f"- {reported_by(e)}{' · single-sourced' if e.single_source else ''}: {', '.join(outlets)}",
    ]
    if e.copies:
        lines.append(f"- Copies of one text, counted once: {copy_text(e)}")
    if e.who:
        lines.append(f"- Who: {', '.join(e.who)}")
    for s in e.sources:
        published = published_text(s.published, s.published_source)
        where = f"{published}, {urls[s.article_id]}" if s.article_id in urls else published
        for ev in s.evidence:
            kind = f" [{s.outlet_kind}]" if s.outlet_kind else ""
            lines.append(f"  - {s.outlet}{kind} ({where}): {quote(ev)}")
    return [*lines, ""]


def _actors(b: Briefing) -> list[str]:
    if not b.actors:
        return []
    lines = [
        f"- {a.name} ({a.kind}; its events reported by {_outlets(a.outlets)}): {', '.join(a.event_ids)}"
        for a in b.actors
    ]
    return ["## Key actors", "", *lines, ""]


def _outlets(n: int) -> str:
    return f"{n} outlet{'s' if n != 1 else ''}"


def _cites(ids: list[str]) -> str:
    return " [" + ", ".join(ids) + "]"


_SPECIAL = str.maketrans({"\\": "\\\\", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]", "`": "\\`"})
_SCRIPT_URL = re.compile(r"(?i)\b(javascript|vbscript|data)\s*:")


def md_text(text: str) -> str:
    """Article text as Markdown shows it: no raw tag, link, code span or script URL survives."""
    return _SCRIPT_URL.sub(lambda m: m.group(1) + "&#58;", text.translate(_SPECIAL))


def _escaped(value: Any) -> Any:
    if isinstance(value, str):
        return md_text(value)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    return value


def to_markdown(briefing: Briefing) -> str:
    """The briefing in Markdown; every piece of text from an article or a model is escaped first.

    The articles' texts are left out: Markdown quotes the evidence and does not repeat whole articles.
    """
    dumped = briefing.model_dump(mode="json", exclude={"articles": {"__all__": {"text"}}})
    return _render(Briefing.model_validate(_escaped(dumped)))


def _conflicts(b: Briefing) -> list[str]:
    out: list[str] = []
    if b.conflicts:
        out += ["## Figures that differ between sources", ""]
        for c in b.conflicts:
            label = "changed over time" if c.kind == "series" else "sources disagree"
            out.append(f"**{c.quantity}** [{c.event_id}] ({label})")
            for f in c.claims:
                when = published_text(f.published, f.published_source)
                out.append(f"- {f.value} — {f.outlet} ({when}): {quote(f.evidence)}")
            out.append("")
    return out


def _render(b: Briefing) -> str:
    out = [f"# Briefing for {b.date.isoformat()}", "", f"## {b.headline.text}{_cites(b.headline.event_ids)}", ""]
    if b.overview:
        out += [" ".join(s.text + _cites(s.event_ids) for s in b.overview), ""]
    if b.key_developments:
        out += ["## Key developments", ""] + [f"- {s.text}{_cites(s.event_ids)}" for s in b.key_developments] + [""]
    urls = {a.article_id: a.url for a in b.articles if a.url}
    recent = [e for e in b.events if not e.background]
    if recent:
        out += ["## Events", ""]
        for e in recent:
            out += _event_block(e, urls)
    background = [e for e in b.events if e.background]
    if background:
        out += [f"## Background (before the last {b.recent_days} days)", ""]
        for e in background:
            out += _event_block(e, urls)
    out += _conflicts(b)
    if b.timeline:
        by_id = {e.id: e for e in b.events}
        out += ["## Timeline", ""] + [f"- {event_when(by_id[i])}: {by_id[i].what} [{i}]" for i in b.timeline]
        out.append("")
    out += _actors(b)
    out += ["## Articles", ""]
    if b.old_articles:
        out += [
            f"{b.old_articles} of {len(b.articles)} articles were published before the last {b.recent_days} days: "
            "their events are background.",
            "",
        ]
    for a in b.articles:
        published = f"{a.published.isoformat()} ({a.published_source})" if a.published else "date unknown"
        url = f" · {a.url}" if a.url else ""
        if a.status == "ok":
            out.append(
                f"- ok · {a.outlet} · {published} · {a.title}{url} · {a.events} events, {a.dropped} unverifiable "
                f"items dropped, {a.removed_lines} clutter lines removed [{a.article_id}]"
            )
            if a.summary:
                whose = (
                    "model summary; its names and figures checked against the article"
                    if a.summary_source == "model"
                    else "the article's own lead"
                )
                out.append(f"  - {a.summary} ({whose})")
        else:
            out.append(f"- **failed** · {a.path}{url}: {a.reason}")
    r = b.run
    out += [
        "",
        "## Run",
        "",
        f"{r.backend}:{r.model} · {r.model_calls} model calls · {r.cache_hits} cache hits · "
        f"{r.prompt_tokens} prompt + {r.completion_tokens} completion tokens · {r.wall_seconds:.1f} s · "
        f"{r.reduce_stages} reduce stage(s) · {r.dropped_items} unverifiable items dropped",
        "",
    ]
    return "\n".join(out)


def summary_markdown(s: ArticleSummary) -> str:
    s = ArticleSummary.model_validate(_escaped(s.model_dump(mode="json")))
    published = f"{s.published.isoformat()} ({s.published_source})" if s.published else "date unknown"
    out = [f"# {s.title}", "", f"{s.outlet} · {published} · {s.language}", "", s.summary, ""]
    for e in s.events:
        out += [f"- {e.what} — {date_text(e.when)}", f"  - {quote(e.evidence[0])}"]
    if s.dropped:
        out += ["", f"{len(s.dropped)} unverifiable items dropped."]
    return "\n".join(out) + "\n"
