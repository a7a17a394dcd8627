"""A saved HTML page -> its main text and what the page declares about itself (trafilatura)."""

from __future__ import annotations


def from_html(html: str) -> tuple[str, dict[str, str]]:
    """Main text of a page (trafilatura) and what the page declares about itself."""
    import trafilatura

    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    hints: dict[str, str] = {}
    if meta is not None:
        for key, value in (("title", meta.title), ("outlet", meta.sitename), ("date", meta.date)):
            if value:
                hints[key] = str(value)
    title = hints.get("title", "")
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return text, hints
