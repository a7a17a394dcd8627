"""Each article's checked summary, kept beside the cached answers it was checked from.

A run answered wholly from the cache would otherwise check every answer again: sentences, evidence and figures
are most of such a run's time. An entry is keyed on the article as read and cleaned, the answers it was checked
from, and a fingerprint of the code that checks (this package's modules and the versions of the libraries that
read text): an edit to any of them, or another answer, checks again. Values are JSON text, as the answers are;
an entry that cannot be read is a miss, and a folder that cannot be opened is done without.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from summarise.cache import DERIVED
from summarise.models import Article, ArticleSummary
from summarise.store import RefusedRow, open_store

if TYPE_CHECKING:
    import diskcache

    from summarise.backends.base import GenerateResult

LIBRARIES = (
    "pydantic",
    "pysbd",
    "rapidfuzz",
    "dateparser",
    "anyascii",
    "charset-normalizer",
    "htmldate",
    "trafilatura",
)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of this package's modules and of the versions of the libraries that read and check text."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name} {version(name)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{name} -\0".encode())
    return digest.hexdigest()


class SummaryStore:
    """Checked summaries in the ``derived`` folder of a cache folder, opened on first use."""

    def __init__(self, cache_dir: Path) -> None:
        self.directory = Path(cache_dir) / DERIVED
        self._store: diskcache.Cache | None = None
        self._unusable = False

    def _open(self) -> diskcache.Cache | None:
        if self._store is None and not self._unusable:
            try:
                self._store = open_store(self.directory)
            except (sqlite3.DatabaseError, OSError):
                self._unusable = True  # the run goes on: summaries are checked again
        return self._store

    @staticmethod
    def key(article: Article, answers: list[GenerateResult]) -> str:
        material = {
            "code": code_fingerprint(),
            "article": article.model_dump(mode="json"),
            "answers": [[a.data, a.valid, a.errors, a.complete] for a in answers],
        }
        blob = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def get(self, key: str) -> ArticleSummary | None:
        store = self._open()
        if store is None:
            return None
        try:
            raw = store.get(key)
        except (RefusedRow, sqlite3.DatabaseError, OSError, UnicodeDecodeError):
            return None
        if not isinstance(raw, str):
            return None
        try:
            return ArticleSummary.model_validate_json(raw)
        except ValidationError:
            return None

    def put(self, key: str, summary: ArticleSummary) -> None:
        store = self._open()
        if store is None:
            return
        try:
            store.set(key, summary.model_dump_json())
        except (sqlite3.DatabaseError, OSError):
            return

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
