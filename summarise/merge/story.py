"""Joins within one story: articles that already share an event (a join by code) tell one story, and their
other events are read against each other.

1. One kind of happening by the same people, with nothing telling the reports apart, is one event: two
   outlets covering one protest both report "the arrests", in words that share little else.
2. Alignment: an article reports an event once, so an event of one article is at most one event of the
   other. A pair that is each other's best match across the two articles, clearly ahead of the runner-up
   on both sides (ALIGN_MARGIN), and alike enough (ALIGN_MIN) is one event, when every pair across the two
   groups is compatible, of no two kinds of happening and about the same people.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarise.concepts import holds
from summarise.merge.group import STORY_MIN, compatible, other_kind, people_factor

if TYPE_CHECKING:
    from summarise.merge.cluster import _Clusters

STORY_ROUNDS = 3  # a join can show two more articles to tell one story
ALIGN_MIN = 10.0  # an aligned pair scores at least this (the judge's ambiguous band starts here)
ALIGN_MARGIN = 1.5  # and this many times the next best match of either report


def story_joins(c: _Clusters) -> None:
    """Same-kind joins, then alignment, within articles known to tell one story, until a round joins none."""
    by_article: dict[str, list[int]] = {}
    for n, it in enumerate(c.items):
        by_article.setdefault(it.article, []).append(n)
    for _ in range(STORY_ROUNDS):
        affine = c.affine_articles()
        joins = _same_kind(c, affine, by_article) + _aligned(c, affine, by_article)
        if not joins:
            break


def _same_kind(c: _Clusters, affine: set[tuple[str, str]], by_article: dict[str, list[int]]) -> int:
    pairs = (
        (i, j) for a, b in sorted(affine) for i in by_article[a] for j in by_article[b] if c.group[i] != c.group[j]
    )
    joins = 0
    for _, i, j in sorted(((s, i, j) for i, j in pairs if (s := c.score(i, j)) >= STORY_MIN), reverse=True):
        if c.can_join_in_story(i, j, affine):
            c.join(i, j, "story")
            joins += 1
    return joins


def _ranked(c: _Clusters, i: int, others: list[int]) -> list[tuple[float, int]]:
    return sorted(((c.score(i, j), j) for j in others), reverse=True)


def _clear_best(ranked: list[tuple[float, int]]) -> float | None:
    """The best score of a ranking when it is ALIGN_MIN or more and ALIGN_MARGIN times the runner-up's."""
    best = ranked[0][0] if ranked else 0.0
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    return best if best >= ALIGN_MIN and best >= ALIGN_MARGIN * runner_up else None


def _mutual_best(c: _Clusters, first: list[int], second: list[int]) -> list[tuple[float, int, int]]:
    """Pairs of the two articles' events that are each other's clear best match. An event already one with
    an event of the other article is matched (an article reports an event once) and out of the ranking; a
    pair that is best only without it must show by itself that it is one event (``_alike``). So must a pair
    when either article has one event left unmatched: being the best says little (it is the only one), so
    the pair must then report one kind of happening (or one that holds the other, as a visit holds a
    departure) or share a word the two articles' other events do not, so the one other event of each of two
    reports of a quake ("volunteers handed out blankets", "aftershocks rattled the hills") stay two."""
    matched = {c.group[i] for i in first} & {c.group[j] for j in second}
    left = min(sum(c.group[x] not in matched for x in side) for side in (first, second))
    found = []
    for i in first:
        if c.group[i] in matched:
            continue
        ranked = _ranked(c, i, [j for j in second if c.group[j] not in matched])
        if not ranked or _clear_best(ranked) is None:
            continue
        j = ranked[0][1]
        back = _ranked(c, j, [x for x in first if c.group[x] not in matched])
        if back[0][1] != i or _clear_best(back) is None:
            continue
        # Best only once the matched events are set aside, or one of the last left on a side: then the pair
        # must show it is one event by itself.
        alone = left > 1 and _first_clearly(c, i, second) == j and _first_clearly(c, j, first) == i
        if alone or _alike(c, i, j, first + second):
            found.append((ranked[0][0], i, j))
    return found


def _first_clearly(c: _Clusters, i: int, others: list[int]) -> int | None:
    ranked = _ranked(c, i, others)
    return ranked[0][1] if _clear_best(ranked) is not None else None


def _alike(c: _Clusters, i: int, j: int, both: list[int]) -> bool:
    """One kind of happening, or a word of their own in common ("Canadair", "Vermoil"), not the story's."""
    a, b = c.items[i], c.items[j]
    if (a.kind is not None and a.kind == b.kind) or holds(a.kind, b.kind):
        return True
    story = {s for x in both if x not in (i, j) for s in c.items[x].stems}
    return bool((a.stems & b.stems) - story)


def _aligned(c: _Clusters, affine: set[tuple[str, str]], by_article: dict[str, list[int]]) -> int:
    found = [m for a, b in sorted(affine) for m in _mutual_best(c, by_article[a], by_article[b])]
    joins = 0
    for _, i, j in sorted(found, reverse=True):
        gi, gj = c.group[i], c.group[j]
        if gi != gj and all(_may_align(c, x, y) for x in c.members[gi] for y in c.members[gj]):
            c.join(i, j, "aligned")
            joins += 1
    return joins


def _may_align(c: _Clusters, x: int, y: int) -> bool:
    a, b = c.items[x], c.items[y]
    if not compatible(a, b) or other_kind(a, b) or people_factor(a, b) < 1.0:
        return False
    return c.score(x, y) >= ALIGN_MIN
