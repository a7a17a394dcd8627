"""What the CLI writes: whole files or nothing, progress on stderr, one line per user mistake."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import typer
from rich.console import Console

from summarise.errors import InputError, SummariseError

if TYPE_CHECKING:
    from summarise.models import Article, Briefing

err = Console(stderr=True)
T = TypeVar("T")


def run(fn: Callable[[], T]) -> T:
    """Run a command body; a user's mistake becomes one line on stderr and exit code 2."""
    try:
        return fn()
    except SummariseError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
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


def write_atomic(path: Path | None, text: str) -> None:
    """Write a whole file or nothing: a temporary file renamed into place."""
    if path is None:
        sys.stdout.write(text)
        return
    check_out(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # as any file the user writes, not mkstemp's 0600
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def progress(quiet: bool, total: int) -> Iterator[Callable[[str, str], None] | None]:
    """A progress bar on stderr while articles are processed; yields the per-article callback."""
    if quiet or total == 0:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("articles", total=total)

        def done(article_id: str, status: str) -> None:
            bar.update(task, advance=1, description=f"{article_id}: {status}")

        yield done


@contextmanager
def pull_progress() -> Iterator[Callable[[str, int, int], None]]:
    """A progress bar for a model being pulled: (status, completed, total)."""
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), console=err, transient=True) as bar:
        task = bar.add_task("pulling", total=None)

        def report(status: str, completed: int, total: int) -> None:
            bar.update(task, description=status, completed=completed, total=total or None)

        yield report


def show_removed(articles: list[Article]) -> None:
    for article in articles:
        for line in article.clean_report.removed if article.clean_report else []:
            err.print(f"[dim]{article.article_id} removed {line}[/]", highlight=False)


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
