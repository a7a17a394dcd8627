"""What merging knows of one event: the event, its article's outlet and date, and features worked out once."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from summarise import ground
from summarise.models import ArticleSummary, BriefingEvent, DateSource, Event


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


def _who(item: Item) -> set[str]:
    """Surnames of the people in an event's who list: "Sergei Lavrov" and "Sergey Lavrov" meet on "lavrov".

    Only names of two words or more count as people; "Russia" or "Nordwind" tell events apart too little.
    """
    return {re.sub(r"['’]s$", "", name.split()[-1].lower()) for name in item.event.who if len(name.split()) >= 2}


def items_from(summaries: list[ArticleSummary]) -> list[Item]:
    return [
        Item(event=e, outlet=s.outlet, title=s.title, published=s.published, published_source=s.published_source)
        for s in summaries
        for e in s.events
    ]


def as_item(e: BriefingEvent) -> Item:
    """A merged event as an item, through its first source: how a previous briefing's events are compared."""
    first = e.sources[0]
    event = Event(
        id=e.id,
        article_id=first.article_id,
        what=e.what,
        who=e.who,
        where=e.where,
        when=e.when,
        evidence=first.evidence,
    )
    return Item(
        event=event,
        outlet=first.outlet,
        title=first.title,
        published=first.published,
        published_source=first.published_source,
    )
