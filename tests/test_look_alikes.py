"""Inputs of the classes the page, date and merge rules read, each on the side of the rule it must fall: ordinary
news text that looks like a class it is not, and the class in more languages."""

from __future__ import annotations

from datetime import date

import pytest

from summarise.clean import clean_text

BODY = (
    "The council said on Monday that the old bridge over the river would close for eight months of repairs.\n\n"
    "Engineers found cracks in two of its piers during an inspection in the spring, the council added.\n"
)


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("After months of talks the two sides signed the deal this week.", "this week"),
        ("Following a review the ministry this week banned imports of the drug.", "this week"),
        ("The storm that hit the coast shortly after midnight last week killed 12 people.", "last week"),
        ("The company said after the meeting that it cut 300 jobs last month.", "last month"),
    ],
)
def test_a_span_that_is_the_main_clauses_stays_its_date(sentence: str, given: str) -> None:
    from summarise.date_anchors import own_date
    from summarise.dates import resolve

    written = date(2026, 12, 4)
    assert own_date(sentence, resolve(given, written), written).phrase == given


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("The suspect was arrested on Tuesday.", "en", "c:arrest"),
        ("Der Tatverdächtige wurde am Dienstag festgenommen.", "de", "c:arrest"),
        ("Two suspects were detained after the shooting.", "en", "c:arrest"),
    ],
)
def test_what_is_done_to_a_suspect_is_the_sentences_happening(sentence: str, language: str, kind: str) -> None:
    from summarise.concepts import ascii_words, main_kind

    assert main_kind(ascii_words(sentence), language) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The rouble falls to a record low as the central bank cuts rates.",
        "Überschwemmungen in Indien töten mindestens 40 Menschen.",
        "If the talks break down the union will strike on Monday",
    ],
)
def test_a_word_that_is_also_if_elsewhere_or_a_condition_with_no_end_cuts_nothing(sentence: str) -> None:
    from summarise.merge.clauses import cause_clause

    assert cause_clause(sentence) == (sentence, "")


@pytest.mark.parametrize(
    "tail",
    [
        "MOST READ\n1. By Anna Lobo | 12 November 2025\n2. Od 1 stycznia 2027 r. wyższe opłaty za wodę\n",
        "Автор проекта моста умер 12 ноября 2019 года.\n",
        "Napsal to 12. listopadu 2019 starosta v dopise radním.\n",
    ],
)
def test_a_related_headline_or_a_closing_sentence_dates_no_page(tail: str) -> None:
    assert clean_text(f"Bridge to close for eight months\n\n{BODY}\n{tail}").published[0] is None


@pytest.mark.parametrize(
    ("sentence", "nothing"),
    [
        ("Alle tijden zijn lokale tijd.", True),
        ("Время московское.", True),
        ("All times Eastern.", True),
        ("Times in NHS A&E units rose.", False),
    ],
)
def test_a_note_on_the_clock_in_more_languages_and_a_report_that_opens_with_times(sentence: str, nothing: bool) -> None:
    from summarise.happening import reports_nothing

    assert bool(reports_nothing(sentence)) is nothing


def test_a_menu_with_slashes_is_no_breadcrumb_and_one_in_russian_is() -> None:
    from summarise.extract.commentary import _in_breadcrumb

    assert not _in_breadcrumb("Home / Cronaca / Politica / Commenti / Lettere\n\nTitle\n", "Title")
    assert _in_breadcrumb("Главная > Мнения > Колонки\n\nTitle\n", "Title")
    slow = ("a" + " " * 29 + ">") * 5 + "a" + " " * 29 + "!"
    assert not _in_breadcrumb((slow + "\n") * 40 + "Title\n", "Title")  # read at once, however many spaces


def test_a_question_under_a_short_headline_or_alone_is_no_headline_and_breaks_nothing() -> None:
    asked = "Who would have thought the council would close the old bridge for eight months?"
    assert clean_text(f"Bridge to close\n\n{asked}\n\n{BODY}").title == "Bridge to close"
    clean_text("Home\n\nWill the council close the old bridge before the winter storms arrive?\n")  # no error


def test_a_topic_tag_above_a_headline_is_no_headline() -> None:
    headline = "Kyiv says drones hit an oil depot near the border overnight, starting a fire"
    page = f"The Ledger\nHome | News\n\nRussia's war in Ukraine\n\n{headline}\n\n{BODY}"
    assert clean_text(page).title == headline


def test_a_schedule_of_days_in_their_order_divides_no_live_page() -> None:
    from summarise.extract.request import _day_lines

    text = f"Strike days\n\nTuesday 1 December\n\n{BODY}\nThursday 3 December\n\n{BODY}"
    assert _day_lines(text, date(2026, 11, 30)) == ()


def test_a_news_sentence_about_cookies_in_italian_is_kept() -> None:
    sentence = "Il Garante della privacy: le app che vi tracciano con i cookie senza consenso vanno sanzionate."
    assert sentence in clean_text(f"Privacy, stretta sulle app\n\n{sentence}\n\n{BODY}").cleaned
