"""What merging knows of one event: the event, its article's outlet and date, and its identity features
(worked out once): the names it involves, the people among them, the words of what happened, its day.

Text is compared as ASCII (anyascii), so "Ветров" meets "Vetrov" and "Aydın" meets "Aydin"; generic words
(roles, demonyms, calendar and function words, ``summarise.lexicon``) are never identity.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import date

from summarise.asides import without_asides, without_persons_clause, without_trailing
from summarise.concepts import (
    ORDERS,
    UPDATE_WORDS,
    ascii_words,
    countries,
    kinds,
    lifts_order,
    main_kind,
)
from summarise.countries import country_adjective
from summarise.ground import mentioned
from summarise.lexicon import DEMONYMS, GENERIC, ORGANISATION_WORDS, ROLE_WORDS, SITE_WORDS
from summarise.merge.capitals import capitalised as _capitalised
from summarise.merge.capitals import lower_case_words
from summarise.merge.clauses import cause_clause, without_condition
from summarise.merge.spelling import token_keys, token_trims
from summarise.merge.words import NOUN_CAPITALS, common_words
from summarise.models import ArticleSummary, BriefingEvent, DateSource, Event
from summarise.suspension import PAUSES, suspends

STEM = 5
ENDED = "c:ended"
SUSPENSION = "c:suspension"
LIFTED = "c:lifted"  # an order called off ("скасувала наказ про евакуацію"): the end only of an order (ORDERS)
PAIRED_NAMES = 8  # an event naming more than this many gives no keys of two names together


def person_key(name: str) -> frozenset[str]:
    """A person's name as the set of its words without roles: "Kim Jong-un" == "Kim Jong Un" == "Jong Un Kim"."""
    return frozenset(w for w in ascii_words(name) if w not in ROLE_WORDS and w not in DEMONYMS and len(w) > 1)


# Languages that write a name's case ending after an apostrophe ("Korvanya'daki", "Velmar'a"): the ending is
# no part of the name.
SUFFIX_AFTER_APOSTROPHE = frozenset({"tr", "az"})
_SUFFIX = re.compile(r"(?<=[^\W\d_]{2})['’][^\W\d_]+\b")  # not "O'Brien"


def _only_in(name: str, clause: str, rest: str) -> bool:
    return mentioned(name, clause) and not mentioned(name, rest)


