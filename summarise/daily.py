"""The daily job: fetch the configured feeds and pages, brief what is new since the last run, keep the record.

One run, from the ``[daily]`` table of the configuration file (``summarise.config``) or the command line:

1. fetch every source into ``OUT/snapshots`` (one folder kept across days, so an unchanged page is not
   downloaded again), feed items within the window (default: since the last briefing in ``OUT`` was
   written, else 24 hours);
2. brief the pages fetched, marking each event new, updated or unchanged against the previous briefing
   found in ``OUT``;
3. write ``OUT/briefing-YYYY-MM-DD.{md,json,html}`` (each whole or not at all) and ``OUT/index.html``,
   which links every day's briefing.

Pages that could not be fetched are listed among the briefing's articles as failed, with the reason, so
the run exits 1 and cron notices; pages left out on purpose (robots.txt, a PDF) are said but are not
failures. Nothing here schedules: cron or a systemd timer runs ``summarise daily``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summarise import atomic, outputs
from summarise.api import Summariser, prepare
from summarise.backends.base import StageCallback
from summarise.errors import ConfigError, InputError
from summarise.fetch import fetch
from summarise.fetch.feeds import parse_window
from summarise.fetch.outcomes import Outcome
from summarise.models import ArticleStatus, Briefing
from summarise.pipeline import ArticleCallback
from summarise.settings import Settings

BRIEFING = re.compile(r"^briefing-(\d{4}-\d{2}-\d{2})\.json$")
DEFAULT_WINDOW = timedelta(hours=24)
FormatName = Literal["md", "json", "html"]
ALL_FORMATS: tuple[FormatName, ...] = ("md", "json", "html")


class DailyConfig(BaseModel):
    """The ``[daily]`` table: what to read, where to write, which formats, and the feed window."""

    model_config = ConfigDict(extra="forbid")

    sources: list[str] = Field(default_factory=list, description="Feed, page and OPML URLs, or OPML files.")
    out: Path = Field(default=Path("briefings"), description="The folder briefings, snapshots and index go to.")
    window: str | None = Field(default=None, description="Feed items this recent (24h, 2d); default: since last run.")
    formats: list[FormatName] = Field(default_factory=lambda: list(ALL_FORMATS))

    @classmethod
    def from_table(cls, table: dict[str, Any], **given: Any) -> DailyConfig:
        """The table, with what the command line gave (None: not given) on top."""
        values = {**table, **{k: v for k, v in given.items() if v not in (None, [])}}
        try:
            config = cls(**values)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(map(str, first["loc"]))
            raise ConfigError(f"bad [daily] setting {key}: {first['msg']}") from None
        if not config.sources:
            raise ConfigError(
                "no sources: list feeds and pages as `sources = [...]` under [daily] in summarise.toml, or name them"
            )
        if "json" not in config.formats:
            config.formats.append("json")  # the next run compares against it
        return config


@dataclass
class DailyResult:
    briefing: Briefing
    outcomes: list[Outcome]
    written: list[Path] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    previous: Path | None = None
    window: timedelta | None = None


def briefings_in(out: Path) -> dict[date, Path]:
    """Every day's JSON briefing in the output folder."""
    found = {}
    for path in out.glob("briefing-*.json") if out.is_dir() else []:
        m = BRIEFING.match(path.name)
        if m:
            found[date.fromisoformat(m.group(1))] = path
    return found


def previous_briefing(out: Path, day: date) -> tuple[Path, Briefing] | None:
    """The latest briefing before ``day`` (a damaged one is passed over: it cannot be compared against)."""
    for when, path in sorted(briefings_in(out).items(), reverse=True):
        if when >= day:
            continue
        try:
            return path, Briefing.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValidationError):
            continue
    return None


def window_for(config: DailyConfig, previous: Path | None, now: datetime) -> timedelta | None:
    """The configured window, else since the previous briefing was written, else 24 hours."""
    if config.window:
        return parse_window(config.window)
    if previous is not None:
        written = datetime.fromtimestamp(previous.stat().st_mtime, UTC)
        return max(now - written, timedelta(hours=1))
    return DEFAULT_WINDOW


