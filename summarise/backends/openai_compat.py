"""Any server that speaks the OpenAI chat API: OpenAI, vLLM, llama.cpp's server, LM Studio, Ollama's /v1.

Output is constrained with instructor's ``JSON_SCHEMA`` mode (``response_format`` json_schema), the
mode that makes llama.cpp and Ollama decode under a grammar. Temperature and seed are always sent:
Ollama's /v1 otherwise samples at temperature 1.0.

openai and instructor take about a second to import: they are imported when the first request is made, so a
run answered wholly from the cache (and ``--help``) never loads them.
"""

from __future__ import annotations

import asyncio
import json
import os
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from summarise.backends.base import GenerateRequest, GenerateResult, Progress, instructor_ready
from summarise.backends.tokens import server_seconds, server_tokenize, tiktoken_count
from summarise.errors import BackendResponseError, BackendUnreachable, ConfigError, ModelNotFound, SummariseError
from summarise.redact import credentials
from summarise.settings import Settings

if TYPE_CHECKING:
    import instructor
    import openai

DEFAULT_CONTEXT = 8192
JSON_SCHEMA_MODE = "json_schema_mode"  # instructor.Mode.JSON_SCHEMA.value, named without importing instructor


def display_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def scrub(text: str) -> str:
    """Remove anything that looks like a credential from a message shown to users or logs."""
    return credentials(text)


