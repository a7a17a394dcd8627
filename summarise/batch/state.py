"""Which batch was sent for which requests: one small JSON file per batch in the cache folder's ``batches/``.

A file is named after the set of requests the batch holds (their cache keys), so the same command run again (the
same articles, model and settings, the same answers missing) finds the batch it sent and waits for it instead of
sending another. It is written whole (``summarise.atomic``) before the first question about the batch, so a run
stopped while it waits leaves it behind; it is removed once the batch has ended and its answers are in the cache.
It holds the batch and file ids, the server's address without credentials, the model and the count of requests:
never a key.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from summarise import atomic

FOLDER = "batches"


def path_for(cache_dir: Path, keys: Iterable[str]) -> Path:
    """The state file of a batch of these requests."""
    digest = hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()[:32]
    return Path(cache_dir) / FOLDER / f"{digest}.json"


def save(path: Path, *, batch_id: str, file_id: str, url: str, model: str, count: int) -> None:
    """Keep a batch's id (raises OSError when the cache folder cannot be written)."""
    record = {
        "batch_id": batch_id,
        "input_file_id": file_id,
        "base_url": url,
        "model": model,
        "requests": count,
        "sent": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, json.dumps(record, indent=2, sort_keys=True) + "\n")


def batch_id(path: Path) -> str | None:
    """The id of the batch a state file names; None when there is none (or it cannot be read)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    found = record.get("batch_id") if isinstance(record, dict) else None
    return found if isinstance(found, str) and found else None


def forget(cache_dir: Path, ended: str) -> None:
    """Remove the state files of a batch that has ended."""
    for path in sorted((Path(cache_dir) / FOLDER).glob("*.json")):
        if batch_id(path) == ended:
            path.unlink(missing_ok=True)
