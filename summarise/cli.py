"""``summarise``: a thin typer layer over the Python API. Builds Settings here, at the edge."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import SecretStr, ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from summarise import pipeline, render
from summarise.backends import make_backend, parse_spec
from summarise.cache import ResponseCache
from summarise.errors import ConfigError, InputError, SummariseError
from summarise.models import Article, ArticleStatus, ArticleSummary, Briefing
from summarise.schemas import SCHEMAS, schema_json
from summarise.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn news articles into one traceable daily briefing.")
cache_app = typer.Typer(no_args_is_help=True, help="See or clear the response cache.")
app.add_typer(cache_app, name="cache")
err = Console(stderr=True)
T = TypeVar("T")


class Format(str, Enum):
    md = "md"
    json = "json"
    html = "html"


ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="local | local:PATH.gguf | ollama:MODEL | "
                                                                     "openai:MODEL  (env SUMMARISE_MODEL)")]
BaseUrlOpt = Annotated[str | None, typer.Option(help="Server address (else OLLAMA_HOST / OPENAI_BASE_URL).")]
ApiKeyOpt = Annotated[str | None, typer.Option(help="API key (else OPENAI_API_KEY).", show_default=False)]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Ask the model even when an answer is cached.")]
CacheDirOpt = Annotated[Path | None, typer.Option(help="Cache folder (default ~/.cache/summarise).")]
ContextOpt = Annotated[int | None, typer.Option(help="The model's context window in tokens, if the server "
                                                     "cannot say.")]
ConcurrencyOpt = Annotated[int | None, typer.Option(help="Articles processed at once.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles whose "
                                                             "page gives none.")]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="md, json or html.")]


def _render(briefing: Briefing, fmt: Format) -> str:
    if fmt is Format.json:
        return render.to_json(briefing)
    if fmt is Format.html:
        return render.to_html(briefing)
    return render.to_markdown(briefing)
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
TimeoutOpt = Annotated[float | None, typer.Option(help="Seconds to wait for one model answer (default 300).")]
MaxTokensOpt = Annotated[int | None, typer.Option(help="Longest answer a model may give, in tokens (default 700).")]
PullOpt = Annotated[bool, typer.Option("--pull", help="For Ollama: pull the model first if it is missing.")]


def _ensure_model(settings: Settings, pull: bool) -> None:
    """For Ollama, check (and with --pull, fetch) the model before any article is read."""
    if parse_spec(settings.model)[0] == "ollama":
        asyncio.run(_check(settings, pull))


def _settings(model: str | None = None, base_url: str | None = None, api_key: str | None = None,
              no_cache: bool = False, cache_dir: Path | None = None, context_window: int | None = None,
              concurrency: int | None = None, timeout: float | None = None,
              max_tokens: int | None = None) -> Settings:
    given: dict[str, Any] = {"model": model, "base_url": base_url, "cache_dir": cache_dir,
                             "context_window": context_window, "concurrency": concurrency, "timeout": timeout,
                             "max_tokens": max_tokens}
    given = {k: v for k, v in given.items() if v is not None}
    if api_key:
        given["api_key"] = SecretStr(api_key)
    if no_cache:
        given["use_cache"] = False
    try:
        settings = Settings(**given)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ConfigError(f"bad setting {'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    parse_spec(settings.model)
    return settings


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date: write it as YYYY-MM-DD") from None


def _run(fn: Callable[[], T]) -> T:
    """Run a command body; a user's mistake becomes one line on stderr and exit code 2."""
    try:
        return fn()
    except SummariseError as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def _check_out(path: Path | None) -> None:
    """Refuse a bad --out before any work is done."""
    if path is None:
        return
    if path.is_dir():
        raise InputError(f"--out {path} is a folder: name a file, e.g. {path / 'briefing.md'}")
    if not path.parent.exists():
        raise InputError(f"folder {path.parent} does not exist: create it or choose another --out")


