"""A model's answer -> an ArticleSummary of checked items only; what fails a check is dropped and counted."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, Literal

from pydantic import ValidationError

from summarise import dates, ground
from summarise.asides import without_asides
from summarise.backends.base import GenerateResult
from summarise.concepts import ascii_words, first_kind, kinds
from summarise.date_clauses import since
from summarise.extract.commentary import without_comment_heads
from summarise.extract.draft import MAX_EVENTS
from summarise.extract.lead import dated, lead_event, lead_for_headline
from summarise.extract.place import as_place, is_place, where_of
from summarise.extract.repeats import (
    LIST_MARK,
    heading,
    headline_or_heading,
    headlines,
    named_again,
    overlaps,
    restates,
)
from summarise.extract.request import relative_base
from summarise.figures import figures
from summarise.happening import paragraph_before, reports_nothing, signed_off, tells_nothing
from summarise.models import (
    Article,
    ArticleSummary,
    Drop,
    Event,
    EventDate,
    EventDraft,
    Evidence,
)
from summarise.sentences import sentences


def _event(article: Article, n: int, draft: EventDraft, drops: list[Drop], used: list[Evidence]) -> Event | None:
    text, aid = article.cleaned, article.article_id
    evidence = ground.find_evidence(draft.evidence, draft.what, text, aid)
    if evidence is None:
        drops.append(Drop(kind="event", text=draft.what, reason="its evidence is not in the article"))
        return None
    if nothing := _no_report(article, evidence.text, evidence.start):
        drops.append(Drop(kind="event", text=draft.what, reason=nothing))
        return None
    what, what_source = draft.what, "model"
    problems = ground.unsupported(draft.what, evidence.text)  # names too must be in the evidence
    if problems:
        # The model said what happened but pointed at another sentence: the one that holds its words, if any.
        evidence = _anchor(draft.what, article, used) or evidence
        problems = ground.unsupported(draft.what, evidence.text)
    if problems:
        drops.append(Drop(kind="event", text=draft.what, reason="; ".join(problems) + " (the evidence is shown)"))
        what, what_source = LIST_MARK.sub("", evidence.text), "evidence"  # not "- Base rate cut ..." as a title
    who, near = [], _around(text, evidence)
    places = []
    for name in dict.fromkeys(draft.who):
        if ground.named_near(name, near, text) and as_place(name, near, text):
            places.append(name)  # "arrived in Mirava": where it happened, not who did it
        elif ground.named_near(name, near, text):  # as for a date: the reader finds the name beside the quote
            who.append(name)
        else:
            written = ground.mentioned(name, text)
            reason = "not in its evidence or the sentences next to it" if written else "not named in the article"
            drops.append(Drop(kind="who", text=name, reason=reason))
    base = relative_base(article, evidence.start)
    # The model's date words when written beside the evidence; else the sentence's own (when its date words were
    # given, any other date in it dates something else: "Later the same day, X freed Y, detained in 2022").
    when = _given_date(draft.when, evidence, near, text, base, drops)
    language = article.meta.language if article.meta else "und"
    when = dated(evidence.text, when, text[: evidence.start], base, language)
    return Event(
        id=f"{aid}#{n}",
        article_id=aid,
        what=what,
        what_source=what_source,  # type: ignore[arg-type]
        who=who,
        where=where_of(draft.where, near, text, drops) or next((p for p in places if is_place(p)), None),
        when=when,
        evidence=[evidence],
    )


def _given_date(
    phrase: str | None, evidence: Evidence, near: str, text: str, base: date | None, drops: list[Drop]
) -> EventDate:
    """The date the model gave, when it is written in the evidence or a sentence next to it; but a date of the
    next sentence does not date one that states its own ("He was arrested in February 2023. The trial began on
    20 April.")."""
    if not phrase:
        return EventDate()
    if not ground.date_written(phrase, near):
        written = ground.date_written(phrase, text)
        reason = "not in its evidence or the sentences next to it" if written else "not written in the article"
        drops.append(Drop(kind="when", text=phrase, reason=reason))
        return EventDate()
    if heading(evidence, text) and not ground.date_written(phrase, evidence.text):
        # A list's item or a heading stands alone: a line beside it is dated for itself.
        drops.append(Drop(kind="when", text=phrase, reason="written in another line, not in this heading or item"))
        return EventDate()
    if not ground.date_written(phrase, evidence.text) and since(near, phrase):
        # "Velmora released 47 Kestrians." / "... held since March": another sentence's start of a state.
        drops.append(Drop(kind="when", text=phrase, reason="the start of a state in the sentence next to it"))
        return EventDate()
    when = dates.resolve(phrase, base)
    if not ground.date_written(phrase, evidence.text):
        own = _own_phrase(without_asides(evidence.text), base)  # not "who last walked out in 2023"
        before = near[: max(0, near.find(evidence.text))]
        after = own.precision == "unknown" and not ground.date_written(phrase, before)
        if after and when.precision in ("month", "year"):
            # "The bank's shares rose 1.8%. Exports to Istrenia came to 240 million euros last year.": a month or a
            # year of the sentence after it is that sentence's background; one of the sentence before tells on
            # ("In March 2024 the ferry capsized. Forty-one passengers drowned.").
            drops.append(Drop(kind="when", text=phrase, reason="a month or year of the sentence after it"))
            return EventDate()
        when = own if own.precision != "unknown" else when
    return when


def _own_phrase(text: str, base: date | None) -> EventDate:
    """The first date phrase of a sentence that resolves and does not follow "since" (any language read):
    "Grevenau, dat sinds maandag onder water staat" gives when something began, not the sentence's happening."""
    for phrase in dates.find_phrases(text):
        if since(text, phrase):
            continue
        got = dates.resolve(phrase, base)
        if got.precision != "unknown":
            return got
    return EventDate()


ANCHOR_COVERAGE = 0.8
RECALLED = timedelta(days=2)  # an event that ended this long before its article is what the article recalls


def _no_report(article: Article, sentence: str, start: int) -> str | None:
    """Why a sentence of the article (at ``start``) reports no happening, if it does not (``reports_nothing``,
    ``tells_nothing``, ``signed_off``)."""
    text = article.cleaned
    if nothing := reports_nothing(sentence, paragraph_before(text, start)):
        return nothing
    language = article.meta.language if article.meta else "und"
    if tells_nothing(sentence, language):
        return "its evidence is the outlet's own voice and names nothing: it reports no happening"
    if signed_off(text, start, language):
        return "its evidence is in the page's sign-off: what is to come, not what happened"
    return None


def _anchor(what: str, article: Article, used: list[Evidence]) -> Evidence | None:
    """The sentence of the article that holds most of the words of what the model said happened (at least
    ANCHOR_COVERAGE of them), when there is one: not the title, not one an event already listed stands on, and
    not one that can report no happening. The event is then shown in that sentence's words unless the model's
    words pass the checks."""
    assert article.meta is not None
    best, score = None, ANCHOR_COVERAGE
    kind = first_kind(ascii_words(what), article.meta.language)
    for s in sentences(article.cleaned):
        if s.text == article.meta.title or any(min(s.end, u.end) > max(s.start, u.start) for u in used):
            continue
        if _no_report(article, s.text, s.start):
            continue  # a quotation, a question, the outlet's own voice: never the evidence of a happening
        got = ground.word_coverage(what, s.text)
        if kind is not None and kind not in kinds(ascii_words(s.text), article.meta.language):
            continue  # "Lavrov arrives" is not anchored on a sentence that says the visit was announced
        if got > score or (best is None and got >= score):
            best, score = s, got
    return ground.exact(best, article.article_id) if best is not None else None


def _around(text: str, evidence: Evidence) -> str:
    """The evidence with the sentence before and after it: where an event's own date can be written."""
    span = sentences(text).around(evidence.start, evidence.end)
    if span is None:
        return evidence.text
    return text[min(span[0], evidence.start) : max(span[1], evidence.end)]


def _lead(article: Article) -> tuple[str, list[Evidence]]:
    """The article's own first two sentences after the title: a summary in the outlet's words."""
    assert article.meta is not None
    title = article.meta.title
    spans = [s for s in sentences(article.cleaned) if s.text != title][:2]
    evidence = [ground.exact(s, article.article_id) for s in spans]
    return " ".join(s.text for s in spans) or title, evidence


def _drafts(data: dict[str, Any] | None, drops: list[Drop], max_events: int) -> tuple[str, list[EventDraft]]:
    if not data:
        return "", []
    summary = data.get("summary") if isinstance(data.get("summary"), str) else ""
    events: list[EventDraft] = []
    for item in data.get("events") or []:
        try:
            events.append(EventDraft.model_validate(item))
        except ValidationError as exc:
            drops.append(Drop(kind="event", text=str(item)[:200], reason=f"malformed: {exc.errors()[0]['msg']}"))
    return summary or "", events[:max_events]


def _checked_events(article: Article, drafts: list[EventDraft], drops: list[Drop]) -> list[Event]:
    """The drafts that pass the checks, each once: a sentence that repeats an event already listed is dropped,
    but for a headline's or a heading's, which the story's own sentence replaces."""
    assert article.meta is not None
    events: list[Event] = []
    for draft in drafts:
        event = _event(article, len(events) + 1, draft, drops, [e.evidence[0] for e in events])
        if event is None:
            continue
        twins = [e for e in events if overlaps(event.evidence[0], e.evidence[0]) or restates(event, e)]
        if len(twins) == 1 and _is_heading(twins[0], article) and not _is_heading(event, article):
            # The story's own sentence for what its headline says: it, not the headline, is the evidence.
            events[events.index(twins[0])] = event.model_copy(update={"id": twins[0].id})
            drops.append(Drop(kind="event", text=twins[0].what, reason="the headline of an event the story tells"))
        elif twins:
            drops.append(Drop(kind="event", text=event.what, reason="repeats an event already listed"))
        else:
            events.append(event)
    return events


def _is_heading(event: Event, article: Article) -> bool:
    assert article.meta is not None
    return headline_or_heading(event.evidence[0], article.meta.title, article.cleaned)


def _only_recalled(events: list[Event], published: date | None) -> bool:
    """Whether every event is dated, and ended days before its article was published."""
    if published is None:
        return False
    ends = [e.when.end or e.when.start for e in events]
    return all(end is not None and end < published - RECALLED for end in ends)


def build_summary(article: Article, result: GenerateResult, *, max_events: int = MAX_EVENTS) -> ArticleSummary:
    """Turn a model's answer into an ArticleSummary of checked items only."""
    assert article.meta is not None
    drops: list[Drop] = []
    summary, drafts = _drafts(result.data, drops, max_events)
    events = without_comment_heads(article, _checked_events(article, drafts, drops), drops)
    title = article.meta.title
    language = article.meta.language
    events = headlines(events, title, language, article.cleaned)
    events = named_again(lead_for_headline(article, events), title, language)
    if not events and {"summary", "events"} & set(result.data or {}):  # an answer of the schema's shape
        # (whole or cut short) in which no event passed the checks: the article's lead stands for it
        events = lead_event(article)
    elif events and _only_recalled(events, article.meta.published):
        # Every event listed is of days before the article's: what it recalls. Its news is in its lead.
        lead = [e for e in lead_event(article) if not any(overlaps(e.evidence[0], o.evidence[0]) for o in events)]
        events += [e.model_copy(update={"id": f"{article.article_id}#{len(events) + 1}"}) for e in lead]
    summary_source: Literal["model", "lead"] = "model"
    evidence: list[Evidence] | None = None
    problems = ground.unsupported(summary, article.cleaned, article.cleaned) if summary else ["no summary"]
    if summary and ground.cut_short(summary):
        problems.append("it stops mid-sentence (the answer was cut)")
    if not problems:
        evidence = ground.summary_evidence(summary, article.cleaned, article.article_id)
    if problems or evidence is None:
        if summary:
            drops.append(
                Drop(
                    kind="summary", text=summary, reason="; ".join(problems) or "no sentence of the article supports it"
                )
            )
        summary, evidence = _lead(article)
        summary_source = "lead"
    meta = article.meta
    own = meta.model_dump(include={"title", "outlet", "language", "published", "published_source"})
    return ArticleSummary(
        article_id=article.article_id,
        path=article.path,
        **own,
        summary=summary,
        summary_source=summary_source,
        summary_evidence=evidence,
        events=events,
        figures=figures(
            article.cleaned,
            article.article_id,
            meta.outlet,
            meta.published,
            meta.published_source,
            within=[ev for e in events for ev in e.evidence] + list(evidence or []),
        ),
        dropped=drops,
        cleaned_text=article.cleaned,
    )
