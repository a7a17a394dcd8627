"""Event dates resolved against the publication date; what cannot be resolved stays unknown."""

from __future__ import annotations

from datetime import date

import pytest

from summarise.dates import find_phrases, first_resolved, parse_page_date, resolve

PUB = date(2025, 7, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("phrase", "start", "end", "precision"),
    [
        ("on Sunday evening", date(2025, 7, 6), date(2025, 7, 6), "day"),
        ("on Friday", date(2025, 7, 4), date(2025, 7, 4), "day"),
        ("until Sunday", date(2025, 7, 13), date(2025, 7, 13), "day"),
        ("last year", date(2024, 1, 1), date(2024, 12, 31), "year"),
        ("this year", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("this month", date(2025, 7, 1), date(2025, 7, 31), "month"),
        ("last month", date(2025, 6, 1), date(2025, 6, 30), "month"),
        ("in April", date(2025, 4, 1), date(2025, 4, 30), "month"),
        ("in November", date(2024, 11, 1), date(2024, 11, 30), "month"),
        ("last September", date(2024, 9, 1), date(2024, 9, 30), "month"),
        ("in July or August", date(2025, 7, 1), date(2025, 8, 31), "month"),
        ("in early January", date(2025, 1, 1), date(2025, 1, 31), "month"),
        ("July 11-13", date(2025, 7, 11), date(2025, 7, 13), "day"),
        ("Dec. 30", date(2024, 12, 30), date(2024, 12, 30), "day"),
        ("Friday, May 24", date(2025, 5, 24), date(2025, 5, 24), "day"),
        ("16 August 2023", date(2023, 8, 16), date(2023, 8, 16), "day"),
        ("this weekend", date(2025, 7, 12), date(2025, 7, 13), "day"),
        ("earlier this week", date(2025, 7, 7), date(2025, 7, 9), "day"),
        ("last week", date(2025, 6, 30), date(2025, 7, 6), "day"),
        ("in 2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
    ],
)
def test_relative_phrases(phrase: str, start: date, end: date, precision: str) -> None:
    got = resolve(phrase, PUB)
    assert (got.start, got.end, got.precision, got.phrase) == (start, end, precision, phrase)


@pytest.mark.parametrize("phrase", ["on Sunday evening", "last year", "this month", "in April", "July 11-13"])
def test_without_a_publication_date_relative_phrases_stay_unknown(phrase: str) -> None:
    got = resolve(phrase, None)
    assert got.precision == "unknown" and got.start is None and got.phrase == phrase


def test_absolute_dates_need_no_publication_date() -> None:
    assert resolve("16 August 2023", None).start == date(2023, 8, 16)
    assert resolve("2023-08-16", None).precision == "day"


def test_nonsense_is_unknown_never_guessed() -> None:
    assert resolve("soon", PUB).precision == "unknown"
    assert resolve("", PUB).phrase is None


def test_phrases_are_found_in_sentences() -> None:
    s = (
        'Lavrov "will visit the Democratic People\'s Republic of Korea on July 11-13" for the "second round", '
        "Russian ministry spokeswoman Maria Zakharova told reporters in Moscow on Wednesday."
    )
    assert find_phrases(s) == ["July 11-13", "on Wednesday"]
    assert first_resolved(s, PUB).start == date(2025, 7, 11)
    assert find_phrases("It may well be so.") == []


def test_a_word_that_begins_like_a_month_is_no_date() -> None:
    # "Marrowfield 6,4 Meter", "the Mayor 12", "Decisions 3": a month name is a whole word.
    for s in ("Der Pegel erreichte in Marrowfield 6,4 Meter.", "The Mayor 12 said so.", "Marchers 5 and Decisions 3."):
        assert find_phrases(s) == [], s
    assert find_phrases("on Sept. 4 and in mid-March") == ["Sept. 4", "in mid-March"]


def test_a_possessive_weekday_is_a_day_just_past_not_a_deadline() -> None:
    s = "The number of people killed by Tuesday's earthquake rose to at least 144 on Wednesday."
    assert find_phrases(s) == ["Tuesday's", "on Wednesday"]
    assert first_resolved(s, PUB).start == date(2025, 7, 8)  # PUB is a Wednesday; "by Tuesday" would be the 15th
    assert resolve("by Tuesday", PUB).start == date(2025, 7, 15)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (" date 2023-08-16 All Sections", date(2023, 8, 16)),
        ("Updated on: Jul 09, 2025 08:03 PM IST", date(2025, 7, 9)),
        ("European PravdaWednesday, 16 August 2023, 09:27", date(2023, 8, 16)),
        ("Lavrov met with Kim Jong Un during visit to DPRK12.07.25, 15:35", None),
        ("No date here", None),
    ],
)
def test_page_dates(line: str, expected: date | None) -> None:
    assert parse_page_date(line) == expected


def test_common_page_dates_are_read_as_dateparser_reads_them() -> None:
    import calendar

    from summarise.dates import _dateparser, _plain_date

    written = ["Sept 3, 2025", "Sept. 3, 2025", "3 Sept 2025", "2025-00-10", "2025-13-01", "Mayo 3, 2025"]
    for month in range(1, 13):
        for day in (1, 28, 29, 30, 31):
            written.append(f"2024-{month:02d}-{day:02d}")
            for name in (
                calendar.month_name[month],
                calendar.month_abbr[month] + ".",
                calendar.month_name[month].upper(),
            ):
                written += [f"{name} {day}, 2023", f"{day} {name} 2024"]
    read = 0
    for text in written:
        plain = _plain_date(text)
        if plain is not None:  # None leaves the text to dateparser
            read += 1
            assert plain == _dateparser(text), text
    assert read > 0.8 * len(written)


