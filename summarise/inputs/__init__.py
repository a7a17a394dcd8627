"""Inputs -> Article. One registry of readers, chosen by what the user names.

Today: files and folders (``files.py``; HTML through ``html.py``), folders of fetched pages
(``snapshots.py``, written by ``summarise fetch``) and ArticleSummary files for ``merge``
(``summaries.py``). A new kind of input (standard input, say) is one module here and one entry in
``READERS``. URLs are fetched by ``summarise.fetch`` into a snapshot folder, never read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from summarise.errors import InputError
from summarise.inputs.files import load
from summarise.inputs.snapshots import holds_snapshots, load_snapshots
from summarise.inputs.summaries import read_summaries
from summarise.models import Article

Reader = Callable[[list[Path]], list[Article]]
READERS: dict[str, Reader] = {"files": load, "snapshots": load_snapshots}
_URL = re.compile(r"^[a-z][a-z0-9+.-]*:/", re.IGNORECASE)


def kind_of(path: Path) -> str:
    """Which reader takes an input as the user named it."""
    if _URL.match(str(path)):
        raise InputError(f"{path} is a URL: fetch it first (`summarise fetch URL --snapshots DIR`), then brief DIR")
    return "snapshots" if holds_snapshots(path) else "files"


def read(paths: list[Path]) -> list[Article]:
    """Every article the inputs hold, in the order named."""
    if not paths:
        return READERS["files"](paths)
    kinds = {kind_of(p) for p in paths}
    return [a for kind in sorted(kinds) for a in READERS[kind]([p for p in paths if kind_of(p) == kind])]


__all__ = ["READERS", "read", "read_summaries"]
