"""Sentences of an article's text, with their offsets. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_SENT = re.compile(r'[^.!?\n]+(?:[.!?]+["”»)]?|$)', re.MULTILINE)


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    text: str


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[SentenceSpan, ...]:
    """Sentences of at least four words, with offsets. Cached: every check of an article asks again."""
    out: list[SentenceSpan] = []
    for m in _SENT.finditer(text):
        start, end = snap(text, m.start(), m.end())
        while end > start and text[end - 1] in " \n":
            end -= 1
        chunk = text[start:end]
        if len(chunk.split()) >= 4:
            out.append(SentenceSpan(start, end, chunk))
    return tuple(out)
