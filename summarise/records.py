"""The date a record is measured from: "the first cut since September 2024" dates no happening."""

from __future__ import annotations

import re

# "the first cut since September 2024", "its lowest level since 2020", "la prima volta dal 2019", "2024
# szeptembere óta az első": since when a record holds, not when the sentence's happening took place.
# Words before a date that say "since" (Italian "dall'" is written onto the word after it).
SINCE_WORDS = frozenset("since sinds seit depuis desde dal dalla dai od от с з sedan siden alkaen".split())
# An article may stand between: "desde el 9 de marzo", "depuis le 9 mars", "seit dem 9. März"; or Swedish, Danish
# and Norwegian "i" before a day just past ("sedan i onsdags", "siden i mandags").
_SINCE_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(SINCE_WORDS)})\s+(?:(?:el|le|la|dem|der|den|o|a|i)\s+|l['’])?|dall['’])\s*$", re.IGNORECASE
)
_SINCE_OPENS = re.compile(rf"(?:{'|'.join(SINCE_WORDS)})\s", re.IGNORECASE)  # "since September 2024"
_SINCE_AFTER = re.compile(r"^\s*(?:['’]?(?:t[ae]n|d[ae]n))?\s*(?:óta|ota|beri|bu\s+yana)\b", re.IGNORECASE)
_RECORD = re.compile(
    r"\b(?:first|worst|best|lowest|highest|biggest|largest|smallest|deadliest|strongest|weakest|longest|"
    r"heaviest|most|least|only|primo|prima|primer|primera|premier|première|erste[nrs]?|pierwsz\w*|első|ilk|"
    r"peggior\w*|peor\w*|pire|schlimmste\w*|höchste\w*|niedrigste\w*|record)\b",
    re.IGNORECASE,
)


def record_since(sentence: str, phrase: str) -> bool:
    """Whether a date phrase of a sentence is the date a record is measured from ("the first cut since
    September 2024"): a word of a record within a few words of "since" (or of Hungarian "óta" after it)."""
    at = sentence.find(phrase)
    if at < 0:
        return False
    before, after = sentence[:at], sentence[at + len(phrase) :]
    if follows_since(sentence, phrase):
        return _RECORD.search(" ".join(before.split()[-8:])) is not None
    if _SINCE_AFTER.match(after):
        return _RECORD.search(" ".join(after.split()[:6])) is not None
    return False


def follows_since(sentence: str, phrase: str) -> bool:
    """Whether a date phrase of a sentence follows "since" ("has burned since Monday", "seit dem 9. März",
    "dall'anno scorso"): the start of what goes on, or of a record."""
    at = sentence.lower().find(phrase.lower())
    return at >= 0 and bool(_SINCE_BEFORE.search(sentence[:at]) or _SINCE_OPENS.match(phrase))
