"""Countries by name, in English and ten other languages, and the adjectives other languages make of them
("boliviano", "italienische"), from pycountry's names and their translations."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_LANGUAGES = ("de", "fr", "es", "it", "pt", "ru", "nl", "pl", "uk", "tr")


@lru_cache(maxsize=1)
def _all_names() -> dict[str, str]:
    """Every country's names of any length ("north korea", "vereinigte staaten"), as ASCII lower case, in
    English and the languages above, each to its ISO code (the first country to claim a name keeps it)."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True) for lang in _LANGUAGES
    ]
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", c.name)}:
            for written in [name, *(tr.gettext(name) for tr in translations)]:
                key = anyascii(written.split(",")[0].split("(")[0].strip()).lower().replace("'", "")
                if key and key not in names:
                    names[key] = c.alpha_2
    return names


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Every country's one-word names (``_all_names`` of one word), with the short forms news uses."""
    names = {k: v for k, v in _all_names().items() if " " not in k}
    names.update({"turkey": "TR", "iran": "IR", "russia": "RU", "vietnam": "VN", "britain": "GB", "america": "US"})
    names.update({"russland": "RU"})
    return names


def country_named(name: str) -> bool:
    """Whether a name, whole, is a country's ("North Korea", "United States", "Russia")."""
    key = anyascii(name.strip()).lower().replace("'", "")
    return key in _countries() or key in _all_names()


def country_of(word: str) -> str | None:
    """The ISO code of the country an ASCII lower-case word names ("turkei", "turquie" -> "TR")."""
    return _countries().get(word)


@lru_cache(maxsize=1)
def _adjective_stems() -> dict[str, str]:
    """Beginnings of the adjectives made from country names: the name without its last vowel, when five
    letters or more are left ("bolivi" for "boliviano", "bolivijskogo"), else the whole name ("peru" for
    "peruano"). A beginning two countries share tells neither."""
    stems: dict[str, str | None] = {}
    for name, code in _countries().items():
        stem = name[:-1] if name[-1] in "aeiouy" and len(name) >= 6 else name
        if len(stem) >= 4:
            stems[stem] = None if stems.get(stem, code) != code else code
    return {k: v for k, v in stems.items() if v}


# How adjectives and demonyms go on from a country's name: -ano, -ana, -ien, -ese, -isch, -skij, -eiro ...
_ADJECTIVE_ENDING = re.compile(
    r"i?an[aeio]?s?|i?ani?sk\w*|i?j?sk\w*|i?en(ne)?s?|i?enisch\w*|i?ens[ei]?s?|es[aei]?|isch\w*|ais(es?)?"
    r"|[oaie]s?|ol[ae]?s?|eir[ao]s?|i?n[aeo]s?|c[aoi]s?|ts\w*"
)


@lru_cache(maxsize=1 << 16)
def country_adjective(word: str) -> str | None:
    """The country a lower-case adjective or demonym of another language is made from ("boliviano",
    "peruanskogo", "italienische" -> a code), if any. Only words that begin with a country's name and go on
    as adjectives do ("peruano" but not "perusal"); a country's name itself is ``country_of``."""
    stems = _adjective_stems()
    for n in range(min(len(word) - 2, 24), 3, -1):
        code = stems.get(word[:n])
        if code and _ADJECTIVE_ENDING.fullmatch(word[n:]):
            return code
    german = _GERMAN_ADJECTIVE.fullmatch(word)
    return _german_stems().get(german.group(1)) if german else None


# German adjectives drop the ending of their country's name before "-isch" ("Ungarn", "ungarische"; "Spanien",
# "spanischen"; "Griechenland", "griechische"; "Türkei", "türkischen").
_GERMAN_ADJECTIVE = re.compile(r"([a-z]{4,})isch(?:e[nmrs]?)?")
_GERMAN_NAME_ENDINGS = ("n", "en", "ien", "land", "enland", "ei")


@lru_cache(maxsize=1)
def _german_stems() -> dict[str, str]:
    """Country names without the ending a German adjective drops, to their code; a stem two countries share
    tells neither."""
    stems: dict[str, str | None] = {}
    for name, code in _countries().items():
        for ending in _GERMAN_NAME_ENDINGS:
            stem = name[: -len(ending)]
            if name.endswith(ending) and len(stem) >= 4:
                stems[stem] = None if stems.get(stem, code) != code else code
    return {k: v for k, v in stems.items() if v}
