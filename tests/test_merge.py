"""Merging on hand-written summaries: one event from many sources, figures side by side, any size."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest

from summarise import ScriptedBackend, Settings
from summarise.api import amerge
from summarise.backends.base import GenerateRequest, messages_tokens
from summarise.merge.group import similarity
from summarise.merge.items import items_from
from summarise.models import Briefing

from .factories import summary

VISIT_ANNOUNCED = summary(
    "ht",
    "Hindustan Times",
    date(2025, 7, 9),
    [
        (
            "Lavrov will visit North Korea on July 11-13.",
            "Russian Foreign Minister Sergei Lavrov will visit North Korea on July 11-13 for strategic talks.",
            ["Sergei Lavrov"],
            "July 11-13",
        ),
        (
            "Russia will begin flights between Moscow and Pyongyang.",
            "Russia announced that it would begin twice-a-week flights between Moscow and Pyongyang.",
            ["Russia"],
            "",
        ),
    ],
    extra_text="Pyongyang sent thousands of troops to Russia's Kursk region.",
)
VISIT_ARRIVED = summary(
    "mt",
    "The Moscow Times",
    date(2025, 7, 11),
    [
        (
            "Lavrov arrived in North Korea for a working visit.",
            "Russia's Foreign Minister Sergei Lavrov arrived in North Korea on Friday for a working visit.",
            ["Sergei Lavrov"],
            "on Friday",
        ),
    ],
    extra_text="It sent thousands of troops to Russia's Kursk region.",
)
FLIGHTS = summary(
    "unn",
    "UNN",
    date(2025, 7, 28),
    [
        (
            "Russia launched direct passenger flights from Moscow to Pyongyang.",
            "Russia has launched direct passenger flights from Moscow to Pyongyang, with the first flight departing "
            "on Sunday evening.",
            ["Russia"],
            "on Sunday evening",
        ),
    ],
    extra_text="North Korea last year sent up to 15,000 troops to help Russian forces.",
)
SHOIGU_2023 = summary(
    "up",
    "Ukrainska Pravda",
    date(2023, 8, 16),
    [
        (
            "Shoigu visited North Korea.",
            "Russian Defence Minister Sergei Shoigu visited North Korea to persuade Pyongyang to sell more weapons.",
            ["Sergei Shoigu"],
            "in July 2023",
        ),
    ],
)
LAVROV_2023 = summary(
    "old",
    "Old Wire",
    date(2023, 7, 20),
    [
        (
            "Lavrov visited North Korea.",
            "Russian Foreign Minister Sergei Lavrov visited North Korea on July 18 for talks with officials.",
            ["Sergei Lavrov"],
            "July 18",
        ),
    ],
)


def overview_answer(request: GenerateRequest, attempt: int) -> dict[str, Any]:
    """A test double's answer: cite the first event listed, in its own words."""
    first = request.messages[0]["content"].split("Events:\n", 1)[1].split("\n", 1)[0]
    ids, _, rest = first.partition(" ")
    ids = ids.rstrip(":").split(",")[0]
    text = rest.split("): ", 1)[-1] if "): " in rest else rest
    return {"headline": text[:140], "headline_event_ids": [ids], "overview": [{"text": text[:300], "event_ids": [ids]}]}


def answers(request: GenerateRequest, attempt: int) -> dict[str, Any]:
    if request.kind == "same_event":
        return {"same_event": False}
    return overview_answer(request, attempt)


def merged(*summaries: Any, backend: ScriptedBackend | None = None, recent_days: int = 3, **kw: Any) -> Briefing:
    settings = Settings(use_cache=False, recent_days=recent_days)
    return asyncio.run(amerge(list(summaries), settings=settings, backend=backend or ScriptedBackend(answers), **kw))


def test_same_event_in_different_words_and_dates_is_one_entry() -> None:
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, FLIGHTS)
    visit = next(e for e in b.events if "Lavrov" in e.what)
    assert visit.reported_by == 2
    assert {s.outlet for s in visit.sources} == {"Hindustan Times", "The Moscow Times"}
    assert all(s.evidence[0].text for s in visit.sources)
    assert b.events[0] is visit  # most widely reported first


def test_same_actors_in_different_events_stay_apart() -> None:
    b = merged(VISIT_ANNOUNCED, LAVROV_2023, SHOIGU_2023)
    lavrov = [e for e in b.events if "Lavrov" in e.what]
    assert len(lavrov) == 2
    assert all(e.reported_by == 1 for e in lavrov)
    item_2025, item_2023 = items_from([VISIT_ANNOUNCED])[0], items_from([LAVROV_2023])[0]
    assert similarity(item_2025, item_2023) == 0.0


FLIGHTS_AGAIN = summary(
    "ht2",
    "Hindustan Times",
    date(2025, 7, 27),
    [
        (
            "Nordwind will run flights to Pyongyang.",
            "Moscow-based airline Nordwind will run passenger flights between Moscow and Pyongyang from later "
            "this month.",
            ["Nordwind"],
            "",
        ),
    ],
)


def _reports(request: GenerateRequest) -> tuple[str, str]:
    text = request.messages[0]["content"]
    a = text.split("Report A", 1)[1].split("\n")[0]
    b = text.split("Report B", 1)[1].split("\n")[0]
    return a.split("): ", 1)[1], b.split("): ", 1)[1]


def test_ambiguous_pairs_go_to_a_judge_that_passes_the_control_pairs() -> None:
    seen: list[tuple[str, str]] = []

    def careful(request: GenerateRequest, attempt: int) -> dict[str, Any]:
        if request.kind == "same_event":
            a, b = _reports(request)
            seen.append((a, b))
            return {"same_event": a == b or ("Nordwind" in a + b and "flights" in a and "flights" in b)}
        return overview_answer(request, attempt)

    b = merged(FLIGHTS, FLIGHTS_AGAIN, SHOIGU_2023, backend=ScriptedBackend(careful))
    assert b.run.judge == "used" and len(seen) == 3  # two control pairs, then the one ambiguous pair
    assert seen[0][0] == seen[0][1] and "Nordwind" in " ".join(seen[2])
    flights = next(e for e in b.events if "flights" in e.what.lower())
    assert flights.reported_by == 2 and flights.links[0].by == "judge"


def test_a_judge_that_says_yes_to_everything_is_ignored_and_the_briefing_says_so() -> None:
    def yes(request: GenerateRequest, attempt: int) -> dict[str, Any]:
        return {"same_event": True} if request.kind == "same_event" else overview_answer(request, attempt)

    b = merged(FLIGHTS, FLIGHTS_AGAIN, SHOIGU_2023, backend=ScriptedBackend(yes))
    assert b.run.judge == "ignored" and "control pair" in (b.run.judge_note or "")
    assert all(e.reported_by == 1 for e in b.events)


def test_the_control_pair_a_judge_must_call_different_is_two_events_to_code() -> None:
    """Two reports of one flood that share no word code can read (German names nothing by its capitals, the
    English report no kind) score 0 as well as two stories do: the control pair is two kinds of happening with
    no name in common, not merely the least alike."""
    from summarise.merge.cluster import _Clusters, _far_pair
    from summarise.merge.group import Weights

    day = date(2026, 5, 11)
    flood_en = "The river Selde burst its banks in Grevenau on Monday."
    flood_de = "Das Hochwasser hat zwei Menschen das Leben gekostet."
    trial = "A court in Alicante sentenced Ramon Ortega to six years in prison on Monday."
    items = items_from(
        [
            summary("e", "Wire", day, [(flood_en, flood_en, [], "on Monday")]),
            summary("d", "Zeitung", day, [(flood_de, flood_de, [], "")]).model_copy(update={"language": "de"}),
            summary("t", "Costa", day, [(trial, trial, [], "on Monday")]),
        ]
    )
    far = _far_pair(items, _Clusters(items, Weights.of(items)))
    assert far is not None and {far[0].article, far[1].article} != {"e", "d"}
    assert "t" in {far[0].article, far[1].article}


def test_one_regulator_with_two_other_pairs_of_companies_is_two_happenings() -> None:
    day = date(2026, 5, 13)
    review = (
        "The Netherlands Authority for Consumers and Markets (ACM) said on Wednesday it would review French "
        "packaging group Veltra's planned EUR 2.1 billion takeover of Dutch rival Norbeck."
    )
    cleared = (
        "The Netherlands Authority for Consumers and Markets (ACM) on Wednesday approved supermarket chain "
        "Buurtmarkt's EUR 480 million takeover of regional rival Kroonwinkel."
    )
    again = (
        "The Dutch competition authority ACM will examine Veltra's purchase of Norbeck, it said on Wednesday, "
        "as the two firms would hold a third of the market for cardboard boxes."
    )
    a, b, c = items_from(
        [
            summary("r", "Benelux Review", day, [(review, review, [], "on Wednesday")]),
            summary("c", "Benelux Review", day, [(cleared, cleared, [], "on Wednesday")]),
            summary("x", "Market Ledger", day, [(again, again, [], "on Wednesday")]),
        ]
    )
    assert similarity(a, b) < 45 <= similarity(a, c)


def test_a_german_capital_is_a_name_when_reports_in_other_languages_write_it_as_one() -> None:
    day = date(2026, 5, 11)
    en = "The river Selde burst its banks in the German town of Grevenau on Monday."
    de = "Die Selde hat in Grevenau mindestens zwei Menschen das Leben gekostet."
    english, german = items_from(
        [
            summary("e", "Wire", day, [(en, en, [], "on Monday")]),
            summary("d", "Zeitung", day, [(de, de, [], "")]).model_copy(update={"language": "de"}),
        ]
    )
    assert german.names == {"selde", "grevenau"}  # not "Menschen", "Leben"
    (alone,) = items_from([summary("d", "Zeitung", day, [(de, de, [], "")]).model_copy(update={"language": "de"})])
    assert alone.names == frozenset()  # German alone: a capital says nothing
    assert similarity(english, german) > 0


