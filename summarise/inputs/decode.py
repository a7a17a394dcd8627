"""Bytes of a saved page -> text, in the encoding the page is in; never silently replaced.

A byte-order mark decides first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then the charset a server
declared for the page (its Content-Type header, when the page was fetched), then the charset an HTML page
declares, then charset-normalizer's detection. Bytes that are none of these (an image saved as
.txt) are an error that says so.
"""

from __future__ import annotations

import codecs
import re

from summarise.errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(raw: bytes, *, html: bool = False, charset: str | None = None) -> str:
    """The text of a file's bytes, terminal escapes and control characters removed; ``InputError`` naming
    the problem when they are not text. ``charset`` is what a server said the bytes are in, if anything."""
    return _CONTROL.sub("", _decode(raw, html=html, charset=charset))


def _decode(raw: bytes, *, html: bool, charset: str | None = None) -> str:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw, encoding)
            if text is not None:
                return text
    text = _strict(raw, "utf-8")
    if text is not None and text.count("\x00") <= len(text) // 100:
        return text
    if charset and (text := _strict(raw, charset)) is not None:
        return text
    declared = _META.search(raw[:4096]) if html else None
    if declared and (text := _strict(raw, declared.group(1).decode("ascii"))) is not None:
        return text
    if b"\x00" not in raw:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        if best is not None and best.encoding and (text := _strict(raw, best.encoding)) is not None:
            return text
    raise InputError("not text in any encoding it could be read in (a binary file?): save the article as text or HTML")
