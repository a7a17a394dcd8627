"""The language of the page being read, for the few words whose meaning it decides: Croatian "listopad" is October,
Czech and Polish "listopad" November. Set around the reading of one page (its cleaning, its HTML date, its requests
and its summary); pages read at once each keep their own (a context variable)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)


@contextmanager
def page_language(code: str | None) -> Iterator[None]:
    """Read what is read inside as a page in language ``code`` (ISO 639-1; None or "und" when unknown)."""
    token = _LANGUAGE.set(code)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current_language() -> str | None:
    """The language of the page being read, when one is set."""
    return _LANGUAGE.get()


# The languages that read a word otherwise than the others, and the words: Croatian (and Bosnian, Serbian) October.
LISTOPAD_OCTOBER = frozenset({"hr", "bs", "sr"})
_DECIDED = ((LISTOPAD_OCTOBER, ("listopad",)),)


def language_decides(text: str) -> bool:
    """Whether the text holds a word some language reads otherwise (so its language is worth detecting first)."""
    low = text.lower()
    return any(w in low for _, words in _DECIDED for w in words)


def decides(text: str, one: str | None, other: str | None) -> bool:
    """Whether reading ``text`` as language ``one`` or ``other`` can change what it says: one of them reads a word
    of the text otherwise than the other."""
    low = text.lower()
    return any(((one in codes) != (other in codes)) and any(w in low for w in words) for codes, words in _DECIDED)