QUAKE_DAY1 = summary(
    "gw",
    "Global Wire",
    date(2025, 2, 3),
    [
        (
            "A magnitude 6.4 earthquake struck Van province, killing at least 12 people.",
            "A magnitude 6.4 earthquake struck Van province in eastern Turkey early on Monday, killing at least 12 "
            "people.",
            ["AFAD"],
            "early on Monday",
        ),
    ],
)
QUAKE_DAY1_OTHER = summary(
    "dc",
    "Daily Courier",
    date(2025, 2, 3),
    [
        (
            "An earthquake struck Van province, killing 15 people.",
            "An earthquake of magnitude 6.1 struck Van province in eastern Turkey on Monday, killing 15 people.",
            ["AFAD"],
            "on Monday",
        ),
    ],
)
QUAKE_DAY3 = summary(
    "co",
    "Caucasus Observer",
    date(2025, 2, 5),
    [
        (
            "The Van earthquake has killed 47 people.",
            "The earthquake that struck Van province in eastern Turkey on Monday has killed 47 people, AFAD said.",
            ["AFAD"],
            "on Monday",
        ),
    ],
    extra_text="Separately, 3,000 troops were sent to the border on an exercise.",
)


def test_figures_of_one_event_and_measure_are_shown_side_by_side_never_averaged() -> None:
    b = merged(QUAKE_DAY1, QUAKE_DAY1_OTHER, QUAKE_DAY3)
    quake = next(e for e in b.events if len(e.sources) == 3)
    killed = next(c for c in b.conflicts if c.quantity == "killed")
    assert killed.event_id == quake.id and killed.kind == "conflict"  # 12 and 15 on the same day
    assert {c.value for c in killed.claims[:2]} == {"at least 12", "15"} and killed.claims[2].value == "47"
    assert [c.published for c in killed.claims] == sorted(c.published for c in killed.claims)
    magnitude = next(c for c in b.conflicts if c.quantity == "magnitude")
    assert {c.value for c in magnitude.claims} == {"magnitude 6.4", "magnitude 6.1"}
    for claim in killed.claims + magnitude.claims:
        assert claim.value in claim.evidence.text
    assert not [c for c in b.conflicts if c.quantity == "troops"]  # not a figure of any event here


def test_a_figure_that_changes_over_days_is_a_dated_series() -> None:
    b = merged(QUAKE_DAY1, QUAKE_DAY3)
    killed = next(c for c in b.conflicts if c.quantity == "killed")
    assert killed.kind == "series" and [c.published for c in killed.claims] == [date(2025, 2, 3), date(2025, 2, 5)]


def test_timeline_and_actors() -> None:
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, FLIGHTS, SHOIGU_2023)
    by_id = {e.id: e for e in b.events}
    starts = [by_id[i].when.start for i in b.timeline if by_id[i].when.start]
    assert starts == sorted(starts)
    undated = [i for i in b.timeline if by_id[i].when.start is None]
    assert b.timeline[len(b.timeline) - len(undated) :] == undated
    lavrov = next(a for a in b.actors if a.name == "Sergei Lavrov")
    assert set(lavrov.event_ids) == {e.id for e in b.events if "Sergei Lavrov" in e.who}


def test_citations_are_honest() -> None:
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, FLIGHTS)
    ids = {e.id for e in b.events}
    inputs = {"ht", "mt", "unn"}
    by_id = {e.id: e for e in b.events}
    for st in [b.headline, *b.overview, *b.key_developments]:
        assert st.event_ids and set(st.event_ids) <= ids
        cited = {s.article_id for i in st.event_ids for s in by_id[i].sources}
        assert st.evidence and {ev.article_id for ev in st.evidence} == cited
    for e in b.events:
        assert {s.article_id for s in e.sources} <= inputs


def test_overview_statements_that_cite_unknown_events_or_invent_figures_are_dropped() -> None:
    def liar(request: GenerateRequest, attempt: int) -> dict[str, Any]:
        if request.kind == "same_event":
            return {"same_event": False}
        return {
            "headline": "Lavrov visited North Korea with 300 officials",
            "headline_event_ids": ["E1"],
            "overview": [{"text": "A summit happened.", "event_ids": ["E99"]}],
        }

    backend = ScriptedBackend(liar)
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, backend=backend)
    assert b.headline.source == "event" and "300" not in b.headline.text
    assert b.overview == []
    reasons = " ".join(d.reason for d in b.dropped)
    assert "300" in reasons and "E99" in reasons
    overview_calls = [r for r in backend.requests if r.kind == "overview"]
    assert overview_calls[0].reask == 1  # asked again once with the errors, then dropped


def _place(i: int) -> str:
    """A made-up place name of its own for each number (figures are not identity; names are), one syllable
    a digit, so that no two are one name transliterated ("Verbbl" and "Verbll" would be)."""
    return "Ver" + "".join("bdfgklmnpt"[int(d)] + "a" for d in f"{i:03d}")


def _many(n: int) -> list[Any]:
    out = []
    for i in range(n):
        out.append(
            summary(
                f"a{i:03d}",
                f"Outlet {i % 40}",
                date(2025, 7, 1 + i % 28),
                [
                    (
                        f"Council {i} approved budget number {i}.",
                        f"The council of {_place(i)} approved budget number {i} after a long debate on Monday.",
                        [_place(i)],
                        "on Monday",
                    ),
                ],
            )
        )
    return out


def test_two_hundred_articles_with_a_small_context_reduce_in_stages() -> None:
    window = 1200
    backend = ScriptedBackend(answers, context=window)
    b = merged(*_many(200), backend=backend, recent_days=60)  # a month of councils, none of it background
    assert len(b.articles) == 200 and len(b.events) == 200
    assert b.run.reduce_stages >= 2
    for request in backend.requests:
        assert messages_tokens(request.messages) + request.max_tokens <= window
    assert b.headline.source == "model" and set(b.headline.event_ids) <= {e.id for e in b.events}


def test_a_context_too_small_for_one_line_is_an_error_not_a_cut() -> None:
    from summarise.errors import ContextOverflow

    with pytest.raises(ContextOverflow):
        merged(*_many(3), backend=ScriptedBackend(answers, context=520))


def test_since_marks_new_updated_and_unchanged() -> None:
    yesterday = merged(VISIT_ANNOUNCED, SHOIGU_2023)
    trains = summary(
        "nv",
        "NV",
        date(2025, 7, 10),
        [
            (
                "Passenger trains to Vladivostok resumed.",
                "Oleh Kozhemyako announced the resumption of passenger trains between Vladivostok and North Korea.",
                ["Oleh Kozhemyako"],
                "",
            ),
        ],
    )
    today = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, SHOIGU_2023, FLIGHTS, trains, since=yesterday)
    by_what = {e.what: e for e in today.events}
    visit = next(e for e in today.events if "Lavrov" in e.what)
    assert visit.change == "updated" and "The Moscow Times" in (visit.change_note or "")
    assert by_what["Shoigu visited North Korea."].change == "unchanged"
    assert by_what["Passenger trains to Vladivostok resumed."].change == "new"
    # The flights announced (undated, in a page of July 9) and the launch reported on July 27 are two
    # entries today, 18 days apart; the launch is marked as an update of yesterday's announcement.
    announced = by_what["Russia will begin flights between Moscow and Pyongyang."]
    launched = next(e for e in today.events if "launched" in e.what.lower())
    assert announced.change == "unchanged"
    assert launched.change == "updated" and "new sources: UNN" in (launched.change_note or "")


def test_one_person_however_spelt_or_titled_is_one_actor() -> None:
    from summarise.merge.actors import canonical_names, person_name

    assert person_name("Russian Foreign Minister Sergey Lavrov") == "Sergey Lavrov"
    assert person_name("Russia's Foreign Minister Sergei Lavrov") == "Sergei Lavrov"
    assert person_name("Nordwind") == "Nordwind"
    assert canonical_names(
        ["Russian Foreign Minister Sergei Lavrov", "Sergey Lavrov", "Sergei Lavrov", "Sergei Shoigu", "Kim Jong Un"]
    ) == ["Sergei Lavrov", "Sergei Shoigu", "Kim Jong Un"]
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, LAVROV_2023)
    lavrov = [a for a in b.actors if "Lavrov" in a.name]
    assert len(lavrov) == 1 and len(lavrov[0].event_ids) == 2


def test_a_statement_keeps_only_the_cited_events_it_is_about() -> None:
    def overreach(request: GenerateRequest, attempt: int) -> dict[str, Any]:
        if request.kind == "same_event":
            return {"same_event": False}
        ids = [
            line.split(" ", 1)[0]
            for line in request.messages[0]["content"].split("Events:\n", 1)[1].splitlines()
            if line.startswith("E")
        ]
        return {
            "headline": "Shoigu visited North Korea",
            "headline_event_ids": ids[:3],
            "overview": [{"text": "Lavrov went to Paris for talks about Shoigu.", "event_ids": ids[:1]}],
        }

    b = merged(VISIT_ANNOUNCED, SHOIGU_2023, backend=ScriptedBackend(overreach), recent_days=5000)
    shoigu = next(e.id for e in b.events if "Shoigu" in e.what)
    assert b.headline.text == "Shoigu visited North Korea" and b.headline.event_ids == [shoigu]
    assert b.overview == []


