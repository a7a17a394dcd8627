"""A stand-in for an OpenAI-compatible chat server: a test double, not a model, and never a product backend.

``StandIn`` serves the two endpoints ``summarise`` uses, ``GET /v1/models`` and ``POST /v1/chat/completions``,
on 127.0.0.1 at an ephemeral port, from daemon threads, with the standard library only. It answers at once
(or after ``delay`` seconds) with a *grounded* answer built by plain string handling from the request itself,
so the whole pipeline can run offline, quickly and deterministically; and on request it misbehaves the ways
real servers and proxies do (see ``FAULTS``), so that tests can prove each failure becomes one clear message.

How tests use it::

    from tests.standin import StandIn

    async def test_server_error_is_one_line():
        with StandIn() as server:
            server.set_fault("503", times=1)          # the next chat request fails, then the server is healthy
            backend = OpenAICompatBackend(settings, "standin", base_url=server.base_url)
            ...
            assert server.requests[-1]["body"]["model"] == "standin"

The built-in answerer reads the JSON Schema instructor sends (``response_format.json_schema.schema``):

* a schema with ``events`` (the map step): the article is the text between the prompt's lines of three
  double quotes (a worked example block introduced by a line starting with "Example" is skipped); the
  answer is its first sentence of 4+ words as ``summary`` and its first two sentences of 6+ words as
  events, each quoted word for word as ``what`` and ``evidence``, with ``who`` empty and ``when``/``where`` "";
* a schema with ``headline`` (the reduce step): the first line of the form ``E1 (...): text`` becomes the
  headline, citing that id, with an empty overview;
* a schema with ``same_event``: ``{"same_event": false}``;
* any other schema: the smallest instance of it (defaults, first enum values, empty lists).

Pass ``answer=`` to answer instead (a function of the request body returning a dict, or a string used
as the raw message content). Pass ``slots=N`` to answer at most N chat requests at a time, the rest waiting
their turn, as a model server with N parallel slots does (llama.cpp's ``--parallel``, Ollama's
``OLLAMA_NUM_PARALLEL``); by default every request is answered at once. Every request is recorded in
``requests``; anything that went wrong inside the stand-in itself is in ``errors`` (tests may assert it is
empty).

The server stops with ``close()`` or the ``with`` block, and by itself after ``lifetime`` seconds, so a
forgotten instance cannot outlive a test run. Client disconnects are expected and never printed.
"""

from __future__ import annotations

import json
import re
import select
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

Answer = Callable[[dict[str, Any]], "dict[str, Any] | str"]

#: Fault names accepted by ``StandIn.set_fault``.
FAULTS = (
    "refuse",
    "no_first_byte",
    "trickle",
    "500",
    "502",
    "503",
    "429",
    "401",
    "403",
    "404_model",
    "not_json",
    "schema_break",
    "cut",
    "empty",
    "drop",
    "echo_key",
)

_ERRORS: dict[str, tuple[int, str, str, str | None]] = {
    # fault: (status, message, type, code) -- the body is OpenAI's {"error": {...}} shape.
    "500": (500, "The server had an error while processing your request. Sorry about that!", "server_error", None),
    "502": (502, "Bad gateway: the upstream model worker did not answer.", "server_error", None),
    "503": (503, "The engine is currently overloaded, please try again later.", "server_error", None),
    "429": (429, "Rate limit reached for requests. Please try again later.", "requests", "rate_limit_exceeded"),
    "401": (
        401,
        "Incorrect API key provided. You can find your API key in your account settings.",
        "invalid_request_error",
        "invalid_api_key",
    ),
    "403": (
        403,
        "You are not allowed to use this model with this API key.",
        "invalid_request_error",
        "permission_denied",
    ),
}

