"""A local stand-in for an Ollama server: a test double that speaks Ollama's documented API.

No Ollama binary installs on our build machines, so the Ollama backend is exercised against this.
It serves ``/api/version``, ``/api/tags``, ``/api/show`` and a streaming ``/api/pull``, and forwards
``/v1/chat/completions`` to a real OpenAI-compatible server (the embedded llama.cpp) when given one.
"""

from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit


def _post_raw(url: str, payload: dict[str, Any]) -> Any:
    """POST JSON over a plain socket: the test process's HTTP recorder must not see the stand-in's own traffic."""
    parts = urlsplit(url)
    data = json.dumps(payload).encode()
    head = (
        f"POST {parts.path} HTTP/1.0\r\nHost: {parts.hostname}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    ).encode()
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=600) as sock:
        sock.sendall(head + data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    raw = b"".join(chunks)
    return json.loads(raw.split(b"\r\n\r\n", 1)[1])


class OllamaStandIn:
    def __init__(
        self,
        *,
        models: list[str] | None = None,
        upstream: str | None = None,
        upstream_model: str | None = None,
        context_length: int = 32768,
    ) -> None:
        self.models = list(models or [])
        self.upstream = upstream
        self.upstream_model = upstream_model
        self.context_length = context_length
        self.pulls: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> OllamaStandIn:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return None

            def _json(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _body(self) -> dict[str, Any]:
                length = int(self.headers.get("Content-Length") or 0)
                return json.loads(self.rfile.read(length) or b"{}")

            def do_GET(self) -> None:
                if self.path == "/api/version":
                    return self._json(200, {"version": "0.0.0-standin"})
                if self.path == "/api/tags":
                    return self._json(
                        200,
                        {
                            "models": [
                                {
                                    "name": m,
                                    "model": m,
                                    "size": 1,
                                    "digest": "0" * 12,
                                    "modified_at": "2025-01-01T00:00:00Z",
                                }
                                for m in standin.models
                            ]
                        },
                    )
                return self._json(404, {"error": "not found"})

            def do_POST(self) -> None:
                body = self._body()
                if self.path == "/api/show":
                    if body.get("model") not in standin.models:
                        return self._json(404, {"error": f"model '{body.get('model')}' not found"})
                    return self._json(
                        200,
                        {
                            "modelfile": "",
                            "parameters": "",
                            "template": "",
                            "details": {"family": "gemma3"},
                            "model_info": {"gemma3.context_length": standin.context_length},
                        },
                    )
                if self.path == "/api/pull":
                    return self._pull(body)
                if self.path == "/v1/chat/completions":
                    return self._chat(body)
                return self._json(404, {"error": "not found"})

            def _pull(self, body: dict[str, Any]) -> None:
                name = body.get("model") or body.get("name") or ""
                standin.pulls.append(name)
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.end_headers()
                for part in (
                    {"status": "pulling manifest"},
                    {"status": "pulling 0123", "digest": "sha256:0123", "total": 100, "completed": 50},
                    {"status": "pulling 0123", "digest": "sha256:0123", "total": 100, "completed": 100},
                    {"status": "success"},
                ):
                    self.wfile.write((json.dumps(part) + "\n").encode())
                    self.wfile.flush()
                if name not in standin.models:
                    standin.models.append(name)

            def _chat(self, body: dict[str, Any]) -> None:
                if body.get("model") not in standin.models:
                    return self._json(
                        404,
                        {
                            "error": {
                                "message": f'model "{body.get("model")}" not found, try pulling it first',
                                "type": "api_error",
                            }
                        },
                    )
                if standin.upstream is None:
                    return self._json(503, {"error": {"message": "no upstream model server"}})
                forwarded = dict(body, model=standin.upstream_model or body["model"])
                answer = _post_raw(standin.upstream + "/chat/completions", forwarded)
                answer["model"] = body["model"]
                return self._json(200, answer)

        return Handler
