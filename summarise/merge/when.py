"""When two reports can be of one happening: their dates, the days a report that a figure changed may look
back, and the day an article was published, after which nothing it tells without a date can have happened."""

from __future__ import annotations

import re
from datetime import date

from summarise.concepts import ORDERS
from summarise.date_words import weekday_named
from summarise.dates import weekday_of
from summarise.merge.items import Item
from summarise.models import EventDate

UPDATE_DAYS = 7  # a report that a figure changed may measure a happening this many days before
# Kinds of happening and topics that last (an outage, a strike, a visit, a flood): an undated report of one may
# be of the same happening as a report dated days after its article. The others happen at a point in time.
LASTING = frozenset(
    "c:" + k
    for k in "outage strike blockade protest evacuation emergency closure flood storm fire heatwave drought outbreak"
    " suspension cut leak volcano eruption ceasefire visit summit deployment trial inquiry".split()
)


def dates_compatible(a: EventDate, b: EventDate) -> bool:
    """Whether two event dates can be one happening: their ranges overlap; a date not known to the day can
    be any day but one of another weekday ("on Wednesday" in an undated report is not a Monday's event)."""
    if a.start is None or b.start is None:
        days = weekday_of(a), weekday_of(b)
        return None in days or days[0] == days[1]
    return a.start <= (b.end or b.start) and b.start <= (a.end or a.start)


def same_day(a: EventDate, b: EventDate) -> date | None:
    if a.precision == b.precision == "day" and a.start == b.start and a.end == b.end:
        return a.start
    return None


def one_weekday(a: EventDate, b: EventDate) -> bool:
    """One report dated to the day, the other only by the weekday it names (a page that gives no date), and
    it is that day's weekday: as near to one day as an undated page can say."""
    if (a.start is None) == (b.start is None):
        return False
    days = weekday_of(a), weekday_of(b)
    return None not in days and days[0] == days[1]


def told_before(undated: Item, dated: Item) -> bool:
    """Whether a report without a date of its own was published before the day the other report's happening
    took place: then it tells of something else (news tells what has happened). A report that a figure
    changed, or of a happening that lasts, may be of one that began earlier."""
    start, published = dated.event.when.start, undated.published
    if undated.event.when.start is not None or start is None or published is None:
        return False
    return start > published and not dated.update and not _lasts(dated)


# Happenings that go on until they are called off or lifted: their start and their end are two events.
PHASED = frozenset("c:" + k for k in "strike blockade protest outage ceasefire".split()) | ORDERS


def other_phase(a: Item, b: Item) -> bool:
    """Both report one kind of happening that goes on (a strike, a blockade, an outage), and one says it ended
    where the other does not: the end of a strike is not its start ("workers walked out", "the strike was
    called off")."""
    if a.ended == b.ended:
        return False
    return a.kind == b.kind and a.kind in PHASED


RECENT_DAYS = 30  # a report without a date of its own tells of its article's days, not of this long before


def told_long_after(undated: Item, dated: Item) -> bool:
    """Whether a report without a date of its own was published long after the other report's happening ended
    (an attack "in March 2022" and an undated claim in a page of September 2026): news without a date tells
    of its own days. A happening that lasts may still go on."""
    end, published = dated.event.when.end or dated.event.when.start, undated.published
    if undated.event.when.start is not None or end is None or published is None:
        return False
    return (published - end).days > RECENT_DAYS and not _lasts(dated)


def _lasts(it: Item) -> bool:
    """Whether a report is of a happening that goes on: by its kind, or when it tells no kind, by the topic it
    speaks of ("a flood")."""
    return it.kind in LASTING or (it.kind is None and bool(it.concepts & LASTING))


def foretold(it: Item) -> bool:
    """Whether a report tells a happening of one day still to come when its article was published ("said he would
    ask the National Assembly to approve it on Thursday", written on the Tuesday): what was expected, not what
    happened. A visit announced for its days ("will visit North Korea on July 11-13") spans its reports."""
    start, published = it.event.when.start, it.published
    if start is None or published is None or it.event.when.end != start:
        return False
    # A weekday still to come is so by the sentence's own words ("would travel to Kadrel on Wednesday"); a date
    # written out may be the next day only where the page was written ("March 12", from the Americas of Japan).
    named = weekday_named(it.event.when.phrase or "") is not None
    return (start - published).days > (0 if named else FORETOLD_DAYS)


FORETOLD_DAYS = 1  # a page dated in the Americas tells of Asia's next day: more than this is still to come


# A year as a sentence writes one: after a word that sets it ("in", "since", "en", "seit", "w", "в" ...); not a
# count ("Más de 2000 vecinos", "Plus de 1900 habitants").
_YEAR = re.compile(
    r"\b(?:in|since|of|en|em|desde|depuis|dal|nel|im|seit|sinds|sedan|siden|vuonna|w|od|v|в|с|year|año|ano|année|anno"
    r"|jahr|roku|în|din|u|i)\s+(1[89]\d\d|20\d\d)(?!\d)",
    re.IGNORECASE,
)


def recalls_a_year(undated: Item, dated: Item) -> bool:
    """Whether a report without a date or a kind of happening of its own names only years before its article's
    ("the worst flooding since 1998, when the same levee broke"; "adjudicado en 2021"): it recalls the past, not
    the other's happening of its article's days. A report of a kind may compare ("a loss, against a profit in the
    same quarter of 2024")."""
    start, published = dated.event.when.start, undated.published
    if undated.event.when.start is not None or undated.kind or start is None or published is None:
        return False
    years = [int(y) for y in _YEAR.findall(undated.event.evidence[0].text)]
    return bool(years) and max(years) < published.year and start.year >= published.year


def when_compatible(a: Item, b: Item) -> bool:
    if told_before(a, b) or told_before(b, a) or told_long_after(a, b) or told_long_after(b, a) or other_phase(a, b):
        return False
    if foretold(a) != foretold(b):  # what was expected is no report of what happened
        return False
    if recalls_a_year(a, b) or recalls_a_year(b, a):
        return False
    if dates_compatible(a.event.when, b.event.when):
        return True
    for update, other in ((a, b), (b, a)):
        u, o = update.event.when.start, other.event.when.end or other.event.when.start
        if not update.update or u is None:
            continue
        if o is not None and 0 <= (u - o).days <= UPDATE_DAYS:
            return True
        day = weekday_of(other.event.when) if o is None else None  # "Monday's quake", the toll on Tuesday
        if day is not None and (u.weekday() - day) % 7 <= UPDATE_DAYS:
            return True
    return False
