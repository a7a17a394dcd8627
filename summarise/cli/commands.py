"""The commands: each parses its options and calls the Python API, nothing else."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarise.cli import batch_cmd
from summarise.cli.cache_cmd import cache_app
from summarise.cli.config_cmd import config_cmd
from summarise.cli.daily_cmd import daily
from summarise.cli.fetch_cmd import fetch as fetch_pages
from summarise.cli.io import (
    check_out,
    err,
    load_briefing,
    progress,
    pull_progress,
    run,
    show_removed,
    write_atomic,
    write_extracts,
)
from summarise.cli.options import (
    BackendOptions,
    BatchOptions,
    BriefingOptions,
    DateOpt,
    Format,
    QuietOpt,
    VerboseOpt,
    parse_date,
    with_options,
)
from summarise.cli.quality_cmd import quality_cmd
from summarise.cli.runs_cmd import NoLedgerOpt, keep, runs_app
from summarise.errors import InputError
from summarise.schemas import SCHEMAS

if TYPE_CHECKING:
    from summarise.models import Briefing
    from summarise.settings import Settings

# Each command imports what it uses when it runs (the API, the cache, the renderers): `--help` loads none of it.

app = typer.Typer(
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn news articles into one traceable daily briefing.",
    epilog="Exit codes: 0 every article was briefed; 1 the briefing was written but some articles failed "
    "(each listed with its reason); 2 a mistake in the command, or a backend that cannot serve (one line names "
    "the fix).",
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"summarise {version('summarise')}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn news articles into one traceable daily briefing.

    Exit codes: 0 every article was briefed; 1 the briefing was written but some articles failed (each
    listed with its reason); 2 a mistake in the command or a backend that cannot serve (one line names
    the fix).
    """


app.add_typer(cache_app, name="cache")
PathsArg = Annotated[
    list[Path],
    typer.Argument(help="Article files (.txt, .md, .html), folders of them, snapshot folders, or - (standard input)."),
]
NameOpt = Annotated[str, typer.Option("--name", help="The id of the article read from standard input (-).")]


def _ready(opts: BackendOptions, settings: Settings | None = None) -> Settings:
    """Settings from the flags (unless given), and the backend checked first where it asks for that (Ollama)."""
    from summarise import api

    settings = settings or opts.settings()
    with pull_progress() as report:
        api.run_sync(api.acheck(settings, pull=opts.pull, progress=report, only_if_first=True))
    return settings


def _start(written: BriefingOptions, opts: BackendOptions, settings: Settings | None = None) -> Settings:
    """Refuse a bad --out before any work, then the settings (and the backend checked where it asks)."""
    check_out(written.out)
    return _ready(opts, settings)


def _done(result: Briefing, out: Path | None, quiet: bool, explain: bool = False) -> None:
    """Say what was done; exit 1 when the briefing was written with failed articles (cron must notice)."""
    from summarise import outputs

    if explain:
        err.print(outputs.explain(result), highlight=False, markup=False, end="")
    failed = sum(a.status == "failed" for a in result.articles)
    for a in result.articles:
        if a.status == "failed":  # failures are said even with --quiet
            err.print(f"failed {a.path}: {a.reason}", highlight=False, markup=False, soft_wrap=True)
    if failed:
        err.print(
            f"{failed} of {len(result.articles)} articles failed; the briefing lists each with its reason",
            highlight=False,
            markup=False,
        )
        raise typer.Exit(1)
    if quiet:
        return
    err.print(
        f"{len(result.articles) - failed} of {len(result.articles)} articles briefed, "
        f"{result.run.model_calls} model calls, {result.run.cache_hits} cache hits" + (f" → {out}" if out else ""),
        highlight=False,
    )


