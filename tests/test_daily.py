"""The daily job: fetch, brief, write the day's files and the index, compare with the day before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app

from .standin import StandIn
from .webstand import WebStand

runner = CliRunner()


def _daily(args: list[str], model: StandIn, tmp_path: Path) -> object:
    common = ["--model", "openai:standin", "--base-url", model.base_url, "--context-window", "8192"]
    common += ["--cache-dir", str(tmp_path / "cache"), "--window", "all"]
    return runner.invoke(app, ["daily", *args, *common])


def test_two_mornings_write_each_day_mark_changes_and_fetch_only_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "briefings"
    with WebStand() as web, StandIn() as model:
        feed = web.url("meridian", "/rss.xml")
        first = _daily([feed, "-o", str(out), "--date", "2025-07-09"], model, tmp_path)
        downloads = sum(1 for r in web.requests if r.status == 200 and r.path.endswith(".html"))
        seen = len(web.requests)
        second = _daily([feed, "-o", str(out), "--date", "2025-07-10"], model, tmp_path)
        again = [r for r in web.requests[seen:] if r.path.endswith("tarsia-quake.html")]
    assert first.exit_code in (0, 1) and second.exit_code == first.exit_code, first.output + second.output
    for day in ("2025-07-09", "2025-07-10"):
        for fmt in ("md", "json", "html"):
            assert (out / f"briefing-{day}.{fmt}").is_file()
    index = (out / "index.html").read_text()
    assert index.index("2025-07-10") < index.index("2025-07-09") and 'href="briefing-2025-07-09.html"' in index
    day1 = json.loads((out / "briefing-2025-07-09.json").read_text())
    day2 = json.loads((out / "briefing-2025-07-10.json").read_text())
    assert day1["date"] == "2025-07-09" and day2["date"] == "2025-07-10"
    assert all(e["change"] == "unchanged" for e in day2["events"]) and day2["events"]
    assert all(e["change"] is None for e in day1["events"])
    assert downloads >= 2 and again and all(r.status == 304 for r in again)  # asked, not downloaded again
    skipped = [a for a in day1["articles"] if a["status"] == "failed"]
    assert all(a["reason"].startswith("not fetched: ") for a in skipped if a["article_id"].startswith("fetch-"))
    assert "report.pdf" not in json.dumps(day1["articles"])  # left out on purpose: not a failure


def test_the_daily_table_of_the_configuration_file_names_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SUMMARISE_CONFIG")
    monkeypatch.chdir(tmp_path)
    with WebStand() as web, StandIn() as model:
        (tmp_path / "summarise.toml").write_text(
            f'[daily]\nsources = ["{web.url("kestrel", "/dates.xml")}"]\nout = "days"\nformats = ["md"]\n'
        )
        result = _daily(["--date", "2025-07-09"], model, tmp_path)
    assert result.exit_code in (0, 1), result.output
    assert (tmp_path / "days" / "briefing-2025-07-09.md").is_file()
    assert (tmp_path / "days" / "briefing-2025-07-09.json").is_file()  # kept: tomorrow compares against it


def test_no_sources_and_nothing_fetched_are_one_line_each(tmp_path: Path) -> None:
    with StandIn() as model:
        none = _daily(["-o", str(tmp_path / "b")], model, tmp_path)
        dead = _daily(["http://127.0.0.1:9/feed.xml", "-o", str(tmp_path / "b")], model, tmp_path)
    assert none.exit_code == 2 and "no sources" in none.output and "Traceback" not in none.output
    assert dead.exit_code == 2 and "no page could be fetched" in dead.output
    assert not list((tmp_path / "b").glob("briefing-*"))  # nothing half-written


def test_a_daily_run_is_recorded_in_the_ledger(tmp_path: Path) -> None:
    from summarise import ledger

    with WebStand() as web, StandIn() as model:
        result = _daily(
            [web.url("kestrel", "/dates.xml"), "-o", str(tmp_path / "b"), "--date", "2025-07-09"], model, tmp_path
        )
    assert result.exit_code in (0, 1), result.output
    last = ledger.recent(1)[0]
    assert last["command"] == "daily" and any("dates.xml" in i for i in last["inputs"])