def test_figures_are_grouped_by_event_and_measure_across_three_stories() -> None:
    quake = [
        summary(
            "q1",
            "Meridian Wire",
            date(2025, 10, 14),
            [
                (
                    "An earthquake struck western Tarsia, killing at least 37 people.",
                    "A powerful earthquake struck western Tarsia early on Tuesday, killing at least 37 people and "
                    "bringing down apartment blocks in the mountain city of Ostrel, officials said.",
                    ["Ostrel"],
                    "early on Tuesday",
                )
            ],
        ),
        summary(
            "q2",
            "Tarsia Today",
            date(2025, 10, 15),
            [
                (
                    "The number of people killed by the earthquake in western Tarsia rose to at least 144.",
                    "The number of people killed by Tuesday's earthquake in western Tarsia rose to at least 144 on "
                    "Wednesday, the health ministry said.",
                    ["Ostrel"],
                    "",
                )
            ],
            extra_text="Rescuers in Ostrel kept digging.",
        ),
    ]
    floods = [
        summary(
            "f1",
            "Halvenland Herald",
            date(2025, 3, 4),
            [
                (
                    "At least seven people have died in floods in the Brenna valley.",
                    "At least seven people have died in floods in the Brenna valley, police said.",
                    ["Brenna"],
                    "",
                )
            ],
        ),
        summary(
            "f2",
            "Brenna Post",
            date(2025, 3, 6),
            [
                (
                    "The flood death toll in the Brenna valley rose to 15 people.",
                    "The death toll from flooding in the Brenna valley rose to 15 people on Wednesday.",
                    ["Brenna"],
                    "",
                )
            ],
        ),
    ]
    troops = [
        summary(
            "t1",
            "Lesk Daily",
            date(2025, 7, 10),
            [
                (
                    "Kestria said Varnia moved between 25,000 and 30,000 troops to the border.",
                    "Kestria said Varnia has moved between 25,000 and 30,000 troops to the Kestrian border near Lesk.",
                    ["Kestria", "Varnia"],
                    "",
                )
            ],
        ),
        summary(
            "t2",
            "Varnia News",
            date(2025, 7, 10),
            [
                (
                    "Varnia said about 12,000 troops were on exercises near the Kestrian border.",
                    "Varnia said about 12,000 troops were on exercises near the Kestrian border and Lesk.",
                    ["Varnia", "Kestria"],
                    "",
                )
            ],
        ),
    ]
    b = merged(*quake, *floods, *troops)
    by_measure = {(c.quantity, c.kind): [x.value for x in c.claims] for c in b.conflicts}
    assert by_measure[("killed", "series")] in (["at least 37", "at least 144"], ["At least seven", "15"])
    assert len([c for c in b.conflicts if c.quantity == "killed" and c.kind == "series"]) == 2
    assert by_measure[("troops", "conflict")] == ["between 25,000 and 30,000", "about 12,000"]
    assert all(len({x.evidence.article_id for x in c.claims}) == len(c.claims) for c in b.conflicts)
    events = {c.event_id for c in b.conflicts}
    assert len(events) == 3  # each story's figures stay with its own event


def test_a_shared_nationality_and_first_name_do_not_make_one_person() -> None:
    from summarise.merge.items import person_key

    shoigu, lavrov = (
        person_key("Russian Defence Minister Sergei Shoigu"),
        person_key("Russian Foreign Minister Sergey Lavrov"),
    )
    assert shoigu == frozenset({"sergei", "shoigu"}) and lavrov == frozenset({"sergey", "lavrov"})
    visits = [
        summary(
            "a",
            "UNN",
            date(2025, 7, 28),
            [
                (
                    "Sergey Lavrov visited North Korea.",
                    "Russian Foreign Minister Sergey Lavrov visited North Korea this month.",
                    ["Russian Foreign Minister Sergey Lavrov"],
                    "",
                )
            ],
        ),
        summary(
            "b",
            "Ukrainska Pravda",
            date(2025, 7, 28),
            [
                (
                    "Sergei Shoigu visited North Korea.",
                    "Russian Defence Minister Sergei Shoigu visited North Korea.",
                    ["Russian Defence Minister Sergei Shoigu"],
                    "",
                )
            ],
        ),
    ]
    assert len(merged(*visits).events) == 2


def test_nationalities_are_their_countries_and_each_actor_counts_its_outlets() -> None:
    from summarise.merge.actors import as_actor

    assert as_actor("North Korean") == "North Korea" and as_actor("Russian") == "Russia"
    assert as_actor("Western-backed") is None and as_actor("Sergei Lavrov") == "Sergei Lavrov"
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, recent_days=5000)
    lavrov = next(a for a in b.actors if "Lavrov" in a.name)
    assert lavrov.kind == "person" and lavrov.outlets == 2
    from summarise.merge.actors import _kind

    assert [_kind(n) for n in ("North Korea", "United States", "Russia", "Nordkorea")] == ["country"] * 4


def test_state_outlets_are_marked_by_name_or_domain_and_one_outlet_is_single_sourced() -> None:
    from summarise.outlets import Outlets

    known = Outlets(state_run=["Eastbrook Gazette"], state_affiliated=["example-channel.org"])
    assert known.kind_of("The KCNA") == "state-run" and known.kind_of("x", "https://www.rt.com/news/1") == (
        "state-affiliated"
    )
    assert known.kind_of("Eastbrook Gazette") == "state-run"
    assert known.kind_of("Anything", "https://live.example-channel.org/a") == "state-affiliated"
    assert known.kind_of("The Moscow Times", "https://www.themoscowtimes.com/a") is None
    from summarise.outputs import to_markdown

    kcna = summary(
        "k",
        "KCNA",
        date(2025, 7, 11),
        [
            (
                "Lavrov arrived in North Korea for a working visit.",
                "Russia's Foreign Minister Sergei Lavrov arrived in North Korea on Friday for a working visit.",
                ["Sergei Lavrov"],
                "on Friday",
            )
        ],
    )
    b = merged(VISIT_ARRIVED, kcna, FLIGHTS, recent_days=5000)
    visit = next(e for e in b.events if "Lavrov" in e.what)
    assert {s.outlet: s.outlet_kind for s in visit.sources} == {"The Moscow Times": None, "KCNA": "state-run"}
    assert not visit.single_source and next(e for e in b.events if "flights" in e.what).single_source
    assert "KCNA [state-run]" in to_markdown(b)


def test_an_entry_is_titled_in_the_language_most_of_its_sources_write() -> None:
    from summarise.merge.entries import build_events

    day = date(2025, 10, 15)
    quake = "A powerful earthquake struck western Tarsia on Tuesday, killing at least 37 people in Ostrel."
    english = [summary(f"en{n}", f"Outlet {n}", day, [(quake, quake, ["Ostrel"], "on Tuesday")]) for n in range(2)]
    russian = summary(
        "ru",
        "Вестник",
        day,
        [
            (
                "Землетрясение в Тарсии во вторник унесло жизни 37 человек в Острели.",
                "Землетрясение в Тарсии во вторник унесло жизни 37 человек в Острели.",
                ["Острели"],
                "",
            )
        ],
    ).model_copy(update={"language": "ru"})
    for s in english:  # shown in their evidence's words, while the Russian report has the model's
        s.events[0] = s.events[0].model_copy(update={"what_source": "evidence"})
    clusters = [items_from([russian, *english])]
    [entry] = build_events(clusters)
    assert entry.what == quake


def test_a_rising_toll_reported_days_later_without_a_date_joins_its_happening() -> None:
    quake = "A powerful earthquake struck western Tarsia on Tuesday, killing at least 37 people in Ostrel."
    toll = "The toll of the earthquake in western Tarsia has climbed past 400, officials in Ostrel said."
    other = "A powerful earthquake struck western Tarsia on Tuesday, killing at least 40 people in Ostrel."
    first = summary("wire", "Meridian Wire", date(2025, 10, 14), [(quake, quake, [], "on Tuesday")])
    second = summary("daily", "Daily Post", date(2025, 10, 14), [(other, other, [], "on Tuesday")])
    later = summary("fr", "Le Soir", date(2025, 10, 17), [(toll, toll, [], "")])  # three days on, undated
    [entry, *_] = merged(first, second, later).events
    assert {s.outlet for s in entry.sources} == {"Meridian Wire", "Daily Post", "Le Soir"}


def test_the_people_of_a_clause_that_gives_the_cause_are_not_the_events_own() -> None:
    from summarise.merge.items import _names
    from summarise.models import Event, Evidence

    sentence = (
        "Regulators pulled a dozen batches of the medicine from pharmacies, after the manufacturer, Moravia "
        "Pharma, reported an impurity."
    )
    event = Event(
        id="a#1",
        article_id="a",
        what="Regulators pulled a dozen batches of the medicine.",
        who=["Moravia Pharma"],
        evidence=[Evidence(article_id="a", start=0, end=len(sentence), text=sentence, match="exact", score=100.0)],
    )
    assert "moravia" not in _names(event, "en")
    named = event.model_copy(update={"what": "Moravia Pharma's medicine was pulled from pharmacies."})
    assert "moravia" in _names(named, "en")  # named in what the event says: its own


def _event(sentence: str, **fields: Any) -> Any:
    from summarise.models import Event, Evidence

    evidence = Evidence(article_id="a", start=0, end=len(sentence), text=sentence, match="exact", score=100.0)
    return Event(id="a#1", article_id="a", what=fields.pop("what", sentence), evidence=[evidence], **fields)


def test_a_sentence_that_is_its_own_what_names_no_one_of_its_cause_clause() -> None:
    """A summary whose "what" is the evidence sentence itself gives the clause's people no way back in: the
    prime minister's appointment is not the minister's resignation of that morning."""
    from summarise.merge.items import _names

    named = _event(
        "Prime Minister Azlan Mokhtar on Wednesday night named Nurul Huda Ismail as the new Housing Minister, "
        "hours after Hamdan Rosli quit over a row about contracts."
    )
    assert {"azlan", "nurul", "huda"} <= _names(named, "en")
    assert not {"hamdan", "rosli"} & _names(named, "en")


def test_a_sentence_whose_clause_alone_names_anyone_reports_the_clause() -> None:
    """ "The order came hours after 16 miners were trapped at Rybnik" names no one outside its clause: what it
    reports is the trapping, and the clause's names are its own."""
    from summarise.merge.items import _names

    event = _event("The order came hours after 16 coal miners were trapped at the Rybnik mine in Silesia.")
    assert {"rybnik", "silesia"} <= _names(event, "en")


def test_a_sentence_that_tells_its_own_happening_takes_no_names_from_its_clause() -> None:
    """ "The explosion caused alarm in the town, coming three days after the blast at the Korvell plant in
    Vardenholm" tells its own explosion: the clause's plant and town are the other blast's, though the rest
    names no one."""
    from summarise.merge.items import _names

    alarm = _event(
        "The explosion caused alarm in the town, coming three days after the blast at the Korvell Chemicals plant "
        "in Vardenholm, 60km away, which killed seven people."
    )
    assert not {"korvell", "vardenholm"} & _names(alarm, "en")


def test_a_clause_that_gives_what_came_next_is_another_happening() -> None:
    """ "The euro rose to 403 before the bank announced it had cut its rate" reports the currency's move; the
    rate cut of the clause is the other report's event, and the two stay apart."""
    from summarise.merge.clauses import cause_clause

    moved, clause = cause_clause(
        "The euro rose to 403.2 forints, up from 398.4 before the National Bank of Hungary announced a cut."
    )
    assert "National Bank" in clause and "euro rose" in moved
    cut = "The National Bank of Hungary lowered its base rate by 25 basis points to 6.25% on Tuesday."
    rose = "The euro rose to 403.2 forints by late afternoon in Budapest, up from 398.4 before the National Bank of "
    rose += "Hungary announced that it had lowered its base rate by a quarter of a percentage point to 6.25%."
    first = summary("wire", "Meridian Wire", date(2026, 11, 3), [(cut, cut, [], "on Tuesday")])
    second = summary("markets", "Markets Daily", date(2026, 11, 3), [(rose, rose, [], "")])
    assert len(merged(first, second).events) == 2