def write_atomic(path: Path | None, text: str) -> None:
    """Write a whole file or nothing: a temporary file renamed into place."""
    if path is None:
        sys.stdout.write(text)
        return
    _check_out(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def _progress(quiet: bool, total: int) -> Iterator[Callable[[str, str], None] | None]:
    """A progress bar on stderr while articles are processed; yields the per-article callback."""
    if quiet or total == 0:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task("articles", total=total)

        def done(article_id: str, status: str) -> None:
            bar.update(task, advance=1, description=f"{article_id}: {status}")

        yield done


def _load_briefing(path: Path | None) -> Briefing | None:
    if path is None:
        return None
    if not path.is_file():
        raise InputError(f"no previous briefing at {path}: pass a JSON file written by `summarise brief -f json`")
    try:
        return Briefing.model_validate_json(path.read_text(encoding="utf-8"))
    except ValidationError:
        raise InputError(f"{path} is not a briefing in JSON: pass a file written by `summarise brief -f json`") \
            from None


@app.command()
def brief(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .md, .html) or folders of them.")],
    model: ModelOpt = None, base_url: BaseUrlOpt = None, api_key: ApiKeyOpt = None,
    fmt: FormatOpt = Format.md, out: OutOpt = None, when: DateOpt = None,
    since: Annotated[Path | None, typer.Option(help="Yesterday's briefing (JSON): mark events new, updated "
                                                    "or unchanged.")] = None,
    no_cache: NoCacheOpt = False, cache_dir: CacheDirOpt = None, context_window: ContextOpt = None,
    concurrency: ConcurrencyOpt = None, quiet: QuietOpt = False, timeout: TimeoutOpt = None,
    pull: PullOpt = False, max_tokens: MaxTokensOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every removed clutter line.")] = False,
) -> None:
    """Write the day's briefing from a set of articles."""

    def body() -> None:
        settings = _settings(model, base_url, api_key, no_cache, cache_dir, context_window, concurrency, timeout,
                             max_tokens)
        _check_out(out)
        _ensure_model(settings, pull)
        fallback = _date(when)
        previous = _load_briefing(since)
        prepared = pipeline.prepare(paths, fallback_date=fallback)
        if verbose:
            for article in prepared:
                for line in article.clean_report.removed if article.clean_report else []:
                    err.print(f"[dim]{article.article_id} removed {line}[/]", highlight=False)
        with _progress(quiet, len(prepared)) as done:
            result = asyncio.run(pipeline.abrief_articles(prepared, settings=settings, fallback_date=fallback,
                                                          since=previous, on_article=done))
        write_atomic(out, _render(result, fmt))
        failed = sum(a.status == "failed" for a in result.articles)
        if not quiet:
            err.print(f"{len(result.articles) - failed} of {len(result.articles)} articles briefed, "
                      f"{result.run.model_calls} model calls, {result.run.cache_hits} cache hits"
                      + (f" → {out}" if out else ""), highlight=False)

    _run(body)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    model: ModelOpt = None, base_url: BaseUrlOpt = None, api_key: ApiKeyOpt = None,
    fmt: FormatOpt = Format.json, out_dir: Annotated[Path | None, typer.Option(
        help="Write one ARTICLE_ID.summary.json per article here (input for `summarise merge`).")] = None,
    when: DateOpt = None, no_cache: NoCacheOpt = False, cache_dir: CacheDirOpt = None,
    context_window: ContextOpt = None, concurrency: ConcurrencyOpt = None, quiet: QuietOpt = False,
    timeout: TimeoutOpt = None, pull: PullOpt = False, max_tokens: MaxTokensOpt = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every removed line.")] = False,
) -> None:
    """Extract articles one by one: cleaned text, removed lines, metadata, events with their spans."""

    def body() -> None:
        settings = _settings(model, base_url, api_key, no_cache, cache_dir, context_window, concurrency, timeout,
                             max_tokens)
        if fmt is Format.html:
            raise InputError("extract writes --format json or md; html is for briefings (brief, merge)")
        _ensure_model(settings, pull)
        fallback = _date(when)
        articles = pipeline.prepare(paths, fallback_date=fallback)
        if out_dir is not None and not out_dir.is_dir():
            raise InputError(f"--out-dir {out_dir} is not a folder: create it first")
        with _progress(quiet, len(articles)) as done:
            outcome = asyncio.run(pipeline.aextract_articles(articles, settings=settings, on_article=done))
        by_id = {s.article_id: s for s in outcome.summaries}
        records = []
        for article, status in zip(articles, outcome.statuses, strict=True):
            summary = by_id.get(article.article_id)
            records.append(_record(article, status, summary))
            if verbose and article.clean_report:
                for line in article.clean_report.removed:
                    err.print(f"[dim]{article.article_id} removed {line}[/]", highlight=False)
            if out_dir is not None and summary is not None:
                write_atomic(out_dir / f"{article.article_id}.summary.json", summary.model_dump_json(indent=2))
        if out_dir is None:
            if fmt is Format.json:
                payload: Any = records[0] if len(records) == 1 else records
                write_atomic(None, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
            else:
                write_atomic(None, "\n".join(render.summary_markdown(s) for s in outcome.summaries))
        for status in outcome.statuses:
            if status.status == "failed":
                err.print(f"[yellow]failed[/] {status.path}: {status.reason}", highlight=False)

    _run(body)


def _record(article: Article, status: ArticleStatus, summary: ArticleSummary | None) -> dict[str, Any]:
    """What `extract` shows of one article: status, metadata, cleaning report, cleaned text, checked summary."""
    return {"article_id": article.article_id, "status": status.status, "reason": status.reason,
            "meta": article.meta.model_dump(mode="json") if article.meta else None,
            "cleaning": article.clean_report.model_dump(mode="json") if article.clean_report else {},
            "cleaned_text": article.cleaned,
            "summary": summary.model_dump(mode="json") if summary else None}


def _read_summaries(paths: list[Path]) -> list[ArticleSummary]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files += sorted(p.glob("*.json"))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(f"no such file or folder: {p} (check the path)")
    if not files:
        raise InputError("no summary files: run `summarise extract --out-dir DIR` first and merge DIR")
    summaries = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
            items = data if isinstance(data, list) else [data]
            for item in items:
                # `extract` records wrap the summary with the cleaning report; summary files are bare.
                if isinstance(item, dict) and isinstance(item.get("summary"), dict):
                    item = item["summary"]
                summaries.append(ArticleSummary.model_validate(item))
        except (ValueError, ValidationError):
            raise InputError(f"{f} is not an ArticleSummary JSON file: write it with `summarise extract --out-dir`")\
                from None
    return summaries


@app.command("merge")
def merge_cmd(
    paths: Annotated[list[Path], typer.Argument(help="ArticleSummary JSON files or folders of them.")],
    model: ModelOpt = None, base_url: BaseUrlOpt = None, api_key: ApiKeyOpt = None,
    fmt: FormatOpt = Format.md, out: OutOpt = None, when: DateOpt = None,
    since: Annotated[Path | None, typer.Option(help="Yesterday's briefing (JSON).")] = None,
    no_cache: NoCacheOpt = False, cache_dir: CacheDirOpt = None, context_window: ContextOpt = None,
) -> None:
    """Build a briefing from summaries written by `summarise extract --out-dir` (no re-extraction)."""

    def body() -> None:
        settings = _settings(model, base_url, api_key, no_cache, cache_dir, context_window)
        _check_out(out)
        summaries = _read_summaries(paths)
        result = asyncio.run(pipeline.amerge(summaries, settings=settings, since=_load_briefing(since),
                                             briefing_date=_date(when)))
        write_atomic(out, _render(result, fmt))

    _run(body)


@app.command()
def schema(
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(SCHEMAS)}.")] = "briefing",
    write: Annotated[Path | None, typer.Option(help="Write every schema into this folder.")] = None,
) -> None:
    """Print the JSON Schema of a public model."""

    def body() -> None:
        if write is not None:
            if not write.is_dir():
                raise InputError(f"--write {write} is not a folder: create it first")
            for key in SCHEMAS:
                write_atomic(write / f"{key}.schema.json", schema_json(key))
            return
        if name not in SCHEMAS:
            raise InputError(f"no schema {name!r}: choose one of {', '.join(SCHEMAS)}")
        write_atomic(None, schema_json(name))

    _run(body)


