"""One fetch run: sources -> feeds -> pages, each kept as a snapshot, each URL one ``Outcome``.

A source is a page, feed or OPML URL (what it is, the response says) or a local OPML file. Feeds give
their items inside the time window; OPML lists give feeds. Every URL is claimed by its canonical form
before it is fetched, so a page linked from two feeds, or once with tracking parameters, is fetched and
kept once. The run goes level by level (the sources; then the feeds their lists name and the pages
their feeds give; ...); the URLs of a level run at once, bounded by the client's per-host and total
limits, and one that fails never stops the others. Duplicates are settled, and outcomes and the index
come out, in the order the sources named them, so a re-run says the same.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import httpx

from summarise.errors import InputError
from summarise.fetch.client import Fetcher, Got, Limits
from summarise.fetch.feeds import Feed, Item, in_window, read_feed, read_opml
from summarise.fetch.kinds import Wanted, sniff
from summarise.fetch.outcomes import Outcome, Refused, Status
from summarise.fetch.store import Store
from summarise.fetch.urls import canonical, check_source
from summarise.inputs.snapshots import Snapshot

Position = tuple[int, ...]
OnOutcome = Callable[[Outcome], None]
DAY = timedelta(hours=24)


@dataclass(frozen=True)
class Link:
    """A URL to visit, where it sits in the run's order, and what led to it."""

    url: str
    position: Position
    wanted: Wanted = "any"
    item: Item | None = None
    feed: str | None = None
    site: str | None = None


def describe_window(window: timedelta | None) -> str | None:
    if window is None:
        return None
    hours = window.total_seconds() / 3600
    return f"{hours:g}h" if hours < 48 else f"{hours / 24:g}d"


class Run:
    """The state of one run: what was claimed, kept and said, by position."""

    def __init__(self, store: Store, fetcher: Fetcher, window: timedelta | None, now: datetime) -> None:
        self.store, self.fetcher, self.window, self.now = store, fetcher, window, now
        self.claimed: dict[str, str] = {}
        self.finals: dict[str, str] = {}
        self.outcomes: dict[Position, Outcome] = {}
        self.kept: dict[Position, Snapshot] = {}

    async def walk(self, links: list[Link], on_outcome: OnOutcome | None) -> None:
        """Level by level (sources, then what their lists and feeds give, ...): within a level every
        link is fetched at once; duplicates are settled in the sources' order, so a re-run says the same."""
        while links:
            level = sorted(links, key=lambda link: link.position)
            found = await asyncio.gather(*(self.visit(link) for link in level if self.claim(link)))
            self._redirect_twins([link.position for link in level])
            for link in level:
                if on_outcome is not None:
                    on_outcome(self.outcomes[link.position])
            links = [child for children in found for child in children]

    def say(self, link: Link, outcome: Outcome) -> list[Link]:
        self.outcomes[link.position] = outcome
        return []

    def claim(self, link: Link) -> bool:
        """True for the first link to a page in this run; a later one is said to be its duplicate."""
        key = canonical(link.url)
        if key in self.claimed:
            self.say(link, Outcome(link.url, "skipped", f"same page as {self.claimed[key]}", source=link.feed))
            return False
        self.claimed[key] = link.url
        return True

    async def visit(self, link: Link) -> list[Link]:
        """Fetch one claimed link and act on what it is (one outcome, whatever happens); the links it gives."""
        previous = self._previous(link)
        try:
            got = await self.fetcher.get(link.url, link.wanted, self.store.conditional(previous))
            return await (self._unchanged(link, previous, got) if got.body is None else self._fresh(link, got))
        except Refused as exc:
            kind: Literal["page", "unknown"] = "page" if link.wanted == "page" else "unknown"
            return self.say(link, Outcome(link.url, exc.status, exc.reason, kind=kind, source=link.feed))
        except InputError as exc:
            return self.say(link, Outcome(link.url, "failed", str(exc), source=link.feed))
        except OSError as exc:
            reason = f"cannot keep the snapshot in {self.store.root}: {exc.strerror or exc}"
            return self.say(link, Outcome(link.url, "failed", reason, source=link.feed))

    def _previous(self, link: Link) -> Snapshot | None:
        key = canonical(link.url)
        return self.store.previous("page", key) or (None if link.wanted == "page" else self.store.previous("feed", key))

    async def _unchanged(self, link: Link, previous: Snapshot | None, got: Got) -> list[Link]:
        if previous is None:
            raise Refused("failed", "HTTP 304 to a request that asked nothing conditional")
        snap = self.store.recheck(previous, datetime.now(UTC), **self._about(link))
        if snap.kind == "page":
            said = "same as the copy fetched " + _short(previous.fetched_at)
            return self._keep_page(link, snap, "not-modified", said)
        return await self._read_list(link, snap, self.store.body(snap), "not-modified")

    async def _fresh(self, link: Link, got: Got) -> list[Link]:
        body = got.body or b""
        kind = sniff(body, got.headers.get("content-type"))
        if kind == "page":
            snap = self.store.keep("page", canonical(link.url), got, datetime.now(UTC), **self._about(link))
            return self._keep_page(link, snap, "fetched", "")
        if link.wanted == "page":
            raise Refused("skipped", f"a {'list of feeds' if kind == 'opml' else 'feed'}, not a page")
        snap = self.store.keep("feed", canonical(link.url), got, datetime.now(UTC))
        return await self._read_list(link, snap, body, "fetched")

    def _redirect_twins(self, positions: list[Position]) -> None:
        """Two links that redirect to one page: the first (in the sources' order) keeps it."""
        for position in sorted(p for p in positions if p in self.kept):
            snap = self.kept[position]
            final = canonical(snap.final_url)
            if final not in self.finals:
                self.finals[final] = snap.url
                continue
            del self.kept[position]
            reason = f"same page as {self.finals[final]} (after redirects to {snap.final_url})"
            self.outcomes[position] = replace(self.outcomes[position], status="skipped", reason=reason, snapshot=None)

    def _about(self, link: Link) -> dict[str, object]:
        if link.item is None:
            return {}
        return {
            "site": link.site,
            "feed": link.feed,
            "item_title": link.item.title or None,
            "item_published": link.item.published,
            "item_note": link.item.note,
        }

    def _keep_page(self, link: Link, snap: Snapshot, status: Status, reason: str) -> list[Link]:
        self.kept[link.position] = snap
        note = link.item.note if link.item else None
        outcome = Outcome(
            link.url,
            status,
            reason,
            kind="page",
            final_url=snap.final_url,
            snapshot=self.store.relative(snap),
            source=link.feed,
            note=note,
        )
        return self.say(link, outcome)

    async def _read_list(self, link: Link, snap: Snapshot, body: bytes, status: Status) -> list[Link]:
        """A feed gives its items in the window; an OPML list gives its feeds.
        Parsing runs in a thread: it is CPU work, and the other fetches' deadlines keep running."""
        kind = sniff(body, snap.content_type)
        if kind == "opml":
            feeds = await asyncio.to_thread(read_opml, body, snap.final_url)
            links = [Link(u, (*link.position, n), site=t) for n, (u, t) in enumerate(feeds)]
            said = f"OPML list of {len(feeds)} feeds"
        else:
            feed = await asyncio.to_thread(read_feed, body, snap.final_url, self.now, kind == "jsonfeed")
            links, said = self._items(link, feed, snap.final_url)
        listed: Literal["opml", "feed"] = "opml" if kind == "opml" else "feed"
        self.say(link, Outcome(link.url, status, said, kind=listed, final_url=snap.final_url))
        return links

    def _items(self, link: Link, feed: Feed, feed_url: str) -> tuple[list[Link], str]:
        inside = [i for i in feed.items if in_window(i, self.now, self.window)]
        site = feed.title or link.site
        links = [
            Link(i.url, (*link.position, n), "page", item=i, feed=feed_url, site=site) for n, i in enumerate(inside)
        ]
        undated = sum(i.published is None for i in inside)
        said = f"feed {site or feed_url!r}: {len(feed.items)} items"
        if self.window is not None:
            said += f", {len(inside)} in the last {describe_window(self.window)}"
            said += f", {len(feed.items) - len(inside)} older left out"
        if undated:
            said += f", {undated} without a readable date kept"
        return links, said


