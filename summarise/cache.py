"""A caching wrapper around any backend.

The key is a SHA-256 of everything that changes an answer: the backend's identity (kind, model,
base URL, mode), the rendered messages (so the article text and the prompt template), the response
schema, the validation context, the re-ask count and the generation options. Values are JSON text,
never pickles: a planted pickle in a cache directory could run code.

The cache also remembers the context window each server gave (``context-windows.json``, keyed by the
backend's identity), so that a run answered wholly from the cache asks no server anything; a run with a
request the cache cannot answer asks the server again before that request is sent.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from summarise import atomic
from summarise.backends.base import Backend, GenerateRequest, GenerateResult, Progress
from summarise.store import RefusedRow, open_store

CACHE_FORMAT = 1


WINDOWS = "context-windows.json"
DERIVED = "derived"  # summarise.derived keeps checked summaries there


def _identity_key(identity: dict[str, str]) -> str:
    blob = json.dumps({"format": CACHE_FORMAT, "backend": identity}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def request_key(identity: dict[str, str], request: GenerateRequest) -> str:
    material = {
        "format": CACHE_FORMAT,
        "backend": identity,
        "messages": request.messages,
        "schema": request.response_model.model_json_schema(),
        "context": request.context,
        "reask": request.reask,
        "options": {"temperature": request.temperature, "seed": request.seed, "max_tokens": request.max_tokens},
    }
    blob = json.dumps(material, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


log = logging.getLogger("summarise")


class CacheUnavailable(Exception):
    """The cache database cannot be opened (damaged, or not a cache)."""


def _result(raw: Any) -> GenerateResult | None:
    """A cached row as a result, or None when it is not one (wrong shape, not JSON, bytes)."""
    if not isinstance(raw, str):
        return None
    try:
        data = json.loads(raw)
        result = GenerateResult(**data)
    except (ValueError, TypeError):
        return None
    ok = (result.data is None or isinstance(result.data, dict)) and isinstance(result.valid, bool)
    return result if ok and isinstance(result.errors, list) else None


class ResponseCache:
    """A directory of JSON answers keyed by request. Rows that are not such an answer are misses."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._warned = False
        try:
            self._cache = open_store(self.directory)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise CacheUnavailable(
                f"the cache in {self.directory} cannot be opened ({exc}): "
                f"run `summarise cache clear` to start it afresh"
            ) from None

    def get(self, key: str) -> GenerateResult | None:
        try:
            raw = self._cache.get(key)
        except (RefusedRow, sqlite3.DatabaseError, OSError, UnicodeDecodeError):
            raw = b"refused"
        result = _result(raw)
        if result is None and raw is not None and not self._warned:
            self._warned = True
            log.warning(
                "summarise: a cache row in %s was not a stored answer; it is ignored and replaced", self.directory
            )
        return result

    def put(self, key: str, result: GenerateResult) -> None:
        self._cache.set(key, json.dumps(asdict(result), ensure_ascii=False))

    def _windows(self) -> dict[str, int]:
        try:
            data = json.loads((self.directory / WINDOWS).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, int) and not isinstance(v, bool) and v > 0}

    def window(self, identity: dict[str, str]) -> int | None:
        """The context window this backend's server gave last time, if the cache remembers one."""
        return self._windows().get(_identity_key(identity))

    def remember_window(self, identity: dict[str, str], window: int) -> None:
        windows = self._windows()
        if windows.get(_identity_key(identity)) == window:
            return
        windows[_identity_key(identity)] = window
        try:
            atomic.write_text(self.directory / WINDOWS, json.dumps(windows, sort_keys=True))
        except OSError:
            pass  # an unwritable cache folder only costs the next run one question

    def tokens(self, key: str) -> int | None:
        """A token count remembered under ``key`` (a row of another shape is a miss)."""
        try:
            raw = self._cache.get("tokens:" + key)
            value = json.loads(raw) if isinstance(raw, str) else None
        except (RefusedRow, sqlite3.DatabaseError, OSError, UnicodeDecodeError, ValueError):
            return None
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None

    def remember_tokens(self, key: str, count: int) -> None:
        self._cache.set("tokens:" + key, json.dumps(count))

    def stats(self) -> tuple[int, int]:
        """(entries, bytes on disk)."""
        return len(self._cache), int(self._cache.volume())

    def clear(self) -> int:
        (self.directory / WINDOWS).unlink(missing_ok=True)
        shutil.rmtree(self.directory / DERIVED, ignore_errors=True)
        return int(self._cache.clear())

    @staticmethod
    def wipe(directory: Path) -> int:
        """Remove a cache that cannot be opened: its database and value files. Returns the files removed."""
        removed = 0
        for path in (
            sorted(Path(directory).glob("cache.db*"))
            + sorted(Path(directory).glob("[0-9a-f][0-9a-f]/**/*.val"))
            + sorted(Path(directory).glob(WINDOWS))
        ):
            path.unlink(missing_ok=True)
            removed += 1
        shutil.rmtree(Path(directory) / DERIVED, ignore_errors=True)
        return removed

    def close(self) -> None:
        self._cache.close()


