"""Evidence is found by code in the cleaned text, exactly or tolerantly, never taken on trust."""

from __future__ import annotations

import pytest

from summarise.figures import figures
from summarise.ground import locate, mentioned, named_near, unsupported
from summarise.happening import question, reports_nothing, tells_nothing
from summarise.names import candidate_names
from summarise.sentences import sentences

TEXT = (
    "Russia launched direct passenger flights from Moscow to Pyongyang, which will operate once a month.\n\n"
    "The publication reminds that Russian Foreign Minister Sergey Lavrov visited North Korea this month, which "
    "last year sent up to 15,000 troops to help Russian forces.\n\n"
    "He said it was a “testing ground” for missiles."
)


def test_exact_match_gives_offsets_into_the_text() -> None:
    ev = locate("Russia launched direct passenger flights from Moscow to Pyongyang", TEXT, "a1")
    assert ev is not None and ev.match == "exact" and ev.score == 100
    assert TEXT[ev.start : ev.end] == ev.text == "Russia launched direct passenger flights from Moscow to Pyongyang"


def test_typographic_quotes_and_spacing_still_match_exactly() -> None:
    ev = locate('He said it was a "testing  ground" for missiles.', TEXT, "a1")
    assert ev is not None and ev.match == "exact"
    assert ev.text == "He said it was a “testing ground” for missiles."


def test_small_differences_match_tolerantly_with_a_score() -> None:
    ev = locate(
        "Russia launched direct passenger flight from Moscow to Pyongyang which will operate once a month", TEXT, "a1"
    )
    assert ev is not None and ev.match == "fuzzy" and 88 <= ev.score < 100
    assert TEXT[ev.start : ev.end] == ev.text
    assert "\n" not in ev.text


def test_invented_quotes_are_not_found() -> None:
    assert locate("accused of meddling in the 2016 US presidential election", TEXT, "a1") is None
    assert locate("Russia", TEXT, "a1") is None  # too short to be evidence


def test_figures_and_names_must_be_in_the_source() -> None:
    evidence = "which last year sent up to 15,000 troops to help Russian forces"
    assert unsupported("North Korea sent up to 15,000 troops", evidence, TEXT) == []
    assert unsupported("North Korea sent 20,000 troops", evidence, TEXT) == [
        "the figure 20000 is not in the quoted evidence"
    ]
    assert unsupported("Kim Jong Un sent troops", evidence, TEXT) == [
        "the name 'Jong' is not in the article",
        "the name 'Kim' is not in the article",
    ]


def test_names_are_matched_in_the_article() -> None:
    assert mentioned("Sergey Lavrov", TEXT)
    assert not mentioned("Kim Jong Un", TEXT)


def test_sentences_carry_offsets() -> None:
    for s in sentences(TEXT):
        assert TEXT[s.start : s.end] == s.text


def test_figures_are_quoted_as_written() -> None:
    found = figures(TEXT, "a1", "UNN")
    assert [(f.value, f.quantity) for f in found] == [("up to 15,000", "troops")]
    assert found[0].evidence.text.startswith("The publication reminds")
    killed = figures("Around 600 North Korean soldiers have been killed and thousands more wounded.", "a2", "HT")
    assert [(f.value, f.quantity) for f in killed] == [("Around 600", "troops killed"), ("thousands", "wounded")]


def test_a_statement_whose_words_one_sentence_holds_finds_that_sentence() -> None:
    from summarise.ground import find_evidence

    ev = find_evidence("North Korea", "this month Lavrov visited North Korea, which sent troops", TEXT, "a1")
    assert ev is not None and ev.match == "fuzzy" and ev.text.startswith("The publication reminds")
    assert TEXT[ev.start : ev.end] == ev.text
    assert find_evidence("North Korea", "Lavrov visited Seoul and Tokyo this month", TEXT, "a1") is None


def test_an_invented_statement_placed_on_a_real_sentence_is_not_supported() -> None:
    evidence = "Russia's Foreign Minister Sergei Lavrov arrived in North Korea on Friday for a working visit."
    assert unsupported("the talks collapsed after a bitter quarrel about money", evidence, evidence)
    assert unsupported("Lavrov arrived in North Korea for a working visit.", evidence, evidence) == []


