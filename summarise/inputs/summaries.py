"""ArticleSummary files written by ``summarise extract --out-dir`` (or by anyone): the input of ``merge``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarise.errors import InputError
from summarise.models import ArticleSummary


def _files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(p.glob("*.json"))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(f"no such file or folder: {p} (check the path)")
    if not files:
        raise InputError("no summary files: run `summarise extract --out-dir DIR` first and merge DIR")
    return files


def _unwrap(item: Any) -> Any:
    """`extract` records wrap the summary with the cleaning report; summary files are bare."""
    if isinstance(item, dict) and isinstance(item.get("summary"), dict):
        return item["summary"]
    return item


def read_summaries(paths: list[Path]) -> list[ArticleSummary]:
    summaries = []
    for f in _files(paths):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            items = data if isinstance(data, list) else [data]
            summaries += [ArticleSummary.model_validate(_unwrap(item)) for item in items]
        except (ValueError, ValidationError):
            raise InputError(
                f"{f} is not an ArticleSummary JSON file: write it with `summarise extract --out-dir`"
            ) from None
    return summaries
