"""URLs as the fetcher compares them: one canonical form per page, one origin per host.

Two URLs name the same page when their canonical forms are equal: scheme and host lowercased, a default
port dropped, the fragment dropped, tracking parameters stripped (``utm_*`` and the click ids of ad and
mail systems listed in ``TRACKING``) and the remaining parameters sorted. Only parameters known to track
are removed: a ``page``, ``id`` or ``ref`` that may name another page stays.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from summarise.errors import InputError

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
TRACKING_PREFIXES = ("utm_",)
TRACKING = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
}  # fmt: skip


def is_web_url(text: str) -> bool:
    """An http(s) URL with a host and a port that is a number."""
    try:
        parts = urlsplit(text)
        _ = parts.port
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def _tracks(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING or lowered.startswith(TRACKING_PREFIXES)


def canonical(url: str) -> str:
    """The form two links to one page share; ``url`` must be an http(s) URL."""
    parts = urlsplit(url.strip())
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracks(k))
    return urlunsplit((parts.scheme.lower(), _netloc(url), parts.path or "/", urlencode(query), ""))


def _netloc(url: str) -> str:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host
    port = parts.port if parts.port and parts.port != DEFAULT_PORTS.get(parts.scheme.lower()) else None
    user = f"{parts.username}{':' + parts.password if parts.password else ''}@" if parts.username else ""
    return f"{user}{host}{f':{port}' if port else ''}"


def origin(url: str) -> str:
    """``scheme://host[:port]``: the unit of robots.txt and of the per-host limit."""
    parts = urlsplit(url.strip())
    return f"{parts.scheme.lower()}://{_netloc(url).rsplit('@', 1)[-1]}"


def check_source(text: str) -> str:
    """A source as the user wrote it, checked: an http(s) URL; anything else is one clear error."""
    if is_web_url(text):
        return text
    scheme = urlsplit(text).scheme
    if scheme and len(scheme) > 1:
        raise InputError(f"{text}: only http and https URLs are fetched (not {scheme}:); save it and brief the file")
    raise InputError(f"{text} is neither a URL nor an OPML file: name a page, feed or OPML URL, or an OPML file")
