"""One entry per group of reports: titled and dated by what most of its sources say."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date

from summarise.merge.actors import canonical_names
from summarise.merge.group import Weights, score_pair
from summarise.merge.items import Item
from summarise.models import BriefingEvent, EventDate, MergeLink, Source, Statement

MAX_KEY = 5
BRIEFING_LANGUAGE = "en"  # the language the briefing's own words (prompts, headings) are written in
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _central(cluster: list[Item], weights: Weights) -> Item:
    """The report most like all the others (what most sources say), in the language most of them write (the
    briefing's own, English, when no language has more); the model's checked words first."""
    languages = Counter(it.language for it in cluster)

    def rank(it: Item) -> tuple[int, bool, bool, float, date]:
        agreement = math.fsum(score_pair(it, other, weights).score for other in cluster if other is not it)
        own = it.language != BRIEFING_LANGUAGE
        return (-languages[it.language], own, it.event.what_source != "model", -agreement, it.published or date.max)

    return min(cluster, key=rank)


def _date(cluster: list[Item]) -> EventDate:
    """The date most sources give at the best precision any of them has."""
    best = max(_PRECISION_RANK[it.event.when.precision] for it in cluster)
    dated = [it.event.when for it in cluster if _PRECISION_RANK[it.event.when.precision] == best]
    counts = Counter((d.start, d.end) for d in dated)
    top = counts.most_common(1)[0][0]
    return next(d for d in dated if (d.start, d.end) == top)


def _entry(cluster: list[Item], number: int, links: list[MergeLink], weights: Weights) -> BriefingEvent:
    title = _central(cluster, weights)
    places = Counter(it.event.where for it in cluster if it.event.where)
    sources = [
        Source(
            article_id=it.event.article_id,
            outlet=it.outlet,
            title=it.title,
            published=it.published,
            published_source=it.published_source,
            event_id=it.event.id,
            evidence=it.event.evidence,
        )
        for it in cluster
    ]
    return BriefingEvent(
        id=f"E{number}",
        what=title.event.what,
        who=canonical_names([n for it in cluster for n in it.event.who]),
        where=places.most_common(1)[0][0] if places else None,
        when=_date(cluster),
        sources=sources,
        reported_by=len({s.outlet for s in sources}),
        links=links,
    )


def build_events(
    clusters: list[list[Item]], links: dict[int, list[MergeLink]] | None = None, weights: Weights | None = None
) -> list[BriefingEvent]:
    """Entries ordered by how many outlets report them, then by how near the top of an article they stand
    (``weights``: those grouping used, else worked out)."""
    links = links or {}
    weights = weights or Weights.of([it for c in clusters for it in c])
    order = sorted(
        range(len(clusters)),
        key=lambda n: (
            -len({it.outlet for it in clusters[n]}),
            all(_history(it) for it in clusters[n]),
            all(it.published is None and it.event.when.start is None for it in clusters[n]),  # may be old news
            -len(clusters[n]),
            min(it.event.evidence[0].start for it in clusters[n]),  # news tells its news first: nearest the top
            clusters[n][0].event.id,
        ),
    )
    return [_entry(clusters[n], k, links.get(n, []), weights) for k, n in enumerate(order, start=1)]


_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,]\d)")


def _history(it: Item) -> bool:
    """A report of no date of its own whose sentence names only years before its article's ("the dam had held
    back the river since 1987", "privatised in 2008"): background the story recalls, ranked after its news."""
    if it.event.when.start is not None or it.published is None:
        return False
    years = [int(y) for y in _YEAR.findall(it.event.evidence[0].text)]
    return bool(years) and max(years) < it.published.year


def timeline(events: list[BriefingEvent]) -> list[str]:
    return [e.id for e in sorted(events, key=lambda e: (e.when.start is None, e.when.start or date.max, e.id))]


def key_developments(events: list[BriefingEvent]) -> list[Statement]:
    """The most widely reported events, in their checked words."""
    return [Statement(text=e.what, event_ids=[e.id], source="event") for e in events[:MAX_KEY]]
