"""Which date of a sentence is its happening's: not the start of a state that goes on ("since Monday"), and in a
language that puts its clauses before what they describe, not a clause's (Turkish)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarise import dates
from summarise.concepts import VERB_FINAL
from summarise.date_words import weekday_named
from summarise.models import EventDate
from summarise.records import follows_since


def since(sentence: str, phrase: str) -> bool:
    """Whether a date is the start of a state that goes on ("has burned since Monday", "seit Montag", "depuis
    lundi", "desde el lunes"): not the day of what the sentence reports (``records.follows_since``)."""
    return follows_since(sentence, phrase)


def main_clause_date(sentence: str, when: EventDate, base: date | None, language: str) -> EventDate:
    """In a language that puts a clause before the word it describes and ends a sentence with its verb (Turkish:
    "dün gerçekleştirilen esir takasında serbest bırakılan 52 Velmoralı, bugün sabah ... indi", the 52 freed in
    yesterday's exchange landed this morning), the last date of the sentence is its main clause's."""
    if language not in VERB_FINAL or not when.phrase:
        return when
    phrases = dates.find_phrases(sentence)
    known = [
        got for p in phrases if not _describes(sentence, p) and (got := dates.resolve(p, base)).precision != "unknown"
    ]
    return known[-1] if known and known[-1].phrase != when.phrase else when


# A Turkish date that describes a noun: "5 Mart'taki soygun" (the robbery of 5 March), "dün gerçekleştirilen
# takas" (the exchange held yesterday), "8 Mart'ta başlayan salgın" (the outbreak that began on 8 March); not
# a noun's ablative after its buffer "n" ("bugün kamuoyundan özür diledi", apologised to the public today), nor a
# part of the day that goes with the date ("bugün öğleden önce", today before noon).
_ATTRIBUTE = re.compile(
    r"^(?:['’]?(?:[dt][ae])?ki\b|(?:['’]\w*)?\s+(?!\w*n[dt][ae]n\b|(?:öğle|sabah|akşam|gece|şafak|ikindi|tan)\w*\b)"
    r"\w+(?:[ae]n|[dt][ıiuü][ğk][ıiuü]\w*)\b)",
    re.IGNORECASE,
)


def _describes(sentence: str, phrase: str) -> bool:
    at = sentence.find(phrase)
    return at >= 0 and bool(_ATTRIBUTE.match(sentence[at + len(phrase) :]))


# A night told by the two days it joins: "dans la nuit de vendredi à samedi", "in der Nacht von Freitag auf
# Samstag", "in der Nacht zum Samstag", "w nocy z piątku na sobotę", "в ночь с пятницы на субботу", "la noche del
# viernes al sábado", "nella notte tra venerdì e sabato", "na noite de sexta para sábado", "overnight Friday into
# Saturday". The night word, at most two words, a word that leads to the second day, and that day's name.
_NIGHT = re.compile(
    r"\b(?:overnight|night|nuit|nacht|noche|madrugada|notte|noite|nocy|noci|ночь|ніч|noaptea|natten)"
    r"((?:\s+\S+){0,2})\s+(?:à|au|auf|zum|na|на|al|a|e|para|op|spre|pe|into|to|till|mot|mod)\s+(\w+)",
    re.IGNORECASE,
)


def overnight(sentence: str, when: EventDate) -> EventDate:
    """A night that joins two days ("dans la nuit de vendredi à samedi, vers 3 h 30") spans both: a date given by
    either day is the night's two days, so a report of the Saturday's early hours and one of the Friday night meet."""
    if when.start is None or when.precision != "day" or when.start != when.end:
        return when
    for m in _NIGHT.finditer(sentence):
        second = weekday_named(m.group(2))
        if second is None:
            continue
        first = (second - 1) % 7
        if when.start.weekday() in (first, second):
            start = when.start - timedelta(days=(when.start.weekday() - first) % 7)
            return EventDate(phrase=when.phrase, start=start, end=start + timedelta(days=1), precision="day")
    return when
