"""The run ledger: one SQLite row per run and one per article, so that unattended runs can be looked back on.

Where: the ``db`` argument when given, else ``SUMMARISE_LEDGER`` (``off`` turns the ledger off), else
``$XDG_DATA_HOME/summarise/ledger.db`` (``~/.local/share/summarise/ledger.db`` when XDG_DATA_HOME is unset).

What a run holds: start and finish times, the command, inputs and outputs, the summarise version, backend,
model, model calls, cache hits, tokens, wall and per-stage seconds, the judge, and counts of articles ok and
failed; each article its status, reason, events, dropped items, outlet, title, path and URL.

What it never holds: settings (it is never given them, so no API key), headers, the ``user:password@`` part of
a URL, or URL parameters named like a key, token, secret or signature. Every text stored passes ``clean_text``,
which removes those from every URL it contains and redacts bearer tokens and ``sk-`` keys.

Two writers at once (two cron jobs) are serialised by SQLite: the WAL journal, a busy timeout, and one
``BEGIN IMMEDIATE`` transaction per run (the schema is created the same way, so two first runs do not race).
The schema carries its version in ``PRAGMA user_version``; ``MIGRATIONS[n]`` brings version n to n + 1.
Every failure is a ``LedgerError`` of one line naming the fix; the CLI reports it and the briefing goes on.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from summarise.errors import LedgerError
from summarise.models import ArticleStatus, Briefing
from summarise.redact import clean_text, safe_url

Row = dict[str, Any]
OFF = ("off", "no", "none", "false", "0")
BUSY_SECONDS = 15.0
FIX = "move it aside or set SUMMARISE_LEDGER to another file (or to off)"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL, finished TEXT NOT NULL, command TEXT NOT NULL, version TEXT NOT NULL,
            inputs TEXT NOT NULL, outputs TEXT NOT NULL, briefing_date TEXT, backend TEXT NOT NULL,
            model TEXT NOT NULL, model_calls INTEGER NOT NULL, cache_hits INTEGER NOT NULL,
            prompt_tokens INTEGER NOT NULL, completion_tokens INTEGER NOT NULL, wall_seconds REAL NOT NULL,
            stage_seconds TEXT NOT NULL, judge TEXT NOT NULL, articles_ok INTEGER NOT NULL,
            articles_failed INTEGER NOT NULL, events INTEGER NOT NULL)""",
        """CREATE TABLE articles (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE, position INTEGER NOT NULL,
            article_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, events INTEGER NOT NULL,
            dropped INTEGER NOT NULL, outlet TEXT, title TEXT, path TEXT NOT NULL, url TEXT,
            PRIMARY KEY (run_id, position))""",
        "CREATE INDEX runs_started ON runs(started)",
    ),
)
_JSON_COLUMNS = ("inputs", "outputs", "stage_seconds")


def location(db: Path | None = None) -> Path | None:
    """The ledger file: ``db``, else ``SUMMARISE_LEDGER``, else the XDG data folder; None when turned off."""
    if db is not None:
        return db
    given = os.environ.get("SUMMARISE_LEDGER", "").strip()
    if given.lower() in OFF:
        return None
    if given:
        return Path(given).expanduser()
    data = os.environ.get("XDG_DATA_HOME", "")
    base = Path(data) if data and Path(data).is_absolute() else Path.home() / ".local" / "share"
    return base / "summarise" / "ledger.db"


def _maybe(text: str | None) -> str | None:
    return None if text is None else clean_text(text)


def _failure(path: Path, exc: BaseException) -> LedgerError:
    """One line: which ledger, what went wrong, and what to do about it."""
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
    return LedgerError(f"ledger {path}: {reason}: {FIX}")


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once so concurrent writers queue on the busy timeout, not deadlock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise
    conn.execute("COMMIT")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to the current version (under a write lock, so two first runs do not race)."""
    current = len(MIGRATIONS)
    if conn.execute("PRAGMA user_version").fetchone()[0] == current:
        return
    with _transaction(conn):
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > current:
            raise LedgerError(f"ledger {path} has schema {found}, newer than this summarise reads: upgrade, or {FIX}")
        for statements in MIGRATIONS[found:]:
            for statement in statements:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {current}")


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to the WAL journal. The switch needs the file to itself and SQLite does not wait for that on
    its busy timeout, so a writer that meets another one here waits and tries again."""
    for _ in range(int(BUSY_SECONDS / 0.05)):
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            time.sleep(0.05)
    conn.execute("PRAGMA journal_mode = WAL")


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """An open ledger with the current schema; any SQLite or file error becomes one LedgerError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_SECONDS, isolation_level=None)  # timeout: SQLite's busy timeout
    except (OSError, sqlite3.Error) as exc:
        raise _failure(path, exc) from None
    try:
        conn.row_factory = sqlite3.Row
        _wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn, path)
        yield conn
    except (OSError, sqlite3.Error) as exc:
        raise _failure(path, exc) from None
    finally:
        conn.close()


def _required(db: Path | None) -> Path:
    path = location(db)
    if path is None:
        raise LedgerError("the ledger is turned off (SUMMARISE_LEDGER=off): unset it, or name a ledger file")
    return path


def _stamp(moment: datetime) -> str:
    """ISO 8601 in UTC, to the second (a naive time is taken as local time)."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _version() -> str:
    try:
        return version("summarise")
    except PackageNotFoundError:
        return "unknown"


