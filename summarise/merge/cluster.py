"""Grouping that never chains, and a judge model trusted only after it passes control pairs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from summarise.backends.base import GenerateRequest, Usage
from summarise.loop import gather_all
from summarise.merge.group import (
    AMBIGUOUS,
    LINK_MIN,
    SAME,
    Ask,
    Pair,
    Weights,
    candidate_pairs,
    compatible,
    other_kind,
    other_names,
    people_factor,
    score_pair,
)
from summarise.merge.items import Item
from summarise.merge.semantic import Semantic
from summarise.merge.story import story_joins
from summarise.models import MergeLink, SameEventDraft
from summarise.prompts import render
from summarise.settings import Settings


@dataclass
class Grouping:
    """Clusters of items that report one event, the reasons of each join, and what became of the judge."""

    clusters: list[list[Item]]
    links: dict[int, list[MergeLink]] = field(default_factory=dict)
    judge: str = "not asked"
    judge_note: str | None = None
    weights: Weights = field(default_factory=Weights)


def _kind_name(kind: str | None) -> str | None:
    return kind[2:] if kind else None


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


class _Clusters:
    """Groups of item indices; two groups join only if every pair across them is compatible."""

    def __init__(self, items: list[Item], weights: Weights, semantic: Semantic | None = None) -> None:
        self.items, self.weights, self.semantic = items, weights, semantic
        self.group = list(range(len(items)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
        self.links: dict[int, list[MergeLink]] = {}
        self._scores: dict[int, float] = {}  # by min * len(items) + max: a pair is asked for again and again

    def score(self, i: int, j: int) -> float:
        i, j = min(i, j), max(i, j)
        key = i * len(self.items) + j
        got = self._scores.get(key)
        if got is None:
            got = self._scores[key] = self.pair(i, j).score
        return got

    def pair(self, i: int, j: int) -> Pair:
        """A pair's score with the names it shares and its day (worked out again: only joins ask for them)."""
        i, j = min(i, j), max(i, j)
        sem = self.semantic
        likeness = sem.likeness(i, j) if sem is not None else None
        return score_pair(self.items[i], self.items[j], self.weights, likeness, sem)

    def can_join(self, i: int, j: int) -> bool:
        gi, gj = self.group[i], self.group[j]
        if gi == gj:
            return False
        return all(self._link_pair(x, y) for x in self.members[gi] for y in self.members[gj])

    def _link_pair(self, x: int, y: int) -> bool:
        """A pair that may sit in one group: compatible, and either alike (LINK_MIN) or of one kind of
        happening with nothing telling them apart (no other people, no other names)."""
        a, b = self.items[x], self.items[y]
        if not compatible(a, b) or other_kind(a, b):
            return False
        if self.score(x, y) >= LINK_MIN:
            return True
        return a.kind is not None and a.kind == b.kind and people_factor(a, b) == 1.0 and not other_names(a, b)

    def can_join_judged(self, i: int, j: int) -> bool:
        """Joining on a judge's word: every pair across the groups is compatible and of no two kinds of
        happening; the judge's "yes" on each pair (``_judged_same``) stands in for likeness."""
        gi, gj = self.group[i], self.group[j]
        if gi == gj:
            return False
        pairs = ((self.items[x], self.items[y]) for x in self.members[gi] for y in self.members[gj])
        return all(compatible(a, b) and not other_kind(a, b) for a, b in pairs)

    def can_join_in_story(self, i: int, j: int, affine: set[tuple[str, str]]) -> bool:
        """Joining within one story: every pair across the groups is compatible, reports one kind of
        happening by the same people, and either scores LINK_MIN or comes from articles already known to
        tell one story (they share another event)."""
        gi, gj = self.group[i], self.group[j]
        if gi == gj:
            return False
        return all(self._story_pair(x, y, affine) for x in self.members[gi] for y in self.members[gj])

    def _story_pair(self, x: int, y: int, affine: set[tuple[str, str]]) -> bool:
        a, b = self.items[x], self.items[y]
        if not compatible(a, b) or a.kind is None or a.kind != b.kind or people_factor(a, b) < 1.0:
            return False
        return self.score(x, y) >= LINK_MIN or tuple(sorted((a.article, b.article))) in affine

    def join(self, i: int, j: int, by: Literal["code", "judge", "story", "aligned"]) -> None:
        gi, gj = self.group[i], self.group[j]
        p = self.pair(i, j)
        link = MergeLink(
            a=self.items[i].event.id,
            b=self.items[j].event.id,
            score=round(p.score, 1),
            shared=list(p.shared),
            day=p.day,
            kind=_kind_name(self.items[i].kind) if self.items[i].kind == self.items[j].kind else None,
            by=by,
        )
        for x in self.members[gj]:
            self.group[x] = gi
        self.members[gi] += self.members.pop(gj)
        self.links[gi] = self.links.get(gi, []) + self.links.pop(gj, []) + [link]

    def affine_articles(self) -> set[tuple[str, str]]:
        """Pairs of articles that already share an event: they tell one story."""
        out: set[tuple[str, str]] = set()
        for members in self.members.values():
            arts = sorted({self.items[x].article for x in members})
            out.update((a, b) for n, a in enumerate(arts) for b in arts[n + 1 :])
        return out

    def result(self) -> tuple[list[list[Item]], dict[int, list[MergeLink]]]:
        groups = list(self.members.items())
        clusters = [[self.items[x] for x in sorted(m)] for _, m in groups]
        links = {n: self.links.get(g, []) for n, (g, _) in enumerate(groups)}
        return clusters, links


