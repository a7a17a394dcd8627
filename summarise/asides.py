"""Asides of a sentence: a clause between commas that tells of something else through a relative word
(", the regional operator whose train derailed on Tuesday, on Friday suspended its chief"). What an aside
tells is not what the sentence reports: neither its kind of happening nor its date."""

from __future__ import annotations

import re

# A relative clause that ends the sentence is left whole (", which killed five people.").
_RELATIVE = r"who|whose|whom|which|where|qui|dont|cuyo|cuya|cuyos|cuyas|donde|cui|dove|cujo|cuja|onde|kt[oó]r\w*"
_ASIDE = re.compile(rf",\s+(?:[^,;:]{{0,80}}?\s)?(?:{_RELATIVE})\s[^,;:]*(?=,)", re.IGNORECASE)


def asides(sentence: str) -> list[tuple[int, int]]:
    """Where the asides of a sentence stand (from the comma before to the comma after, that one left out)."""
    return [m.span() for m in _ASIDE.finditer(sentence)]


def without_asides(sentence: str) -> str:
    """A sentence without its asides: what it reports."""
    return _ASIDE.sub("", sentence)
