"""Briefing -> one self-contained HTML page for editors. Pure functions."""

from __future__ import annotations

import jinja2

from summarise.models import Briefing
from summarise.outputs.common import date_text, published_text


def to_html(briefing: Briefing) -> str:
    """A self-contained page; every piece of article text is HTML-escaped."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarise.outputs", "templates"), undefined=jinja2.StrictUndefined, autoescape=True
    )
    page = env.get_template("briefing.html.j2")
    return page.render(
        b=briefing, events={e.id: e for e in briefing.events}, date_text=date_text, published=published_text
    )
