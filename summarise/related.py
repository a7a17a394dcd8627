"""Lines of a page that name another story: its headline and its date, the way a "Related articles" list left in
a page's text writes them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from summarise.dates import first_resolved
from summarise.head import COLON_WORDS, is_dated

HEADLINE_LIKE_MAX = 140  # characters: a longer line is no headline
SENTENCE_END = re.compile(r"[.!?…\"”»]\s*$")

# A related story's headline, a dash or a bar, and its date ("Morvenia și Ardelia au semnat acordul - 20 noiembrie
# 2026", "Oružana pljačka kod Brelmoutha: četvorica optužena - 23. studenoga 2026."), or its date in figures.
_DATE_TAIL = re.compile(
    r"\s+[-–|·]\s+(\d{1,2}\.\s*\d{1,2}\.\s*\d{4}|\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4})\.?$"
    r"|\s+(\d{1,2}\.\d{1,2}\.\d{4})$"  # or a date in figures after a space ("sato jäi puoleen 4.11.2026")
)
_DOTTED = re.compile(r"\d\.\s+[^\W\d_]+\s+\d{4}\.$")  # a date whose stop is its own: "23. studenoga 2026."
HEADLINE_WORDS_MIN = 4  # a byline ("By Tomas Reddel - 20 November 2026") names fewer


def headline_and_date(line: str) -> bool:
    """Whether a line reads as another story's headline and its date (``_DATE_TAIL``), no stop after the date
    but in the dotted form ("23. studenoga 2026."): one of a list of links when its neighbours read so too
    (``related_lines``)."""
    if len(line) > HEADLINE_LIKE_MAX:  # read the length first: a long run of spaces is no headline, and cheap
        return False
    tail = _DATE_TAIL.search(line)
    if tail is None or not is_dated(tail.group(1) or tail.group(2)):
        return False
    if line.rstrip().endswith(".") and not _DOTTED.search(line.rstrip()):
        return False
    before = line[: tail.start()]
    return len(before.split()) >= HEADLINE_WORDS_MIN and not SENTENCE_END.search(before)


# The heading of a list of other stories, in the languages read ("Related", "Read also", "Citește și", "Pročitajte
# još", "Lue myös").
_RELATED_HEADING = re.compile(
    r"^(?:related|read (?:also|more)|more on this|see also|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|"
    r"leer más|lee también|leia também|leggi anche|czytaj (?:też|także)|čtěte také|citește și|pročitajte (?:još|i)|"
    r"lue myös|läs också|læs også|les også|olvassa el|ilgili haberler|διαβάστε επίσης|читайте также|читайте також|"
    r"baca juga|lees ook)\b",
    re.IGNORECASE,
)


def related_lines(lines: list[str], marked: set[int]) -> set[int]:
    """Which lines (not already ``marked``) are other stories' headlines and dates: two or more such lines
    together, or one under a related stories' heading; never one alone in the story (a sentence ending "– 14 March
    2027" is the story's)."""
    found = {i for i, s in enumerate(lines) if i not in marked and headline_and_date(s.strip())}
    near = {i for i in found if i - 1 in found or i + 1 in found or _heading_before(lines, i)}
    return near


def _heading_before(lines: list[str], i: int) -> bool:
    previous = next((s.strip() for s in reversed(lines[:i]) if s.strip()), "")
    return bool(_RELATED_HEADING.match(previous))


# A byline or a publication line at the end of a page's text, where some sites sign their stories ("Autor: Andreea
# Vlăsceanu | 20 noiembrie 2026, 10:45", "Published 20 November 2026"): its label, in the languages read.
# A byline's label with its colon ("Text: Kamila Střelcová | 30. listopadu 2026", "Автор: ...", "Napsal: ..."), the
# labels head.py reads a byline by.
COLON_LABELS = rf"^(?:{COLON_WORDS})\s*:"
_SIGNED = re.compile(
    r"^(?:by|author|autor|autorka|autorica|von|par|por|di|od|av|af|door|oleh|szerző|yazar|kirjoittaja|συντάκτης|published|"
    r"publicat|veröffentlicht|publié|publicado|pubblicato|opublikowano|publikováno|gepubliceerd|publicerad|"
    r"yayınlanma|julkaistu|megjelent|objavljeno|опубликовано|опубліковано)\b|" + COLON_LABELS,
    re.IGNORECASE,
)
END_LINES = 6  # the last lines of the text where such a line is read


def signed_line(line: str) -> bool:
    """Whether a line is a byline or a publication line by its label ("By", "Af", "Autor", "Published"). A name and
    a date alone ("Luca Berardengo — 24 novembre 2026") is not read: a related story's "Oil Prices Climb — 14 October
    2026" has the same shape."""
    return bool(_SIGNED.match(line))


def signed_at_the_end(lines: list[str], tail: Sequence[str] = ()) -> tuple[date | None, str | None, str]:
    """The full date of a byline or publication line among the last lines of a page's text, where the top gives
    none, or a labelled one below the lists of other stories that end it (``tail``)."""
    last = [s.strip() for s in lines if s.strip()][-END_LINES:]
    for line in last + [s.strip() for s in tail if re.match(COLON_LABELS, s.strip(), re.IGNORECASE)]:
        if signed_line(line) and len(line) <= HEADLINE_LIKE_MAX:
            got = first_resolved(line, None)
            if got.start is not None and got.precision == "day" and re.search(r"\d{4}", got.phrase or ""):
                return got.start, line, "byline at the end"
    return None, None, "none"
