"""Lines of a page that name another story: its headline and its date, the way a "Related articles" list left in
a page's text writes them."""

from __future__ import annotations

import re
from datetime import date

from summarise.head import is_dated

HEADLINE_LIKE_MAX = 140  # characters: a longer line is no headline
SENTENCE_END = re.compile(r"[.!?…\"”»]\s*$")

# A related story's headline, a dash or a bar, and its date ("Morvenia și Ardelia au semnat acordul - 20 noiembrie
# 2026", "Oružana pljačka kod Brelmoutha: četvorica optužena - 23. studenoga 2026."), or its date in figures.
_DATE_TAIL = re.compile(
    r"\s+[-–|·]\s+(\d{1,2}\.\s*\d{1,2}\.\s*\d{4}|\d{1,2}\.?\s+[^\W\d_]+\.?,?\s+\d{4})\.?$"
    r"|\s+(\d{1,2}\.\d{1,2}\.\d{4})$"  # or a date in figures after a space ("sato jäi puoleen 4.11.2026")
)
HEADLINE_WORDS_MIN = 4  # a byline ("By Tomas Reddel - 20 November 2026") names fewer


def headline_and_date(line: str) -> bool:
    """Whether a line is another story's headline and its date (``_DATE_TAIL``): a link to another story."""
    tail = _DATE_TAIL.search(line)
    if tail is None or len(line) > HEADLINE_LIKE_MAX or not is_dated(tail.group(1) or tail.group(2)):
        return False
    before = line[: tail.start()]
    return len(before.split()) >= HEADLINE_WORDS_MIN and not SENTENCE_END.search(before)


# A byline or a publication line at the end of a page's text, where some sites sign their stories ("Autor: Andreea
# Vlăsceanu | 20 noiembrie 2026, 10:45", "Published 20 November 2026"): its label, in the languages read.
_SIGNED = re.compile(
    r"^(?:by|author|autor|autorka|autorica|von|par|por|di|od|av|szerző|yazar|kirjoittaja|συντάκτης|published|"
    r"publicat|veröffentlicht|publié|publicado|pubblicato|opublikowano|publikováno|gepubliceerd|publicerad|"
    r"yayınlanma|julkaistu|megjelent|objavljeno|опубликовано|опубліковано)\b",
    re.IGNORECASE,
)
END_LINES = 6  # the last lines of the text where such a line is read


def signed_at_the_end(lines: list[str]) -> tuple[date | None, str | None, str]:
    """The full date of a byline or publication line among the last lines of a page's text, where the top gives
    none."""
    from summarise.dates import first_resolved

    for line in [s.strip() for s in lines if s.strip()][-END_LINES:]:
        if _SIGNED.match(line) and len(line) <= HEADLINE_LIKE_MAX:
            got = first_resolved(line, None)
            if got.start is not None and got.precision == "day" and re.search(r"\d{4}", got.phrase or ""):
                return got.start, line, "byline at the end"
    return None, None, "none"