def keeps(request: GenerateRequest, result: GenerateResult) -> bool:
    """Whether a result is the model's answer to the question asked (kept even when some of it failed the checks,
    so that a re-run is free), rather than a failure: no answer, or JSON of another shape. An answer cut at
    max_tokens is the model's answer at that budget (the budget is in the key: raising it asks again)."""
    if result.valid:
        return True
    if result.data is None:
        return False
    if not result.complete:
        return True
    fields = request.response_model.model_fields
    required = {name for name, f in fields.items() if f.is_required()}
    return required <= set(result.data) and set(result.data) <= set(fields)


class CachedBackend:
    """Any backend, answering from the cache when the same request was answered before.

    Its context window is the one the cache remembers for the backend, when there is one and no window was
    configured (``--context-window``): a run answered wholly from the cache then asks no server. Before the
    first request the cache cannot answer, the backend is asked for its window again (``confirm_window``).
    """

    def __init__(self, inner: Backend, cache: ResponseCache, *, configured_window: int | None = None) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.model = inner.model
        self.checks_first = inner.checks_first
        self._configured = configured_window
        self._window: int | None = None
        self._confirming: asyncio.Future[int] | None = None
        self.window_confirmed = False

    @property
    def identity(self) -> dict[str, str]:
        return self.inner.identity

    def key(self, request: GenerateRequest) -> str:
        """The request's key in the cache, computed once and kept on the request."""
        if request.cache_key is None:  # a memo of what the request's own (frozen) fields give
            object.__setattr__(request, "cache_key", request_key(self.inner.identity, request))
        return request.cache_key  # type: ignore[return-value]

    def lookup(self, request: GenerateRequest) -> GenerateResult | None:
        """The cached answer to a request, without asking the backend."""
        return self.hit(self.key(request))

    def hit(self, key: str) -> GenerateResult | None:
        """The answer the cache keeps under ``key``, as a cache hit (no calls, no tokens), or None."""
        hit = self.cache.get(key)
        if hit is not None:
            hit.cached, hit.calls, hit.prompt_tokens, hit.completion_tokens, hit.server_seconds = True, 0, 0, 0, 0.0
        return hit

    async def generate(self, request: GenerateRequest) -> GenerateResult:
        key = self.key(request)
        hit = self.hit(key)
        if hit is not None:
            return hit
        if not self.window_confirmed:  # an uncached call: the server is asked for its window first
            await self._confirm_once()
        result = await self.inner.generate(request)
        if keeps(request, result):
            # An answer (checked or not) is kept; a failure or a cut answer never is: the next run asks again.
            self.cache.put(key, result)
        return result

    async def context_window(self) -> int:
        """The remembered window when the cache holds one (no question to the server), else the backend's."""
        if self._window is None:
            remembered = None if self._configured else self.cache.window(self.inner.identity)
            if remembered is None:
                return await self.confirm_window()
            self._window = remembered
        return self._window

    async def confirm_window(self) -> int:
        """Ask the backend for its window (its server, where it has one) and remember the answer."""
        window = await self.inner.context_window()
        self._window, self.window_confirmed = window, True
        if not self._configured:
            self.cache.remember_window(self.inner.identity, window)
        return window

    async def _confirm_once(self) -> None:
        """Concurrent first misses wait for one question, not one each."""
        if self._confirming is None:
            self._confirming = asyncio.ensure_future(self.confirm_window())
        try:
            await self._confirming
        except BaseException:
            self._confirming = None  # a later call asks again
            raise

    async def count_tokens(self, text: str) -> int | None:
        """The inner backend's count of ``text``, remembered: a re-run asks no server for it."""
        counter = getattr(self.inner, "count_tokens", None)
        if counter is None:
            return None
        key = _identity_key(self.inner.identity) + ":" + hashlib.sha256(text.encode("utf-8")).hexdigest()
        known = self.cache.tokens(key)
        if known is not None:
            return known
        counted: int | None = await counter(text)
        if counted:
            self.cache.remember_tokens(key, counted)
        return counted

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        return await self.inner.check(pull=pull, progress=progress)

    async def aclose(self) -> None:
        await self.inner.aclose()
        self.cache.close()
