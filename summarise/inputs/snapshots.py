"""A folder of fetched pages (written by ``summarise fetch``) -> Article, offline.

The folder layout, one folder per store of snapshots::

    DIR/summarise-snapshots.json   the index: what the last fetch run kept (its pages, in order), when, from what
    DIR/pages/KEY.json             one page's record (``Snapshot``): URLs, fetch time, headers, body file, digest
    DIR/pages/KEY.body             the page's bytes as the server sent them (after any gzip/deflate transfer coding)
    DIR/feeds/KEY.json, KEY.body   the same for feeds and OPML lists: kept for conditional requests, never articles

``KEY`` is the first 24 hex digits of the SHA-256 of the page's canonical URL, so a page keeps its files
from run to run and a re-run can ask the server whether it changed (ETag / Last-Modified). Records are
JSON a person can read; bodies are never rewritten in place (a new body replaces the old file whole).

An article read here keeps its URL (``path`` and ``hints["url"]``), its site name (``hints["outlet"]``:
the page's own, else the feed's title, else the host) and its own date (the page's markup or dateline;
the feed's date for the item, ``hints["feed_date"]``, only when the page states none).
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError

from summarise.errors import InputError
from summarise.inputs.decode import decode
from summarise.inputs.html import from_html
from summarise.models import Article

INDEX = "summarise-snapshots.json"


class Snapshot(BaseModel):
    """One fetched page or feed as kept on disk: enough to read it again and to ask whether it changed."""

    url: str
    final_url: str
    canonical_url: str
    kind: Literal["page", "feed"]
    fetched_at: datetime
    checked_at: datetime
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    server_date: str | None = None
    body: str
    size: int
    sha256: str
    site: str | None = None
    feed: str | None = None
    item_title: str | None = None
    item_published: datetime | None = None
    item_note: str | None = None


class SnapshotIndex(BaseModel):
    """What one fetch run kept: the pages to brief, in the order their sources named them."""

    format: Literal["summarise-snapshots/1"] = "summarise-snapshots/1"
    written: datetime
    window: str | None = None
    window_end: datetime | None = None
    sources: list[str]
    pages: list[str]


def holds_snapshots(path: Path) -> bool:
    """Whether a name the user gave is a snapshot folder (or its index)."""
    return (path.is_dir() and (path / INDEX).is_file()) or path.name == INDEX


def read_index(folder: Path) -> SnapshotIndex:
    where = folder / INDEX
    try:
        return SnapshotIndex.model_validate_json(where.read_bytes())
    except OSError as exc:
        raise InputError(f"cannot read {where}: {exc.strerror or exc} (check the path and its permissions)") from None
    except ValidationError:
        raise InputError(
            f"{where} is not a snapshot index: fetch into a new folder with `summarise fetch ... --snapshots DIR`"
        ) from None


def read_record(path: Path) -> Snapshot:
    return Snapshot.model_validate_json(path.read_bytes())


def charset_of(content_type: str | None) -> str | None:
    found = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return found.group(1) if found else None


def _failed(article_id: str, path: str, reason: str) -> Article:
    return Article(article_id=article_id, path=path, raw="", text="", hints={"error": reason})


def _text_and_hints(snap: Snapshot, raw: bytes) -> tuple[str, str, dict[str, str]]:
    media = (snap.content_type or "text/html").split(";")[0].strip().lower()
    is_html = media != "text/plain"  # HTML, XHTML, or a page served without a type
    raw_text = decode(raw, html=is_html, charset=charset_of(snap.content_type))
    text, hints = from_html(raw_text) if is_html else (raw_text, {})
    hints["url"] = snap.final_url
    hints["outlet"] = hints.get("outlet") or snap.site or (urlsplit(snap.final_url).hostname or snap.final_url)
    if snap.item_published is not None:
        hints["feed_date"] = snap.item_published.date().isoformat()
    if snap.item_note:
        hints["feed_note"] = snap.item_note
    return raw_text, text, hints


def read_snapshot(folder: Path, snap: Snapshot, article_id: str) -> Article:
    """One kept page as an Article; a body that is missing or changed fails that article only."""
    body = folder / snap.body
    try:
        raw = body.read_bytes()
    except OSError as exc:
        reason = f"snapshot body {body} unreadable ({exc.strerror or exc}): fetch again"
        return _failed(article_id, snap.final_url, reason)
    if hashlib.sha256(raw).hexdigest() != snap.sha256:
        return _failed(article_id, snap.final_url, f"snapshot body {body} changed since it was fetched: fetch again")
    try:
        raw_text, text, hints = _text_and_hints(snap, raw)
    except InputError as exc:
        return _failed(article_id, snap.final_url, f"{snap.final_url}: {exc}")
    hints["snapshot"] = str(body)
    return Article(
        article_id=article_id, path=snap.final_url, raw=raw_text, text=text, file_time=snap.fetched_at, hints=hints
    )


def article_id_for(url: str, taken: dict[str, int]) -> str:
    """A short readable id from the URL's host and last path part, unique among ``taken``."""
    parts = urlsplit(url)
    tail = [p for p in parts.path.split("/") if p][-1:] or ["index"]
    base = re.sub(r"[^\w-]+", "-", f"{parts.hostname or 'page'}-{tail[0].rsplit('.', 1)[0]}").strip("-")[:60]
    n = taken.get(base, 0)
    taken[base] = n + 1
    return base if n == 0 else f"{base}-{n + 1}"


def load_snapshots(paths: list[Path]) -> list[Article]:
    """Every page the named snapshot folders kept in their last fetch run, in the order kept."""
    articles: list[Article] = []
    taken: dict[str, int] = {}
    for path in paths:
        folder = path.parent if path.name == INDEX else path
        index = read_index(folder)
        if not index.pages:
            raise InputError(f"{folder} holds no fetched pages: run `summarise fetch` again or check its sources")
        for record in index.pages:
            try:
                snap = read_record(folder / record)
            except (OSError, ValueError) as exc:
                reason = f"snapshot record {folder / record} unreadable ({exc}): fetch again"
                articles.append(_failed(article_id_for(record, taken), str(folder / record), reason))
                continue
            articles.append(read_snapshot(folder, snap, article_id_for(snap.final_url, taken)))
    return articles
