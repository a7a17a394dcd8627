"""Dates as pages write them, resolved against the article's publication date. Pure functions.

dateparser reads absolute dates in many forms and languages. Relative phrases that news uses ("on Sunday evening",
"last year", "nine days ago", "July 11-13", "in April") follow our own rules, because a parser that resolves them
against *today* gets them wrong for yesterday's news. What cannot be resolved stays ``unknown``: never guessed."""

from __future__ import annotations

import calendar
import re
import warnings
from datetime import date, timedelta

from summarise.date_context import counted_months, named_part_of_day, resolve_weekday_of_last_week, weekday_of_last_week
from summarise.date_words import FOREIGN, weekday_named
from summarise.date_words import english as _english
from summarise.models import EventDate
from summarise.records import record_since

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNTS |= {"nine": 9, "ten": 10}
_AGO = re.compile(r"(\w+) (day|week)s? ago(?: today)?")
# Phrases searched for in a sentence, most specific first.
PHRASE = re.compile(
    rf"\b(?:"
    rf"\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:{_WD},?\s+)?{_MON}\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?(?:,?\s+\d{{4}})?"
    rf"|(?:{_WD},?\s+)?\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+{_MON}(?:,?\s+\d{{4}})?"
    rf"|(?:in\s+)?(?:early|mid|late)[-\s]+{_MON}(?:\s+\d{{4}})?"
    rf"|(?:in|since|until|by)\s+{_MON}(?!\s*\d{{1,2}}\b)(?:\s+or\s+{_MON})?(?:\s+\d{{4}})?"
    rf"|(?:last|this|next)\s+(?:year|month|week|weekend|{_MON}|{_WD})"
    rf"|earlier\s+this\s+(?:year|month|week)"
    rf"|(?:on|until|by|since)\s+{_WD}(?!['’]s)(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_WD}['’]s"  # "Tuesday's earthquake": a day just past
    rf"|(?<![-‐])(?<!about )(?<!than )(?<!nearly )(?<!almost )(?<!over )(?<!some )"  # not "twenty-two", "about two"
    rf"(?:{'|'.join(_COUNTS)}|\d{{1,2}})\s+(?:days?|weeks?)\s+ago(?:\s+today)?"
    rf"|yesterday|today|this\s+(?:morning|afternoon|evening)|tonight|last\s+night"
    rf"|in\s+\d{{4}}"
    rf")\b",
    re.IGNORECASE,
)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _month_no(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    return MONTHS.get(w[:3]) if len(w) > 3 and any(name.startswith(w) for name in MONTHS) else None


def _past_year_for(month: int, day: int, pub: date) -> int:
    """A month/day without a year: the publication year, unless that lands far after publication."""
    try:
        candidate = date(pub.year, month, min(day, calendar.monthrange(pub.year, month)[1]))
    except ValueError:
        return pub.year
    return pub.year - 1 if candidate - pub > timedelta(days=60) else pub.year


def _weekday(phrase: str, pub: date) -> EventDate | None:
    m = re.search(rf"\b({_WD})\b", phrase, re.IGNORECASE)
    if not m or re.search(r"\d", phrase):
        return None
    target = WEEKDAYS[m.group(1).lower()]
    low = phrase.lower()
    if low.startswith(("until", "by", "next", "this")):
        delta = (target - pub.weekday()) % 7 or (7 if low.startswith("next") else 0)
        d = pub + timedelta(days=delta)
    else:
        d = pub - timedelta(days=(pub.weekday() - target) % 7)
        if low.startswith("last") and (pub - d).days <= 1:
            d -= timedelta(days=7)  # "last Tuesday" is never yesterday (news says "yesterday", "on Tuesday")
    return EventDate(phrase=phrase, start=d, end=d, precision="day")


def _relative(phrase: str, pub: date) -> EventDate | None:
    low = re.sub(r"\s+", " ", phrase.lower().strip())
    if ago := _AGO.fullmatch(low):
        n = int(ago.group(1)) if ago.group(1).isdigit() else _COUNTS.get(ago.group(1), 0)
        if not n:
            return None
        d = pub - timedelta(days=n * (7 if ago.group(2) == "week" else 1))  # "nine days ago", "a week ago today"
        return EventDate(phrase=phrase, start=d, end=d, precision="day")
    if low in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return EventDate(phrase=phrase, start=pub, end=pub, precision="day")
    if low == "last night":  # the evening before a morning's page, or the small hours of its own day
        return EventDate(phrase=phrase, start=pub - timedelta(days=1), end=pub, precision="day")
    if low == "yesterday":
        d = pub - timedelta(days=1)
        return EventDate(phrase=phrase, start=d, end=d, precision="day")
    if low.endswith("year") and ("this" in low or "last" in low or "next" in low):
        y = pub.year + (-1 if "last" in low else 1 if "next" in low else 0)
        return EventDate(phrase=phrase, start=date(y, 1, 1), end=date(y, 12, 31), precision="year")
    if low.endswith("month") and ("this" in low or "last" in low or "next" in low):
        y, mth = pub.year, pub.month + (-1 if "last" in low else 1 if "next" in low else 0)
        y, mth = (y - 1, 12) if mth == 0 else (y + 1, 1) if mth == 13 else (y, mth)
        s, e = _month_range(y, mth)
        return EventDate(phrase=phrase, start=s, end=e, precision="month")
    if low.endswith("weekend"):
        sat = pub + timedelta(days=(5 - pub.weekday()) % 7)
        if "last" in low:
            sat -= timedelta(days=7)
        return EventDate(phrase=phrase, start=sat, end=sat + timedelta(days=1), precision="day")
    if low.endswith("week"):
        monday = pub - timedelta(days=pub.weekday())
        if "last" in low:
            return EventDate(
                phrase=phrase, start=monday - timedelta(days=7), end=monday - timedelta(days=1), precision="day"
            )
        end = pub if "earlier" in low else monday + timedelta(days=6)
        return EventDate(phrase=phrase, start=monday, end=end, precision="day")
    return None


def _months(phrase: str, pub: date) -> EventDate | None:
    """'in April', 'in early January', 'in July or August', 'last September', 'in 2023'."""
    m = re.fullmatch(r"(?:in|since|until|by)\s+(\d{4})", phrase.strip(), re.IGNORECASE)
    if m:
        y = int(m.group(1))
        return EventDate(phrase=phrase, start=date(y, 1, 1), end=date(y, 12, 31), precision="year")
    if re.search(r"\d{1,2}\b(?!\d)", re.sub(r"\d{4}", "", phrase)):
        return None
    months = [m for m in (_month_no(n) for n in re.findall(r"[A-Za-z]+\.?", phrase)) if m]
    if not months:
        return None
    year_m = re.search(r"\b(\d{4})\b", phrase)
    first, last = months[0], months[-1]
    if year_m:
        y = int(year_m.group(1))
    elif phrase.lower().startswith("last"):
        y = pub.year - 1 if first >= pub.month else pub.year
    elif phrase.lower().startswith("next"):
        y = pub.year + 1 if first <= pub.month else pub.year
    else:
        y = _past_year_for(first, 1, pub)
    s, _ = _month_range(y, first)
    _, e = _month_range(y, last)
    return EventDate(phrase=phrase, start=s, end=e, precision="month")


def _day_range(phrase: str, pub: date | None) -> EventDate | None:
    """'July 11-13', 'May 20', 'Dec. 30', '16 August 2023', 'Friday, May 24', '2023-08-16'."""
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", phrase.strip())
    if iso:
        d = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return EventDate(phrase=phrase, start=d, end=d, precision="day")
    m = re.search(rf"({_MON})\s+(\d{{1,2}})(?!\d)(?:\s*[-–]\s*(\d{{1,2}}))?(?:,?\s+(\d{{4}}))?", phrase, re.IGNORECASE)
    if m:
        mon, d1, d2, yr = _month_no(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
    else:
        m = re.search(rf"(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?\s+({_MON})(?:,?\s+(\d{{4}}))?", phrase, re.IGNORECASE)
        if not m:
            return None
        d1, d2, mon, yr = int(m.group(1)), m.group(2), _month_no(m.group(3)), m.group(4)
    if mon is None:
        return None
    if yr:
        y = int(yr)
    elif pub is not None:
        y = _past_year_for(mon, d1, pub)
    else:
        return None
    try:
        start = date(y, mon, d1)
        end = date(y, mon, int(d2)) if d2 else start
    except ValueError:
        return None
    return EventDate(phrase=phrase, start=start, end=end, precision="day")


def resolve(phrase: str | None, pub: date | None) -> EventDate:
    """Resolve a date phrase as written; unknown when it cannot be resolved without guessing."""
    if not phrase or not phrase.strip():
        return EventDate()
    written = phrase.strip()
    if last_week := resolve_weekday_of_last_week(written, pub):
        return last_week
    phrase = _english(written) if FOREIGN.search(written) else written
    found = _resolve_english(phrase, pub)
    return found.model_copy(update={"phrase": written})


def weekday_of(when: EventDate) -> int | None:
    """The day of the week an event's date names (0 is Monday): its day when resolved to one, else the one
    weekday its phrase names in any language read here ("on Wednesday", "в среду"); None when neither."""
    if when.start is not None:
        return when.start.weekday() if when.precision == "day" and when.end in (None, when.start) else None
    return weekday_named(when.phrase.strip()) if when.phrase else None


def _resolve_english(phrase: str, pub: date | None) -> EventDate:
    found = _day_range(phrase, pub)
    if found is not None:
        return found
    if pub is not None:
        for rule in (_relative, _weekday, _months):
            found = rule(phrase, pub)
            if found is not None:
                return found
    else:
        m = re.fullmatch(r"(?:in\s+)?(\d{4})", phrase, re.IGNORECASE)
        if m:
            y = int(m.group(1))
            return EventDate(phrase=phrase, start=date(y, 1, 1), end=date(y, 12, 31), precision="year")
    return EventDate(phrase=phrase)


def find_phrases(sentence: str) -> list[str]:
    """Date phrases written in a sentence (English or another language), in order; not a part of the day that
    names a show or a thing ("ITV's This Morning", "The Tonight Show", "his last night in office"). A weekday
    and the week before the page's that follows it are one phrase ("Wednesday last week", "onsdag i sidste uge")."""
    found = sorted(
        (m.start(), m.group(0))
        for rx in (PHRASE, FOREIGN)
        for m in rx.finditer(sentence)
        if not (named_part_of_day(sentence, m.start(), m.group(0)) or counted_months(sentence, m.start(), m.group(0)))
    )
    return [p for _, p in weekday_of_last_week(sentence, found)]


def first_resolved(sentence: str, pub: date | None) -> EventDate:
    """The first phrase of a sentence that resolves; else the first phrase kept as unknown. A date that a
    record is measured from is none ("the first cut since September 2024", "a legmagasabb 2020 óta")."""
    phrases = [p for p in find_phrases(sentence) if not record_since(sentence, p)]
    for p in phrases:
        got = resolve(p, pub)
        if got.precision != "unknown":
            return got
    return EventDate(phrase=phrases[0]) if phrases else EventDate()


_PAGE_DATE = [
    re.compile(r"\b(\d{4}-\d{2}-\d{2})\b"),
    re.compile(rf"\b({_MON}\s+\d{{1,2}},\s+\d{{4}})\b", re.IGNORECASE),
    re.compile(rf"\b(\d{{1,2}}\s+{_MON}\s+\d{{4}})\b", re.IGNORECASE),
]


def parse_page_date(line: str) -> date | None:
    """A full date (day, month and year) written on a line of a page header, via dateparser."""
    for rx in _PAGE_DATE:
        m = rx.search(line)
        if m:
            found = m.group(1)
            return _plain_date(found) or _dateparser(found)
    return None


_PLAIN_DATE = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})|([a-z]+)\.?\s+(\d{1,2}),\s+(\d{4})|(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", re.IGNORECASE
)


def _plain_date(text: str) -> date | None:
    """The common forms (2025-03-09, March 9, 2025, 9 Mar. 2025) read directly, as dateparser reads them.

    dateparser takes milliseconds a date and a third of a second to load; anything else (another
    language, a day the month lacks) is left to it.
    """
    m = _PLAIN_DATE.fullmatch(text)
    if m is None:
        return None
    if m[1]:
        year, month, day = int(m[1]), int(m[2]) if 1 <= int(m[2]) <= 12 else None, int(m[3])
    elif m[4]:
        year, month, day = int(m[6]), MONTHS.get(m[4].lower()), int(m[5])
    else:
        year, month, day = int(m[9]), MONTHS.get(m[8].lower()), int(m[7])
    if month is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dateparser(text: str) -> date | None:
    import dateparser

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = dateparser.parse(text, settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return got.date() if got else None