def test_a_statement_names_only_who_its_evidence_names() -> None:
    evidence = "Moscow-based airline Nordwind will run passenger flights between Moscow and Pyongyang."
    article = evidence + " The Russian military sent troops to Kursk last year."
    wrong = "The Russian military launched flights between Moscow and Pyongyang."
    assert any("'Russian' is not in its evidence" in p for p in unsupported(wrong, evidence))
    assert not any("Russian" in p for p in unsupported(wrong, evidence, article))  # the article names it
    assert unsupported("Nordwind will run flights between Moscow and Pyongyang.", evidence) == []
    assert unsupported("Russian flights to Pyongyang resume.", "Russia resumes flights to Pyongyang.") == []


def test_a_name_is_made_of_whole_words_of_the_text_not_letters_across_two() -> None:
    text = "Some 35,000 residents of Ostrel dormant villages and d'Ostrel dorment toujours sous des tentes."
    assert mentioned("Ostrel", text)
    assert not mentioned("Ostrle Dor", text)  # "Ostrel dor(ment)": no place of that name is written
    assert not mentioned("Ostrel Dor", text)


def test_a_name_counts_beside_a_quote_whole_or_by_its_own_first_or_last_word() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov flew to Pyongyang. The minister met officials. Lavrov said talks "
        "went well. Flights to Wonsan start next month, said the airline, which Nordwind runs."
    )
    near = "The minister met officials. Lavrov said talks went well."
    assert named_near("Russian Foreign Minister Sergei Lavrov", near, text)
    assert not named_near("Nordwind", near, text)  # in the article, not beside the quote
    assert not named_near("Sergei Shoigu", near, text)  # not in the article at all


def test_an_articles_names_are_not_ordinary_words_articles_or_calendar_words() -> None:
    english = (
        "Residents of the No. 4 district were told to leave, residents said. Norbright, the Belmark-based "
        "maker, met Hanne Lisowski on Mittwoch."
    )
    found = candidate_names(english)
    assert "Belmark" in found and "Hanne Lisowski" in found
    assert not {"Residents of the No", "Mittwoch", "Belmark-based"} & set(found)
    german = "Die Zahl der Opfer stieg am Mittwoch, sagte die Polizei in Belmark."
    assert not {"Die Zahl", "Mittwoch"} & set(candidate_names(german))
    spanish = "La Dra. Ana Ruiz habló con el alcalde. El Gobierno respondió a la doctora."
    found = candidate_names(spanish)
    assert "Ana Ruiz" in found and not {"La Dra", "El Gobierno"} & set(found)


def test_a_question_reports_nothing() -> None:
    assert question("What does Varnia want?") and question("¿Qué quiere Varnia?»") and question('"Why now?"')
    assert not question("Varnia wants a buffer zone, officials said.")


@pytest.mark.parametrize(
    "line",
    [
        "Source: Vedant Patel, Principal Deputy Spokesperson at the State Department, during a briefing",
        "Sources: the ministry, the port authority",
        "Kaynak: Anadolu Ajansı",
        "Джерело: пресслужба міністерства",
    ],
)
def test_a_credit_line_is_no_happening(line: str) -> None:
    assert reports_nothing(line) == "its evidence is a credit line: it says where the story came from"


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ('"She comes for one hour, she goes back to Santa Irene," said Carla Mendes, 38, a nurse.', ""),
        ("«Мы не уйдём», — сказал глава профсоюза.", ""),
        ('Pertama ada ledakan, lalu ledakan kedua," kata Nuno Prates kepada Reuters.', '\n"'),
    ],
)
def test_a_quotation_is_what_someone_said_not_what_happened(sentence: str, before: str) -> None:
    assert reports_nothing(sentence, before) == (
        "its evidence is a quotation: what someone said, not a report of what happened"
    )


@pytest.mark.parametrize(
    "line",
    [
        '- Mediator Maren Holtvedt: "The guns should fall silent tonight"',
        "Berényi: 'not the start of a cycle'",
        "La Commissione: «Costretti gli sviluppatori a pagare»",
    ],
)
def test_a_name_a_colon_and_a_quotation_is_what_someone_said(line: str) -> None:
    assert reports_nothing(line) == (
        "its evidence is a name and a quotation: what someone said, not a report of what happened"
    )


