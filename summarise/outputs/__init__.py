"""Briefing -> text, one registry of formats. Every renderer is a pure function of the briefing.

A new format is one module here and one entry in ``FORMATS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from summarise.errors import InputError
from summarise.models import Briefing
from summarise.outputs.explain import explain
from summarise.outputs.html_page import to_html
from summarise.outputs.json_format import extract_record, json_parts, to_json
from summarise.outputs.markdown import summary_markdown, to_markdown

Renderer = Callable[[Briefing], str]
FORMATS: dict[str, Renderer] = {"md": to_markdown, "json": to_json, "html": to_html}


def render_parts(briefing: Briefing, fmt: str) -> Iterable[str]:
    """``render`` as parts to write one after another: JSON an event and an article at a time."""
    return json_parts(briefing) if fmt == "json" else [render(briefing, fmt)]


def render(briefing: Briefing, fmt: str) -> str:
    """The briefing in a format named by its key in ``FORMATS``."""
    try:
        renderer = FORMATS[fmt]
    except KeyError:
        raise InputError(f"no output format {fmt!r}: choose one of {', '.join(FORMATS)}") from None
    return renderer(briefing)


__all__ = [
    "FORMATS",
    "explain",
    "extract_record",
    "json_parts",
    "render",
    "render_parts",
    "summary_markdown",
    "to_html",
    "to_json",
    "to_markdown",
]
