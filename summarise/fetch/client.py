"""Polite, bounded HTTP GETs (httpx): the only module of summarise that fetches from the web.

Every request carries the user agent ``summarise/VERSION`` and asks robots.txt first (fetched once per
host, read with the standard library's ``urllib.robotparser``; as RFC 9309 says, a missing robots.txt is
no rule and one that fails with a 5xx forbids the host). It waits for a free slot of its host
(``Limits.per_host`` at once, ``Limits.at_once`` in all), then ends within ``Limits.deadline`` seconds
whatever the server does: connect and read timeouts, and the deadline over the redirects and the whole
body. Redirects are followed by hand, at most ``Limits.max_redirects``, each hop asking its own host's
robots.txt; a loop is named as one. Bodies stream and stop past ``Limits.max_bytes``. A body whose type
is not a page or a feed (a PDF, an image) is not downloaded. Anything that stops a fetch is a
``Refused`` with the reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

import httpx

from summarise.fetch.kinds import Wanted, refuse_type
from summarise.fetch.outcomes import Refused
from summarise.fetch.urls import is_web_url, origin
from summarise.inputs.files import MAX_BYTES

AGENT = "summarise"
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309: crawlers may stop reading robots.txt after 500 KiB


@dataclass(frozen=True)
class Limits:
    """How far one run may go: seconds, bytes, hops, and requests at once."""

    connect: float = 10.0
    read: float = 20.0
    deadline: float = 60.0
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    per_host: int = 2
    at_once: int = 16


@dataclass
class Got:
    """What a GET brought back: the body, or ``None`` for 304 Not Modified."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None


KEPT_HEADERS = ("content-type", "etag", "last-modified", "date")


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{AGENT}/{version('summarise')}"
    except PackageNotFoundError:
        return f"{AGENT}/0"


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} KB"


