"""Reduce: ArticleSummary[] -> Briefing.

1. Same event, one entry: code groups events by text similarity, shared actors and compatible
   dates; only pairs that stay ambiguous are put to the model (cached like every call).
2. Figures stated differently by sources are shown side by side, never averaged.
3. The headline and overview are written by the model from the merged events, in stages that each
   fit the backend's context window, and every sentence is checked against the events it cites.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from pydantic import Field, ValidationInfo, create_model, model_validator
from rapidfuzz import fuzz

from summarise import ground
from summarise.backends.base import GenerateRequest, GenerateResult, estimate_tokens, messages_tokens
from summarise.errors import ContextOverflow
from summarise.models import (
    Actor,
    ArticleSummary,
    Briefing,
    BriefingEvent,
    DateSource,
    Drop,
    Event,
    EventDate,
    Figure,
    FigureConflict,
    OverviewDraft,
    SameEventDraft,
    Source,
    Statement,
    StatementDraft,
    list_of,
    one_of,
)
from summarise.prompts import render
from summarise.settings import Settings

SAME = 72.0
AMBIGUOUS = 50.0
DATE_SLACK = timedelta(days=3)
MAX_STATEMENTS = 4
MAX_KEY = 5
MAX_STAGES = 8

Ask = Callable[[GenerateRequest], Awaitable[GenerateResult]]


@dataclass
class Usage:
    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    stages: int = 0
    drops: list[Drop] = field(default_factory=list)

    def add(self, result: GenerateResult) -> None:
        self.calls += result.calls
        self.cache_hits += int(result.cached)
        self.prompt_tokens += result.prompt_tokens
        self.completion_tokens += result.completion_tokens


@dataclass(frozen=True)
class Item:
    """An event with what merging needs to know of its article, and its features, worked out once."""

    event: Event
    outlet: str
    title: str
    published: date | None
    published_source: DateSource = "none"
    words: str = field(init=False)
    actors: frozenset[str] = field(init=False)
    who: frozenset[str] = field(init=False)
    figures: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", _words(self))
        object.__setattr__(self, "actors", frozenset(_actors(self)))
        object.__setattr__(self, "who", frozenset(_who(self)))
        object.__setattr__(self, "figures", frozenset(_figures(self)))


def _words(item: Item) -> str:
    return f"{item.event.what} {item.event.evidence[0].text}"


_CALENDAR = {m.lower() for m in [*calendar.month_name, *calendar.day_name] if m}


def _actors(item: Item) -> set[str]:
    """Capitalised names in an event's words and its who list, possessives folded, calendar words left out."""
    words = set(ground.names(_words(item))) | {w for name in item.event.who for w in name.split() if len(w) > 2}
    folded = {re.sub(r"['’]s$", "", w.lower()) for w in words}
    return folded - _CALENDAR


def _figures(item: Item) -> set[str]:
    """Numbers an event states, other than those of its date."""
    return ground.numbers(_words(item)) - ground.numbers(item.event.when.phrase or "")


def _window(d: EventDate) -> tuple[date, date] | None:
    if d.start is None:
        return None
    return d.start - DATE_SLACK, (d.end or d.start) + DATE_SLACK


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None:
        return True
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def _who(item: Item) -> set[str]:
    """Surnames of the people in an event's who list: "Sergei Lavrov" and "Sergey Lavrov" meet on "lavrov".

    Only names of two words or more count as people; "Russia" or "Nordwind" tell events apart too little.
    """
    return {re.sub(r"['’]s$", "", name.split()[-1].lower()) for name in item.event.who if len(name.split()) >= 2}


def similarity(a: Item, b: Item) -> float:
    """0-100: how likely two reports describe one event. Incompatible dates give 0."""
    if not dates_compatible(a.event.when, b.event.when):
        return 0.0
    wa, wb = a.words.lower(), b.words.lower()
    ea, eb = a.event.evidence[0].text.lower(), b.event.evidence[0].text.lower()
    # The outlets' own words weigh as much as the model's: two identical summaries of different sentences
    # are not one event.
    text = max((fuzz.token_set_ratio(a.event.what.lower(), b.event.what.lower()) + fuzz.token_set_ratio(ea, eb)) / 2,
               (fuzz.token_set_ratio(wa, wb) + fuzz.token_sort_ratio(wa, wb)) / 2)
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
            for j in members[x + 1:]:
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
    prompt = render("same_event.j2", a_outlet=a.outlet, a_date=a.event.when.phrase or a.published or "undated",
                    a_text=a.event.evidence[0].text, b_outlet=b.outlet,
                    b_date=b.event.when.phrase or b.published or "undated", b_text=b.event.evidence[0].text)
    return GenerateRequest(messages=[{"role": "user", "content": prompt}], response_model=SameEventDraft,
                           reask=settings.reask, temperature=settings.temperature, seed=settings.seed, max_tokens=16)


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
    sources = [Source(article_id=it.event.article_id, outlet=it.outlet, title=it.title, published=it.published,
                      published_source=it.published_source, event_id=it.event.id, evidence=it.event.evidence)
               for it in cluster]
    return BriefingEvent(id=f"E{number}", what=first.event.what, who=who,
                         where=places.most_common(1)[0][0] if places else None, when=when, sources=sources,
                         reported_by=len({s.outlet for s in sources}))


