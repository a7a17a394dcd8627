"""Checking what a model says against the article's own words. Pure functions.

A quote becomes evidence only when code finds it in the cleaned article: first exactly (allowing
for white space and typographic quotes), then by a tolerant alignment (rapidfuzz) whose score is
kept. A statement is supported by its evidence when every figure it states is in that evidence
and every name it uses is in the article.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache
from dataclasses import dataclass

from rapidfuzz import fuzz

from summarise.models import Evidence, Figure

FUZZY_MIN = 88.0
MIN_QUOTE_CHARS = 20
_TRANSLATE = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "–": "-", "—": "-",
                            "\xa0": " "})


@lru_cache(maxsize=64)
def _normalise(text: str) -> tuple[str, tuple[int, ...]]:
    """Text with typographic marks folded and white space runs collapsed, and a map back to offsets."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i, ch in enumerate(text.translate(_TRANSLATE)):
        if ch.isspace():
            if prev_space:
                continue
            ch, prev_space = " ", True
        else:
            prev_space = False
        out.append(ch.lower())
        index.append(i)
    return "".join(out), tuple(index)


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def locate(quote: str, text: str, article_id: str) -> Evidence | None:
    """Find a quote in the article: exact first, then tolerant. ``None`` when it is not there."""
    q = quote.strip().strip('"').strip()
    if len(q) < MIN_QUOTE_CHARS:
        return None
    nq, _ = _normalise(q)
    nt, index = _normalise(text)
    pos = nt.find(nq)
    if pos >= 0:
        start, end = index[pos], index[pos + len(nq) - 1] + 1
        return Evidence(article_id=article_id, start=start, end=end, text=text[start:end], match="exact", score=100.0)
    best: tuple[float, int, int] | None = None
    for para in re.finditer(r"[^\n]+", text):
        # Align within one paragraph at a time: evidence never straddles two paragraphs.
        np_, pindex = _normalise(para.group(0))
        aligned = fuzz.partial_ratio_alignment(nq, np_, score_cutoff=FUZZY_MIN)
        if aligned is None or aligned.dest_end - aligned.dest_start < MIN_QUOTE_CHARS:
            continue
        if best is None or aligned.score > best[0]:
            best = (aligned.score, para.start() + pindex[aligned.dest_start],
                    para.start() + pindex[aligned.dest_end - 1] + 1)
    if best is None:
        return None
    start, end = _snap(text, best[1], best[2])
    return Evidence(article_id=article_id, start=start, end=end, text=text[start:end], match="fuzzy",
                    score=round(best[0], 1))


SENTENCE_SUPPORT_MIN = 85.0


WORD_COVERAGE_MIN = 0.8


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def supporting_sentence(statement: str, text: str, article_id: str) -> Evidence | None:
    """The article sentence that holds (nearly) all the words of a statement, as tolerant evidence."""
    words = _content_words(statement)
    if len(statement.split()) < 5 or not words:
        return None
    best, score = None, 0.0
    for s in sentences(text):
        got = fuzz.token_set_ratio(statement.lower(), s.text.lower())
        if got > score:
            best, score = s, got
    if best is None or score < SENTENCE_SUPPORT_MIN:
        return None
    if len(words & _content_words(best.text)) / len(words) < WORD_COVERAGE_MIN:
        return None
    return Evidence(article_id=article_id, start=best.start, end=best.end, text=best.text, match="fuzzy",
                    score=round(score, 1))


def find_evidence(quote: str, statement: str, text: str, article_id: str) -> Evidence | None:
    """Evidence for a statement: its quote, else the statement itself, found exactly or tolerantly; else the
    one sentence of the article that holds the statement's words."""
    return (locate(quote, text, article_id) or locate(statement, text, article_id)
            or supporting_sentence(statement, text, article_id))


NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_COMMON_CAPS = {"The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "This", "That", "These", "Those", "And",
                "But", "As", "By", "For", "Of", "To", "With", "After", "Before", "During", "Since", "According",
                "While", "Its", "His", "Her", "Their", "Our", "We", "I", "If", "When", "Also", "From"}


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


