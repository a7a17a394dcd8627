"""A wire dateline that opens a lead line: "OSTREL, Tarsia, Oct 14 (Meridian) - ", "BERLIN (dpa) – ". Pure."""

from __future__ import annotations

import re

from summarise.date_words import FOREIGN
from summarise.dates import PHRASE

# "OSTREL, Tarsia, Oct 14 (Meridian) - ", "Feb. 12, 2025 — ", "BERLIN (dpa) – ", "МОСКВА, 12 июля —"
DATELINE_PREFIX = re.compile(r"^(?P<prefix>[^!?\"“«]{2,80}?)\s+[-–—]{1,2}\s+(?=[^\W\d_]|[\"“«])")


def dateline_prefix(line: str) -> str | None:
    """The dateline that opens a lead line, if it has one: a place in capitals, a date or an agency."""
    m = DATELINE_PREFIX.match(line.strip())
    if not m:
        return None
    prefix = m.group("prefix")
    if (
        re.search(r"[A-ZА-ЯЁ]{3,}", prefix)
        or prefix.rstrip().endswith(")")
        or PHRASE.search(prefix)
        or FOREIGN.search(prefix)
        or re.search(r"\d{4}", prefix)
        or _place_dateline(prefix, line.strip()[m.end() :])
    ):
        return line.strip()[: m.end()]
    return None


def _place_dateline(prefix: str, rest: str) -> bool:
    """A place name alone before the dash ("Jakarta - ", "Rio de Janeiro – ") and a sentence after it, the dash
    not used again in it (a pair of dashes sets off an aside: "Boeing - The plane maker - said")."""
    words = prefix.split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    if not all(w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in words):
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    opens = rest.lstrip("\"“«„'")[:1]
    return opens.isupper() and not re.search(r"\s[-–—]\s", rest)
