"""Kinds of happening news reports, by the beginnings of the words that name them: data for ``concepts``.

The table is ``summarise/data/event_words.toml``, shipped with the package: one key a kind, its value the
ASCII stems (``concepts.ascii_words``) in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Russian, Ukrainian, Turkish, Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Slovak, Romanian, Greek,
Indonesian and Croatian, separated by spaces or line breaks. The longest stem that begins a word gives its
kind; a stem ending in ``=`` matches the whole word only. No stem may begin a common word of another meaning
in any of those languages ("ban" begins "bank", "fine" is an adjective, "potres" begins Italian "potresti"):
such words are listed whole. Near-synonyms are one kind (a sacking and a dismissal, a derailment and a crash,
a hijacking and a kidnapping).
"""

from __future__ import annotations

import tomllib
from importlib.resources import files


def _load() -> dict[str, str]:
    text = files("summarise").joinpath("data/event_words.toml").read_text(encoding="utf-8")
    return {kind: " ".join(stems.split()) for kind, stems in tomllib.loads(text).items()}


EVENT_WORDS: dict[str, str] = _load()
