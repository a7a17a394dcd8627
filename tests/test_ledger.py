"""The run ledger: what a run leaves behind, read back; two writers at once; a damaged ledger never sinks a
briefing; `summarise runs` and `runs show`; and no secret ever stored."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarise import ledger
from summarise.cli import app
from summarise.errors import LedgerError
from summarise.models import ArticleStatus, Briefing, RunRecord, Statement

from .conftest import SEEDS
from .standin import StandIn

runner = CliRunner()
ONE = SEEDS / "003_46faeb6b32940052.txt"
TWO = [ONE, SEEDS / "004_1618ca9304753086.txt"]
STARTED = datetime(2025, 7, 9, 6, 0, 5, tzinfo=UTC)


def _briefing(tag: str = "a", *, url: str | None = None, reason: str = "the model answered nothing usable") -> Briefing:
    articles = [
        ArticleStatus(
            article_id=f"{tag}-1", path=f"/news/{tag}-1.txt", title="Floods close the port", outlet="Coast Daily",
            status="ok", events=2, dropped=1, url=url,
        ),
        ArticleStatus(article_id=f"{tag}-2", path=f"/news/{tag}-2.html", status="failed", reason=reason),
    ]  # fmt: skip
    run = RunRecord(
        backend="openai", model="qwen2.5:7b", model_calls=3, cache_hits=1, prompt_tokens=900, completion_tokens=120,
        wall_seconds=4.25, stage_seconds={"extract": 3.5, "overview": 0.75}, judge="used",
    )  # fmt: skip
    headline = Statement(text="Floods close the port", event_ids=["E1"])
    return Briefing(date=date(2025, 7, 9), headline=headline, articles=articles, run=run)


def _record(db: Path, briefing: Briefing | None = None, **kw: Any) -> int:
    given: dict[str, Any] = {"inputs": ["/news"], "outputs": ["/out/b.md"], "command": "brief", "started": STARTED}
    return ledger.record(briefing or _briefing(), db=db, **(given | kw))


def _brief(server: StandIn, tmp_path: Path, *extra: str, paths: list[Path] = TWO) -> Any:
    args = ["brief", *map(str, paths), "--model", "openai:standin", "--base-url", server.base_url]
    common = ["--context-window", "8192", "--cache-dir", str(tmp_path / "cache"), "-q", "--retries", "0"]
    return runner.invoke(app, [*args, *common, *extra])


def _one_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    assert len(lines) == 1 and "Traceback" not in text, text
    return lines[0]


# ------------------------------------------------------------------ the module


def test_record_and_read_back(tmp_path: Path) -> None:
    db = tmp_path / "deeper" / "ledger.db"
    first = _record(db)
    second = _record(db, _briefing("b"), command="merge", started=STARTED + timedelta(hours=24))
    assert (first, second) == (1, 2)

    runs = ledger.recent(10, db)
    assert [r["id"] for r in runs] == [2, 1] and [r["command"] for r in runs] == ["merge", "brief"]
    run = runs[1]
    assert run["started"] == "2025-07-09T06:00:05+00:00" and run["finished"] >= run["started"]
    assert (run["inputs"], run["outputs"], run["briefing_date"]) == (["/news"], ["/out/b.md"], "2025-07-09")
    assert (run["backend"], run["model"], run["model_calls"], run["cache_hits"]) == ("openai", "qwen2.5:7b", 3, 1)
    assert (run["prompt_tokens"], run["completion_tokens"], run["wall_seconds"]) == (900, 120, 4.25)
    assert run["stage_seconds"] == {"extract": 3.5, "overview": 0.75} and run["judge"] == "used"
    assert (run["articles_ok"], run["articles_failed"]) == (1, 1)
    assert [r["id"] for r in ledger.recent(1, db)] == [2]

    shown = ledger.show(1, db)
    ok, failed = shown["articles"]
    assert (ok["status"], ok["events"], ok["dropped"], ok["outlet"]) == ("ok", 2, 1, "Coast Daily")
    assert (ok["title"], ok["path"], ok["article_id"]) == ("Floods close the port", "/news/a-1.txt", "a-1")
    assert (failed["status"], failed["reason"], failed["title"]) == (
        "failed",
        "the model answered nothing usable",
        None,
    )
    with pytest.raises(LedgerError, match=r"no run 3 in the ledger .*summarise runs"):
        ledger.show(3, db)


def test_schema_is_versioned_and_journal_is_wal(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _record(db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(ledger.MIGRATIONS) >= 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        conn.execute(f"PRAGMA user_version = {len(ledger.MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(LedgerError, match="newer than this summarise reads"):
        _record(db)


def test_where_the_ledger_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ledger.location() == tmp_path / "ledger.db"  # tests/conftest.py: never the user's own ledger
    monkeypatch.delenv("SUMMARISE_LEDGER")
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert ledger.location() == Path.home() / ".local" / "share" / "summarise" / "ledger.db"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert ledger.location() == tmp_path / "data" / "summarise" / "ledger.db"
    for off in ("off", "OFF", "no", "0"):
        monkeypatch.setenv("SUMMARISE_LEDGER", off)
        assert ledger.location() is None
        assert ledger.location(tmp_path / "given.db") == tmp_path / "given.db"
    with pytest.raises(LedgerError, match="turned off"):
        ledger.recent()


def test_nothing_recorded_yet_reads_as_empty(tmp_path: Path) -> None:
    assert ledger.recent(5, tmp_path / "none.db") == []
    assert not (tmp_path / "none.db").exists()  # reading does not create a ledger


def _writer(db: str, tag: str, runs: int, barrier: Any) -> None:
    barrier.wait()
    for n in range(runs):
        _record(Path(db), _briefing(f"{tag}{n}"), command=f"brief-{tag}")


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"  # a fresh file: both also race to create the schema
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2)
    workers = [spawn.Process(target=_writer, args=(str(db), tag, 25, barrier)) for tag in ("x", "y")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    runs = ledger.recent(100, db)
    assert len(runs) == 50 and sorted(r["id"] for r in runs) == list(range(1, 51))
    assert sum(r["command"] == "brief-x" for r in runs) == sum(r["command"] == "brief-y" for r in runs) == 25
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 100
    conn.close()


def test_urls_keep_what_is_not_secret() -> None:
    url = "https://bob:hunter2@News.example:8443/a/b?id=5&api_key=K1&Token=T2&X-Amz-Signature=S3&page=2#frag"
    assert ledger.safe_url(url) == "https://News.example:8443/a/b?id=5&page=2#frag"
    assert ledger.safe_url("https://x.example/cb#access_token=T4&state=ok") == "https://x.example/cb#state=ok"
    assert ledger.safe_url("https://x.example/plain") == "https://x.example/plain"
    said = ledger.clean_text("GET https://u:p@h.example/?sig=Q1 failed; Authorization: Bearer abc.def; api_key=x")
    assert said == "GET https://h.example/ failed; [redacted]; [redacted]"
    assert ledger.clean_text("sent Bearer abc.def and sk-abcdef123") == "sent [redacted] and [redacted]"


# ------------------------------------------------------------------ the CLI


def test_runs_and_runs_show(tmp_path: Path) -> None:
    with StandIn() as server:
        assert _brief(server, tmp_path, "-o", str(tmp_path / "b.md")).exit_code == 0
        assert _brief(server, tmp_path, paths=[ONE]).exit_code == 0  # to standard output

    listed = runner.invoke(app, ["runs"])
    assert listed.exit_code == 0, listed.output
    header, newest, oldest = listed.stdout.splitlines()
    assert header.split() == ["ID", "STARTED", "COMMAND", "OK", "FAILED", "CALLS", "CACHED", "WALL", "OUTPUTS"]
    assert newest.split()[0] == "2" and newest.split()[3:6] == ["brief", "1", "0"] and newest.endswith("-")
    assert (
        oldest.split()[0] == "1" and oldest.split()[3:5] == ["brief", "2"] and oldest.endswith(str(tmp_path / "b.md"))
    )

    as_json = json.loads(runner.invoke(app, ["runs", "--json", "--limit", "1"]).stdout)
    assert [r["id"] for r in as_json] == [2] and as_json[0]["inputs"] == [str(ONE)] and as_json[0]["cache_hits"] >= 1

    shown = runner.invoke(app, ["runs", "show", "1"])
    assert shown.exit_code == 0, shown.output
    assert "articles  2 ok, 0 failed" in shown.stdout and "model     standin (openai)" in shown.stdout
    assert str(TWO[0]) in shown.stdout and str(TWO[1]) in shown.stdout and "Hindustan Times" in shown.stdout
    articles = json.loads(runner.invoke(app, ["runs", "show", "1", "--json"]).stdout)["articles"]
    assert [a["path"] for a in articles] == [str(p) for p in TWO] and {a["status"] for a in articles} == {"ok"}


def test_runs_say_one_line_for_what_they_cannot_show(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = runner.invoke(app, ["runs"])
    assert empty.exit_code == 0 and empty.stdout == "" and "no runs recorded in" in empty.stderr
    _record(tmp_path / "ledger.db")
    unknown = runner.invoke(app, ["runs", "show", "7"])
    assert unknown.exit_code == 2 and "no run 7 in the ledger" in _one_line(unknown.output)
    not_a_number = runner.invoke(app, ["runs", "show", "seven"])
    assert not_a_number.exit_code == 2 and "'seven' is not a number" in _one_line(not_a_number.output)
    (tmp_path / "bad.db").write_bytes(b"this is no database\n" * 300)
    for args in (
        ["runs", "--ledger", str(tmp_path / "bad.db")],
        ["runs", "show", "1", "--ledger", str(tmp_path / "bad.db")],
    ):
        damaged = runner.invoke(app, args)
        line = _one_line(damaged.output)
        assert damaged.exit_code == 2 and line.startswith("error: ledger") and "not a database" in line
    monkeypatch.setenv("SUMMARISE_LEDGER", "off")
    off = runner.invoke(app, ["runs"])
    assert off.exit_code == 2 and "turned off" in _one_line(off.output)


def _without_timing(markdown: str) -> str:
    return markdown.partition("## Run")[0]


def test_a_damaged_ledger_never_fails_the_brief(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with StandIn() as server:
        for fault, code in ((None, 0), ("500", 1)):  # a clean run, and one whose every article fails
            server.set_fault(fault)
            monkeypatch.setenv("SUMMARISE_LEDGER", "off")
            baseline = _brief(server, tmp_path, "--no-cache")
            assert baseline.exit_code == code, baseline.output
            for where in (damaged, blocked / "ledger.db"):
                monkeypatch.setenv("SUMMARISE_LEDGER", str(where))
                result = _brief(server, tmp_path, "--no-cache")
                warned = [ln for ln in result.stderr.splitlines() if "not recorded" in ln]
                assert result.exit_code == code, result.output
                assert _without_timing(result.stdout) == _without_timing(baseline.stdout)
                assert len(warned) == 1 and str(where) in warned[0] and "SUMMARISE_LEDGER" in warned[0]
                assert "Traceback" not in result.output
    assert damaged.read_bytes().startswith(b"SQLite format 3\x00\xff")  # left for the user to look at


def test_no_ledger_and_off_record_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with StandIn() as server:
        assert _brief(server, tmp_path, "--no-ledger").exit_code == 0
        assert not (tmp_path / "ledger.db").exists()
        monkeypatch.setenv("SUMMARISE_LEDGER", "off")
        assert _brief(server, tmp_path).exit_code == 0
        assert not (tmp_path / "ledger.db").exists()
        monkeypatch.setenv("SUMMARISE_LEDGER", str(tmp_path / "ledger.db"))
        assert _brief(server, tmp_path).exit_code == 0
    assert [r["id"] for r in ledger.recent()] == [1]


PLANTED = ["sk-planted-0123456789", "pw-planted-55", "tok-planted-66", "sig-planted-77", "bearer-planted-88"]


def _everything_stored(db: Path) -> str:
    """Every row as SQL, and the raw bytes of the database and its journal, as one text."""
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    conn.close()
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    return dump + raw.decode("utf-8", "replace")


def test_secrets_are_never_stored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARISE_API_KEY", PLANTED[0])
    monkeypatch.setenv("OPENAI_API_KEY", PLANTED[0])
    with StandIn() as server:
        url = server.base_url.replace("http://", f"http://alice:{PLANTED[1]}@")
        result = _brief(server, tmp_path, "--api-key", PLANTED[0], "--base-url", url, "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 0, result.output
    assert server.chat_requests  # the key and the credentials in the URL were really used

    page = f"https://carol:{PLANTED[1]}@news.example/story?id=5&access_token={PLANTED[2]}&X-Amz-Signature={PLANTED[3]}"
    reason = f"{page} answered 401 (Authorization: Bearer {PLANTED[4]}; key {PLANTED[0]})"
    leaky = _briefing(url=page, reason=reason)
    leaky.articles[1].path = page
    _record(tmp_path / "ledger.db", leaky, inputs=[page], outputs=[page], command=f"brief {page}")

    stored = _everything_stored(tmp_path / "ledger.db")
    assert "https://news.example/story?id=5" in stored and "answered 401" in stored  # the rest is kept
    for secret in PLANTED:
        assert secret not in stored, secret
    assert len(ledger.recent()) == 2
