"""The objects of a briefing: data only, no I/O.

Words used everywhere:

* article   - one input page, identified by ``article_id``;
* evidence  - a span ``[start, end)`` of an article's *cleaned* text, found by code;
* event     - something that happened, with who / where / when and its evidence;
* source    - an outlet + article that reports an event;
* briefing  - the consolidated day.

Two families live here. ``*Draft`` models are what a language model fills (every list and string
bounded, extra keys forbidden, so that small models under grammar-constrained decoding stop).
The other models are what users get: built by code from drafts after every statement was checked
against the article.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Precision = Literal["day", "month", "year", "unknown"]
MatchKind = Literal["exact", "fuzzy"]
DateSource = Literal["page", "flag", "file-time", "none"]

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)]
Sentence = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]


def one_of(values: tuple[str, ...]) -> Any:
    """``Literal[values]`` built at run time: a string field that can only take these values."""
    return Literal.__getitem__(values)


def list_of(item: Any) -> Any:
    """``list[item]`` for an item type built at run time."""
    return list[item]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# ---------------------------------------------------------------- what a model fills


class EventDraft(Strict):
    """One event as a model reports it, before any check."""

    what: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)] = Field(
        description="What happened, in one short sentence."
    )
    who: list[Short] = Field(default_factory=list, max_length=4, description="People or organisations involved.")
    where: Short = Field(default="", description="Place, or empty.")
    when: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = Field(
        default="", description="The date words exactly as the article writes them, or empty."
    )
    evidence: Sentence = Field(description="One sentence copied word for word from the article.")


class SummaryDraft(Strict):
    """What the map step asks of a model for one article."""

    summary: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=400)] = Field(
        description="Two sentences at most on what the article reports."
    )
    events: list[EventDraft] = Field(default_factory=list, max_length=5)


class StatementDraft(Strict):
    text: Sentence = Field(description="One sentence of the overview.")
    event_ids: list[Annotated[str, StringConstraints(max_length=40)]] = Field(
        min_length=1, max_length=4, description="Ids of the events this sentence rests on."
    )


class OverviewDraft(Strict):
    """What the reduce step asks of a model: a headline and an overview that cite events."""

    headline: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=140)]
    headline_event_ids: list[Annotated[str, StringConstraints(max_length=40)]] = Field(min_length=1, max_length=3)
    overview: list[StatementDraft] = Field(default_factory=list, max_length=4)


class SameEventDraft(Strict):
    """A model's answer to: do these two reports describe one real-world event?"""

    same_event: bool


# ---------------------------------------------------------------- what users get


class Evidence(Strict):
    """A span of an article's cleaned text; ``text == cleaned[start:end]`` always holds."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    match: MatchKind
    score: float = Field(ge=0, le=100)


class EventDate(Strict):
    phrase: str | None = None
    start: date | None = None
    end: date | None = None
    precision: Precision = "unknown"


class Figure(Strict):
    """A number as an outlet states it: never averaged, never rounded."""

    value: str
    quantity: str
    article_id: str
    outlet: str
    published: date | None = None
    published_source: DateSource = "none"
    evidence: Evidence


class Event(Strict):
    id: str
    article_id: str
    what: str
    what_source: Literal["model", "evidence"] = "model"
    who: list[str] = Field(default_factory=list)
    where: str | None = None
    when: EventDate = Field(default_factory=EventDate)
    evidence: list[Evidence] = Field(min_length=1)


class ArticleMeta(Strict):
    title: str
    outlet: str
    outlet_source: Literal["text", "file-name"]
    language: str
    published: date | None = None
    published_source: DateSource = "none"
    published_phrase: str | None = None


class CleanReport(Strict):
    kept_lines: int
    removed_lines: int
    removed: list[str] = Field(default_factory=list)
    reasons: dict[str, int] = Field(default_factory=dict)
    chars_before: int
    chars_after: int


class Article(Strict):
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


class Drop(Strict):
    """An item a model produced that could not be checked against the article, so it is not shown."""

    kind: Literal["event", "summary", "who", "when", "statement", "headline"]
    text: str
    reason: str


class ArticleSummary(Strict):
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


class Source(Strict):
    article_id: str
    outlet: str
    title: str
    published: date | None = None
    published_source: DateSource = "none"
    event_id: str
    evidence: list[Evidence]


class MergeLink(Strict):
    """Why two reports were taken for one event: the pair, its score, the names they share and their day."""

    a: str
    b: str
    score: float
    shared: list[str] = Field(default_factory=list)
    day: date | None = None
    by: Literal["code", "judge"] = "code"


class BriefingEvent(Strict):
    id: str
    what: str
    who: list[str] = Field(default_factory=list)
    where: str | None = None
    when: EventDate = Field(default_factory=EventDate)
    sources: list[Source] = Field(min_length=1)
    reported_by: int = Field(ge=1, description="Number of distinct outlets reporting the event.")
    change: Literal["new", "updated", "unchanged"] | None = None
    change_note: str | None = None
    links: list[MergeLink] = Field(default_factory=list, description="Why its sources were merged.")


class Statement(Strict):
    """A sentence of the briefing's top, with the events it rests on and their evidence."""

    text: str
    event_ids: list[str] = Field(min_length=1)
    source: Literal["model", "event"] = "model"
    evidence: list[Evidence] = Field(default_factory=list)


class FigureConflict(Strict):
    """One quantity stated differently by sources: shown side by side."""

    quantity: str
    claims: list[Figure] = Field(min_length=2)


class Actor(Strict):
    name: str
    event_ids: list[str]


class ArticleStatus(Strict):
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
    run: RunRecord