def test_a_clause_on_a_person_that_ends_a_sentence_tells_what_that_person_did_before() -> None:
    """ "..., who resigned on Wednesday." tells of the minister's resignation, not of what the sentence reports
    (a councillor's denial of any link), and gives the sentence no kind of happening. ", which killed five" may
    tell the sentence's own happening, and stays."""
    from summarise.asides import without_persons_clause

    quit = "Housing minister Hamdan Rosli resigned on Wednesday after a row over contracts awarded to his relatives."
    denial = (
        "Councillor Rosnah Aziz said her decision had nothing to do with the contracts affair and that she was not "
        "related to former housing minister Hamdan Rosli, who resigned on Wednesday."
    )
    assert without_persons_clause(denial).endswith("Hamdan Rosli.")
    quake = "The quake struck Ostrel on Tuesday, which killed five people."
    assert without_persons_clause(quake) == quake
    first = summary("herald", "Malaysia Herald", date(2026, 11, 4), [(quit, quit, ["Hamdan Rosli"], "on Wednesday")])
    second = summary("post", "Selangor Post", date(2026, 11, 6), [(denial, denial, [], "on Wednesday")])
    resigned, denied = items_from([first, second])
    assert resigned.kind == "c:resignation" and denied.kind is None  # no longer one kind of happening


def test_before_opens_another_happening_only_as_a_clause() -> None:
    """ "appeared before Westminster Magistrates' Court" and "fled to Lyon before being arrested in Paris" tell
    one happening: their names are the event's own."""
    from summarise.merge.items import _names

    court = _event(
        "A man appeared before Westminster Magistrates' Court on Monday charged with the murder of Jane Doe."
    )
    assert {"westminster", "jane", "doe"} <= _names(court, "en")
    fled = _event("Police said the suspect fled to Lyon before being arrested in Paris on Friday.", where="Paris")
    assert {"lyon", "paris"} <= _names(fled, "en")


def test_titles_of_honour_are_no_names() -> None:
    """ "Datuk Seri", "Sheikh", "Monsieur": two people of one title share no name by it."""
    from summarise.merge.items import _names

    for titled, who in (
        ("Datuk Seri Hamdan Rosli resigned on Wednesday.", "Datuk Seri Hamdan Rosli"),
        ("Sheikh Tamim bin Hamad met the envoy in Doha.", "Sheikh Tamim bin Hamad"),
        ("Monsieur Albert Vogt left the board on Monday.", "Monsieur Albert Vogt"),
        ("Pan Gongsheng said the bank would cut the ratio.", "Pan Gongsheng"),  # a surname, not the Polish "Mr"
    ):
        names = _names(_event(titled, who=[who]), "en")
        assert set(who.lower().split()[-2:]) - {"bin"} <= names
        assert not {"datuk", "seri", "sheikh", "monsieur"} & names


def test_a_cause_clause_ends_before_a_closing_attribution() -> None:
    from summarise.merge.clauses import cause_clause

    told, cause = cause_clause("Fighting stopped, after the army of Varnia withdrew, the Kestrian ministry said.")
    assert "Varnia" in cause and "Kestrian ministry said" in told


def test_a_cause_clause_is_found_in_one_pass_over_a_long_sentence() -> None:
    """Many "after"s, or many "said"s between commas (a scraped list run together), are read in one pass:
    the clause was looked for anew at each, in time that grew with the square of the sentence's length."""
    from summarise.merge.clauses import cause_clause

    listed = "The ministry announced the following measures for Dorsk on Monday, officials said."
    assert cause_clause(listed) == (listed, "")
    said_that = "He said the day after the ruling that he would appeal."
    assert cause_clause(said_that) == (said_that, "")
    long_said = "He said " + "x after y " * 30_000 + "that z."
    assert cause_clause(long_said) == (long_said, "")
    told, cause = cause_clause("He left, after x, " + "said " * 60_000 + ", the ministry said.")
    assert told == "He left, the ministry said." and cause == ", after x, " + "said " * 60_000


def test_an_undated_report_of_another_weekday_is_another_event() -> None:
    arrived = "Foreign Minister Ilse Varga arrived in Lodmar on Monday for a three-day visit to Ostravia."
    left = "Foreign Minister Ilse Varga left Lodmar on Wednesday, ending a three-day visit to Ostravia."
    also = "Ilse Varga, Ostravia's guest, arrived in Lodmar on Monday for a three-day visit."
    first = summary("times", "Lodmar Times", date(2026, 3, 16), [(arrived, arrived, ["Ilse Varga"], "on Monday")])
    undated = summary("courier", "The Courier", None, [(left, left, ["Ilse Varga"], "on Wednesday")])
    same_day = summary("post", "Lodmar Post", None, [(also, also, ["Ilse Varga"], "on Monday")])
    b = merged(first, undated, same_day)
    by_outlet = {s.outlet: e.id for e in b.events for s in e.sources}
    assert by_outlet["Lodmar Times"] == by_outlet["Lodmar Post"] != by_outlet["The Courier"]
    items = items_from([first, undated])
    assert similarity(items[0], items[1]) == 0.0


def test_a_toll_that_rose_on_a_later_weekday_can_be_an_undated_reports_happening() -> None:
    from summarise.merge.group import when_compatible

    quake = "A strong earthquake struck Vell province early on Monday, killing at least 12 people."
    toll = "The toll from the earthquake in Vell province rose to 31 on Tuesday, officials said."
    undated = summary("wire", "Wire", None, [(quake, quake, [], "early on Monday")])
    later = summary("daily", "Daily", date(2026, 2, 3), [(toll, toll, [], "on Tuesday")])
    struck = "A strong earthquake struck Vell province on Tuesday, killing at least 12 people."
    other = summary("eve", "Eve", date(2026, 2, 3), [(struck, struck, [], "on Tuesday")])
    quake_item, toll_item, tuesday_item = items_from([undated, later, other])
    assert when_compatible(quake_item, toll_item)
    assert not when_compatible(quake_item, tuesday_item)  # a quake on Tuesday is not Monday's


def test_a_headline_cut_at_its_length_limit_ends_at_its_last_whole_clause() -> None:
    from summarise.drafts import HEADLINE_MAX
    from summarise.merge.overview import whole

    sentence = (
        "The toll from Thursday's blast at the Ardel refinery in the river town of Pell climbed to nine on Friday, "
        "and the police arrested the manager of the plant on suspicion of negligence."
    )
    cut = sentence[:HEADLINE_MAX].strip()  # as far as the limit lets a model write
    assert whole(cut, HEADLINE_MAX) == sentence[: sentence.index(", and")]
    assert whole("Refinery blast kills nine in Pell", HEADLINE_MAX) == "Refinery blast kills nine in Pell"
    ended = sentence[: sentence.index(", and")] + ", police say."
    assert whole(ended, len(ended)) == ended
    # An aside goes first: cut at its comma, the subject would be left without what it did.
    ferry = (
        "The captain of the ferry Kalinda, which capsized off Ilkos on Sunday night, was arrested at his home in "
        "Port Daranos at about 8am on Tuesday"
    )
    assert whole(ferry, len(ferry)) == (
        "The captain of the ferry Kalinda was arrested at his home in Port Daranos at about 8am on Tuesday"
    )


def test_an_overview_sentence_the_answer_cut_off_ends_at_its_last_whole_clause_or_is_dropped() -> None:
    from summarise.merge.overview import _check, ended

    cut = (
        "The National Bank of Istrenia raised its key interest rate by 50 basis points to 4.75% on Wednesday, a "
        "bigger increase than most economists'"
    )
    assert (
        ended(cut)
        == "The National Bank of Istrenia raised its key interest rate by 50 basis points to 4.75% on Wednesday."
    )
    assert ended("The bank raised its rate.") == "The bank raised its rate."
    whole = "Prime Minister Tomas Arlen resigned on Monday after losing a confidence vote"
    assert ended(whole) == whole  # whole words without a stop: kept
    support = {"E1": "The National Bank of Istrenia raised its key interest rate by 50 basis points on Wednesday."}
    drops: list = []
    assert (
        _check(ended("The National Bank of Istrenia raised its key rate by"), ["E1"], support, "statement", drops)
        is None
    )
    assert "it stops mid-sentence" in drops[0].reason


def test_a_headline_of_one_or_two_words_is_no_headline() -> None:
    from summarise.merge.overview import _check

    support = {"E1": "The collapse happened at about 23:30 on Tuesday at a depth of 380 metres."}
    drops: list = []
    assert _check("collapse", ["E1"], support, "headline", drops) is None
    assert drops[0].reason == "too short to say what happened (1 word)"
    kept = _check("Collapse at 380 metres", ["E1"], support, "headline", drops)
    assert kept is not None and kept.event_ids == ["E1"]


def _dockers(third: tuple[str, str, list[str], str] | None = None, share: bool = True) -> list[Any]:
    day = date(2026, 3, 4)
    strike = [
        (
            "Dockers at Port Velmar began a 48-hour strike over pay.",
            "Dockers at Port Velmar began a 48-hour strike over pay on Wednesday.",
            ["Port Velmar"],
            "on Wednesday",
        ),
        (
            "Port Velmar dockers walked out for 48 hours in a pay dispute.",
            "Port Velmar dockers went on strike for 48 hours on Wednesday in a dispute over pay.",
            ["Port Velmar"],
            "on Wednesday",
        ),
    ]
    ships = (
        "About 40 ships waited to unload outside the harbour.",
        "By the evening about 40 ships were waiting to unload outside the harbour.",
        [],
        "",
    )
    vessels = (
        "Some 40 vessels lay at anchor off the port, waiting to unload.",
        "Some 40 vessels lay at anchor off the port by nightfall, waiting to unload their cargo.",
        [],
        "",
    )
    first = [strike[0], ships] if share else [ships]
    second = [strike[1], vessels] + ([third] if third else [])
    return [summary("a", "Harbour Post", day, first), summary("b", "Coastal Daily", day, second)]


