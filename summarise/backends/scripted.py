"""A scripted backend: a test double that answers from a function instead of a model.

Ship it so that users can test code built on summarise without a network or a model, as the
pipeline's own tests do. It validates answers exactly as a real backend does (same schema, same
validation context, same re-ask count), so grounding checks run for real.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from summarise.backends.base import GenerateRequest, GenerateResult, messages_tokens

Responder = Callable[[GenerateRequest, int], dict[str, Any]]


class ScriptedBackend:
    """Answers each request with ``responder(request, attempt)``; attempt counts from 0 on re-asks."""

    name = "scripted"

    def __init__(self, responder: Responder, *, model: str = "scripted", context: int = 8192) -> None:
        self.model = model
        self.responder = responder
        self.requests: list[GenerateRequest] = []
        self._context = context

    @property
    def identity(self) -> dict[str, str]:
        return {"backend": self.name, "model": self.model}

    async def generate(self, request: GenerateRequest) -> GenerateResult:
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

    async def context_window(self) -> int:
        return self._context

    async def check(self) -> str:
        return "scripted backend (test double)"

    async def aclose(self) -> None:
        return None
