"""Outputs: one registry of formats; article text is escaped in every format that could run it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from summarise.errors import InputError
from summarise.outputs import FORMATS, render

from .factories import summary
from .test_merge import FLIGHTS, VISIT_ANNOUNCED, VISIT_ARRIVED, merged


def test_html_rendering_escapes_article_text() -> None:
    from summarise.outputs import to_html, to_markdown

    hostile = summary(
        "x",
        "Evil <b>Outlet</b>",
        date(2025, 7, 9),
        [
            (
                "A <script>alert(1)</script> event happened.",
                "A <script>alert(1)</script> event happened in the town square on Monday evening.",
                [],
                "on Monday",
            )
        ],
    )
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, hostile)
    page = to_html(b)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Evil &lt;b&gt;Outlet&lt;/b&gt;" in page
    for e in b.events:
        assert f'id="{e.id}"' in page
    assert page.count("<blockquote>") == sum(len(s.evidence) for e in b.events for s in e.sources)
    md = to_markdown(b)
    assert "Reported by 2 outlets: Hindustan Times, The Moscow Times" in md


def test_every_registered_format_renders_a_briefing() -> None:
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, FLIGHTS)
    assert set(FORMATS) == {"md", "json", "html"}
    assert json.loads(render(b, "json"))["events"]
    assert render(b, "md").startswith("# Briefing for ")
    assert render(b, "html").lstrip().lower().startswith("<!doctype html>")


def test_an_unknown_format_names_the_choices() -> None:
    with pytest.raises(InputError, match="choose one of md, json, html"):
        render(merged(FLIGHTS), "pdf")
