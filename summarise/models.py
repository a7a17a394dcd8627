"""The objects of a briefing: data only, no I/O.

Words used everywhere:

* article   - one input page, identified by ``article_id``;
* evidence  - a span ``[start, end)`` of an article's *cleaned* text, found by code;
* event     - something that happened, with who / where / when and its evidence;
* source    - an outlet + article that reports an event;
* briefing  - the consolidated day.

``*Draft`` models (``drafts.py``, re-exported here) are what a language model fills; the models here are what
users get, built by code from drafts after every statement was checked against the article.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field

Precision = Literal["day", "month", "year", "unknown"]
MatchKind = Literal["exact", "fuzzy"]
DateSource = Literal["page", "flag", "file-time", "none"]


def web_url(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) URL with a host, else None: the only URLs worth a link."""
    if not value or any(c.isspace() or ord(c) < 32 for c in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in {"http", "https"} and parts.hostname else None


from summarise.drafts import EventDraft as EventDraft  # noqa: E402
from summarise.drafts import OverviewDraft as OverviewDraft  # noqa: E402
from summarise.drafts import Record as Record  # noqa: E402
from summarise.drafts import SameEventDraft as SameEventDraft  # noqa: E402
from summarise.drafts import StatementDraft as StatementDraft  # noqa: E402
from summarise.drafts import Strict as Strict  # noqa: E402
from summarise.drafts import SummaryDraft as SummaryDraft  # noqa: E402
from summarise.drafts import list_of as list_of  # noqa: E402
from summarise.drafts import one_of as one_of  # noqa: E402

# ---------------------------------------------------------------- what users get


class Evidence(Record):
    """A span of an article's cleaned text; ``text == cleaned[start:end]`` always holds."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    match: MatchKind
    score: float = Field(ge=0, le=100)


class EventDate(Record):
    phrase: str | None = None
    start: date | None = None
    end: date | None = None
    precision: Precision = "unknown"


class Figure(Record):
    """A figure as an outlet states it, whole ("at least 37 people"): never averaged, never rounded.

    ``quantity`` is what it measures ("deaths", "troops", "magnitude", "per cent").
    """

    text: str = ""
    value: str
    quantity: str
    article_id: str
    outlet: str
    published: date | None = None
    published_source: DateSource = "none"
    evidence: Evidence


class Event(Record):
    id: str
    article_id: str
    what: str
    what_source: Literal["model", "evidence"] = "model"
    who: list[str] = Field(default_factory=list)
    where: str | None = None
    when: EventDate = Field(default_factory=EventDate)
    evidence: list[Evidence] = Field(min_length=1)


class ArticleMeta(Record):
    title: str
    outlet: str
    outlet_source: Literal["text", "site name", "url host", "file-name"] = Field(
        description="Where the outlet was read: the page's text (a byline), its site name, its URL host, its file name."
    )
    language: str
    published: date | None = None
    published_source: DateSource = "none"
    published_phrase: str | None = None
    published_where: str = Field(
        default="none",
        description="Where the page date was read: dateline, byline, page metadata, page header, feed, --date or none.",
    )


class CleanReport(Record):
    kept_lines: int
    removed_lines: int
    removed: list[str] = Field(default_factory=list)
    reasons: dict[str, int] = Field(default_factory=dict)
    chars_before: int
    chars_after: int


class Article(Record):
    """An input article. ``text`` is what was read; ``cleaned`` is what models and evidence use."""

    article_id: str
    path: str
    raw: str
    text: str
    cleaned: str = ""
    meta: ArticleMeta | None = None
    clean_report: CleanReport | None = None
    file_time: datetime | None = None
    hints: dict[str, str] = Field(default_factory=dict, description="Metadata an HTML page declares.")


class Drop(Record):
    """An item a model produced that could not be checked against the article, so it is not shown."""

    kind: Literal["event", "summary", "who", "when", "where", "statement", "headline"]
    text: str
    reason: str


class ArticleSummary(Record):
    """The map step's result for one article."""

    article_id: str
    path: str
    title: str
    outlet: str
    language: str
    published: date | None = None
    published_source: DateSource = "none"
    summary: str
    summary_source: Literal["model", "lead"] = "model"
    summary_evidence: list[Evidence] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    dropped: list[Drop] = Field(default_factory=list)
    cleaned_text: str = ""
    url: str | None = Field(default=None, description="The page's own URL, when it declares an http(s) one.")


class Source(Record):
    article_id: str
    outlet: str
    outlet_kind: Literal["state-run", "state-affiliated"] | None = None
    title: str
    published: date | None = None
    published_source: DateSource = "none"
    event_id: str
    evidence: list[Evidence]


class MergeLink(Record):
    """Why two reports were taken for one event: the pair, its score, shared names, day and kind of happening."""

    a: str
    b: str
    score: float
    shared: list[str] = Field(default_factory=list)
    day: date | None = None
    kind: str | None = Field(default=None, description="The kind of happening both report, when code knows it.")
    by: Literal["code", "judge", "story", "aligned"] = Field(
        default="code",
        description="code: the score; judge: a model asked; in articles sharing an event, story: one kind of "
        "happening; aligned: each other's clear best match.",
    )


class Copy(Record):
    """A source nearly copying another's text (a wire story republished with small edits): one report, not two."""

    article_id: str
    outlet: str
    same_as: str = Field(description="The source it copies, or that copies it (which came first is not known).")
    same_as_outlet: str
    shared: float = Field(ge=0, le=1, description="Share of the shorter text (by sentence length) found in the other.")


class BriefingEvent(Strict):
    id: str
    what: str
    who: list[str] = Field(default_factory=list)
    where: str | None = None
    when: EventDate = Field(default_factory=EventDate)
    sources: list[Source] = Field(min_length=1)
    reported_by: int = Field(ge=1, description="Number of distinct outlets reporting the event.")
    independent: int = Field(  # by default (a briefing written before copies were told apart): every outlet
        ge=1, default_factory=lambda d: d["reported_by"], description="Outlets, with copies of one text counted once."
    )
    copies: list[Copy] = Field(default_factory=list, description="Its sources that nearly copy another of its sources.")
    change: Literal["new", "updated", "unchanged"] | None = None
    change_note: str | None = None
    links: list[MergeLink] = Field(default_factory=list, description="Why its sources were merged.")
    single_source: bool = Field(default=False, description="Reported by one independent outlet only.")
    background: bool = Field(default=False, description="Older than the recent days: apart, never the headline.")


class Statement(Record):
    """A sentence of the briefing's top, with the events it rests on and their evidence."""

    text: str
    event_ids: list[str] = Field(min_length=1)
    source: Literal["model", "event"] = "model"
    evidence: list[Evidence] = Field(default_factory=list)


class FigureConflict(Record):
    """One measure of one event stated differently by sources: shown side by side, never averaged. ``kind``:
    "conflict" (sources disagree on one day) or "series" (the figure changed over the days, in date order)."""

    quantity: str
    claims: list[Figure] = Field(min_length=2)
    event_id: str | None = None
    kind: Literal["conflict", "series"] = "conflict"


class Actor(Record):
    """A person, organisation or country in one canonical form, with its events and how many outlets
    report them."""

    name: str
    kind: Literal["person", "organisation", "country", "other"] = "other"
    event_ids: list[str]
    outlets: int = Field(default=0, description="Distinct outlets reporting the actor's events.")


class ArticleStatus(Record):
    article_id: str
    path: str
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: DateSource = "none"
    status: Literal["ok", "failed"]
    reason: str | None = None
    summary: str | None = None
    summary_source: Literal["model", "lead"] | None = None
    summary_evidence: list[Evidence] = Field(default_factory=list)
    events: int = 0
    dropped: int = 0
    removed_lines: int = Field(default=0, description="Lines of page clutter removed before the model saw it.")
    url: str | None = Field(default=None, description="The page's own URL, when it declares an http(s) one.")
    text: str = Field(
        default="", description="The cleaned text every evidence offset of this article points into; empty if failed."
    )


class RunRecord(Strict):
    backend: str
    model: str
    model_calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    wall_seconds: float = 0.0
    reduce_stages: int = 0
    context_window: int | None = None
    dropped_items: int = 0
    stage_seconds: dict[str, float] = Field(default_factory=dict, description="Wall time of each stage.")
    server_seconds: float | None = Field(default=None, description="Time the model server reported spending.")
    judge: Literal["not asked", "used", "ignored"] = "not asked"
    judge_note: str | None = None


class Briefing(Strict):
    date: date
    headline: Statement
    overview: list[Statement] = Field(default_factory=list)
    key_developments: list[Statement] = Field(default_factory=list)
    events: list[BriefingEvent] = Field(default_factory=list)
    timeline: list[str] = Field(default_factory=list, description="Event ids in date order; undated last.")
    actors: list[Actor] = Field(default_factory=list)
    conflicts: list[FigureConflict] = Field(default_factory=list)
    articles: list[ArticleStatus]
    dropped: list[Drop] = Field(default_factory=list)
    recent_days: int = Field(default=3, description="Events and articles older than this are background.")
    old_articles: int = Field(default=0, description="Articles published before the recent days began.")
    run: RunRecord
