"""Sentences from a kept splitter: numbers, abbreviations, titles, initials, quotes and ellipses stay whole."""

from __future__ import annotations

import pytest

from summarise.sentences import sentences

WHOLE = [
    "A 7.7-magnitude earthquake struck central Myanmar on Friday afternoon.",
    "About 19.9 million people, or 41 per cent of the population, need food aid this year.",
    "Between 25,000 and 30,000 troops have moved to the border since June.",
    "The U.S. State Department said the talks would resume next week.",
    "Maj. Gen. Piotr Szalai said heavy lifting equipment was on its way.",
    "The paintings were by J. R. van Oorst, the museum's director said.",
    "Residents of the No. 5 district were told to stay out of their homes.",
    '"Nobody slept here last night... nobody will sleep tonight either."',
    "Землетрясение магнитудой 7,7 произошло в Мьянме в пятницу днём.",
    "По данным властей, погибли более 1,2 тыс. человек в трёх провинциях.",
]


@pytest.mark.parametrize("sentence", WHOLE)
def test_a_hard_sentence_stays_whole(sentence: str) -> None:
    text = f"The first sentence of the story is here. {sentence} The last sentence of the story is here."
    assert sentence in [s.text for s in sentences(text)]


def test_offsets_point_at_the_text_and_paragraphs_never_join() -> None:
    text = "One paragraph ends without a full stop\n\nA second paragraph has its own sentence here."
    spans = sentences(text)
    assert [s.text for s in spans] == [
        "One paragraph ends without a full stop",
        "A second paragraph has its own sentence here.",
    ]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_sentences_are_those_pysbd_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking pysbd for boundaries only gives the sentences its full segmenter gives, on every fixture page."""
    import re

    from summarise import sentences as module

    from .conftest import ROOT

    def segmented(paragraph: str) -> list[str]:
        language = "ru" if re.search(r"[а-яА-ЯёЁ]", paragraph) else "en"
        return [s for s in module._segmenter(language).segment(paragraph) if s.strip()]

    pages = [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "fixtures" / "pages").glob("*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(pages)]
    fast = [module.sentences.__wrapped__(t) for t in texts]
    monkeypatch.setattr(module, "_split", segmented)
    assert fast == [module.sentences.__wrapped__(t) for t in texts]


def test_around_gives_the_sentences_next_to_a_span() -> None:
    from summarise.sentences import sentences

    text = "First one has words here. Second one has words too. Third one has more words. Fourth is last here."
    spans = list(sentences(text))
    got = sentences(text).around(spans[1].start + 2, spans[1].end - 2)
    assert got == (spans[0].start, spans[2].end)
    assert sentences(text).around(spans[0].start, spans[0].end) == (spans[0].start, spans[1].end)
    assert sentences(text).around(len(text), len(text) + 5) is None


OTHER_LANGUAGES = [
    # a title, a rank or a street word before a name: each language's ordinary abbreviations
    "Det. Supt. Alan Cray said the house had been searched twice.",
    "Laut Prof. Dr. Karin Lenz kostet die Brücke rund 4 Mio. Franken mehr.",
    "La Sra. Elena Ruiz vive en la Av. Libertad desde hace veinte años.",
    "Zdaniem prof. Jana Nowaka z ul. Długiej w Gdańsku plan jest zbyt drogi.",
    "O eng. Paulo Matos e a Dra. Inês Vaz chegaram ao local pela manhã.",
    "Menurut Kol. Agus Salim, api sudah padam sejak tengah malam tadi.",
    "Toplantıya Doç. Dr. Murat Kaya da katılacak ve sunum yapacak.",
    # a list's abbreviation or a scale with lower case after it
    "Na rynku brakuje m.in. jabłek, gruszek i śliwek z lokalnych sadów.",
    "Mereka membawa beras, minyak, gula, dll. ke posko pengungsian di desa.",
    "Yollar, köprüler vb. altyapı projeleri için yeni kredi açıldı.",
    "Бюджет міста становить 4,2 млрд грн, тобто т. зв. резерв зменшиться.",
    # initials
    "Про це заявив міністр Й. Ларссон під час брифінгу в столиці.",
    "Le maire, M. J.-P. Roussel, a signé le contrat vendredi soir.",
    # a short word's abbreviation before a number
    "Tuż po godz. 14 prezes Wróblewski stawił się w prokuraturze w Ostrowie.",
    "Śledztwo toczy się w sprawie, o której mowa w art. 173 Kodeksu karnego.",
]


@pytest.mark.parametrize("sentence", OTHER_LANGUAGES)
def test_an_abbreviation_or_an_initial_in_another_language_keeps_its_sentence_whole(sentence: str) -> None:
    text = f"Pierwsze zdanie jest tutaj krótkie. {sentence} Ostatnie zdanie jest tutaj."
    assert sentence in [s.text for s in sentences(text)]


def test_a_quote_that_closes_a_sentence_ends_it_and_the_next_starts_after_it() -> None:
    for first, second in [
        ("„Nie oddamy tej ziemi za darmo.”", "Tak mówił sołtys do zebranych we wsi."),
        ("«Non lasceremo la piazza stasera.»", "Così il portavoce dei manifestanti ieri sera."),
        ("„Wir bleiben hier, bis jemand zuhört.“", "Das sagte die Sprecherin der Anwohner gestern."),
    ]:
        assert [s.text for s in sentences(f"{first} {second}")] == [first, second]


def test_a_line_that_does_not_end_like_a_sentence_is_one_sentence() -> None:
    headline = "Storm hits the coast. Thousands without power as winds reach 140 km/h"
    assert [s.text for s in sentences(headline)] == [headline]
    body = "The storm hit the coast. Thousands of homes were left without power on Monday."
    assert len(sentences(body)) == 2


TRICKY = [
    "He arrived at 9 a.m. Monday. Talks began at 5 p.m. The minister left.",
    "Shares of Acme Inc. The firm fell. It rose 3.5 percent. Analysts cheered.",
    "The U.S. Navy said so. See No. 5 on the list. She lives in St. Louis now. On Jan. 5 the vote failed.",
    "He said “we left. They came” and went. Then rain. (See p. 5.) The end came. Visit example.com. The site is down.",
    "It was over... The crowd left. Why? Nobody knows. Really! Prof. Dr. Kim spoke. Gen. Lee agreed.",
    'She wrote "Stop. Now." and left. He met Lt. Col. Ray. Dr. R. T. Vidmar spoke. Approx. 300 people came.',
    "«Мы ушли. Они пришли», — сказал он. Затем дождь. Встреча прошла в г. Москве. Затем ул. Тверская.",
    "Die Polizei nahm ca. 20 Personen fest. Später mehr. Il a dit: « Non. Jamais. » Puis il est parti.",
    "The firm, Tallis & Co. in Lesk, agreed. Temperatures hit 45.3C. Records fell. etc. The list ends. Ok. Fine.",
    "Carriage return: all homes restored\rNO homes were restored at all.",
]


@pytest.mark.parametrize("paragraph", TRICKY)
def test_a_paragraph_cut_where_a_sentence_plainly_ends_splits_as_pysbd_splits_it_whole(paragraph: str) -> None:
    import re

    from summarise import sentences as module

    language = "ru" if re.search(r"[а-яА-ЯёЁ]", paragraph) else "en"
    whole = [s.strip() for s in module._split_pysbd(paragraph, language)]
    assert [s.strip() for s in module._split(paragraph)] == whole
    assert len(whole) > 1


@pytest.mark.parametrize(
    "paragraph",
    [
        "The minister said: 'We will not stop. We will fight on.' Police arrived later. The crowd left.",
        "She said ‘stop. Now’ and he went. Then the rain came. The crowd left.",
        "Er sagte: »Wir bleiben. Wir gehen.« Dann ging er. »Gut.« Die Polizei kam.",
        "Shares in Yahoo! Japan rose. The firm gained. Analysts cheered.",
    ],
)
def test_a_stop_pysbd_holds_inside_single_quotes_or_guillemets_is_not_cut_before_it(paragraph: str) -> None:
    import re

    from summarise import sentences as module

    language = "ru" if re.search(r"[а-яА-ЯёЁ]", paragraph) else "en"
    whole = [s.strip() for s in module._split_pysbd(paragraph, language)]
    assert [s.strip() for s in module._split(paragraph)] == whole


def test_a_sentence_that_ends_on_a_short_word_and_one_that_opens_with_a_figure_stay_two() -> None:
    golf = "He finished the round two under par. 3 players tied for the lead on Sunday evening."
    assert len(list(sentences(golf))) == 2
    text = "Do wypadku doszło późno w nocy. 13 osób zginęło, a 40 zostało rannych w szpitalach."
    assert [s.text for s in sentences(text)] == [
        "Do wypadku doszło późno w nocy.",
        "13 osób zginęło, a 40 zostało rannych w szpitalach.",
    ]
