"""``summarise daily``: the morning job, from the ``[daily]`` table of the configuration file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarise.cli.io import err, progress, run
from summarise.cli.options import BackendOptions, QuietOpt, VerboseOpt, parse_date, with_options
from summarise.cli.runs_cmd import NoLedgerOpt, keep

if TYPE_CHECKING:
    from summarise.daily import DailyResult
    from summarise.fetch.outcomes import Outcome


def _say(outcome: Outcome) -> None:
    detail = f": {outcome.reason}" if outcome.reason else ""
    err.print(f"{outcome.status:<12} {outcome.url}{detail}", highlight=False, markup=False, soft_wrap=True)


@with_options(BackendOptions)
def daily(
    sources: Annotated[
        list[str] | None,
        typer.Argument(help="Feeds, pages, OPML (default: the sources of the daily table in summarise.toml)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out-dir", "-o", help="Folder for briefings (default briefings).")
    ] = None,
    window: Annotated[
        str | None, typer.Option(help="Feed items this recent: 24h, 2d ... (default: since the last briefing).")
    ] = None,
    day: Annotated[str | None, typer.Option("--date", help="The briefing's day, YYYY-MM-DD (default today).")] = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    no_ledger: NoLedgerOpt = False,
    *,
    opts: BackendOptions,
) -> None:
    """Fetch the configured feeds and pages, brief what is new since the last run, write the day's files.

    Writes OUT/briefing-YYYY-MM-DD.{md,json,html} and OUT/index.html. Exit codes: 0 every page was fetched
    and briefed; 1 the briefing was written but some pages or articles failed; 2 a mistake in the command or
    the configuration, or a backend that cannot serve.
    """

    def body() -> DailyResult:
        from summarise import config
        from summarise.daily import DailyConfig, run_daily
        from summarise.loop import run_sync

        table = config.load().tables.get("daily", {})
        cfg = DailyConfig.from_table(table, sources=sources, out=out, window=window)
        settings = opts.settings()
        with progress(quiet, 0) as shown:
            return run_sync(
                run_daily(
                    cfg,
                    settings,
                    day=parse_date(day),
                    on_outcome=None if quiet else (_say if verbose else _say_failed),
                    on_stage=shown.stage if shown else None,
                )
            )

    started = datetime.now(UTC)
    result = run(body)
    keep(result.briefing, "daily", result.sources, result.written, started, no_ledger)
    _report(result, quiet)


def _say_failed(outcome: Outcome) -> None:
    if outcome.status == "failed":
        _say(outcome)


def _report(result: DailyResult, quiet: bool) -> None:
    failed = [a for a in result.briefing.articles if a.status == "failed"]
    for a in failed:
        err.print(f"failed {a.path}: {a.reason}", highlight=False, markup=False, soft_wrap=True)
    counts = {s: sum(o.status == s for o in result.outcomes) for s in ("fetched", "not-modified", "skipped", "failed")}
    if not quiet or failed:
        err.print(
            f"{len(result.briefing.articles) - len(failed)} of {len(result.briefing.articles)} articles briefed; "
            + ", ".join(f"{n} {s}" for s, n in counts.items() if n)
            + f" → {', '.join(str(p) for p in result.written)}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if failed:
        raise typer.Exit(1)
