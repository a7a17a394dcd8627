"""The article's own lead as an event: when the model gives none that passes the checks, when it lists only
what the article recalls, or in place of a headline the lead tells."""

from __future__ import annotations

from datetime import date
from itertools import islice

from summarise import dates, ground
from summarise.concepts import WORD, ascii_words, first_kind
from summarise.date_ahead import ahead, deadline
from summarise.date_anchors import anchored, own_date
from summarise.date_clauses import main_clause_date, overnight
from summarise.date_context import attributed
from summarise.extract.commentary import head_spans, within
from summarise.extract.repeats import overlaps, tells
from summarise.extract.request import relative_base
from summarise.happening import paragraph_before, reports_nothing, signed_off, tells_nothing
from summarise.models import Article, Event, EventDate
from summarise.names import candidate_names
from summarise.sentences import sentences


def happened(sentence: str, when: EventDate, language: str) -> EventDate:
    """A happening's date, unless its only date is when a source spoke of it ("300 died, the ministry said on
    Thursday"): then the day it happened is not stated."""
    if when.phrase and attributed(sentence, when.phrase) and first_kind(ascii_words(sentence), language):
        return EventDate()
    return when


def dated(sentence: str, when: EventDate, before: str, base: date | None, language: str) -> EventDate:
    """The date of the happening a sentence reports: ``when`` (the date given for it), else the sentence's
    first date that resolves, else the day of a date written before it ("the same evening"); not the day of a
    clause's other happening ("when the dam burst on Tuesday"), in Turkish the main clause's (its last), ahead
    for what will be ("will vote on Thursday", "by 31 December"), and none when its only date is when a source
    spoke (``happened``)."""
    if when.precision == "unknown" and not when.phrase:
        found = dates.first_resolved(sentence, base)
        when = found if found.phrase else when
    if when.start is None:
        when = anchored(sentence, before, base) or when
    when = overnight(sentence, own_date(sentence, when, base))
    when = main_clause_date(sentence, when, base, language)
    when = deadline(sentence, ahead(sentence, when, base, language), base)
    return happened(sentence, when, language)


def lead_event(article: Article) -> list[Event]:
    """When an answer gives no event that passes the checks, the article's lead sentence stands for what it
    reports, in its own words (``what_source`` "evidence"), dated only by a date phrase it holds, crediting no one."""
    assert article.meta is not None
    title = article.meta.title
    head = head_spans(article)  # a comment's headline and standfirst: its view
    opening = list(
        islice(
            (
                s
                for s in sentences(article.cleaned)
                if s.text != title
                and len(s.text.split()) >= 8
                and not reports_nothing(s.text, paragraph_before(article.cleaned, s.start))
                and not tells_nothing(s.text, article.meta.language)
                and not signed_off(article.cleaned, s.start, article.meta.language)
                and not within(head, s.start, s.end)
            ),
            LEAD_WINDOW,
        )
    )
    if not opening:
        return []
    # A page's opening can be a standfirst of background; the lead is the first that reports a happening.
    names = candidate_names(article.cleaned)
    lead = next((s for s in opening if _reports(s.text, names, article.meta.language)), opening[0])
    evidence = ground.exact(lead, article.article_id)
    base = relative_base(article)
    when = dated(lead.text, EventDate(), article.cleaned[: lead.start], base, article.meta.language)
    return [
        Event(
            id=f"{article.article_id}#1",
            article_id=article.article_id,
            what=lead.text,
            what_source="evidence",
            who=[],  # who did it is the model's to say; the sentence stands in its own words
            when=when if when.phrase else EventDate(),
            evidence=[evidence],
        )
    ]


LEAD_WINDOW = 3


def lead_for_headline(article: Article, events: list[Event]) -> list[Event]:
    """A headline kept as an event (no other event tells it) gives way to the article's lead when the lead
    tells what it says: the story's own sentence, with its date and names, for its headline's few words. The
    headline's people and place stay when the lead names them."""
    assert article.meta is not None
    title, language = article.meta.title, article.meta.language
    head = next((e for e in events if e.evidence[0].text == title), None)
    if head is None:
        return events  # most articles: the lead is not looked for
    lead = lead_event(article)
    if not lead or any(overlaps(lead[0].evidence[0], e.evidence[0]) for e in events):
        return events
    text = lead[0].evidence[0].text
    if not tells(text, title, language):
        return events
    kept = {
        "id": head.id,
        "who": [n for n in head.who if ground.mentioned(n, text)],
        "where": head.where if head.where and ground.mentioned(head.where, text) else None,
    }
    return [lead[0].model_copy(update=kept) if e is head else e for e in events]


def _reports(text: str, names: list[str], language: str) -> bool:
    """Whether a sentence names someone and says what kind of thing happened (a visit, an arrest ...)."""
    common = [w for t in WORD.findall(text) if not t[0].isupper() for w in ascii_words(t)]
    return any(n in text for n in names) and first_kind(common, language) is not None
