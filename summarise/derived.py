"""Each article's checked summary, kept beside the cached answers it was checked from.

A run answered wholly from the cache would otherwise check every answer again: sentences, evidence and figures
are most of such a run's time. An entry is keyed on the article as read and cleaned, the answers it was checked
from, and a fingerprint of the code that checks (this package's modules and the versions of the libraries that
read text): an edit to any of them, or another answer, checks again. Values are JSON text, as the answers are;
an entry that cannot be read is a miss, and a folder that cannot be opened is done without.

A second kind of entry, the article's plan, spares a re-run building each request again only to find its key:
keyed on the article, every setting that can change a request or a check, the context window, the backend's
identity, the code and the prompt templates, it names the keys of the article's answers in the response cache,
a digest of those answers and the key of the summary checked from them. It is followed only when every answer
is still in the cache and still the same; else the requests are built as on a first run.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass
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

    from summarise.backends.base import Backend, GenerateResult
    from summarise.settings import Settings

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
    """A digest of this package's modules and data (the words of kinds of happening, the outlets) and of the
    versions of the libraries that read and check text."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in fingerprinted(package):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    for name in LIBRARIES:
        try:
            digest.update(f"{name} {version(name)}\0".encode())
        except PackageNotFoundError:
            digest.update(f"{name} -\0".encode())
    return digest.hexdigest()


def fingerprinted(package: Path) -> list[Path]:
    """The files of the package a checked summary depends on: its modules and its data."""
    return sorted([*package.rglob("*.py"), *package.rglob("data/*.toml")])


# Settings that change no request and no check: how many calls at once, how long to wait, how often to retry.
# The API key and the base URL are left out too: the backend's identity carries the URL without its secrets.
NOT_IN_PLAN = {"api_key", "base_url", "concurrency", "timeout", "retries", "batch_poll", "use_cache"}


def templates_fingerprint() -> str:
    """A digest of the prompt templates in use (``SUMMARISE_PROMPTS_DIR`` or the package's)."""
    from summarise.prompts import prompts_dir

    return _templates(str(prompts_dir()))


@lru_cache(maxsize=4)
def _templates(directory: str) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(directory).rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _digest(material: object) -> str:
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def answers_digest(answers: list[GenerateResult]) -> str:
    """A digest of what the answers say (not of how they were got: a call or a cache hit)."""
    return _digest([[a.data, a.valid, a.errors, a.complete] for a in answers])


@dataclass
class Plan:
    """Where one article's answers and checked summary are kept."""

    requests: list[str]
    answers: str
    summary: str


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
        return _digest(material)

    @staticmethod
    def plan_context(settings: Settings, window: int, backend: Backend) -> str:
        """What every article's plan in a run shares: the settings that can change a request or a check, the
        window, the backend, the code and the prompt templates (worked out once a run)."""
        material = {
            "code": code_fingerprint(),
            "templates": templates_fingerprint(),
            "settings": settings.model_dump(mode="json", exclude=NOT_IN_PLAN),
            "window": window,
            "backend": [backend.name, backend.identity],
        }
        return _digest(material)

    @staticmethod
    def plan_key(article: Article, context: str) -> str:
        return "plan:" + _digest({"context": context, "article": article.model_dump(mode="json")})

    def _text(self, key: str) -> str | None:
        store = self._open()
        if store is None:
            return None
        try:
            raw = store.get(key)
        except (RefusedRow, sqlite3.DatabaseError, OSError, UnicodeDecodeError):
            return None
        return raw if isinstance(raw, str) else None

    def _set(self, key: str, text: str) -> None:
        store = self._open()
        if store is None:
            return
        try:
            store.set(key, text)
        except (sqlite3.DatabaseError, OSError):
            return

    def get(self, key: str) -> ArticleSummary | None:
        raw = self._text(key)
        if raw is None:
            return None
        try:
            return ArticleSummary.model_validate_json(raw)
        except ValidationError:
            return None

    def put(self, key: str, summary: ArticleSummary) -> None:
        self._set(key, summary.model_dump_json())

    def plan(self, key: str) -> Plan | None:
        raw = self._text(key)
        try:
            plan = Plan(**json.loads(raw)) if raw is not None else None
        except (ValueError, TypeError):
            return None
        texts = [plan.answers, plan.summary, *plan.requests] if plan and isinstance(plan.requests, list) else [None]
        return plan if all(isinstance(t, str) for t in texts) else None

    def keep_plan(self, key: str, plan: Plan) -> None:
        self._set(key, json.dumps(asdict(plan)))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
