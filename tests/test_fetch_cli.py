"""``summarise fetch``: one line per URL on stderr, a summary, exit 0 / 1 / 2; and the parts it rests on."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app
from summarise.cli.fetch_cmd import printable
from summarise.errors import InputError
from summarise.fetch import parse_window
from summarise.fetch.kinds import sniff
from summarise.fetch.outcomes import Refused
from summarise.fetch.urls import canonical, origin

from .webstand import WebStand

runner = CliRunner()


@pytest.fixture
def web() -> WebStand:
    with WebStand() as stand:
        yield stand


def lines(output: str) -> list[str]:
    return [ln for ln in output.splitlines() if ln.strip()]


def test_fetch_says_one_line_per_url_and_exits_0_when_nothing_failed(web: WebStand, tmp_path: Path) -> None:
    quake = web.url("meridian", "/2025/07/09/tarsia-quake.html")
    sources = [quake, quake + "?utm_source=x", web.url("closed", "/story.html"), web.url("meridian", "/report.pdf")]
    result = runner.invoke(app, ["fetch", *sources, "--snapshots", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    said = lines(result.output)
    assert said[0] == f"fetched   {quake}"
    assert said[1].startswith("skipped   ") and f"same page as {quake}" in said[1]
    assert "robots.txt" in said[2] and "application/pdf is a PDF" in said[3]
    assert said[4].startswith("1 fetched, 0 not modified, 3 skipped, 0 failed; 1 page kept in ")
    again = runner.invoke(app, ["fetch", quake, "--snapshots", str(tmp_path / "s")])
    assert again.exit_code == 0 and lines(again.output)[0].startswith(f"unchanged {quake}  same as the copy fetched ")


def test_fetch_exits_1_when_a_url_failed_and_keeps_the_rest(web: WebStand, tmp_path: Path) -> None:
    missing = web.url("meridian", "/no-such-story.html")
    sources = [missing, web.url("kestrel", "/stories/velmar-strike-talks.html")]
    result = runner.invoke(app, ["fetch", *sources, "--snapshots", str(tmp_path), "-q"])
    assert result.exit_code == 1
    said = lines(result.output)
    assert said == [f"FAILED    {missing}  HTTP 404 Not Found", said[1]]
    assert said[1].startswith("1 fetched, 0 not modified, 0 skipped, 1 failed; 1 page kept")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["http://127.0.0.1:9/x", "--window", "3x"], "is not a duration: write it like 24h"),
        (["http://127.0.0.1:9/x", "--window", "0h"], "is empty"),
        (["no/such/feeds.opml"], "is neither a URL nor an OPML file"),
        (["ftp://files.example.org/feed.xml"], "only http and https URLs are fetched"),
        (["http://127.0.0.1:9/x", "--timeout", "0"], "must be above zero"),
    ],
)
def test_mistakes_in_the_command_are_one_line_and_exit_2(args: list[str], says: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["fetch", *args, "--snapshots", str(tmp_path / "s")])
    assert result.exit_code == 2, result.output
    assert lines(result.output)[0].startswith("error:") and says in result.output and "Traceback" not in result.output
    assert len(lines(result.output)) == 1


def test_a_local_file_that_is_not_opml_and_a_file_for_a_folder_are_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>Not a list of feeds.</p></body></html>", encoding="utf-8")
    result = runner.invoke(app, ["fetch", str(page), "--snapshots", str(tmp_path / "s")])
    assert result.exit_code == 2 and "is not an OPML list" in result.output
    result = runner.invoke(app, ["fetch", "http://127.0.0.1:9/x", "--snapshots", str(page)])
    assert result.exit_code == 2 and "is a file: name a folder" in result.output


def test_canonical_urls_drop_what_does_not_name_the_page() -> None:
    base = "https://news.example.org/2025/07/09/story.html"
    for twin in [
        "HTTPS://News.Example.ORG/2025/07/09/story.html",
        "https://news.example.org:443/2025/07/09/story.html#comments",
        base + "?utm_source=rss&utm_medium=feed",
        base + "?fbclid=IwAR0abc&gclid=Cj0K",
    ]:
        assert canonical(twin) == base
    assert canonical(base + "?page=2&id=7") == base + "?id=7&page=2"
    assert canonical(base + "?ref=home&source=rss") == base + "?ref=home&source=rss"  # not known to track
    assert canonical(base + "?page=2") != canonical(base + "?page=3")
    assert canonical("http://news.example.org") == "http://news.example.org/"
    assert origin("http://News.Example.org:8080/a") == "http://news.example.org:8080"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("24h", timedelta(hours=24)),
        ("90m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1d12h", timedelta(hours=36)),
        ("all", None),
    ],
)
def test_windows(text: str, window: timedelta | None) -> None:
    assert parse_window(text) == window


def test_what_a_body_is() -> None:
    assert sniff(b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "text/xml") == "feed"
    assert sniff(b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', None) == "feed"
    assert sniff(b"<?xml version='1.0'?><!-- list --><opml version='2.0'/>", "text/xml") == "opml"
    assert sniff(b"<!DOCTYPE html><html><body>story</body></html>", "text/html") == "page"
    assert sniff(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "application/json") == "jsonfeed"
    assert sniff(b"{braces} open this plain-text story", "text/plain") == "page"
    with pytest.raises(Refused, match="not a JSON Feed"):
        sniff(b'{"status": "ok"}', "application/json")


def test_no_sources_is_a_mistake(tmp_path: Path) -> None:
    import asyncio

    from summarise.fetch import fetch

    with pytest.raises(InputError, match="no sources"):
        asyncio.run(fetch([], tmp_path))


def test_text_from_servers_cannot_drive_the_terminal() -> None:
    said = printable("fetched   http://x.test/a\x1b[2J\x1b]0;owned\x07 \u202eevil\u202c  Новости")
    assert "\x1b" not in said and "\x07" not in said and "\u202e" not in said
    assert said == "fetched   http://x.test/a\\x1b[2J\\x1b]0;owned\\x07 \\u202eevil\\u202c  Новости"
