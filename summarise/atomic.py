"""Files written whole or not at all: a temporary file beside the target, renamed into place, with the
permissions any file the user writes gets (their umask), never a half-written briefing."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_bytes(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (or its parts, one after another) to ``path`` atomically (its folder must exist)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)  # as any file the user writes, not mkstemp's 0600
        with os.fdopen(fd, "wb") as fh:
            for part in [data] if isinstance(data, bytes) else data:
                fh.write(part)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its parts) as UTF-8 to ``path`` atomically (its folder must exist)."""
    write_bytes(path, text.encode("utf-8") if isinstance(text, str) else (t.encode("utf-8") for t in text))
