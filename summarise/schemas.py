"""JSON Schemas of the public models; ``schemas/`` holds them as files and a test keeps them in step.

``SCHEMAS`` names each schema's model in ``summarise.models``, which is imported only when a schema is asked
for (the CLI lists the names in its help without loading the models)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import BaseModel

SCHEMAS: dict[str, str] = {
    "briefing": "Briefing",
    "article-summary": "ArticleSummary",
    "event": "Event",
    "summary-draft": "SummaryDraft",
}


def schema_model(name: str) -> type[BaseModel]:
    from summarise import models

    model: type[BaseModel] = getattr(models, SCHEMAS[name])
    return model


def schema_json(name: str) -> str:
    return json.dumps(schema_model(name).model_json_schema(), indent=2, ensure_ascii=False) + "\n"