_NOT_JSON = (
    b"<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body><h1>Network login required</h1>\n"
    b"<p>Please sign in to continue to the internet.</p></body></html>\n"
)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    # socketserver listens with a backlog of 5: a client opening more connections at once has the rest of its
    # SYNs dropped and resent a second later, which added about 1 s to runs at concurrency 16.
    request_queue_size = 128
    standin: StandIn

    def server_bind(self) -> None:
        # HTTPServer.server_bind would look the host name up (socket.getfqdn); a loopback test needs none.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):  # the client went away, timed out or reset: expected, never printed
            return
        self.standin._error(f"handler failed: {exc!r}")


class StandIn:
    """A loopback OpenAI-compatible server for tests and benchmarks (a test double; see the module docstring)."""

    #: Seconds between the bytes of a "trickle" body, and the longest a "no_first_byte" request is held.
    trickle_interval = 2.0
    hold_limit = 60.0

    def __init__(
        self,
        *,
        model: str = "standin",
        delay: float = 0.0,
        context_length: int = 8192,
        answer: Answer | None = None,
        lifetime: float = 120.0,
        tokenizer: bool = False,
        slots: int | None = None,
    ) -> None:
        if slots is not None and slots < 1:
            raise ValueError("slots must be None or >= 1")
        self.model = model
        self.slots = slots
        self._slots = threading.BoundedSemaphore(slots) if slots else None
        self.tokenizer = tokenizer  # serve llama.cpp's POST /tokenize (four bytes a token)
        self.delay = delay
        self.context_length = context_length
        self.answer = answer
        self.lifetime = lifetime
        self.requests: list[dict[str, Any]] = []
        self.errors: list[str] = []
        self._lock = threading.Lock()
        self._fault: str | None = None
        self._times: int | None = None
        self._retry_after: float | None = None
        self._closed = threading.Event()  # set once, by close(): wakes every sleeping handler
        self._conns: set[socket.socket] = set()
        self._counter = 0
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._start()
        self._timer = threading.Timer(lifetime, self.close)
        self._timer.daemon = True
        self._timer.start()

    # ---------------------------------------------------------------- public

    @property
    def port(self) -> int:
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._port}/v1"

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        """The recorded POST /v1/chat/completions requests, oldest first."""
        return [r for r in list(self.requests) if r["path"].endswith("/chat/completions")]

    @property
    def fault(self) -> str | None:
        return self._fault

    def set_fault(self, fault: str | None, *, times: int | None = None, retry_after: float | None = None) -> None:
        """Misbehave from now on: ``times=None`` for every chat request, ``times=N`` for the next N, then healthy.

        ``"refuse"`` closes the listening socket (and every open connection) until ``set_fault`` is called
        again, which listens again on the same port; it takes no ``times``. ``retry_after`` adds a
        Retry-After header to "429" and "503" answers.
        """
        if fault is not None and fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; choose one of: {', '.join(FAULTS)}")
        if fault == "refuse" and times is not None:
            raise ValueError("'refuse' cannot count requests it never receives: call set_fault(None) to end it")
        if times is not None and times < 0:
            raise ValueError("times must be None or >= 0")
        with self._lock:
            self._fault = fault if times != 0 else None
            self._times = times
            self._retry_after = retry_after
        if self._closed.is_set():
            return
        if fault == "refuse":
            self._stop()
        elif self._server is None:
            self._start(self._port)

    def close(self) -> None:
        """Stop serving and drop every connection; safe to call more than once, from any thread."""
        if self._closed.is_set():
            return
        self._closed.set()
        self._timer.cancel()
        self._stop()

    def __enter__(self) -> StandIn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed.is_set() else f"fault={self._fault!r}"
        return f"<StandIn {self.base_url} {state} requests={len(self.requests)}>"

    # ---------------------------------------------------------------- server life

    def _start(self, port: int = 0) -> None:
        deadline = time.monotonic() + 2.0
        while True:
            try:
                server = _Server(("127.0.0.1", port), self._handler())
                break
            except OSError:
                if port == 0 or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        server.standin = self
        self._server, self._port = server, server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"standin-{self._port}", daemon=True
        )
        self._thread.start()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        """The request handler class (a subclass may serve more endpoints: tests/batch_standin.py)."""
        return _handler_class(self)

    def _stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:  # keep-alive connections would otherwise go on being served
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _error(self, message: str) -> None:
        with self._lock:
            self.errors.append(message)
        print(f"standin: {message}", file=sys.stderr)

    def _take_fault(self, *, chat: bool) -> tuple[str | None, float | None]:
        """The fault for this request; a chat request uses up one of ``times``."""
        with self._lock:
            fault = self._fault
            if fault is None:
                return None, None
            if not chat:
                return (fault, self._retry_after) if fault in ("refuse", "401", "403") else (None, None)
            if self._times is not None:
                self._times -= 1
                if self._times <= 0:
                    self._fault, self._times = None, None
            return fault, self._retry_after

    def _next_id(self) -> int:
        with self._lock:
            self._counter += 1
            return self._counter

    # ---------------------------------------------------------------- answers

    def _healthy_content(self, body: dict[str, Any]) -> str:
        data = self.answer(body) if self.answer is not None else grounded_answer(body)
        return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)

    def _completion(self, body: dict[str, Any], content: str, finish_reason: str = "stop") -> dict[str, Any]:
        prompt_chars = sum(len(_text(m.get("content"))) for m in body.get("messages") or [] if isinstance(m, dict))
        completion_tokens = max(1, len(content) // 4) if content else 0
        if finish_reason == "length" and isinstance(body.get("max_tokens"), int):
            completion_tokens = body["max_tokens"]
        message: dict[str, Any] = {"role": "assistant", "content": content}
        tool = _forced_tool(body)
        if tool and finish_reason == "stop":  # instructor's TOOLS mode: the answer is the tool's arguments
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": f"call_standin_{self._counter}",
                        "type": "function",
                        "function": {"name": tool, "arguments": content},
                    }
                ],
            }
            finish_reason = "tool_calls"
        return {
            "id": f"chatcmpl-standin-{self._next_id()}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish_reason}],
            "usage": {
                "prompt_tokens": prompt_chars // 4,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_chars // 4 + completion_tokens,
            },
        }


