"""What a response is: a page, a feed (RSS, Atom, JSON Feed) or an OPML list, from its type and first bytes.

The Content-Type header decides what is never downloaded (a PDF, an image, a video); the body's first
element decides between a page, a feed and an OPML list, since servers often send feeds as text/xml or
even text/html.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from summarise.fetch.outcomes import Refused

Wanted = Literal["page", "any"]
Kind = Literal["page", "feed", "jsonfeed", "opml"]

PAGE_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}
FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
    "text/x-opml",
    "text/x-opml+xml",
    "application/x-opml+xml",
}
NAMES = {
    "application/pdf": "a PDF",
    "image/": "an image",
    "video/": "a video",
    "audio/": "a sound file",
    "font/": "a font",
    "application/zip": "an archive",
    "application/octet-stream": "bytes of no stated kind",
}
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z][\w.:-]*)")
_PROLOGUE = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.DOTALL | re.IGNORECASE)


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def refuse_type(content_type: str | None, wanted: Wanted) -> None:
    """Raise ``Refused`` (skipped) when a body of this type is not worth downloading."""
    media = media_type(content_type)
    if not media or media in PAGE_TYPES or (wanted == "any" and media in FEED_TYPES):
        return
    if wanted == "page" and media in FEED_TYPES:
        raise Refused("skipped", f"{media} is a feed or data, not a page: a feed item should link to a page")
    what = next((name for prefix, name in NAMES.items() if media.startswith(prefix)), "not a web page or feed")
    raise Refused("skipped", f"{media} is {what}: not a news page, left out")


def sniff(body: bytes, content_type: str | None) -> Kind:
    """What the body is; ``Refused`` (skipped) for JSON that is not a JSON Feed."""
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"{", b"[")):
        if _is_json_feed(body):
            return "jsonfeed"
        if media_type(content_type) in PAGE_TYPES:
            return "page"  # a text that happens to open with a brace
        raise Refused("skipped", "JSON that is not a JSON Feed (no jsonfeed.org version): not a page or feed")
    element = _FIRST_ELEMENT.search(_PROLOGUE.sub(b"", head))
    name = element.group(1).lower().split(b":")[-1] if element else b""
    if name == b"opml":
        return "opml"
    if name in (b"rss", b"feed", b"rdf"):
        return "feed"
    return "page"


def _is_json_feed(body: bytes) -> bool:
    try:
        data = json.loads(body)
    except ValueError:
        return False
    return isinstance(data, dict) and str(data.get("version", "")).startswith("https://jsonfeed.org/version/")
