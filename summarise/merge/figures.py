"""Figures that sources state differently: shown side by side with who said them and when, never averaged."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from summarise.models import ArticleSummary, Figure, FigureConflict


def norm_value(value: str) -> str:
    return re.sub(r"\s+", " ", value.lower().replace(",", "")).strip()


def conflicts(summaries: list[ArticleSummary]) -> list[FigureConflict]:
    """Each quantity that sources state with different values, all claims side by side in date order."""
    by_quantity: dict[str, list[Figure]] = defaultdict(list)
    for s in summaries:
        for f in s.figures:
            by_quantity[f.quantity].append(f)
    found = []
    for quantity, claims in sorted(by_quantity.items()):
        if len({norm_value(c.value) for c in claims}) < 2 or len({c.article_id for c in claims}) < 2:
            continue
        claims.sort(key=lambda c: (c.published or date.max, c.outlet))
        found.append(FigureConflict(quantity=quantity, claims=claims))
    return found