@pytest.mark.parametrize(
    ("sentence", "phrase", "attributed"),
    [
        ("More than 300 people died in the quake, the ministry said on Thursday.", "on Thursday", True),
        ("В результате землетрясения погибли более 300 человек, сообщило в четверг министерство.", "в четверг", True),
        # the saying is what happened: "X said on Thursday that ..."
        ("Finance Minister Naledi Dube said on Thursday that tax revenue would fall short.", "on Thursday", False),
        (
            "Medikon, which runs 140 clinics, said on Wednesday it would appeal against the decision.",
            "on Wednesday",
            False,
        ),
        ("Lavrov arrived in Pyongyang on Friday, state media said.", "on Friday", False),
    ],
)
def test_a_date_of_the_attribution_alone_is_the_reports_day(sentence: str, phrase: str, attributed: bool) -> None:
    from summarise.date_context import attributed as is_attributed

    assert is_attributed(sentence, phrase) is attributed


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Brandtberg teki maanantaina julkisen ostotarjouksen.", date(2026, 4, 20)),  # Finnish
        ("Kedden hajnalban őrizetbe vették a polgármestert.", date(2026, 4, 21)),  # Hungarian
        ("Ministerstvo ve středu oznámilo pokutu.", date(2026, 4, 22)),  # Czech
        ("Trafikverket stängde banan på söndagen.", date(2026, 4, 19)),  # Swedish
        ("Η Βουλή ψήφισε την Τρίτη το νομοσχέδιο.", date(2026, 4, 21)),  # Greek, Tuesday after its article
        ("Pemerintah pada Senin mengumumkan status darurat.", date(2026, 4, 20)),  # Indonesian
        ("Guvernul a anunțat marți seara restricții.", date(2026, 4, 21)),  # Romanian
        ("Kokous pidetään 12 maaliskuuta 2026.", date(2026, 3, 12)),
        # A part of the day written onto its weekday: Dutch, German, Swedish, Norwegian
        ("Het schip vatte donderdagavond laat vlam.", date(2026, 4, 23)),
        ("Slepers brachten de veerboot zaterdagochtend binnen.", date(2026, 4, 18)),
        ("Die Behörde setzte am Mittwochabend alle Starts aus.", date(2026, 4, 22)),
        ("Das Spiel wurde am Samstagnachmittag abgebrochen.", date(2026, 4, 18)),
        ("Fyra vagnar spårade ur på söndagskvällen.", date(2026, 4, 19)),
        ("Trafikken kom i gang igjen torsdagsmorgenen.", date(2026, 4, 23)),
    ],
)
def test_weekdays_and_months_of_more_languages_are_read(sentence: str, day: date) -> None:
    assert first_resolved(sentence, date(2026, 4, 24)).start == day  # published on a Friday


def test_a_greek_ordinal_is_no_weekday() -> None:
    assert find_phrases("Για τρίτη φορά η Βουλή αναβάλλει την ψηφοφορία.") == []  # "for the third time"


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Helfer eilen zur Unglücksstelle.",
        "Flights left from Jose Marti airport.",
        "Για την τρίτη συνεχή χρονιά.",
        "Das Dienstagsspiel fiel aus.",  # a weekday in a compound that is no part of the day
    ],
)
def test_words_of_other_meanings_are_no_dates(sentence: str) -> None:
    assert find_phrases(sentence) == []


def test_the_weekday_a_phrase_names_is_read_in_any_language_and_only_when_it_is_one() -> None:
    from summarise.date_words import weekday_named

    assert [weekday_named(p) for p in ("on Wednesday", "в среду", "w środę", "am Freitag", "Salı günü")] == [
        2,
        2,
        2,
        4,
        1,
    ]
    assert weekday_named("from Monday to Wednesday") is None  # a span
    assert weekday_named("Wednesday, 18 March") is None  # a date: resolved, or not, by its figures
    assert weekday_named("last week") is None


@pytest.mark.parametrize(
    ("sentence", "before", "day"),
    [
        (
            "The same evening, the city began cutting water.",
            "Late on Tuesday, the mayor announced cuts.",
            date(2026, 7, 21),
        ),
        ("The following day, the committee ordered shorter hours.", "The record fell on Tuesday.", date(2026, 7, 22)),
        ("Experts confirmed on Thursday that the 45.4C measured two days earlier was a record.", "", date(2026, 7, 21)),
        ("Le lendemain, il a démissionné.", "Le ministre a été mis en cause mardi.", date(2026, 7, 22)),
        ("Am selben Tag trat er zurück.", "Die Regierung stürzte am Mittwoch.", date(2026, 7, 22)),
        ("Tego samego dnia minister odwołał szefa.", "W środę urząd nałożył karę.", date(2026, 7, 22)),
        ("На следующий день он ушёл в отставку.", "Во вторник суд вынес приговор.", date(2026, 7, 22)),
        ("Il giorno prima la polizia aveva chiuso la strada.", "Giovedì il ponte è crollato.", date(2026, 7, 22)),
    ],
)
def test_a_date_written_against_an_earlier_one_is_that_day_moved(sentence: str, before: str, day: date) -> None:
    from summarise.date_anchors import anchored

    got = anchored(sentence, before, date(2026, 7, 24))  # published on a Friday
    assert got is not None and got.start == got.end == day and got.precision == "day"


