"""Dates written against another date of the article: "the same evening", "the next day", "two days later",
"le lendemain", "am selben Tag", "на следующий день". News tells a story day by day and dates most
sentences only this way; such a phrase is the day of the date it is written against, moved by its offset
(``anchored`` says which date that is, and when none is sure). Only a date known to the day anchors one:
"the same day" after "in 2019" stays unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from summarise import dates
from summarise.asides import asides, trailing_clause
from summarise.concepts import UPDATE_WORDS, ascii_words, kinds
from summarise.date_clauses import since
from summarise.dates import weekday_of
from summarise.kind_context import UNDER_CONTROL
from summarise.models import EventDate

_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "zwei": 2, "drei": 3, "deux": 2,
    "trois": 3, "dos": 2, "tres": 3, "due": 2, "tre": 3, "dois": 2, "três": 3, "twee": 2, "drie": 3, "dwa": 2,
    "trzy": 3,
}  # fmt: skip

# Phrases for the same day, the day after and the day before, by language. "Hours later" is the same day.
_SAME = (
    r"(?:on\s+)?the\s+same\s+(?:day|morning|afternoon|evening|night)|later\s+(?:that|the\s+same)\s+day"
    r"|earlier\s+(?:that|the\s+same)\s+day|(?:that|the\s+same)\s+(?:morning|afternoon|evening|night)|hours\s+later"
    r"|am\s+(?:selben|gleichen|selbigen)\s+(?:Tag|Abend|Morgen|Nachmittag)|noch\s+am\s+selben\s+Tag|wenige\s+Stunden\s+später"
    r"|le\s+même\s+jour|le\s+soir\s+même|ce\s+même\s+jour|quelques\s+heures\s+plus\s+tard"
    r"|(?:ese|el)\s+mismo\s+día|esa\s+misma\s+(?:noche|tarde|mañana)|horas\s+(?:más\s+tarde|después)"
    r"|(?:lo\s+stesso\s+giorno|nella\s+stessa\s+giornata|la\s+sera\s+stessa|poche\s+ore\s+dopo)"
    r"|no\s+mesmo\s+dia|nesse\s+mesmo\s+dia|horas\s+depois"
    r"|(?:op\s+)?dezelfde\s+(?:dag|avond)|later\s+die\s+dag|uren\s+later"
    r"|tego\s+samego\s+dnia|(?:w\s+)?tym\s+samym\s+dniu|kilka\s+godzin\s+później"
    r"|в\s+тот\s+же\s+день|тем\s+же\s+вечером|того\s+ж\s+дня|того\s+ж\s+вечора"
    r"|în\s+aceeași\s+zi|in\s+aceeasi\s+zi|în\s+aceeași\s+seară"
    r"|samma\s+(?:dag|kväll)|samme\s+(?:dag|aften)|samana\s+(?:päivänä|iltana)|aynı\s+gün"
)
_NEXT = (
    r"the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|(?:a|one)\s+day\s+later|the\s+day\s+after"
    r"|am\s+(?:nächsten|folgenden)\s+(?:Tag|Morgen|Abend)|tags\s+darauf|einen\s+Tag\s+später"
    r"|le\s+lendemain|le\s+jour\s+suivant|un\s+jour\s+plus\s+tard"
    r"|al\s+día\s+siguiente|un\s+día\s+después|il\s+giorno\s+(?:dopo|seguente|successivo)|l'indomani"
    r"|no\s+dia\s+seguinte|um\s+dia\s+depois|de\s+volgende\s+dag|een\s+dag\s+later|de\s+dag\s+erna"
    r"|następnego\s+dnia|dzień\s+później|на\s+следующий\s+день|наступного\s+дня|a\s+doua\s+zi"
    r"|dagen\s+efter|dagen\s+etter|seuraavana\s+päivänä|ertesi\s+gün"
)
_BEFORE = (
    r"the\s+(?:day|evening|night)\s+before|the\s+previous\s+(?:day|evening|night)|(?:a|one)\s+day\s+(?:earlier|before)"
    r"|am\s+Vortag|am\s+Vorabend|einen\s+Tag\s+(?:zuvor|vorher)|la\s+veille|el\s+día\s+anterior|la\s+víspera"
    r"|il\s+giorno\s+(?:prima|precedente)|la\s+vigilia|na\s+véspera|no\s+dia\s+anterior|de\s+dag\s+(?:ervoor|daarvoor)"
    r"|dzień\s+wcześniej|накануне|напередодні|cu\s+o\s+zi\s+(?:înainte|mai\s+devreme)|dagen\s+innan|dagen\s+før"
    r"|edellisenä\s+päivänä|bir\s+gün\s+önce"
)
_DAYS = (
    r"(?P<n>two|three|four|five|six|seven|zwei|drei|deux|trois|dos|tres|due|tre|dois|três|twee|drie|dwa|trzy|\d)"
    r"\s+(?:days?|Tage|jours|días|giorni|dias|dagen|dni|дня|дні|дней)\s+"
    r"(?P<way>later|after|earlier|before|später|danach|zuvor|plus\s+tard|après|auparavant|después|antes|dopo|prima"
    r"|depois|later|eerder|później|wcześniej|спустя|раньше)"
)
ANCHORED = re.compile(
    # "48 hours later" is no same day: a figure before the phrase counts it out.
    rf"(?<!\w)(?<!\d\s)(?:(?P<same>{_SAME})|(?P<next>{_NEXT})|(?P<before>{_BEFORE})|{_DAYS})(?!\w)",
    re.IGNORECASE,
)
_EARLIER = {"earlier", "before", "zuvor", "auparavant", "antes", "prima", "eerder", "wcześniej", "раньше"}


def _offset(m: re.Match[str]) -> int:
    if m.group("same"):
        return 0
    if m.group("next"):
        return 1
    if m.group("before"):
        return -1
    n = m.group("n").lower()
    days = int(n) if n.isdigit() else _NUMBERS[n]
    return -days if m.group("way").lower() in _EARLIER else days


def anchored(sentence: str, before: str, base: date | None) -> EventDate | None:
    """The date of a sentence dated against an earlier one: its first such phrase, moved from the date it
    is written against, when that date is known to the day; None otherwise.

    That date is one written earlier in the sentence ("confirmed on Thursday that ... two days earlier");
    else the article's, when its first date and the nearest before the phrase are one day. When they are
    not, "the same day" may be either (news goes back to earlier days in between: "the plane that skidded
    off on Tuesday"), and the phrase stays unknown rather than take a wrong day; so it does when the day
    would come after the article's own."""
    m = ANCHORED.search(sentence)
    if m is None or not _stands_alone(sentence, m):
        return None
    here = _days(dates.find_phrases(sentence[: m.start()]), base)
    if here:
        anchor = here[-1]
    else:
        days = _days(dates.find_phrases(before), base)
        if not days or days[0] != days[-1]:
            return None
        anchor = days[-1]
    day = anchor + timedelta(days=_offset(m))
    if base is not None and day > base:  # a report tells what happened by the day it was written
        return None
    return EventDate(phrase=m.group(0), start=day, end=day, precision="day")


# Words after which a phrase is dated against what follows, not against an earlier date: "the day before the
# funeral", "the day after tomorrow", "two days before the election", "the same day as the referendum",
# "la veille du sommet", "dois dias depois de os bombeiros terem dominado o fogo".
_REFERENCE = {  # by the phrase's last word: English takes its point of reference directly, Romance after "de"
    **dict.fromkeys(
        ("before", "after", "prior"),
        frozenset("the a an his her its their this that these those tomorrow yesterday to".split()),
    ),
    **dict.fromkeys(
        ("veille", "víspera", "vigilia", "antes", "después", "depois", "dopo", "prima"),
        frozenset("de du des di del della dello dei delle degli do da dos das".split()),
    ),
    # French "deux jours après l'incendie", "avant le sommet"
    **dict.fromkeys(("après", "avant"), frozenset("le la les l un une son sa ses ce cet cette que".split())),
}
_SAYING = frozenset("said says told announced reported added warned stated insisted".split())
COUNT_REACH = 40  # characters before the phrase that hold its count ("twenty-four hours later")
_COUNTS = re.compile(
    r"(?:\d+|a\s+dozen|dozens\s+of|[a-z]+-[a-z]+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy)\s*$",
    re.IGNORECASE,
)


def _stands_alone(sentence: str, m: re.Match[str]) -> bool:
    """Whether a phrase dates its sentence against an earlier date: not followed by a point of reference of
    its own ("the day before the funeral", "накануне выборов"), not "that evening" after a verb of saying
    ("police said that evening patrols ..."), and not hours that are counted ("twenty-four hours later")."""
    after = re.match(r"\s*([^\W\d_]+)", sentence[m.end() :])
    phrase = m.group(0).lower()
    following = after.group(1).lower() if after else ""
    if phrase in ("накануне", "напередодні") and following:
        return following in ("в", "во", "на", "у")
    if following in _REFERENCE.get(phrase.split()[-1], ()) or following == "as":
        return False
    before = sentence[: m.start()]
    words = before.split()
    if phrase.startswith("that ") and words and words[-1].lower().strip(",") in _SAYING:
        return False
    return not ("hours" in phrase and _COUNTS.search(before[-COUNT_REACH:]))  # bounded: a run of letters is slow


def _days(phrases: list[str], base: date | None) -> list[date]:
    """The days of the phrases that name one (a week or a month names none)."""
    out = []
    for phrase in phrases:
        got = dates.resolve(phrase, base)
        if got.precision == "day" and got.start is not None and got.start == got.end:
            out.append(got.start)
    return out


# Words that open a clause telling another happening ("killed when the dam burst on Tuesday", "tras el
# accidente del martes"): a date written in it is that happening's.
# Words that open a clause of what came before ("after", "tras", "nachdem"), and of when ("when", "since", "seit").
_AFTER_WORDS = "after following tras después despues dopo après apres nachdem nadat"
_OTHER_HAPPENING = frozenset(
    f"when whenever since cuando desde quando lorsque quand depuis seit toen {_AFTER_WORDS}".split()
)
CLAUSE_REACH = 6  # words before a date phrase that may open the clause it stands in
AFTER_REACH = 12  # words of a clause opened by "after" before its date ("after pay talks with the operator broke down")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def in_other_clause(sentence: str, phrase: str) -> bool:
    """Whether a date phrase dates the happening a changed figure counts, not the change: "The number of people
    killed when the dam burst on Tuesday has risen to 23" (a word like "when", "after" or "since" a few words
    before the phrase, in its clause, and a word of change after it), or a date that is a happening's own
    ("The death toll from Thursday's fire rose to seven on Friday"). "Killed when the building collapsed
    during Monday's quake" dates its deaths, and "detained after Wednesday's fighting rose to 31 on Thursday"
    its rise."""
    at = sentence.lower().find(phrase.lower())
    if at < 0:
        return False
    before = _CLAUSE_BREAK.split(sentence[:at])[-1].split()[-CLAUSE_REACH:]
    rest = sentence[at + len(phrase) :]
    after = ascii_words(rest)
    possessive = bool(_POSSESSIVE.search(phrase) or _POSSESSIVE.match(rest))  # "Thursday's fire": the fire's day
    opened = any(w.strip("'’\"").lower() in _OTHER_HAPPENING for w in before)
    return (opened or possessive) and bool(UPDATE_WORDS & set(after))


_POSSESSIVE = re.compile(r"^['’]s\b|['’]s$")

# ... and in the Nordic languages and Portuguese too: "suspended after a sample she gave last month tested positive".
_AFTER = frozenset(f"{_AFTER_WORDS} efter etter após apos depois".split())


def _cause_span(sentence: str, when: EventDate) -> bool:
    """Whether a date is a cause's, told in a clause opened by "after", and spans more than a day ("last
    month", "last week", "in August"): the happening it led to is told on a day of its own ("walked out after
    pay talks broke down last week"). A day in such a clause stays ("injured after a gas explosion on Thursday
    morning": what followed is most often that day's)."""
    if when.start is None or when.phrase is None or (when.precision == "day" and when.start == when.end):
        return False
    at = sentence.lower().find(when.phrase.lower())
    clause = _CLAUSE_BREAK.split(sentence[:at])[-1] if at >= 0 else ""
    words = [w.strip("'’\"").lower() for w in clause.split()]
    opened = [n for n, w in enumerate(words) if w in _AFTER and len(words) - n <= AFTER_REACH]
    if not opened or (clause.strip() == sentence[:at].strip() and opened[0] == 0):
        return False  # "After months of talks the two sides signed the deal this week": a fronted phrase
    rest = words[opened[-1] + 1 :]
    # Not a time ("shortly after midnight last week") nor what was said after it ("said after the meeting that ...").
    return bool(rest) and rest[0] not in _TIMES_OF_DAY and not _THAT & set(rest)


_TIMES_OF_DAY = frozenset("midnight noon dawn midday sunrise sunset dark hours minutes mitternacht minuit".split())
_THAT = frozenset("that dass que che dat att".split())


# A state that has ended: contained, under control, over, lifted ("the fire that has burned since Wednesday is under
# control", "Branden som sedan i onsdags har härjat ... är under kontroll"): its start is not the day of its end.
_ENDS = frozenset({"c:ended", "c:lifted", "c:extinguished"})


def _past_the_start(sentence: str, when: EventDate, base: date | None) -> EventDate:
    """Another date of the sentence, when the one given is the start of a state that goes on; none when there is
    no other and the sentence tells the state's end (its start is no day of the end)."""
    if not when.phrase or not since(sentence, when.phrase):
        return when
    other = (dates.resolve(p, base) for p in dates.find_phrases(sentence) if not since(sentence, p))
    found = next((got for got in other if got.precision != "unknown"), None)
    if found is not None:
        return found
    ended = _ENDS & kinds(ascii_words(sentence)) or UNDER_CONTROL.search(sentence)
    return EventDate() if ended else when


def own_date(sentence: str, when: EventDate, base: date | None) -> EventDate:
    """A sentence's date: the one given, unless it stands in a clause of another happening; then another
    phrase of the sentence that stands in none ("... early on Wednesday"), else none. A date in an aside
    (", whose train derailed on Tuesday,"), or in a relative clause that ends the sentence, gives way to one
    outside it ("on Friday suspended its chief"); so does the start of a state that goes on ("the fire that
    has burned since Monday is contained, the chief announced on Thursday" is Thursday's)."""
    when = _past_the_start(sentence, when, base)
    if not when.phrase:
        return when
    if _cause_span(sentence, when):
        others = (dates.resolve(p, base) for p in dates.find_phrases(sentence) if p != when.phrase)
        found = next((got for got in others if got.precision != "unknown" and not _cause_span(sentence, got)), None)
        return own_date(sentence, found, base) if found is not None else EventDate()
    spans = asides(sentence) + trailing_clause(sentence)  # found once for every phrase of the sentence
    if _in_aside(sentence, when.phrase, spans):
        for phrase in dates.find_phrases(sentence):
            got = dates.resolve(phrase, base)
            known = got.precision != "unknown" or base is None or weekday_of(got) is not None
            if known and not _in_aside(sentence, phrase, spans):
                return own_date(sentence, got, base)
    if not in_other_clause(sentence, when.phrase):
        return when
    for phrase in dates.find_phrases(sentence):
        got = dates.resolve(phrase, base)
        if (
            got.precision != "unknown"
            and not in_other_clause(sentence, phrase)
            and not _in_aside(sentence, phrase, spans)
        ):
            return got
    return EventDate()


def _in_aside(sentence: str, phrase: str, spans: list[tuple[int, int]]) -> bool:
    m = re.search(re.escape(phrase), sentence, re.IGNORECASE)
    return m is not None and any(start <= m.start() < end for start, end in spans)
