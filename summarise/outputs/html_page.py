"""Briefing -> one self-contained HTML page for editors. Pure functions.

The page has no script and asks for nothing outside itself (no style sheet, font or image): its style is
inline. Every citation links to the cited words highlighted in the article's text further down the page
(``citations.py``); an outlet links to its article only when the page declared an http(s) URL. Everything
from an article, a server or a model is escaped by the template (autoescape), never rendered as markup.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from summarise.models import ArticleStatus, Briefing, web_url
from summarise.outputs.citations import Citations
from summarise.outputs.common import copy_text, date_text, event_when, published_text, reported_by

if TYPE_CHECKING:
    import jinja2

WHOSE_SUMMARY = {
    "lead": ("lead", "the article's own lead"),
    "model": ("model", "model summary, checked against the article"),
}


@cache
def _page() -> jinja2.Template:
    import jinja2  # loaded for the HTML page only

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("summarise.outputs", "templates"), undefined=jinja2.StrictUndefined, autoescape=True
    )
    return env.get_template("briefing.html.j2")


def to_html(briefing: Briefing) -> str:
    """A self-contained page; every piece of article text is HTML-escaped."""
    articles: dict[str, ArticleStatus] = {}
    for a in briefing.articles:
        articles.setdefault(a.article_id, a)
    return _page().render(
        b=briefing,
        events={e.id: e for e in briefing.events},
        articles=articles,
        citations=Citations(briefing),
        whose=WHOSE_SUMMARY,
        web_url=web_url,
        date_text=date_text,
        event_when=event_when,
        published=published_text,
        reported_by=reported_by,
        copy_text=copy_text,
    )
