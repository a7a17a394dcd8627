"""The one seam every model backend implements: ``generate`` one structured response.

Retries on invalid output (re-asks) happen inside ``generate`` through instructor; caching and
usage accounting wrap the seam from outside (``summarise.cache``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel


@dataclass(frozen=True)
class GenerateRequest:
    """One structured call: the messages, the schema to fill, and what validation needs to know."""

    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    context: dict[str, Any] = field(default_factory=dict)
    reask: int = 1
    temperature: float = 0.0
    seed: int = 7
    max_tokens: int = 700


@dataclass
class GenerateResult:
    """What came back. ``data`` is the last answer as JSON data, ``valid`` whether it passed validation."""

    data: dict[str, Any] | None
    valid: bool
    errors: list[str] = field(default_factory=list)
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: bool = False


@runtime_checkable
class Backend(Protocol):
    """A model behind one method. ``name`` is the backend kind, ``model`` the model it serves."""

    name: str
    model: str

    @property
    def identity(self) -> dict[str, str]:
        """Everything about the backend that changes an answer (goes into cache keys)."""
        ...

    async def generate(self, request: GenerateRequest) -> GenerateResult: ...

    async def context_window(self) -> int: ...

    async def check(self) -> str: ...

    async def aclose(self) -> None: ...


def estimate_tokens(text: str) -> int:
    """A count of tokens that errs high: three bytes of UTF-8 per token (real tokenizers average more)."""
    return math.ceil(len(text.encode("utf-8")) / 3) + 4


def messages_tokens(messages: list[dict[str, str]]) -> int:
    return sum(estimate_tokens(m.get("content", "")) + 4 for m in messages)
