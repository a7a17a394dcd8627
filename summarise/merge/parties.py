"""Which names two reports share, counted as a reader would: a place of two words written together is one name,
and names the other report's article never mentions are other parties."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from summarise.concepts import ascii_words
from summarise.countries import country_of
from summarise.merge.items import STEM, Item


def other_parties(a: Item, b: Item, shared: list[str]) -> bool:
    """Each report names two or more others (not countries) that the other's whole article never mentions, in
    any form: "ACM will review Veltra's takeover of Norbeck" and "ACM cleared Buurtmarkt's takeover of
    Kroonwinkel" share a regulator, not a happening."""
    if not (a.context and b.context):
        return False
    return all(len(_unmentioned(x, y, shared)) >= 2 for x, y in ((a, b), (b, a)))


def _unmentioned(x: Item, y: Item, shared: list[str]) -> set[str]:
    """The names of x (not countries) that y's whole article never mentions, a name of words written together
    counted once ("Anne Vries" is one person, not two parties)."""
    words = {n for n in x.names if n not in shared and n[:STEM] not in y.context and not country_of(n)}
    if len(words) < 2:
        return words  # one name or none: nothing to read together (most pairs end here)
    return _joined(words, _adjacent(x))


def _joined(words: Iterable[str], pairs: Iterable[tuple[str, str]]) -> set[str]:
    """The words, those of a pair written together counted as one: one word stands for each name."""
    head = {w: w for w in words}

    def root(w: str) -> str:
        while head[w] != w:
            w = head[w]
        return w

    for first, second in pairs:
        if first in head and second in head:
            head[root(second)] = root(first)
    return {root(w) for w in head}


def distinct_names(shared: list[str] | tuple[str, ...], a: Item, b: Item) -> int:
    """How many names two reports share, a name of two or more words written together in both ("Caldera Nova")
    counted once."""
    if len(shared) < 2:
        return len(shared)
    return len(_joined(shared, _adjacent(a) & _adjacent(b)))


def _adjacent(it: Item) -> set[tuple[str, str]]:
    return set(pairwise(ascii_words(it.event.evidence[0].text)))
