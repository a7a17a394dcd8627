"""The head of a saved page: where the story starts, its headline, its dateline and its own date. Pure.

A page's story starts at its lead: the first line of prose (a wire dateline such as "OSTREL, Tarsia,
Oct 14 (Meridian) -" may open it). The headline is the first heading-like line before the lead; lines
above the headline are the site's header. The page's date is the one its dateline or byline gives, near
the headline, preferred over header widgets, never from a photo caption or a link to another story. A
date without a year takes its year from a full date the page gives elsewhere, else stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from summarise.date_words import FOREIGN
from summarise.dateline import dateline_prefix
from summarise.dates import PHRASE, _past_year_for, parse_page_date, resolve
from summarise.furniture import FURNITURE, SKIP_LINKS, advertised
from summarise.metadata import detect_language

CAPTION = re.compile(
    r"(?i)\b(photo|photographs?|фото|foto|fotografi[ae]|fot\.|getty|afp|reuters/|ap photo|caption|file photo"
    r"|(?:image|picture|photo)\s+(?:credit|courtesy|by|source|via)|picture alliance"
    r"|(?:credit|image|picture)\s*:)(?!\w)"  # not "Solvena Credit"
    r"|\([^()]*\w/\w[^()]*\)\s*$"
)
# A photo caption ends with its credit: "(Photo: Ana Lobo/The Post)", "(Jan Novak/Daily)", "Foto: Reuters".
CREDIT_END = re.compile(
    r"(?i)(?:\((?:photo|foto|фото|fot\.|image|picture|credit)\b[^()]*\)"
    r"|\([^()]*[^\W\d_]/[^\W\d_][^()]*\)"
    r"|\b(?:photo|photograph|foto|fotografia|фото|fot\.)\s*:?\s+[^.!?]{1,60}(?<!\.))\s*$"
)
URL = re.compile(r"(?i)^(https?://|www\.)\S+$|^\S+\.(com|org|net|ru|ua|de|fr|es|uk|co)(/\S*)?$")
# A byline's labels: followed by a name ("By", "Von", "Від"), or a byline only with their colon ("Autor:", "Napsal:").
BYLINE_WORDS = "by|von|par|por|door|av|af|oleh|автор|від"
COLON_WORDS = "autor|autorka|author|автор|авторка|text|text a foto|tekst|texto|testo|текст|szerző|yazar|kirjoittaja"
COLON_WORDS += "|συντάκτης|napsal|napsala|napísal|napísala"
BYLINE = re.compile(rf"(?i)^(?:(?:{BYLINE_WORDS})\s+|(?:{COLON_WORDS})\s*:\s*)[^\W\d_]")


@dataclass(frozen=True)
class Head:
    title: int | None  # line index of the headline
    lead: int | None  # line index of the first line of the story
    dateline: str | None  # the prefix split off the lead line, if any
    standfirst: int | None = None  # line index of the summary line under the headline, if any


def is_dated(line: str) -> bool:
    """Whether a line states a date, full or without a year."""
    return _dated(line) != (None, None)


def is_prose(line: str) -> bool:
    """A line of the story itself: a sentence of some length that ends like one. A quotation that closes a
    line ends a sentence when a stop stands inside it (British style puts it after: '"...".'); a headline
    quotes without one ('Özkaya breaks his silence: "I was pressed to cut rates"')."""
    s = line.strip()
    inside = s.rstrip(_CLOSING_QUOTES + " \u00a0\u202f")  # '... du palais. »', "... cut rates now.’”"
    if s[-1:] in _CLOSING_QUOTES and inside[-1:] not in tuple(".!?…"):
        return False
    return len(s.split()) >= 8 and s[-1:] in ".!?:)" + _CLOSING_QUOTES


_CLOSING_QUOTES = "\"”»’“'"  # “ closes a German quotation („...“)


NAVIGATION = re.compile(r"[|›»>→/·•]|->|\s{2,}")
# "UPDATE 2-Turkey's ..." is a wire headline's version, not a control ("Updated 3 hours ago").
PROMPT = re.compile(
    rf"(?i)^(sign up|subscribe|weather|{SKIP_LINKS}|there is an update|updated?(?!\s+\d+\s*-\s*[^\W\d_])|live"
    r"|advertisement)\b"
)
# An advertisement's line names itself first ("AD: Office space ...", "Sponsored: ..."); words that can also be
# a headline's subject ("Ads: Google fined ...", "Werbung: EU verschärft Regeln") are left out.
AD_LINE = re.compile(r"^(?:AD|ADS|Sponsored|SPONSORED|Promoted|PROMOTED|Advertorial|ADVERTORIAL)\s*:")


def _heading_like(line: str) -> bool:
    s = line.strip()
    unquoted = re.sub(r"\s*«[^«»]*»|\s*»[^«»]*«", "", s)  # a quotation's » is no breadcrumb's ("salue « un pas »")
    if len(s.split()) < 3 or len(s) > 200 or is_prose(s) or URL.match(s) or NAVIGATION.search(unquoted):
        return False
    if BYLINE.match(s) or PROMPT.match(s) or AD_LINE.match(s) or s.endswith(":") or CAPTION.search(s):
        return False
    if s.isupper() or any(rx.search(s) for _, rx in FURNITURE) or _dated(s) != (None, None):
        return False
    return not (PHRASE.fullmatch(s) or FOREIGN.fullmatch(s))


def find_head(lines: list[str], furniture: set[int] | None = None) -> Head:
    """Where the headline and the lead stand among a page's lines (indices), and the lead's dateline."""
    furniture = furniture or set()
    filled = [i for i, s in enumerate(lines) if s.strip() and i not in furniture]
    # A photo caption ends like a sentence, but its credit tells it from the story's first line.
    prose = [k for k, i in enumerate(filled) if is_prose(lines[i]) and not CREDIT_END.search(lines[i])]
    prose_set = set(prose)
    # The story starts where prose runs on: a banner or a pitch is one prose line among the page's furniture.
    runs = [k for k in prose if k + 1 in prose_set or k + 2 in prose_set]
    first = runs[0] if runs else (prose[0] if prose else None)
    lead = filled[first] if first is not None else None
    end = lead if lead is not None else len(lines)
    candidates = [i for i in range(end) if i not in furniture and _heading_like(lines[i]) and not advertised(lines, i)]
    if (
        lead is not None
        and first is not None
        and first + 1 < len(filled)
        and _question_headline(lines[lead], candidates)
    ):
        candidates, lead = [lead], filled[first + 1]  # "... Alvarin favorit za klupu?" over its story
    # The headline is the fullest heading before the lead (menus, section names and widgets are shorter).
    title = max(candidates, key=lambda i: (len(lines[i].split()) >= 4, len(lines[i].split()), -i), default=None)
    # A headline and the longer standfirst printed under it, a blank line between: the first is the headline (not a
    # masthead, the page's first line).
    above = max((i for i in candidates if title is not None and filled[0] < i < title), default=None)
    if (
        above is not None
        and title is not None
        and len(lines[above].split()) >= HEADLINE_WORDS
        and len(lines[title].split()) >= STANDFIRST_WORDS
        and not "".join(lines[above + 1 : title]).strip()
    ):
        title = above
    standfirst, lead = _standfirst(lines, filled, title, lead, prose_set)
    if standfirst is None and lead is not None:
        standfirst, lead = _teaser(lines, filled, lead, prose_set)
    return Head(title, lead, dateline_prefix(lines[lead]) if lead is not None else None, standfirst)


def _question_headline(line: str, candidates: list[int]) -> bool:
    """Whether the story's first line is its headline, asked as a question, where no heading stands above it: one
    short sentence that ends with a question mark."""
    s = line.strip()
    one = len(re.findall(r"[.!?]\s", s)) == 0 and len(s.split()) <= QUESTION_HEADLINE_WORDS
    return s.endswith("?") and one and not candidates


QUESTION_HEADLINE_WORDS = 25
HEADLINE_WORDS = 5  # a headline over its standfirst has this many words or more (a topic tag fewer) ...
STANDFIRST_WORDS = 8  # ... and the standfirst under it this many


def _teaser(lines: list[str], filled: list[int], lead: int, prose: set[int]) -> tuple[int | None, int]:
    """A first line of prose that the story repeats as the start of a longer sentence further down ("Pyongyang
    has emerged as one of the Kremlin's main allies." / "..., sending thousands of troops ...") is the page's
    teaser, printed above the story; the lead is the next line of prose."""
    stem = lines[lead].strip().rstrip(".!?")
    if len(stem.split()) < 6:
        return None, lead
    k = filled.index(lead)
    later = [filled[j] for j in range(k + 1, len(filled)) if j in prose]
    if later and any(lines[i].strip().startswith(stem) and len(lines[i].strip()) > len(stem) + 10 for i in later):
        return lead, later[0]
    return None, lead


def _standfirst(
    lines: list[str], filled: list[int], title: int | None, lead: int | None, prose: set[int]
) -> tuple[int | None, int | None]:
    """The standfirst (the line right under the headline that sums the story up) and the lead after it.

    It is a heading-like line, or a sentence followed by the byline (then the lead is the next prose line)."""
    if title is None or lead is None or title not in filled:
        return None, lead
    k = filled.index(title) + 1
    if k >= len(filled):
        return None, lead
    below = filled[k]
    if below > lead:
        return None, lead
    if below != lead and _heading_like(lines[below]) and len(lines[below].split()) >= 4:
        return below, lead
    if k not in prose:  # (positions in ``filled``)
        return None, lead
    after = [filled[j] for j in range(k + 1, len(filled)) if j in prose]
    between = [lines[i].strip() for i in filled[k + 1 :] if not after or i < after[0]]
    # Beside the byline and the date may stand a photo's caption and a row of widgets ("Share | Save").
    widget = [bool(CAPTION.search(s) or CREDIT_END.search(s) or NAVIGATION.search(s)) for s in between]
    byline = [_byline_like(s) for s in between]
    if after and any(byline) and all(b or w for b, w in zip(byline, widget, strict=True)):
        return below, after[0]
    return None, lead


def _byline_like(line: str) -> bool:
    """A byline, a date line or a name left with a dangling separator once its date was taken out."""
    s = line.strip()
    return bool(BYLINE.match(s)) or is_dated(s) or bool(re.search(r"[·•|,–-]$", s) and len(s.split()) < 8)


def _dated(line: str, order: str | None = "dmy") -> tuple[date | None, str | None]:
    """A full date on a line (day, month, year), or a day and month without a year (as a phrase). ``order``
    is how the page writes a date in figures with slashes: day first ("dmy"), month first ("mdy") or not
    known (None: a date such as 05/06/2026 is not read)."""
    full = parse_page_date(line)
    if full is not None:
        return full, None
    numeric = NUMERIC_DATE.search(line)
    if numeric:
        first, second, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        day, month = _day_month(first, second, "dmy" if numeric.group(2) != "/" else order)
        try:
            return date(year, month, day), None
        except ValueError:
            pass
    # A phrase with its year first: where two readings overlap ("2026. november 24." and "november 24"), the one
    # with the year.
    phrases = [m.group(0) for rx in (PHRASE, FOREIGN) for m in rx.finditer(line)]
    for phrase in phrases:
        if re.search(r"\d{4}", phrase):
            got = resolve(phrase, None)
            if got.precision == "day" and got.start is not None:
                return got.start, None
    return None, next((p for p in phrases if re.search(r"\d", p) and not re.search(r"\d{4}", p)), None)


def _day_month(first: int, second: int, order: str | None) -> tuple[int, int]:
    """Day and month of a date in figures: a number over 12 is the day; else the page's order tells."""
    if first > 12 or (order == "dmy" and second <= 12):
        return first, second
    if second > 12 or order == "mdy":
        return second, first
    return 0, 0  # not known: no such date


NUMERIC_DATE = re.compile(r"\b(\d{1,2})(\. ?|/)(\d{1,2})\2(\d{4})\b")  # 2.9.2025, 25. 11. 2026, 06/30/2025


def numeric_order(lines: list[str]) -> str | None:
    """How a page writes dates in figures with slashes: as one of its dates shows (a day over 12), else day
    first, as most of the world writes them, except in English, where 05/06/2026 may be either."""
    slashed = False
    for s in lines:
        for m in NUMERIC_DATE.finditer(s):
            slashed = slashed or m.group(2) == "/"
            if m.group(2) == "/" and int(m.group(1)) > 12:
                return "dmy"
            if m.group(2) == "/" and int(m.group(3)) > 12:
                return "mdy"
    if not slashed:
        return "dmy"  # no date in figures with slashes: the order is never asked (a dotted one is day first)
    return None if detect_language("\n".join(lines)) == "en" else "dmy"


STAMPED = re.compile(
    r"(?i)^(updated?|last updated|published|posted|first published|aktualisiert|veröffentlicht|mis à jour|publié|"
    r"actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|обновлено|"
    r"опубликовано)\b"
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(\d{4})", re.IGNORECASE)


def _reference(lines: list[str], order: str | None) -> date | None:
    """A full date the page gives elsewhere (not in a caption), else the year of its copyright line."""
    for s in lines:
        if s.strip() and not CAPTION.search(s):
            full, _ = _dated(s, order)
            if full is not None:
                return full
    year = next((int(m.group(1)) for s in lines if (m := COPYRIGHT.search(s))), None)
    return date(year, 12, 31) if year else None


def find_published(lines: list[str], head: Head, year: int | None = None) -> tuple[date | None, str | None, str]:
    """The page's own date, the words it was read from, and where they stand on the page (``year``: the
    page's copyright year when its lines leave the footer out)."""
    start = head.title + 1 if head.title is not None else 0
    end = head.lead if head.lead is not None else min(len(lines), start + 8)
    near = [
        (s, "byline")
        for i, s in enumerate(lines[start:end], start)
        if s.strip() and not CAPTION.search(s) and i != head.standfirst
    ]
    if head.dateline:
        near.insert(0, (head.dateline, "dateline"))
    partial: tuple[str, str] | None = None
    order = numeric_order(lines)
    for line, where in near:
        full, phrase = _dated(line, order)
        if full is not None:
            return full, line.strip(), where
        if phrase and partial is None:
            partial = (phrase, where)
    header = [s for s in lines[: head.title or 0] if s.strip() and not CAPTION.search(s)]
    reference = _reference(lines, order) or (date(year, 12, 31) if year else None)
    if partial is not None:
        if reference is None:
            return None, partial[0], "no year on the page"
        got = resolve(partial[0], reference)
        if got.start is not None and got.precision == "day":
            year = _past_year_for(got.start.month, got.start.day, reference)
            return got.start.replace(year=year), partial[0], partial[1] + ", year from the page"
    # A line that says it dates the story ("UPDATE 16 September", "Published ...") before the site's date of
    # the day under its masthead (the day the page was saved, not the day it was written).
    for line in sorted(header, key=lambda s: not STAMPED.match(s.strip())):
        full, _ = _dated(line, order)
        if full is not None:
            return full, line.strip(), "page header"
    return None, None, "none"
