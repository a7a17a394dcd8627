"""Text fit to keep where others may read it (the ledger, logs): every URL without its ``user:password@``
part and its parameters named like a key, token, secret or signature; bearer tokens, ``sk-`` keys and
``api_key=`` values redacted."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit, urlunsplit

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s<>\"'`]+", re.IGNORECASE)
_SECRET_PARAM = re.compile(
    r"key|token|secret|signature|passw|credential|^(sig|pwd|pass|auth|authorization|session|sessionid|sid|code)$",
    re.IGNORECASE,
)
_CREDENTIAL = re.compile(
    r"sk-[A-Za-z0-9_-]{6,}|(?:api[_-]?key|authorization)\s*[=:]\s*(?:(?:Bearer|Basic|Token)\s+)?[^\s;,]+"
    r"|(?:Bearer|Basic)\s+[^\s;,]+",
    re.IGNORECASE,
)


def _params(text: str) -> str:
    """``a=1&token=x`` without the parameters whose name says they carry a secret."""
    kept = [p for p in text.split("&") if not _SECRET_PARAM.search(unquote(p.partition("=")[0]))]
    return "&".join(kept)


def safe_url(url: str) -> str:
    """``url`` without its ``user:password@`` part and its parameters named like a key, token or signature."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "[unreadable URL]"
    netloc = parts.netloc.rpartition("@")[2]
    fragment = _params(parts.fragment) if "=" in parts.fragment else parts.fragment
    return urlunsplit((parts.scheme, netloc, parts.path, _params(parts.query), fragment))


def credentials(text: str) -> str:
    """Text with anything shaped like a credential (``sk-`` keys, bearer tokens, ``api_key=``) redacted."""
    return _CREDENTIAL.sub("[redacted]", text)


def clean_text(text: str) -> str:
    """Text fit to keep: every URL in it made safe, and credentials redacted."""
    return credentials(_URL.sub(lambda m: safe_url(m.group()), text))