def test_a_statement_that_quotes_after_its_verb_or_a_headline_with_a_colon_is_no_quotation_line() -> None:
    assert reports_nothing('The ministry said in a statement: "Three people died in the fire."') is None
    assert reports_nothing("BREAKING: MNB cuts base rate to 6.25%") is None


def test_a_statement_that_names_its_source_is_a_happening() -> None:
    assert reports_nothing("The source of the fire was a faulty boiler, the fire service said.") is None
    assert reports_nothing("Sources said the talks had stalled: no date was set.") is None
    said = 'The minister said the deal was "a good day for both countries" and left for Velmar.'
    assert reports_nothing(said, "Talks ended. ") is None


def test_in_german_a_noun_after_an_article_or_a_number_is_no_name() -> None:
    text = (
        "Die Zahl der Todesopfer durch das Hochwasser im Tal der Brenna ist auf 15 gestiegen, wie das "
        "Innenministerium in Belmark mitteilte. Rund 19.500 Menschen sind in Notunterkünften. Die Hydrologin "
        "Anneli Dorn von der Universität Belmark sagt, die Bahnstrecke zwischen Belmark und Saltby sei gesperrt. "
        "Helfen wollen die Alpenland-Bahn und der Bürgermeister Jonas Berg."
    )
    found = candidate_names(text)
    assert {"Universität Belmark", "Belmark", "Alpenland-Bahn"} <= set(found)
    assert any("Anneli Dorn" in n for n in found) and any("Jonas Berg" in n for n in found)
    assert not {"Hochwasser", "Innenministerium", "Menschen", "Todesopfer"} & set(found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("New York officials said the new rules would apply.", {"New York"}),
        ("White House aides met. A white van passed. North Korea fired a missile north of Seoul.", {"White House"}),
        ("World Health Organization experts arrived. The health of the region is poor.", {"World Health Organization"}),
        ("Los Angeles police said two men were held.", {"Los Angeles"}),
        ("La Paz estuvo tranquila. El Gobierno habló en La Paz con los vecinos.", {"La Paz"}),
        ("Maja Göpel and Augusta National were named, said José Marti.", {"Maja Göpel", "Augusta National"}),
        (
            "Die AfD und die SPD streiten, sagte der Sprecher. In der Türkei gab es Alarm, und die Menschen "
            "in der Region waren ohne Strom, wie die Behörden mitteilten.",
            {"AfD", "SPD", "Türkei"},
        ),
    ],
)
def test_names_that_open_a_sentence_or_take_an_article_stay_whole(text: str, names: set[str]) -> None:
    assert names <= set(candidate_names(text))


def test_a_name_beside_a_quote_by_a_short_or_hyphenated_word_of_its_own() -> None:
    text = "President Xi Jinping met envoys. Xi said talks went well. Bashar al-Assad left. Assad flew out."
    assert named_near("Xi Jinping", "Xi said talks went well.", text)
    assert named_near("Bashar al-Assad", "Assad flew out.", text)


def test_a_quoted_question_is_something_that_happened() -> None:
    assert not question('Protesters chanted "Where is the money?"')
    assert question("Τι θέλει η Βαρνία\u037e")  # the Greek question mark


def test_names_hold_the_little_words_of_other_languages() -> None:
    found = candidate_names("Unas 14.000 personas, según el Ministerio del Interior, y la Universidad de Belmark.")
    assert {"Ministerio del Interior", "Universidad de Belmark"} <= set(found)
    german = candidate_names("Die Hydrologin Anneli Dorn von der Universität Belmark sagt, die Lage sei ernst.")
    assert "Universität Belmark" in german and not [n for n in german if "von" in n]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        ("Gulf of Mexico", True),
        ("Van province", True),
        ("Praça dos Três Poderes", True),
        ("the capital", False),
        ("the border villages empty as Varnian troops dig in", False),  # a headline the model wrote as "where"
    ],
)
def test_a_where_is_a_place_name_not_a_phrase(where: str, place: bool) -> None:
    from summarise.extract.place import is_place

    assert is_place(where) is place


