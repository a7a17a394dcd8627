"""Lines of a page that name another story: its headline and its date, the way a "Related articles" list left in
a page's text writes them."""

from __future__ import annotations

import re

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
