"""What the words around a date phrase say of it: a part of the day that names a show or a thing, not a date ("ITV's
This Morning", "his last night in office"); Romanian "luni" that counts months, not Monday ("de trei luni"); a weekday
of last week ("onsdag i sidste uge"); a date that dates only who said it ("300 died, the ministry said on
Thursday")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarise.date_words import PERIOD_PHRASES, weekday_named
from summarise.models import EventDate

_TITLED = re.compile(r"(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night)$", re.IGNORECASE)
_OWNER = re.compile(r"(?:\b(?:the|his|her|their|its|my|our|your)|['’]s)\s*$", re.IGNORECASE)


def named_part_of_day(sentence: str, at: int, phrase: str) -> bool:
    """Whether a part of the day ("this morning", "tonight", "last night") at ``at`` is a name or a thing's:
    capitalised mid-sentence ("ITV's This Morning", "The Tonight Show"), or after "the", a possessive or "'s" ("his
    last night in office"). Any other phrase is none."""
    if not _TITLED.match(phrase):
        return False
    before = sentence[:at]
    capitalised = sentence[at].isupper() and before.strip() != "" and not before.rstrip().endswith((".", "!", "?", ":"))
    return capitalised or bool(_OWNER.search(before))


# Romanian "luni" is Monday and the plural of "lună" (month): months after a number or a word that counts them ("trei
# luni", "24 de luni", "ultimele luni", "după luni de negocieri", "timp de luni"), or before "de zile", "bune", "în
# șir", "în urmă", "întregi", "la rând" ("de luni bune", "cu luni în urmă"). Not "anunțat luni de inspectorat"
# (announced on Monday by), nor "de luni" (since Monday).
_COUNTED = re.compile(
    r"(?:\d+(?:\s+de)?|\b(?:doua|două|trei|patru|cinci|sase|șase|şase|sapte|șapte|şapte|opt|noua|nouă|zece|cateva"
    r"|câteva|multe|ultimele|ultimii|primele|urmatoarele|următoarele|acele|unele|cele|după|dupa|pentru|timp\s+de))\s*$",
    re.IGNORECASE,
)
_ON_END = re.compile(
    r"\s+(?:de\s+zile|bune|în\s+șir|in\s+sir|în\s+urmă|in\s+urma|întregi|intregi|la\s+r[âa]nd)\b", re.IGNORECASE
)


def counted_months(sentence: str, at: int, phrase: str) -> bool:
    """Whether Romanian "luni" at ``at`` counts months rather than naming Monday."""
    if phrase.lower() != "luni":
        return False
    return bool(_COUNTED.search(sentence[:at]) or _ON_END.match(sentence, at + len(phrase)))


# Verbs that attribute what a sentence reports to a source: a date right after one dates the saying.
_SAID = re.compile(
    r"(?:\bsaid|\bsays|\btold(?:\s+\w+)?|\breported|сообщил[аио]?|сообщили|заявил[аио]?|заявили|повідомив|"
    r"повідомила|повідомили|заявив|заявила|a\s+indiqué|a\s+déclaré|\bdijo|\binformó|ha\s+detto|\bsagte|\bdisse|"
    r"\binformou)(?:\s+(?:late|early|later))?\s*[,]?\s*$",
    re.IGNORECASE,
)


_THAT = frozenset("that что що que che dass".split())


def attributed(sentence: str, phrase: str) -> bool:
    """Whether a date phrase of a sentence dates only its attribution, the tail that names who said it ("300
    died, the ministry said on Thursday"; "погибли 300 человек, сообщило в четверг МЧС"): the report's day,
    not the happening's. Not "X said on Thursday that ...", where the saying is what happened."""
    at = sentence.lower().find(phrase.lower())
    if at <= 0 or "," not in sentence[:at] or not _SAID.search(sentence[max(0, at - 40) : at]):
        return False
    after = sentence[at + len(phrase) :].split()
    return len(after) <= 4 and not any(w.lower().strip(",.") in _THAT for w in after)


# A weekday and the week before the page's written after it ("Wednesday last week", "Wednesday of last week",
# "onsdag i sidste uge", "lunedì della settimana scorsa", "am Mittwoch vergangener Woche"): that weekday of that week.
_WEEK_LINK = re.compile(r"\s*(?:of|de|del|in|v|w|z)?\s*", re.IGNORECASE)


def _of_last_week(phrase: str) -> bool:
    return _LAST_WEEK_END.fullmatch(" ".join(phrase.split())) is not None


def weekday_of_last_week(sentence: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The phrases found (start, phrase; in order), a weekday and a "last week" right after it joined in one."""
    found = list(found)
    for k in range(len(found) - 1, 0, -1):
        (at, day), (then, week) = found[k - 1], found[k]
        link = sentence[at + len(day) : then]
        owner = sentence[then + len(week) : then + len(week) + 2] in ("'s", "’s")  # "on Monday last week's attack"
        if _of_last_week(week) and not owner and weekday_named(day) is not None and _WEEK_LINK.fullmatch(link):
            found[k - 1 : k + 1] = [(at, sentence[at : then + len(week)])]
    return found


def resolve_weekday_of_last_week(phrase: str, pub: date | None) -> EventDate | None:
    """A phrase joined by ``weekday_of_last_week``: that weekday of the week before the page's."""
    week = _LAST_WEEK_END.search(phrase) if pub is not None else None
    day = weekday_named(phrase[: week.start(1)]) if week and week.start(1) > 0 else None
    if pub is None or day is None:
        return None
    d = pub - timedelta(days=pub.weekday() + 7 - day)
    return EventDate(phrase=phrase, start=d, end=d, precision="day")


_LAST_WEEK_END = re.compile(
    r"(?<!\w)("
    + "|".join(sorted((re.escape(p) for p, e in PERIOD_PHRASES.items() if e == "last week"), key=len, reverse=True))
    + r"|last\s+week)\s*$",
    re.IGNORECASE,
)
