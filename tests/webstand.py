"""Invented news sites on loopback, for the fetch tests: a test double of the web, not a product server.

``WebStand`` serves every folder of ``tests/fixtures/web`` (``meridian``, ``tarsia-post``, ``kestrel``,
``closed``) as its own site: one stdlib ``ThreadingHTTPServer`` per site on 127.0.0.1 at an ephemeral
port, so each is a host of its own with its own robots.txt. Fixture files name sites as
``http://SITE.test``; the stand rewrites those to the real loopback addresses as it serves them (and
``rewrite`` does the same for a local file a test wants to hand over).

Static files carry an ETag and a Last-Modified date and answer 304 to a matching conditional request.
Some paths behave rather than serve, the ways real sites misbehave:

* ``/slow/...``     waits ``slow_seconds`` before answering (a host too slow for the deadline)
* ``/loop/a``, ``/loop/b`` redirect to each other; ``/hops/N`` redirects to ``/hops/N+1`` for ever
* ``/moved/PATH``   a 301 to ``/PATH``; ``/away/PATH`` a 302 to ``/PATH`` on the ``closed`` site
* ``/big.html``     an endless HTML page without Content-Length; ``/big-declared.html`` says 8 MB up front

Every request is recorded in ``requests`` (site, path, lowercased headers, status, body bytes sent);
``peak`` is the most requests a site was answering at once.
The servers run in daemon threads and stop with ``close()``, the ``with`` block, or by themselves
after ``lifetime`` seconds.
"""

from __future__ import annotations

import hashlib
import socketserver
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

WEB = Path(__file__).resolve().parent / "fixtures" / "web"
SITES = ("meridian", "tarsia-post", "kestrel", "closed")
LAST_MODIFIED = "Wed, 09 Jul 2025 06:00:00 GMT"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "text/xml; charset=utf-8",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
    ".opml": "text/x-opml",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
}
FILLER = b"<p>" + b"Filler paragraph of an endless page. " * 50 + b"</p>\n"


@dataclass
class Seen:
    site: str
    path: str
    headers: dict[str, str]
    status: int = 0
    sent: int = 0


@dataclass
class WebStand:
    slow_seconds: float = 3.0
    lifetime: float = 60.0
    requests: list[Seen] = field(default_factory=list)
    bases: dict[str, str] = field(default_factory=dict)
    peak: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._active: dict[str, int] = dict.fromkeys(SITES, 0)
        self._lock = threading.Lock()
        self._servers: list[ThreadingHTTPServer] = []
        self._stop = threading.Event()
        for site in SITES:
            server = _Server(("127.0.0.1", 0), _Handler)
            server.stand, server.site = self, site
            self._servers.append(server)
            self.bases[site] = f"http://127.0.0.1:{server.server_address[1]}"
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        self._timer = threading.Timer(self.lifetime, self.close)
        self._timer.daemon = True
        self._timer.start()

    def url(self, site: str, path: str) -> str:
        return self.bases[site] + path

    def rewrite(self, data: bytes) -> bytes:
        for site, base in self.bases.items():
            data = data.replace(f"http://{site}.test".encode(), base.encode())
        return data

    def busy(self, site: str, change: int) -> None:
        with self._lock:
            self._active[site] += change
            self.peak[site] = max(self.peak.get(site, 0), self._active[site])

    def seen(self, site: str, path: str) -> list[Seen]:
        return [r for r in self.requests if r.site == site and r.path == path]

    def close(self) -> None:
        self._stop.set()
        self._timer.cancel()
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> WebStand:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False
    stand: WebStand
    site: str

    def server_bind(self) -> None:
        socketserver.TCPServer.server_bind(self)  # no host name look-up for a loopback server
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that hung up (a size cap, a deadline) is what some tests are about


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        seen = Seen(self.server.site, path, {k.lower(): v for k, v in self.headers.items()})
        stand = self.server.stand
        stand.requests.append(seen)
        route = _ROUTES.get(path.split("/")[1] if path.count("/") > 1 else path)
        stand.busy(seen.site, +1)
        try:
            (route or _static)(self, path, seen)
        finally:
            stand.busy(seen.site, -1)

    def answer(self, seen: Seen, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        seen.status = status
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        seen.sent = len(body)


def _static(handler: _Handler, path: str, seen: Seen) -> None:
    stand = handler.server.stand
    file = (WEB / handler.server.site / path.lstrip("/")).resolve()
    if not file.is_relative_to(WEB / handler.server.site) or not file.is_file():
        handler.answer(seen, 404, {"Content-Type": "text/plain"}, b"not found\n")
        return
    body = stand.rewrite(file.read_bytes())
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    if handler.headers.get("If-None-Match") == etag:
        handler.answer(seen, 304, {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        return
    kind = TYPES.get(file.suffix, "application/octet-stream")
    headers = {"Content-Type": kind, "Content-Length": str(len(body)), "ETag": etag, "Last-Modified": LAST_MODIFIED}
    handler.answer(seen, 200, headers, body)


def _slow(handler: _Handler, path: str, seen: Seen) -> None:
    stand = handler.server.stand
    stand._stop.wait(stand.slow_seconds)
    handler.answer(seen, 200, {"Content-Type": "text/html"}, b"<html><body><p>Too late.</p></body></html>")


def _redirect(handler: _Handler, path: str, seen: Seen) -> None:
    if path.startswith("/loop/"):
        target = "/loop/b" if path == "/loop/a" else "/loop/a"
    elif path.startswith("/hops/"):
        target = f"/hops/{int(path.rsplit('/', 1)[1]) + 1}"
    elif path.startswith("/away/"):
        target = handler.server.stand.bases["closed"] + path.removeprefix("/away")
    else:
        target = path.removeprefix("/moved")
    handler.answer(seen, 301 if path.startswith("/moved/") else 302, {"Location": target, "Content-Length": "0"})


def _big(handler: _Handler, path: str, seen: Seen) -> None:
    stand = handler.server.stand
    seen.status = 200
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    if path == "/big-declared.html":
        handler.send_header("Content-Length", str(8 * 2**20))
    handler.end_headers()
    started = time.monotonic()
    try:
        handler.wfile.write(b"<html><body>\n")
        while seen.sent < 8 * 2**20 and not stand._stop.is_set() and time.monotonic() - started < 10:
            handler.wfile.write(FILLER)
            seen.sent += len(FILLER)
    except OSError:
        return


_ROUTES = {"slow": _slow, "loop": _redirect, "hops": _redirect, "moved": _redirect, "away": _redirect}
_ROUTES.update({"/big.html": _big, "/big-declared.html": _big})