def _groups(summaries: list[Any]) -> tuple[list[list[str]], list[Any]]:
    from summarise.backends.base import Usage
    from summarise.merge.cluster import group

    g = asyncio.run(group(items_from(summaries), ask=None, settings=Settings(), usage=Usage()))
    return sorted(sorted(it.event.id for it in c) for c in g.clusters), [x for links in g.links.values() for x in links]


def test_two_articles_of_one_story_align_their_other_events_by_clear_best_match() -> None:
    groups, links = _groups(_dockers())
    assert groups == [["a#1", "b#1"], ["a#2", "b#2"]]  # the ships and the vessels, in words that share little
    assert [link.by for link in links if link.a == "a#2"] == ["aligned"]
    assert 10 <= next(link.score for link in links if link.by == "aligned") < 45  # below what code alone joins
    from summarise.outputs.explain import explain

    assert "by alignment (each other's clear best match" in explain(merged(*_dockers()))
    # Articles that share no event are not known to tell one story: nothing aligns.
    assert _groups(_dockers(share=False))[0] == [["a#1"], ["b#1"], ["b#2"]]
    # A runner-up about as alike leaves the match unclear: the reports stay apart.
    tankers = (
        "Some 40 tankers lay at anchor off the port, waiting to unload.",
        "Some 40 tankers lay at anchor off the port by dawn, waiting to unload their fuel.",
        [],
        "",
    )
    assert ["a#2"] in _groups(_dockers(third=tankers))[0]


def test_an_event_already_matched_is_no_runner_up_of_the_others() -> None:
    """An article reports an event once: once the strikes are one event, the ships are matched with the
    vessels though the strike report is about as alike to the ships as the vessels are."""
    day = date(2026, 3, 4)
    strike = "Dockers at Port Velmar began a strike on Wednesday; about 40 ships waited to unload at the harbour."
    walkout = "Port Velmar dockers walked out on Wednesday and about 40 ships waited outside the harbour."
    ships = "By the evening about 40 ships were waiting to unload outside the harbour."
    vessels = "Some 40 vessels lay at anchor off the port by nightfall, waiting to unload their ships."
    first = summary(
        "a", "Harbour Post", day, [("A strike began.", strike, [], "on Wednesday"), ("Ships.", ships, [], "")]
    )
    second = summary(
        "b", "Coastal Daily", day, [("Dockers walked out.", walkout, [], "on Wednesday"), ("V.", vessels, [], "")]
    )
    groups, links = _groups([first, second])
    assert groups == [["a#1", "b#1"], ["a#2", "b#2"]]
    assert [link.by for link in links if link.a == "a#2"] == ["aligned"]


def test_calendar_and_role_words_of_any_language_and_turkish_case_endings_are_no_names() -> None:
    turkish = summary(
        "t",
        "Haber",
        date(2026, 3, 18),
        [
            (
                "Bakan ayrıldı.",
                "Dışişleri Bakanı Livia Marenco Çarşamba sabahı Korvanya'dan Velmar'a hareket etti.",
                [],
                "",
            )
        ],
    )
    indonesian = summary(
        "i",
        "Kabar",
        date(2026, 6, 5),
        [
            (
                "Di Caldera Nova terjadi kebakaran pada Kamis sore.",
                "Di Caldera Nova terjadi kebakaran pada Kamis sore.",
                [],
                "",
            )
        ],
    )
    greek = summary(
        "g",
        "Ειδήσεις",
        date(2026, 2, 13),
        [("Η Βουλή ψήφισε τον νόμο.", "Η Βουλή ψήφισε την Πέμπτη τον νόμο στην Αθήνα.", [], "")],
    )
    (tr,) = items_from([turkish.model_copy(update={"language": "tr"})])
    (id_,) = items_from([indonesian.model_copy(update={"language": "id"})])
    (el,) = items_from([greek.model_copy(update={"language": "el"})])
    assert tr.names == {"livia", "marenco", "korvanya", "velmar"}
    assert id_.names == {"caldera", "nova"}
    assert el.names == {"voyli", "athina"}  # Thursday ("Πέμπτη", also "fifth") is no name


def test_the_days_top_story_told_by_sixty_outlets_is_one_entry_per_event() -> None:
    """Names every report of a big story shares are too common to index alone (no all-pairs scoring of a
    name on everyone's lips), but a name with the kind of happening, or two names together, still find the
    story's reports."""
    day, wed, thu = date(2026, 3, 4), "on Wednesday", "on Thursday"

    def report(n: int) -> Any:
        quake = f"A {n % 3 + 5}.8 quake hit Velmar {wed}."
        search = f"Rescuers searched {n % 7 + 2} houses in Ardan {wed} night."
        visit = f"Lena Brandt visited shelters in Ardan {thu} ({n})."
        queue = f"About {n % 30 + 20} lorries waited on the Velmar road near Ardan {thu}."  # no kind of happening
        events = [
            ("A quake hit Velmar.", quake, ["Velmar"], wed),
            ("Rescuers searched.", search, ["Ardan"], f"{wed} night"),
            ("The minister visited.", visit, ["Lena Brandt"], thu),
            ("Lorries waited.", queue, [], thu),
        ]
        return summary(f"a{n}", f"Outlet {n}", day, events)

    groups, _ = _groups([report(n) for n in range(60)])
    assert len(groups) == 4 and all(len(g) == 60 for g in groups)

    def plain(n: int) -> Any:  # no kind of happening anywhere: two names together find the reports
        ships = f"About {n % 30 + 20} ships waited outside Port Velmar near Ardan {wed}."
        said = f"Lena Brandt, the governor of Ardan, told reporters on {thu} that the port would be clear soon."
        events = [("Ships waited.", ships, ["Port Velmar"], wed), ("Brandt spoke.", said, ["Lena Brandt"], thu)]
        return summary(f"p{n}", f"Outlet {n}", day, events)

    groups, _ = _groups([plain(n) for n in range(60)])
    assert len(groups) == 2 and all(len(g) == 60 for g in groups)


def test_a_name_after_an_elided_article_is_a_name() -> None:
    """French and Italian write "d'Andøya", "l'Ukraine", "dell'Italia": the name is still a name."""
    text = "La fusée a explosé mercredi au-dessus d'Andøya, selon l'Agence spatiale dell'Italia."
    fr = summary("fr", "Le Courrier", date(2026, 4, 15), [("La fusée a explosé.", text, [], "mercredi")])
    names = items_from([fr.model_copy(update={"language": "fr"})])[0].names
    assert {"andoya", "agence", "italia"} <= names and "est" not in names


def test_the_last_events_of_two_reports_are_not_one_for_being_all_that_is_left() -> None:
    """Two reports of one quake, each with one other event: being each other's only match says little, so
    events of two kinds of happening (one known, one not) stay apart unless they are alike in their own right."""
    day, wed, thu = date(2026, 3, 5), "on Wednesday", "on Thursday"
    blankets = "Volunteers handed out blankets to families in Velmar on Thursday."
    shocks = "Aftershocks rattled the hills east of Velmar on Thursday."
    a = summary("a", "Harbour Post", day, [
        ("A quake hit Velmar.", "A 5.8 quake hit Velmar on Wednesday.", ["Velmar"], wed),
        ("Volunteers handed out blankets.", blankets, [], thu),
    ])  # fmt: skip
    b = summary("b", "Coastal Daily", day, [
        ("A quake hit Velmar.", "A 5.8 earthquake struck Velmar on Wednesday.", ["Velmar"], wed),
        ("Aftershocks rattled the hills.", shocks, [], thu),
    ])  # fmt: skip
    groups, _ = _groups([a, b])
    assert ["a#1", "b#1"] in groups and ["a#2"] in groups and ["b#2"] in groups


def test_a_name_that_opens_a_sentence_is_not_lost_to_another_languages_words() -> None:
    """ "Rosa resigned ..." and "Bianca resigned ...": the one name of each stays a name, whatever a report in
    another language writes in lower case (Italian "la maglia rosa", "la maglia bianca")."""
    day, wed = date(2026, 3, 4), "on Wednesday"
    one = summary("a", "Post", day, [("Rosa resigned.", "Rosa resigned as party chair on Wednesday.", [], wed)])
    two = summary("b", "Daily", day, [("Bianca resigned.", "Bianca resigned as party chair on Wednesday.", [], wed)])
    italian = "Mercoledì il ciclista ha vestito la maglia rosa, il suo compagno la maglia bianca."
    other = summary("c", "Corriere", day, [("Il ciclista ha vestito la maglia rosa.", italian, [], wed)])
    other = other.model_copy(update={"language": "it"})
    names = {it.event.id: it.names for it in items_from([one, two, other])}
    assert "rosa" in names["a#1"] and "bianca" in names["b#1"]
    groups, _ = _groups([one, two, other])
    assert ["a#1"] in groups and ["b#1"] in groups


def test_an_undated_report_reaches_back_days_to_the_happening_it_names() -> None:
    """A report published four days on says only that workers at Dravik "went on strike": by its name and its
    kind of happening it meets the strike reported on the day."""
    strike = "Workers at the Ostrel plant in Dravik staged an eight-hour strike on Thursday."
    day = summary("a", "Wire", date(2026, 3, 5), [("Workers at Dravik went on strike.", strike, [], "on Thursday")])
    later = "Workers at Dravik went on strike over the closure of the plant."
    back = summary("b", "Weekly", date(2026, 3, 9), [("Workers at Dravik went on strike.", later, [], "")])
    groups, _ = _groups([day, back])
    assert groups == [["a#1", "b#1"]]


def test_two_reports_that_both_name_two_kinds_of_happening_are_not_told_apart_by_which_comes_first() -> None:
    """ "A blackout ... when a fault cut the line" and "a fault cut electricity ..., causing a blackout": each
    names both happenings, only in another order, so their first kinds differ and say nothing."""
    day, wed = date(2026, 9, 16), "on Wednesday"
    first = (
        "A blackout left large parts of Velmar without electricity on Wednesday when a fault cut the line from Dorsk."
    )
    second = (
        "On Wednesday a fault near Dorsk cut electricity to large parts of Velmar, causing a blackout in the region."
    )
    a = summary("a", "Post", day, [("A blackout hit Velmar.", first, [], wed)])
    b = summary("b", "Daily", day, [("A fault cut electricity to Velmar.", second, [], wed)])
    groups, _ = _groups([a, b])
    assert groups == [["a#1", "b#1"]]