def names(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w'-]{2,}", text) if w not in _COMMON_CAPS}


_NAME = re.compile(r"\b[A-Z][\w'’.-]*[\w](?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*[\w])*")
_CALENDAR_WORDS = {m for m in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if m} | {"Sept"}


def candidate_names(text: str) -> list[str]:
    """Capitalised runs of words in a text (people, places, organisations), most frequent first."""
    counts: dict[str, int] = {}
    inside: set[str] = set()
    for m in _NAME.finditer(text):
        name = re.sub(r"['’]s$", "", m.group(0))
        words = name.split()
        while words and (words[0] in _COMMON_CAPS or words[0] in _CALENDAR_WORDS):
            words = words[1:]
        name = " ".join(words)
        if len(name) < 3 or '"' in name or name.isdigit() or name in _CALENDAR_WORDS:
            continue
        counts[name] = counts.get(name, 0) + 1
        before = text[:m.start()].rstrip(" \t•-")
        if before and before[-1] not in ".!?\n\"“:":
            inside.add(name)
    # A lone capitalised word seen only at the start of sentences is an ordinary word ("Around", "Ahead").
    kept = [n for n in counts if " " in n or n in inside]
    return sorted(kept, key=lambda n: (-counts[n], text.find(n)))


def unsupported(statement: str, evidence_text: str, article_text: str) -> list[str]:
    """Why a statement is not supported: figures absent from its evidence, names absent from the article."""
    problems = [f"the figure {n} is not in the quoted evidence" for n in sorted(numbers(statement) -
                                                                                 numbers(evidence_text))]
    low = article_text.lower()
    missing = sorted(n for n in names(statement) if n.lower() not in low)
    problems += [f"the name {n!r} is not in the article" for n in missing]
    return problems


def mentioned(name: str, text: str) -> bool:
    """Whether a name (a person, place or organisation) is written in the text, allowing small variants."""
    n = name.strip()
    if len(n) < 2:
        return False
    if n.lower() in text.lower():
        return True
    return fuzz.partial_ratio(n.lower(), text.lower(), score_cutoff=90) > 0 and len(n) >= 5


# ---------------------------------------------------------------- sentences and figures

_SENT = re.compile(r'[^.!?\n]+(?:[.!?]+["”»)]?|$)', re.MULTILINE)


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    text: str


@lru_cache(maxsize=64)
def sentences(text: str) -> tuple[SentenceSpan, ...]:
    """Sentences of at least four words, with offsets. Cached: every check of an article asks again."""
    out: list[SentenceSpan] = []
    for m in _SENT.finditer(text):
        start, end = _snap(text, m.start(), m.end())
        while end > start and text[end - 1] in " \n":
            end -= 1
        chunk = text[start:end]
        if len(chunk.split()) >= 4:
            out.append(SentenceSpan(start, end, chunk))
    return tuple(out)


_QUALIFIER = r"(?:up to|about|around|nearly|almost|more than|over|at least|some|roughly|approximately|as many as)"
_AMOUNT = r"(?:\d[\d,.]*\d|\d)(?:\s*(?:%|percent|per cent))?|(?:hundreds|thousands|tens of thousands|dozens|millions)"
FIGURE = re.compile(
    rf"\b(?P<value>(?:{_QUALIFIER}\s+)?(?:{_AMOUNT}))(?:\s+of)?\s+(?P<noun>(?:[A-Za-z-]+\s+){{0,3}}?"
    rf"(?:troops|soldiers|containers|missiles|civilians|people|deaths|dead|casualties|injured|wounded|killed|"
    rf"components|shells|tanks|drones|refugees|flights|artillery ammunition|of the artillery ammunition))\b",
    re.IGNORECASE,
)
_QUANTITY_ALIASES = {"soldiers": "troops", "dead": "killed", "deaths": "killed", "casualties": "killed",
                     "injured": "wounded"}


def figures(text: str, article_id: str, outlet: str, published: object = None,
            published_source: str = "none") -> list[Figure]:
    """Every stated quantity of people or things in the article, with the sentence that states it."""
    found: list[Figure] = []
    for s in sentences(text):
        for m in FIGURE.finditer(s.text):
            noun = m.group("noun").lower().split()[-1]
            quantity = _QUANTITY_ALIASES.get(noun, noun)
            after = " ".join(s.text[m.end():].lower().split()[:6])
            for word, outcome in (("killed", "killed"), ("dead", "killed"), ("died", "killed"),
                                  ("wounded", "wounded"), ("injured", "wounded")):
                if word in after.split() and quantity != outcome:
                    quantity = f"{quantity} {outcome}"
                    break
            ev = Evidence(article_id=article_id, start=s.start, end=s.end, text=s.text, match="exact", score=100.0)
            found.append(Figure(value=m.group("value"), quantity=quantity, article_id=article_id, outlet=outlet,
                                published=published, published_source=published_source,  # type: ignore[arg-type]
                                evidence=ev))
    return found
