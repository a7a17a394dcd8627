"""Figures that sources state differently for one event and one measure: shown side by side with who said
them and when, never averaged. A figure belongs to the event whose evidence sentence states it.

Claims published on different days that differ form a dated series (a rising toll); claims that differ on
the same day are a conflict. Values are compared as numbers are written ("4,75%" is "4.75%"), and an article
that gives two values of one measure for an event is left out of the comparison (two things, one unit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from summarise.figures import QUALIFIERS, UNKNOWN
from summarise.models import ArticleSummary, BriefingEvent, Figure, FigureConflict

_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?!\d))")  # "4,75%", "3,4 millones": a decimal, not thousands
_THOUSANDS = re.compile(r"(?<=\d)[ .,\u00a0\u202f](?=\d{3}(?!\d))")  # "38 000", "38.000", "38,000"


def norm_value(value: str) -> str:
    """A figure's value as compared: "4,75%" is "4.75%"; "38,000", "38.000" and "38 000" are "38000"."""
    return re.sub(r"\s+", " ", _DECIMAL_COMMA.sub(".", _THOUSANDS.sub("", value.lower())).replace(",", "")).strip()


def _event_of(events: list[BriefingEvent]) -> dict[tuple[str, int, int], str]:
    """Each evidence span (article, start, end) -> the event it supports."""
    return {(ev.article_id, ev.start, ev.end): e.id for e in events for s in e.sources for ev in s.evidence}


def _owner(f: Figure, spans: dict[tuple[str, int, int], str]) -> str | None:
    ev = f.evidence
    for (article, start, end), event in spans.items():
        if article == ev.article_id and start < ev.end and ev.start < end:
            return event
    return None


def _kind(claims: list[Figure]) -> str:
    by_day: dict[date | None, set[str]] = defaultdict(set)
    for c in claims:
        by_day[c.published].add(norm_value(c.value))
    return "conflict" if any(len(v) > 1 for v in by_day.values()) or len(by_day) == 1 else "series"


def conflicts(summaries: list[ArticleSummary], events: list[BriefingEvent]) -> list[FigureConflict]:
    """Per event and measure, the claims of several sources that differ, in date order."""
    spans = _event_of(events)
    grouped: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for s in summaries:
        for f in s.figures:
            owner = _owner(f, spans)
            if owner is not None:
                grouped[(owner, f.quantity)].append(f)
    found = []
    for (event, quantity), every in sorted(grouped.items(), key=lambda kv: (int(kv[0][0][1:]), kv[0][1])):
        claims = _one_each(every)
        if quantity == UNKNOWN or _agree([c.value for c in claims]) or len({c.article_id for c in claims}) < 2:
            continue  # numbers of no known measure are no disagreement; nor are figures that agree
        claims.sort(key=lambda c: (c.published or date.max, c.outlet))
        found.append(FigureConflict(quantity=quantity, claims=claims, event_id=event, kind=_kind(claims)))  # type: ignore[arg-type]
    return found


def _one_each(claims: list[Figure]) -> list[Figure]:
    """The claims of the articles that state one value of a measure for the event. An article that states two
    ("raised its rate by 50 basis points to 4.75% ... inflation close to 7%") speaks of two things the measure's
    name does not tell apart, and which of them another source's figure answers is not known."""
    values: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        values[c.article_id].add(norm_value(c.value))
    return [c for c in claims if len(values[c.article_id]) == 1]


_APPROXIMATE = re.compile(r"^(?:" + "|".join(re.escape(q) for q in QUALIFIERS) + r")\s", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
CLOSE = 0.1  # an approximate figure ("nearly 10%", "about 3,000") agrees with one this near it ("9.4%", 3,200)


def _agree(values: list[str]) -> bool:
    """Whether the values of a measure agree: written alike, or one approximate ("prawie 10 proc.", nearly 10%)
    and the others within CLOSE of it in the same words ("9.4%")."""
    norms = {norm_value(v) for v in values}
    if len(norms) < 2:
        return True
    parsed = [
        (_APPROXIMATE.match(n) is not None, _NUMBER.search(n), _NUMBER.sub("#", _APPROXIMATE.sub("", n))) for n in norms
    ]
    if any(m is None for _, m, _ in parsed) or not any(approx for approx, _, _ in parsed):
        return False
    numbers = [float(m.group(0)) for _, m, _ in parsed if m is not None]
    return max(numbers) <= min(numbers) * (1 + CLOSE)
