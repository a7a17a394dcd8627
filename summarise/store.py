"""diskcache folders that hold JSON text only: a row stored as a pickle is refused, never unpickled (a planted
pickle in a cache folder could run code). The response cache and the derived results both open theirs here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import diskcache


class RefusedRow(Exception):
    """A cache row stored as a pickle: never unpickled (a planted pickle could run code)."""


class JsonOnlyDisk(diskcache.Disk):  # type: ignore[misc]
    """diskcache's Disk that refuses to unpickle: a row marked as a pickle is a miss, whoever wrote it."""

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode == diskcache.core.MODE_PICKLE:
            raise RefusedRow
        return super().fetch(mode, filename, value, read)


# SQLite's page cache per open store, in pages of 4 KiB: diskcache's 8,192 (32 MiB) fill up with the rows a
# run writes, none of which it reads again; the keys' index of a large cache still fits in 1,024.
CACHE_PAGES = 1024


def open_store(directory: Path) -> diskcache.Cache:
    """A diskcache folder read through ``JsonOnlyDisk``; raises what diskcache raises for a damaged one."""
    return diskcache.Cache(str(directory), disk=JsonOnlyDisk, sqlite_cache_size=CACHE_PAGES)
