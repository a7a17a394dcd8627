"""Standard input -> one Article: ``summarise brief -`` reads a page or a text piped in.

Whether it is HTML is told by its first bytes (a tag, a doctype); the article's id is ``--name``
(default ``stdin``). The same size cap as files holds.
"""

from __future__ import annotations

import re
import sys
from typing import BinaryIO

from summarise.errors import InputError
from summarise.inputs.files import MAX_BYTES, from_bytes
from summarise.models import Article

_HTML_START = re.compile(rb"^\s*(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|!--|meta|article|div|p\b)", re.I)


def read_stdin(name: str = "stdin", stream: BinaryIO | None = None) -> Article:
    """The one article standard input holds."""
    source = stream if stream is not None else sys.stdin.buffer
    if source.isatty():
        raise InputError(
            "`-` reads an article from standard input, but nothing is piped in: pipe a file, e.g. < page.html"
        )
    data = source.read(MAX_BYTES + 1)
    article_id = re.sub(r"[^\w.-]+", "-", name)[:60] or "stdin"
    if len(data) > MAX_BYTES:
        reason = f"standard input holds more than {MAX_BYTES // 2**20} MB: it is not one news article"
        return Article(article_id=article_id, path="-", raw="", text="", hints={"error": reason})
    if not data.strip():
        raise InputError("standard input is empty: pipe an article into `summarise brief -`")
    return from_bytes(data, article_id, f"<stdin:{article_id}>", html=bool(_HTML_START.match(data)))
