"""A stand-in for the Batch API of an OpenAI-compatible server: a test double, not a model.

``BatchStandIn`` is ``StandIn`` (tests/standin.py: the chat and models endpoints, on 127.0.0.1 at a free port,
stopped by ``close()``, the ``with`` block or itself after ``lifetime`` seconds) plus the endpoints of OpenAI's
Batch API, with the standard library only:

    POST /v1/files              multipart upload (purpose "batch"); the bytes are kept in ``files``
    GET  /v1/files/{id}/content the bytes of a file (an upload, or a batch's output or error file)
    POST /v1/batches            {"input_file_id", "endpoint", "completion_window"}: a batch, "validating"
    GET  /v1/batches/{id}       the batch: "in_progress" at the first question, and while ``hold`` is set;
                                then it ends as ``outcome`` says ("completed", "failed", "expired", "cancelled")

A batch is checked as OpenAI checks one (every line JSON with a unique ``custom_id``, method POST, the batch's url,
a body), else it ends "failed". When it ends, each line is answered as the chat endpoint answers online (the same
grounded answer, or ``answer=``), unless ``line_fault(line)`` says "error" (an error-file line, HTTP 500),
"invalid" (an answer of the wrong shape) or "cut" (stopped at max_tokens). An "expired" batch answers only its
first half; a "failed" one answers nothing. Output and error files are in OpenAI's format:
``{"id", "custom_id", "response": {"status_code", "request_id", "body"}, "error"}``.

    with BatchStandIn(hold=True) as server:
        ...                      # a run sends a batch and waits
        server.release()         # the batch ends at the next question
        assert server.uploads == 1
"""

from __future__ import annotations

import email
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from typing import Any

from .standin import StandIn, _handler_class

LineFault = Callable[[dict[str, Any]], "str | None"]
OUTCOMES = ("completed", "failed", "expired", "cancelled")


