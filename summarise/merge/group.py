"""Same event, one entry. Event identity is who did what, where and when; figures are measurements of an
event, never part of its identity.

1. Blocking: only pairs that share a distinctive name or two distinctive words are scored, so the cost
   grows with the number of events, not its square (a word most events share indexes nothing). A name
   with a kind of happening indexes more events (STORY_POSTING): the day's top story, told by a hundred
   outlets, is found by "Velmar" and a quake though "Velmar" alone is on everyone's lips.
2. Scoring: IDF-weighted overlap of names and of words; a day that differs, two events of one article,
   or a different counterpart of the same person count against (the first two forbid).
3. Grouping never chains: two groups join only when every pair across them is compatible, so A~B and
   B~C never put A with C when A and C differ. The reasons of each join are kept (``MergeLink``).
4. A judge model settles pairs in the ambiguous band (and pairs above it that code could not join), only
   after it answers two control pairs whose answer code knows; a judge that fails them is ignored for the
   run, and the briefing says so.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from summarise.backends.base import GenerateRequest, GenerateResult
from summarise.concepts import NEAR_KINDS, PENALTY_KINDS, holds
from summarise.countries import country_of
from summarise.merge.items import Item
from summarise.merge.parties import distinct_names, other_parties
from summarise.merge.semantic import Semantic
from summarise.merge.spelling import matches, token_match
from summarise.merge.when import one_weekday, same_day, when_compatible

SAME = 45.0  # a pair at or above this is one event
AMBIGUOUS = 10.0  # between this and SAME a judge, when trusted, decides
LINK_MIN = 20.0  # every pair inside a group scores at least this
STORY_MIN = 5.0  # within one story (articles that share an event), one kind of happening needs only this
MAX_POSTING = 40  # a key shared by more events than this (in one date window) indexes nothing
STORY_POSTING = 250  # but a name with a kind of happening ("Velmar" and a quake) indexes up to this many
MIN_SHARED = 3  # a shared name counts 2, a shared word 1: a pair needs a name and a word, or three words
DAY_WINDOW = 2  # blocking looks this many days either side
UPDATE_BLOCK = 4  # and a report that a figure changed this many days back
DAY_SPAN = timedelta(days=DAY_WINDOW)
NAME_WEIGHT = 0.55
TELLING = 0.7  # names weighing less than this share of a name found once tell a report's event only in part
SAME_DAY_BONUS = 8.0
SAME_KIND_BONUS = 8.0  # one kind of happening, or two that tell one from two sides (a verdict and its sentence)
COUNTERPART = 0.55  # the same person with a different counterpart
OTHER_PEOPLE = 0.5  # quite other people
OTHER_NAMES = 0.5  # both name someone or somewhere, and none is the same
OTHER_KIND = 0.5  # both say what kind of thing happened, and no kind is the same
COUNTRIES_ONLY = 0.6  # the only names both share are countries, and they do not report one kind of happening
REACTION = "c:reaction"  # someone's judgement of a happening: another report than the happening's own
NAMES_ONLY = 0.6  # reports in two languages share only names: without one kind, and the same day and two
# names, not enough (one place on one day is every story of that place that day)

Ask = Callable[[GenerateRequest], Awaitable[GenerateResult]]


@dataclass
class Weights:
    """Inverse document frequency of each name and word over the events being merged."""

    idf: dict[str, float] = field(default_factory=dict)
    default: float = 1.0
    _totals: dict[frozenset[str], float] = field(default_factory=dict)

    @classmethod
    def of(cls, items: list[Item]) -> Weights:
        df: Counter[str] = Counter(k for it in items for k in it.names | {"s:" + s for s in it.stems})
        n = max(1, len(items))
        return cls({k: math.log(1 + n / c) for k, c in df.items()}, math.log(1 + n))

    def __call__(self, key: str) -> float:
        return self.idf.get(key, self.default)

    def total(self, stems: frozenset[str]) -> float:
        """The summed weight of a set of words (kept per set: every pair of an item asks again)."""
        got = self._totals.get(stems)
        if got is None:
            got = self._totals[stems] = math.fsum(self("s:" + s) for s in stems)
        return got


def _name_overlap(a: Item, b: Item, w: Weights) -> tuple[float, list[str]]:
    if not a.names or not b.names:
        return 0.0, []
    shared_a = {x for x in a.names if x in b.names or matches(x, b.name_keys, b.name_trims)}
    shared_b = {y for y in b.names if y in a.names or matches(y, a.name_keys, a.name_trims)}
    inter = math.fsum(w(x) for x in shared_a)
    only_a = math.fsum(w(x) for x in a.names - shared_a)
    only_b = math.fsum(w(y) for y in b.names - shared_b)
    return _blend(inter, only_a, only_b, floor=TELLING * w.default), sorted(shared_a)


def _blend(inter: float, only_a: float, only_b: float, floor: float = 0.0) -> float:
    """Half Jaccard, half overlap coefficient: outlets give one event in more or fewer details. The overlap
    coefficient counts the shared weight against the smaller side's, but at least ``floor``: a report that
    names only the story's subject ("El Tavuro es el volcán más activo") shares all it names with every
    report of the story, and that tells little unless the name itself is rare."""
    union = inter + only_a + only_b
    if not union:
        return 0.0
    smaller = max(inter + min(only_a, only_b), floor)
    return 0.5 * inter / union + 0.5 * (inter / smaller if smaller else 0.0)


def _word_overlap(a: frozenset[str], b: frozenset[str], w: Weights) -> float:
    if not a or not b:
        return 0.0
    total_a, total_b = w.total(a), w.total(b)
    inter = math.fsum(w("s:" + s) for s in a & b)
    return _blend(inter, total_a - inter, total_b - inter)


def people_factor(a: Item, b: Item) -> float:
    """The same people (1), the same person with another counterpart, or quite other people."""
    if not a.people or not b.people:
        return 1.0
    shared = [p for p in a.people if any(_same_person(p, q) for q in b.people)]
    if not shared:
        return OTHER_PEOPLE
    only_a = [p for p in a.people if not any(_same_person(p, q) for q in b.people)]
    only_b = [q for q in b.people if not any(_same_person(p, q) for p in a.people)]
    return COUNTERPART if only_a and only_b else 1.0


def _same_person(p: frozenset[str], q: frozenset[str]) -> bool:
    return sum(any(token_match(x, y) for y in q) for x in p) >= min(len(p), len(q), 2)


def other_names(a: Item, b: Item) -> bool:
    """Both name someone or somewhere, and none is the same (nor one country in other words)."""
    if not a.names or not b.names or _same_country(a, b):
        return False
    return not any(x in b.names or matches(x, b.name_keys, b.name_trims) for x in a.names)


def _same_country(a: Item, b: Item) -> bool:
    """Both speak of one country (by name, demonym or adjective, in any language): names that differ are
    then detail ("Lima" and "Peru's government"), not other people."""
    return bool(a.countries & b.countries)


def other_kind(a: Item, b: Item) -> bool:
    """Both say what kind of thing happened, and the kinds differ (a visit or a summit holds the others), but
    for two reports that each name both kinds and differ only in which comes first ("a blackout when a fault
    cut the line", "a fault cut the power, causing a blackout")."""
    if not (a.kind and b.kind and a.kind != b.kind and (not holds(a.kind, b.kind) or _penalty_of_none(a, b))):
        return False
    if REACTION in (a.kind, b.kind) and a.people and b.people and people_factor(a, b) == 1.0:
        reaction, other = (a, b) if a.kind == REACTION else (b, a)
        if other.kind in reaction.concepts:  # what the reaction judges: "defended the rate cut" and "told
            return False  # parliament the cut was ...", one hearing; not "criticised the strike" and a dismissal
    return a.kind not in b.concepts or b.kind not in a.concepts


def _penalty_of_none(a: Item, b: Item) -> bool:
    """Two kinds of penalty (a ban, a suspension) that are one only when a person is penalised: the report of a
    suspension (a kind that also holds a match postponed) names someone, and the other names no one else."""
    if frozenset((a.kind, b.kind)) not in PENALTY_KINDS:
        return False
    suspended = [it for it in (a, b) if it.kind == "c:suspension"]
    return any(not it.people for it in suspended) or not (a.people or b.people) or people_factor(a, b) < 1.0


def _one_kind(a: Item, b: Item) -> bool:
    """One kind of happening, or two that tell one from two sides (a verdict and its sentence; a ban and a
    suspension only when they are a person's)."""
    if not a.kind or not b.kind:
        return False
    if a.kind == b.kind:
        return True
    return frozenset((a.kind, b.kind)) in NEAR_KINDS and not _penalty_of_none(a, b)


@dataclass(frozen=True)
class Pair:
    score: float
    shared: tuple[str, ...] = ()
    day: date | None = None


def compatible(a: Item, b: Item) -> bool:
    """The hard rules: two events of one article are two events; so are events on different days, but
    for a report that a figure changed ("the toll rose to 31"), dated by the update, on a happening up to
    UPDATE_DAYS before it."""
    return a.article != b.article and when_compatible(a, b)


def similarity(a: Item, b: Item, weights: Weights | None = None) -> float:
    return score_pair(a, b, weights or Weights()).score


def score_pair(a: Item, b: Item, w: Weights, likeness: float | None = None, semantic: Semantic | None = None) -> Pair:
    """0-100: how likely two reports describe one event. Incompatible pairs score 0. ``likeness`` (0-1) is
    how alike they read to an embedding model, counted as ``semantic`` says; without it, code alone."""
    if not when_compatible(a, b):
        return Pair(0.0)
    names, shared = _name_overlap(a, b, w)
    day = same_day(a.event.when, b.event.when)
    parts: list[tuple[float, float]] = []
    if a.names and b.names:
        parts.append((NAME_WEIGHT, names))
    same_language = a.language == b.language or "und" in (a.language, b.language)
    if same_language:
        parts.append((1 - NAME_WEIGHT, _word_overlap(a.stems, b.stems, w)))
    elif a.concepts and b.concepts:
        # Words of two languages meet only as concepts: the kind of happening and the country.
        parts.append((1 - NAME_WEIGHT, _word_overlap(a.concepts, b.concepts, w)))
    if semantic is not None and likeness is not None and semantic.weight:
        parts.append((semantic.weight, likeness))
    if not parts:
        return Pair(0.0)
    score = 100.0 * sum(weight * value for weight, value in parts) / sum(weight for weight, _ in parts)
    one_kind = _one_kind(a, b)
    near = day is not None or one_weekday(a.event.when, b.event.when)
    if not same_language and not one_kind and (not near or distinct_names(shared, a, b) < 2):
        score *= NAMES_ONLY
    if a.names and b.names and not shared and not _same_country(a, b):
        score *= OTHER_NAMES  # other people, places or organisations: another happening
    elif not same_language and not shared and not day:
        score *= OTHER_NAMES  # two languages, no name and no day in common: a kind of happening alone is not one
    named = any(not country_of(x) for x in shared)  # someone or somewhere both name, not only countries
    if shared and not named and not one_kind:
        score *= COUNTRIES_ONLY  # "Russia" and "North Korea" in both: two of that day's many stories
    if other_kind(a, b):
        score *= OTHER_KIND  # another kind of happening (talks, not an arrival)
    bonus = (SAME_DAY_BONUS if day else 0.0) + (SAME_KIND_BONUS if one_kind and named else 0.0)
    if semantic is not None and likeness is not None:
        bonus += semantic.bonus * likeness
    score = (score + bonus) * people_factor(a, b)
    if same_language and score >= AMBIGUOUS and other_parties(a, b, shared):  # read only where it can matter
        score *= COUNTERPART  # one regulator, court or town, and two other pairs of parties
    return Pair(min(100.0, score), tuple(shared), day)


def _day(it: Item) -> date | None:
    """The day blocking files an item under: its event's day; for an event without a date, its article's
    (news reports what happened in the days before it). A coarser date (a month) is filed as undated."""
    when = it.event.when
    if when.precision == "day":
        return when.start
    return it.published if when.start is None else None


def _key_pairs(
    by_day: dict[date | None, list[int]], updates: frozenset[int], cap: int = MAX_POSTING
) -> list[tuple[int, int]]:
    """Pairs of items filed under one key: within DAY_WINDOW days of each other, a report that a figure
    changed with the days before it it may measure (UPDATE_DAYS), and undated with any. A window holding
    more than ``cap`` items is too common to tell events apart and gives none."""
    pairs: list[tuple[int, int]] = []
    days = sorted(d for d in by_day if d is not None)
    for x, d in enumerate(days):
        near = [m for e in days[x + 1 : bisect_right(days, d + DAY_SPAN)] for m in by_day[e]]
        here = by_day[d]
        if len(here) + len(near) > cap:
            continue
        pairs += [(i, j) for y, i in enumerate(here) for j in here[y + 1 :]]
        pairs += [(i, j) for i in here for j in near]
        later = [i for i in here if i in updates]
        if later:
            back = days[bisect_left(days, d - timedelta(days=UPDATE_BLOCK)) : bisect_left(days, d - DAY_SPAN)]
            before = [m for e in back for m in by_day[e]]
            if len(before) + len(here) <= cap:
                pairs += [(i, j) for i in later for j in before]
    undated = by_day.get(None, [])
    total = sum(len(v) for v in by_day.values())
    if undated and total <= MAX_POSTING:  # undated reports meet every day: only a rare key
        everyone = [m for d in days for m in by_day[d]]
        pairs += [(i, j) for y, i in enumerate(undated) for j in undated[y + 1 :] + everyone]
    return pairs


# A shared name counts 2, a shared word 1, and a name with one kind of happening MIN_SHARED.
_WEIGHTS = {"n:": 2, "x:": MIN_SHARED}


def candidate_pairs(items: list[Item]) -> set[tuple[int, int]]:
    """Pairs from different articles that share a distinctive name and a word, or three words, within a
    few days of each other. Keys are indexed by day, so a name that recurs every day ("Russia") still
    tells one day's events apart (blocking by date window and distinctive keys; no all-pairs scoring). A
    report with no date of its own is filed under its article's day and, by a name with a kind of happening,
    also meets the days before, as a report that a figure changed does: news tells what happened lately."""
    index: dict[str, dict[date | None, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, it in enumerate(items):
        day = _day(it)
        for key in it.keys:
            index[key][day].append(i)
    updates = frozenset(i for i, it in enumerate(items) if it.update)
    undated = updates | {i for i, it in enumerate(items) if it.event.when.start is None}
    counts: Counter[tuple[int, int]] = Counter()
    for key, by_day in index.items():
        weight, story = _WEIGHTS.get(key[:2], 1), key.startswith("x:")
        back = undated if "|c:" in key else updates  # an undated report reaches back by a name and a kind
        for i, j in _key_pairs(by_day, back, STORY_POSTING if story else MAX_POSTING):
            counts[(i, j) if i < j else (j, i)] += weight
    return {p for p, c in counts.items() if c >= MIN_SHARED and items[p[0]].article != items[p[1]].article}