def build_events(clusters: list[list[Item]]) -> list[BriefingEvent]:
    def rank(cluster: list[Item]) -> tuple[int, int, str]:
        return (-len({it.outlet for it in cluster}), -len(cluster), cluster[0].event.id)

    return [_briefing_event(c, n) for n, c in enumerate(sorted(clusters, key=rank), start=1)]


def _norm_value(value: str) -> str:
    return re.sub(r"\s+", " ", value.lower().replace(",", "")).strip()


def conflicts(summaries: list[ArticleSummary]) -> list[FigureConflict]:
    """Each quantity that sources state with different values, all claims side by side in date order."""
    by_quantity: dict[str, list[Figure]] = defaultdict(list)
    for s in summaries:
        for f in s.figures:
            by_quantity[f.quantity].append(f)
    found = []
    for quantity, claims in sorted(by_quantity.items()):
        if len({_norm_value(c.value) for c in claims}) < 2 or len({c.article_id for c in claims}) < 2:
            continue
        claims.sort(key=lambda c: (c.published or date.max, c.outlet))
        found.append(FigureConflict(quantity=quantity, claims=claims))
    return found


def timeline(events: list[BriefingEvent]) -> list[str]:
    return [e.id for e in sorted(events, key=lambda e: (e.when.start is None, e.when.start or date.max, e.id))]


ROLE_WORDS = {"minister", "president", "secretary", "spokesperson", "spokeswoman", "spokesman", "chief", "leader",
              "governor", "general", "prosecutor", "deputy", "ambassador", "director", "chairman", "head", "mayor",
              "king", "queen", "premier", "chancellor", "senator", "commander", "envoy", "dictator", "representative"}


def person_name(name: str) -> str:
    """A name without the role before it: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"."""
    words = name.split()
    roles = [i for i, w in enumerate(words) if w.lower().strip(",") in ROLE_WORDS]
    if roles and roles[-1] < len(words) - 1:
        return " ".join(words[roles[-1] + 1:])
    return name


