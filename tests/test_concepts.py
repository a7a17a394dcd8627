"""Kinds of happening and countries across languages, and what merging does with them."""

from __future__ import annotations

from datetime import date

import pytest

from summarise.concepts import concept_of, concepts, first_kind
from summarise.countries import country_of
from summarise.merge.items import ascii_words

from .factories import summary
from .test_merge import merged


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("earthquake quake erdbeben seisme sismo terremoto землетрясение", "quake"),
        ("arrested detained festgenommen interpellees detenidos задержаны", "arrest"),
        ("met talks gesprache entretenus negociaciones переговоры received", "meeting"),
        ("ruling verdict urteil jugement sentencia", "ruling"),
    ],
)
def test_one_kind_of_happening_in_many_languages(words: str, kind: str) -> None:
    assert {concept_of(w) for w in ascii_words(words)} == {kind}


def test_whole_word_stems_do_not_match_longer_words() -> None:
    assert concept_of("met") == "meeting" and concept_of("metro") is None
    assert concept_of("signed") == "signing" and concept_of("significant") is None


def test_countries_are_one_place_in_every_language() -> None:
    assert {country_of(w) for w in ("turkei", "turquie", "turquia", "turkiye", "turtsiya")} == {"TR"}
    assert country_of("vientiane") is None
    assert "c:IR" in concepts(ascii_words("Im benachbarten Iran stürzte ein Haus ein"))


def test_what_a_sentence_reports_first_is_its_kind() -> None:
    assert first_kind(ascii_words("Police arrested 17 people during the Marseille march")) == "c:arrest"
    assert first_kind(ascii_words("Thousands of dockworkers marched through Marseille")) == "c:protest"
    assert first_kind(ascii_words("The death toll rose to 31")) is None  # a measure, not a happening


MARCH_EN = summary(
    "en1",
    "Channel News",
    date(2025, 11, 6),
    [
        ("Dockworkers marched through Marseille.", "Thousands of dockworkers marched through Marseille.", [], ""),
        ("Police arrested 14 people.", "Police said 14 people were arrested after clashes near the Old Port.", [], ""),
    ],
)
MARCH_FR = summary(
    "fr1",
    "Le Phocéen",
    date(2025, 11, 6),
    [
        ("Des milliers de dockers ont défilé à Marseille.", "Des milliers de dockers ont défilé à Marseille.", [], ""),
        ("Vingt et une personnes ont été interpellées.", "Vingt et une personnes ont été interpellées.", [], ""),
    ],
)


def test_arrests_at_a_march_are_not_the_march_and_two_outlets_arrests_are_one_event() -> None:
    fr = MARCH_FR.model_copy(update={"language": "fr"})
    b = merged(MARCH_EN, fr)
    assert len(b.events) == 2, [e.what for e in b.events]
    arrests = next(e for e in b.events if "arrest" in e.what.lower() or "interpell" in e.what.lower())
    assert arrests.reported_by == 2
    assert arrests.links[0].by == "story" and arrests.links[0].kind == "arrest"


def test_a_toll_update_the_next_day_measures_the_quake_and_another_day_is_another_event() -> None:
    quake = summary(
        "q1",
        "Global Wire",
        date(2025, 2, 3),
        [("An earthquake struck Van.", "An earthquake struck Van province on Monday.", [], "on Monday")],
    )
    toll = summary(
        "q2",
        "Metro Times",
        date(2025, 2, 4),
        [
            (
                "The Van earthquake toll rose to 31.",
                "The death toll from the Van earthquake rose to 31 on Tuesday.",
                [],
                "on Tuesday",
            )
        ],
    )
    again = summary(
        "q3",
        "Daily Courier",
        date(2025, 2, 4),
        [("An earthquake struck Van.", "Another earthquake struck Van province on Tuesday.", [], "on Tuesday")],
    )
    b = merged(quake, toll)
    assert len(b.events) == 1 and b.events[0].reported_by == 2
    assert len(merged(quake, again).events) == 2


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The day after the ruling, his lawyer said he would appeal to the full court.", "c:appeal"),
        ("Dopo l'incidente la compagnia ha sospeso i voli.", "c:suspension"),
        (
            "Varnia has moved 25,000 troops to the border, calling the build-up the largest since independence.",
            "c:deployment",
        ),
        ("Варния сосредоточила у границы 25 тысяч военнослужащих.", "c:deployment"),
        ("Hours after the vote, the club's president quit.", "c:resignation"),
        ("Catania airport reopened on Sunday.", "c:reopening"),
        ("The minister left Mirava on Wednesday, ending a three-day visit.", "c:departure"),
        ("She leaves for Velmar on Friday.", "c:departure"),
        ("The explosion left 12 dead and the left wing of the plant in ruins.", "c:explosion"),
    ],
)
def test_the_kind_a_sentence_reports_not_the_one_it_is_dated_by(sentence: str, kind: str) -> None:
    from summarise.concepts import main_kind
    from summarise.merge.items import common_words

    assert main_kind(common_words(sentence, "und")) == kind


def test_polish_words_are_read_as_they_mean() -> None:
    assert concept_of("szczytu") is None  # "w godzinach szczytu": at rush hour
    assert concept_of("odwolala") == "recall"