@app.command()
def check(
    model: ModelOpt = None, base_url: BaseUrlOpt = None, api_key: ApiKeyOpt = None,
    pull: Annotated[bool, typer.Option(help="For Ollama: pull the model if it is missing.")] = False,
) -> None:
    """Check that a backend is reachable and has the model."""

    def body() -> None:
        settings = _settings(model, base_url, api_key)
        err.print(asyncio.run(_check(settings, pull)), highlight=False)

    _run(body)


async def _check(settings: Settings, pull: bool) -> str:
    backend = make_backend(settings)
    try:
        if backend.name == "ollama":
            from summarise.backends.ollama import OllamaBackend

            assert isinstance(backend, OllamaBackend)
            with Progress(TextColumn("{task.description}"), BarColumn(), console=err, transient=True) as bar:
                task = bar.add_task("pulling", total=None)

                def report(status: str, completed: int, total: int) -> None:
                    bar.update(task, description=status, completed=completed, total=total or None)

                return await backend.check(pull=pull, progress=report)
        return await backend.check()
    finally:
        await backend.aclose()


@cache_app.command("info")
def cache_info(cache_dir: CacheDirOpt = None) -> None:
    """Where the cache is, how many answers it holds and its size."""

    def body() -> None:
        settings = _settings(cache_dir=cache_dir)
        cache = ResponseCache(settings.cache_dir)
        entries, size = cache.stats()
        cache.close()
        typer.echo(f"{settings.cache_dir}: {entries} answers, {size / 1024:.1f} KiB")

    _run(body)


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Remove every cached answer."""

    def body() -> None:
        settings = _settings(cache_dir=cache_dir)
        cache = ResponseCache(settings.cache_dir)
        removed = cache.clear()
        cache.close()
        typer.echo(f"removed {removed} answers from {settings.cache_dir}")

    _run(body)


def main() -> None:
    # instructor logs every failed validation; the briefing reports what was dropped and why.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    app()