@pytest.mark.parametrize(
    ("sentence", "before"),
    [
        ("Hours later it said it would cut jobs.", "The company was founded in 2019."),  # no day to anchor on
        ("A day later, he resigned.", ""),  # no date before it
        ("Some 48 hours later, the dam gave way.", "Heavy rain began on Monday."),  # hours counted: no same day
        ("Twenty-four hours later, the dam gave way.", "Heavy rain began on Monday."),
        # Dated against what follows, not against an earlier date:
        ("The minister will visit the day before the funeral.", "A bomb exploded on Monday."),
        ("Results come the day after tomorrow.", "Polls closed on Monday."),
        ("Two days before the election, he spoke.", "A bomb exploded on Monday."),
        ("It fell on the same day as the referendum.", "A bomb exploded on Monday."),
        ("À la veille du sommet, il a parlé.", "Une bombe a explosé lundi."),
        ("O incêndio acontece dois dias depois de os bombeiros terem dominado o fogo.", "Um fogo deflagrou segunda."),
        ("Le feu a repris deux jours après l'incendie de Lusca.", "Une bombe a explosé lundi."),
        # Dated after the article's own day (a Friday): no report tells what has not yet happened.
        ("Two days later, the road reopened.", "The fire broke out on Thursday."),
        ("Накануне выборов он выступил.", "Во вторник суд вынес приговор."),
        ("Police said that evening patrols would be doubled.", "A bomb exploded on Monday."),  # "that" is "that"
        ("The next day, talks resumed.", "Talks were held in March."),  # a month is no day
        ("Ministers met on Monday.", "The quake struck on Sunday."),  # no phrase dated against another
        # The article's day and the nearest day differ: "the same day" may be either, so it is neither.
        ("The same day, experts found the recorders.", "It apologised on Wednesday. The plane crashed on Tuesday."),
    ],
)
def test_a_phrase_without_a_day_before_it_stays_unknown(sentence: str, before: str) -> None:
    from summarise.date_anchors import anchored

    assert anchored(sentence, before, date(2026, 7, 24)) is None


def test_a_sentence_of_one_long_run_of_letters_is_read_at_once() -> None:
    """A run of letters without a space before "hours later" (a scraped table, a hash) is read in a bounded
    window: reading it whole took time that grew with the square of its length."""
    from summarise.date_anchors import anchored

    rain = "Heavy rain began on Monday."
    assert anchored("x" * 200_000 + " hours later the dam gave way.", rain, date(2026, 7, 24))
    assert anchored("7" * 200_000 + " hours later the dam gave way.", rain, date(2026, 7, 24)) is None  # counted
    assert (
        anchored("x" * 200_000 + " twenty-four hours later, the dam gave way.", "Rain began on Monday.", None) is None
    )


