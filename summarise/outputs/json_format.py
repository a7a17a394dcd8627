"""Briefing -> JSON, valid against schemas/briefing.schema.json; and what `extract` shows of one article."""

from __future__ import annotations

from typing import Any

from summarise.models import Article, ArticleStatus, ArticleSummary, Briefing


def to_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"


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
