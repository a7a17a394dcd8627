"""Sentences of an article's text, with their offsets, from a kept splitter (pysbd). Pure functions.

pysbd knows decimals ("19.9 million"), abbreviations ("U.S.", "Maj. Gen.", "No. 5"), initials, quotes
and ellipses. Each paragraph is split on its own, so a sentence never straddles two paragraphs.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pysbd

MIN_WORDS = 4


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


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


class Sentences:
    """The sentences of a text as two arrays of offsets; each is sliced from the text when asked for, so a
    long article's sentences cost a few bytes each, not a copy of the article."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text, self.starts, self.ends = text, array("l"), array("l")

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def __iter__(self) -> Iterator[SentenceSpan]:
        for start, end in zip(self.starts, self.ends, strict=True):
            yield SentenceSpan(start, end, self.text[start:end])

    def __len__(self) -> int:
        return len(self.starts)

    def around(self, start: int, end: int, context: int = 1) -> tuple[int, int] | None:
        """The span from ``context`` sentences before the first sentence overlapping ``[start, end)`` to as many
        after the last one; None when no sentence overlaps it. Found by bisection (sentences are in order)."""
        first = bisect_right(self.ends, start)  # the first sentence ending after ``start``
        last = bisect_left(self.starts, end) - 1  # the last sentence starting before ``end``
        if first > last:
            return None
        return self.starts[max(first - context, 0)], self.ends[min(last + context, len(self.starts) - 1)]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentences):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=False)


def _split(paragraph: str) -> list[str]:
    """pysbd's sentences of one paragraph.

    Only its boundaries are asked for: ``Segmenter.segment`` would also locate every sentence in the text with a
    regular expression compiled for that sentence (a third of its time); ``sentences`` locates them by search.
    """
    language = "ru" if re.search(r"[а-яА-ЯёЁ]", paragraph) else "en"
    return [s for s in _segmenter(language).processor(paragraph).process() if s.strip()]


@lru_cache(maxsize=64)
def sentences(text: str) -> Sentences:
    """Sentences of at least four words, with offsets. Cached: every check of an article asks again."""
    out = Sentences(text)
    for para in re.finditer(r"[^\n]+", text):
        cursor = para.start()
        for piece in _split(para.group(0)):
            at = text.find(piece.strip(), cursor)
            if at < 0:
                continue
            start, end = at, at + len(piece.strip())
            cursor = end
            if len(text[start:end].split()) >= MIN_WORDS:
                out.add(start, end)
    return out