def _handler_class(standin: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "standin/1.0"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            return None

        def setup(self) -> None:
            super().setup()
            # Headers and body go out as two writes; with Nagle's algorithm the body would wait for the client's
            # delayed acknowledgement of the headers (about 40 ms on Linux), adding to every answer's latency.
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with standin._lock:
                standin._conns.add(self.connection)

        def finish(self) -> None:
            with standin._lock:
                standin._conns.discard(self.connection)
            try:
                super().finish()
            except OSError:
                pass

        # ------------------------------------------------------------ plumbing

        def _read_body(self) -> bytes:
            if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
                chunks: list[bytes] = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                            pass
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _record(self, raw: bytes) -> dict[str, Any]:
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            entry = {
                "path": self.path,
                "method": self.command,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body,
                "fault": None,
            }
            with standin._lock:
                standin.requests.append(entry)
            return entry

        def _send(
            self,
            status: int,
            data: bytes,
            content_type: str = "application/json",
            headers: dict[str, str] | None = None,
            *,
            length: int | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data) if length is None else length))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()

        def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            self._send(status, json.dumps(payload, ensure_ascii=False).encode("utf-8"), headers=headers)

        def _oai_error(
            self, status: int, message: str, kind: str, code: str | None, headers: dict[str, str] | None = None
        ) -> None:
            self._json(status, {"error": {"message": message, "type": kind, "param": None, "code": code}}, headers)

        def _wait(self, seconds: float) -> bool:
            """Sleep, waking early when the stand-in closes; True if it closed."""
            return standin._closed.wait(seconds) if seconds > 0 else standin._closed.is_set()

        def _client_gone(self) -> bool:
            try:
                ready, _, _ = select.select([self.connection], [], [], 0)
                return bool(ready) and self.connection.recv(1, socket.MSG_PEEK) == b""
            except (OSError, ValueError):
                return True

        # ------------------------------------------------------------ routes

        def _route(self) -> str:
            path = urlsplit(self.path).path.rstrip("/")
            return path[3:] if path.startswith("/v1/") or path == "/v1" else path

        def do_GET(self) -> None:
            self._record(b"")
            route = self._route()
            fault, _ = standin._take_fault(chat=False)
            if fault in ("401", "403"):
                status, message, kind, code = _ERRORS[fault]
                return self._oai_error(status, message, kind, code)
            entry = {
                "id": standin.model,
                "object": "model",
                "created": 0,
                "owned_by": "standin",
                "max_model_len": standin.context_length,
            }
            if route == "/models":
                return self._json(200, {"object": "list", "data": [entry]})
            if route.startswith("/models/"):
                name = route[len("/models/") :]
                if name == standin.model:
                    return self._json(200, entry)
                return self._oai_error(
                    404,
                    f"The model `{name}` does not exist or you do not have access to it.",
                    "invalid_request_error",
                    "model_not_found",
                )
            return self._oai_error(
                404, f"Unknown request URL: GET {self.path}.", "invalid_request_error", "unknown_url"
            )

        def do_POST(self) -> None:
            raw = self._read_body()
            entry = self._record(raw)
            if self._route() == "/tokenize" and standin.tokenizer and isinstance(entry["body"], dict):
                content = str(entry["body"].get("content", ""))
                return self._json(200, {"tokens": list(range(max(1, len(content.encode("utf-8")) // 4)))})
            if self._route() != "/chat/completions":
                return self._oai_error(
                    404, f"Unknown request URL: POST {self.path}.", "invalid_request_error", "unknown_url"
                )
            body = entry["body"]
            if not isinstance(body, dict):
                return self._oai_error(
                    400, "We could not parse the JSON body of your request.", "invalid_request_error", None
                )
            fault, retry_after = standin._take_fault(chat=True)
            entry["fault"] = fault
            if standin._slots is None:
                return self._answer(body, fault, retry_after)
            while not standin._slots.acquire(timeout=0.05):  # a free slot, as a server with `slots` parallel ones
                if standin._closed.is_set():
                    self.close_connection = True
                    return None
            try:
                return self._answer(body, fault, retry_after)
            finally:
                standin._slots.release()

        def _answer(self, body: dict[str, Any], fault: str | None, retry_after: float | None) -> None:
            if self._wait(standin.delay):
                self.close_connection = True
                return None
            try:
                self._chat(body, fault, retry_after)
            except OSError:
                self.close_connection = True  # the client went away mid-answer

        def _chat(self, body: dict[str, Any], fault: str | None, retry_after: float | None) -> None:
            if fault == "refuse":  # a request that raced the listening socket's close: drop it unanswered
                self.close_connection = True
                return None
            if fault == "no_first_byte":
                self.close_connection = True
                deadline = time.monotonic() + standin.hold_limit
                while time.monotonic() < deadline and not self._client_gone():
                    if self._wait(0.05):
                        break
                return None
            if fault in _ERRORS:
                status, message, kind, code = _ERRORS[fault]
                headers = (
                    {"Retry-After": _seconds(retry_after)}
                    if retry_after is not None and fault in ("429", "503")
                    else None
                )
                return self._oai_error(status, message, kind, code, headers)
            if fault == "404_model":
                model = body.get("model") or standin.model
                return self._oai_error(
                    404,
                    f"The model `{model}` does not exist or you do not have access to it.",
                    "invalid_request_error",
                    "model_not_found",
                )
            if fault == "echo_key":
                auth = self.headers.get("Authorization") or ""
                return self._oai_error(
                    500, f"Internal error while handling the request with Authorization: {auth}", "server_error", None
                )
            if fault == "not_json":
                return self._send(200, _NOT_JSON, "text/html; charset=utf-8")
            if fault == "schema_break":
                return self._reply(body, json.dumps({"foo": 1}))
            if fault == "empty":
                return self._reply(body, "")
            try:
                content = standin._healthy_content(body)
            except Exception as exc:  # noqa: BLE001 -- a broken answer= function: a visible 500, not a hung test
                standin._error(f"answer failed: {exc!r}")
                return self._oai_error(500, f"standin answer failed: {exc!r}", "server_error", None)
            if fault == "cut":
                return self._reply(body, content[: max(1, len(content) // 2)], "length")
            if fault in ("trickle", "drop"):
                data = json.dumps(standin._completion(body, content)).encode("utf-8")
                self.close_connection = True
                self._send(200, data[: len(data) // 2] if fault == "drop" else b"", length=len(data))
                if fault == "trickle":
                    for i in range(len(data)):
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                        if self._wait(standin.trickle_interval):
                            break
                return None
            return self._reply(body, content)

        def _reply(self, body: dict[str, Any], content: str, finish_reason: str = "stop") -> None:
            completion = standin._completion(body, content, finish_reason)
            if not body.get("stream"):
                return self._json(200, completion)
            # Server-sent events: one chunk with the whole message, one with the finish reason, then [DONE].
            self.close_connection = True
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Connection", "close")
            self.end_headers()
            base = {k: completion[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
            choice = completion["choices"][0]
            delta = {k: v for k, v in choice["message"].items() if v is not None}
            if "tool_calls" in delta:
                delta["tool_calls"] = [dict(c, index=i) for i, c in enumerate(delta["tool_calls"])]
            events = [
                base | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
                base | {"choices": [{"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]}]},
            ]
            if (body.get("stream_options") or {}).get("include_usage"):
                events.append(base | {"choices": [], "usage": completion["usage"]})
            for event in events:
                self.wfile.write(b"data: " + json.dumps(event).encode("utf-8") + b"\n\n")
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
            return None

    return Handler


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _text(content: Any) -> str:
    """A message's text: a string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _forced_tool(body: dict[str, Any]) -> str | None:
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return (choice.get("function") or {}).get("name")
    tools = body.get("tools") or []
    if tools and choice in (None, "auto", "required"):
        return (tools[0].get("function") or {}).get("name")
    return None


# -------------------------------------------------------------------- the grounded answerer


def _schema_of(body: dict[str, Any]) -> dict[str, Any]:
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") if isinstance(fmt, dict) else None
    if not isinstance(schema, dict):
        tool = _forced_tool(body)
        for t in body.get("tools") or []:
            function = t.get("function") or {}
            if function.get("name") == tool:
                schema = function.get("parameters")
    return schema if isinstance(schema, dict) else {}


def _resolve(node: Any, root: dict[str, Any]) -> dict[str, Any]:
    """Follow "$ref" (to "$defs"/"definitions") and single-branch allOf/anyOf wrappers."""
    for _ in range(32):
        if not isinstance(node, dict):
            return {}
        if "$ref" in node:
            target: Any = root
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        elif len(node.get("allOf") or []) == 1:
            node = node["allOf"][0]
        else:
            return node
    return node if isinstance(node, dict) else {}


def _props(node: dict[str, Any], root: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: _resolve(v, root) for k, v in (_resolve(node, root).get("properties") or {}).items()}


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return _text(message.get("content"))
    return ""


def article_text(prompt: str) -> str:
    """The text between the first and last lines that are three double quotes, skipping a worked example."""
    lines = prompt.splitlines()
    marks = [i for i, line in enumerate(lines) if line.strip() == '"""']
    if len(marks) < 2:
        return prompt
    first = 0
    before = next((lines[j].strip() for j in range(marks[0] - 1, -1, -1) if lines[j].strip()), "")
    if before.lower().startswith("example") and len(marks) >= 4:
        first = 2
    return "\n".join(lines[marks[first] + 1 : marks[-1]])


_BREAK = re.compile(r"(?<=[.!?])[\"'”’»)\]]*\s+")
_END = re.compile(r"[.!?][\"'”’»)\]]*$")


def sentences(text: str) -> list[str]:
    """Sentences, split at . ! or ? followed by a space and a capital letter (and at line ends)."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        start = 0
        for match in _BREAK.finditer(line):
            rest = line[match.end() :].lstrip("\"'“‘«([")
            if rest[:1].isupper():
                found.append(line[start : match.end()].strip())
                start = match.end()
        if line[start:].strip():
            found.append(line[start:].strip())
    return found


def _pick(candidates: list[str], min_words: int, max_len: int | None, count: int) -> list[str]:
    fits = [s for s in candidates if len(s.split()) >= min_words and (max_len is None or len(s) <= max_len)]
    ended = [s for s in fits if _END.search(s)]
    return (ended or fits)[:count]


def _events_answer(body: dict[str, Any], root: dict[str, Any], props: dict[str, dict[str, Any]]) -> dict[str, Any]:
    all_sentences = sentences(article_text(_last_user_text(body)))
    events_schema = props["events"]
    item = _resolve(events_schema.get("items") or {}, root)
    item_props = _props(item, root)
    limits = [item_props.get(k, {}).get("maxLength") for k in ("what", "evidence")]
    max_len = min((x for x in limits if isinstance(x, int)), default=None)
    count = min(2, events_schema.get("maxItems", 2)) if isinstance(events_schema.get("maxItems"), int) else 2
    summary_max = props.get("summary", {}).get("maxLength")
    summary = _pick(all_sentences, 4, summary_max if isinstance(summary_max, int) else None, 1)
    events = []
    for s in _pick(all_sentences, 6, max_len, count):
        event = {"what": s, "who": [], "where": "", "when": "", "evidence": s}
        events.append({k: v for k, v in event.items() if not item_props or k in item_props})
    answer = {"summary": summary[0] if summary else "", "events": events}
    return {k: v for k, v in answer.items() if k in props}


_EVENT_LINE = re.compile(r"^\s*(E\d+)\s*\(.*?\):\s*(.+?)\s*$")


def _headline_answer(body: dict[str, Any], root: dict[str, Any], props: dict[str, dict[str, Any]]) -> dict[str, Any]:
    lines = [m for m in (_EVENT_LINE.match(line) for line in _last_user_text(body).splitlines()) if m]
    event_id, text = (lines[0].group(1), lines[0].group(2)) if lines else ("E1", "No events were reported")
    limit = props["headline"].get("maxLength")
    if isinstance(limit, int) and len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0]
    ids_item = _resolve((props.get("headline_event_ids") or {}).get("items") or {}, root)
    allowed = ids_item.get("enum")
    if isinstance(allowed, list) and allowed and event_id not in allowed:
        event_id = allowed[0]
    answer = {"headline": text, "headline_event_ids": [event_id], "overview": []}
    return {k: v for k, v in answer.items() if k in props}


def minimal_instance(node: Any, root: dict[str, Any], depth: int = 0) -> Any:
    """The smallest value a schema accepts, roughly: its default, first enum value, or an empty value."""
    node = _resolve(node, root)
    if depth > 16:
        return None
    if "default" in node:
        return node["default"]
    if "const" in node:
        return node["const"]
    if node.get("enum"):
        return node["enum"][0]
    for key in ("anyOf", "oneOf"):
        if node.get(key):
            return minimal_instance(node[key][0], root, depth + 1)
    kind = node.get("type")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    if kind == "object" or "properties" in node:
        required = node.get("required") or list(node.get("properties") or {})
        return {
            k: minimal_instance(v, root, depth + 1) for k, v in (node.get("properties") or {}).items() if k in required
        }
    if kind == "array":
        return [minimal_instance(node.get("items") or {}, root, depth + 1) for _ in range(node.get("minItems") or 0)]
    if kind == "string":
        return "x" * (node.get("minLength") or 0)
    if kind in ("integer", "number"):
        return node.get("minimum", 0)
    if kind == "boolean":
        return False
    return None


def grounded_answer(body: dict[str, Any]) -> dict[str, Any]:
    """The stand-in's own answer to a chat request, built from the request's schema and prompt only."""
    root = _schema_of(body)
    props = _props(root, root)
    if "events" in props:
        return _events_answer(body, root, props)
    if "headline" in props:
        return _headline_answer(body, root, props)
    if "same_event" in props:
        return {"same_event": False}
    value = minimal_instance(root, root)
    return value if isinstance(value, dict) else {}