def test_what_came_before_is_no_part_of_an_event_with_or_without_a_comma() -> None:
    """ "closed a kitchen of Velmar Catering after children at Dorsk schools fell ill": the illness and its
    place are what came before, not the closure's; "said the day after the ruling that he would appeal" keeps
    what was said."""
    closed = (
        "The food office closed a kitchen of Velmar Catering after more than 180 children at Dorsk schools fell ill."
    )
    appeal = "Defence lawyer Anton Velk said the day after the ruling that he would take the case to the full court."
    a = summary(
        "a", "Post", date(2026, 10, 7), [("The food office closed a kitchen of Velmar Catering.", closed, [], "")]
    )
    c = summary("c", "Wire", date(2026, 10, 7), [("Anton Velk said he would take the case to court.", appeal, [], "")])
    kitchen, lawyer = items_from([a, c])
    assert "velmar" in kitchen.names and "dorsk" not in kitchen.names and "child" not in kitchen.stems
    assert {"velk", "anton"} <= lawyer.names and "full" in lawyer.stems


def test_an_undated_report_is_of_nothing_after_its_article_came_out() -> None:
    """A page of Tuesday that tells, without a date, how miners were trapped reports no rescue dated Thursday
    (news tells what has happened); a report that a figure changed, and one of a happening that lasts (an
    outage), may still be of what began before."""
    from summarise.merge.when import told_before, when_compatible

    rescued = "Rescuers on Thursday brought the last nine Rybnik miners out of the flooded mine alive."
    trapped = "The order came hours after Rybnik miners were trapped by floodwater, where the rescue goes on."
    out = "About 310,000 Velmar customers were still without power on Thursday, the grid operator said."
    dark = "The Velmar grid operator said 180,000 customers were without power after the storm."
    rose = "The number of Velmar customers without power rose to 310,000 on Thursday, the operator said."
    thursday = summary("a", "Daily", date(2026, 3, 12), [(rescued, rescued, [], "on Thursday")])
    tuesday = summary("b", "Courier", date(2026, 3, 10), [(trapped, trapped, [], "")])
    later = summary("c", "Daily", date(2026, 3, 12), [(out, out, [], "on Thursday"), (rose, rose, [], "on Thursday")])
    earlier = summary("d", "Post", date(2026, 3, 10), [(dark, dark, [], "")])
    undated_page = summary("e", "Post", None, [(trapped, trapped, [], "")])
    a, b, lasting, update, c, e = items_from([thursday, tuesday, later, earlier, undated_page])
    assert told_before(b, a) and not when_compatible(a, b) and similarity(a, b) == 0.0
    assert lasting.kind == "c:outage" and not told_before(c, lasting) and when_compatible(c, lasting)
    assert update.update and not told_before(c, update)
    assert not told_before(a, b)  # a report with a date of its own is read by that date
    assert not told_before(e, a)  # a page of no known day bounds nothing


def test_an_undated_report_is_of_its_articles_days_not_of_years_before() -> None:
    from summarise.merge.when import told_long_after, when_compatible

    then = "A ransomware attack on the hospital in Vrchlabi in March 2022 kept it offline for three weeks."
    now = "A hacker group calling itself Grom-77 claimed the attack on the Vrchlabi hospital on its channel."
    strike = "Workers at the Vrchlabi hospital have been on strike since March 2022."
    still = "The strike at the Vrchlabi hospital goes on, the union said."
    old, claim, lasting, going_on = items_from(
        [
            summary("a", "Daily", date(2026, 9, 15), [(then, then, [], "in March 2022")]),
            summary("b", "Ledger", date(2026, 9, 17), [(now, now, [], "")]),
            summary("c", "Daily", date(2026, 9, 15), [(strike, strike, [], "since March 2022")]),
            summary("d", "Ledger", date(2026, 9, 17), [(still, still, [], "")]),
        ]
    )
    assert told_long_after(claim, old) and not when_compatible(old, claim)
    assert lasting.kind == "c:strike" and not told_long_after(going_on, lasting)  # a strike may go on
    assert not told_long_after(old, claim)  # a report with a date of its own is read by that date


def test_what_a_story_recalls_from_years_before_ranks_after_its_news() -> None:
    """Among entries of as many outlets, one whose sentence dates itself only by years before its article
    ("held back the river since 1987") is the story's background: it heads nothing."""
    recalled = "The earth-and-rock Kaskel dam had held back the Arnel River since 1987, when it was opened."
    privatised = "Operation of the Kaskel dam was privatised in 2008, when Arnel Hydro won a 30-year concession."
    resigned = "Infrastructure Minister Irena Dostal resigned over the Kaskel dam failure, two days after it burst."
    feature = summary("a", "Quarterly", date(2026, 9, 19), [(recalled, recalled, [], "")])
    cronica = summary("b", "Cronica", date(2026, 9, 16), [(privatised, privatised, [], "")])
    daily = summary("c", "Daily", date(2026, 9, 17), [(resigned, resigned, ["Irena Dostal"], "")])
    b = merged(feature, cronica, daily)
    assert b.events[0].what == resigned and {e.what for e in b.events[1:]} == {recalled, privatised}
    assert b.key_developments[0].text == resigned


def test_among_entries_of_as_many_outlets_the_one_nearest_the_top_of_its_article_leads() -> None:
    """News tells its news first: of single-sourced entries, the one an article opens with heads the list,
    not the one whose article's name sorts first."""
    closed = "Roads into Morvik remained closed to all but emergency vehicles for a second day on Wednesday."
    arrested = "Police arrested the Kaskel dam's chief engineer, Emil Reske, early on Wednesday at his home."
    lead = summary("b", "Herald", date(2026, 9, 16), [(arrested, arrested, ["Emil Reske"], "early on Wednesday")])
    later = summary("a", "Courier", date(2026, 9, 16), [(closed, closed, [], "on Wednesday")], extra_text="")
    later = later.model_copy(update={"cleaned_text": "Headline of the day\n\n" + "Filler words. " * 40 + closed})
    ev = later.events[0].evidence[0]
    start = later.cleaned_text.index(closed)
    later.events[0].evidence[0] = ev.model_copy(update={"start": start, "end": start + len(closed)})
    b = merged(later, lead)
    assert b.events[0].what == arrested


def test_an_entry_of_no_known_day_comes_after_the_news_of_the_day() -> None:
    """A page that gives no date of its own may be old: its entry never heads one known to be recent."""
    left = "Foreign Minister Livia Marenco left Mirava on Wednesday for Velmar, ending a three-day visit."
    resigned = "Infrastructure Minister Irena Dostal resigned on Thursday over the Kaskel dam failure."
    undated = summary("a", "Courier", None, [(left, left, ["Livia Marenco"], "on Wednesday")])
    dated = summary("b", "Herald", date(2026, 9, 17), [("Dostal resigned.", resigned, ["Irena Dostal"], "on Thursday")])
    b = merged(undated, dated)
    assert [e.sources[0].outlet for e in b.events] == ["Herald", "Courier"]


def test_a_flood_told_undated_may_be_the_flood_dated_days_after_the_article() -> None:
    """A flood, a storm or a heatwave lasts: a topic of the kind, not only a kind of happening, keeps the rule
    that an undated report tells nothing after its article from splitting one flood in two."""
    from summarise.merge.when import told_before

    undated = "Floodwater covered the lower Brenna valley as the river burst its banks near Halvenstad."
    dated = "Floodwater still covered the lower Brenna valley near Halvenstad on Thursday, officials said."
    early = summary("a", "Courier", date(2026, 3, 10), [(undated, undated, [], "")])
    later = summary("b", "Herald", date(2026, 3, 12), [(dated, dated, [], "on Thursday")])
    a, b = items_from([early, later])
    assert b.kind is None and "c:flood" in b.concepts
    assert not told_before(a, b)


def test_an_aside_tells_neither_the_kind_nor_the_day_of_what_a_sentence_reports() -> None:
    sentence = (
        "The board of Warta Rail, the regional operator whose train derailed near Ostrow on Tuesday, on Friday "
        "suspended its chief executive, Tomasz Wroblewski."
    )
    (item,) = items_from([summary("w", "Wire", date(2026, 3, 13), [(sentence, sentence, [], "on Tuesday")])])
    assert item.kind == "c:suspension"
    from summarise import dates
    from summarise.date_anchors import own_date

    base = date(2026, 3, 13)  # a Friday
    assert own_date(sentence, dates.resolve("on Tuesday", base), base).start == base
    # Without a date of its own outside the aside, a page without a date keeps the weekday it gives.
    assert own_date(sentence, dates.resolve("on Tuesday", None), None).phrase == "on Friday"
    # When the rest of the sentence tells no kind of happening, the aside's is the sentence's.
    vetrov = "Vetrov, who landed in the capital on Tuesday, is scheduled to fly on to Laos."
    (landed,) = items_from([summary("v", "Wire", date(2026, 3, 13), [(vetrov, vetrov, [], "on Tuesday")])])
    assert landed.kind == "c:arrival"


def test_a_date_in_a_relative_clause_that_ends_the_sentence_gives_way_to_the_sentences_own() -> None:
    from summarise import dates
    from summarise.date_anchors import own_date

    base = date(2026, 9, 17)  # a Thursday
    claimed = (
        "The three hospitals have been working without computer systems since a ransomware attack on Tuesday, "
        "which the criminal group Black Lantern claimed on Wednesday."
    )
    assert own_date(claimed, dates.resolve("on Wednesday", base), base).start == date(2026, 9, 15)
    alone = "The hospital reopened its wards, which officials announced on Wednesday."
    assert own_date(alone, dates.resolve("on Wednesday", base), base).start == date(2026, 9, 16)  # no other


