"""A scripted backend: a test double that answers from a function instead of a model.

Shipped so that users can test code built on summarise without a network or a model, as the
pipeline's own tests do. It validates answers exactly as a real backend does (same schema, same
validation context, same re-ask count), so grounding checks run for real. A responder tells
requests apart by ``request.kind`` (``"extract"``, ``"overview"`` or ``"same_event"``).

Every double has a name, and the name is part of its identity (and so of every cache key): two
doubles with different names never share cached answers.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from summarise.backends.base import GenerateRequest, GenerateResult, Progress, messages_tokens

Responder = Callable[[GenerateRequest, int], dict[str, Any]]
_unnamed = itertools.count(1)


class ScriptedBackend:
    """Answers each request with ``responder(request, attempt)``; attempt counts from 0 on re-asks.

    ``name`` identifies the script; without one, each double gets a name of its own.
    """

    name = "scripted"
    checks_first = False

    def __init__(
        self,
        responder: Responder,
        *,
        script: str | None = None,
        model: str = "scripted",
        context: int = 8192,
        keep_requests: bool = True,
        tokenizer: Callable[[str], int] | None = None,
    ) -> None:
        self.model = model
        self.script = script or f"unnamed-{next(_unnamed)}"
        self.responder = responder
        self.requests: list[GenerateRequest] = []  # every request seen, for tests (keep_requests=False: none)
        self.keep_requests = keep_requests
        self.tokenizer = tokenizer  # a stand-in for a server's tokenizer; without one, counts are estimated
        self.counted: list[str] = []
        self._context = context

    @property
    def identity(self) -> dict[str, str]:
        return {"backend": self.name, "model": self.model, "script": self.script}

    async def generate(self, request: GenerateRequest) -> GenerateResult:
        if self.keep_requests:
            self.requests.append(request)
        result = GenerateResult(data=None, valid=False)
        for attempt in range(request.reask + 1):
            data = self.responder(request, attempt)
            result.calls += 1
            result.prompt_tokens += messages_tokens(request.messages)
            result.completion_tokens += len(str(data)) // 4
            result.data = data
            try:
                request.response_model.model_validate(data, context=request.context)
            except ValidationError as exc:
                result.errors = [str(exc)]
                continue
            result.valid, result.errors = True, []
            break
        return result

    async def count_tokens(self, text: str) -> int | None:
        if self.tokenizer is None:
            return None
        self.counted.append(text)
        return self.tokenizer(text)

    async def context_window(self) -> int:
        return self._context

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        return f"scripted backend {self.script!r} (test double)"

    async def aclose(self) -> None:
        return None