class Fetcher:
    """One httpx client for a run, with the robots rules and per-host slots it has learnt."""

    def __init__(self, limits: Limits, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.limits = limits
        timeout = httpx.Timeout(limits.read, connect=limits.connect, pool=limits.deadline)
        self.client = httpx.AsyncClient(
            headers={"User-Agent": user_agent()},
            timeout=timeout,
            follow_redirects=False,
            max_redirects=limits.max_redirects,
            limits=httpx.Limits(max_connections=limits.at_once),
            transport=transport,
        )
        self._robots: dict[str, asyncio.Task[RobotFileParser | Refused]] = {}
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._all = asyncio.Semaphore(limits.at_once)

    async def aclose(self) -> None:
        await self.client.aclose()

    async def get(self, url: str, wanted: Wanted, conditional: dict[str, str] | None = None) -> Got:
        """GET ``url`` within the deadline, following redirects; ``Refused`` when no page comes back."""
        try:
            return await self._follow(url, wanted, conditional or {})
        except TimeoutError:
            raise Refused(
                "failed", f"no complete answer within {self.limits.deadline:g} s (the deadline): the host is too slow"
            ) from None
        except httpx.HTTPError as exc:
            raise Refused("failed", _transport_reason(exc)) from None
        except (httpx.InvalidURL, ValueError) as exc:
            raise Refused("failed", f"not a URL that can be requested ({exc})") from None

    async def _follow(self, url: str, wanted: Wanted, conditional: dict[str, str]) -> Got:
        """The hops of one GET. The deadline runs from the first hop's start: time spent waiting for a
        host's free slot (behind a slow page of the same host) is not the server's fault."""
        chain = [url]
        current = url
        ends: float | None = None
        for _ in range(self.limits.max_redirects + 1):
            await self._allowed(current)
            async with self._slot(current):
                ends = ends or asyncio.get_running_loop().time() + self.limits.deadline
                async with asyncio.timeout_at(ends):
                    got, location = await self._one(current, wanted, conditional)
            if location is None and got is not None:
                return Got(url=url, final_url=current, status=got.status, headers=got.headers, body=got.body)
            current = urljoin(current, location or "")
            if not is_web_url(current):
                raise Refused("failed", f"redirected to {current[:200]!r}, which is not an http(s) URL")
            if current in chain:
                raise Refused("failed", "redirect loop: " + " -> ".join([*chain[chain.index(current) :], current]))
            chain.append(current)
        raise Refused("failed", f"more than {self.limits.max_redirects} redirects (last to {current})")

    async def _one(self, url: str, wanted: Wanted, conditional: dict[str, str]) -> tuple[Got | None, str | None]:
        """One hop: a page, a 304, or where a redirect points."""
        request = self.client.build_request("GET", url, headers=conditional)
        response = await self.client.send(request, stream=True)
        try:
            headers = {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers}
            if response.is_redirect and "location" in response.headers:
                return None, response.headers["location"]
            if response.status_code == 304 and conditional:
                return Got(url=url, final_url=url, status=304, headers=headers), None
            if response.status_code not in (200, 203):
                phrase = httpx.codes.get_reason_phrase(response.status_code)  # the standard one, not the server's
                raise Refused("failed", f"HTTP {response.status_code} {phrase}".strip())
            refuse_type(headers.get("content-type"), wanted)
            body = await self._read(response, self.limits.max_bytes)
            return Got(url=url, final_url=url, status=response.status_code, headers=headers, body=body), None
        finally:
            await response.aclose()

    @staticmethod
    async def _read(response: httpx.Response, cap: int) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise Refused("failed", f"{_size(int(declared))}, more than the {_size(cap)} a page may be: not fetched")
        chunks: list[bytes] = []
        total = 0
        async for chunk in response.aiter_bytes():
            total += len(chunk)
            if total > cap:
                raise Refused("failed", f"more than the {_size(cap)} a page may be: stopped reading")
            chunks.append(chunk)
        return b"".join(chunks)

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        host = origin(url)
        slot = self._slots.setdefault(host, asyncio.Semaphore(self.limits.per_host))
        async with slot, self._all:  # the host's slot first: no slot of all is held while waiting for it
            yield

    async def _allowed(self, url: str) -> None:
        host = origin(url)
        if host not in self._robots:
            self._robots[host] = asyncio.ensure_future(self._robots_of(host))
        rules = await asyncio.shield(self._robots[host])
        if isinstance(rules, Refused):
            raise rules
        if not rules.can_fetch(AGENT, url):
            raise Refused("skipped", f"robots.txt of {host} disallows it")

    async def _robots_of(self, host: str) -> RobotFileParser | Refused:
        """The host's robots rules, read once; a host that cannot be reached is a ``Refused`` for all its pages."""
        rules = RobotFileParser(f"{host}/robots.txt")
        try:
            async with self._slot(host), asyncio.timeout(self.limits.deadline):
                status, text = await self._get_text(f"{host}/robots.txt")
        except httpx.TooManyRedirects:
            rules.parse([])  # RFC 9309: a robots.txt behind too many redirects is unavailable, so no rules
            return rules
        except TimeoutError:
            said = f"{host} sent no robots.txt answer within {self.limits.deadline:g} s (the deadline)"
            return Refused("failed", said)
        except httpx.HTTPError as exc:
            return Refused("failed", _transport_reason(exc))
        except (httpx.InvalidURL, ValueError) as exc:
            return Refused("failed", f"not a host that can be asked ({exc})")
        if status >= 500:
            return Refused("skipped", f"robots.txt of {host} answered HTTP {status}: the host is left alone")
        if status >= 400:
            rules.parse([])  # no robots.txt: no rules
        else:
            rules.parse(text.splitlines())
        return rules

    async def _get_text(self, url: str) -> tuple[int, str]:
        """Status and at most ``ROBOTS_MAX_BYTES`` of a small text file (robots.txt), redirects followed."""
        async with self.client.stream("GET", url, follow_redirects=True) as response:
            head = b""
            async for chunk in response.aiter_bytes():
                head += chunk
                if len(head) >= ROBOTS_MAX_BYTES:
                    break
        return response.status_code, head[:ROBOTS_MAX_BYTES].decode("utf-8", "replace")


def _transport_reason(exc: httpx.HTTPError) -> str:
    """One line for a failure on the way: what happened, and where."""
    what = {
        httpx.ConnectTimeout: "no connection within the connect timeout",
        httpx.ReadTimeout: "the server stopped sending (read timeout)",
        httpx.ConnectError: "cannot connect",
        httpx.TooManyRedirects: "too many redirects",
        httpx.RemoteProtocolError: "the server broke the HTTP protocol",
        httpx.UnsupportedProtocol: "not an http(s) URL",
    }
    for kind, said in what.items():
        if isinstance(exc, kind):
            detail = str(exc).strip()
            return f"{said} ({detail})" if detail else said
    return f"{type(exc).__name__}: {exc}"
