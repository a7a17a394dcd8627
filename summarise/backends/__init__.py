"""Model backends, chosen by one string: ``local``, ``local:PATH.gguf``, ``ollama:MODEL``, ``openai:MODEL``.

The string is split on its first colon, so ``ollama:qwen2.5:7b`` names the model ``qwen2.5:7b``.
A backend's heavy dependency is imported only when that backend is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarise.backends.base import Backend, GenerateRequest, GenerateResult, estimate_tokens
from summarise.errors import ConfigError

if TYPE_CHECKING:
    from summarise.settings import Settings

KINDS = ("local", "ollama", "openai", "scripted")


def parse_spec(spec: str) -> tuple[str, str]:
    """``kind:model`` split on the first colon; ``local`` alone means the embedded default model."""
    kind, _, model = spec.strip().partition(":")
    kind = kind.lower()
    if kind not in KINDS:
        raise ConfigError(f"unknown backend {kind!r} in --model {spec!r}: use local, ollama:MODEL or openai:MODEL")
    if kind in ("ollama", "openai") and not model:
        raise ConfigError(f"--model {spec!r} names no model: write it as {kind}:MODEL, e.g. ollama:qwen2.5:7b")
    return kind, model


def make_backend(settings: Settings) -> Backend:
    kind, model = parse_spec(settings.model)
    if kind == "local":
        from summarise.backends.local import LocalBackend

        return LocalBackend(settings, model_path=model or None)
    if kind == "ollama":
        from summarise.backends.ollama import OllamaBackend

        return OllamaBackend(settings, model)
    if kind == "openai":
        from summarise.backends.openai_compat import OpenAICompatBackend

        return OpenAICompatBackend(settings, model)
    raise ConfigError("the scripted backend is a test double: build it in code with ScriptedBackend(...)")


__all__ = ["Backend", "GenerateRequest", "GenerateResult", "estimate_tokens", "make_backend", "parse_spec"]
