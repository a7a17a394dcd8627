"""Briefing -> JSON, valid against schemas/briefing.schema.json."""

from __future__ import annotations

from summarise.models import Briefing


def to_json(briefing: Briefing) -> str:
    return briefing.model_dump_json(indent=2) + "\n"
