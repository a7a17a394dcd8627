"""An event's place: what counts as a place name, and where in the article it must be written."""

from __future__ import annotations

import re

from summarise import ground
from summarise.models import Drop

_PLACE_LINKS = frozenset("the of de del la le les di da do dos das du al el am an der des sur upon".split())


# Words that put a name in place ("in", "to", "w", "nach", "в"): English, French, Spanish, Portuguese, Italian,
# German, Dutch, Polish, Czech, Russian and Ukrainian; not those that are also English words ("a", "do", "no").
_TO_OR_IN = frozenset(
    "in into to from at near outside inside across towards toward "
    "à au aux en dans vers depuis desde hacia em na nos nas ad nel nella verso "
    "nach aus im bei naar uit w we z ze ku ve v в во на из до под у з".split()
)
# Those of them that take a person or a body as well as a place ("spoke to Putin", "a letter from Zelensky",
# "troops from Sarvenia", "z Tuskiem", "у Путина"): after one of them a name is a place only when the article
# never opens a sentence with it ("Putin said", "Sarvenia denied it"), as an actor's name does.
_ALSO_A_PARTY = frozenset(
    "to from towards toward à au aux vers depuis desde hacia ad verso aus uit z ze ku из до у з".split()
)


def _placing(name: str, text: str) -> set[str] | None:
    """The words that place each writing of a name in a text ("in", "to"), or None if one writing has none."""
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    if not found:
        return None
    words = set()
    for m in found:
        before = re.search(r"(?:(?<!\w)([\w'’]+)\s+)?(?<!\w)([\w'’]+)\s+$", text[max(0, m.start() - 40) : m.start()])
        if before is None:
            return None
        second, last = (before.group(1) or "").lower(), before.group(2)
        if last.lower() in _TO_OR_IN:
            words.add(last.lower())
        elif second in _TO_OR_IN and last[:1].islower():
            words.add(second)
        else:
            return None
    return words


def as_place(name: str, near: str, text: str = "") -> bool:
    """Whether a name the model gave as "who" stands in its evidence only as a place: each time it is written
    there, it follows a word that places it ("arrived in Mirava", "to neighbouring Sarvenia", "w Miravie"
    is another spelling and is not read), with at most one lower-case word between ("in western Tarsia"). A
    word that takes a party as well ("spoke to Putin") places it only if ``text`` never opens a sentence with it."""
    words = _placing(name, near)
    if words is None:
        return False
    opens = re.compile(rf"(?:^|[.!?…][\"'”»’)]*\s+)\W?{re.escape(name)}(?!\w)", re.MULTILINE)
    return not words & _ALSO_A_PARTY or not opens.search(text or near)


def is_place(where: str) -> bool:
    """Whether a "where" names a place: a few words, capitalised but for the little words a place name holds
    and one word of its kind ("Gulf of Mexico", "Van province", "Gimhae airport"); "the capital", or a phrase
    lifted from a headline ("the border villages empty as Varnian troops dig in"), is none."""
    words = where.split()
    plain = [w for w in words if not w[:1].isupper() and w.lower() not in _PLACE_LINKS]
    return 0 < len(words) <= 5 and any(w[:1].isupper() for w in words) and len(plain) <= 1


def where_of(where: str, near: str, text: str, drops: list[Drop]) -> str | None:
    """The event's place when it is one and is written beside the evidence or in the opening paragraph (where
    a dateline gives the story's place); a place written elsewhere, or nowhere, is listed as dropped."""
    if not where or not is_place(where):
        return None
    if ground.mentioned(where, near) or ground.mentioned(where, text.split("\n\n", 1)[0]):
        return where
    reason = (
        "not beside its evidence or in the opening" if ground.mentioned(where, text) else "not named in the article"
    )
    drops.append(Drop(kind="where", text=where, reason=reason))
    return None
