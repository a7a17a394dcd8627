"""A piece of comment: a page its site files as analysis, opinion, a column or an editorial, or whose headline
says so ("Analysis: ...", "Kommentar: ..."). Its headline and its standfirst are the writer's view ("Kestria's
truce is a paper peace"), never a report of what happened; its body may still report one in passing."""

from __future__ import annotations

import re

from summarise.dateline import dateline_prefix
from summarise.dates import find_phrases
from summarise.models import Article, Drop, Event

# The words sites file comment under, in the languages read (a section name, or a headline's label).
_COMMENT = re.compile(
    r"(?<!\w)(?:analysis|opinion|opinions|comment|commentary|editorial|column|op-ed|viewpoint|analyse|analysen"
    r"|kommentar|meinung|leitartikel|gastbeitrag|kolumne|opinión|análisis|opinião|análise|opinione|commento"
    r"|commenti|opinioni|opiniones|kommentare|columns|analisi|editoriale|tribune|éditorial|chronique|opinie"
    r"|commentaar|komentarz|opinia|felieton|мнение"
    r"|аналитика|колонка|колонки|мнения|думка|думки|аналітика|yorum|yazarlar|köşe yazıları"
    r"|analiz|köşe yazısı|kommentti|analyysi|pääkirjoitus|vélemény"
    r"|elemzés|publicisztika|názor|komentář|analýza|komentár|opinii|analiză|editorial|ανάλυση|άποψη|γνώμη"
    r"|opini|analisis|tajuk)(?!\w)",
    re.IGNORECASE,
)
# "Analysis: ...", "OPINION | ...", "Kommentar – ...", not "Analyse-Software: ..."
_LABEL = re.compile(rf"^\s*(?:{_COMMENT.pattern})(?:\s*[:|]|\s+[–—-]\s)", re.IGNORECASE)


def is_comment(article: Article) -> bool:
    """Whether a page is a piece of comment: its site's section for it (declared, or in a breadcrumb above its
    headline: "Commenti > Il punto"), or a label before its headline."""
    section = article.hints.get("section", "")
    title = article.meta.title if article.meta is not None else ""
    return bool(_COMMENT.fullmatch(section.strip()) or _LABEL.match(title) or _in_breadcrumb(article.text, title))


# A breadcrumb: two or three short steps joined by an arrow ("Commenti > Il punto", "Meinung › Kolumne", "News >
# Opinion > Columns"); a menu has more, or pipes.
_ARROWS = re.compile(r"[>›»→/]")
BREADCRUMB_STEPS = 3
HEAD_LINES = 40  # lines read above the headline for a breadcrumb


def _in_breadcrumb(text: str, title: str) -> bool:
    lines = text.split("\n")
    at = next((n for n, line in enumerate(lines) if title and line.strip() == title.strip()), None)
    above = lines[: at if at is not None else 0][-HEAD_LINES:]
    for line in above:
        steps = [step.strip() for step in _ARROWS.split(line)]
        if 2 <= len(steps) <= BREADCRUMB_STEPS and all(0 < len(st) <= 30 and st[0].isalpha() for st in steps):
            if any(_COMMENT.fullmatch(st) for st in steps):
                return True
    return False


def head_spans(article: Article) -> list[tuple[int, int]]:
    """Where a comment page's headline and standfirst (the first paragraph after the headline) stand in its text;
    none for a page that is no comment. A paragraph that opens with a dateline or states a date is a report's
    lede, not a standfirst."""
    if not is_comment(article):
        return []
    text = article.cleaned
    paragraphs = [m for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text)]
    title = article.meta.title.strip() if article.meta is not None else ""
    head = [p for p in paragraphs[:3] if p.group(0).strip() == title][:1]
    after = paragraphs[paragraphs.index(head[0]) + 1 : paragraphs.index(head[0]) + 2] if head else paragraphs[:1]
    after = [p for p in after if not dateline_prefix(p.group(0)) and not find_phrases(p.group(0))]
    return [p.span() for p in head + after]


def within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def in_head(article: Article, start: int, end: int) -> bool:
    """Whether a span of a comment page's text lies in its headline or its standfirst."""
    return within(head_spans(article), start, end)


def without_comment_heads(article: Article, events: list[Event], drops: list[Drop]) -> list[Event]:
    """A comment page's events, but those whose evidence is its headline or standfirst (listed as dropped), the
    rest numbered again in order."""
    spans = head_spans(article)
    if not spans:
        return events
    kept = []
    for e in events:
        if within(spans, e.evidence[0].start, e.evidence[0].end):
            reason = "the headline or standfirst of a piece of comment: the writer's view, not a report"
            drops.append(Drop(kind="event", text=e.what, reason=reason))
        else:
            kept.append(e)
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.article_id}#{n}"}) for n, e in enumerate(kept, 1)]  # numbered again
