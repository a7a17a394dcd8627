"""A caching wrapper around any backend.

The key is a SHA-256 of everything that changes an answer: the backend's identity (kind, model,
base URL, mode), the rendered messages (so the article text and the prompt template), the response
schema, the validation context, the re-ask count and the generation options. Values are JSON text,
never pickles: a planted pickle in a cache directory could run code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import diskcache

from summarise.backends.base import Backend, GenerateRequest, GenerateResult, Progress

CACHE_FORMAT = 1


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


class ResponseCache:
    """A directory of JSON answers keyed by request."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._cache = diskcache.Cache(str(self.directory))

    def get(self, key: str) -> GenerateResult | None:
        raw = self._cache.get(key)
        if not isinstance(raw, str):
            return None
        try:
            data: dict[str, Any] = json.loads(raw)
            return GenerateResult(**data)
        except (ValueError, TypeError):
            return None

    def put(self, key: str, result: GenerateResult) -> None:
        self._cache.set(key, json.dumps(asdict(result), ensure_ascii=False))

    def stats(self) -> tuple[int, int]:
        """(entries, bytes on disk)."""
        return len(self._cache), int(self._cache.volume())

    def clear(self) -> int:
        return int(self._cache.clear())

    def close(self) -> None:
        self._cache.close()


class CachedBackend:
    """Any backend, answering from the cache when the same request was answered before."""

    def __init__(self, inner: Backend, cache: ResponseCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name
        self.model = inner.model
        self.checks_first = inner.checks_first

    @property
    def identity(self) -> dict[str, str]:
        return self.inner.identity

    async def generate(self, request: GenerateRequest) -> GenerateResult:
        key = request_key(self.inner.identity, request)
        hit = self.cache.get(key)
        if hit is not None:
            hit.cached, hit.calls, hit.prompt_tokens, hit.completion_tokens = True, 0, 0, 0
            return hit
        result = await self.inner.generate(request)
        self.cache.put(key, result)
        return result

    async def context_window(self) -> int:
        return await self.inner.context_window()

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        return await self.inner.check(pull=pull, progress=progress)

    async def aclose(self) -> None:
        await self.inner.aclose()
        self.cache.close()
