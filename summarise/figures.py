"""Figures as articles state them: a number or amount, the thing counted, and the sentence that says so."""

from __future__ import annotations

import re
from datetime import date

from summarise.models import DateSource, Evidence, Figure
from summarise.sentences import sentences

_QUALIFIER = r"(?:up to|about|around|nearly|almost|more than|over|at least|some|roughly|approximately|as many as)"
_AMOUNT = r"(?:\d[\d,.]*\d|\d)(?:\s*(?:%|percent|per cent))?|(?:hundreds|thousands|tens of thousands|dozens|millions)"
FIGURE = re.compile(
    rf"\b(?P<value>(?:{_QUALIFIER}\s+)?(?:{_AMOUNT}))(?:\s+of)?\s+(?P<noun>(?:[A-Za-z-]+\s+){{0,3}}?"
    rf"(?:troops|soldiers|containers|missiles|civilians|people|deaths|dead|casualties|injured|wounded|killed|"
    rf"components|shells|tanks|drones|refugees|flights|artillery ammunition|of the artillery ammunition))\b",
    re.IGNORECASE,
)
_QUANTITY_ALIASES = {
    "soldiers": "troops",
    "dead": "killed",
    "deaths": "killed",
    "casualties": "killed",
    "injured": "wounded",
}


def figures(
    text: str, article_id: str, outlet: str, published: date | None = None, published_source: DateSource = "none"
) -> list[Figure]:
    """Every stated quantity of people or things in the article, with the sentence that states it."""
    found: list[Figure] = []
    for s in sentences(text):
        for m in FIGURE.finditer(s.text):
            noun = m.group("noun").lower().split()[-1]
            quantity = _QUANTITY_ALIASES.get(noun, noun)
            after = " ".join(s.text[m.end() :].lower().split()[:6])
            for word, outcome in (
                ("killed", "killed"),
                ("dead", "killed"),
                ("died", "killed"),
                ("wounded", "wounded"),
                ("injured", "wounded"),
            ):
                if word in after.split() and quantity != outcome:
                    quantity = f"{quantity} {outcome}"
                    break
            ev = Evidence(article_id=article_id, start=s.start, end=s.end, text=s.text, match="exact", score=100.0)
            found.append(
                Figure(
                    value=m.group("value"),
                    quantity=quantity,
                    article_id=article_id,
                    outlet=outlet,
                    published=published,
                    published_source=published_source,
                    evidence=ev,
                )
            )
    return found
