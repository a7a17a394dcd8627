"""Capitalised words as names: which capitals of a text mark a name, and which words a run writes in lower case."""

from __future__ import annotations

import re

from summarise.concepts import WORD as _WORD
from summarise.concepts import ascii_words

_ELIDED = re.compile(r"[^\W\d_]{1,4}['’](?=[^\W\d_])")


def capitalised(text: str, common: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised words: the names a text uses, also after an elided article or preposition ("d'Andøya",
    "l'Ukraine", "dell'Italia"). A word capitalised only because it opens a sentence ("Rescuers on Thursday
    brought ...", "Late on Tuesday, ...") is no name when the run's reports write it in lower case
    (``common``)."""
    found = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if not word[0].isupper():
            elided = _ELIDED.match(word)
            word = word[elided.end() :] if elided else ""
            if not word[:1].isupper():
                continue
        elif common and _leads(text, m.start()) and all(w in common for w in ascii_words(word)):
            continue
        found.append(word)
    return found


def _leads(text: str, at: int) -> bool:
    """Whether a word opens a sentence: the text's start, or after . ! ? or a dateline's dash or a colon."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?—–:"


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """The words a set of texts writes in lower case (ASCII): the run's ordinary words."""
    return frozenset(
        w for t in texts for m in _WORD.finditer(t) if m.group(0)[0].islower() for w in ascii_words(m.group(0))
    )
