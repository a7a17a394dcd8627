"""Shared test factories: hand-written ArticleSummary fixtures, and a scripted model that quotes the article."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

from summarise import Briefing, Settings, abrief
from summarise.backends.base import GenerateRequest
from summarise.dates import resolve
from summarise.figures import figures
from summarise.models import ArticleSummary, Event, Evidence


def summary(
    article_id: str,
    outlet: str,
    published: date | None,
    sentences: list[tuple[str, str, list[str], str]],
    extra_text: str = "",
) -> ArticleSummary:
    """An article whose text is its event sentences (+ extra); each tuple is (what, evidence, who, when)."""
    text = "\n\n".join([s[1] for s in sentences] + ([extra_text] if extra_text else []))
    events = []
    for n, (what, evidence, who, when) in enumerate(sentences, start=1):
        start = text.index(evidence)
        ev = Evidence(
            article_id=article_id, start=start, end=start + len(evidence), text=evidence, match="exact", score=100
        )
        events.append(
            Event(
                id=f"{article_id}#{n}",
                article_id=article_id,
                what=what,
                who=who,
                when=resolve(when, published),
                evidence=[ev],
            )
        )
    return ArticleSummary(
        article_id=article_id,
        path=f"{article_id}.txt",
        title=f"Title of {article_id}",
        outlet=outlet,
        language="en",
        published=published,
        published_source="page" if published else "none",
        summary=sentences[0][0],
        events=events,
        figures=figures(text, article_id, outlet, published, "page" if published else "none"),
        cleaned_text=text,
    )


def quote_first_sentence(request: GenerateRequest, attempt: int) -> dict[str, Any]:
    """Answer as a careful model would: quote the article's first story sentence."""
    if request.kind == "extract":
        text: str = request.context["article"]
        first = next(p for p in text.split("\n\n") if len(p.split()) > 8).split(". ")[0]
        return {
            "summary": first[:380] + ".",
            "events": [{"what": first[:190], "who": [], "where": "", "when": "", "evidence": first[:290]}],
        }
    if request.kind == "same_event":
        return {"same_event": False}
    return {"headline": "x", "headline_event_ids": ["E999"], "overview": []}


def brief_with(tmp_path: Path, backend: Any, paths: list[Path] | None = None, **kw: Any) -> Briefing:
    settings = Settings(cache_dir=tmp_path / "cache", **kw)
    return asyncio.run(abrief(paths or [SEEDS], settings=settings, backend=backend))


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