@pytest.mark.parametrize(
    ("sentence", "given", "day"),
    [
        # The date of the happening a changed figure counts is not the change's: the sentence's other date is.
        (
            "The number of people killed when the dam burst on Tuesday has risen to 23, and police arrested the "
            "chief engineer early on Wednesday, prosecutors said.",
            "on Tuesday",
            date(2026, 9, 16),
        ),
        ("The number of people killed when the dam burst on Tuesday has risen to 23.", "on Tuesday", None),
        # A clause of when or after that dates the sentence's own happening keeps its date.
        (
            "Four residents were killed when a building collapsed during Monday's earthquake.",
            "Monday's",
            date(2026, 9, 14),
        ),
        ("The number detained after Wednesday's fighting rose to 31 on Thursday.", "on Thursday", date(2026, 9, 17)),
        # A possessive date names the happening a changed figure counts: the change has the other date, or none.
        (
            "The death toll from Thursday's fire at the plant rose to seven on Friday, prosecutors said.",
            "Thursday's",
            date(2026, 9, 18),
        ),
        ("The death toll from Monday's quake has risen to 31.", "Monday's", None),
        # A main clause that holds a relative is no aside; an aside's date never stands in for the sentence's.
        (
            "In Ostrow, a train which was carrying 300 passengers derailed on Tuesday, police said on Wednesday.",
            "on Tuesday",
            date(2026, 9, 15),
        ),
        ("The toll from Thursday's fire, which started on Wednesday, rose to seven.", "Thursday's", None),
        # A Slavic participle opens an aside: the workers kidnapped on Sunday; the video is Tuesday's.
        (
            "Porywacze pracowników Open Hands Relief, uprowadzonych w niedzielę wieczorem na północy Kelmory, "
            "opublikowali we wtorek nagranie wideo.",
            "w niedzielę",
            date(2026, 9, 15),
        ),
        (
            "Похитители сотрудников, похищенных в воскресенье вечером, во вторник опубликовали видео.",
            "в воскресенье",
            date(2026, 9, 15),
        ),
        (
            "Three skiers died after an avalanche swept a group near Solden on Saturday.",
            "on Saturday",
            date(2026, 9, 12),
        ),
    ],
)
def test_a_date_of_what_a_changed_figure_counts_is_not_the_change(sentence: str, given: str, day: date | None) -> None:
    from summarise.date_anchors import own_date

    base = date(2026, 9, 18)  # a Friday
    assert own_date(sentence, resolve(given, base), base).start == day


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Fue detenido en febrero de 2023 en la operación Duna.", date(2023, 2, 1), date(2023, 2, 28)),
        ("Er wurde im Februar 2023 festgenommen.", date(2023, 2, 1), date(2023, 2, 28)),
        ("Zatrzymano go 3 lutego 2023 roku.", date(2023, 2, 3), date(2023, 2, 3)),  # a day comes first
        ("Das Spiel im Mai endete 2:1 vor 2023 Zuschauern.", None, None),  # a month, then another number
        ("Напомним, в январе 2022 года массовые беспорядки начались.", date(2022, 1, 1), date(2022, 1, 31)),
        ("Zatrzymano go w lutym 2023 roku.", date(2023, 2, 1), date(2023, 2, 28)),
        ("Η ζημιά έγινε τον Ιανουάριο του 2022.", date(2022, 1, 1), date(2022, 1, 31)),
        ("NASA's Mars 2020 rover found traces of water on Tuesday.", date(2026, 5, 12), date(2026, 5, 12)),
        ("Il cantiere è fermo da marzo del 2024.", date(2024, 3, 1), date(2024, 3, 31)),
    ],
)
def test_a_month_and_a_year_in_another_language_is_a_month(sentence: str, start: date | None, end: date | None) -> None:
    got = first_resolved(sentence, date(2026, 5, 14))
    assert (got.start, got.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The National Bank of Hungary has lowered its base rate to 6.25%, the first cut since September 2024.", None),
        ("The bank cut rates on Tuesday, the first cut since September 2024.", date(2026, 11, 3)),
        ("The forint fell to its lowest level since March 2025 on Tuesday.", date(2026, 11, 3)),
        ("A Tanács kedden csökkentette az alapkamatot, ami 2024 szeptembere óta az első döntés.", date(2026, 11, 3)),
        ("The road has been closed since Monday.", date(2026, 11, 2)),  # since when it is closed: its day
    ],
)
def test_the_date_a_record_is_measured_from_dates_nothing(sentence: str, start: date | None) -> None:
    assert first_resolved(sentence, date(2026, 11, 3)).start == start


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Kestria's parliament will vote on the deal on Thursday.", date(2026, 11, 12)),
        ("The minister is expected to visit the town on Friday.", date(2026, 11, 13)),
        ("The court is expected to rule on Tuesday, lawyers said.", date(2026, 11, 10)),  # the day written on
        ("He will step down, the party said on Monday.", date(2026, 11, 9)),  # the comma: said, not ahead
        ("Parliament voted on the deal on Thursday.", date(2026, 11, 5)),
        # Reported speech: "would" and "was expected to" look ahead from when it was said.
        ("The president said she would travel to Kadrel on Wednesday.", date(2026, 11, 11)),
        ("The minister was expected to visit the town on Friday, but the visit was cancelled.", date(2026, 11, 6)),
        ("He was taken to hospital and would die of his injuries on Sunday, his family said.", date(2026, 11, 8)),
        ("The talks would have ended on Monday had the union agreed.", date(2026, 11, 9)),
    ],
)
def test_a_weekday_in_a_clause_of_the_days_ahead_is_the_coming_one(sentence: str, day: date) -> None:
    """Written on Tuesday 10 November: a bare weekday is the last one, but "will vote on Thursday" is in two
    days."""
    from summarise.date_ahead import ahead

    written = date(2026, 11, 10)
    when = first_resolved(sentence, written)
    assert ahead(sentence, when, written).start == day


@pytest.mark.parametrize(
    "sentence",
    [
        "Will Smith attended the premiere in London on Monday.",
        "The cancellation is due to a storm that hit the coast on Monday.",
        "The union said it will extend the strike that began on Monday.",
    ],
)
def test_a_weekday_of_the_past_stays_in_the_past_beside_words_of_the_future(sentence: str) -> None:
    """ "Will" as a name, "due to" as a cause and a relative clause after "will" put nothing in the days ahead."""
    from summarise.date_ahead import ahead

    written = date(2026, 5, 14)  # a Thursday
    when = first_resolved(sentence, written)
    assert ahead(sentence, when, written).start == date(2026, 5, 11)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("A recap of the deal: all prisoners exchanged by 31 December, monitors on the line.", None),
        ("Die Frist für den Austausch läuft bis 31. Dezember.", None),
        ("The talks must end by Friday, the mediator said.", None),
        ("Parliament approved the deal on Thursday.", date(2026, 11, 5)),
        ("Prisoners were exchanged by 1 November, the ministry said.", date(2026, 11, 1)),  # past: it was done
    ],
)
def test_a_date_still_to_come_given_as_a_deadline_dates_nothing(sentence: str, day: date | None) -> None:
    from summarise.date_ahead import deadline

    written = date(2026, 11, 10)
    assert deadline(sentence, first_resolved(sentence, written), written).start == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The wildfire that has burned through the Lusca Hills since Monday is contained, fire chief Viktor Halm"
            " announced at about 5pm on Thursday.",
            date(2026, 11, 26),
        ),
        ("Le feu, qui brûlait depuis lundi, a été maîtrisé jeudi soir.", date(2026, 11, 26)),
        ("El incendio, activo desde el lunes pasado, fue controlado el jueves.", date(2026, 11, 26)),
        ("The strike has halted trains since Monday.", date(2026, 11, 23)),  # no other date: its start
    ],
)
def test_the_start_of_a_state_that_goes_on_gives_way_to_the_day_of_what_is_reported(sentence: str, day: date) -> None:
    from summarise.date_anchors import own_date

    written = date(2026, 11, 26)
    assert own_date(sentence, first_resolved(sentence, written), written).start == day


