"""The one seam every model backend implements: ``generate`` one structured response.

Retries on invalid output (re-asks) happen inside ``generate`` through instructor; caching wraps the
seam from outside (``summarise.cache``). ``Usage`` is the one account of what a run cost (calls,
cache hits, tokens, time per stage), kept the same way by extraction and merge.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from pydantic import BaseModel

RequestKind = Literal["extract", "overview", "same_event"]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class GenerateRequest:
    """One structured call: what it is for, the messages, the schema to fill, and what validation needs."""

    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    kind: RequestKind = "extract"
    context: dict[str, Any] = field(default_factory=dict)
    reask: int = 1
    temperature: float = 0.0
    seed: int = 7
    max_tokens: int = 700
    cache_key: str | None = field(default=None, compare=False, repr=False)  # the response cache's key, once computed


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
    complete: bool = True  # False when the server stopped the answer at max_tokens
    server_seconds: float = 0.0  # the time the server says it spent (llama.cpp's own timings), where it says


# Told when a stage of a run starts (seconds None) and when it ends (its wall time): progress displays.
StageCallback = Callable[[str, float | None], None]


@dataclass
class Usage:
    """What a run cost: model calls, cache hits, tokens, reduce stages and wall time per stage."""

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    stages: int = 0
    server_seconds: float = 0.0
    seconds: dict[str, float] = field(default_factory=dict)
    on_stage: StageCallback | None = field(default=None, repr=False, compare=False)

    def add(self, result: GenerateResult) -> None:
        self.calls += result.calls
        self.cache_hits += int(result.cached)
        self.prompt_tokens += result.prompt_tokens
        self.completion_tokens += result.completion_tokens
        self.server_seconds += result.server_seconds

    def record(self) -> dict[str, Any]:
        """The figures a briefing's run record shows."""
        return {
            "model_calls": self.calls,
            "cache_hits": self.cache_hits,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "reduce_stages": self.stages,
            "stage_seconds": dict(self.seconds),
            "server_seconds": round(self.server_seconds, 3) if self.server_seconds else None,
        }

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the wall time of a block to ``seconds[stage]``; tell ``on_stage`` when it starts and ends."""
        started = time.perf_counter()
        if self.on_stage is not None:
            self.on_stage(stage, None)
        try:
            yield
        finally:
            took = time.perf_counter() - started
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + took, 3)
            if self.on_stage is not None:
                self.on_stage(stage, took)


@runtime_checkable
class Backend(Protocol):
    """A model behind one method. ``name`` is the backend kind, ``model`` the model it serves.

    ``checks_first``: whether a run calls ``check`` before reading any article (a server that may lack
    the model, such as Ollama, is asked up front so that the run fails once, with the fix).
    """

    name: str
    model: str
    checks_first: bool

    @property
    def identity(self) -> dict[str, str]:
        """Everything about the backend that changes an answer (goes into cache keys)."""
        ...

    async def generate(self, request: GenerateRequest) -> GenerateResult: ...

    async def context_window(self) -> int: ...

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        """Raise a ``BackendError`` naming the fix unless the backend can serve its model.

        ``pull`` asks a backend that can fetch models (Ollama) to do so, reporting
        ``progress(status, completed, total)``; other backends ignore both.
        """
        ...

    async def aclose(self) -> None: ...


def estimate_tokens(text: str) -> int:
    """A count of tokens that errs high: three bytes of UTF-8 per token (real tokenizers average more)."""
    return math.ceil(len(text.encode("utf-8")) / 3) + 4


def messages_tokens(messages: list[dict[str, str]]) -> int:
    return sum(estimate_tokens(m.get("content", "")) + 4 for m in messages)


@lru_cache(maxsize=64)
def instructor_ready(model: type[BaseModel]) -> type[BaseModel]:
    """The response model as instructor takes it without wrapping: instructor wraps a class that is not its
    ``ResponseSchema`` in a new Pydantic class on every call (about 4 ms, with ``create_model``); a plain
    subclass of both, of the same name and text, is the same schema and validation for a fraction of that.
    The last 64 are kept, so a class used again (the judge's) is made once; a request's own class is kept
    among them for a while, with the article text its checks hold."""
    from instructor.v2.core.function_calls import ResponseSchema

    if issubclass(model, ResponseSchema):
        return model
    namespace = {"__module__": model.__module__, "__qualname__": model.__qualname__, "__doc__": model.__doc__}
    return type(model.__name__, (model, ResponseSchema), namespace)
