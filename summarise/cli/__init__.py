"""``summarise``: a thin typer layer over the Python API. Builds Settings here, at the edge.

options.py   options shared by commands, each defined once; Settings from flags
io.py        whole-file writes, progress on stderr, one line per user mistake
commands.py  the commands
"""

from __future__ import annotations

import logging

from summarise.cli.commands import app


def main() -> None:
    # instructor logs every failed validation; the briefing reports what was dropped and why.
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    app()


__all__ = ["app", "main"]
