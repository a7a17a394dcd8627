"""The clause of a sentence that gives another happening, one that came before its event (", after the
manufacturer reported ...") or after it ("up from 398.4 before the bank announced ..."): its names and words
are that happening's, not the event's own."""

from __future__ import annotations

import re

# Words that open a clause giving another happening: ", after the manufacturer reported ...", and without a
# comma "after", "following" or "before the/a/its ..." ("since" alone is mostly a measure: "the first time since
# 2019"; "the following measures" lists, it gives no cause; one "appeared before the court", and "fled before
# being arrested" tells one happening).
_CAUSE = re.compile(
    r",\s*(?:after|since|following|before)\s|(?<!\bthe)\s(?:after|following)\s"
    r"|(?<!\bappeared)(?<!\bappears)(?<!\bappear)(?<!\bbrought)(?<!\btestified)(?<!\bstood)"
    r"\s(?:before)\s(?=(?:the|a|an|its|his|her|their)\s)",
    re.IGNORECASE,
)
_THAT = re.compile(r"(?=\sthat\s)", re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|announced|warned|promised|confirmed|insisted)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)


def _cause_span(sentence: str) -> tuple[int, int] | None:
    """Where a clause giving another happening stands: from a comma to the end, or without a comma up to the
    next one ("closed the kitchen after 180 children fell ill"), unless what was said goes on after it
    ("said the day after the ruling that he would appeal": there the clause is a time)."""
    said = _SAID.search(sentence)  # each found once: a sentence of many "after"s is read in one pass
    said_end = said.end() if said else len(sentence) + 1
    that = max((t.start() for t in _THAT.finditer(sentence)), default=-1)
    for m in _CAUSE.finditer(sentence):
        if m.group(0).startswith(","):
            return m.start(), len(sentence)
        if said_end <= m.start() and that >= m.end():
            continue
        comma = sentence.find(",", m.end())
        return m.start(), comma if comma >= 0 else len(sentence)
    return None


def cause_clause(sentence: str) -> tuple[str, str]:
    """A sentence as what it reports and a clause that gives what came before ("..., after the manufacturer,
    Moravia Pharma, reported an impurity") or what may come ("... if the talks with Eikeberg break down"): the
    people and the happening of that clause are not the event's own. A closing attribution (", the ministry
    said") belongs to what the sentence reports."""
    sentence, condition = without_condition(sentence)
    span = _cause_span(sentence)
    if span is None:
        return sentence, condition
    start, end = span
    cause, rest = sentence[start:end], sentence[end:]
    last = cause.rfind(",")  # the attribution is the clause after the last comma that names a saying
    if last >= 1 and _ATTRIBUTION.search(cause, last):
        return sentence[:start] + cause[last:] + rest, cause[:last] + (f" {condition}" if condition else "")
    return sentence[:start] + rest, cause + (f" {condition}" if condition else "")


# A clause of what may happen, up to the next break: "if the talks break down", "dersom forhandlingene ... skulle
# bryte sammen", "jeśli rozmowy upadną". Only words that mean "if" alone in every language read (not Romance "si"
# and "se", also "oneself"; German "falls" and Dutch "indien", also English "falls" and German "Indien"; not "when",
# which dates what a sentence reports).
_CONDITION = re.compile(
    r"(?<![\w'’])(?:if|unless|in case|dersom|hvis|ifall|jos|mikäli|jeśli|jeżeli|pokud|jestliže|dacă|eğer"
    r"|если|якщо|εάν|αν|jika|apabila)(?![\w'’])[^,;:.!?()«»\"“”]*",
    re.IGNORECASE,
)


def without_condition(sentence: str) -> tuple[str, str]:
    """A sentence without its clause of what may happen, and that clause."""
    found = _CONDITION.search(sentence)
    if found is None or (found.start() == 0 and found.end() >= len(sentence.rstrip(" .!?"))):
        return sentence, ""  # a condition that runs to the end from the start: no telling where it stops
    return sentence[: found.start()] + sentence[found.end() :], found.group(0)