def _names(
    event: Event, language: str, common: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The names an event involves: its people and place, and the capitalised words of its sentences (not
    those of a clause that gives another happening, unless the rest names no one and tells no kind of
    happening: "The order came hours after 16 miners were trapped at Rybnik" reports the trapping, "The
    explosion caused alarm, coming days after the blast at Korvell" its own explosion; nor ordinary words that
    open a sentence). Where every noun is capitalised, a capitalised word is a name when the run's reports in
    other languages write it as one (``known``: "Die Selde hat in Grevenau ..." names the Selde and Grevenau, not
    "Menschen")."""
    evidence = event.evidence[0].text
    main, cause = cause_clause(evidence)
    if cause:
        texts = (main,) if event.what == evidence else (main, event.what)
        own = _named(event, texts, language, common, known, cause)
        if own or main_kind(common_words(without_trailing(main), language), language):
            return own
    return _named(event, (evidence, event.what), language, common, known)


def _named(
    event: Event,
    texts: tuple[str, ...],
    language: str,
    common: frozenset[str],
    known: frozenset[str],
    cause: str = "",
) -> frozenset[str]:
    """The names of an event's people and place (those the clause ``cause`` alone names left out) and the
    capitalised words of ``texts``."""
    own = [n for n in [*event.who, event.where or ""] if not (cause and _only_in(n, cause, " ".join(texts)))]
    if language not in NOUN_CAPITALS:
        own += [n for text in texts for n in _capitalised(text, common)]
    elif known:
        own += [n for text in texts for n in _capitalised(text) if set(ascii_words(n)) <= known]
    if language in SUFFIX_AFTER_APOSTROPHE:
        own = [_SUFFIX.sub("", n) for n in own]  # every word of a name: "Ankara'daki Velmar Holding"
    words = [w for n in own for w in ascii_words(n)]
    return frozenset(w for w in words if w not in GENERIC and len(w) > 2)


@dataclass(frozen=True)
class _Words:
    """An event's words, read once: all of them (ASCII), its common words (not names), those of its place."""

    all: list[str]
    common: list[str]
    place: list[str]
    ended: bool = False  # the sentence itself, not an aside, says a happening ended
    lifted: bool = False  # or that something was called off: an order's end (ORDERS)
    paused: bool = False  # or that a strike or a blockade was suspended (PAUSES)

    @classmethod
    def of(cls, event: Event, language: str) -> _Words:
        what = without_persons_clause(without_condition(event.what)[0])  # what may happen is never its happening
        evidence = without_persons_clause(cause_clause(event.evidence[0].text)[0])
        # Each read on its own: a headline without a full stop would make the sentence after it look like
        # the middle of one, and its first word a name. An aside tells no kind of happening of the sentence's
        # own (", whose train derailed on Tuesday,"), unless the rest tells none ("Vetrov, who landed on
        # Tuesday, is due to fly on"); a clause on a person that ends the sentence (", who resigned on
        # Wednesday.") tells none at all.
        own = _common_words(without_asides(cause_clause(what)[0]), without_asides(evidence), language)
        told = kinds(own, language)
        common = own if told else _common_words(what, evidence, language)
        # The order itself lifted, in one clause: not "declared an evacuation and cancelled classes", nor
        # "the evacuation goes on; tolls were lifted".
        clauses = re.split(r"[,;:.!?]", f"{without_asides(what)} . {without_asides(evidence)}")
        read = [common_words(c, language) for c in clauses]
        lifted = LIFTED in told and any(lifts_order(c, language) for c in read)
        paused = SUSPENSION in told and any(suspends(c, language) for c in read)
        return cls(
            ascii_words(f"{what} {evidence}"), common, ascii_words(event.where or ""), ENDED in told, lifted, paused
        )


def _common_words(what: str, evidence: str, language: str) -> list[str]:
    return common_words(what, language) + ([] if what == evidence else common_words(evidence, language))


def _stems(words: _Words, concepts: frozenset[str]) -> frozenset[str]:
    """The words' first letters, one string each for the whole run (the same stems recur in every event)."""
    return frozenset(sys.intern(w[:STEM]) for w in words.all if w not in GENERIC and len(w) > 2) | concepts


def _countries(words: _Words) -> frozenset[str]:
    """The countries an event speaks of, in any language: by name, by demonym, or by the adjective another
    language makes of the name ("boliviano", "боливийского")."""
    named = words.all + words.place
    places = countries(named + [DEMONYMS[w].lower() for w in named if w in DEMONYMS])
    return places | {"c:" + c for c in map(country_adjective, words.common) if c}


def _concepts(words: _Words, places: frozenset[str], language: str) -> frozenset[str]:
    """The kinds of happening and the countries an event speaks of, in any language (``concepts``).
    Kinds are read from common words only: a name is never a kind ("Kranzl" is not a wreath)."""
    return places | kinds(words.common, language)


def is_person(name: str) -> bool:
    """A name of two to four words, none of which names an organisation or a site: a person."""
    words = ascii_words(name)
    return 2 <= len(person_key(name)) <= 4 and not any(w in ORGANISATION_WORDS or w in SITE_WORDS for w in words)


def _people(event: Event) -> tuple[frozenset[str], ...]:
    return tuple(person_key(n) for n in event.who if is_person(n))


@dataclass(frozen=True, slots=True)
class Item:
    """An event with what merging needs to know of its article, and its identity features."""

    event: Event
    outlet: str
    title: str
    published: date | None
    published_source: DateSource = "none"
    language: str = "und"
    common: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # the run's lower-case words
    known: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # names written as such
    # The first letters of every word its article writes (title, summary, events): what it mentions at all.
    context: frozenset[str] = field(default=frozenset(), repr=False, compare=False)
    names: frozenset[str] = field(init=False)
    stems: frozenset[str] = field(init=False)
    concepts: frozenset[str] = field(init=False)
    countries: frozenset[str] = field(init=False)
    kind: str | None = field(init=False)
    ended: bool = field(init=False)  # it says a happening that goes on ended ("the strike ended")
    update: bool = field(init=False)
    people: tuple[frozenset[str], ...] = field(init=False)
    name_keys: frozenset[str] = field(init=False)
    name_trims: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "names", _names(self.event, self.language, self.common, self.known))
        object.__setattr__(self, "name_keys", frozenset(k for w in self.names for k in token_keys(w)))
        object.__setattr__(self, "name_trims", frozenset(k for w in self.names for k in token_trims(w)))
        words = _Words.of(self.event, self.language)
        places = _countries(words)
        concepts = _concepts(words, places, self.language)
        kind = main_kind(words.common, self.language)
        if words.paused and kind not in PAUSES:  # "suspended the strike": the strike's end, not a suspension
            kind = next((k for k in sorted(concepts) if k in PAUSES), kind)
        # A phase, not what happened: no likeness.
        object.__setattr__(
            self, "ended", words.ended or (words.lifted and kind in ORDERS) or (words.paused and kind in PAUSES)
        )
        concepts -= {ENDED, LIFTED}
        object.__setattr__(self, "stems", _stems(words, concepts))
        object.__setattr__(self, "concepts", concepts)
        object.__setattr__(self, "countries", places)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "update", bool(UPDATE_WORDS & set(ascii_words(self.event.evidence[0].text))))
        object.__setattr__(self, "people", _people(self.event))

    @property
    def article(self) -> str:
        return self.event.article_id

    @property
    def keys(self) -> frozenset[str]:
        """What blocking indexes: the first four letters of each name (inflections meet), each stem, and for
        the day's top story, whose every name many reports share, each name with the kind of happening and
        each two names together."""
        names = sorted({n[:4] for n in self.names})
        story = {f"x:{n}|{self.kind}" for n in names} if self.kind else set()
        if len(names) <= PAIRED_NAMES:  # a list of sixty ministers would make 1,770 keys
            story |= {f"x:{n}|{m}" for k, n in enumerate(names) for m in names[k + 1 :]}
        return frozenset({"n:" + n for n in names} | {"s:" + s for s in self.stems} | story)