class OpenAICompatBackend:
    name = "openai"
    checks_first = False

    def __init__(self, settings: Settings, model: str, *, base_url: str | None = None) -> None:
        self.settings = settings
        self.model = model
        self.base_url = (
            base_url or settings.base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1"
        ).rstrip("/")
        key = settings.api_key.get_secret_value() if settings.api_key else os.environ.get("OPENAI_API_KEY")
        self._api_key = key or "not-needed"
        self.mode = JSON_SCHEMA_MODE
        self._client: openai.AsyncOpenAI | None = None
        self._patched: instructor.AsyncInstructor | None = None
        self._window: int | None = None
        self._tokenize_url: bool | None = None  # False once the server showed it has no /tokenize

    @classmethod
    def from_spec(cls, settings: Settings, model: str) -> OpenAICompatBackend:
        return cls(settings, model)

    @property
    def identity(self) -> dict[str, str]:
        return {"backend": self.name, "model": self.model, "base_url": self.display_url, "mode": self.mode}

    @property
    def display_url(self) -> str:
        """The base URL without any user:password part, for messages and cache keys."""
        return display_url(self.base_url)

    def client(self) -> openai.AsyncOpenAI:
        if self._client is None:
            import openai

            self._client = openai.AsyncOpenAI(
                base_url=self.base_url,
                api_key=self._api_key,
                timeout=self.settings.timeout,
                max_retries=self.settings.retries,  # the SDK retries 429, 5xx and dropped connections, with backoff
            )
        return self._client

    def patched(self) -> instructor.AsyncInstructor:
        """The client wrapped by instructor once; each call brings its own hooks."""
        if self._patched is None:
            import instructor

            self._patched = instructor.from_openai(self.client(), mode=instructor.Mode(self.mode))
        return self._patched

    async def generate(self, request: GenerateRequest) -> GenerateResult:
        import openai
        from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException
        from instructor.core.hooks import Hooks

        result = GenerateResult(data=None, valid=False)

        def count(response: Any) -> None:
            result.calls += 1
            usage = getattr(response, "usage", None)
            if usage is not None:
                result.prompt_tokens += usage.prompt_tokens or 0
                result.completion_tokens += usage.completion_tokens or 0
            result.server_seconds += server_seconds(response)

        hooks = Hooks()
        hooks.on("completion:response", count)
        try:
            answer = await asyncio.wait_for(
                self.patched().chat.completions.create(
                    model=self.model,
                    response_model=instructor_ready(request.response_model),
                    messages=request.messages,  # type: ignore[arg-type]
                    max_retries=request.reask,
                    temperature=request.temperature,
                    seed=request.seed,
                    max_tokens=request.max_tokens,
                    hooks=hooks,
                    **await self.generation_options(),
                ),
                timeout=self.settings.timeout,  # the whole answer, retries included: not each read
            )
        except TimeoutError:
            raise BackendResponseError(
                f"{self.display_url} gave no whole answer within {self.settings.timeout:.0f} s: "
                f"pass a larger --timeout or check the server"
            ) from None
        except InstructorRetryException as exc:
            api_error = _api_error(exc)
            if api_error is not None:
                raise self.translate(api_error) from None
            result.errors = [self.scrub(str(exc.__cause__ or exc))[:2000]]
            result.data = _last_json(exc)
            return result
        except IncompleteOutputException as exc:
            result.calls = max(result.calls, 1)
            result.errors = [f"the answer was cut at max_tokens ({request.max_tokens}); raise --max-tokens"]
            result.complete = False
            result.data = _last_json(exc)
            return result
        except openai.OpenAIError as exc:
            raise self.translate(exc) from None
        result.data = answer.model_dump(mode="json")
        result.valid = True
        return result

    def translate(self, exc: openai.OpenAIError) -> SummariseError:
        """An OpenAI client error as one line that names the fix (and never a credential)."""
        import openai

        if isinstance(exc, openai.APITimeoutError):
            return BackendResponseError(
                f"{self.display_url} did not answer within {self.settings.timeout:.0f} s: pass a larger --timeout"
            )
        if isinstance(exc, openai.APIConnectionError):
            return self._unreachable(exc)
        if isinstance(exc, openai.NotFoundError):
            return self._not_found(exc)
        if isinstance(exc, openai.PermissionDeniedError):
            return ConfigError(
                f"{self.display_url} refused access with this key (HTTP 403): use a key allowed to "
                f"use {self.model!r}, or pass --api-key"
            )
        if isinstance(exc, openai.AuthenticationError):
            return ConfigError(f"{self.display_url} refused the API key: set OPENAI_API_KEY or pass --api-key")
        if isinstance(exc, openai.APIStatusError):
            return BackendResponseError(
                f"{self.display_url} answered HTTP {exc.status_code}: {self.scrub(str(exc.message))[:300]}"
            )
        return BackendResponseError(f"{self.display_url}: {self.scrub(str(exc))[:300]}")

    def scrub(self, text: str) -> str:
        """A message without the configured key (whatever its shape) or anything that looks like a credential."""
        if len(self._api_key) >= 4 and self._api_key != "not-needed":
            text = text.replace(self._api_key, "[redacted]")
        return scrub(text)

    def _unreachable(self, exc: Exception) -> BackendUnreachable:
        return BackendUnreachable(f"cannot reach {self.display_url}: start the server or pass --base-url")

    def _not_found(self, exc: Exception) -> ModelNotFound:
        return ModelNotFound(
            f"{self.display_url} has no model {self.model!r}: check the name with the server's model list"
        )

    async def context_window(self) -> int:
        """The configured window, else what the server says (vLLM, LM Studio, llama.cpp), else a safe default."""
        if self.settings.context_window:
            return self.settings.context_window
        if self._window is None:
            self._window = await self._ask_window() or DEFAULT_CONTEXT
        return self._window

    async def _ask_window(self) -> int | None:
        import openai

        try:
            listed = await self.client().models.list()
        except openai.OpenAIError:
            return None
        for entry in listed.data:
            if entry.id != self.model:
                continue
            extra = entry.model_extra or {}
            for key in ("max_model_len", "context_length", "max_context_length", "n_ctx"):
                value = extra.get(key) or (extra.get("meta") or {}).get(key if key != "n_ctx" else "n_ctx_train")
                if isinstance(value, int) and value > 0:
                    return value
        return None

    async def count_tokens(self, text: str) -> int | None:
        """``text``'s tokens by the server's tokenizer (llama.cpp's ``/tokenize``), else tiktoken's when its
        encoding is on this machine; None when neither can say (the caller then estimates)."""
        if self._tokenize_url is not False:
            counted = await self._server_tokens(text)
            if counted is not None:
                return counted
        return tiktoken_count(self.model, text)

    async def generation_options(self) -> dict[str, Any]:
        """Options this server's calls carry beyond the request's own (none for a server we know nothing of)."""
        return {}

    async def _server_tokens(self, text: str) -> int | None:
        tokens = await self._tokenize(text)
        return None if tokens is None else len(tokens)

    async def _tokenize(self, text: str, *, pieces: bool = False) -> list[Any] | None:
        """llama.cpp's ``/tokenize`` of ``text`` (with each token's text when ``pieces``), or None."""
        tokens = await server_tokenize(self.base_url, self._api_key, text, pieces=pieces)
        if tokens is None:
            self._tokenize_url = False  # this server has no tokenizer endpoint: not asked again
        return tokens

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        import openai

        try:
            models = await self.client().models.list()
        except openai.OpenAIError as exc:
            raise self.translate(exc) from None
        ids = [m.id for m in models.data]
        if ids and self.model not in ids:
            raise ModelNotFound(f"{self.display_url} has no model {self.model!r}; it serves: {', '.join(ids[:8])}")
        return f"{self.display_url} serves {self.model}"

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client, self._patched = None, None


def _api_error(exc: BaseException) -> openai.OpenAIError | None:
    """The HTTP or connection error behind an instructor failure, if that is what it was (not a bad answer)."""
    import openai

    seen: list[BaseException | None] = [exc]
    seen += [getattr(a, "exception", None) for a in getattr(exc, "failed_attempts", None) or []]
    for found in seen:
        while found is not None:
            if isinstance(found, openai.APIError) and not isinstance(found, openai.APIResponseValidationError):
                return found
            found = found.__cause__ or found.__context__
    return None


def _last_json(exc: Exception) -> dict[str, Any] | None:
    """The model's last answer as JSON data, so that its checkable parts can still be used."""
    completion = getattr(exc, "last_completion", None)
    try:
        content = completion.choices[0].message.content or ""  # type: ignore[union-attr]
    except (AttributeError, IndexError, TypeError):
        return None
    try:
        data = json.loads(content)
    except ValueError:
        # An answer cut at max_tokens: keep its complete items; each is still checked like any other.
        import jiter

        try:
            data = jiter.from_json(content.encode("utf-8"), partial_mode="trailing-strings")
        except ValueError:
            return None
    return data if isinstance(data, dict) else None
