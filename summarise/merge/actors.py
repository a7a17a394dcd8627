"""People and organisations: one entry per person, however spelt, transliterated or titled.

Names are folded by their full form (``person_key``: the words of a name without roles, in any order,
hyphens and spacing aside, as ASCII), so "Kim Jong Un" and "Kim Jong-un", "Choe Son Hui" and
"Choe Son-hui" are one person. A surname alone joins the one full name that holds it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from summarise.concepts import ascii_words
from summarise.countries import country_named, country_of
from summarise.lexicon import DEMONYMS, ORGANISATION_WORDS, TITLES
from summarise.merge.items import is_person, person_key
from summarise.merge.spelling import skeleton, token_match
from summarise.models import Actor, BriefingEvent


def person_name(name: str) -> str:
    """A name without the title before it: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov".
    Only a title ends a prefix: "North Korea" stays whole."""
    words = name.split()
    roles = [i for i, w in enumerate(words) if w.lower().strip(",.") in TITLES]
    if roles and roles[-1] < len(words) - 1:
        return " ".join(words[roles[-1] + 1 :])
    return name


def _key(name: str) -> frozenset[str]:
    return person_key(person_name(name)) or frozenset(ascii_words(name))


def _matches(short: frozenset[str], long_: frozenset[str]) -> bool:
    """Every word of the shorter name is a word of the longer, allowing spelling variants (Sergei, Sergey)."""
    return all(any(token_match(x, y) for y in long_) for x in short)


def _fold(names: list[str]) -> dict[str, str]:
    """Each name -> the most used spelling of its person (the fullest form among the most used)."""
    keys = {n: _key(n) for n in dict.fromkeys(names)}
    groups: list[tuple[frozenset[str], list[str]]] = []
    by_sound: dict[str, list[int]] = defaultdict(list)
    for n in sorted(keys, key=lambda n: -len(keys[n])):
        k = keys[n]
        near = {g for w in k for g in by_sound[skeleton(w)]}
        fits = [g for g in sorted(near) if _matches(k, groups[g][0]) and (len(k) >= 2 or len(groups[g][0]) >= 2)]
        if len(fits) == 1 or (fits and len(k) >= 2):
            groups[fits[0]][1].append(n)
            continue
        groups.append((k, [n]))
        for w in k:
            by_sound[skeleton(w)].append(len(groups) - 1)
    canon: dict[str, str] = {}
    for _, members in groups:
        counts = Counter(person_name(n) for n in names if n in members)
        best = max(counts, key=lambda s: (counts[s], len(s.split()), s))
        canon.update(dict.fromkeys(members, best))
    return canon


def canonical_names(names: list[str]) -> list[str]:
    """Names with roles stripped and the variants of one person folded into the most used spelling."""
    canon = _fold(names)
    return list(dict.fromkeys(canon[n] for n in names))


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}


def as_actor(name: str) -> str | None:
    """A name as an actor: a nationality becomes its country ("North Korean" -> "North Korea", "Russian" ->
    "Russia"); one without a country ("Western-backed") is no actor (None); any other name is itself."""
    words = [w.strip(",.").lower() for w in name.split()]
    if not words or not all(w in DEMONYMS for w in words):
        return name
    country = DEMONYMS[words[-1]]
    if not country:
        return None
    lead = [w.title() for w in words[:-1] if w in _DIRECTIONS]
    return " ".join([*lead, country])


def _kind(name: str) -> str:
    words = ascii_words(name)
    if country_named(name) or (words and all(country_of(w) for w in words)) or name in DEMONYMS.values():
        return "country"
    if is_person(name):
        return "person"
    return "organisation" if any(w in ORGANISATION_WORDS for w in words) else "other"


def actors(events: list[BriefingEvent], limit: int = 25) -> list[Actor]:
    """Who appears in which events, most involved first: one entry per person however spelt, nationalities as
    their countries, each with its events and the number of outlets that report them."""
    named = {n: as_actor(n) for e in events for n in e.who}
    canon = _fold([a for a in named.values() if a])
    table: dict[str, list[BriefingEvent]] = defaultdict(list)
    for e in events:
        for name in e.who:
            actor = named[name]
            if actor and e not in table[canon[actor]]:
                table[canon[actor]].append(e)
    ordered = sorted(table.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:limit]
    return [
        Actor(
            name=k,
            kind=_kind(k),  # type: ignore[arg-type]
            event_ids=[e.id for e in evs],
            outlets=len({s.outlet for e in evs for s in e.sources}),
        )
        for k, evs in ordered
    ]