def _run_row(briefing: Briefing, inputs: list[str], outputs: list[str], command: str, started: datetime) -> Row:
    run = briefing.run
    failed = sum(a.status == "failed" for a in briefing.articles)
    return {
        "started": _stamp(started),
        "finished": _stamp(datetime.now(UTC)),
        "command": clean_text(command),
        "version": _version(),
        "inputs": json.dumps([clean_text(i) for i in inputs], ensure_ascii=False),
        "outputs": json.dumps([clean_text(o) for o in outputs], ensure_ascii=False),
        "briefing_date": briefing.date.isoformat(),
        "backend": clean_text(run.backend),
        "model": clean_text(run.model),
        "model_calls": run.model_calls,
        "cache_hits": run.cache_hits,
        "prompt_tokens": run.prompt_tokens,
        "completion_tokens": run.completion_tokens,
        "wall_seconds": run.wall_seconds,
        "stage_seconds": json.dumps(run.stage_seconds),
        "judge": run.judge,
        "articles_ok": len(briefing.articles) - failed,
        "articles_failed": failed,
        "events": len(briefing.events),
    }


def _article_row(run_id: int, position: int, article: ArticleStatus) -> Row:
    return {
        "run_id": run_id,
        "position": position,
        "article_id": clean_text(article.article_id),
        "status": article.status,
        "reason": _maybe(article.reason),
        "events": article.events,
        "dropped": article.dropped,
        "outlet": _maybe(article.outlet),
        "title": _maybe(article.title),
        "path": clean_text(article.path),
        "url": _maybe(article.url),
    }


def _insert(conn: sqlite3.Connection, table: str, row: Row) -> int:
    names = ", ".join(row)  # our own column names, never data
    cursor = conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in row)})", row)
    return int(cursor.lastrowid or 0)


def record(
    briefing: Briefing,
    *,
    inputs: list[str],
    outputs: list[str],
    command: str,
    started: datetime,
    db: Path | None = None,
) -> int:
    """Keep one run and its articles in one transaction; returns the run's id. Raises LedgerError only."""
    path = _required(db)
    with _connect(path) as conn, _transaction(conn):
        run_id = _insert(conn, "runs", _run_row(briefing, inputs, outputs, command, started))
        for position, article in enumerate(briefing.articles):
            _insert(conn, "articles", _article_row(run_id, position, article))
    return run_id


def _plain(row: sqlite3.Row) -> dict[str, Any]:
    """A row as a dict, its JSON columns decoded (a damaged one is left as the text it holds)."""
    data = dict(row)
    for column in _JSON_COLUMNS:
        if column in data:
            try:
                data[column] = json.loads(data[column])
            except (TypeError, ValueError):
                pass
    return data


def recent(limit: int = 20, db: Path | None = None) -> list[dict[str, Any]]:
    """The latest ``limit`` runs, newest first, as plain dicts (no ledger yet: an empty list)."""
    path = _required(db)
    if not path.exists():
        return []
    with _connect(path) as conn:
        rows = conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (max(limit, 0),)).fetchall()
    return [_plain(r) for r in rows]


def show(run_id: int, db: Path | None = None) -> dict[str, Any]:
    """One run as a plain dict, with ``articles``: its articles in input order."""
    path = _required(db)
    found: dict[str, Any] | None = None
    if path.exists():
        with _connect(path) as conn:
            row = conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
            if row is not None:
                found = _plain(row)
                articles = conn.execute("SELECT * FROM articles WHERE run_id = ? ORDER BY position", (run_id,))
                found["articles"] = [_plain(a) for a in articles.fetchall()]
    if found is None:
        raise LedgerError(f"no run {run_id} in the ledger {path}: `summarise runs` lists the runs it holds")
    return found


__all__ = ["MIGRATIONS", "clean_text", "location", "recent", "record", "safe_url", "show"]
