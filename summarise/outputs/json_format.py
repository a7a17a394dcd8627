"""Briefing -> JSON, valid against schemas/briefing.schema.json; and what `extract` shows of one article."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from summarise.models import Article, ArticleStatus, ArticleSummary, Briefing

LONG = ("events", "articles")  # the lists that grow with the input: written an item at a time


def to_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


def json_parts(briefing: Briefing) -> Iterator[str]:
    """``to_json`` a part at a time, so that the whole text (and its copies) is never held at once: each field
    as the whole briefing writes it, and each event and article alone, indented to its depth (a JSON string
    holds no line break, so every line break is the layout's)."""
    names = list(type(briefing).model_fields)
    yield "{\n"
    for n, name in enumerate(names):
        end = ",\n" if n < len(names) - 1 else "\n"
        items = getattr(briefing, name) if name in LONG else None
        if not items:
            yield briefing.model_dump_json(indent=2, include={name})[2:-2] + end
            continue
        yield f'  "{name}": [\n'
        for k, item in enumerate(items):
            yield (
                "    "
                + item.model_dump_json(indent=2).replace("\n", "\n    ")
                + (",\n" if k < len(items) - 1 else "\n")
            )
        yield "  ]" + end
    yield "}\n"


def extract_record(article: Article, status: ArticleStatus, summary: ArticleSummary | None) -> dict[str, Any]:
    """What `extract` shows of one article: status, metadata, cleaning report, cleaned text, checked summary."""
    return {
        "article_id": article.article_id,
        "status": status.status,
        "reason": status.reason,
        "meta": article.meta.model_dump(mode="json") if article.meta else None,
        "cleaning": article.clean_report.model_dump(mode="json") if article.clean_report else {},
        "cleaned_text": article.cleaned,
        "summary": summary.model_dump(mode="json") if summary else None,
    }
