"""The Batch API's files, line by line: one request line per extract request, and for each line of a results file
the answer it gives, checked exactly as an online answer is.

A request line is ``{"custom_id": KEY, "method": "POST", "url": "/v1/chat/completions", "body": BODY}``. KEY is
the request's cache key, so each answer maps back to one request without doubt; BODY is the very request the online
path sends, built by instructor in the backend's mode (model, messages, response_format, temperature, seed,
max_tokens). A results line (OpenAI's output and error files, vLLM's ``run_batch`` output) is
``{"custom_id": KEY, "response": {"status_code": 200, "body": CHAT_COMPLETION}, "error": null}``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from summarise.backends.base import GenerateRequest, GenerateResult

if TYPE_CHECKING:
    from pydantic import BaseModel

    from summarise.backends.openai_compat import OpenAICompatBackend

ENDPOINT: Final = "/v1/chat/completions"


def _prepared(backend: OpenAICompatBackend, request: GenerateRequest) -> tuple[type[BaseModel], dict[str, Any]]:
    """The response model and the request's keyword arguments as instructor prepares them in the backend's mode:
    the same call the online path's patched client makes before it sends anything."""
    from instructor.processing.response import handle_response_model

    model, kwargs = handle_response_model(
        request.response_model,
        mode=_mode(backend),
        model=backend.model,
        messages=request.messages,
        temperature=request.temperature,
        seed=request.seed,
        max_tokens=request.max_tokens,
    )
    assert model is not None
    return model, kwargs


def request_line(backend: OpenAICompatBackend, key: str, request: GenerateRequest) -> str:
    """One line of a Batch API input file: the chat request the online path would send, under its cache key."""
    _, body = _prepared(backend, request)
    # ASCII only: a line separator in an article (U+2028) stays escaped, so every reader splits lines alike.
    return json.dumps({"custom_id": key, "method": "POST", "url": ENDPOINT, "body": body})


def requests_file(backend: OpenAICompatBackend, requests: dict[str, GenerateRequest]) -> bytes:
    """A Batch API input file (JSONL) of ``requests``, keyed by their cache keys."""
    return "".join(request_line(backend, key, r) + "\n" for key, r in requests.items()).encode("utf-8")


def results(text: str) -> tuple[dict[str, dict[str, Any]], int]:
    """The lines of one or more results files by ``custom_id``, and how many lines were not results at all."""
    found: dict[str, dict[str, Any]] = {}
    unreadable = 0
    for raw in text.split("\n"):  # not splitlines(): U+2028 may stand unescaped inside a line's JSON
        if not raw.strip():
            continue
        try:
            line = json.loads(raw)
        except ValueError:
            line = None
        if isinstance(line, dict) and isinstance(line.get("custom_id"), str):
            found[line["custom_id"]] = line
        else:
            unreadable += 1
    return found, unreadable


def _problem(line: dict[str, Any]) -> str | None:
    """Why a results line holds no answer (an error line, an HTTP error), or None when it holds one."""
    error = line.get("error")
    if isinstance(error, dict) and error:
        return f"{error.get('code') or 'error'}: {error.get('message') or 'no message'}"
    response = line.get("response")
    if not isinstance(response, dict):
        return "the line holds no response"
    body = response.get("body")
    if response.get("status_code") != 200:
        failure = body.get("error") if isinstance(body, dict) else None
        message = failure.get("message") if isinstance(failure, dict) else None
        return f"HTTP {response.get('status_code')}" + (f": {message}" if message else "")
    return None if isinstance(body, dict) else "the line holds no answer"


def answer(backend: OpenAICompatBackend, request: GenerateRequest, line: dict[str, Any]) -> GenerateResult | str:
    """The answer a results line gives, as the online path would have kept it in the cache; or why there is none.

    The completion is parsed by instructor for the request's response model, as the online path parses it. No
    validation context is passed, as online: each request's draft class carries its article (``grounding``), and
    its validators check every quote, name and date against it. An answer that fails is not re-asked here: its
    article is asked online, where a failed answer goes back to the model with the errors.
    """
    from instructor.core.exceptions import IncompleteOutputException, InstructorError
    from instructor.processing.response import process_response
    from openai.types.chat import ChatCompletion
    from pydantic import ValidationError

    problem = _problem(line)
    if problem is not None:
        return backend.scrub(problem)[:300]
    try:
        completion = ChatCompletion.model_validate(line["response"]["body"])
    except ValidationError:
        return "the answer is not a chat completion"
    model, _ = _prepared(backend, request)
    try:
        parsed = process_response(
            completion, response_model=model, stream=False, strict=True, mode=_mode(backend), validation_context=None
        )
    except IncompleteOutputException:
        return f"the answer was cut at max_tokens ({request.max_tokens})"
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        return backend.scrub(f"the answer failed its checks: {where + ': ' if where else ''}{first['msg']}")[:300]
    except (ValueError, InstructorError) as exc:
        return backend.scrub(f"the answer could not be read: {exc}")[:300]
    usage = completion.usage
    return GenerateResult(
        data=parsed.model_dump(mode="json"),
        valid=True,
        calls=1,
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
    )


def _mode(backend: OpenAICompatBackend) -> Any:
    import instructor

    return instructor.Mode(backend.mode)