def test_a_place_is_shown_when_written_beside_the_evidence_or_in_the_opening() -> None:
    from summarise.extract.place import where_of
    from summarise.models import Drop

    text = (
        "LODMAR, March 3 (Wire) - Farmers marched through the capital on Tuesday.\n\n"
        "The minister arrived at the airport in the morning.\n\n"
        "Later, the union held a rally on Vell Square."
    )
    near = "The minister arrived at the airport in the morning."
    drops: list[Drop] = []
    assert where_of("Lodmar", near, text, drops) == "Lodmar"  # the dateline's place
    assert where_of("Vell Square", near, text, drops) is None  # another event's place, further down
    assert where_of("Kestra", near, text, drops) is None
    assert [(d.kind, d.reason) for d in drops] == [
        ("where", "not beside its evidence or in the opening"),
        ("where", "not named in the article"),
    ]


def test_a_date_written_in_figures_is_no_figure() -> None:
    from datetime import date

    from summarise.figures import figures

    text = "The blast on Kamis (4/6/2026) killed 7 people. On 04.06.2026 about 120 tonnes burned; 2026-06-04 was hot."
    found = [(f.text, f.quantity) for f in figures(text, "a", "Wire", date(2026, 6, 5), "page")]
    assert found == [("7 people", "killed"), ("about 120 tonnes", "tonnes")]
    beside = figures("Police said the blast killed 7 on 4/6/2026 in the town.", "a", "Wire", None, "none")
    assert [f.text for f in beside] == ["7"]  # a figure just before a date stays one


def test_numbers_of_no_known_measure_are_never_shown_as_a_disagreement() -> None:
    from datetime import date

    from summarise import ScriptedBackend
    from summarise.api import merge_summaries

    from .factories import summary

    one = "Fire at the Pell plant: officials told the town of 38,000 to stay indoors on Thursday."
    two = "Fire at the Pell plant: officials told 4 in the town to stay indoors on Thursday."
    a = summary("a", "Wire", date(2026, 6, 4), [(one, one, ["Pell"], "on Thursday")])
    b = summary("b", "Post", date(2026, 6, 4), [(two, two, ["Pell"], "on Thursday")])
    assert {f.quantity for f in a.figures + b.figures} == {"amount"}
    backend = ScriptedBackend(
        lambda request, attempt: {"headline": "Fire at the Pell plant", "headline_event_ids": ["E1"]}
    )
    briefing = merge_summaries([a, b], backend=backend)
    assert len(briefing.events) == 1 and briefing.conflicts == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Ponad 3 tys. kierowców protestowało w stolicy w piątek.", "Ponad 3 tys. kierowców"),
        ("Policja oceniła tłum na ok. 900 osób w sobotę.", "ok. 900 osób"),
        ("Cerca de 2.000 moradores ficaram sem luz durante a noite.", "Cerca de 2.000 moradores"),
        ("Sekitar 600 warga mengungsi ke balai desa pada malam itu.", "Sekitar 600 warga"),
        ("Yaklaşık 3 bin kişi meydanda toplandı ve yürüdü.", "Yaklaşık 3 bin kişi"),
        ("Армія стягнула від 10 до 12 тис. військових до кордону.", "від 10 до 12 тис. військових"),
        ("The tariff will fall from 40% to 15.5% over ten years.", "from 40% to 15.5%"),
        ("Forty-two people were treated at the scene on Sunday.", "Forty-two people"),
        ("Residents within a radius of 3 kilometres were told to leave.", "a radius of 3 kilometres"),
        ("The army moved 9,000 troops to within 20 km of the city.", "within 20 km"),
        ("The Greens won 41 of the 150 seats in Sunday's vote.", "41 of the 150 seats"),
    ],
)
def test_a_figure_keeps_its_qualifier_range_and_counted_thing_in_more_languages(sentence: str, figure: str) -> None:
    assert figure in [f.text for f in figures(sentence, "a3", "Post")]