def test_a_turkish_sentence_is_dated_by_its_main_clause_the_last_date_before_its_verb() -> None:
    """ "dün gerçekleştirilen esir takasında serbest bırakılan 52 Velmoralı, bugün sabah ... indi": the 52 freed in
    yesterday's exchange landed this morning. English keeps its first date."""
    from summarise.date_anchors import own_date
    from summarise.date_clauses import main_clause_date

    written = date(2026, 11, 19)
    turkish = "Dün gerçekleştirilen esir takasında serbest bırakılan 52 Velmoralı, bugün sabah havalimanına indi."
    given = own_date(turkish, first_resolved(turkish, written), written)
    assert main_clause_date(turkish, given, written, "tr").start == date(2026, 11, 19)
    robbery = "Polis, dün sabah 5 Mart'taki soygunla ilgili üç kişiyi gözaltına aldı."  # the robbery of 5 March
    given = own_date(robbery, first_resolved(robbery, date(2026, 3, 12)), date(2026, 3, 12))
    assert main_clause_date(robbery, given, date(2026, 3, 12), "tr").start == date(2026, 3, 11)
    # A noun's ablative after a date is no participle: "bugün kamuoyundan özür diledi" apologised today.
    apology = "CEO Venhold, şirketin dün duyurduğu geri çağırmanın ardından bugün kamuoyundan özür diledi."
    given = own_date(apology, first_resolved(apology, date(2026, 11, 24)), date(2026, 11, 24))
    assert main_clause_date(apology, given, date(2026, 11, 24), "tr").start == date(2026, 11, 24)
    # Nor is a part of the day that goes with the date: "bugün öğleden önce" (today before noon) is the concession's.
    concession = "Dün yapılan seçimde yenilgi alan Başbakan Krogvall, bugün öğleden önce yenilgiyi kabul etti."
    given = own_date(concession, first_resolved(concession, date(2026, 11, 30)), date(2026, 11, 30))
    assert main_clause_date(concession, given, date(2026, 11, 30), "tr").start == date(2026, 11, 30)
    # A date in a main clause stays ("dün öğleden sonra kurtarıldı", rescued yesterday afternoon).
    for kept in ("Maden ocağında mahsur kalan 13 işçi dün öğleden sonra kurtarıldı.", "Grev pazartesi günü başladı."):
        given = first_resolved(kept, date(2026, 11, 18))
        assert main_clause_date(kept, given, date(2026, 11, 18), "tr") == given, kept
    english = "The 52 freed on Wednesday landed at the airport, officials said on Thursday."
    given = first_resolved(english, written)
    assert main_clause_date(english, given, written, "en") == given


@pytest.mark.parametrize(
    ("sentence", "start", "precision"),
    [
        ("As exportações somaram cerca de 240 milhões de euros no ano passado.", date(2024, 1, 1), "year"),
        ("Le chômage a baissé l’année dernière dans la région.", date(2024, 1, 1), "year"),
        ("В прошлом году завод выпустил 40 тысяч машин.", date(2024, 1, 1), "year"),
        ("Geçen yıl fabrika kapandı.", date(2024, 1, 1), "year"),
        ("Die Firma wurde im vergangenen Jahr verkauft.", date(2024, 1, 1), "year"),
        ("Förra året stängde fabriken.", date(2024, 1, 1), "year"),
        ("Il mese scorso la banca ha alzato i tassi.", date(2025, 6, 1), "month"),
        ("W zeszłym tygodniu rząd przyjął ustawę.", date(2025, 6, 30), "day"),
        ("La semana pasada el gobierno aprobó la ley.", date(2025, 6, 30), "day"),
        ("Dit jaar groeide de economie met 2 procent.", date(2025, 1, 1), "year"),
    ],
)
def test_last_year_and_last_week_are_read_in_the_other_languages(sentence: str, start: date, precision: str) -> None:
    got = first_resolved(sentence, PUB)
    assert got.start == start and got.precision == precision, got
    assert got.phrase and got.phrase in sentence  # shown as the page writes it


def test_words_of_a_period_phrase_alone_are_no_date() -> None:
    """ "pasado", "scorso" or "dernier" alone date nothing: only the whole phrase is read."""
    for sentence in ("El pasado de la empresa pesa.", "Il dernier cri de la mode.", "Lo scorso governo cadde."):
        assert first_resolved(sentence, PUB).start is None


