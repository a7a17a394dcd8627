"""A local Ollama server. Generation goes through Ollama's OpenAI-compatible /v1 endpoint (shared code);
the ``ollama`` package checks that the model is there, pulls it with a progress bar when it is not,
and asks the server for the model's context length.

Ollama-only quirks, in one place:
* /v1 samples at temperature 1.0 when none is sent, so temperature and seed are always sent;
* /v1 cannot set ``num_ctx``: a prompt longer than the server's context is cut silently, so the
  context window is asked from ``/api/show`` and capped at the server default (``--context-window``
  overrides), and prompts are counted before every call.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import ollama

from summarise.backends.base import Progress
from summarise.backends.openai_compat import OpenAICompatBackend, display_url
from summarise.errors import BackendResponseError, BackendUnreachable, ModelNotFound
from summarise.settings import Settings

DEFAULT_HOST = "http://127.0.0.1:11434"
OLLAMA_DEFAULT_NUM_CTX = 4096


def ollama_host(settings: Settings) -> str:
    host = settings.base_url or os.environ.get("OLLAMA_HOST") or DEFAULT_HOST
    if "://" not in host:
        host = "http://" + host
    return host.rstrip("/").removesuffix("/v1")


class OllamaBackend(OpenAICompatBackend):
    name = "ollama"
    checks_first = True

    def __init__(self, settings: Settings, model: str) -> None:
        self.host = ollama_host(settings)
        super().__init__(settings, model, base_url=self.host + "/v1")
        self._api_key = "ollama"
        self._native = ollama.AsyncClient(host=self.host, timeout=settings.timeout)

    @classmethod
    def from_spec(cls, settings: Settings, model: str) -> OllamaBackend:
        return cls(settings, model)

    def _unreachable(self, exc: Exception) -> BackendUnreachable:
        return BackendUnreachable(
            f"cannot reach Ollama at {display_url(self.host)}: run `ollama serve`, or set OLLAMA_HOST "
            f"or pass --base-url"
        )

    def _not_found(self, exc: Exception) -> ModelNotFound:
        return ModelNotFound(
            f"Ollama at {display_url(self.host)} has no model {self.model!r}: run `ollama pull {self.model}` "
            f"or `summarise check --model ollama:{self.model} --pull`"
        )

    async def _models(self) -> list[str]:
        try:
            listed = await self._native.list()
        except (httpx.ConnectError, ConnectionError) as exc:
            raise self._unreachable(exc) from None
        except ollama.ResponseError as exc:
            raise BackendResponseError(f"Ollama at {display_url(self.host)} answered: {exc.error}") from None
        return [m.model or "" for m in listed.models]

    async def has_model(self) -> bool:
        wanted = self.model if ":" in self.model else self.model + ":latest"
        return any(name in (self.model, wanted) for name in await self._models())

    async def pull(self, progress: Progress | None = None) -> None:
        """Pull the model, reporting (status, completed, total) as Ollama streams it."""
        try:
            async for part in await self._native.pull(self.model, stream=True):
                if progress is not None:
                    progress(part.status or "", part.completed or 0, part.total or 0)
        except (httpx.ConnectError, ConnectionError) as exc:
            raise self._unreachable(exc) from None
        except ollama.ResponseError as exc:
            raise ModelNotFound(f"Ollama could not pull {self.model!r}: {exc.error}") from None

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        if not await self.has_model():
            if not pull:
                raise self._not_found(RuntimeError())
            await self.pull(progress)
        return f"Ollama at {display_url(self.host)} serves {self.model}"

    async def context_window(self) -> int:
        if self.settings.context_window:
            return self.settings.context_window
        try:
            shown: Any = await self._native.show(self.model)
        except (httpx.ConnectError, ConnectionError) as exc:
            raise self._unreachable(exc) from None
        except ollama.ResponseError:
            return OLLAMA_DEFAULT_NUM_CTX
        info = getattr(shown, "modelinfo", None) or {}
        trained = next((int(v) for k, v in info.items() if k.endswith(".context_length")), OLLAMA_DEFAULT_NUM_CTX)
        return min(trained, OLLAMA_DEFAULT_NUM_CTX)
