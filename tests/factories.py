"""Hand-written ArticleSummary fixtures for merge tests: no model needed."""

from __future__ import annotations

from datetime import date

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
