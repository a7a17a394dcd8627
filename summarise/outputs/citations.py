"""Where each citation of a briefing lands: the article texts cut into pieces, every cited span highlighted.

Every piece of evidence in a briefing (an event's sources, the top's statements, differing figures, the
articles' summaries) is a span ``[start, end)`` of an article's cleaned text, which the briefing carries in
``ArticleStatus.text``. The text is cut at every span boundary, so spans that overlap or nest still give
balanced markup: each piece knows how many spans cover it and which spans start on it (those get the anchors
a citation links to). A span whose words are not the text's at its offsets (a briefing from an older run,
edited by hand) gets no anchor, so no link can land on the wrong words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from summarise.models import ArticleStatus, Briefing, Evidence

Span = tuple[int, int]


@dataclass(frozen=True)
class Piece:
    """A run of an article's text: ``depth`` cited spans cover all of it; ``anchors`` start on it."""

    text: str
    depth: int = 0
    anchors: tuple[str, ...] = ()


@dataclass
class ArticleText:
    """One article's text as the page shows it, with the id of its section."""

    anchor: str
    status: ArticleStatus
    pieces: list[Piece] = field(default_factory=list)


def evidence_of(b: Briefing) -> Iterator[Evidence]:
    """Every citation the briefing makes, wherever it stands."""
    for statement in [b.headline, *b.overview, *b.key_developments]:
        yield from statement.evidence
    for event in b.events:
        for source in event.sources:
            yield from source.evidence
    for conflict in b.conflicts:
        yield from (claim.evidence for claim in conflict.claims)
    for article in b.articles:
        yield from article.summary_evidence


def _cited_spans(b: Briefing, texts: dict[str, str]) -> dict[str, set[Span]]:
    spans: dict[str, set[Span]] = {}
    for ev in evidence_of(b):
        text = texts.get(ev.article_id)
        if text is not None and ev.start < ev.end <= len(text) and text[ev.start : ev.end] == ev.text:
            spans.setdefault(ev.article_id, set()).add((ev.start, ev.end))
    return spans


def pieces(text: str, anchored: dict[Span, str]) -> list[Piece]:
    """``text`` cut at every boundary of the spans; each span's anchor on the piece where it starts."""
    cuts = sorted({0, len(text)} | {i for span in anchored for i in span})
    opening: dict[int, list[tuple[int, str]]] = {}
    closing: dict[int, int] = {}
    for (start, end), anchor in anchored.items():
        opening.setdefault(start, []).append((-end, anchor))
        closing[end] = closing.get(end, 0) + 1
    out: list[Piece] = []
    depth = 0
    for start, end in pairwise(cuts):
        depth += len(opening.get(start, ())) - closing.get(start, 0)
        anchors = tuple(anchor for _, anchor in sorted(opening.get(start, ())))
        out.append(Piece(text[start:end], depth, anchors))
    return out


class Citations:
    """The page's article texts and, for any evidence, the link that lands on its highlighted span."""

    def __init__(self, briefing: Briefing) -> None:
        shown = {}
        for a in briefing.articles:
            if a.text and a.article_id not in shown:
                shown[a.article_id] = a
        spans = _cited_spans(briefing, {i: a.text for i, a in shown.items()})
        self._anchors: dict[tuple[str, int, int], str] = {}
        self.texts: list[ArticleText] = []
        self.sections: dict[str, str] = {}
        for n, (article_id, status) in enumerate(shown.items(), start=1):
            anchored = {span: f"q{n}-{k}" for k, span in enumerate(sorted(spans.get(article_id, ())), start=1)}
            self._anchors.update({(article_id, *span): anchor for span, anchor in anchored.items()})
            self.sections[article_id] = f"text-{n}"
            self.texts.append(ArticleText(f"text-{n}", status, pieces(status.text, anchored)))

    def href(self, ev: Evidence) -> str | None:
        """``#anchor`` of the highlighted span holding this evidence, or None when the page does not hold it."""
        anchor = self._anchors.get((ev.article_id, ev.start, ev.end))
        return f"#{anchor}" if anchor else None

    def section(self, article_id: str) -> str | None:
        """``#id`` of the article's text in the page, when the page shows it."""
        anchor = self.sections.get(article_id)
        return f"#{anchor}" if anchor else None
