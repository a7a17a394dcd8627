"""JSON Schemas of the public models; ``schemas/`` holds them as files and a test keeps them in step."""

from __future__ import annotations

import json

from pydantic import BaseModel

from summarise.models import ArticleSummary, Briefing, Event, SummaryDraft

SCHEMAS: dict[str, type[BaseModel]] = {
    "briefing": Briefing,
    "article-summary": ArticleSummary,
    "event": Event,
    "summary-draft": SummaryDraft,
}


def schema_json(name: str) -> str:
    return json.dumps(SCHEMAS[name].model_json_schema(), indent=2, ensure_ascii=False) + "\n"
