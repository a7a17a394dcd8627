"""The snapshot folder, written: bodies and records kept per canonical URL, and the index of a run.

The layout is documented (and read back) in ``summarise.inputs.snapshots``. Every file is written whole
or not at all (a temporary file renamed into place), so an interrupted run leaves the previous snapshot
of a page readable. The previous record of a page gives the validators (ETag, Last-Modified) of the
conditional request that lets a re-run skip a page that has not changed.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from summarise import atomic
from summarise.errors import InputError
from summarise.fetch.client import Got
from summarise.inputs.snapshots import INDEX, Snapshot, SnapshotIndex, read_record

Folder = Literal["page", "feed"]
_FOLDERS: dict[Folder, str] = {"page": "pages", "feed": "feeds"}


def key_of(canonical_url: str) -> str:
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:24]


class Store:
    """One snapshot folder: where each page's files go, what was kept before, and the run's index."""

    def __init__(self, root: Path) -> None:
        if root.exists() and not root.is_dir():
            raise InputError(f"--snapshots {root} is a file: name a folder (it is created when missing)")
        try:
            for sub in _FOLDERS.values():
                (root / sub).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            why = exc.strerror or exc
            raise InputError(f"cannot create {root} ({why}): choose another --snapshots folder") from None
        self.root = root

    def _record_path(self, kind: Folder, canonical_url: str) -> Path:
        return self.root / _FOLDERS[kind] / f"{key_of(canonical_url)}.json"

    def previous(self, kind: Folder, canonical_url: str) -> Snapshot | None:
        """The page's snapshot from an earlier run, when its record and intact body are both still here."""
        path = self._record_path(kind, canonical_url)
        try:
            snap = read_record(path)
            body = (self.root / snap.body).read_bytes()
        except (OSError, ValidationError, ValueError):
            return None
        return snap if hashlib.sha256(body).hexdigest() == snap.sha256 else None

    @staticmethod
    def conditional(snap: Snapshot | None) -> dict[str, str]:
        """The headers that ask a server to answer 304 when the page is as it was."""
        if snap is None:
            return {}
        headers = {"If-None-Match": snap.etag} if snap.etag else {}
        if snap.last_modified:
            headers["If-Modified-Since"] = snap.last_modified
        return headers

    def keep(self, kind: Folder, canonical_url: str, got: Got, when: datetime, **about: object) -> Snapshot:
        """Write a fetched body and its record; ``about`` fills the feed fields (site, feed, item_*)."""
        body = got.body or b""
        record = self._record_path(kind, canonical_url)
        body_path = record.with_suffix(".body")
        atomic.write_bytes(body_path, body)
        snap = Snapshot(
            url=got.url,
            final_url=got.final_url,
            canonical_url=canonical_url,
            kind=kind,
            fetched_at=when,
            checked_at=when,
            content_type=got.headers.get("content-type"),
            etag=got.headers.get("etag"),
            last_modified=got.headers.get("last-modified"),
            server_date=got.headers.get("date"),
            body=body_path.relative_to(self.root).as_posix(),
            size=len(body),
            sha256=hashlib.sha256(body).hexdigest(),
            **about,  # type: ignore[arg-type]
        )
        atomic.write_text(record, snap.model_dump_json(indent=2))
        return snap

    def recheck(self, snap: Snapshot, when: datetime, **about: object) -> Snapshot:
        """A 304: the kept body stands; its record says when it was last confirmed (and by which feed)."""
        fresh = snap.model_copy(update={"checked_at": when, **{k: v for k, v in about.items() if v is not None}})
        atomic.write_bytes(
            self._record_path(snap.kind, snap.canonical_url), fresh.model_dump_json(indent=2).encode("utf-8")
        )
        return fresh

    def body(self, snap: Snapshot) -> bytes:
        return (self.root / snap.body).read_bytes()

    def relative(self, snap: Snapshot) -> str:
        return self._record_path(snap.kind, snap.canonical_url).relative_to(self.root).as_posix()

    def write_index(self, pages: list[Snapshot], sources: list[str], window: str | None, end: datetime) -> Path:
        """The run's index: the pages it kept, in order; the reader briefs exactly these."""
        index = SnapshotIndex(
            written=datetime.now(UTC),
            window=window,
            window_end=end if window else None,
            sources=sources,
            pages=[self.relative(s) for s in pages],
        )
        path = self.root / INDEX
        try:
            atomic.write_text(path, index.model_dump_json(indent=2))
        except OSError as exc:
            why = exc.strerror or exc
            raise InputError(f"cannot write {path} ({why}): free some space or choose another folder") from None
        return path
