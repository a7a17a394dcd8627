"""Folded text and its map back to the article's offsets."""

from __future__ import annotations

import random

from summarise.normalise import TRANSLATE, normalise


def _one_char_at_a_time(text: str) -> tuple[str, list[int]]:
    """The plain definition: fold, collapse white space runs to one space, lower each letter (keeping a
    letter whose lower case is longer), and remember where each kept character came from."""
    out, where, in_space = [], [], False
    for i, ch in enumerate(text.translate(TRANSLATE)):
        if ch.isspace():
            if in_space:
                continue
            ch, in_space = " ", True
        else:
            in_space = False
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        where.append(i)
    return "".join(out), where


def test_the_folded_text_and_every_offset_match_the_plain_definition() -> None:
    rng = random.Random(7)
    pieces = ["a", "B", " ", "  ", "\n\n", "\t", "“", "x", "İ", "é", " \n ", "\n", "\xa0"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        folded, offsets = normalise(text)
        want, where = _one_char_at_a_time(text)
        assert folded == want, repr(text)
        assert [offsets[q] for q in range(len(folded))] == where, repr(text)


def test_a_long_text_records_only_its_collapsed_runs() -> None:
    text = "One two three four. " * 20_000 + "\n\nLast  line."
    folded, offsets = normalise(text)
    assert len(offsets.starts) <= 5  # single spaces collapse to themselves
    assert folded.endswith(" last line.") and offsets[len(folded) - 1] == len(text) - 1