@pytest.mark.parametrize(
    ("text", "dismissal"),
    [
        ("Investors reacted to the decision to fire the central bank governor.", True),
        ("The club fired Ferhat Aksoy on Thursday.", True),
        ("The president dismissed central bank Governor Levent Ozkaya late on Wednesday.", True),
        ("Police fired tear gas at the crowd.", False),
        ("Police fired at the army barracks.", False),
        ("The court dismissed the appeal by the prosecutor.", False),
        ("A fire broke out at the plant.", False),
        ("The fire chief said the blaze at the warehouse was under control.", False),
        ("The soldier fired her rifle into the air.", False),
        ("The minister dismissed President Erdogan's remarks as baseless.", False),
        ("Workers removed the mayor's statue from the square.", False),
        ("The board fired her on Monday.", True),
        ("Erdogan fires central bank governor", True),
        ("Erdogan Fires Central Bank Governor", True),  # a headline in capitals, by the title
        ("Fires Rage Across California Hills", False),  # two capitals are no name in a headline
        ("Erdogan should fire the governor.", True),
        ("The regime dismissed her amid protests.", True),
        ("He spoke to fire chief John Smith.", False),
        ("Kłosek was dismissed after a 6-1 home defeat by Sokół Radomin.", True),  # one named, then a passive
        ("Two managers were sacked on Monday.", True),
        ("The appeal was dismissed by the court.", False),
        ("Shots were fired near the border.", False),
        ("Charges against Smith were dismissed.", False),
        ("The case against Kłosek was dismissed by the court on Monday.", False),  # the name opens no clause
        ("A rocket from Gaza was fired at Ashkelon on Tuesday.", False),
        ("This was dismissed by the ministry as propaganda.", False),
        ("The minister dismissed President Recep Tayyip Erdogan's remarks.", False),
    ],
)
def test_english_fire_or_dismiss_is_a_dismissal_only_when_someone_is_fired(text: str, dismissal: bool) -> None:
    (item,) = items_from([summary("f", "Wire", date(2026, 3, 13), [(text, text, [], "")])])
    assert ("c:dismissal" in item.concepts) is dismissal


def test_the_end_of_a_strike_is_not_its_start() -> None:
    from summarise.merge.when import when_compatible

    day = date(2026, 3, 23)
    walkout = "Thousands of workers at the Ardena plant in Valladolid walked out on Monday in a strike over pay."
    over = "Si chiude dopo quattro giorni lo sciopero nello stabilimento di Ardena a Valladolid."
    called_off = "Workers at the Ardena plant in Valladolid called off their strike over pay on Monday."
    start, end, off = items_from(
        [
            summary("a", "Iberia Today", day, [(walkout, walkout, [], "on Monday")]),
            summary("b", "Quotidiano", date(2026, 3, 26), [(over, over, [], "")]).model_copy(update={"language": "it"}),
            summary("c", "Wire", day, [(called_off, called_off, [], "on Monday")]),
        ]
    )
    assert start.kind == end.kind == "c:strike" and end.ended and off.ended and not start.ended
    assert not when_compatible(start, end) and not when_compatible(start, off)
    assert when_compatible(end, off)  # both tell the end
    assert "c:ended" not in end.concepts  # a phase, not what happened: two reports are no more alike by it


@pytest.mark.parametrize(
    ("text", "language", "ended"),
    [
        ("Si chiude dopo quattro giorni lo sciopero nello stabilimento di Ardena a Valladolid.", "it", True),
        ("Lo stabilimento resta chiuso da lunedì per lo sciopero dei lavoratori di Ardena.", "it", False),
        ("Los trabajadores de Ardena iniciaron el fin de semana una huelga en Valladolid.", "es", False),
        ("Truckers blockaded the port, vowing to stay until the government ends fuel taxes.", "en", False),
        ("Ardena workers, whose last strike ended in May, walked out again on Monday.", "en", False),
        ("Bus drivers in Valladolid have called off a series of strikes planned for Holy Week.", "en", True),
    ],
)
def test_only_a_sentence_that_says_a_happening_ended_is_of_its_end(text: str, language: str, ended: bool) -> None:
    one = summary("e", "Wire", date(2026, 3, 23), [(text, text, [], "")]).model_copy(update={"language": language})
    (item,) = items_from([one])
    assert item.ended is ended


def test_alignment_needs_more_than_two_reports_without_a_kind() -> None:
    from summarise.merge.story import _alike

    first = "About forty lorries wait on the road into the town tonight."
    second = "About 2,600 people spend a second night in schools and sports halls."
    a, b = items_from(
        [
            summary("a", "A", date(2026, 9, 16), [(first, first, [], "")]),
            summary("b", "B", date(2026, 9, 16), [(second, second, [], "")]),
        ]
    )

    class _Stub:
        def __init__(self) -> None:
            self.items = [a, b]

    assert a.kind is None and b.kind is None
    assert not _alike(_Stub(), 0, 1, [0, 1])  # type: ignore[arg-type]


def test_turkish_case_endings_go_but_an_irish_name_stays() -> None:
    text = "Ankara'daki Velmar Holding'in sahibi Sean O'Brien Çarşamba günü istifa etti."
    (item,) = items_from(
        [summary("t", "Haber", date(2026, 3, 18), [(text, text, [], "")]).model_copy(update={"language": "tr"})]
    )
    assert {"ankara", "velmar", "holding", "sean", "brien"} <= item.names and "daki" not in item.names


def test_given_names_that_are_also_a_month_or_a_street_word_in_another_language_stay_names() -> None:
    from summarise.merge.items import is_person

    text = "Maja Nowak and Marco Rubio met Jared Polis in Ostrow on Friday."
    (item,) = items_from([summary("n", "Wire", date(2026, 3, 13), [(text, text, [], "")])])
    assert {"maja", "marco", "polis"} <= item.names
    assert is_person("Tito Puente") and is_person("Jared Polis") and not is_person("Vlasta Square")


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("On Tuesday the operator, whose train derailed last week, suspended its chief.", True),
        ("A regional operator, whose train derailed on Tuesday, on Friday suspended its chief.", True),
        ("In Kyiv, where the strike began on Monday, workers returned on Friday.", True),
        ("In Ostrow, a train which was carrying 300 passengers derailed on Tuesday, police said.", False),
    ],
)
def test_an_aside_is_told_from_a_sentence_that_opens_with_where_or_when(sentence: str, aside: bool) -> None:
    from summarise.asides import asides

    assert bool(asides(sentence)) is aside


@pytest.mark.parametrize(
    ("sentence", "reads"),
    [
        ("Greva, care a paralizat transportul feroviar, a fost suspendată.", "Greva a fost suspendată."),
        ("Stávka, která ochromila železnici, skončila ve čtvrtek.", "Stávka skončila ve čtvrtek."),
        ("Забастовка, которая парализовала железную дорогу, закончилась.", "Забастовка закончилась."),
        ("Strejken, som lamslog tågtrafiken, avblåstes i torsdags.", "Strejken avblåstes i torsdags."),
        ("Der Streik, der den Bahnverkehr lahmlegte, endete am Donnerstag.", "Der Streik endete am Donnerstag."),
        ("Lakko, joka pysäytti junat, päättyi torstaina.", "Lakko päättyi torstaina."),
        ("A sztrájk, amely megbénította a vasutat, csütörtökön véget ért.", "A sztrájk csütörtökön véget ért."),
        ("Η απεργία, η οποία παρέλυσε τους σιδηροδρόμους, έληξε την Πέμπτη.", "Η απεργία έληξε την Πέμπτη."),
        (
            "At 9.40pm the ferry, operated by Quellan Ferries and arriving from Quellan, collided with a ship.",
            "At 9.40pm the ferry collided with a ship.",
        ),
        ("The toll rose to 12, according to the coast guard, on Sunday.", "The toll rose to 12 on Sunday."),
    ],
)
def test_an_aside_is_read_in_the_languages_the_tool_reads(sentence: str, reads: str) -> None:
    """A relative clause between commas, by each language's relative word, is left out with its closing comma."""
    from summarise.asides import without_asides

    assert without_asides(sentence) == reads


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeudi, le syndicat a annoncé que la grève était suspendue, selon l'AFP.",
        "Pese a la huelga, el Gobierno informó que el sospechoso fue detenido, según fuentes oficiales.",
        "Po powodzi, obrona cywilna ewakuowała w środę 300 osób, podaje PAP.",
        "После взрыва на заводе, Следственный комитет задержал в среду двух человек, сообщает ТАСС.",
        "Despite the storm, a health care workers' strike began on Wednesday, the union said.",
        "In Dorsk, care homes were evacuated on Monday, officials said.",
        "Last week, Germany imposed sanctions on the regime, the ministry said.",
        "The ferry Vestra Belle, at 9.40pm, collided with the container ship Kordel Express, police said.",
    ],
)
def test_a_main_clause_is_no_aside(sentence: str) -> None:
    """ "que", "che" after an article's phrase open what was said, not a relative clause; a singular noun or a
    name ending like a participle ("obrona", "Germany") opens none; English "care" and "die" are no relative."""
    from summarise.asides import without_asides

    assert without_asides(sentence) == sentence


def test_a_sentence_of_many_asides_is_read_in_one_pass() -> None:
    """Read once, not once per aside: on this sentence the reading that cut the text before every aside took
    3.5 s, where one pass takes a hundredth of a second."""
    from summarise.asides import asides, without_asides

    sentence = "Ardena workers, " + ", ".join(["the man whose car was red"] * 8000) + ", left."
    found = asides(sentence)
    assert len(found) >= 3999
    assert "whose" not in without_asides(sentence)


def test_what_came_before_gives_no_kind_and_one_place_of_two_words_is_one_name() -> None:
    from summarise.merge.parties import distinct_names

    promise = (
        "Interior Minister Elena Varossa promised on Friday that the state would find out why a fire in Caldera Nova "
        "had killed seven people, hours after police arrested the plant's manager."
    )
    arrest = "O gerente da fábrica em Caldera Nova foi detido nesta sexta-feira pela polícia, suspeito de homicídio."
    day = date(2026, 6, 5)
    said, held = items_from(
        [
            summary("p", "Post", day, [(promise, promise, [], "on Friday")]),
            summary("f", "Folha", day, [(arrest, arrest, [], "")]).model_copy(update={"language": "pt"}),
        ]
    )
    assert said.kind is None  # a promise, not the arrest it came after
    assert distinct_names(["caldera", "nova"], said, held) == 1