def test_a_headline_in_title_case_gives_no_names_of_its_own() -> None:
    page = (
        "Kebakaran Pabrik Kimia di Lusmar, 2 Tewas dan Ribuan Warga Dievakuasi\n\n"
        "Kebakaran hebat melanda pabrik kimia milik Veridan Chemicals di kota pelabuhan Caldera Nova, Lusmar.\n"
    )
    names = candidate_names(page)
    assert {"Veridan Chemicals", "Caldera Nova", "Lusmar"} <= set(names)
    assert not {"Kebakaran Pabrik Kimia di Lusmar", "Tewas", "Ribuan Warga Dievakuasi"} & set(names)
    english = "Russia's FM Lavrov Arrives in North Korea\n\nSergei Lavrov arrived in North Korea on Friday.\n"
    assert "Lavrov Arrives" not in " ".join(candidate_names(english))
    assert "North Korea" in candidate_names(english)


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            'The mayor said "We will stay." Police arrived on Monday.',
            "Police arrived on Monday.",
        ),
        (
            "Er sagte: „Wir bleiben hier.“ Die Polizei kam am Montag.",
            "Die Polizei kam am Montag.",
        ),
    ],
)
def test_a_sentence_after_a_closing_quotation_mark_is_the_reports_own(text: str, sentence: str) -> None:
    start = text.index(sentence)
    assert reports_nothing(sentence, text[max(0, start - 3) : start]) is None
    assert reports_nothing(sentence, ' "') is not None  # an opening one: the sentence is what someone said


def test_a_line_that_ends_in_a_colon_is_no_headline_and_its_names_are_candidates() -> None:
    text = 'Merz sagte am Montag in Berlin:\n\n"Wir bleiben." Die Regierung beschloss das Paket.'
    assert "Berlin" in candidate_names(text)


def test_a_paragraph_after_a_closing_quotation_mark_is_the_reports_own() -> None:
    after = "Meteorologists confirmed on Thursday that the 45.4C measured in Calafat was a new national record."
    assert reports_nothing(after, '."\n\n') is None
    assert reports_nothing("Nous restons ici, a dit le maire.", "\n« ") is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Łukasz Nowak met Édouard Philippe in Ústí, where Škoda staff cheered.", ["Łukasz Nowak", "Ústí", "Škoda"]),
        ("Сергей Лавров прибыл в Пхеньян, где его встретил Ким Чен Ын.", ["Сергей Лавров", "Пхеньян", "Ким Чен Ын"]),
        ("Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ερντογάν στην Αθήνα.", ["Κυριάκος Μητσοτάκης", "Ερντογάν", "Αθήνα"]),
        # A case ending after an apostrophe is no part of the name: Turkish "in Korvanya", "to Velmar".
        ("Bakanı Livia Marenco, Korvanya'daki işini bitirip Velmar'a gitti.", ["Livia Marenco", "Korvanya", "Velmar"]),
    ],
)  # fmt: skip
def test_names_in_every_alphabet_are_candidates(text: str, expected: list[str]) -> None:
    from summarise.names import candidate_names

    got = candidate_names(text)
    assert all(any(name in g for g in got) for name in expected), got
    assert not any("'" in g for g in got)


def test_an_apostrophe_inside_a_name_is_no_case_ending() -> None:
    from summarise.names import candidate_names

    got = candidate_names("Houthi forces shelled Sana'a on Monday, and officials of the Ba'ath party met in Damascus.")
    assert "Sana'a" in got and "Ba'ath" in got and "Sana" not in got


def test_a_possessive_after_a_short_last_word_is_still_cut() -> None:
    from summarise.names import candidate_names

    got = candidate_names("Officials said that Kim Jong Un's sister had met the envoy in Pyongyang on Monday.")
    assert "Kim Jong Un" in got and not any("'" in g for g in got)
    mixed = candidate_names("Officials said that Sean O'Brien’s team had met the envoy in Pyongyang on Monday.")
    assert "Sean O'Brien" in mixed and not any("’" in g for g in mixed)


