"""Copies of one wire story are one report: measured on hand-written pairs, the labelled merge set and its
held-out stories, counted per event, and shown in every format.

``python -m tests.test_copies`` prints the figures the thresholds of ``summarise/merge/copies.py`` rest on.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from functools import partial
from itertools import combinations
from pathlib import Path

import pytest

from summarise import ScriptedBackend, Settings
from summarise.api import amerge
from summarise.merge.copies import COPY, SPREAD, Copies, independent, mark_copies, text_resemblance
from summarise.models import Briefing, BriefingEvent, Evidence, Source
from summarise.outputs import FORMATS
from summarise.outputs.explain import explain

from .merge_set import HOLDOUT, SET, load

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "copies" / "copies.json"
# The wire copies of the labelled stories, as their READMEs describe them.
SET_COPIES = [{"s2-a01", "s2-a02", "s2-a03"}, {"s5-a01", "s5-a02"}, {"s6-a01", "s6-a02"}]
HOLDOUT_COPIES = [{"h11-a01", "h11-a02"}, {"h12-a01", "h12-a02"}, {"h13-a01", "h13-a02"}, {"h14-a01", "h14-a02"}]


def _stories() -> dict[str, dict[str, str]]:
    return {s["story"]: s["texts"] for s in json.loads(FIXTURE.read_text(encoding="utf-8"))["stories"]}


def _story(name: str, text: str) -> str:
    return _stories()[name][text]


Pair = tuple[bool, str, str, float]


def fixture_pairs() -> list[Pair]:
    """Every pair of texts of one story in tests/fixtures/copies, labelled, with its resemblance."""
    out = []
    for s in json.loads(FIXTURE.read_text(encoding="utf-8"))["stories"]:
        for (a, ta), (b, tb) in combinations(s["texts"].items(), 2):
            gold = a in s["copies"] and b in s["copies"]
            out.append((gold, f"{s['story']}/{a}", f"{s['story']}/{b}", text_resemblance(ta, tb)))
    return out


def labelled_pairs(directory: Path, groups: list[set[str]]) -> list[Pair]:
    """Every pair of articles of one story in a labelled set, with its resemblance."""
    summaries, _ = load(directory)
    out = []
    for x, y in combinations(summaries, 2):
        if x.article_id.split("-")[0] == y.article_id.split("-")[0]:
            gold = any({x.article_id, y.article_id} <= g for g in groups)
            out.append((gold, x.article_id, y.article_id, text_resemblance(x.cleaned_text, y.cleaned_text)))
    return out


# ------------------------------------------------------------------ hand-written pairs


@pytest.mark.parametrize("copy", ["sentence_added", "reordered", "new_headline", "trimmed", "edited"])
def test_a_wire_copy_with_small_edits_is_a_copy(copy: str) -> None:
    assert text_resemblance(_story("ferry", "wire"), _story("ferry", copy)) >= COPY


def test_copies_regrouped_cut_or_in_german_are_copies() -> None:
    assert text_resemblance(_story("mine", "wire"), _story("mine", "regrouped_and_added")) >= COPY
    assert text_resemblance(_story("mine", "regrouped_and_added"), _story("mine", "new_headline_cut")) >= COPY
    assert text_resemblance(_story("flood", "wire"), _story("flood", "copy")) >= COPY


@pytest.mark.parametrize(
    ("story", "a", "b"),
    [
        ("ferry", "wire", "own_report"),
        ("ferry", "wire", "trade_press"),
        ("ferry", "own_report", "trade_press"),
        ("ferry", "wire", "follow_up"),
        ("mine", "wire", "own_report"),
        ("mine", "wire", "markets"),
        ("flood", "wire", "own_report"),
    ],
)
def test_reports_written_separately_with_the_same_names_figures_and_quotes_are_not_copies(
    story: str, a: str, b: str
) -> None:
    assert text_resemblance(_story(story, a), _story(story, b)) < COPY


def test_a_shared_headline_or_a_few_words_are_not_a_copy() -> None:
    headline = "Fire on Baltic ferry forces evacuation of 412 passengers off Gotland"
    assert text_resemblance(headline + "\n\nOur own words here.", headline + "\n\nOther words entirely.") == 0
    assert text_resemblance("", _story("ferry", "wire")) == 0


# ------------------------------------------------------------------ the thresholds, measured


MEASURED: dict[str, Callable[[], list[Pair]]] = {
    "fixtures": fixture_pairs,
    "merge_set": partial(labelled_pairs, SET, SET_COPIES),
    "merge_holdout": partial(labelled_pairs, HOLDOUT, HOLDOUT_COPIES),
}


@pytest.mark.parametrize("name", sorted(MEASURED))
def test_every_labelled_pair_falls_on_its_side_of_the_threshold(name: str) -> None:
    got = MEASURED[name]()
    wrong = [p for p in got if (p[3] >= COPY) != p[0]]
    assert not wrong, wrong
    assert any(p[0] for p in got) and any(not p[0] for p in got)


# ------------------------------------------------------------------ counting per event


def _source(article_id: str, outlet: str) -> Source:
    ev = Evidence(article_id=article_id, start=0, end=1, text="x", match="exact", score=100)
    return Source(article_id=article_id, outlet=outlet, title="", event_id=f"{article_id}#1", evidence=[ev])


def test_an_outlet_with_a_copy_and_a_report_of_its_own_still_counts() -> None:
    assert independent({"Wire": {"g1"}, "Herald": {"g1"}}) == 1
    assert independent({"Wire": {"g1"}, "Herald": {"g1", "g2"}}) == 2
    assert independent({"Wire": {"g1"}, "Herald": {"g1"}, "Post": {"g1", "g2"}}) == 2
    assert independent({"A": {"g1", "g2"}, "B": {"g3"}, "C": {"g3"}}) == 2


def test_copies_are_counted_per_event_with_who_copies_whom() -> None:
    from summarise.models import ArticleSummary

    texts = {
        "w": ("Baltic Wire", _story("ferry", "wire")),
        "a": ("Gotland Daily", _story("ferry", "sentence_added")),
        "r": ("Island News", _story("ferry", "reordered")),
        "o": ("Evening Post", _story("ferry", "own_report")),
    }
    summaries = [
        ArticleSummary(article_id=k, path=k, title=k, outlet=o, language="en", summary="s", cleaned_text=t)
        for k, (o, t) in texts.items()
    ]
    sources = [_source(k, o) for k, (o, _) in texts.items()]
    event = BriefingEvent(id="E1", what="fire", sources=sources, reported_by=4)
    assert event.independent == 4
    mark_copies([event], summaries)
    assert event.reported_by == 4 and event.independent == 2
    assert [(c.article_id, c.same_as, c.same_as_outlet) for c in event.copies] == [
        ("a", "w", "Baltic Wire"),
        ("r", "w", "Baltic Wire"),
    ]
    assert all(COPY <= c.shared <= 1 for c in event.copies)


def test_cost_grows_with_copies_not_with_their_pairs() -> None:
    """500 copies of one text in one event: about 500 comparisons, not 125,000; 500 different texts: none."""
    from summarise.models import ArticleSummary

    wire = _story("ferry", "wire")
    many = [
        ArticleSummary(
            article_id=f"c{n}", path="p", title="t", outlet=f"O{n}", language="en", summary="s", cleaned_text=wire
        )
        for n in range(500)
    ]
    event = BriefingEvent(id="E1", what="w", sources=[_source(s.article_id, s.outlet) for s in many], reported_by=500)
    finder = mark_copies([event], many)
    assert event.independent == 1 and len(event.copies) == 499
    assert finder.comparisons < 1000
    own = [s.model_copy(update={"cleaned_text": f"Report {n} is in words of its own."}) for n, s in enumerate(many)]
    finder = Copies(own)
    assert finder.forest([s.article_id for s in own]).edges == [] and finder.comparisons == 0


def test_a_sentence_that_many_separate_reports_share_costs_a_few_comparisons_each() -> None:
    """300 reports written apart that all quote one sentence: at most SPREAD comparisons each, not 44,850."""
    from summarise.models import ArticleSummary

    quote = "No citizen will be left without shelter this winter, the minister told reporters in Van."
    rng = random.Random(7)
    words = [f"w{k}" for k in range(3000)]

    def own() -> str:
        return " ".join(rng.choice(words) for _ in range(25)) + "."

    reports = [
        ArticleSummary(
            article_id=f"r{n}",
            path="p",
            title="t",
            outlet=f"O{n}",
            language="en",
            summary="s",
            cleaned_text="\n\n".join([own(), own(), quote, own(), own()]),
        )
        for n in range(300)
    ]
    finder = Copies(reports)
    assert finder.forest([r.article_id for r in reports]).edges == []
    assert 0 < finder.comparisons <= SPREAD * len(reports)


# ------------------------------------------------------------------ the labelled merge set, whole


def _merged(directory: Path) -> Briefing:
    from .test_merge import answers

    summaries, _ = load(directory)
    return asyncio.run(amerge(summaries, settings=Settings(use_cache=False), backend=ScriptedBackend(answers)))


def _expected(e: BriefingEvent, groups: list[set[str]]) -> int:
    """Outlets once each, the outlets of one wire copy once together."""
    outlets = {s.article_id: s.outlet for s in e.sources}
    keys = {next((min(g) for g in groups if a in g), outlet) for a, outlet in outlets.items()}
    return len(keys)


@pytest.mark.parametrize(("directory", "groups"), [(SET, SET_COPIES), (HOLDOUT, HOLDOUT_COPIES)])
def test_the_labelled_stories_wire_copies_are_found_and_counted_once(directory: Path, groups: list[set[str]]) -> None:
    b = _merged(directory)
    with_copies = [e for e in b.events if e.copies]
    assert with_copies
    for e in b.events:
        assert e.independent == _expected(e, groups), (e.id, [s.article_id for s in e.sources], e.copies)
        assert all(any({c.article_id, c.same_as} <= g for g in groups) for c in e.copies)
    found = {frozenset((c.article_id, c.same_as)) for e in b.events for c in e.copies}
    assert {a for pair in found for a in pair} == set().union(*groups)
    assert b.run.stage_seconds["copies"] >= 0


def test_story_2_entries_say_three_outlets_one_independent_in_every_format() -> None:
    b = _merged(SET)
    quake = next(e for e in b.events if {"s2-a01", "s2-a02", "s2-a03"} <= {s.article_id for s in e.sources})
    assert quake.reported_by - quake.independent == 2
    md = FORMATS["md"](b)
    assert f"Reported by {quake.reported_by} outlets, {quake.independent} independent" in md
    assert "Daily Courier (s2-a02) = Global Wire (s2-a01)" in md
    html = FORMATS["html"](b)
    assert f"Reported by {quake.reported_by} outlets, {quake.independent} independent" in html
    data = json.loads(FORMATS["json"](b))
    entry = next(e for e in data["events"] if e["id"] == quake.id)
    assert entry["independent"] == quake.independent and len(entry["copies"]) == 2
    assert "s2-a02 and s2-a01 carry one text (100% of the shorter shared)" in explain(b)
    alone = next(e for e in b.events if not e.copies and e.reported_by > 1)
    assert f"Reported by {alone.reported_by} outlets:" in md


def test_an_outlet_name_in_a_copy_record_is_data_in_html_and_markdown() -> None:
    b = _merged(SET)
    hostile = "<script>alert(1)</script> [x](javascript:alert(1))"
    event = next(e for e in b.events if e.copies)
    event.copies[0].outlet = hostile
    assert "<script>" not in FORMATS["html"](b) and "<script>" not in FORMATS["md"](b)
    assert "javascript:" not in FORMATS["md"](b)


def test_a_briefing_written_before_copies_were_told_apart_still_reads() -> None:
    b = _merged(SET)
    data = json.loads(b.model_dump_json())
    for e in data["events"]:
        del e["independent"], e["copies"]
    old = Briefing.model_validate(data)
    assert all(e.independent == e.reported_by and e.copies == [] for e in old.events)


def main() -> None:
    for name, pairs in MEASURED.items():
        got = pairs()
        copies, others = [p[3] for p in got if p[0]], [p[3] for p in got if not p[0]]
        print(
            f"{name}: {len(copies)} pairs of copies resemble {min(copies):.3f}-{max(copies):.3f}; "
            f"{len(others)} other pairs of one story at most {max(others):.3f} (threshold {COPY})"
        )


if __name__ == "__main__":
    main()
