"""Sentences of one article that tell one happening twice: a headline and its lead, a standfirst and the
body's sentence. The story's own sentence is kept."""

from __future__ import annotations

import re

from summarise import ground
from summarise.concepts import WORD, ascii_words, first_kind, kinds
from summarise.models import Event, Evidence

RESTATES = 0.6


def headlines(events: list[Event], title: str, language: str, text: str) -> list[Event]:
    """The events without one that stands on the title or on a heading of the page ``text`` (a line of its own
    that ends in no sentence's stop: a live blog's "BREAKING: MNB cuts base rate to 6.25%", a key point "- Base
    rate cut by 25bp") when another event of the article, one of its sentences, tells what it says (half of the
    heading's words or more): a heading restates its story's sentence, it is no event of its own. The rest are
    numbered again in order."""
    heads = [e for e in events if headline_or_heading(e.evidence[0], title, text)]
    kept = [
        e
        for e in events
        if e not in heads
        or not any(tells(o.evidence[0].text, e.evidence[0].text, language) for o in events if o not in heads)
    ]
    return _renumbered(events, kept)


def _renumbered(events: list[Event], kept: list[Event]) -> list[Event]:
    """The events kept, numbered again in order when any was left out."""
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.article_id}#{n}"}) for n, e in enumerate(kept, 1)]


# What ends a sentence, a closing quotation mark or bracket after it included, in the scripts read here; a line
# that ends otherwise is a heading, a bullet or a caption.
_STOPS = ".!?…:;\"'”’»“)]。！？।؟"
HEADING_WORDS = 20  # a longer line is a sentence whose stop the page left out


LIST_MARK = re.compile(r"^\s*[-–•*·▪►]\s+")  # a list's item: "- Base rate cut ...", "• ..."


def headline_or_heading(evidence: Evidence, title: str, text: str) -> bool:
    """Whether a quote is the page's headline or one of its headings (``heading``)."""
    return evidence.text == title or heading(evidence, text)


def heading(evidence: Evidence, text: str) -> bool:
    """Whether a quoted line is a heading of the page ``text``, not a sentence: a line of its own, short, that
    ends in no stop, or a list's item ("- ", "• "). A sentence quoted without its stop is no heading."""
    line = evidence.text.rstrip()
    if not line or len(line.split()) > HEADING_WORDS or not _own_line(evidence, text):
        return False
    return line[-1] not in _STOPS or bool(LIST_MARK.match(line))


def _own_line(evidence: Evidence, text: str) -> bool:
    """Whether a quote stands on a line of its own in the text: only blanks between it and the line's ends."""
    before = text[max(0, evidence.start - 200) : evidence.start].rstrip(" \t")
    after = text[evidence.end : evidence.end + 200].lstrip(" \t\"'”’»)")  # a quote may leave its mark out
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def tells(text: str, title: str, language: str) -> bool:
    """Whether a sentence tells what a headline says: half of the headline's words or more, or in other words
    the same kind of happening, of someone or somewhere the headline names ("Powerful quake strikes western
    Tarsia" / "A powerful earthquake struck western Tarsia ...")."""
    words = ground.content_stems(title)
    if words and len(words & ground.content_stems(text)) * 2 >= len(words):
        return True
    kind = first_kind(ascii_words(title), language)
    return (
        kind is not None
        and first_kind(ascii_words(text), language) == kind
        and bool(_capitalised_stems(title) & _capitalised_stems(text))
    )


def named_again(events: list[Event], title: str, language: str) -> list[Event]:
    """The events without a headline's that the lead did not replace, when another event of the article names
    someone or somewhere the headline names and tells the headline's kind of happening (two of its names when
    it names no kind): the story's sentences about its subject stand for the headline's few words ("Rybarczyk
    takes temporary charge of Stal" / "Stal have appointed Tomasz Rybarczyk as interim head coach"), not for
    another happening of the same place ("Health minister resigns in Tarsia" over a quake in Tarsia), nor for
    another of one person ("Scholz snubs Macron's call" / "Macron met the Polish prime minister"). The rest are
    numbered again."""
    stems = _capitalised_stems(title, first=True)  # a headline's first word is mostly a name: read it too
    kind = first_kind(ascii_words(title), language)

    def tells_it(text: str) -> bool:
        shared = stems & _capitalised_stems(text)
        if kind is None:
            return len(shared) >= 2  # "Scholz snubs Macron" is not "Macron met the Polish prime minister"
        return bool(shared) and "c:" + kind in kinds(ascii_words(text), language)

    kept = [
        e
        for e in events
        if e.evidence[0].text != title or not any(tells_it(o.evidence[0].text) for o in events if o is not e)
    ]
    return _renumbered(events, kept)


def _capitalised_stems(text: str, first: bool = False) -> set[str]:
    """The capitalised words of a text after its first (names, mostly), by their first five letters; the first
    too when asked."""
    words = WORD.findall(text)
    return {w[:5].lower() for w in (words if first else words[1:]) if w[:1].isupper() and len(w) > 3}


def restates(a: Event, b: Event) -> bool:
    """Two sentences of one article that tell one happening (a standfirst and the body's sentence, the lead
    and its restatement): most of the shorter one's words are the other's."""
    ta, tb = a.evidence[0].text, b.evidence[0].text
    na, nb = ground.numbers(ta), ground.numbers(tb)
    if na and nb and na != nb:
        return False  # other figures: another council, another vote
    x, y = ground.content_stems(ta), ground.content_stems(tb)
    return bool(x and y) and len(x & y) >= RESTATES * min(len(x), len(y))


def overlaps(a: Evidence, b: Evidence) -> bool:
    """Two spans that share more than half of the shorter one: the same statement twice."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0.5 * min(a.end - a.start, b.end - b.start)
