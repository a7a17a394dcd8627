"""What the CLI writes: whole files or nothing, progress on stderr, one line per user mistake."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from summarise import atomic
from summarise.cli.options import Format
from summarise.errors import InputError, SummariseError

if TYPE_CHECKING:
    from rich.progress import Progress

    from summarise.models import Article, Briefing
    from summarise.pipeline import MapOutcome

err = Console(stderr=True)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text from feeds and servers made safe for a terminal: control and bidi characters shown as escapes."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


T = TypeVar("T")


def run(fn: Callable[[], T]) -> T:
    """Run a command body; a user's mistake becomes one line on stderr and exit code 2."""
    try:
        return fn()
    except SummariseError as exc:
        err.print(f"[bold red]error:[/] {escape(printable(str(exc)))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def check_out(path: Path | None) -> None:
    """Refuse a bad --out before any work is done."""
    if path is None:
        return
    if path.is_dir():
        raise InputError(f"--out {path} is a folder: name a file, e.g. {path / 'briefing.md'}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"cannot create the folder {path.parent} ({exc.strerror or exc}): choose another --out"
        ) from None


def write_atomic(path: Path | None, text: str | Iterable[str]) -> None:
    """Write a whole file or nothing: a temporary file renamed into place. ``text`` may come in parts."""
    if path is None:
        sys.stdout.writelines([text] if isinstance(text, str) else text)
        return
    check_out(path)
    atomic.write_text(path, text)


_STAGES = {
    "model": ("starting the model (or asking the server its context window)", "model ready"),
    "extract": ("reading each article with the model", "articles read"),
    "group": ("merging reports of one event across outlets", "events merged"),
    "overview": ("writing the headline and overview", "overview written"),
}


class Reporter:
    """Progress on stderr that tells the truth: each stage as it starts and ends, with its time, and each
    article as the model starts and finishes it. A bar on a terminal; plain lines otherwise (a log, cron)."""

    def __init__(self, total: int, bar: Progress | None) -> None:
        self.total, self.bar, self.done = total, bar, 0
        self.started = time.perf_counter()
        self.task = bar.add_task("articles", total=total) if bar is not None else None

    def line(self, text: str) -> None:
        stamp = f"[{time.perf_counter() - self.started:6.1f}s] "
        target = self.bar.console if self.bar is not None else err
        target.print(stamp + text, highlight=False, markup=False, soft_wrap=True)

    def stage(self, name: str, seconds: float | None) -> None:
        starting, ended = _STAGES.get(name, (name, name + " done"))
        self.line(f"{starting} ..." if seconds is None else f"{ended} in {seconds:.1f} s")

    def article(self, article_id: str, status: str) -> None:
        if status == "reading":
            if self.bar is None:
                self.line(f"article {article_id}: reading")
            return
        self.done += 1
        if self.bar is not None and self.task is not None:
            self.bar.update(self.task, advance=1, description=f"{article_id}: {status}")
        else:
            self.line(f"article {self.done}/{self.total} {article_id}: {status}")


@contextmanager
def progress(quiet: bool, total: int) -> Iterator[Reporter | None]:
    """A progress reporter on stderr while articles are processed (None with --quiet)."""
    if quiet or total == 0:
        yield None
        return
    if not err.is_terminal:
        yield Reporter(total, None)
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}", markup=False), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        yield Reporter(total, bar)


@contextmanager
def pull_progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar for a model being pulled: (status, completed, total); plain lines off a terminal."""
    if not err.is_terminal:
        said: list[str] = []

        def say(status: str, completed: int, total: int) -> None:
            if said[-1:] != [status]:  # one line per step of the pull, not one per chunk
                said.append(status)
                err.print(status, highlight=False, markup=False)

        yield say
        return
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}", markup=False), BarColumn(), console=err, transient=True) as bar:
        task = bar.add_task("pulling", total=None)

        def report(status: str, completed: int, total: int) -> None:
            bar.update(task, description=status, completed=completed, total=total or None)

        yield report


def show_removed(articles: list[Article]) -> None:
    for article in articles:
        for line in article.clean_report.removed if article.clean_report else []:
            # The line is the article's text: data, never markup (rich would read "[red]" in it as a style).
            err.print(f"{article.article_id} removed {printable(line)}", style="dim", highlight=False, markup=False)


def load_briefing(path: Path | None) -> Briefing | None:
    if path is None:
        return None
    from pydantic import ValidationError

    from summarise.models import Briefing

    if not path.is_file():
        raise InputError(f"no previous briefing at {path}: pass a JSON file written by `summarise brief -f json`")
    try:
        return Briefing.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError:
        raise InputError(
            f"{path} is not a briefing in JSON: pass a file written by `summarise brief -f json`"
        ) from None


def write_extracts(articles: list[Any], outcome: MapOutcome, fmt: Format, out_dir: Path | None) -> None:
    """Write what `extract` found: one summary file per article, or JSON or Markdown on standard output; exit 1
    when an article failed."""
    import json

    from summarise import outputs

    by_id = {s.article_id: s for s in outcome.summaries}
    if out_dir is not None:
        for s in outcome.summaries:
            write_atomic(out_dir / f"{s.article_id}.summary.json", s.model_dump_json(indent=2))
    elif fmt is Format.json:
        records = [
            outputs.extract_record(a, st, by_id.get(a.article_id))
            for a, st in zip(articles, outcome.statuses, strict=True)
        ]
        payload: Any = records[0] if len(records) == 1 else records
        write_atomic(None, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    else:
        write_atomic(None, "\n".join(outputs.summary_markdown(s) for s in outcome.summaries))
    failed = [st for st in outcome.statuses if st.status == "failed"]
    for status in failed:
        err.print(f"failed {status.path}: {status.reason}", highlight=False, markup=False, soft_wrap=True)
    if failed:
        raise typer.Exit(1)