class BatchStandIn(StandIn):
    """StandIn with the files and batches endpoints (see the module docstring)."""

    def __init__(
        self,
        *,
        hold: bool = False,
        outcome: str = "completed",
        line_fault: LineFault | None = None,
        **options: Any,
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}; choose one of: {', '.join(OUTCOMES)}")
        self.outcome = outcome
        self.line_fault = line_fault
        self.files: dict[str, bytes] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self._held = threading.Event()
        self._batch_lock = threading.RLock()  # files and batches; StandIn's own lock is taken for ids inside it
        if hold:
            self._held.set()
        super().__init__(**options)

    @property
    def uploads(self) -> int:
        """How many files were uploaded (POST /v1/files)."""
        return sum(1 for r in list(self.requests) if r["method"] == "POST" and r["path"].rstrip("/") == "/v1/files")

    @property
    def polls(self) -> int:
        """How many questions about a batch were asked (GET /v1/batches/{id})."""
        return sum(1 for r in list(self.requests) if r["method"] == "GET" and r["path"].startswith("/v1/batches/"))

    def release(self) -> None:
        """Let held batches end at the next question."""
        self._held.clear()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        return _batch_handler(self, _handler_class(self))

    # ---------------------------------------------------------------- files and batches

    def _new_file(self, data: bytes, filename: str, purpose: str) -> dict[str, Any]:
        file_id = f"file-standin-{self._next_id()}"
        with self._batch_lock:
            self.files[file_id] = data
        return {
            "id": file_id,
            "object": "file",
            "bytes": len(data),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
        }

    def _new_batch(self, body: dict[str, Any]) -> dict[str, Any]:
        batch_id = f"batch_standin{self._next_id()}"
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body.get("endpoint"),
            "errors": None,
            "input_file_id": body.get("input_file_id"),
            "completion_window": body.get("completion_window"),
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": int(time.time()),
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": None,
        }
        with self._batch_lock:
            self.batches[batch_id] = batch
        return batch

    def _advance(self, batch: dict[str, Any]) -> None:
        """One question's worth of progress: "in_progress" first (and while held), then the end."""
        if batch["status"] in OUTCOMES:
            return
        if batch["status"] == "validating" or self._held.is_set():
            batch["status"] = "in_progress"
            return
        lines, problem = _input_lines(self.files.get(batch["input_file_id"] or "", b""), batch["endpoint"])
        if problem is not None or self.outcome == "failed":
            message = problem or "The batch could not be run."
            batch["errors"] = {"object": "list", "data": [{"code": "invalid_request", "message": message}]}
            batch["status"] = "failed"
            return
        answered = lines if self.outcome == "completed" else lines[: len(lines) // 2]
        outputs, errors = [], []
        for n, line in enumerate(answered, 1):
            result = self._answer_line(n, line)
            (outputs if result["response"]["status_code"] == 200 else errors).append(result)
        if outputs:
            batch["output_file_id"] = self._new_file(_jsonl(outputs), "output.jsonl", "batch_output")["id"]
        if errors:
            batch["error_file_id"] = self._new_file(_jsonl(errors), "errors.jsonl", "batch_output")["id"]
        batch["request_counts"] = {"total": len(lines), "completed": len(outputs), "failed": len(errors)}
        batch["status"] = self.outcome

    def _answer_line(self, n: int, line: dict[str, Any]) -> dict[str, Any]:
        fault = self.line_fault(line) if self.line_fault is not None else None
        body = line["body"]
        if fault == "error":
            error = {"message": "The server had an error while processing your request.", "type": "server_error"}
            response = {"status_code": 500, "request_id": f"req_{n}", "body": {"error": error}}
        else:
            content = json.dumps({"foo": 1}) if fault == "invalid" else self._healthy_content(body)
            if fault == "cut":
                completion = self._completion(body, content[: len(content) // 2], "length")
            else:
                completion = self._completion(body, content)
            response = {"status_code": 200, "request_id": f"req_{n}", "body": completion}
        return {"id": f"batch_req_{n}", "custom_id": line["custom_id"], "response": response, "error": None}


def _jsonl(lines: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")


def _input_lines(data: bytes, endpoint: Any) -> tuple[list[dict[str, Any]], str | None]:
    """The lines of a batch input file, or why OpenAI would refuse the file."""
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, raw in enumerate(data.decode("utf-8").rstrip("\n").split("\n"), 1):  # lines end at "\n" only
        try:
            line = json.loads(raw)
        except ValueError:
            return [], f"line {n} is not JSON"
        if not isinstance(line, dict) or not isinstance(line.get("custom_id"), str):
            return [], f"line {n} has no custom_id"
        if line["custom_id"] in seen:
            return [], f"line {n} repeats custom_id {line['custom_id']}"
        if line.get("method") != "POST" or line.get("url") != endpoint or not isinstance(line.get("body"), dict):
            return [], f"line {n} is not a POST to {endpoint} with a body"
        seen.add(line["custom_id"])
        lines.append(line)
    return lines, None if lines else "the file holds no requests"


def _multipart(content_type: str, raw: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart/form-data body: name -> (filename, bytes)."""
    message = email.message_from_bytes(f"Content-Type: {content_type}\r\n\r\n".encode() + raw)
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in message.get_payload() if message.is_multipart() else []:
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if isinstance(name, str):
            fields[name] = (part.get_filename(), payload if isinstance(payload, bytes) else b"")
    return fields


def _batch_handler(standin: BatchStandIn, base: type[Any]) -> type[BaseHTTPRequestHandler]:
    class Handler(base):  # type: ignore[misc,valid-type]
        def do_GET(self) -> None:
            route = self._route()
            if not route.startswith(("/files/", "/batches/")):
                return super().do_GET()
            self._record(b"")
            parts = route.split("/")
            with standin._batch_lock:
                if parts[1] == "batches" and parts[2] in standin.batches:
                    batch = standin.batches[parts[2]]
                    standin._advance(batch)
                    return self._json(200, dict(batch))
                if parts[1] == "files" and parts[2] in standin.files and parts[3:] == ["content"]:
                    data = standin.files[parts[2]]
                    return self._send(200, data, "application/octet-stream")
            return self._oai_error(404, f"No such object: {route}", "invalid_request_error", None)

        def do_POST(self) -> None:
            route = self._route()
            if route not in ("/files", "/batches"):
                return super().do_POST()
            raw = self._read_body()
            entry = self._record(raw)
            if route == "/batches":
                body = entry["body"] if isinstance(entry["body"], dict) else {}
                if body.get("input_file_id") not in standin.files:
                    return self._oai_error(400, "No such input file.", "invalid_request_error", None)
                return self._json(200, standin._new_batch(body))
            fields = _multipart(self.headers.get("Content-Type") or "", raw)
            filename, data = fields.get("file", (None, b""))
            purpose = fields.get("purpose", (None, b""))[1].decode("utf-8")
            if purpose != "batch" or not data:
                return self._oai_error(400, "Upload a file with purpose 'batch'.", "invalid_request_error", None)
            return self._json(200, standin._new_file(data, filename or "upload.jsonl", purpose))

    return Handler
