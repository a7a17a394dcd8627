"""Fetching against invented sites on loopback (tests/webstand.py): feeds, windows, politeness, failures, 304s."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from summarise.fetch import Limits, Outcome, fetch, user_agent
from summarise.inputs.snapshots import INDEX, read_index, read_record

from .webstand import WEB, WebStand

NOW = datetime(2025, 7, 9, 18, 0, tzinfo=UTC)
DAY = timedelta(hours=24)
LIMITS = Limits(connect=2.0, read=2.0, deadline=1.5, max_bytes=200_000)


@pytest.fixture
def web() -> WebStand:
    with WebStand(slow_seconds=4.0) as stand:
        yield stand


def run(sources: list[str], folder: Path, limits: Limits = LIMITS, window: timedelta | None = DAY) -> list[Outcome]:
    return asyncio.run(fetch(sources, folder, window, limits=limits, now=NOW))


def by_path(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {o.url.split("/", 3)[3]: o for o in outcomes}


def test_rss_items_in_the_window_are_kept_politely(web: WebStand, tmp_path: Path) -> None:
    out = by_path(run([web.url("meridian", "/rss.xml")], tmp_path))
    feed = out["rss.xml"]
    assert (feed.status, feed.kind) == ("fetched", "feed")
    assert "5 items, 4 in the last 24h, 1 older left out" in feed.reason
    assert out["2025/07/09/tarsia-quake.html"].status == "fetched"
    assert out["2025/07/09/port-strike.html"].status == "fetched"
    assert out["report.pdf"].status == "skipped" and "application/pdf is a PDF" in out["report.pdf"].reason
    assert out["private/embargoed.html"].status == "skipped" and "robots.txt" in out["private/embargoed.html"].reason
    assert "2025/07/01/old-budget.html" not in out
    assert web.seen("meridian", "/2025/07/01/old-budget.html") == []  # outside the window: never asked for
    assert web.seen("meridian", "/private/embargoed.html") == []  # disallowed: never asked for
    assert len(web.seen("meridian", "/robots.txt")) == 1  # once per host, for five URLs
    assert {r.headers["user-agent"] for r in web.requests} == {user_agent()}
    assert user_agent().startswith("summarise/")


def test_a_snapshot_keeps_bytes_urls_time_and_headers(web: WebStand, tmp_path: Path) -> None:
    quake = web.url("meridian", "/2025/07/09/tarsia-quake.html")
    [outcome] = run([quake], tmp_path)
    assert outcome.snapshot is not None
    snap = read_record(tmp_path / outcome.snapshot)
    served = web.rewrite((WEB / "meridian/2025/07/09/tarsia-quake.html").read_bytes())
    assert (tmp_path / snap.body).read_bytes() == served
    assert (snap.url, snap.final_url) == (quake, quake)
    assert snap.content_type == "text/html; charset=utf-8" and snap.etag and snap.server_date
    assert snap.last_modified == "Wed, 09 Jul 2025 06:00:00 GMT"
    assert abs((snap.fetched_at - datetime.now(UTC)).total_seconds()) < 60
    assert read_index(tmp_path).pages == [outcome.snapshot]
    assert json.loads((tmp_path / INDEX).read_text())["format"] == "summarise-snapshots/1"


def test_atom_feed_gives_its_items_and_a_syndicated_copy_is_a_page_of_its_own(web: WebStand, tmp_path: Path) -> None:
    sources = [web.url("meridian", "/rss.xml"), web.url("tarsia-post", "/news.atom")]
    out = run(sources, tmp_path)
    atom = next(o for o in out if o.url.endswith("news.atom"))
    assert atom.kind == "feed" and "3 items, 2 in the last 24h, 1 older left out" in atom.reason
    kept = {o.url.split("/", 3)[3] for o in out if o.kind == "page" and o.status == "fetched"}
    assert {"news/rescue-teams-reach-ostrel.html", "wire/quake-shakes-northern-tarsia.html"} <= kept  # a relative link
    assert "2025/07/09/tarsia-quake.html" in kept  # the original and its copy are both kept
    assert web.seen("tarsia-post", "/news/old-fair.html") == []


def test_json_feed_and_a_tracking_duplicate_are_fetched_once(web: WebStand, tmp_path: Path) -> None:
    out = run([web.url("meridian", "/rss.xml"), web.url("kestrel", "/feed.json")], tmp_path)
    jf = next(o for o in out if o.url.endswith("feed.json"))
    assert (jf.status, jf.kind) == ("fetched", "feed") and "'Kestrel Daily': 3 items, 2 in the last 24h" in jf.reason
    twin = next(o for o in out if "utm_source=kestrel" in o.url)
    quake = web.url("meridian", "/2025/07/09/tarsia-quake.html")
    assert twin.status == "skipped" and twin.reason == f"same page as {quake}"
    assert len(web.seen("meridian", "/2025/07/09/tarsia-quake.html")) == 1
    assert any(o.url.endswith("velmar-strike-talks.html") and o.status == "fetched" for o in out)
    assert web.seen("kestrel", "/stories/old-festival.html") == []
    index = read_index(tmp_path)
    assert len(index.pages) == len(set(index.pages)) == 3  # quake and strike from Meridian, the talks from Kestrel


def test_a_tracking_duplicate_named_twice_on_the_command_line_is_fetched_once(web: WebStand, tmp_path: Path) -> None:
    plain = web.url("meridian", "/2025/07/09/port-strike.html")
    out = run([plain, plain.replace("://127.0.0.1", "://127.0.0.1") + "?utm_campaign=x&gclid=Z#share"], tmp_path)
    assert [o.status for o in out] == ["fetched", "skipped"]
    assert len(web.seen("meridian", "/2025/07/09/port-strike.html")) == 1


def test_an_opml_list_on_the_web_gives_its_feeds(web: WebStand, tmp_path: Path) -> None:
    out = run([web.url("meridian", "/lists/feeds.opml")], tmp_path)
    assert (out[0].kind, out[0].status, out[0].reason) == ("opml", "fetched", "OPML list of 2 feeds")
    feeds = [o for o in out if o.kind == "feed"]
    assert [o.url.rsplit("/", 1)[1] for o in feeds] == ["news.atom", "feed.json"]
    assert sum(o.kind == "page" and o.status == "fetched" for o in out) == 4


def test_a_local_opml_file_gives_its_feeds(web: WebStand, tmp_path: Path) -> None:
    opml = tmp_path / "morning.opml"
    opml.write_bytes(web.rewrite((WEB / "local.opml").read_bytes()))
    out = run([str(opml)], tmp_path / "snap")
    assert [o.url.rsplit("/", 1)[1] for o in out if o.kind == "feed"] == ["rss.xml", "dates.xml"]


def test_relative_and_malformed_feed_dates(web: WebStand, tmp_path: Path) -> None:
    out = by_path(run([web.url("kestrel", "/dates.xml")], tmp_path))
    assert "4 items, 3 in the last 24h, 1 older left out, 2 without a readable date kept" in out["dates.xml"].reason
    ferry = out["stories/ferry-timetable.html"]
    assert ferry.status == "fetched" and ferry.note is None  # "3 hours ago", read against the run's clock
    assert read_record(tmp_path / str(ferry.snapshot)).item_published == NOW - timedelta(hours=3)
    stalls = out["stories/market-stalls.html"]
    assert stalls.status == "fetched" and stalls.note is not None and "could not be read: kept" in stalls.note
    assert "Smarch" in stalls.note
    library = out["stories/library-hours.html"]
    assert library.status == "fetched" and library.note == "the feed gives no date for this item: kept"
    assert web.seen("kestrel", "/stories/old-festival.html") == []  # "2 weeks ago" is outside the window


def test_every_failure_is_an_outcome_with_its_reason_and_others_go_on(web: WebStand, tmp_path: Path) -> None:
    dead = "http://127.0.0.1:9/gone.html"
    paths = ["/slow/analysis.html", "/no-such-story.html", "/loop/a", "/hops/1", "/big.html", "/big-declared.html"]
    sources = [web.url("meridian", p) for p in paths] + [dead, web.url("closed", "/story.html")]
    sources.append(web.url("meridian", "/2025/07/09/tarsia-quake.html"))
    started = time.monotonic()
    out = by_path(run(sources, tmp_path))
    assert time.monotonic() - started < 4.0  # the slow host is given up at the deadline, not waited for
    says = {path: (o.status, o.reason) for path, o in out.items()}
    assert says["slow/analysis.html"][0] == "failed" and "1.5 s (the deadline)" in says["slow/analysis.html"][1]
    assert says["no-such-story.html"] == ("failed", "HTTP 404 Not Found")
    assert says["loop/a"][0] == "failed" and says["loop/a"][1].startswith("redirect loop: ")
    assert says["hops/1"][0] == "failed" and says["hops/1"][1].startswith("more than 5 redirects")
    assert says["big.html"] == ("failed", "more than the 195 KB a page may be: stopped reading")
    assert says["big-declared.html"] == ("failed", "8.0 MB, more than the 195 KB a page may be: not fetched")
    assert says["gone.html"][0] == "failed" and "cannot connect" in says["gone.html"][1]
    assert says["story.html"][0] == "skipped" and "robots.txt" in says["story.html"][1]
    assert web.seen("closed", "/story.html") == []
    assert says["2025/07/09/tarsia-quake.html"] == ("fetched", "")
    assert len(read_index(tmp_path).pages) == 1  # nothing of the failures is kept
    assert web.seen("meridian", "/big-declared.html")[0].sent < 8 * 2**20


def test_a_redirect_keeps_both_urls(web: WebStand, tmp_path: Path) -> None:
    [out] = run([web.url("meridian", "/moved/2025/07/09/port-strike.html")], tmp_path)
    assert out.status == "fetched" and out.final_url == web.url("meridian", "/2025/07/09/port-strike.html")
    snap = read_record(tmp_path / str(out.snapshot))
    assert snap.url.endswith("/moved/2025/07/09/port-strike.html") and snap.final_url == out.final_url


def test_each_hop_of_a_redirect_asks_its_own_hosts_robots_txt(web: WebStand, tmp_path: Path) -> None:
    [out] = run([web.url("meridian", "/away/story.html")], tmp_path)
    assert out.status == "skipped" and out.reason == f"robots.txt of {web.bases['closed']} disallows it"
    assert web.seen("closed", "/story.html") == [] and len(web.seen("closed", "/robots.txt")) == 1


def test_a_rerun_asks_whether_pages_changed_and_downloads_nothing_unchanged(web: WebStand, tmp_path: Path) -> None:
    sources = [web.url("meridian", "/rss.xml"), web.url("kestrel", "/feed.json")]
    first = run(sources, tmp_path)
    records = {o.url: read_record(tmp_path / str(o.snapshot)) for o in first if o.snapshot}
    before = len(web.requests)
    second = run(sources, tmp_path)
    assert [o.url for o in second] == [o.url for o in first]
    assert [o.status for o in second if o.status != "skipped"] == ["not-modified"] * 5  # two feeds, three pages
    again = web.requests[before:]
    kept = [r for r in again if r.path != "/robots.txt" and r.path != "/report.pdf"]
    assert kept and all(r.status == 304 and r.sent == 0 for r in kept)
    for r in kept:
        assert r.headers["if-none-match"].startswith('"') and r.headers["if-modified-since"].endswith("GMT")
    for o in second:
        if o.snapshot and o.kind == "page":
            now = read_record(tmp_path / o.snapshot)
            assert now.fetched_at == records[o.url].fetched_at and now.checked_at > records[o.url].checked_at
    assert len(read_index(tmp_path).pages) == 3


def test_a_host_gets_at_most_its_share_of_requests_at_once(web: WebStand, tmp_path: Path) -> None:
    web.slow_seconds = 0.4
    sources = [web.url("meridian", f"/slow/story-{n}.html") for n in range(5)]
    out = run(sources, tmp_path, Limits(deadline=3.0, per_host=2))
    assert [o.status for o in out] == ["fetched"] * 5
    assert web.peak["meridian"] == 2
