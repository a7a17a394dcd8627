"""English verbs whose meaning turns on what follows them: "left Mirava" is a departure, "left 12 dead" none;
"fired the governor" is a dismissal, "fired tear gas" and "a fire broke out" none."""

from __future__ import annotations

import re

from summarise.lexicon import ROLE_WORDS

_LEFT_FOR = re.compile(
    r"\s+(?:for\s|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*(?:[,.;:—–]|$)|\s+(?:on|for|after|at|to|early|late|last"
    r"|this|yesterday|today|tonight|aboard)\b))"
)


def _departed(token: str, text: str, end: int) -> str:
    """English "left" is a departure only when "for" follows, or a place that ends the clause or is followed by
    when or whither ("left Mirava on Wednesday", "leaves for Velmar"); "the blast left 12 dead", "the storm left
    Florida without power" and "the left wing" are none."""
    if token.lower() in ("left", "leaves", "leaving") and _LEFT_FOR.match(text, end):
        return "departed"
    return token


_FIRED_WHOM = re.compile(
    r"\s+(?:him|her|them|[A-Z][\w'’.-]+|(?:the|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:"
    + "|".join(
        sorted(ROLE_WORDS | {"coach", "manager", "ceo", "executive", "boss", "editor", "staff"}, key=len, reverse=True)
    )
    + r")\b)"
)


def _fired(token: str, text: str, end: int) -> str:
    """English "fire" is a dismissal when someone is fired ("fired the central bank governor", "fire him",
    "fired Levent Ozkaya"); else the word is left as written (a fire, or guns fired)."""
    if token.lower() in ("fire", "fired", "fires", "firing") and _FIRED_WHOM.match(text, end):
        return "sacked"
    return token


def english_verb(token: str, text: str, end: int) -> str:
    """The word that says what a verb of many meanings means where it stands (``end``: where it ends)."""
    return _fired(_departed(token, text, end), text, end)
