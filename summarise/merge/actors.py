"""People and organisations: one entry per person, however spelt or titled."""

from __future__ import annotations

from collections import Counter, defaultdict

from rapidfuzz import fuzz

from summarise.models import Actor, BriefingEvent

ROLE_WORDS = {
    "minister",
    "president",
    "secretary",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "chief",
    "leader",
    "governor",
    "general",
    "prosecutor",
    "deputy",
    "ambassador",
    "director",
    "chairman",
    "head",
    "mayor",
    "king",
    "queen",
    "premier",
    "chancellor",
    "senator",
    "commander",
    "envoy",
    "dictator",
    "representative",
}


def person_name(name: str) -> str:
    """A name without the role before it: "Russian Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"."""
    words = name.split()
    roles = [i for i, w in enumerate(words) if w.lower().strip(",") in ROLE_WORDS]
    if roles and roles[-1] < len(words) - 1:
        return " ".join(words[roles[-1] + 1 :])
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
