"""Model backends, chosen by one string: ``local``, ``local:PATH.gguf``, ``ollama:MODEL``, ``openai:MODEL``.

The string is split on its first colon, here and nowhere else, so ``ollama:qwen2.5:7b`` names the
model ``qwen2.5:7b``. ``REGISTRY`` maps each kind to the class that serves it, named as text so that
a backend's heavy dependency is imported only when that backend is chosen. Adding a backend is one
file in this folder (a class with ``from_spec(settings, model)``) and one line here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from summarise.backends.base import Backend, GenerateRequest, GenerateResult, Usage, estimate_tokens
from summarise.errors import ConfigError

if TYPE_CHECKING:
    from summarise.settings import Settings

REGISTRY: dict[str, str] = {
    "local": "summarise.backends.local:LocalBackend",
    "ollama": "summarise.backends.ollama:OllamaBackend",
    "openai": "summarise.backends.openai_compat:OpenAICompatBackend",
}
NEEDS_MODEL = {"ollama", "openai"}
# Model calls at once when --concurrency is not given: the embedded model has one slot per core; an Ollama
# server answers OLLAMA_NUM_PARALLEL requests at once (4 unless set); a remote endpoint serves many.
REMOTE_CONCURRENCY = 8
OLLAMA_PARALLEL = 4


def concurrency_for(settings: Settings, backend_name: str) -> int:
    """How many model calls to keep in flight: ``--concurrency`` when given, else what the backend serves."""
    import os

    if settings.concurrency:
        return settings.concurrency
    if backend_name == "local":
        return max(1, os.cpu_count() or 1)
    if backend_name == "ollama":
        given = os.environ.get("OLLAMA_NUM_PARALLEL", "")
        return int(given) if given.isdigit() and int(given) > 0 else OLLAMA_PARALLEL
    return REMOTE_CONCURRENCY


def parse_spec(spec: str) -> tuple[str, str]:
    """``kind:model`` split on the first colon; ``local`` alone means the embedded default model."""
    kind, _, model = spec.strip().partition(":")
    kind = kind.lower()
    if kind == "scripted":
        raise ConfigError("the scripted backend is a test double: build it in code with ScriptedBackend(...)")
    if kind not in REGISTRY:
        raise ConfigError(f"unknown backend {kind!r} in --model {spec!r}: use local, ollama:MODEL or openai:MODEL")
    if kind in NEEDS_MODEL and not model:
        raise ConfigError(f"--model {spec!r} names no model: write it as {kind}:MODEL, e.g. ollama:qwen2.5:7b")
    return kind, model


def make_backend(settings: Settings) -> Backend:
    kind, model = parse_spec(settings.model)
    module, _, cls = REGISTRY[kind].partition(":")
    backend: Backend = getattr(importlib.import_module(module), cls).from_spec(settings, model)
    return backend


__all__ = ["Backend", "GenerateRequest", "GenerateResult", "Usage", "estimate_tokens", "make_backend", "parse_spec"]
