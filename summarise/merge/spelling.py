"""Name words that are one name however written: inflected ("Vetrovym", "Vetrov") or transliterated
("Phan", "Fan"; "Duc", "Dyk"). Words are compared as lower-case ASCII."""

from __future__ import annotations

import re
from functools import lru_cache

FLEETING_SKELETON = 4  # fewer consonants meet too many other names ("Marek" and "Merkel")
_SOUNDS = [("ph", "f"), ("kh", "h"), ("ck", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("y", "i")]


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A name word's consonants as they sound, so transliterations meet: "phan" ~ "fan", "duc" ~ "dyk",
    "villca" ~ "vilka" (a doubled letter is one sound), "hernan" ~ "ernan" (a leading h is often silent or
    dropped: Spanish, Russian)."""
    if word.startswith("h") and len(word) > 3 and word[1] in "aeiou":
        word = word[1:]
    for a, b in _SOUNDS:
        word = word.replace(a, b)
    word = re.sub(r"(.)\1+", r"\1", word)
    return word[0] + "".join(ch for ch in word[1:] if ch not in "aeiouh")


@lru_cache(maxsize=1 << 16)
def token_keys(word: str) -> frozenset[str]:
    """What a name word is known by: itself and its sound skeleton (transliterations meet: "phan", "fan")."""
    sound = skeleton(word) if len(word) >= 3 else ""
    return frozenset({"w:" + word} | ({"k:" + sound} if len(sound) >= 2 else set()))


@lru_cache(maxsize=1 << 16)
def token_trims(word: str) -> frozenset[str]:
    """The word without one to three final letters (at least four left): inflections ("vetrovym", "vetrov");
    and, where the letters taken off open with a vowel, the trimmed word's sound skeleton where four consonants
    or more are left: an inflection that drops a vowel from the stem ("Kłoskiem", "Kłosek": Polish and Czech
    -ek, -ec, -el names), another language's ending ("Kestrien", "Kestria")."""
    trimmed = [word[:-k] for k in (1, 2, 3) if len(word) - k >= 4]
    # Only an ending that opens with a vowel comes off ("kłosk-iem", "kestr-ien"), not a suffix ("kaczmar-czyk").
    cased = [t for t in trimmed if word[len(t)] in "aeiouy" or word[len(t) :] == "s"]  # and a plural: "markets"
    sounds = {"k:" + s for s in map(skeleton, cased) if len(s) >= FLEETING_SKELETON}
    return frozenset({"w:" + t for t in trimmed} | sounds)


def matches(word: str, keys: frozenset[str], trims: frozenset[str]) -> bool:
    """Whether a name word is one of a set's names (given the set's keys and trims): also two endings of two
    languages on one stem of SHARED_STEM letters or more ("Kaldairs", "Kaldairin": Swedish and Finnish)."""
    own = token_keys(word)
    if own & keys or own & trims or token_trims(word) & keys:
        return True
    return any(len(t) - 2 >= SHARED_STEM for t in _ended(word) & trims)


@lru_cache(maxsize=1 << 16)
def _ended(word: str) -> frozenset[str]:
    """The word without an ending of one or two letters that opens with a vowel or is "s" ("kaldair-in", "kaldair-s";
    not "verbada-ga", "bergma-nn"), as trims are written."""
    return frozenset(
        f"w:{word[:-k]}" for k in (1, 2) if len(word) - k >= 4 and (word[-k] in "aeiouy" or word[-k:] == "s")
    )


SHARED_STEM = 6


def token_match(a: str, b: str) -> bool:
    """Two name words for one name: equal, an inflection or a transliteration."""
    return a == b or matches(a, token_keys(b), token_trims(b))
