"""Same event, one entry: code groups events by text similarity, shared actors and compatible dates;
only pairs that stay ambiguous are put to the model (cached like every call)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from datetime import date, timedelta

from rapidfuzz import fuzz

from summarise.backends.base import GenerateRequest, GenerateResult, Usage
from summarise.merge.actors import canonical_names
from summarise.merge.items import Item
from summarise.models import BriefingEvent, EventDate, SameEventDraft, Source, Statement
from summarise.prompts import render
from summarise.settings import Settings

SAME = 72.0
AMBIGUOUS = 50.0
DATE_SLACK = timedelta(days=3)
MAX_KEY = 5

Ask = Callable[[GenerateRequest], Awaitable[GenerateResult]]


def _window(d: EventDate) -> tuple[date, date] | None:
    if d.start is None:
        return None
    return d.start - DATE_SLACK, (d.end or d.start) + DATE_SLACK


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None:
        return True
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def similarity(a: Item, b: Item) -> float:
    """0-100: how likely two reports describe one event. Incompatible dates give 0."""
    if not dates_compatible(a.event.when, b.event.when):
        return 0.0
    wa, wb = a.words.lower(), b.words.lower()
    ea, eb = a.event.evidence[0].text.lower(), b.event.evidence[0].text.lower()
    # The outlets' own words weigh as much as the model's: two identical summaries of different sentences
    # are not one event.
    text = max(
        (fuzz.token_set_ratio(a.event.what.lower(), b.event.what.lower()) + fuzz.token_set_ratio(ea, eb)) / 2,
        (fuzz.token_set_ratio(wa, wb) + fuzz.token_sort_ratio(wa, wb)) / 2,
    )
    sa, sb = a.actors, b.actors
    actors = 100.0 * len(sa & sb) / max(1, len(sa | sb))
    score = 0.6 * text + 0.4 * actors
    if a.event.when.precision == "day" and b.event.when.precision == "day":
        score += 10.0  # both pinned to the same few days (incompatible days gave 0 above)
    who_a, who_b = a.who, b.who
    if who_a and who_b:
        score = score + 10.0 if who_a & who_b else score * 0.6  # the same people, or quite other people
    fa, fb = a.figures, b.figures
    if fa and fb and not fa & fb:
        score *= 0.5  # each states figures the other lacks: different happenings
    return min(100.0, score)


def _candidate_pairs(items: list[Item]) -> set[tuple[int, int]]:
    """Pairs from different articles that share at least one actor: the only ones worth scoring."""
    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for actor in it.actors:
            index[actor].append(i)
    pairs: set[tuple[int, int]] = set()
    # A name that most events share ("Russia" on a Russia-heavy day) cannot tell events apart.
    too_common = max(50, len(items) // 10)
    for members in index.values():
        if len(members) > too_common:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if items[i].event.article_id != items[j].event.article_id:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def same_event_request(a: Item, b: Item, settings: Settings) -> GenerateRequest:
    prompt = render(
        "same_event.j2",
        a_outlet=a.outlet,
        a_date=a.event.when.phrase or a.published or "undated",
        a_text=a.event.evidence[0].text,
        b_outlet=b.outlet,
        b_date=b.event.when.phrase or b.published or "undated",
        b_text=b.event.evidence[0].text,
    )
    return GenerateRequest(
        messages=[{"role": "user", "content": prompt}],
        response_model=SameEventDraft,
        kind="same_event",
        reask=settings.reask,
        temperature=settings.temperature,
        seed=settings.seed,
        max_tokens=16,
    )


async def group_events(items: list[Item], *, ask: Ask | None, settings: Settings, usage: Usage) -> list[list[Item]]:
    """Clusters of items that report one event; a model settles only the ambiguous pairs."""
    groups = _Groups(len(items))
    for i, j in sorted(_candidate_pairs(items)):
        score = similarity(items[i], items[j])
        if score >= SAME:
            groups.join(i, j)
        elif score >= AMBIGUOUS and ask is not None:
            result = await ask(same_event_request(items[i], items[j], settings))
            usage.add(result)
            if result.valid and result.data and result.data.get("same_event") is True:
                groups.join(i, j)
    clusters: dict[int, list[Item]] = defaultdict(list)
    for i, it in enumerate(items):
        clusters[groups.find(i)].append(it)
    return list(clusters.values())


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _briefing_event(cluster: list[Item], number: int) -> BriefingEvent:
    first = min(cluster, key=lambda it: (it.event.what_source != "model", it.published or date.max))
    when = max((it.event.when for it in cluster), key=lambda d: _PRECISION_RANK[d.precision])
    who = canonical_names([name for it in cluster for name in it.event.who])
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
        what=first.event.what,
        who=who,
        where=places.most_common(1)[0][0] if places else None,
        when=when,
        sources=sources,
        reported_by=len({s.outlet for s in sources}),
    )


def build_events(clusters: list[list[Item]]) -> list[BriefingEvent]:
    def rank(cluster: list[Item]) -> tuple[int, int, str]:
        return (-len({it.outlet for it in cluster}), -len(cluster), cluster[0].event.id)

    return [_briefing_event(c, n) for n, c in enumerate(sorted(clusters, key=rank), start=1)]


def timeline(events: list[BriefingEvent]) -> list[str]:
    return [e.id for e in sorted(events, key=lambda e: (e.when.start is None, e.when.start or date.max, e.id))]


def key_developments(events: list[BriefingEvent]) -> list[Statement]:
    """The most widely reported events, in their checked words."""
    return [Statement(text=e.what, event_ids=[e.id], source="event") for e in events[:MAX_KEY]]
