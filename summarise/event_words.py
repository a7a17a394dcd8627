"""Kinds of happening news reports, by the beginnings of the words that name them: data for ``concepts``.

The table is ``summarise/data/event_words.toml``, shipped with the package: one key a kind, its value the
ASCII stems (``concepts.ascii_words``) in English, German, French, Spanish, Italian, Portuguese, Dutch, Polish,
Russian, Ukrainian, Turkish, Swedish, Danish, Norwegian, Finnish, Hungarian, Czech, Slovak, Romanian, Greek,
Indonesian and Croatian, separated by spaces or line breaks. The longest stem that begins a word gives its
kind; a stem ending in ``=`` matches the whole word only. No stem may begin a common word of another meaning
in any of those languages ("ban" begins "bank", "fine" is an adjective, "potres" begins Italian "potresti"):
such words are listed whole. Near-synonyms are one kind (a sacking and a dismissal, a derailment and a crash,
a hijacking and a kidnapping).

A word that names a kind in one language but begins a common word of another meaning in another (Dutch and
German "brand" is a fire, English "brand" is not; Polish "kara" is a fine, Croatian "kara" is not) goes in
that language's own table, ``[languages.<ISO 639-1 code>]`` (``LANGUAGE_WORDS``), with the same keys and stem
syntax. It is read only in reports of that language, so it need only be safe among that language's words.
"""

from __future__ import annotations

import tomllib
from importlib.resources import files


def _stems(table: dict[str, str]) -> dict[str, str]:
    return {kind: " ".join(stems.split()) for kind, stems in table.items()}


def _load() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    text = files("summarise").joinpath("data/event_words.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    languages = data.pop("languages", {})
    return _stems(data), {language: _stems(table) for language, table in languages.items()}


EVENT_WORDS, LANGUAGE_WORDS = _load()
"""The kinds of happening by their stems in all languages; and by language, the stems read in that one only."""