@pytest.mark.parametrize(
    ("sentence", "language", "day"),
    [
        ("Le parlement votera jeudi sur l'accord.", "fr", date(2026, 11, 12)),
        ("El parlamento votará el jueves el acuerdo.", "es", date(2026, 11, 12)),
        ("Il parlamento voterà giovedì sull'accordo.", "it", date(2026, 11, 12)),
        ("Sejm we czwartek będzie głosował nad umową.", "pl", date(2026, 11, 12)),
        ("Meclis perşembe günü anlaşmayı oylayacak.", "tr", date(2026, 11, 12)),
        ("Parlamentet ska rösta på torsdag.", "sv", date(2026, 11, 12)),
        # A name is no verb's ending; "that" opens another clause; German "werden" also makes the passive.
        ("La CELAD sancionó el jueves al ciclista Álvaro Ruiz Beltrán.", "es", date(2026, 11, 5)),
        ("Primăria a anunțat miercuri seara că apa va fi întreruptă.", "ro", date(2026, 11, 4)),
        ("Die Wahlkarten werden erst am Donnerstag ausgezählt.", "de", date(2026, 11, 5)),
    ],
)
def test_a_weekday_in_a_clause_of_the_days_ahead_is_the_coming_one_in_other_languages(
    sentence: str, language: str, day: date
) -> None:
    """Written on Tuesday 10 November 2026."""
    from summarise.date_ahead import ahead

    base = date(2026, 11, 10)
    assert ahead(sentence, first_resolved(sentence, base), base, language).start == day


def test_a_german_date_whose_month_is_written_as_in_english_is_read() -> None:
    assert first_resolved("Die Sitzung fand am 24. November 2026 statt.", PUB).start == date(2026, 11, 24)
    assert first_resolved("Am 3. August 2025 wurde die Brücke gesperrt.", PUB).start == date(2025, 8, 3)
    # Without a year, a number and a stop before an English month are no date: "by 61 votes to 12. May's ..."
    assert first_resolved("It passed by 61 votes to 12. May's deadline was met.", PUB).start is None


def test_a_relative_clause_on_a_place_that_ends_the_sentence_gives_way_to_the_sentences_own_date() -> None:
    """ ", la localidad del norte del país donde la rotura de un dique obligó el sábado a evacuar ...": the visit is
    Sunday's; the breach that the clause recalls is Saturday's."""
    from summarise.date_anchors import own_date

    sentence = (
        "La ministra del Interior, Ilona Maresca, recorrió este domingo las calles anegadas de Mirandel, la localidad "
        "del norte del país donde la rotura de un dique obligó el sábado a evacuar a 4.800 personas."
    )
    written = date(2026, 11, 22)  # a Sunday
    assert own_date(sentence, resolve("el sábado", written), written).start == written
    alone = "Los vecinos de Mirandel, la localidad donde la rotura de un dique obligó el sábado a evacuar, esperan."
    assert own_date(alone, resolve("el sábado", written), written).start == date(2026, 11, 21)
    # After a sentence's first comma such a phrase is mostly its main clause.
    fronted = "Two days after Monday's storm, the town where 300 homes were flooded was sealed off on Wednesday."
    assert own_date(fronted, resolve("on Wednesday", written), written).start == date(2026, 11, 18)


@pytest.mark.parametrize(
    ("sentence", "given", "day"),
    [
        # A cause told over a span, in a clause opened by "after": the happening it led to has a day of its own.
        (
            "Selka Marandi has been provisionally suspended after a sample she gave last month tested positive, "
            "the commission announced this morning.",
            "last month",
            date(2026, 11, 22),
        ),
        (
            "The drivers walked out after pay talks with the state operator Valrail broke down last week.",
            "last week",
            None,
        ),
        ("Der Konzern schloss das Werk, nachdem die Aufträge im Oktober eingebrochen waren.", "im Oktober", None),
        (
            "Les dockers ont cessé le travail après l'échec des négociations la semaine dernière.",
            "la semaine dernière",
            None,
        ),
        # A day in such a clause stays: what followed is most often that day's.
        (
            "Two people were injured after a gas explosion in a block of flats in Ettenau on Thursday morning.",
            "on Thursday morning",
            date(2026, 11, 19),
        ),
        # And a span outside one stays the sentence's date.
        ("Prices rose last month after the bank raised its rates.", "last month", date(2026, 10, 1)),
    ],
)
def test_a_span_in_a_clause_opened_by_after_dates_the_cause_not_what_followed(
    sentence: str, given: str, day: date | None
) -> None:
    from summarise.date_anchors import own_date

    written = date(2026, 11, 22)  # a Sunday
    assert own_date(sentence, resolve(given, written), written).start == day


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("Dans la nuit de vendredi à samedi, vers 3 h 30, la digue a cédé sur une quarantaine de mètres.", "vendredi"),
        ("In der Nacht zum Samstag brach der Damm nördlich der Stadt.", "Samstag"),
        ("W nocy z piątku na sobotę pękł wał przeciwpowodziowy.", "na sobotę"),
        ("В ночь с пятницы на субботу прорвало дамбу.", "субботу"),
        ("Nella notte tra venerdì e sabato è crollato l'argine.", "venerdì"),
        ("Bij een ramkraak zijn in de nacht van vrijdag op zaterdag drie schilderijen gestolen.", "vrijdag"),
    ],
)
def test_a_night_that_joins_two_days_spans_both(sentence: str, given: str) -> None:
    """The night from Friday to Saturday, in any of the languages read, is both days: a report of the Saturday's
    early hours and one of the Friday night meet."""
    from summarise.date_clauses import overnight

    written = date(2026, 11, 21)  # a Saturday
    got = overnight(sentence, resolve(given, written))
    assert (got.start, got.end) == (date(2026, 11, 20), date(2026, 11, 21)), sentence


def test_a_night_of_one_day_and_a_night_shift_stay_one_day() -> None:
    from summarise.date_clauses import overnight

    written = date(2026, 11, 21)
    for sentence, given in [
        ("The levee broke on Saturday night and the water reached the town.", "on Saturday"),
        ("Night workers went to the plant on Saturday as usual.", "on Saturday"),
    ]:
        got = overnight(sentence, resolve(given, written))
        assert got.start == got.end == date(2026, 11, 21), sentence


