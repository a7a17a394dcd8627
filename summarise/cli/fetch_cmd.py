"""``summarise fetch``: pages, feeds and OPML lists into a snapshot folder, one line per URL on stderr.

Exit 0 when every URL was fetched, unchanged or left out on purpose (robots.txt, a PDF, a duplicate);
1 when some failed (each said with its reason); 2 for a mistake in the command.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from summarise.cli.io import err, printable, run
from summarise.errors import InputError

if TYPE_CHECKING:
    from summarise.fetch import Limits, Outcome

_MARK = {"fetched": "fetched", "not-modified": "unchanged", "skipped": "skipped", "failed": "FAILED"}


def _say(outcome: Outcome) -> None:
    line = f"{_MARK[outcome.status]:<9} {outcome.url}"
    if outcome.reason:
        line += f"  {outcome.reason}"
    if outcome.note:
        line += f"  ({outcome.note})"
    err.print(printable(line), highlight=False, markup=False, soft_wrap=True)


def _limits(timeout: float, per_host: int, max_mb: float) -> Limits:
    from summarise.fetch import Limits

    if timeout <= 0 or per_host < 1 or max_mb <= 0:
        raise InputError("--timeout and --max-mb must be above zero and --per-host at least 1")
    return Limits(deadline=timeout, read=min(timeout, Limits.read), per_host=per_host, max_bytes=int(max_mb * 2**20))


def _summary(outcomes: list[Outcome], snapshots: Path) -> str:
    counts = Counter(o.status for o in outcomes)
    pages = sum(o.kind == "page" and o.status in ("fetched", "not-modified") for o in outcomes)
    parts = [f"{counts[s]} {s.replace('-', ' ')}" for s in ("fetched", "not-modified", "skipped", "failed")]
    kept = f"{pages} page{'' if pages == 1 else 's'} kept in {snapshots}"
    return f"{', '.join(parts)}; {kept} (brief them: summarise brief {snapshots})"


def fetch(
    sources: Annotated[list[str], typer.Argument(help="Page, RSS, Atom, JSON Feed or OPML URLs, or OPML files.")],
    snapshots: Annotated[Path, typer.Option("--snapshots", "-s", help="Folder the pages are kept in.")],
    window: Annotated[
        str, typer.Option(help="Feed items published within this long ago: 24h, 90m, 2d, 1w, or all.")
    ] = "24h",
    timeout: Annotated[float, typer.Option(help="Seconds one URL may take, redirects and body included.")] = 60.0,
    per_host: Annotated[int, typer.Option(help="Requests to one host at once.")] = 2,
    max_mb: Annotated[float, typer.Option(help="Largest page kept, in MB.")] = 5.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Nothing on stderr but failures and the summary.")
    ] = False,
) -> None:
    """Fetch pages and feeds into a snapshot folder, politely (robots.txt, per-host limits, conditional requests).

    Exit codes: 0 every URL fetched, unchanged or left out on purpose; 1 some failed, each with its reason; 2 a mistake.
    """

    def body() -> list[Outcome]:
        limits = _limits(timeout, per_host, max_mb)
        from summarise import fetch as fetching
        from summarise.loop import run_sync

        span = fetching.parse_window(window)
        shown = (lambda o: _say(o) if o.status == "failed" else None) if quiet else _say
        return run_sync(fetching.fetch(sources, snapshots, span, limits=limits, on_outcome=shown))

    outcomes = run(body)
    err.print(printable(_summary(outcomes, snapshots)), highlight=False, markup=False, soft_wrap=True)
    if not all(o.ok for o in outcomes):
        raise typer.Exit(1)
