"""Text folded for comparison (typographic marks, white space runs, letter case), with a map back to the
original offsets, so a quote found in the folded text is cited at its place in the article."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from functools import lru_cache

TRANSLATE = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "\xa0": " "}
)


@lru_cache(maxsize=64)
def normalise(text: str) -> tuple[str, Offsets]:
    """Text with typographic marks folded, white space runs collapsed and letters lowered, and a map back
    to offsets that records only where runs were collapsed (not an entry a character)."""
    folded = text.translate(TRANSLATE)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a letter whose lower case is longer: keep the original case
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    offsets = Offsets()
    removed = 0
    for gap in _GAPS.finditer(lowered):  # a single space collapses to itself: nothing to record
        at = gap.start() - removed  # the one space left stands where the run began
        offsets.add(at, removed)
        removed += gap.end() - gap.start() - 1
        offsets.add(at + 1, removed)
    return _GAPS.sub(" ", lowered), offsets


_GAPS = re.compile(r"\s\s+|[^\S ]")


class Offsets:
    """Where each character of a collapsed text stood in the original: from position ``q`` on, add the
    number of characters removed before it. Two arrays of machine integers, searched by bisection."""

    def __init__(self) -> None:
        self.starts, self.shifts = array("l", [0]), array("l", [0])

    def add(self, start: int, shift: int) -> None:
        if self.starts[-1] == start:
            self.shifts[-1] = shift
        else:
            self.starts.append(start)
            self.shifts.append(shift)

    def __getitem__(self, q: int) -> int:
        return q + self.shifts[bisect_right(self.starts, q) - 1]