def test_scandinavian_yesterday_and_today_in_two_words_are_dates() -> None:
    """ "i går", "i dag" (Swedish, Danish, Norwegian) as well as "igår", "idag"; "i Gävle" is no date."""
    from summarise import dates

    written = date(2026, 11, 26)
    assert first_resolved("Distriktsdomstolen dömde i går Morvešić till sex års fängelse.", written).start == date(
        2026, 11, 25
    )
    assert first_resolved("Styrelsen har i dag indledt en formel undersøgelse.", written).start == written
    assert dates.find_phrases("Han bor i Gävle och arbetar i Dagsberg.") == []


@pytest.mark.parametrize(
    ("sentence", "given", "day"),
    [
        ("Two days after Monday's attack, the man who had fled the scene was arrested on Wednesday.", "on Wednesday",
         date(2025, 3, 12)),
        ("Tras el ataque del lunes, el ministro del Interior aseguró que la policía detuvo al sospechoso el miércoles.",
         "el miércoles", date(2025, 3, 12)),
        ("Hours after Monday's explosion, Germany closed its embassy on Wednesday, officials said.", "on Wednesday",
         date(2025, 3, 12)),
    ],
)  # fmt: skip
def test_a_main_clause_after_a_fronted_phrase_keeps_its_date(sentence: str, given: str, day: date) -> None:
    """A phrase before the first comma, then the main clause ("the man who ...", "el ministro aseguró que ...",
    "Germany"): no trailing clause, no aside, and the sentence keeps its own date."""
    from summarise.date_anchors import own_date

    written = date(2025, 3, 12)  # a Wednesday
    assert own_date(sentence, resolve(given, written), written).start == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Police in Kolvar this morning detained the director of Tovena Catering.", date(2026, 11, 19)),
        ("A gang ambushed a security van on the N9 this morning.", date(2026, 11, 19)),
        ("Cyclone Ilvara tore into the eastern coast of Palumai late last night.", date(2026, 11, 18)),
        ("Četvorica su optužena 23. studenoga 2026. na sudu u Brelmouthu.", date(2026, 11, 23)),
        ("Ugovor je potpisan 2. prosinca 2025. u Dunvarri.", date(2025, 12, 2)),
    ],
)
def test_this_morning_and_croatian_dates_are_read(sentence: str, day: date) -> None:
    assert first_resolved(sentence, date(2026, 11, 19)).start == day


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Ministrul Sănătății, Jonas Edvall, a vizitat luni spitalul din Vaskela.", date(2026, 11, 23)),
        ("Luni seara, inspectorii au închis bucătăria centrală.", date(2026, 11, 23)),
        ("Ancheta durează de trei luni.", None),
        ("În ultimele luni, prețurile au crescut.", None),
        ("Au așteptat luni de zile un răspuns.", None),
        ("Proiectul a fost amânat cu 6 luni.", None),
        ("După luni de negocieri, guvernul a semnat acordul.", None),
        ("A fost condamnat la 24 de luni de închisoare.", None),
        ("Negocierile au durat luni în șir, iar acordul a fost semnat ieri.", date(2026, 11, 23)),
        ("Cu luni în urmă, primarul promisese un nou pod.", None),
        ("Focarul a fost anunțat luni de inspectoratul sanitar regional.", date(2026, 11, 23)),
    ],
)
def test_romanian_luni_is_monday_unless_it_counts_months(sentence: str, day: date | None) -> None:
    assert first_resolved(sentence, date(2026, 11, 24)).start == day
    from summarise.dates import resolve

    assert resolve("several days ago", date(2026, 11, 24)).start is None  # a count it cannot tell is no date


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The minister refused on Wednesday last week to pay.", date(2026, 11, 18)),
        ("Sundhedsminister Tomas Reidel afviste onsdag i sidste uge at betale.", date(2026, 11, 18)),
        ("La vicenda era esplosa lunedì della settimana scorsa.", date(2026, 11, 16)),
        ("Útok začal v noci na pondělí minulého týdne.", date(2026, 11, 16)),
        ("Der Minister hatte am Mittwoch vergangener Woche abgelehnt.", date(2026, 11, 18)),
        ("El ministro se negó el miércoles de la semana pasada.", date(2026, 11, 18)),
        ("He resigned on Wednesday. Last week he had denied it.", date(2026, 11, 25)),
        ("I mandags anholdt politiet to mænd.", date(2026, 11, 23)),
        ("The attack began in the early hours a week ago today.", date(2026, 11, 19)),
        ("The commission announced the positive test nine days ago.", date(2026, 11, 17)),
        ("The port reopened 3 days ago.", date(2026, 11, 23)),
        ("Twenty-two days ago the ferry sank.", None),
        ("The talks began about two weeks ago.", None),
        ("Police said on Monday last week's attack had been planned for months.", date(2026, 11, 23)),
    ],
)
def test_a_weekday_of_last_week_and_days_ago_are_read(sentence: str, day: date | None) -> None:
    """A weekday followed by the week before the page's is that week's ("onsdag i sidste uge"), not the last such
    day; "nine days ago" and "a week ago today" count back from the page's day (a Thursday here)."""
    assert first_resolved(sentence, date(2026, 11, 26)).start == day


