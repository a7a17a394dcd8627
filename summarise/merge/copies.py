"""Copies of one text among an event's sources: a wire story republished by several outlets with small edits
(a sentence added, paragraphs moved, a new headline) is one report, not several confirmations.

Two cleaned texts are compared sentence by sentence, as lower-case words (punctuation, quote marks and line
breaks do not count). A sentence of one is *found* in the other when the other has it word for word or with
a few characters changed (rapidfuzz's ``ratio``); the texts' resemblance is the share of the shorter one, by
sentence length, found in the other. Reports written separately share names, figures and even quotes, but
seldom whole sentences; copies share most of theirs, in whatever order.

Cost. Only the sources of one event are compared (two copies of one story share its events, and copies that
share no event change no count), and of those only pairs that share a sentence of ``KEY_WORDS`` words or
more word for word: an index of sentences per event, not all pairs. A pair already in one copy group is not
measured again, so an event carried by a thousand copies costs about a thousand comparisons.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process

from summarise.models import ArticleSummary, BriefingEvent, Copy

# Measured on tests/fixtures/copies and tests/fixtures/merge_set (24 pairs of copies, 148 other pairs of one
# story; `python -m tests.test_copies` prints the figures): copies resemble at 0.88 and above; reports written
# separately with the same names, figures and quotes at 0.41 at most (the highest: a follow-up that repeats
# two paragraphs of the first story). The held-out stories (tests/fixtures/merge_holdout, whose copies have
# figures and words edited inside sentences) give 0.84 and above for their 4 copies, 0 for the 74 others.
COPY = 0.6
# Sentences edited in copies kept a ratio of 83 and above ("26 percent" made "26%", a place reworded);
# sentences written separately reached 81 at most (one the start of another). 90 leaves those few edited
# sentences out, and the copies still resemble far above COPY.
SAME_SENTENCE = 90.0
KEY_WORDS = 6  # shorter sentences (a dateline, "Reuters") never pair two texts up
SPREAD = 8  # copy groups a new article is measured against in one bucket (see Copies.forest)
MIN_SHARED = 150  # characters found in both, at least: a headline alike says nothing

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+|\n+")


@dataclass(frozen=True)
class Text:
    """A cleaned text as compared: its sentences as lower-case words, and those long enough to index."""

    sentences: tuple[str, ...]
    keys: tuple[str, ...]
    size: int

    @classmethod
    def of(cls, cleaned: str) -> Text:
        sentences = tuple(s for s in (" ".join(_WORD.findall(p.casefold())) for p in _SENTENCE_END.split(cleaned)) if s)
        keys = tuple(dict.fromkeys(s for s in sentences if s.count(" ") + 1 >= KEY_WORDS))
        return cls(sentences, keys, sum(len(s) for s in sentences))


def _found(a: Text, b: Text, need: int = 0) -> int:
    """Characters of ``a``'s sentences that ``b`` has, word for word or nearly; once ``need`` cannot be
    reached, what was found so far (the longest sentences are tried first)."""
    whole = set(b.sentences)
    found = sum(len(s) for s in a.sentences if s in whole)
    left = a.size - found
    for s in sorted((s for s in a.sentences if s not in whole), key=len, reverse=True):
        if found + left < need:
            break
        left -= len(s)
        if process.extractOne(s, b.sentences, scorer=fuzz.ratio, score_cutoff=SAME_SENTENCE):
            found += len(s)
    return found


def resemblance(a: Text, b: Text, *, at_least: float = 0.0) -> float:
    """Share of the shorter text found in the other; 0 when under ``MIN_SHARED`` characters are found, and
    possibly less than the true share when it is under ``at_least`` (the measure stops once it cannot get there)."""
    short, long = (a, b) if a.size <= b.size else (b, a)
    if not short.size:
        return 0.0
    found = _found(short, long, max(MIN_SHARED, int(at_least * short.size)))
    return found / short.size if found >= MIN_SHARED else 0.0


def text_resemblance(a: str, b: str) -> float:
    """``resemblance`` of two cleaned texts."""
    return resemblance(Text.of(a), Text.of(b))


@dataclass(frozen=True)
class _Report:
    """One article among an event's sources."""

    article_id: str
    outlet: str
    published: date | None
    order: int