@pytest.mark.parametrize(
    ("sentence", "language", "nothing"),
    [
        ("We are closing this live page for the night.", "en", True),
        ("There is a familiar rhythm to industrial disasters.", "en", True),
        ("- We will bring you more on this when we have it.", "en", True),
        ("We sluiten dit liveblog voor vandaag.", "nl", True),
        ("I carabinieri hanno fermato un uomo di quarant'anni.", "it", False),  # Italian "I" is "the"
        ("Wir beenden diesen Liveticker für heute.", "de", False),  # German capitals mark nouns: not read
        # A name, a figure, a kind of happening, or a subject in the sentence before: a report.
        ("We spoke to Mayor Ilse Brandt on Tuesday.", "en", False),
        ("There were 14 houses destroyed.", "en", False),
        ("There was an explosion at the plant.", "en", False),
        ("It was brought under control overnight.", "en", False),
        ("Rail boss leaves prosecutor's office after four and a half hours", "en", False),
        ('"We left with nothing," she said.', "en", False),  # a quotation is read as one
    ],
)
def test_the_outlets_own_voice_naming_nothing_reports_nothing(sentence: str, language: str, nothing: bool) -> None:
    assert tells_nothing(sentence, language) is nothing


def test_a_question_word_that_opens_a_sentence_is_no_part_of_a_name() -> None:
    from summarise.names import candidate_names

    text = (
        "Officials met in Vardenholm on Monday. What Vardenholm needs is an answer. Why Kestria matters to Vardenholm."
    )
    assert "What Vardenholm" not in candidate_names(text) and "Why Kestria" not in candidate_names(text)
    assert "Vardenholm" in candidate_names(text)


def test_a_live_pages_sign_off_paragraph_reports_nothing() -> None:
    from summarise.happening import signed_off

    text = (
        "Ferry disaster live\n\nWe are pausing our live coverage here for tonight. The search will go on through the "
        "night, and we will be back with the latest.\n\nThe coastguard says divers have recovered five more bodies."
        "\n\nThere was no warning. The bridge collapsed at 5pm, killing 12."
    )
    assert signed_off(text, text.find("The search"), "en")
    assert not signed_off(text, text.find("The coastguard"), "en")
    assert not signed_off(text, text.find("The bridge"), "en")  # "There was" is no outlet speaking


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "„În această seară, Vastrenia a ales să întoarcă pagina. Voi fi prim-ministrul tuturor”, a declarat Velk.",
            "Voi fi prim-ministrul tuturor”, a declarat Velk.",
        ),
        (
            "“Tonight the country turned the page. I will serve all of you,” Velk told the crowd.",
            "I will serve all of you,” Velk told the crowd.",
        ),
        (
            "„Wir haben verloren. Ich trete zurück“, sagte Orlen am Abend.",
            "Ich trete zurück“, sagte Orlen am Abend.",
        ),
    ],
)
def test_a_sentence_that_goes_on_with_a_quotation_is_what_someone_said(paragraph: str, sentence: str) -> None:
    before = paragraph[: paragraph.index(sentence)]
    assert reports_nothing(sentence, before) == (
        "its evidence goes on with a quotation: what someone said, not a report of what happened"
    )


def test_a_sentence_after_a_closed_or_stray_quotation_is_the_reports_own() -> None:
    closed = "Er sagte: „Wir bleiben hier.“ "
    assert reports_nothing("Die Polizei kam am Montag.", closed) is None
    stray = 'The banner read "Stop the cuts. '  # never closed: a stray mark says nothing
    assert reports_nothing("Police detained 20 people on Monday.", stray) is None
    english = "He said “we stay.” Then: “we go. "
    assert reports_nothing("Police came on Monday.", english) is None  # nothing closes in the sentence


def test_a_quote_keeps_the_quotation_mark_its_ends_lost() -> None:
    from summarise.ground import locate

    text = 'Key points\n\n- Velk says coalition talks will start "within days"\n\n"We stay," he said on Monday.'
    bullet = locate('- Velk says coalition talks will start "within days"', text, "a")
    assert bullet is not None and bullet.text.endswith('"within days"')
    said = locate('We stay," he said on Monday.', text, "a")
    assert said is not None and said.text == '"We stay," he said on Monday.'
    plain = locate("Velk says coalition talks will start", text, "a")
    assert plain is not None and plain.text == "Velk says coalition talks will start"