def _short(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def plan(sources: Sequence[str | Path]) -> list[Link | list[tuple[str, str | None]]]:
    """Each source checked before any request: a URL to visit, or the feeds a local OPML file lists."""
    if not sources:
        raise InputError("no sources: name page, feed or OPML URLs, or an OPML file")
    planned: list[Link | list[tuple[str, str | None]]] = []
    for n, source in enumerate(sources):
        text = str(source)
        path = Path(text)
        if path.is_file():
            try:
                feeds = read_opml(path.read_bytes(), text)
            except OSError as exc:
                raise InputError(f"cannot read {text}: {exc.strerror or exc} (check its permissions)") from None
            if not feeds:
                raise InputError(f"{text} names no feeds: an OPML list gives each feed as <outline xmlUrl=...>")
            planned.append(feeds)
        else:
            planned.append(Link(check_source(text), (n,)))
    return planned


def _links_of(n: int, entry: Link | list[tuple[str, str | None]]) -> list[Link]:
    """The links a planned source starts with: itself, or each feed of a local OPML list."""
    if isinstance(entry, Link):
        return [entry]
    return [Link(url, (n, k), site=title) for k, (url, title) in enumerate(entry)]


async def fetch(
    sources: Sequence[str | Path],
    snapshots_dir: Path,
    window: timedelta | None = DAY,
    *,
    limits: Limits | None = None,
    now: datetime | None = None,
    on_outcome: OnOutcome | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Outcome]:
    """Fetch every source into ``snapshots_dir`` and say what became of each URL, in the sources' order.

    ``window`` keeps feed items published within that time before ``now`` (None: all of them).
    ``InputError`` for a mistake in the sources or the folder, before any request; everything that goes
    wrong with a server is an outcome instead. ``on_outcome`` hears each outcome as its level ends;
    ``transport`` stands in for httpx's network transport (a proxy mount, a test double).
    """
    planned = plan(sources)
    store = Store(snapshots_dir)
    clock = now or datetime.now(UTC)
    fetcher = Fetcher(limits or Limits(), transport)
    run = Run(store, fetcher, window, clock)
    try:
        await run.walk([link for n, entry in enumerate(planned) for link in _links_of(n, entry)], on_outcome)
    finally:
        await fetcher.aclose()
    kept = [run.kept[p] for p in sorted(run.kept)]
    store.write_index(kept, [str(s) for s in sources], describe_window(window), clock)
    return [run.outcomes[p] for p in sorted(run.outcomes)]