def test_two_names_of_one_person_are_one_party_and_a_common_english_word_no_german_name() -> None:
    from summarise.merge.parties import other_parties

    day = date(2026, 5, 13)
    a = "ACM on Wednesday approved Buurtmarkt's takeover of Kroonwinkel, spokeswoman Anne Vries said."
    b = "ACM cleared Buurtmarkt's takeover of Kroonwinkel on Wednesday, chief executive Pieter Jansen said."
    x, y = items_from(
        [summary("a", "A", day, [(a, a, [], "on Wednesday")]), summary("b", "B", day, [(b, b, [], "on Wednesday")])]
    )
    assert not other_parties(x, y, ["acm", "buurtmarkt", "kroonwinkel"]) and similarity(x, y) >= 45
    en = "Deutsche Bank cut 300 jobs in Frankfurt on Monday, the bank said."
    de = "Die Bank schließt am Montag zehn Filialen in Leipzig."
    _, german = items_from(
        [
            summary("e", "Wire", day, [(en, en, [], "on Monday")]),
            summary("d", "Zeitung", day, [(de, de, [], "")]).model_copy(update={"language": "de"}),
        ]
    )
    assert "bank" not in german.names


def test_a_trial_or_an_inquiry_goes_on_and_an_undated_report_of_it_may_be_months_later() -> None:
    from summarise.merge.when import told_long_after

    opened = "The corruption trial of former mayor Kłosek opened in Sentia in March 2026."
    heard = "The corruption trial of former mayor Kłosek in Sentia heard its first witnesses."
    first, later = items_from(
        [
            summary("a", "Daily", date(2026, 3, 20), [(opened, opened, [], "in March 2026")]),
            summary("b", "Ledger", date(2026, 5, 12), [(heard, heard, [], "")]),
        ]
    )
    assert first.kind == "c:trial" and not told_long_after(later, first)


def test_a_name_inflected_with_a_fleeting_vowel_is_one_name_but_few_consonants_meet_no_other() -> None:
    """Polish "Kłoskiem" is "Kłosek" (the stem drops its e); "Merkel" is not "Marek", nor "Kiev" "Kovacs"."""
    from summarise.concepts import ascii_words
    from summarise.merge.spelling import token_match

    def same(a: str, b: str) -> bool:
        (x,), (y,) = ascii_words(a), ascii_words(b)
        return token_match(x, y) and token_match(y, x)

    assert same("Kłoskiem", "Kłosek") and same("Nowaczkiem", "Nowaczek") and same("Vetrovym", "Vetrov")
    assert not same("Merkel", "Marek") and not same("Kovacs", "Kiev")
    # A suffix is no ending: Kaczmarczyk is not Kaczmarek, Krawczyk not Krawiec; a plural is one ("Markets").
    assert not same("Kaczmarczyk", "Kaczmarek") and not same("Krawczyk", "Krawiec") and same("Markets", "Markt")
    # Two languages' endings on one stem of six letters or more: Swedish "Kaldairs" and Finnish "Kaldairin"; not a
    # short stem ("Marek", "Maren") nor a suffix.
    assert same("Kaldairs", "Kaldairin") and same("Lusoviei", "Lusovian") and not same("Marek", "Maren")
    assert not same("Kaczmarczyk", "Kaczmarski")


def test_a_verdict_and_its_sentence_told_in_two_languages_score_as_one_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Condenó a ocho años" (a verdict) and "was sentenced to eight years" (its sentence) are one happening told
    from two sides: they earn the bonus of one kind of happening, as two reports of one kind do."""
    import importlib

    from summarise.merge.group import SAME_KIND_BONUS, Weights, score_pair

    grouping = importlib.import_module("summarise.merge.group")  # the module, not merge's group()
    day = date(2026, 11, 24)
    en = "Radomir Vesk was sentenced to eight years in prison on Tuesday by the Special Criminal Court in Kastrel."
    es = "Un tribunal especial de Kastrel condenó este martes a ocho años de prisión a Radomir Vesk."
    english, spanish = items_from(
        [
            summary("e", "Herald", day, [(en, en, ["Radomir Vesk"], "on Tuesday")]),
            summary("s", "Observador", day, [(es, es, ["Radomir Vesk"], "este martes")]).model_copy(
                update={"language": "es"}
            ),
        ]
    )
    assert (english.kind, spanish.kind) == ("c:sentence", "c:ruling")
    told = score_pair(english, spanish, Weights()).score
    monkeypatch.setattr(grouping, "SAME_KIND_BONUS", 0.0)
    assert told - score_pair(english, spanish, Weights()).score == pytest.approx(SAME_KIND_BONUS)


def test_figures_written_with_a_decimal_comma_agree_and_two_values_of_one_article_are_two_measures() -> None:
    """ "4,75%" and "4.75%" are one value; an article that gives the rate (4.75%) and inflation (7%) in one
    sentence does not disagree with one that gives the rate alone. Two single values that differ still do."""
    day = date(2026, 11, 25)
    both = "The National Bank of Istrenia raised its key rate to 4.75% on Wednesday, with inflation close to 7%."
    rate = "The National Bank of Istrenia raised its key rate to 4,75% on Wednesday, the bank said."
    other = "The National Bank of Istrenia raised its key rate to 5% on Wednesday, the bank said."
    who = ["National Bank of Istrenia"]
    wire = summary("w", "Wire", day, [(both, both, who, "on Wednesday")])
    copy = summary("c", "Register", day, [(both, both, who, "on Wednesday")])
    comma = summary("p", "Mercado", day, [(rate, rate, who, "on Wednesday")])
    b = merged(wire, copy, comma)
    assert len(b.events) == 1 and b.conflicts == []
    from summarise.merge.figures import norm_value

    assert norm_value("38 000") == norm_value("38.000") == norm_value("38,000") == "38000"
    from summarise.merge.figures import _agree

    assert _agree(["9.4%", "prawie 10 proc."]) and _agree(["about 3,000", "3,200"])  # rounded: no disagreement
    assert not _agree(["9.4%", "12%"]) and not _agree(["3,000", "3,200"]) and not _agree(["7", "more than 20"])
    from summarise.merge.figures import _agree

    assert _agree(["9.4%", "prawie 10 proc."]) and _agree(["about 3,000", "3,200"])  # rounded: no disagreement
    assert not _agree(["9.4%", "12%"]) and not _agree(["3,000", "3,200"]) and not _agree(["7", "more than 20"])
    differs = summary("d", "Ledger", day, [(other, other, who, "on Wednesday")])
    b = merged(comma, differs)
    (conflict,) = b.conflicts
    assert conflict.kind == "conflict" and {c.outlet for c in conflict.claims} == {"Mercado", "Ledger"}


def test_a_postponement_is_no_ban_of_a_person() -> None:
    """ "Suspension" holds a match postponed as well as a player suspended: a ban joins it only where the
    suspension names the person."""
    day = date(2026, 11, 24)
    ban = "UEFA banned Velmora coach Tomas Arlen for three matches on Tuesday after his red card."
    postponed = "UEFA postponed Velmora's match against Kestria on Tuesday because of the storm."
    suspended = "UEFA suspended Velmora coach Tomas Arlen for three matches on Tuesday."
    a, b, c = items_from(
        [
            summary("a", "Wire", day, [(ban, ban, ["Tomas Arlen"], "on Tuesday")]),
            summary("b", "Post", day, [(postponed, postponed, [], "on Tuesday")]),
            summary("c", "Ledger", day, [(suspended, suspended, ["Tomas Arlen"], "on Tuesday")]),
        ]
    )
    assert (a.kind, b.kind, c.kind) == ("c:injunction", "c:suspension", "c:suspension")
    assert similarity(a, b) < 45 <= similarity(a, c)


def _fines() -> list[Any]:
    day = date(2026, 11, 24)
    a = "Pellix was fined 380 million euros on Tuesday by a court in Warsaw for abusing its market position."
    c = "Veltra was fined 200 million euros on Tuesday by a court in Lisbon over price fixing."
    b = "Pellix was fined 380 million euros and Veltra 200 million euros on Tuesday, in Warsaw and Lisbon."
    return [
        summary("a", "Outlet A", day, [("Pellix was fined 380 million euros on Tuesday.", a, [], "on Tuesday")]),
        summary("b", "Outlet B", day, [("Pellix and Veltra were fined on Tuesday.", b, [], "on Tuesday")]),
        summary("c", "Outlet C", day, [("Veltra was fined 200 million euros on Tuesday.", c, [], "on Tuesday")]),
    ]


def test_a_roundup_of_two_fines_never_joins_them_and_the_judge_is_asked_only_what_code_doubts() -> None:
    """A report naming two fines of one day is alike both, but the two share no name: they never sit in one group.
    The judge is asked about pairs code leaves in doubt, never one it already holds for one event."""
    from summarise.backends.base import GenerateResult, Usage
    from summarise.merge.cluster import group
    from summarise.merge.group import SAME

    groups, _ = _groups(_fines())
    assert ["a#1", "b#1", "c#1"] not in groups
    items = items_from(_fines())
    asked: list[str] = []

    async def judge(request: GenerateRequest) -> GenerateResult:
        text = str(request.messages[-1]["content"])
        asked.append(text)
        itself = any(text.count(it.event.evidence[0].text) >= 2 for it in items)  # the control pair: one report twice
        return GenerateResult(data={"same_event": itself}, valid=True)

    settings = Settings(judge_calls=40)
    assert asyncio.run(group(items, ask=judge, settings=settings, usage=Usage())).judge == "used"
    held = [(x, y) for n, x in enumerate(items) for y in items[n + 1 :] if similarity(x, y) >= SAME]
    for x, y in held:
        assert not any(x.event.evidence[0].text in q and y.event.evidence[0].text in q for q in asked)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The party leader told the broadcaster KPB last night the party stands ready if the talks break down.", "en"),
        (
            "Partiets leder sa til KPB i går kveld at partiet står klart dersom forhandlingene skulle bryte sammen.",
            "no",
        ),
        ("Puolueen johtaja sanoi eilen, että puolue on valmis, mikäli neuvottelut kariutuvat.", "fi"),
    ],
)
def test_what_may_happen_is_never_the_kind_of_happening_a_sentence_reports(sentence: str, language: str) -> None:
    """A clause of what may happen ("if the talks break down") tells no happening: a party ready to step in is
    not the talks that another party opened the next day."""
    from summarise.merge.items import Item

    said = Item(event=_event(sentence), outlet="a", title="", published=None, language=language)
    assert said.kind is None, said.kind
    talks = _event("The party opened formal coalition talks with the Agrarian Centre League on Wednesday.")
    assert Item(event=talks, outlet="b", title="", published=None, language="en").kind == "c:meeting"
