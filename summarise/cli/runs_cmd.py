"""``summarise runs``: past runs from the ledger, as a table or JSON; and ``keep``, which records a brief there.

summarise runs [--limit N] [--json]     recent runs, newest first
summarise runs show ID [--json]         one run and its articles

Exit 2 with one line for an unknown id, a ledger that cannot be read, or a ledger turned off. Text read
back from the ledger (titles, outlets, paths) is shown with control characters escaped, never interpreted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from summarise.cli.io import err, printable, run
from summarise.errors import LedgerError

if TYPE_CHECKING:
    from summarise.models import Briefing


def _ledger() -> Any:
    """The ledger module, imported when a command uses it (it brings the models; ``--help`` needs neither)."""
    from summarise import ledger

    return ledger


runs_app = typer.Typer(invoke_without_command=True)
LedgerOpt = Annotated[
    Path | None,
    typer.Option("--ledger", help="The ledger file (default SUMMARISE_LEDGER, else ~/.local/share/summarise)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="JSON on standard output, for programs.")]
NoLedgerOpt = Annotated[
    bool, typer.Option("--no-ledger", help="Do not record this run in the ledger (or set SUMMARISE_LEDGER=off).")
]
TITLE_WIDTH = 60


def keep(
    briefing: Briefing,
    command: str,
    inputs: Sequence[Path | str],
    outputs: Sequence[Path],
    started: datetime,
    off: bool,
) -> None:
    """Record a finished run; a ledger that cannot take it is said in one line on stderr, and the run goes on.
    Inputs are paths (stored absolute) or URLs; no output is standard output (stored as ``-``)."""
    if off or _ledger().location() is None:
        return
    try:
        _ledger().record(
            briefing,
            inputs=[str(p.absolute()) if isinstance(p, Path) else p for p in inputs],
            outputs=[str(p.absolute()) for p in outputs] or ["-"],
            command=command,
            started=started,
        )
    except LedgerError as exc:
        err.print(printable(f"warning: run not recorded: {exc}"), highlight=False, markup=False, soft_wrap=True)


def _when(stamp: str) -> str:
    """A stored UTC time in the local time zone, to the second."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except (TypeError, ValueError):
        return str(stamp)


def _clip(text: str | None, width: int) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _joined(values: Any) -> str:
    return ", ".join(map(str, values)) if isinstance(values, list) else str(values)


def _table(header: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; every cell made printable first."""
    cells = [[printable(str(c)) for c in row] for row in [header, *rows]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return "".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n" for row in cells)


def runs_table(runs: list[dict[str, Any]]) -> str:
    header = ["ID", "STARTED", "COMMAND", "OK", "FAILED", "CALLS", "CACHED", "WALL", "OUTPUTS"]
    rows = [
        [
            str(r["id"]),
            _when(r["started"]),
            r["command"],
            str(r["articles_ok"]),
            str(r["articles_failed"]),
            str(r["model_calls"]),
            str(r["cache_hits"]),
            f"{r['wall_seconds']:.1f}s",
            _joined(r["outputs"]),
        ]
        for r in runs
    ]
    return _table(header, rows)


def _facts(r: dict[str, Any]) -> list[tuple[str, str]]:
    stages = r["stage_seconds"] if isinstance(r["stage_seconds"], dict) else {}
    spent = ", ".join(f"{name} {seconds:.1f}" for name, seconds in stages.items())
    return [
        ("run", str(r["id"])),
        ("started", _when(r["started"])),
        ("finished", _when(r["finished"])),
        ("command", f"{r['command']} (summarise {r['version']})"),
        ("inputs", _joined(r["inputs"])),
        ("outputs", _joined(r["outputs"])),
        ("briefing", f"{r['briefing_date']}, {r['events']} events"),
        ("model", f"{r['model']} ({r['backend']})"),
        ("calls", f"{r['model_calls']} model calls, {r['cache_hits']} cache hits"),
        ("tokens", f"{r['prompt_tokens']} prompt, {r['completion_tokens']} completion"),
        ("wall", f"{r['wall_seconds']:.1f} s" + (f" ({spent})" if spent else "")),
        ("judge", r["judge"]),
        ("articles", f"{r['articles_ok']} ok, {r['articles_failed']} failed"),
    ]


def run_text(r: dict[str, Any]) -> str:
    """One run: its facts, then a table of its articles (a failed one with its reason)."""
    facts = "".join(printable(f"{key:<9} {value}") + "\n" for key, value in _facts(r))
    header = ["#", "STATUS", "EVENTS", "DROPPED", "OUTLET", "TITLE", "PATH", "REASON"]
    rows = [
        [
            str(a["position"] + 1),
            a["status"],
            str(a["events"]),
            str(a["dropped"]),
            a["outlet"] or "",
            _clip(a["title"], TITLE_WIDTH),
            a["url"] or a["path"],
            a["reason"] or "",
        ]
        for a in r["articles"]
    ]
    return facts + "\n" + _table(header, rows)


def _number(run_id: str) -> int:
    if not run_id.isdigit():
        raise LedgerError(f"run id {run_id!r} is not a number: `summarise runs` lists the ids")
    return int(run_id)


@runs_app.callback()
def runs(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many runs, newest first.")] = 20,
    as_json: JsonOpt = False,
    db: LedgerOpt = None,
) -> None:
    """Past runs from the ledger, newest first: when, command, articles ok and failed, calls, outputs.

    `summarise runs show ID` shows one run and each of its articles.
    """
    if ctx.invoked_subcommand is not None:
        return
    found = run(lambda: _ledger().recent(limit, db))
    if as_json:
        typer.echo(json.dumps(found, indent=2, ensure_ascii=False))
    elif found:
        typer.echo(runs_table(found), nl=False)
    else:
        err.print(printable(f"no runs recorded in {_ledger().location(db)}"), highlight=False, markup=False)


@runs_app.command("show")
def show(
    run_id: Annotated[str, typer.Argument(metavar="ID", help="A run's id, as `summarise runs` lists it.")],
    as_json: JsonOpt = False,
    db: LedgerOpt = None,
) -> None:
    """Show one run: its times, inputs, outputs, backend, calls and tokens, and each article's status."""
    found = run(lambda: _ledger().show(_number(run_id), db))
    typer.echo(json.dumps(found, indent=2, ensure_ascii=False) if as_json else run_text(found), nl=as_json)
