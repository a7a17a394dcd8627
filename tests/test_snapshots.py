"""Snapshots read back offline: a briefing re-made from the kept pages alone, with their URLs and site names."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise import ScriptedBackend
from summarise.cli import app
from summarise.errors import InputError
from summarise.fetch import fetch
from summarise.inputs import kind_of, read
from summarise.inputs.decode import decode
from summarise.inputs.snapshots import INDEX, read_index, read_record

from .factories import brief_with, quote_first_sentence
from .standin import StandIn
from .webstand import WebStand

NOW = datetime(2025, 7, 9, 18, 0, tzinfo=UTC)
runner = CliRunner()


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A snapshot folder of three feeds' pages; the sites are gone by the time a test reads it."""
    folder = tmp_path_factory.mktemp("snapshots")
    with WebStand() as web:
        feeds = [
            web.url("meridian", "/rss.xml"),
            web.url("tarsia-post", "/news.atom"),
            web.url("kestrel", "/dates.xml"),
        ]
        asyncio.run(fetch(feeds, folder, timedelta(hours=24), now=NOW))
        urls = {
            "quake": web.url("meridian", "/2025/07/09/tarsia-quake.html"),
            "copy": web.url("tarsia-post", "/wire/quake-shakes-northern-tarsia.html"),
            "ferry": web.url("kestrel", "/stories/ferry-timetable.html"),
            "stalls": web.url("kestrel", "/stories/market-stalls.html"),
        }
    return folder, urls


def test_a_snapshot_folder_is_its_own_kind_of_input(kept: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, _ = kept
    assert kind_of(folder) == "snapshots" and kind_of(folder / INDEX) == "snapshots"
    assert kind_of(tmp_path) == "files"
    with pytest.raises(InputError, match="summarise fetch URL --snapshots DIR"):
        kind_of(Path("https://news.example.org/story.html"))


def test_articles_keep_their_url_site_and_dates(kept: tuple[Path, dict[str, str]]) -> None:
    folder, urls = kept
    articles = {a.path: a for a in read([folder])}
    assert len(articles) == len(read_index(folder).pages) == 7
    quake = articles[urls["quake"]]
    assert quake.hints["url"] == urls["quake"] and quake.hints["outlet"] == "Meridian Wire"
    assert quake.hints["date"] == "2025-07-09" and "magnitude 6.2 earthquake" in quake.text
    assert articles[urls["copy"]].hints["outlet"] == "The Tarsia Post"
    ferry = articles[urls["ferry"]]  # no site name or date on the page: the feed's title and its "3 hours ago"
    assert ferry.hints["outlet"] == "Kestrel Daily: around the valley" and ferry.hints["feed_date"] == "2025-07-09"
    assert "date" not in ferry.hints
    assert "could not be read" in articles[urls["stalls"]].hints["feed_note"]
    assert all(a.file_time is not None and a.article_id.startswith("127-0-0-1-") for a in articles.values())


def test_a_briefing_is_made_again_offline_from_the_snapshots(kept: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, urls = kept
    backend = ScriptedBackend(quote_first_sentence, script="snapshots-offline")
    briefing = brief_with(tmp_path, backend, [folder])
    by_url = {a.path: a for a in briefing.articles}
    assert all(a.status == "ok" for a in briefing.articles), [a.reason for a in briefing.articles]
    assert (by_url[urls["quake"]].outlet, by_url[urls["quake"]].published) == ("Meridian Wire", date(2025, 7, 9))
    assert by_url[urls["copy"]].outlet == "The Tarsia Post"
    assert by_url[urls["ferry"]].outlet == "Kestrel Daily: around the valley"
    assert by_url[urls["ferry"]].published == date(2025, 7, 9)  # from the feed: the page gives no date
    sources = {s.outlet for e in briefing.events for s in e.sources}
    assert {"Meridian Wire", "The Tarsia Post"} <= sources


def test_the_cli_briefs_a_snapshot_folder(kept: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, urls = kept
    out = tmp_path / "b.json"
    with StandIn() as server:
        args = ["brief", str(folder), "-f", "json", "-o", str(out), "--model", "openai:standin"]
        args += ["--base-url", server.base_url, "--api-key", "k", "--cache-dir", str(tmp_path / "c"), "-q"]
        result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    articles = {a["path"]: a for a in json.loads(out.read_text())["articles"]}
    assert articles[urls["quake"]]["outlet"] == "Meridian Wire"
    assert articles[urls["copy"]]["outlet"] == "The Tarsia Post"


def test_a_body_changed_after_the_fetch_fails_its_article_only(
    kept: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, _ = kept
    copy = tmp_path / "copy"
    copy.mkdir()
    for item in folder.rglob("*"):
        if item.is_file():
            (copy / item.relative_to(folder)).parent.mkdir(parents=True, exist_ok=True)
            (copy / item.relative_to(folder)).write_bytes(item.read_bytes())
    first = read_record(copy / read_index(copy).pages[0])
    (copy / first.body).write_bytes(b"<html><body><p>Edited by hand.</p></body></html>")
    articles = read([copy])
    assert "changed since it was fetched" in articles[0].hints["error"]
    assert all("error" not in a.hints for a in articles[1:])


def test_a_damaged_index_is_one_clear_error(tmp_path: Path) -> None:
    (tmp_path / INDEX).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="is not a snapshot index"):
        read([tmp_path])


def test_a_charset_the_server_declared_is_honoured() -> None:
    raw = "<p>Новости дня: парламент принял бюджет</p>".encode("cp1251")
    assert "парламент" in decode(raw, html=True, charset="windows-1251")