def test_guillemets_written_the_other_way_round_and_inch_marks_open_no_quotation() -> None:
    before = "»Das ist ein schwarzer Tag«, sagte der Bürgermeister. "
    assert reports_nothing("Die Polizei nahm am Montag 20 »Reichsbürger« fest.", before) is None
    snow = 'Dorsk had 14" of snow overnight. '
    assert reports_nothing('Officials declared a "snow emergency" on Tuesday and closed schools.', snow) is None
    quoted = "»Wir bleiben hier. Wir gehen nicht«, sagte sie."
    assert reports_nothing("Wir gehen nicht«, sagte sie.", "»Wir bleiben hier. ") is not None, quoted


@pytest.mark.parametrize(
    ("line", "nothing"),
    [
        ("Jakub Dvořáček | 22. listopadu 2026 21:15", True),
        ("Marek Zalewski, 24 listopada 2026, 16:20", True),
        ("Published 24 November 2026", True),
        ("Police arrested 20 people on 24 November 2026.", False),
    ],
)
def test_a_byline_or_a_date_line_reports_nothing(line: str, nothing: bool) -> None:
    assert (reports_nothing(line) is not None) is nothing


@pytest.mark.parametrize(
    ("sentence", "nothing"),
    [
        ("The mine's owner, Varnok Coal Company, has not responded to our requests for comment today.", True),
        ("The central bank declined to comment.", True),
        ("Reyl, who has run the plant since 2019, has not commented and his lawyer could not be reached.", True),
        ("Die Firma war für eine Stellungnahme nicht erreichbar.", True),
        ("Un portavoz del Banco Nacional declinó comentar las palabras del ministro.", True),
        ("The hospital group declined to comment on the report, but its chief executive said it would not pay.", False),
        ("Police arrested the manager of the plant on Wednesday, prosecutors said.", False),
    ],
)
def test_someone_who_would_not_comment_reports_no_happening(sentence: str, nothing: bool) -> None:
    """ "Declined to comment", "did not respond to requests for comment", "war nicht erreichbar": no happening, nor a
    sentence offered to the model; one that goes on with what someone else did is read as it is."""
    assert (reports_nothing(sentence) is not None) is nothing


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Sekian liputan langsung kami hari ini.", "id"),
        ("Terima kasih telah mengikuti.", "id"),
        ("Obrigado por nos acompanhar.", "pt"),
        ("Kiitos, että seurasit lähetystämme.", "fi"),
    ],
)
def test_a_live_pages_sign_off_in_other_languages_tells_nothing(sentence: str, language: str) -> None:
    assert tells_nothing(sentence, language)
    assert not tells_nothing("Siklon Tropis Ilvara mendarat di pantai timur Palumai pada Senin malam.", "id")


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Noi imagini au apărut de la locul accidentului.", "ro"),
        ("Mi történt pontosan, azt egyelőre nem tudni.", "hu"),
        ("My jsme připraveni, řekl ministr.", "cs"),
        ("Tack vare snabba insatser klarade sig alla passagerare.", "sv"),
    ],
)
def test_common_words_that_look_like_the_outlets_voice_are_no_sign_off(sentence: str, language: str) -> None:
    assert not tells_nothing(sentence, language)


@pytest.mark.parametrize(
    "sentence",
    [
        "All times local (UTC+1).",
        "All times are GMT.",
        "Times are local.",
        "Alle Zeitangaben in Ortszeit.",
        "Toutes les heures sont locales.",
        "Todas las horas, hora local.",
        "Tutti gli orari sono locali.",
    ],
)
def test_a_live_pages_note_on_its_clock_reports_nothing(sentence: str) -> None:
    assert reports_nothing(sentence) == "its evidence says how the page gives its times: no happening"


@pytest.mark.parametrize(
    "sentence",
    [
        "All times were beaten in the race.",
        "Times are hard for farmers.",
        "Toutes les heures, un train part de Lyon.",
        "Times Square was evacuated on Tuesday.",
    ],
)
def test_a_sentence_that_opens_with_times_may_report_a_happening(sentence: str) -> None:
    assert reports_nothing(sentence) is None
