"""Feeds and OPML lists -> the links they hold, with their dates, filtered to a time window.

RSS and Atom are read by feedparser, from bytes already fetched (feedparser never fetches here). JSON
Feed, which feedparser 6 does not read, is read with ``json`` (https://jsonfeed.org/version/1.1: items
with ``url``, ``title``, ``date_published`` in RFC 3339). OPML lists are read with lxml, entities and
network access off; every ``outline`` with an ``xmlUrl`` is a feed.

An item's date is the one feedparser understood; a date it could not read is given to dateparser, which
also reads relative dates ("3 hours ago", "yesterday") against the run's clock. An item whose date is
missing or still unreadable is kept, with a note that says so: a window must not hide news because a
feed is sloppy.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from summarise.errors import InputError
from summarise.fetch.outcomes import Refused
from summarise.fetch.urls import is_web_url


@dataclass(frozen=True)
class Item:
    """One link of a feed: where it points, what it is called, when it was published (if known)."""

    url: str
    title: str = ""
    published: datetime | None = None
    note: str | None = None


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: list[Item]


_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DURATION = re.compile(r"(\d+)\s*([mhdw])")


def parse_window(text: str | None) -> timedelta | None:
    """``24h``, ``90m``, ``2d``, ``1w``, ``1d12h`` -> a timedelta; ``all`` (or nothing) -> no window."""
    if text is None or text.strip().lower() in ("", "all"):
        return None
    spec = text.strip().lower().replace(" ", "")
    parts = _DURATION.findall(spec)
    if not parts or "".join(n + u for n, u in parts) != spec:
        raise InputError(f"--window {text!r} is not a duration: write it like 24h, 90m, 2d, 1w or 1d12h (or all)")
    window = sum((timedelta(**{_UNITS[unit]: int(number)}) for number, unit in parts), timedelta())
    if window <= timedelta(0):
        raise InputError(f"--window {text!r} is empty: give a duration above zero, e.g. 24h")
    return window


def item_date(raw: str | None, parsed: datetime | None, now: datetime) -> tuple[datetime | None, str | None]:
    """The item's date, or why there is none (the note shown with a page kept without one)."""
    if parsed is not None:
        return parsed, None
    if not raw or not raw.strip():
        return None, "the feed gives no date for this item: kept"
    import dateparser

    settings: Any = {"RELATIVE_BASE": now.replace(tzinfo=None), "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}
    found = dateparser.parse(raw.strip(), settings=settings)
    if found is None:
        return None, f"the feed's date {raw.strip()[:60]!r} could not be read: kept"
    return found.astimezone(UTC), None


def in_window(item: Item, now: datetime, window: timedelta | None) -> bool:
    return window is None or item.published is None or item.published >= now - window


def read_feed(body: bytes, base_url: str, now: datetime, json_feed: bool = False) -> Feed:
    """The items of an RSS, Atom or JSON feed; ``Refused`` (failed) when the bytes are no feed at all."""
    return _read_json_feed(body, base_url, now) if json_feed else _read_xml_feed(body, base_url, now)


def _read_xml_feed(body: bytes, base_url: str, now: datetime) -> Feed:
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url})
    if not parsed.entries and not parsed.get("version"):
        why = parsed.get("bozo_exception") or "no items and no feed format"
        raise Refused("failed", f"not a feed feedparser can read ({why})")
    items = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        when = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        published, note = item_date(entry.get("published") or entry.get("updated"), when, now)
        items.append(Item(urljoin(base_url, link), " ".join(str(entry.get("title", "")).split()), published, note))
    title = " ".join(str(parsed.feed.get("title", "")).split()) or None
    return Feed(title=title, items=[i for i in items if is_web_url(i.url)])


def _read_json_feed(body: bytes, base_url: str, now: datetime) -> Feed:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise Refused("failed", f"JSON Feed that is not JSON ({exc})") from None
    entries = data.get("items") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise Refused("failed", "JSON Feed without an items list")
    items = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        link = str(entry.get("url") or entry.get("external_url") or "")
        raw = entry.get("date_published") or entry.get("date_modified")
        published, note = item_date(str(raw) if raw else None, _rfc3339(raw), now)
        items.append(Item(urljoin(base_url, link), " ".join(str(entry.get("title") or "").split()), published, note))
    title = " ".join(str(data.get("title") or "").split()) or None
    return Feed(title=title, items=[i for i in items if is_web_url(i.url)])


def _rfc3339(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        found = datetime.fromisoformat(raw.strip())
    except ValueError:
        return None
    return found.astimezone(UTC) if found.tzinfo else found.replace(tzinfo=UTC)


def read_opml(body: bytes, where: str) -> list[tuple[str, str | None]]:
    """The feeds an OPML list names: (feed URL, its title in the list), in order; relative URLs resolved
    against a list on the web; anything that is not then an http(s) URL is left out."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{where} is not an OPML list ({exc}): export the feed list again") from None
    if etree.QName(root).localname.lower() != "opml":
        raise InputError(f"{where} is not an OPML list (its root is <{etree.QName(root).localname}>)")
    feeds: list[tuple[str, str | None]] = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl")
        link = (urljoin(where, url.strip()) if is_web_url(where) else url.strip()) if url else ""
        if is_web_url(link):
            feeds.append((link, outline.get("title") or outline.get("text")))
    return feeds