async def _judge_passes(items: list[Item], c: _Clusters, ask: Ask, settings: Settings, usage: Usage) -> str | None:
    """Ask the judge two pairs whose answer is known; None when it answers both right, else why not."""
    same = (items[0], items[0])  # one report against itself: the same event
    far = _far_pair(items[:50], c)
    for (a, b), want in ((same, True), *(((far, False),) if far else ())):
        result = await ask(same_event_request(a, b, settings))
        usage.add(result)
        got = result.data.get("same_event") if result.valid and result.data else None
        if got is not want:
            return f"answered {got!r} on a control pair whose answer is {want!r}"
    return None


def _far_pair(items: list[Item], c: _Clusters) -> tuple[Item, Item] | None:
    """Two reports code knows are two events: of two kinds of happening with no name in common, the least
    alike such pair; else the least alike with no name in common; else the least alike of all. (A score of 0
    alone says little: two reports of one event in two languages that name no one score 0.)"""
    pairs = [(a, b) for n, a in enumerate(items) for b in items[n + 1 :] if a.article != b.article]
    for rule in (lambda a, b: other_names(a, b) and other_kind(a, b), other_names, lambda a, b: True):
        found = [(a, b) for a, b in pairs if rule(a, b)]
        if found:
            return min(found, key=lambda ab: score_pair(ab[0], ab[1], c.weights).score)
    return None


async def _judged_same(
    c: _Clusters, i: int, j: int, ask: Ask, settings: Settings, usage: Usage, answers: dict[tuple[int, int], bool]
) -> bool | None:
    """Whether the judge takes the groups of i and j for one event: every pair across them that code does not
    already hold for one (SAME) is asked, the pair (i, j) first, and one "no" keeps the groups apart (a "yes"
    on one pair never joins reports the judge was not asked about). None when the run's questions ran out."""
    gi, gj = c.group[i], c.group[j]
    pairs = [(i, j)] + [(x, y) for x in c.members[gi] for y in c.members[gj] if (x, y) != (i, j)]
    for x, y in pairs:
        if c.score(x, y) >= SAME:
            continue
        key = (min(x, y), max(x, y))
        if key not in answers:
            if len(answers) >= settings.judge_calls:
                return None  # the run's questions are spent: code alone decides the rest
            answers[key] = await _judged_pair(c, key, ask, settings, usage)
        if not answers[key]:
            return False
    return True


async def _ask_at_once(
    c: _Clusters,
    pairs: list[tuple[int, int]],
    ask: Ask,
    settings: Settings,
    usage: Usage,
    answers: dict[tuple[int, int], bool],
) -> None:
    """The judge's answers on the pairs in doubt, asked together rather than one after another, up to half
    the run's budget: the joins then read them, and the other half is for the further pairs joins bring."""
    doubt = (key for i, j in pairs if c.score(*(key := (min(i, j), max(i, j)))) < SAME)  # code holds the others
    keys = list(dict.fromkeys(doubt))[: settings.judge_calls // 2]
    said = await gather_all(_judged_pair(c, key, ask, settings, usage) for key in keys)  # a failure stops all
    answers.update(zip(keys, said, strict=True))


async def _judged_pair(c: _Clusters, key: tuple[int, int], ask: Ask, settings: Settings, usage: Usage) -> bool:
    """The judge's answer on one pair: True only for a valid "same"."""
    result = await ask(same_event_request(c.items[key[0]], c.items[key[1]], settings))
    usage.add(result)
    return bool(result.valid and result.data and result.data.get("same_event") is True)


async def group(
    items: list[Item], *, ask: Ask | None, settings: Settings, usage: Usage, semantic: Semantic | None = None
) -> Grouping:
    """Clusters of items that report one event: code first, then a trusted judge for ambiguous pairs.
    ``semantic`` (optional, none by default) adds an embedding model's likeness to scores and candidates."""
    c = _Clusters(items, Weights.of(items), semantic)
    candidates = candidate_pairs(items)
    if semantic is not None:
        candidates |= {(i, j) for i, j in semantic.pairs if items[i].article != items[j].article}
    scored = sorted(((s, i, j) for i, j in candidates if (s := c.score(i, j)) >= AMBIGUOUS), reverse=True)
    for score, i, j in scored:
        if score >= SAME and c.can_join(i, j):
            c.join(i, j, "code")
    story_joins(c)
    ambiguous = [(i, j) for score, i, j in scored if c.can_join_judged(i, j)]
    outcome = Grouping([], weights=c.weights)
    if ambiguous and ask is not None and settings.judge_calls > 0:
        failed = await _judge_passes(items, c, ask, settings, usage)
        outcome.judge, outcome.judge_note = ("ignored", failed) if failed else ("used", None)
        answers: dict[tuple[int, int], bool] = {}
        if not failed:
            await _ask_at_once(c, ambiguous, ask, settings, usage, answers)
        refused = False
        for i, j in ambiguous if not failed else []:  # the likeliest pairs first
            same = await _judged_same(c, i, j, ask, settings, usage, answers) if c.can_join_judged(i, j) else False
            refused = refused or same is None
            if same:
                c.join(i, j, "judge")
        if refused:
            outcome.judge_note = f"stopped at {len(answers)} questions (judge_calls): code decided the rest"
    outcome.clusters, outcome.links = c.result()
    return outcome
