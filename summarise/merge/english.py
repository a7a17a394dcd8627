"""English verbs whose meaning turns on what follows them: "left Mirava" is a departure, "left 12 dead" none;
"fired the governor" is a dismissal, "fired tear gas" and "a fire broke out" none; "called off" is an end."""

from __future__ import annotations

import re

from summarise.lexicon import TITLES

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


_STAFF = TITLES | {"coach", "manager", "ceo", "executive", "boss", "editor", "staff", "governor", "chief"}
_LINKS = r"(?:at|by|of|in|on|to|for|with|from|into|over|the|a|an)\b"
# Someone: a pronoun, a full name, or a title with up to three words before it ("central bank Governor").
_FIRED_WHOM = re.compile(
    rf"\s+(?:him|her|them|[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+|(?:(?:the|his|her|their|its)\s+)?(?:(?!{_LINKS})[\w-]+\s+)"
    r"{0,3}(?i:" + "|".join(sorted(_STAFF, key=len, reverse=True)) + r"))\b"
)


# Verbs that dismiss someone, and do other things to what is not a person ("dismissed the claims", "removed
# the debris", "fired rockets").
_REMOVING = frozenset("fire fired fires firing dismiss dismissed dismisses dismissing remove removed removes".split())


def _fired(token: str, text: str, end: int) -> str:
    """English "fire", "dismiss" and "remove" are a dismissal when someone is their object ("fired the central
    bank governor", "dismissed central bank Governor Levent Ozkaya", "fire him", "removed Levent Ozkaya");
    else the word is left as written (a fire, guns fired, claims dismissed, debris removed)."""
    if token.lower() in _REMOVING and _FIRED_WHOM.match(text, end):
        return "sacked"
    return token


_OFF = re.compile(r"\s+off\b")


def _called_off(token: str, text: str, end: int) -> str:
    """ "called off" (a strike, a match) as one word: an end, where "called" alone is a call."""
    if token.lower() in ("call", "calls", "called", "calling") and _OFF.match(text, end):
        return "calledoff"
    return token


def english_verb(token: str, text: str, end: int) -> str:
    """The word that says what a verb of many meanings means where it stands (``end``: where it ends)."""
    return _called_off(_fired(_departed(token, text, end), text, end), text, end)
