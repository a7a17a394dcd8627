"""Inputs -> Article. One registry of readers, chosen by what the user names.

Today: files and folders (``files.py``; HTML through ``html.py``), folders of fetched pages
(``snapshots.py``, written by ``summarise fetch``) and ArticleSummary files for ``merge``
(``summaries.py``). Standard input (``-``) is ``stdin.py``. A new kind of input is one module here and one entry in
``READERS``. URLs are fetched by ``summarise.fetch`` into a snapshot folder, never read here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from summarise.errors import InputError
from summarise.inputs.files import load
from summarise.inputs.snapshots import holds_snapshots, load_snapshots
from summarise.inputs.stdin import read_stdin
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


def read(paths: list[Path], *, stdin_name: str = "stdin") -> list[Article]:
    """Every article the inputs hold, in the order named; ``-`` is one article read from standard input."""
    piped = [p for p in paths if str(p) == "-"]
    if len(piped) > 1:
        raise InputError("`-` (standard input) can be named once")
    paths = [p for p in paths if str(p) != "-"]
    if not paths and not piped:
        return READERS["files"](paths)
    kinds = {kind_of(p) for p in paths}
    found = [a for kind in sorted(kinds) for a in READERS[kind]([p for p in paths if kind_of(p) == kind])]
    return ([read_stdin(stdin_name)] if piped else []) + found


__all__ = ["READERS", "read", "read_summaries"]