def items_from(summaries: list[ArticleSummary]) -> list[Item]:
    texts: dict[str, list[str]] = {}
    for s in summaries:  # by language: "green" in lower case in one language says nothing of "Green" in another
        texts.setdefault(s.language, []).extend(t for e in s.events for t in (e.what, e.evidence[0].text))
    common = {lang: lower_case_words(found) for lang, found in texts.items()}
    needed = bool(NOUN_CAPITALS & set(texts))  # read only for a run with a German (or Luxembourgish) report
    known = frozenset(
        w
        for lang, found in texts.items()
        if needed and lang not in NOUN_CAPITALS
        for t in found
        for n in _capitalised(t, common[lang])
        for w in ascii_words(n)
        if w not in common[lang]  # "Bank" of "Deutsche Bank" is a bank in English too: no name in German
    )
    return [
        Item(
            event=e,
            outlet=s.outlet,
            title=s.title,
            published=s.published,
            published_source=s.published_source,
            language=s.language,
            common=common[s.language],
            known=known if s.language in NOUN_CAPITALS else frozenset(),
            context=context,
        )
        for s in summaries
        for context in (_context(s),)
        for e in s.events
    ]


def _context(s: ArticleSummary) -> frozenset[str]:
    texts = [s.title, s.summary or "", *(t for e in s.events for t in (e.what, e.evidence[0].text))]
    return frozenset(sys.intern(w[:STEM]) for t in texts for w in ascii_words(t))


def as_item(e: BriefingEvent, *, dated_by_article: bool = True) -> Item:
    """A merged event as an item, through its first source: how a previous briefing's events are compared.
    Without ``dated_by_article`` its article's day is not known to merging (``merge.when.told_before``)."""
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
        published=first.published if dated_by_article else None,
        published_source=first.published_source if dated_by_article else "none",
    )