def _same_person(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return a.lower() == b.lower()
    return fuzz.ratio(" ".join(wa[:-1]), " ".join(wb[:-1])) >= 75  # Sergei / Sergey


def _fold(names: list[str]) -> dict[str, str]:
    """Each name (role stripped) -> the most used spelling of its person. Looked up by surname, so linear."""
    by_surname: dict[str, list[list[str]]] = defaultdict(list)
    groups: list[list[str]] = []
    for name in (person_name(n) for n in names):
        key = name.lower().split()[-1] if name.split() else ""
        group = next((g for g in by_surname[key] if _same_person(g[0], name)), None)
        if group is None:
            group = []
            by_surname[key].append(group)
            groups.append(group)
        group.append(name)
    canon: dict[str, str] = {}
    for group in groups:
        best = Counter(group).most_common(1)[0][0]
        canon.update(dict.fromkeys(group, best))
    return canon


def canonical_names(names: list[str]) -> list[str]:
    """Names with roles stripped and spelling variants of one person folded into the most used spelling."""
    return list(dict.fromkeys(_fold(names)[person_name(n)] for n in names))


def actors(events: list[BriefingEvent], limit: int = 25) -> list[Actor]:
    """Who appears in which events, most involved first; one entry per person however spelt."""
    canon = _fold([name for e in events for name in e.who])
    table: dict[str, list[str]] = defaultdict(list)
    for e in events:
        for name in e.who:
            key = canon[person_name(name)]
            if e.id not in table[key]:
                table[key].append(e.id)
    ordered = sorted(table.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    return [Actor(name=k, event_ids=ids) for k, ids in ordered]


# ---------------------------------------------------------------- headline and overview


def _event_line(e: BriefingEvent) -> str:
    when = e.when.phrase or (e.when.start.isoformat() if e.when.start else "undated")
    return f"{e.id} ({e.reported_by} outlet{'s' if e.reported_by > 1 else ''}, {when}): {e.what}"


class CheckedOverviewDraft(OverviewDraft):
    """``OverviewDraft`` that rejects citations of unknown events and facts the cited events lack."""

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedOverviewDraft:
        support: dict[str, str] = (info.context or {}).get("support") or {}
        if not support:
            return self
        problems = _statement_problems(self.headline, self.headline_event_ids, support, "headline")
        for i, st in enumerate(self.overview):
            problems += _statement_problems(st.text, st.event_ids, support, f"overview[{i}]")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _statement_problems(text: str, ids: list[str], support: dict[str, str], label: str) -> list[str]:
    unknown = [i for i in ids if i not in support]
    if unknown:
        return [f"{label} cites unknown event ids {unknown}: cite ids from the list"]
    cited = " ".join(support[i] for i in ids)
    return [f"{label}: {p}" for p in ground.unsupported(text, cited, cited)]


def overview_model(ids: list[str]) -> type[CheckedOverviewDraft]:
    """The overview schema for one call: event ids can only be ids listed in that call's prompt."""
    if not ids:
        return CheckedOverviewDraft
    id_type = one_of(tuple(ids))
    statement = create_model("StatementDraft", __base__=StatementDraft,
                             event_ids=(list_of(id_type), Field(min_length=1, max_length=4)))
    return create_model(
        "CheckedOverviewDraft", __base__=CheckedOverviewDraft,
        headline_event_ids=(list_of(id_type), Field(min_length=1, max_length=3)),
        overview=(list_of(statement), Field(default_factory=list, max_length=MAX_STATEMENTS)),
    )


_ID = re.compile(r"\bE\d+\b")


def _overview_request(items: list[str], support: dict[str, str], settings: Settings) -> GenerateRequest:
    prompt = render("overview.j2", items=items, max_statements=MAX_STATEMENTS)
    ids = list(dict.fromkeys(i for item in items for i in _ID.findall(item.split(":", 1)[0]) if i in support))
    return GenerateRequest(messages=[{"role": "user", "content": prompt}], response_model=overview_model(ids),
                           context={"support": support}, reask=settings.reask, temperature=settings.temperature,
                           seed=settings.seed, max_tokens=min(settings.max_tokens, 500))


def _batches(items: list[str], budget: int) -> list[list[str]]:
    batches: list[list[str]] = [[]]
    used = 0
    for item in items:
        cost = estimate_tokens(item) + 2
        if cost > budget:
            raise ContextOverflow(f"one event line needs {cost} tokens, more than the {budget} the model's context "
                                  f"leaves: use a model with a larger context")
        if used + cost > budget and batches[-1]:
            batches.append([])
            used = 0
        batches[-1].append(item)
        used += cost
    return batches


RELATED_MIN = 50.0
RELATED_SLACK = 20.0


def _check(text: str, ids: list[str], support: dict[str, str], kind: str, usage: Usage) -> Statement | None:
    """A statement as shown: it must pass the checks, and it keeps only the cited events it is about."""
    ids = list(dict.fromkeys(ids))
    problems = _statement_problems(text, ids, support, kind)
    scores = {i: fuzz.token_set_ratio(text.lower(), support[i].lower()) for i in ids} if not problems else {}
    best = max(scores.values(), default=0.0)
    # Keep the events the statement is most about; one it merely shares a place name with falls away.
    related = [i for i in ids if scores.get(i, 0.0) >= max(RELATED_MIN, best - RELATED_SLACK)]
    if not problems and not related:
        problems = [f"none of the cited events {ids} is about it"]
    if problems:
        usage.drops.append(Drop(kind=kind, text=text, reason="; ".join(problems)))  # type: ignore[arg-type]
        return None
    return Statement(text=text, event_ids=related)


def _checked_statements(draft: OverviewDraft, support: dict[str, str], usage: Usage) -> tuple[
        Statement | None, list[Statement]]:
    headline = _check(draft.headline, draft.headline_event_ids, support, "headline", usage)
    kept = [st for st in (_check(d.text, d.event_ids, support, "statement", usage) for d in draft.overview) if st]
    return headline, kept


async def overview(events: list[BriefingEvent], *, ask: Ask, settings: Settings, context_window: int,
                   usage: Usage) -> tuple[Statement | None, list[Statement]]:
    """Headline and overview, reduced in stages so that no call exceeds the context window."""
    if not events:
        return None, []
    support = {e.id: " ".join([e.what] + [ev.text for s in e.sources for ev in s.evidence]) for e in events}
    items = [_event_line(e) for e in events]
    overhead = messages_tokens(_overview_request([], support, settings).messages)
    budget = context_window - overhead - min(settings.max_tokens, 500) - 16
    if budget <= 0:
        raise ContextOverflow(f"the model's context ({context_window} tokens) cannot hold the overview prompt")
    while True:
        usage.stages += 1
        batches = _batches(items, budget)
        results = []
        for batch in batches:
            result = await ask(_overview_request(batch, support, settings))
            usage.add(result)
            results.append(result)
        stage: list[Statement] = []
        headline = None
        for result in results:
            if not result.data:
                continue
            try:
                draft = OverviewDraft.model_validate(result.data)
            except ValueError:
                usage.drops.append(Drop(kind="statement", text=str(result.data)[:200], reason="malformed answer"))
                continue
            h, kept = _checked_statements(draft, support, usage)
            headline = headline or h
            stage += kept
        stage = _distinct(stage, headline)
        if len(batches) == 1:
            return headline, stage[:MAX_STATEMENTS]
        # Next stage: the partial overviews, each still citing the events it rests on.
        next_items = [f"{', '.join(st.event_ids)}: {st.text}" for st in stage]
        if not next_items or len(next_items) >= len(items) or usage.stages >= MAX_STAGES:
            return headline, stage[:MAX_STATEMENTS]
        items = next_items


def _distinct(statements: list[Statement], headline: Statement | None) -> list[Statement]:
    """Statements without repeats, and without one that only restates the headline."""
    seen = {_norm_value(headline.text)} if headline else set()
    kept = []
    for st in statements:
        key = _norm_value(st.text)
        if key not in seen:
            seen.add(key)
            kept.append(st)
    return kept


def with_evidence(statements: list[Statement], events: list[BriefingEvent], n_overview: int) -> tuple[
        Statement, list[Statement], list[Statement]]:
    """Attach to each statement the evidence of every event it cites (one span per source)."""
    by_id = {e.id: e for e in events}
    filled = [st.model_copy(update={"evidence": [s.evidence[0] for i in st.event_ids if i in by_id
                                                 for s in by_id[i].sources]}) for st in statements]
    return filled[0], filled[1:1 + n_overview], filled[1 + n_overview:]


def key_developments(events: list[BriefingEvent]) -> list[Statement]:
    """The most widely reported events, in their checked words."""
    return [Statement(text=e.what, event_ids=[e.id], source="event") for e in events[:MAX_KEY]]


def items_from(summaries: list[ArticleSummary]) -> list[Item]:
    return [Item(event=e, outlet=s.outlet, title=s.title, published=s.published, published_source=s.published_source)
            for s in summaries for e in s.events]


# ---------------------------------------------------------------- day to day

SINCE_SAME = 70.0


def _as_item(e: BriefingEvent) -> Item:
    first = e.sources[0]
    event = Event(id=e.id, article_id=first.article_id, what=e.what, who=e.who, where=e.where, when=e.when,
                  evidence=first.evidence)
    return Item(event=event, outlet=first.outlet, title=first.title, published=first.published,
                published_source=first.published_source)


def mark_changes(events: list[BriefingEvent], previous: Briefing) -> None:
    """Mark each event new, updated (new sources or new figures in its evidence) or unchanged."""
    before = [(_as_item(p), p) for p in previous.events]
    for e in events:
        item = _as_item(e)
        best = max(before, key=lambda bp: similarity(item, bp[0]), default=None)
        if best is None or similarity(item, best[0]) < SINCE_SAME:
            e.change, e.change_note = "new", None
            continue
        old = best[1]
        new_outlets = sorted({s.outlet for s in e.sources} - {s.outlet for s in old.sources})
        old_numbers = ground.numbers(" ".join(ev.text for s in old.sources for ev in s.evidence))
        new_numbers = sorted(ground.numbers(" ".join(ev.text for s in e.sources for ev in s.evidence)) - old_numbers)
        notes = []
        if new_outlets:
            notes.append("new sources: " + ", ".join(new_outlets))
        if new_numbers:
            notes.append("new figures: " + ", ".join(new_numbers))
        e.change = "updated" if notes else "unchanged"
        e.change_note = f"was {old.id} in the previous briefing" + ("; " + "; ".join(notes) if notes else "")