def _failed_fetches(outcomes: list[Outcome]) -> list[ArticleStatus]:
    return [
        ArticleStatus(article_id=f"fetch-{n}", path=o.url, status="failed", reason=f"not fetched: {o.reason}")
        for n, o in enumerate((o for o in outcomes if o.status == "failed"), start=1)
    ]


async def run_daily(
    config: DailyConfig,
    settings: Settings,
    *,
    day: date | None = None,
    now: datetime | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    on_article: ArticleCallback | None = None,
    on_stage: StageCallback | None = None,
    summariser: Summariser | None = None,
) -> DailyResult:
    """Fetch, brief and write one day's briefing; the files are written only when the briefing is made."""
    now = now or datetime.now(UTC)
    day = day or now.astimezone().date()
    found = previous_briefing(config.out, day)
    window = window_for(config, found[0] if found else None, now)
    snapshots = config.out / "snapshots"
    outcomes = await fetch(config.sources, snapshots, window, now=now, on_outcome=on_outcome)
    briefing = await _brief(snapshots, outcomes, settings, found, on_article, on_stage, summariser)
    briefing = briefing.model_copy(update={"date": day, "articles": briefing.articles + _failed_fetches(outcomes)})
    result = DailyResult(
        briefing, outcomes, sources=config.sources, previous=found[0] if found else None, window=window
    )
    result.written = write_day(config, briefing, day)
    return result


async def _brief(
    snapshots: Path,
    outcomes: list[Outcome],
    settings: Settings,
    found: tuple[Path, Briefing] | None,
    on_article: ArticleCallback | None,
    on_stage: StageCallback | None,
    summariser: Summariser | None,
) -> Briefing:
    if not any(o.kind == "page" and o.status in ("fetched", "not-modified") for o in outcomes):
        reasons = "; ".join(f"{o.url}: {o.reason or o.status}" for o in outcomes[:3])
        raise InputError(f"no page could be fetched ({reasons}): check the sources and the network")
    articles = prepare([snapshots])
    own = summariser is None
    s = summariser or Summariser(settings)
    try:
        return await s.abrief_articles(
            articles, since=found[1] if found else None, on_article=on_article, on_stage=on_stage
        )
    finally:
        if own:
            await s.aclose()


def write_day(config: DailyConfig, briefing: Briefing, day: date) -> list[Path]:
    """The day's files, each written whole, then the index of days."""
    written = []
    config.out.mkdir(parents=True, exist_ok=True)
    for fmt in config.formats:
        path = config.out / f"briefing-{day.isoformat()}.{fmt}"
        atomic.write_text(path, outputs.render(briefing, fmt))
        written.append(path)
    index = config.out / "index.html"
    atomic.write_text(index, index_page(config.out))
    return [*written, index]


def index_page(out: Path) -> str:
    """An HTML page that links every day's briefing, newest first, with its headline. Escaped throughout."""
    rows = []
    for day, path in sorted(briefings_in(out).items(), reverse=True):
        try:
            headline = Briefing.model_validate_json(path.read_text(encoding="utf-8")).headline.text
        except (OSError, ValidationError):
            headline = "(this briefing could not be read)"
        links = " · ".join(
            f'<a href="{html.escape(f.name)}">{f.suffix[1:]}</a>'
            for f in (path.with_suffix(s) for s in (".html", ".md", ".json"))
            if f.exists()
        )
        rows.append(f"<li><strong>{day.isoformat()}</strong> {html.escape(headline)} — {links}</li>")
    body = "\n".join(rows) or "<li>No briefings yet.</li>"
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Briefings</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;"
        "padding:0 1rem}li{margin:.4rem 0;overflow-wrap:anywhere}</style></head>\n"
        f"<body><h1>Briefings</h1>\n<ul>\n{body}\n</ul>\n</body></html>\n"
    )