def test_the_start_of_a_state_that_has_ended_is_no_day_of_its_end() -> None:
    """ "Since Wednesday" dates the start of a state; a sentence that tells the state's end and names no other day
    is undated, not dated the start ("sedan i onsdags ... är under kontroll")."""
    from summarise.date_anchors import own_date

    pub = date(2026, 11, 15)
    out = "Branden som sedan i onsdags har härjat norr om Altavera är under kontroll."
    assert own_date(out, resolve("onsdags", pub), pub).start is None
    on = "Flyget har varit inställt sedan i onsdags."
    assert own_date(on, resolve("onsdags", pub), pub).start == date(2026, 11, 11)
    told = "The fire that has burned since Monday is contained, the chief announced on Thursday."
    assert own_date(told, resolve("since Monday", pub), pub).start == date(2026, 11, 12)


def test_listopad_is_october_only_on_a_page_in_croatian() -> None:
    """Czech and Polish "listopad" is November, Croatian October: the page's language decides."""
    from summarise.page_language import page_language

    assert first_resolved("Vlada je pala 25. listopada 2026.", None).start == date(2026, 11, 25)
    with page_language("hr"):
        assert first_resolved("Vlada je pala 25. listopada 2026.", None).start == date(2026, 10, 25)
    with page_language("pl"):
        assert first_resolved("Rząd upadł 25 listopada 2026 r.", None).start == date(2026, 11, 25)


def test_a_croatian_page_dated_in_october_keeps_its_month() -> None:
    from summarise.clean import clean_article
    from summarise.models import Article

    text = (
        "Dnevni Vidik\nVijesti | Sport | Kultura\n\nVlada pala nakon glasanja o nepovjerenju\n\n"
        "25. listopada 2026. u 09:40\n\nHrvatski sabor je jučer izglasao nepovjerenje vladi, a premijer je "
        "najavio da će podnijeti ostavku. Oporba traži prijevremene izbore što je prije moguće.\n\n"
        "Predsjednica će sutra razgovarati sa svim strankama koje imaju zastupnike u saboru."
    )
    meta = clean_article(Article(article_id="hr", path="hr.txt", raw=text, text=text)).meta
    assert meta is not None and meta.published == date(2026, 10, 25)
    # A menu, a cookie notice and a sign-up in English above it: the story's language decides, not the clutter's.
    menu = "Home | News | Sport | Business | Culture | Weather | Contact\nWe use cookies to improve your experience on"
    menu += " our website. By continuing you agree to our cookie policy and the terms of use.\nSubscribe to our"
    menu += " newsletter for the latest news from the region and the world, delivered to your inbox every day.\n"
    story = (
        "Trajekt udario u gat u Splitu\n\n25. listopada 2026.\n\nTrajekt je u srijedu navečer udario u gat u "
        "splitskoj luci, a ozlijeđeno je dvanaest putnika.\n\nLučka kapetanija pokrenula je istragu o uzrocima "
        "nesreće, a trajekt je odtegljen na popravak."
    )
    meta = clean_article(Article(article_id="hr", path="hr.txt", raw=menu + story, text=menu + story)).meta
    assert meta is not None and meta.published == date(2026, 10, 25)
    # A short Croatian story whose cleaned text tells no language keeps the page's.
    short = "Koristimo kolačiće kako bismo poboljšali vaše iskustvo. Prihvati sve kolačiće ili uredi postavke.\n"
    short += "Postavke kolačića | Prihvati\n\nPotres kod Petrinje\n\nObjavljeno: 12. listopada 2025.\n\n"
    short += "Potres jačine 5,2 pogodio Petrinju. Nema ozlijeđenih."
    meta = clean_article(Article(article_id="hr", path="hr.txt", raw=short, text=short)).meta
    assert meta is not None and meta.published == date(2025, 10, 12)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On the last night of the festival, a stage collapsed and injured 12 people.", None),
        ("He spent his last night in office signing 40 pardons.", None),
        (
            "Speaking to ITV's This Morning on Tuesday, the health secretary said the strike was over.",
            date(2026, 11, 17),
        ),
        ("The singer announced her retirement on The Tonight Show in September.", date(2026, 9, 1)),
        ("The Belgrade daily Danas reported on Tuesday that the interior minister had resigned.", date(2026, 11, 17)),
    ],
)
def test_a_part_of_the_day_that_names_a_show_or_a_thing_is_no_date(sentence: str, day: date | None) -> None:
    assert first_resolved(sentence, date(2026, 11, 20)).start == day


def test_last_night_is_the_nights_two_days() -> None:
    got = first_resolved("Drones struck the port last night, officials said.", date(2026, 11, 20))
    assert (got.start, got.end) == (date(2026, 11, 19), date(2026, 11, 20))


@pytest.mark.parametrize(
    ("phrase", "written", "day"),
    [
        ("Last Tuesday", date(2026, 11, 11), date(2026, 11, 3)),  # a Wednesday: not yesterday, the week before's
        ("last Tuesday", date(2026, 11, 10), date(2026, 11, 3)),  # a Tuesday: not today
        ("last Tuesday", date(2026, 11, 13), date(2026, 11, 10)),  # a Friday: three days before
        ("on Tuesday", date(2026, 11, 11), date(2026, 11, 10)),  # yesterday, as news says it
    ],
)
def test_last_and_a_weekday_is_never_today_nor_yesterday(phrase: str, written: date, day: date) -> None:
    assert resolve(phrase, written).start == day