class _Forest:
    """Copy groups as a union-find; ``edges`` keeps the measured pairs that joined them."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.edges: list[tuple[str, str, float]] = []

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def join(self, a: str, b: str, shared: float) -> None:
        self.parent[self.find(a)] = self.find(b)
        self.edges.append((a, b, shared))


class Copies:
    """Finds copies among each event's sources; texts and measured pairs are kept across events."""

    def __init__(self, summaries: Iterable[ArticleSummary]) -> None:
        self._cleaned = {s.article_id: s.cleaned_text for s in summaries}
        self._texts: dict[str, Text] = {}
        self._measured: dict[tuple[str, str], float] = {}
        self.comparisons = 0

    def text(self, article_id: str) -> Text:
        if article_id not in self._texts:
            self._texts[article_id] = Text.of(self._cleaned.get(article_id, ""))
        return self._texts[article_id]

    def forget(self, article_id: str) -> None:
        """Let go of an article's text once no event left to mark has it among its sources."""
        self._texts.pop(article_id, None)

    def measure(self, a: str, b: str) -> float:
        """Their resemblance, exact when at least ``COPY``."""
        key = (a, b) if a < b else (b, a)
        if key not in self._measured:
            self.comparisons += 1
            self._measured[key] = resemblance(self.text(a), self.text(b), at_least=COPY)
        return self._measured[key]

    def _buckets(self, ids: list[str]) -> list[list[str]]:
        """Articles by sentence they have word for word, fewest first (the sentences most telling of a copy)."""
        index: dict[str, list[str]] = {}
        for i in ids:
            for key in self.text(i).keys:
                index.setdefault(key, []).append(i)
        return sorted((b for b in index.values() if len(b) > 1), key=len)

    def forest(self, ids: list[str]) -> _Forest:
        """The copy groups of these articles. In each bucket, an article not yet in a group there is measured
        against the first ``SPREAD`` groups' first articles only, so a sentence that many reports share (a quote,
        a line of boilerplate) costs a few comparisons per article, not one per pair; copies share many sentences
        and meet in the buckets of the others."""
        forest = _Forest()
        for bucket in self._buckets(ids):
            firsts: list[str] = []
            roots: set[str] = set()
            for x in bucket:
                if forest.find(x) in roots:
                    continue
                match = next((r for r in firsts[:SPREAD] if self.measure(x, r) >= COPY), None)
                if match is None:
                    firsts.append(x)
                    roots.add(forest.find(x))
                else:
                    forest.join(x, match, self.measure(x, match))
        return forest

    def mark(self, event: BriefingEvent) -> None:
        """Set ``event.copies`` and ``event.independent`` from its sources' texts."""
        reports = _reports(event)
        forest = self.forest([r.article_id for r in reports])
        event.copies = _records(reports, forest)
        groups: dict[str, set[str]] = {}
        for r in reports:
            groups.setdefault(r.outlet, set()).add(forest.find(r.article_id))
        event.independent = independent(groups)


def _reports(event: BriefingEvent) -> list[_Report]:
    """The event's articles, once each, in the order of its sources."""
    out: dict[str, _Report] = {}
    for s in event.sources:
        out.setdefault(s.article_id, _Report(s.article_id, s.outlet, s.published, len(out)))
    return list(out.values())


def _records(reports: list[_Report], forest: _Forest) -> list[Copy]:
    """Each copy with the source it was measured against, walking each group from its earliest source."""
    by_id = {r.article_id: r for r in reports}
    near: dict[str, list[tuple[str, float]]] = {}
    for a, b, shared in forest.edges:
        near.setdefault(a, []).append((b, shared))
        near.setdefault(b, []).append((a, shared))
    out: list[Copy] = []
    done: set[str] = set()
    for root in sorted((r for r in reports if r.article_id in near), key=lambda r: (r.published or date.max, r.order)):
        queue = [root.article_id] if root.article_id not in done else []
        done.update(queue)
        while queue:
            here = queue.pop()
            for there, shared in near[here]:
                if there not in done:
                    done.add(there)
                    queue.append(there)
                    out.append(_copy(by_id[there], by_id[here], shared))
    return sorted(out, key=lambda c: by_id[c.article_id].order)


def _copy(copy: _Report, of: _Report, shared: float) -> Copy:
    return Copy(
        article_id=copy.article_id,
        outlet=copy.outlet,
        same_as=of.article_id,
        same_as_outlet=of.outlet,
        shared=round(shared, 3),
    )


def independent(groups: dict[str, set[str]]) -> int:
    """The most outlets that can each stand for a copy group of its own, given each outlet's groups (a
    matching of outlets to groups): outlets carrying one text count once, and an outlet that carries a copy
    and also a report of its own still counts, through its own report."""
    holder: dict[str, str] = {}

    def place(outlet: str, tried: set[str]) -> bool:
        for group in sorted(groups[outlet]):
            if group not in tried:
                tried.add(group)
                if group not in holder or place(holder[group], tried):
                    holder[group] = outlet
                    return True
        return False

    return sum(place(outlet, set()) for outlet in sorted(groups))


def mark_copies(events: list[BriefingEvent], summaries: list[ArticleSummary]) -> Copies:
    """Mark every event's copies and independent count; returns the finder (its ``comparisons`` count)."""
    copies = Copies(summaries)
    left = Counter(a for e in events for a in {s.article_id for s in e.sources})
    for event in events:
        copies.mark(event)
        for a in {s.article_id for s in event.sources}:
            left[a] -= 1
            if not left[a]:
                copies.forget(a)  # every text held at once would be a second copy of the whole input
    return copies
