"""The days ahead: a weekday in a clause of what will be is the coming one ("will vote on Thursday", "votera
jeudi"), and a date still to come given as a deadline ("by 31 December") dates nothing. Pure functions."""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarise import dates
from summarise.date_words import weekday_named
from summarise.models import EventDate

# Words that put what follows in the days ahead ("will vote on Thursday", "is expected to land on Friday"),
# written in lower case ("Will Smith" is a name); "due to" is left out, as it also gives a cause. Reported speech
# tells them with "would" after a word of saying ("said she would travel to Kadrel on Wednesday"); "would die of his
# injuries on Sunday" and "was expected to resume on Monday" tell a past day.
_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are) (?:expected|set|scheduled) to|(?:plans?|intends?) to)\b")
_SAYING = re.compile(r"\b(?:said|says|announced|told|promised|stated|added)\b")
_WOULD = re.compile(r"\bwould\b(?! have)")
_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?({'|'.join(dates.WEEKDAYS)})", re.IGNORECASE)
# What ends the clause of the days ahead before the weekday: a stop, or a relative clause of its own ("will
# extend the strike that began on Monday").
_CLAUSE_END = re.compile(r"[,;:.]|\b(?:that|which|who|whom|whose|when|where|after|since)\b", re.IGNORECASE)


# The same words in the other languages read, where a verb or an ending says so (a language that tells the
# days ahead by its present alone, as Finnish and Hungarian mostly do, is left as it is, and so is German,
# whose "wird" also makes the passive: "die Wahlkarten werden am Montag ausgezählt"): Dutch "zal", Polish
# "będzie", French "commencera", Spanish "comenzarán", Turkish "başlayacak" ... An ending counts only on a word
# in lower case: "Beltrán" is a name.
_FUTURE_ENDING = r"(?-i:[a-zà-ÿ]\w*(?:{}))"
_AHEAD_IN: dict[str, re.Pattern[str]] = {
    language: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
    for language, pattern in {
        "nl": "zal|zullen",
        "sv": "ska|skall|kommer att",
        "da": "skal|vil",
        "nb": "skal|vil",
        "no": "skal|vil",
        "pl": "będzie|będą",
        "ru": "будет|будут",
        "uk": "буде|будуть",
        "cs": "bude|budou",
        "sk": "bude|budú",
        "ro": "va|vor",
        "el": "θα",
        "hu": "fog|fognak|fogja|fogják",
        "fr": "va|vont|" + _FUTURE_ENDING.format("era|ira|dra|ront"),
        "es": "va a|van a|" + _FUTURE_ENDING.format("rá|rán"),
        "it": _FUTURE_ENDING.format("rà|ranno"),
        "pt": "vai|vão|" + _FUTURE_ENDING.format("rá|rão"),
        "tr": _FUTURE_ENDING.format("ecek|acak") + r"\w*",
    }.items()
}
# What ends a clause in those languages: a stop, or "that" opening another ("au anunțat marți seara că apa va fi
# întreruptă": announced on Tuesday evening that the water will be cut).
_STOPS = re.compile(r"[,;:.]|(?<!\w)(?:că|że|что|що|že|que|qu'|qu’|che|dat|att|at|ότι|hogy|diye)(?!\w)", re.IGNORECASE)


def ahead(sentence: str, when: EventDate, base: date | None, language: str = "en") -> EventDate:
    """A weekday alone, in a clause of the days ahead, is the coming one: "parliament will vote on the deal on
    Thursday", written on a Tuesday, is in two days, not five days back (news dates a bare weekday in the past
    otherwise); so is "votera jeudi", "votará el jueves", "we czwartek będzie głosował". A comma or
    a relative clause between the future's words and the weekday leaves it as it was ("He will step down, he
    said on Monday"; "will extend the strike that began on Monday")."""
    if base is None or when.start is None or not when.phrase:
        return when
    english = _WEEKDAY_ONLY.fullmatch(when.phrase.strip())
    target = dates.WEEKDAYS[english.group(1).lower()] if english else None
    words, ends = _AHEAD, _CLAUSE_END
    if target is None and language in _AHEAD_IN:
        target, words, ends = weekday_named(when.phrase.strip()), _AHEAD_IN[language], _STOPS
    at = sentence.find(when.phrase)
    if target is None or at < 0:
        return when
    future = max((m.end() for m in words.finditer(sentence, 0, at)), default=-1)  # the last before the weekday
    said = _SAYING.search(sentence, 0, at) if words is _AHEAD else None
    if said:  # "said she would travel to Kadrel on Wednesday"
        future = max([future, *(m.end() for m in _WOULD.finditer(sentence, said.end(), at))])
    before = future >= 0 and not ends.search(sentence, future, at)
    # Or, in another language, after it in its clause ("we czwartek będzie głosował"); not in English, where a
    # weekday before "will" is mostly when someone spoke ("He said on Monday he will resign").
    after = words.search(sentence, at + len(when.phrase)) if words is not _AHEAD else None
    if not before and (after is None or ends.search(sentence, at, after.start())):
        return when
    d = base + timedelta(days=(target - base.weekday()) % 7)
    return EventDate(phrase=when.phrase, start=d, end=d, precision="day")


# Words that make the date after them a deadline ("all prisoners exchanged by 31 December", "bis Ende März",
# "entro il 31 dicembre"): what must be done by then, not when anything happened.
_DEADLINE = re.compile(r"\b(?:by|until|till|no later than|bis|jusqu'au|hasta|entro|uiterlijk|najpóźniej)\s*$")


def deadline(sentence: str, when: EventDate, base: date | None) -> EventDate:
    """No date when the sentence gives its date, still to come, as a deadline ("signed up to ... all prisoners
    exchanged by 31 December"); the date as it was otherwise ("the strike lasted until Friday" ended then)."""
    if not when.phrase or when.start is None or base is None or when.start <= base:
        return when
    at = sentence.find(when.phrase)
    if at < 0:
        return when
    if when.phrase.lower().startswith(("by ", "until ")) or _DEADLINE.search(sentence[max(0, at - 30) : at].lower()):
        return EventDate()
    return when