@app.command()
@with_options(BatchOptions, name="batched")
@with_options(BriefingOptions, name="written")
@with_options(BackendOptions)
def brief(
    paths: PathsArg,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    name: NameOpt = "stdin",
    no_ledger: NoLedgerOpt = False,
    *,
    written: BriefingOptions,
    opts: BackendOptions,
    batched: BatchOptions,
) -> None:
    """Write the day's briefing from a set of articles."""

    def body() -> None:
        from summarise import api, outputs

        started = datetime.now(UTC)
        settings = _start(written, opts, batch_cmd.settings(batched, opts))
        fallback, previous = parse_date(written.when), load_briefing(written.since)
        reading = time.perf_counter()
        prepared = api.prepare(paths, fallback_date=fallback, stdin_name=name)
        reading = time.perf_counter() - reading
        if verbose:
            show_removed(prepared)
        with progress(quiet, len(prepared)) as shown, api.Summariser(settings) as summariser:
            if shown is not None:
                shown.line(f"read and cleaned {len(prepared)} articles in {reading:.1f} s")
            if not batch_cmd.before_briefing(summariser, prepared, batched, shown.line if shown else None):
                return
            result = summariser.brief_articles(
                prepared,
                fallback_date=fallback,
                since=previous,
                on_article=shown.article if shown else None,
                on_stage=shown.stage if shown else None,
            )
        write_atomic(written.out, outputs.render_parts(result, written.fmt.value))
        keep(result, "brief", paths, [written.out] if written.out else [], started, no_ledger)
        _done(result, written.out, quiet, written.explain or verbose)

    run(body)


@app.command()
@with_options(BackendOptions)
def extract(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json or md.")] = Format.json,
    out_dir: Annotated[
        Path | None,
        typer.Option(help="Write one ARTICLE_ID.summary.json per article here (input for `summarise merge`)."),
    ] = None,
    when: DateOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    name: NameOpt = "stdin",
    *,
    opts: BackendOptions,
) -> None:
    """Extract articles one by one: cleaned text, removed lines, metadata, events with their spans."""

    def body() -> None:
        from summarise import api

        if fmt is Format.html:
            raise InputError("extract writes --format json or md; html is for briefings (brief, merge)")
        settings = _ready(opts)
        articles = api.prepare(paths, fallback_date=parse_date(when), stdin_name=name)
        if out_dir is not None:
            check_out(out_dir / "summary.json")  # the folder is created when missing
        if verbose:
            show_removed(articles)
        with progress(quiet, len(articles)) as shown, api.Summariser(settings) as summariser:
            outcome = summariser.extract(
                articles, on_article=shown.article if shown else None, on_stage=shown.stage if shown else None
            )
        write_extracts(articles, outcome, fmt, out_dir)

    run(body)


@app.command("merge")
@with_options(BriefingOptions, name="written")
@with_options(BackendOptions)
def merge_cmd(
    paths: Annotated[list[Path], typer.Argument(help="ArticleSummary JSON files or folders of them.")],
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    *,
    written: BriefingOptions,
    opts: BackendOptions,
) -> None:
    """Build a briefing from summaries written by `summarise extract --out-dir` (no re-extraction)."""

    def body() -> None:
        from summarise import api, outputs
        from summarise.inputs import read_summaries

        settings = _start(written, opts)
        summaries = read_summaries(paths)
        result = api.merge_summaries(
            summaries, settings=settings, since=load_briefing(written.since), briefing_date=parse_date(written.when)
        )
        write_atomic(written.out, outputs.render(result, written.fmt.value))
        _done(result, written.out, quiet=quiet, explain=written.explain or verbose)

    run(body)


@app.command()
def schema(
    name: Annotated[str, typer.Argument(help=f"One of: {', '.join(SCHEMAS)}.")] = "briefing",
    write: Annotated[Path | None, typer.Option(help="Write every schema into this folder.")] = None,
) -> None:
    """Print the JSON Schema of a public model."""

    def body() -> None:
        from summarise.schemas import schema_json

        if write is not None:
            if not write.is_dir():
                raise InputError(f"--write {write} is not a folder: create it first")
            for key in SCHEMAS:
                write_atomic(write / f"{key}.schema.json", schema_json(key))
        elif name not in SCHEMAS:
            raise InputError(f"no schema {name!r}: choose one of {', '.join(SCHEMAS)}")
        else:
            write_atomic(None, schema_json(name))

    run(body)


@app.command()
@with_options(BackendOptions)
def check(*, opts: BackendOptions) -> None:
    """Check that a backend is reachable and has the model (with --pull, pull it first)."""

    def body() -> None:
        from summarise import api

        with pull_progress() as report:
            said = api.run_sync(api.acheck(opts.settings(), pull=opts.pull, progress=report))
        err.print(said, highlight=False)

    run(body)


app.command("daily")(daily)
app.command("fetch")(fetch_pages)
app.add_typer(runs_app, name="runs")
app.command("config")(config_cmd)
app.command("quality")(quality_cmd)
