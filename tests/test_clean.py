"""The cleaner, line by line on the seeds and on pages in other layouts and languages."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pytest

from summarise.clean import clean_article, clean_text, detect_language, find_outlet
from summarise.inputs.files import load
from summarise.models import Article

from .conftest import SEEDS

FIXTURES = Path(__file__).parent / "fixtures"

# Every sentence of each seed's own story: none may be lost.
STORY = {
    "000_3a528664e92ddcf1": [
        "Russia launched direct passenger flights from Moscow to Pyongyang, which will operate once a month.",
        "with the first flight departing on Sunday evening. This was reported by Bloomberg, informs UNN.",
        "the flights, operated by the Russian airline Nordwind, will be carried out once a month.",
        "Air Koryo already operates air service between Pyongyang and the Russian Pacific port city of Vladivostok.",
        "which last year sent up to 15,000 troops to help Russian forces repel Ukraine's invasion",
        "signing a military agreement last year to expand their strategic partnership",
        "North Korea now provides up to 40% of the artillery ammunition",
        "Russia and North Korea also intend to resume maritime communication.",
        "preparing for a new deployment of military personnel to Russia",
    ],
    "001_ff5772eb55ad7aba": [
        "arrived in Pyongyang on May 20 to further strengthen ties",
        "The visit, which the Russian embassy said would last until May 24,",
        "noting that it would stay in Pyongyang until Friday, May 24.",
        "Inter-parliamentary cooperation and plans for future contacts are among the issues to be discussed.",
        "announced the resumption of passenger trains between Vladivostok and North Korea",
        "Kim Jong Un's visit to Russia on September 12",
        "Russia struck Ukraine with North Korean ballistic missiles on Dec. 30, Jan. 2, and Jan. 6.",
        "North Korea is using Ukraine as a “testing ground”",
        "announced on Jan. 11 that his office received the first evidence",
        "“groundless.”",
        "the Russians fired more than 20 North Korean missiles at Ukraine.",
        "Russia had fired about 50 North Korean Hwasong-11 missiles at six regions of Ukraine.",
        "North Korea has sent about 7,000 containers of ammunition",
    ],
    "002_124f943da4d3affc": [
        "The US Department of State has reported that Russia is determined to increase military cooperation",
        "Patel said North Korea continues to provide military support to Russia",
        "Russian Defence Minister Sergei Shoigu visited North Korea to persuade Pyongyang to sell more weapons.",
        "our information indicates that Russia is seeking to increase this kind of military cooperation",
        "would violate a number of UN Security Council resolutions.",
        "will not hesitate to impose sanctions against North Korea",
        'promised to "hold hands" with Russian President Vladimir Putin',
        "North Korea is seeking closer ties with the Kremlin",
    ],
    "003_46faeb6b32940052": [
        "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend",
        "sending thousands of troops to Russia's Kursk region",
        "will visit the Democratic People's Republic of Korea on July 11-13",
        "North Korea's official Korean Central News Agency reported earlier that Lavrov would visit",
        "Russia announced that it would begin twice-a-week flights between Moscow and Pyongyang.",
        "Rosaviatsia issued an order allowing Moscow-based airline Nordwind",
        "touted the secretive state as a reliable holiday destination.",
        "Around 600 North Korean soldiers have been killed and thousands more wounded",
        "North Korea only confirmed it had deployed troops to support Russia's war in April",
        "honouring the flag-draped coffins",
        "Sergei Shoigu has visited Pyongyang multiple times this year, including last month.",
        "signed a military deal last year, including a mutual defence clause",
        "Shoigu announced that North Korea would send builders and deminers to the Kursk region.",
        '"is highly unusual", Lim Eul-chul',
        "plans for Kim's anticipated visit to Russia",
    ],
    "004_1618ca9304753086": [
        "Russia's Foreign Minister Sergei Lavrov arrived in North Korea on Friday for a working visit",
        '"The minister\'s plane landed at the airport in Wonsan," news agency TASS reported',
        "Russia and North Korean state media announced the visit earlier this week",
        "Pyongyang has emerged as one of the Kremlin's main allies during its offensive in Ukraine.",
        "It sent thousands of troops to Russia's Kursk region",
        "North Korea only confirmed it had deployed troops to support Russia in April.",
        "Russia's Security Council chief Sergei Shoigu has visited Pyongyang multiple times this year",
        "The two heavily sanctioned nations signed a military deal last year",
        "Shoigu announced that North Korea would send builders and deminers to the Kursk region.",
    ],
}

# Page clutter that must be gone: other stories' headlines, counters, pitches, menus.
CLUTTER = {
    "000_3a528664e92ddcf1": [
        "Zircon",
        "Poltava",
        "SOWA",
        "Kropyvnytskyi",
        "Merz",
        "Houthis",
        "Rushchyshyn",
        "переглядiв",
        "views_",
        "Popular",
        "News by theme",
        "Enemy losses",
        "Poland had to",
        "number of injured increased",
        "Lavrov met with Kim Jong Un during visit",
    ],
    "001_ff5772eb55ad7aba": [
        "Oops!",
        "Something went wrong",
        "illustrative photo",
        "Read also",
        "Iskander",
        "300 foreign components",
        "Sea of Japan",
        "donation",
        "Read the original article",
    ],
    "002_124f943da4d3affc": [
        "All Sections",
        "Укр",
        "Support Us",
        "Advertisement",
        "hybrid tribunal",
        "superyacht",
        "Belarusian",
        "Erdoğan",
        "Crimea",
        "Luxembourg",
        "RECENT NEWS",
        "Slovenia",
        "Lars von Trier",
        "F-16",
        "Follow Ukrainska Pravda",
        "00:18",
        "the place where",
    ],
    "003_46faeb6b32940052": [
        "New Delhi oC",
        "(REUTERS)",
        "Also Read",
        "minister's suicide",
        "MH17",
        "3 dead in Ukrainian drone",
        "Get the latest headlines",
        "SHARE",
        "Sign In",
        "mint-logo",
        "ht-tamil",
        "Copyright",
        "Subscribe Now",
        "Live Score",
        "Story Saved",
        "Follow Us On",
        "Create free account",
    ],
    "004_1618ca9304753086": [
        "Support The Moscow Times",
        "MID_Russia",
        "newsletter",
        "Privacy Policy",
        "Dear readers",
        "undesirable",
        "foreign agent",
        "$2",
        "Remind me later",
        "Read more",
        "Monthly",
        "paiment",
    ],
}


@pytest.fixture(scope="module")
def cleaned() -> dict[str, Article]:
    return {a.article_id: clean_article(a) for a in load([SEEDS])}


@pytest.mark.parametrize("article_id", sorted(STORY))
def test_no_sentence_of_the_story_is_lost(cleaned: dict[str, Article], article_id: str) -> None:
    text = cleaned[article_id].cleaned
    for sentence in STORY[article_id]:
        assert sentence in text, sentence


@pytest.mark.parametrize("article_id", sorted(CLUTTER))
def test_clutter_is_removed(cleaned: dict[str, Article], article_id: str) -> None:
    text = cleaned[article_id].cleaned
    for piece in CLUTTER[article_id]:
        assert piece not in text, piece


def test_removed_lines_are_reported_with_reasons(cleaned: dict[str, Article]) -> None:
    report = cleaned["000_3a528664e92ddcf1"].clean_report
    assert report is not None
    assert report.reasons["view counter"] == 12
    assert report.reasons["link to another story"] == 1  # a headline with its own counter
    assert report.reasons["list of other stories"] >= 10
    assert any("Zircon" in line for line in report.removed)
    assert report.chars_after < report.chars_before
    assert report.removed_lines == len(report.removed)


def test_repeated_caption_goes_but_the_sentence_stays(cleaned: dict[str, Article]) -> None:
    article = cleaned["003_46faeb6b32940052"]
    assert article.clean_report is not None
    assert article.clean_report.reasons["repeated caption"] == 2
    assert article.cleaned.count("Korean Central News Agency reported earlier") == 1


@pytest.mark.parametrize(
    ("article_id", "title", "outlet", "published"),
    [
        ("000_3a528664e92ddcf1", "Russia launched direct flights to North Korea: details of cooperation", "UNN", None),
        (
            "001_ff5772eb55ad7aba",
            "Russian delegation visits North Korea to enhance cooperation",
            "The New Voice of Ukraine",
            None,
        ),
        (
            "002_124f943da4d3affc",
            "Russia seeks to increase military cooperation with North Korea",
            "Ukrainska Pravda",
            date(2023, 8, 16),
        ),
        (
            "003_46faeb6b32940052",
            "Russian FM Lavrov to visit Ukraine war ally North Korea",
            "Hindustan Times",
            date(2025, 7, 9),
        ),
        ("004_1618ca9304753086", "Russia's FM Lavrov Arrives in North Korea", "The Moscow Times", None),
    ],
)
def test_metadata_from_the_page(article_id: str, title: str, outlet: str, published: date | None) -> None:
    article = next(a for a in load([SEEDS]) if a.article_id == article_id)
    meta = clean_article(article.model_copy(update={"file_time": None})).meta
    assert meta is not None
    assert (meta.title, meta.outlet, meta.language) == (title, outlet, "en")
    assert meta.published == published
    assert meta.published_source == ("page" if published else "none")


def test_a_date_in_a_link_to_another_story_is_not_the_page_date() -> None:
    text = (SEEDS / "000_3a528664e92ddcf1.txt").read_text()
    assert "12.07.25" in text
    assert clean_text(text).published[0] is None


def test_fallback_dates_say_where_they_came_from() -> None:
    article = load([SEEDS / "004_1618ca9304753086.txt"])[0]
    flagged = clean_article(article, fallback_date=date(2025, 7, 11)).meta
    assert flagged is not None and (flagged.published, flagged.published_source) == (date(2025, 7, 11), "flag")
    timed = clean_article(article.model_copy(update={"file_time": datetime(2025, 7, 12, 8, 0)})).meta
    # The file's time is never a publication date: without the page's own date or --date it is unknown.
    assert timed is not None and (timed.published, timed.published_source) == (None, "none")
    assert flagged.published_where == "--date"
    page = clean_article(load([SEEDS / "002_124f943da4d3affc.txt"])[0], fallback_date=date(2025, 1, 1)).meta
    assert page is not None and page.published_source == "page" and page.published == date(2023, 8, 16)


def test_outlet_falls_back_to_the_file_name() -> None:
    assert find_outlet("No outlet named here.", "reuters_2025-07-11") == ("Reuters", "file-name")
    assert find_outlet("Nothing.", "000_3a528664e92ddcf1")[1] == "file-name"


def test_a_file_named_after_the_story_names_no_outlet() -> None:
    story = "Marenco arrives in Mirava\n\nLivia Marenco arrived in Mirava on Monday."
    assert find_outlet(story, "marenco-arrives-in-mirava-for-talks") == (
        "unknown outlet (marenco-arrives-in-mirava-for-talks)",
        "file-name",
    )
    assert find_outlet(story, "37_marenco-mirava")[0] == "unknown outlet (37_marenco-mirava)"
    assert find_outlet(story, "mirava-herald_2026-03-16") == ("Mirava Herald", "file-name")
    # The slug's words in other forms, or transliterated from the story's own script, are the story's.
    floods = "Floodwaters rose along the Brenna on Thursday as the flooding spread."
    assert find_outlet(floods, "05_brenna-floods-day3")[0] == "unknown outlet (05_brenna-floods-day3)"
    flood = "Die Überschwemmung in Köln hat am Montag begonnen."
    assert find_outlet(flood, "überschwemmung-köln")[0] == "unknown outlet (überschwemmung-köln)"
    quake = "Землетрясение магнитудой 7,1 произошло в Тарсии во вторник."
    assert find_outlet(quake, "25_ru_zemletryasenie-tarsiya")[0] == "unknown outlet (25_ru_zemletryasenie-tarsiya)"


def test_plain_text_in_another_layout() -> None:
    text = (FIXTURES / "wire_story.txt").read_text()
    result = clean_text(text)
    assert "Home" not in result.cleaned.split("\n")
    assert "Most read" not in result.cleaned
    assert "Harbour workers in Rotterdam voted on Tuesday" in result.cleaned
    assert "The union said 4,200 members took part" in result.cleaned
    assert "We use cookies" not in result.cleaned
    assert "Share on" not in result.cleaned
    assert "Port strike ends" not in result.cleaned


def test_html_goes_through_the_main_text_extractor() -> None:
    article = clean_article(load([FIXTURES / "page.html"])[0])
    assert article.meta is not None
    assert article.meta.title == "Council approves new tram line"
    assert article.meta.outlet == "Northern Gazette"
    assert article.meta.published == date(2025, 3, 4)
    assert "The city council approved a new tram line on Monday" in article.cleaned
    assert "Subscribe to our newsletter" not in article.cleaned
    assert "Top stories" not in article.cleaned


def test_an_article_in_another_language() -> None:
    article = clean_article(load([FIXTURES / "de_artikel.txt"])[0])
    assert article.meta is not None and article.meta.language == "de"
    assert "Der Stadtrat hat am Montag" in article.cleaned
    assert "Newsletter" not in article.cleaned
    assert detect_language("Слава і пам'ять, що на це з та до як від не") == "uk"


REVIEWED = FIXTURES / "seed_removed_lines.json"


@pytest.mark.parametrize("article_id", sorted(STORY))
def test_every_removed_line_and_its_reason_as_reviewed(cleaned: dict[str, Article], article_id: str) -> None:
    """Line by line: what goes, and why, is exactly the reviewed list; every other non-blank line stays."""
    import json

    expected = json.loads(REVIEWED.read_text(encoding="utf-8"))[article_id]
    article = cleaned[article_id]
    assert article.clean_report is not None
    assert article.clean_report.removed == expected
    removed_text = [line.split(": ", 1)[1] for line in expected]
    kept = article.cleaned.split("\n\n")
    for raw in article.text.replace("\xa0", " ").split("\n"):
        line = raw.strip()
        if line:
            assert line in removed_text or line in kept, line


def test_the_outlet_comes_from_the_page_before_the_file_name_and_says_where() -> None:
    from summarise.clean import clean_article
    from summarise.models import Article

    text = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said.\n"
    named = Article(article_id="a", path="000_3a52.html", raw=text, text=text, hints={"outlet": "Kessel Courier"})
    hosted = Article(
        article_id="b", path="000_3a52.html", raw=text, text=text, hints={"url": "https://www.kc.example/x"}
    )
    bare = Article(article_id="c", path="kessel-courier.txt", raw=text, text=text)
    got = [clean_article(a).meta for a in (named, hosted, bare)]
    assert [(m.outlet, m.outlet_source) for m in got if m] == [
        ("Kessel Courier", "site name"),
        ("kc.example", "url host"),
        ("Kessel Courier", "file-name"),
    ]


def test_a_markdown_title_is_clean_text() -> None:
    from summarise.clean import clean_text

    text = "# Dam opens in Kessel #\n\nThe new dam opened on Monday in Kessel, the water board said on Monday.\n"
    assert clean_text(text).title == "Dam opens in Kessel"
    assert clean_text(text.replace("# Dam opens in Kessel #", "**Dam opens in Kessel**")).title == "Dam opens in Kessel"


def test_a_related_list_under_a_heading_with_a_colon_ends_the_story_and_channel_pitches_go() -> None:
    from summarise.clean import clean_text

    page = (
        "Землетрясение в Тарсии: число погибших превысило 300\n\n"
        "Число погибших при землетрясении в Тарсии превысило 300 человек, сообщили в министерстве.\n\n"
        "Спасатели продолжают работу в Остреле третьи сутки подряд.\n\n"
        "Читайте также:\nСпасатели из 14 стран прибыли в Острел\n\n"
        "Подписывайтесь на наш канал в Telegram\n"
    )
    cleaned = clean_text(page).cleaned
    assert "Спасатели продолжают работу" in cleaned
    assert "14 стран" not in cleaned and "Telegram" not in cleaned


BODY = (
    "The council voted on Tuesday night to close the old bridge over the river for repairs.\n\n"
    "Work is expected to take at least eight months and will cost the town about 4 million euros.\n"
)


def test_a_standfirst_under_the_headline_is_neither_the_title_nor_the_lead() -> None:
    from summarise.clean import clean_text

    page = (
        "Town news\n\nOld bridge to close for eight months\n"
        "Councillors say there was no other way to keep the crossing safe for lorries and buses\n"
        f"By Ana Petrov\n12 May 2025\n\n{BODY}"
    )
    got = clean_text(page)
    assert got.title == "Old bridge to close for eight months"
    assert got.cleaned.split("\n\n")[1].startswith("The council voted")
    assert "standfirst: Councillors say" in " ".join(got.report.removed)


@pytest.mark.parametrize("label", ["Advertisement", "ANZEIGE", "Publicidad"])
def test_an_advertisements_pitch_above_the_story_is_not_its_headline(label: str) -> None:
    """A pitch under an advertisement's label can be longer than the headline: it is the advertisement's."""
    from summarise.clean import clean_text

    page = (
        f"THE TOWN POST\nHome  News  Sport\n\n{label}\nSkip the queue: renew your residence card online with "
        f"CardAssist today\n\nBUSINESS\n\nOld bridge to close for eight months\n\nBy Ana Petrov\n12 May 2025\n\n"
        f"{BODY}"
    )
    got = clean_text(page)
    assert got.title == "Old bridge to close for eight months"
    assert "Skip the queue" not in got.cleaned


def test_an_empty_advertisement_slot_above_the_headline_leaves_the_headline() -> None:
    from summarise.clean import clean_text

    head = "THE TOWN POST\nHome  News  Sport\n\nAdvertisement\n\n"
    page = f"{head}Old bridge to close for eight months\n\n12 May 2025\n\n{BODY}"
    assert clean_text(page).title == "Old bridge to close for eight months"


def test_a_line_that_names_itself_an_advertisement_is_not_the_headline() -> None:
    from summarise.clean import clean_text

    page = (
        "THE TOWN POST\nHome  News  Sport\n\nAD: Office space in the Old Town – grade A, available from spring"
        f"\n\nBUSINESS\n\nOld bridge to close for eight months\n\nBy Ana Petrov\n12 May 2025\n\n{BODY}"
    )
    assert clean_text(page).title == "Old bridge to close for eight months"


def test_a_standfirst_that_is_a_sentence_before_the_byline_is_not_the_lead() -> None:
    from summarise.clean import clean_text

    page = (
        "Old bridge to close for eight months\n\n"
        "Councillors said there was no other way to keep the crossing safe for lorries and buses.\n\n"
        f"Town desk ·\n\n{BODY}"
    )
    got = clean_text(page)
    assert got.cleaned.split("\n\n")[1].startswith("The council voted")


def test_a_photo_caption_with_its_credit_is_not_the_lead() -> None:
    from summarise.clean import clean_text

    for caption in (
        "Workers inspect the cracked pillars of the old bridge over the river on Monday. (Photo: Jan Ek/Town Post)",
        "Workers inspect the cracked pillars of the old bridge over the river on Monday. (Jan Ek/Town Post)",
        "Robotnicy oglądają popękane filary starego mostu na rzece w poniedziałek. Fot. PAP",
    ):
        got = clean_text(f"Old bridge to close for eight months\n\n{caption}\n\n{BODY}")
        assert got.cleaned.split("\n\n")[1].startswith("The council voted"), caption


def test_a_row_of_share_targets_or_languages_between_pipes_is_furniture() -> None:
    from summarise.clean import clean_text

    rows = ["Facebook | X | WhatsApp | Email | Copy link", "Udostępnij: Facebook | X | E-mail", "PL | EN | DE"]
    rows.append("Udostępnij: Facebook | X | Skopiuj link | 14 komentarzy")  # and the count of comments
    page = "Old bridge to close for eight months\n\n" + "\n\n".join(rows) + f"\n\n{BODY}"
    got = clean_text(page)
    assert not any(row in got.cleaned for row in rows)
    assert "Kestria | 25,000 troops" in clean_text(f"Kestria | 25,000 troops\n\n{BODY}").cleaned
    assert (
        "12 injured | 300 passengers" in clean_text(f"{BODY}\n\nToll | 12 injured | 300 passengers\n\n{BODY}").cleaned
    )


def test_a_place_name_and_a_dash_before_the_lead_is_its_dateline() -> None:
    from summarise.clean import clean_text

    got = clean_text(f"Old bridge to close for eight months\n\nSanta Ana - {BODY}")
    assert got.cleaned.split("\n\n")[1].startswith("The council voted")
    aside = "Kessel - the town on the river - voted on Tuesday to close the old bridge over the river for repairs."
    assert aside in clean_text(f"Old bridge to close for eight months\n\n{aside}\n\n{BODY}").cleaned


def test_a_date_in_figures_with_slashes_is_read_in_the_pages_order() -> None:
    from summarise.clean import clean_text

    headline = "Old bridge to close for eight months\n"
    assert clean_text(f"{headline}By Ana Petrov | 28/04/2025 10:15\n\n{BODY}").published[0] == date(2025, 4, 28)
    assert clean_text(f"{headline}By Ana Petrov | 04/28/2025 10:15\n\n{BODY}").published[0] == date(2025, 4, 28)
    # 03/04/2025 is 3 April or 4 March: a page in English that gives no other sign has no date read from it
    assert clean_text(f"{headline}By Ana Petrov | 03/04/2025 10:15\n\n{BODY}").published[0] is None
    portuguese = (
        "Ponte velha fecha durante oito meses\nPor Ana Petrov\n03/04/2025 10h15\n\n"
        "A câmara votou na terça-feira à noite o encerramento da ponte velha sobre o rio para obras.\n\n"
        "As obras devem durar pelo menos oito meses e vão custar à cidade cerca de 4 milhões de euros.\n"
    )
    assert clean_text(portuguese).published[0] == date(2025, 4, 3)


@pytest.mark.parametrize(
    "line",
    [
        "Reklama",
        "Werbung",
        "31 comments",
        "Komentarze (4)",
        "Commenti (12)",
        "Views: 1 204",
        "Compartir en WhatsApp",
        "(Reporting by Jo Lind; Editing by Sam Vik)",
        "(dpa, Reuters, kb)",
        "Source: AFP, Town Post",
        "Town Post writer Ana Petrov in Kessel contributed to this report.",
        "___",
        "The mayor said the second phase, to the northern bank, would ...",
        "Enjoyed this story? Subscribe for full access.",
        "Subscribe to the Town Post for €2 a month",
        "Load more updates",
        "Update 09:45",
        "The views expressed are the author's own.",
        "Questo sito utilizza cookie tecnici e di profilazione. Accetta tutti | Rifiuta",
        "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с "
        "политикой обработки данных. [Принять]",
        "Bu internet sitesinde deneyiminizi iyileştirmek için çerezler kullanılmaktadır. Siteyi kullanmaya devam "
        "ederek çerez kullanımını kabul etmiş olursunuz. [Tamam] [Çerez Ayarları]",
        "Používame cookies, aby sme vám zobrazovali relevantný obsah a aby sme rozumeli, ako stránku používate. "
        "Kliknutím na „Súhlasím“ vyjadrujete súhlas. [Súhlasím] [Nastavenia]",
        "Käytämme evästeitä sivuston toiminnan parantamiseen. Hyväksy kaikki | Asetukset",
        "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse og vise relevante annonser. Du kan "
        "når som helst endre samtykket ditt. [Godta alle] [Avvis] [Innstillinger]",
        "[Prihvaćam] [Samo nužni] [Postavke]",
        "Council approves new ferry timetable (3 March 2025)",
        "Newsletter Vijesti Plus 24 - najvažnije vijesti svako jutro. Upišite e-mail. Pretplati se",
    ],
)
def test_page_furniture_in_several_languages_is_removed(line: str) -> None:
    from summarise.clean import clean_text

    assert line not in clean_text(f"Old bridge to close for eight months\n\n{BODY}\n{line}\n").cleaned


@pytest.mark.parametrize(
    "line",
    [
        "The government urged residents to sign up.",
        "The regulator said the cookies breached the law on data protection.",
        "The French data regulator fined the retailer 40 million euros on Thursday, saying its websites placed "
        "advertising cookies without users' consent.",
        "Komisja zgodnie uznała, że strona sklepu instalowała pliki cookie bez wiedzy klientów, i nałożyła karę "
        "5 mln zł.",
        "Ticaret Bakanlığı, kuruyemiş ve çerez satan bir internet sitesine 2 milyon lira ceza kesti.",
        "Councillors approved the plan on Tuesday (12 March 2025).",
        "More from the minister's speech follows below, after the vote on the budget was counted.",
    ],
)
def test_sentences_of_the_story_that_look_like_furniture_stay(line: str) -> None:
    from summarise.clean import clean_text

    assert line in clean_text(f"Old bridge to close for eight months\n\n{BODY}\n{line}\n\n{BODY}").cleaned


def test_the_last_sentence_of_the_story_before_a_list_of_other_stories_stays() -> None:
    from summarise.clean import clean_text

    page = f"Old bridge closes\n\n{BODY}\nSix councillors voted against.\n\nLeggi anche\nOther story\n"
    cleaned = clean_text(page).cleaned
    assert "Six councillors voted against." in cleaned and "Other story" not in cleaned


def test_an_html_dateline_without_a_year_takes_the_year_of_the_footer_the_extractor_leaves_out() -> None:
    from summarise.inputs.html import from_html

    paragraphs = "".join(f"<p>{p}</p>\n" for p in BODY.strip().split("\n\n"))
    page = (
        "<html><head><title>Old bridge</title></head><body><article><h1>Old bridge to close for eight months</h1>\n"
        f"<p>By Ana Petrov</p>\n<p>May 12.</p>\n{paragraphs}</article>\n"
        "<footer>© 2024 Town Post. All rights reserved.</footer></body></html>"
    )
    text, hints = from_html(page)
    assert hints["copyright_year"] == "2024"
    article = clean_article(Article(article_id="a", path="bridge.html", raw=page, text=text, hints=hints))
    assert article.meta is not None and article.meta.published == date(2024, 5, 12)


def test_a_file_named_after_an_outlet_the_story_mentions_names_it() -> None:
    story = "The Guardian and the BBC reported the quake. New York officials said the news was bad."
    assert find_outlet(story, "the-guardian-2025-07-11") == ("The Guardian", "file-name")
    assert find_outlet(story, "bbc-news") == ("Bbc News", "file-name")
    assert find_outlet(story, "new-york-times-2025-07-11") == ("New York Times", "file-name")
    assert find_outlet(story, "quake-reported-bad")[0] == "unknown outlet (quake-reported-bad)"


def test_a_saved_page_names_its_outlet_by_the_masthead_its_address_spells() -> None:
    from summarise.clean import clean_article
    from summarise.models import Article

    story = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said on Monday.\n"
    page = "https://www.kesselcourier.example/news/dam-opens\nKessel Courier\nMenu | Search\n\n" + story
    bare = "https://edition.kc.example/news/dam-opens\nNews\nMenu | Search\n\n" + story
    got = [
        clean_article(Article(article_id=n, path="23_dam-opens-kessel.txt", raw=t, text=t)).meta
        for n, t in (("a", page), ("b", bare))
    ]
    assert [(m.outlet, m.outlet_source) for m in got if m] == [
        ("Kessel Courier", "text"),
        ("edition.kc.example", "url host"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il ministro ha detto martedì che i colloqui riprenderanno la prossima settimana a Roma. Le due parti non"
         " hanno ancora trovato un accordo sul prezzo del gas, ma il governo si dice fiducioso.", "it"),
        ("O ministro disse na terça-feira que as negociações serão retomadas na próxima semana em Lisboa. As duas"
         " partes ainda não chegaram a um acordo sobre o preço do gás, mas o governo mostrou-se confiante.", "pt"),
        ("Minister powiedział we wtorek, że rozmowy zostaną wznowione w przyszłym tygodniu w Warszawie. Obie"
         " strony nie osiągnęły jeszcze porozumienia w sprawie ceny gazu, ale rząd jest dobrej myśli.", "pl"),
        ("Bakan salı günü yaptığı açıklamada görüşmelerin gelecek hafta Ankara'da yeniden başlayacağını söyledi."
         " İki taraf doğal gaz fiyatı konusunda henüz anlaşmaya varamadı, ancak hükümet umutlu olduğunu"
         " belirtti.", "tr"),
        ("Menteri mengatakan pada hari Selasa bahwa perundingan akan dilanjutkan minggu depan di Jakarta. Kedua"
         " pihak belum mencapai kesepakatan tentang harga gas, tetapi pemerintah mengaku optimistis.", "id"),
        ("Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα. Οι δύο"
         " πλευρές δεν έχουν ακόμη καταλήξει σε συμφωνία για την τιμή του φυσικού αερίου.", "el"),
        ("Ministeri sanoi tiistaina, että neuvottelut jatkuvat ensi viikolla Helsingissä. Osapuolet eivät ole"
         " vielä päässeet sopuun kaasun hinnasta, mutta hallitus on sen mukaan luottavainen.", "fi"),
        ("A miniszter kedden azt mondta, hogy a tárgyalások jövő héten folytatódnak Budapesten. A két fél még"
         " nem jutott megállapodásra a gáz áráról, de a kormány bizakodó.", "hu"),
        ("Ministern sade på tisdagen att samtalen ska återupptas nästa vecka i Stockholm. De två parterna har"
         " ännu inte kommit överens om priset på gas, men regeringen säger att den är hoppfull.", "sv"),
        ("The minister said on Tuesday that the talks would resume next week in London. The two sides have not"
         " yet agreed on the price of gas, but the government said it was hopeful.", "en"),
    ],
)  # fmt: skip
def test_the_language_of_a_report_in_any_of_europes_languages(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_every_page_of_the_corpus_is_read_in_its_own_language() -> None:
    """The corpus's file names carry the language of the pages not in English ("37_it_...", "46_id_...")."""
    pages = sorted(p for p in (FIXTURES / "pages").iterdir() if p.suffix in (".txt", ".html"))
    for page in pages:
        code = page.stem.split("_")[1] if re.fullmatch(r"\d+_[a-z]{2}_.*", page.stem) else "en"
        article = clean_article(load([page])[0])
        assert article.meta is not None and article.meta.language == code, page.name


def test_a_file_named_by_words_no_masthead_holds_names_no_outlet() -> None:
    story = "Fire crews fought a wildfire near Dorsk on Sunday, the regional fire service said."
    assert find_outlet(story, "12_wildfire-caption-date")[0] == "unknown outlet (12_wildfire-caption-date)"
    assert find_outlet(story, "35_uk_viiska-kordon")[0] == "unknown outlet (35_uk_viiska-kordon)"
    assert find_outlet(story, "dorsk-courier_2026-03-01") == ("Dorsk Courier", "file-name")
    assert find_outlet(story + " Dorsk Online reported it first.", "dorsk-online") == ("Dorsk Online", "file-name")


@pytest.mark.parametrize("stem", ["gaza-city", "donald-trump", "kharkiv-strike", "Gaza City"])
def test_a_file_named_after_a_place_or_person_the_story_names_is_no_outlet(stem: str) -> None:
    story = "Donald Trump spoke of the strike on Kharkiv as crowds gathered in Gaza City on Sunday, officials said."
    assert find_outlet(story, stem) == (f"unknown outlet ({stem})", "file-name")


def test_an_unreadable_address_on_a_saved_page_costs_the_outlet_not_the_article() -> None:
    story = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said on Monday.\n"
    for text, hints in (
        ("https://[2001:db8::1/news/dam\n\n" + story, {}),
        (story, {"url": "https://[2001:db8::1/news/dam"}),
    ):
        meta = clean_article(
            Article(article_id="a", path="23_dam-opens-kessel.txt", raw=text, text=text, hints=hints)
        ).meta
        assert meta is not None and meta.outlet == "unknown outlet (23_dam-opens-kessel)"


def test_an_address_by_number_is_not_spelled_by_a_masthead() -> None:
    story = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said on Monday.\n"
    text = "http://192.168.10.20/news/dam\n192\n\n" + story
    meta = clean_article(Article(article_id="a", path="23_dam-opens-kessel.txt", raw=text, text=text)).meta
    assert meta is not None and (meta.outlet, meta.outlet_source) == ("192.168.10.20", "url host")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("서울에서 화요일 대통령이 기자회견을 열고 새 예산안을 발표했다.", "ko"),
        ("東京で火曜日、首相が記者会見を開き、新しい予算案を発表した。", "ja"),
        ("北京周二举行了新闻发布会，总理宣布了新的预算方案。", "zh"),
        # A Chinese report that quotes a Japanese company's name in kana is still Chinese.
        (
            "北京周二举行了新闻发布会，总理宣布了新的预算方案。日本首相在ソニー总部发表讲话，双方讨论了经济合作和贸易问题。",
            "zh",
        ),
        ("ראש הממשלה אמר ביום שלישי כי השיחות יימשכו בשבוע הבא.", "he"),
    ],
)
def test_a_language_with_a_script_of_its_own_is_told_by_its_script(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_slug_that_ends_in_wire_names_no_outlet() -> None:
    story = "A strong earthquake struck Tarsia on Tuesday, the national seismic service said."
    assert find_outlet(story, "01_tarsia-quake-wire")[0] == "unknown outlet (01_tarsia-quake-wire)"


def test_a_feature_page_with_a_photograph_credit_and_a_reading_time_keeps_its_headline_and_lead() -> None:
    """Shapes of a long read: a headline that opens with a quotation, a standfirst, the byline beside the
    photographer's, a reading time with widgets, a caption credited "Photograph: ...", then the story."""
    page = (
        "THE NORTHERN QUARTERLY\nWeekend | Long Reads | Archive\n\n"
        '"We heard it before we saw it": the night the river came\n'
        "When the levee failed, a small town lost its streets and its trust in the company upstream. Our "
        "correspondent spent the week there.\n"
        "By Elin Marsh, photographs by Tomas Vrba\nSaturday 19 September 2026\n"
        "14 min read · Share | Save | Gift this article\n\n"
        "The market square, where the water rose to the first-floor windows. Photograph: Tomas Vrba for The "
        "Northern Quarterly\n\n"
        "The levee gave way at twenty to six on Tuesday morning, while most of the town was still asleep.\n\n"
        "By early afternoon the river had swallowed the road and the only bridge into the village downstream.\n"
    )
    got = clean_text(page)
    assert got.title == '"We heard it before we saw it": the night the river came'
    assert got.cleaned.split("\n\n")[1].startswith("The levee gave way at twenty to six")
    assert "standfirst" in got.report.reasons and "reading time" in got.report.reasons
    assert "Photograph" not in got.cleaned and got.published[0] == date(2026, 9, 19)


def test_a_date_stamped_as_the_update_wins_over_the_date_under_the_masthead() -> None:
    page = (
        "THE DRELIN HERALD\nSaturday, 19 September 2026\nHome | World | Live\n\n"
        "UPDATE 16 September 2026, 19:40 — death toll revised\n\n"
        "Dam disaster: death toll rises to 23 as chief engineer is arrested\nBy Herald staff\n\n"
        "The number of people killed when the dam burst on Tuesday has risen to 23, prosecutors said on Wednesday.\n\n"
        "Roads into the town remain closed to all but emergency vehicles, and about 2,600 people are in shelters.\n"
    )
    assert clean_text(page).published[0] == date(2026, 9, 16)


@pytest.mark.parametrize(
    ("byline", "widget"),
    [
        ("Por Lucía Aranda Pozo | Corresponsal en Europa Central y del Este", "Advertisement · Scroll to continue"),
        ("Por Lucía Aranda Pozo | Corresponsal en Europa Central y del Este", "Purchase Licensing Rights"),
    ],
)
def test_bylines_ad_markers_and_widgets_of_other_sites_are_no_story(byline: str, widget: str) -> None:
    page = (
        "Detienen al ingeniero jefe de la presa mientras el número de muertos sube a 26\n"
        f"{byline}\n16 sep. 2026 - 21:35 CEST\n\n"
        "La policía detuvo este miércoles al ingeniero jefe de la presa, sospechoso de homicidio imprudente.\n\n"
        f"{widget}\n\n"
        "El balance de víctimas sigue creciendo, según la Agencia de Protección Civil y el ayuntamiento.\n"
    )
    cleaned = clean_text(page).cleaned
    assert byline not in cleaned and widget not in cleaned
    assert cleaned.split("\n\n")[1].startswith("La policía detuvo")


@pytest.mark.parametrize(
    "sentence",
    [
        "Die letzte große Überprüfung fand laut Ministerium am 12. Oktober 2025 statt.",
        "Man hat die Kontrolle an die Firmen delegiert, z. B. bei den jährlichen Prüfungen, sagte er.",
        "Woensdag werd de hoofdingenieur van de dam, ir. Emil Reske, in zijn woning gearresteerd.",
    ],
)
def test_a_day_of_the_month_and_short_titles_with_a_full_stop_end_no_sentence(sentence: str) -> None:
    from summarise.sentences import sentences

    text = f"Der Damm brach am Dienstag um 5.40 Uhr. {sentence} Danach kamen die Retter ins Tal."
    assert sentence in [s.text for s in sentences(text)]


def test_a_figure_after_a_weekday_is_a_figure_and_dutch_qualifiers_stay_with_it() -> None:
    from summarise.figures import figures

    text = (
        "As of Saturday, 36 people are known to have died and 19 are still missing. "
        "Volgens de politie liepen er ruim 3.000 mensen mee, de organisatie sprak van meer dan 10.000."
    )
    found = [f.text for f in figures(text, "a", "Outlet", date(2026, 9, 19), "page")]
    assert any(f.startswith("36 people") for f in found)
    assert any(f.startswith("ruim 3.000") for f in found) and any(f.startswith("meer dan 10.000") for f in found)
    assert not any(
        f.startswith("19 September") for f in figures("On Saturday, 19 September, it rained.", "a", "O", None, "none")
    )


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Skip to main content\nTHE DRELIN HERALD\nWorld | Business | Sport\nEN | FR\n", "The Drelin Herald"),
        ("CRÓNICA DE ALTAMAR\nInternacional | Economía\nSuscríbete | Iniciar sesión\n", "Crónica de Altamar"),
        ("Погода: +8°\nНовостной портал «Вестник Дня»\nГлавная | Мир\n", "Новостной портал «Вестник Дня»"),
        ("The Morning Standard — Lusitra edition\nHome › World\nSaturday, 2 August 2025\n", "The Morning Standard"),
        ("Home › World › Europe\nMenu\n", "unknown outlet (23_dam-opens-kessel)"),  # controls and menus only
        ("Opinion\nLong Read\n", "unknown outlet (23_dam-opens-kessel)"),  # a section's name is no outlet's
        ("By Jane Doe\n", "unknown outlet (23_dam-opens-kessel)"),  # nor a byline
        ("", "unknown outlet (23_dam-opens-kessel)"),  # a page that starts with its headline names none
    ],
)
def test_a_saved_page_is_named_by_the_masthead_above_its_headline(header: str, outlet: str) -> None:
    story = (
        "New dam opens in Kessel after eleven years of building work\n\n"
        "The new dam opened on Monday in Kessel, the water board said on Monday.\n"
    )
    text = header + "\n" + story
    meta = clean_article(Article(article_id="a", path="23_dam-opens-kessel.txt", raw=text, text=text)).meta
    assert meta is not None and meta.outlet == outlet


def test_a_masthead_in_capitals_spells_its_address_with_the() -> None:
    story = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said on Monday.\n"
    text = "https://www.solvenledger.example/economy/dam\nTHE SOLVEN LEDGER\nMarkets | Economy\n\n" + story
    meta = clean_article(Article(article_id="a", path="23_dam-opens-kessel.txt", raw=text, text=text)).meta
    assert meta is not None and (meta.outlet, meta.outlet_source) == ("The Solven Ledger", "text")


def test_a_teaser_the_story_repeats_further_down_is_no_lead() -> None:
    """Under the byline some sites print a teaser that the story later opens a longer sentence with: the lead
    is the story's first line, not the teaser."""
    teaser = "Pyongyang has emerged as one of the Kremlin's main allies during its Ukraine invasion."
    lead = "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, officials said on Wednesday."
    page = (
        "Russian FM Lavrov to visit Ukraine war ally North Korea\n\nAFP |\nUpdated on: Jul 09, 2025 08:03 PM IST\n\n"
        f"{teaser}\n\n{lead}\n\n"
        "Pyongyang has emerged as one of the Kremlin's main allies during its Ukraine invasion, sending thousands "
        "of troops to Russia's Kursk region.\n"
    )
    got = clean_text(page)
    assert got.cleaned.split("\n\n")[1] == lead and "standfirst" in got.report.reasons
    alone = page.replace(teaser + "\n\n", "")  # a first line the story does not repeat stays the lead
    assert clean_text(alone).cleaned.split("\n\n")[1] == lead


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("THE DRELIN HERALD", "The Drelin Herald"),
        ("CRÓNICA DE ALTAMAR", "Crónica de Altamar"),
        ("EL PAÍS", "El País"),
        ("CNN", "CNN"),  # letters, not a word
        ("ABC NEWS", "ABC News"),
        ("Il Corriere di Sentia", "Il Corriere di Sentia"),  # as printed
        ("EKONOMİ PUSULASI", "Ekonomi Pusulası"),  # a dotted capital İ is i, with no dot added; I is ı
        ("DENİZCİLİK POSTASI", "Denizcilik Postası"),
        ("İZMİR GÜNDEM", "İzmir Gündem"),
        ("HÜRRİYET DAILY NEWS", "Hürriyet Daily News"),  # its English words stay English
        ("TÜRKİYE BUSINESS INSIDER", "Türkiye Business Insider"),
        ("İSTANBUL FINANCE WIRE", "İstanbul Finance Wire"),
    ],
)
def test_a_masthead_in_capitals_is_written_as_a_name_and_its_letters_stay(printed: str, name: str) -> None:
    from summarise.metadata import as_name, masthead

    assert as_name(printed) == name
    assert masthead("CNN\nWorld | US\n", "edition.cnn.com") == "CNN"


def test_a_wire_headline_with_its_version_and_a_headline_that_ends_in_a_quotation_are_headlines() -> None:
    from summarise.clean import clean_text, header_masthead

    wire = (
        "CONTINENTAL WIRE\nWorld | Business | Markets\nSign In    Register\n\n"
        "UPDATE 2-Turkey's president fires central bank governor, names successor\n\nBy Ann Lee\n"
        "March 18, 2026 9:05 PM UTC\n\nANKARA, March 18 - The president dismissed the central bank governor late "
        "on Wednesday and named a successor, according to decrees published in the gazette.\n\nThe decree "
        "gave no reason for the governor's removal, and the bank declined to comment on it.\n"
    )
    got = clean_text(wire)
    assert got.title.startswith("UPDATE 2-Turkey's president fires")
    assert header_masthead(wire, got.title) == "Continental Wire"
    quoted = (
        "EKONOMİ PUSULASI\nAnasayfa | Ekonomi | Piyasalar\n\n"
        'Görevden alınan Başkan Özkaya sessizliğini bozdu: "Faiz indirimi için yoğun telkin aldım"\n\n'
        "Çarşamba gecesi görevden alınan Levent Özkaya, kararı Resmî Gazete'den öğrendiğini söyledi bugün.\n\n"
        "20 Mart 2026 Cuma, 13:48\n\nÖzkaya, cuma günü yaptığı açıklamada baskı gördüğünü ve istifa etmediğini "
        "söyledi, bankanın bağımsızlığının korunması gerektiğini de ekledi.\n"
    )
    got = clean_text(quoted)
    assert got.title.startswith("Görevden alınan Başkan Özkaya sessizliğini bozdu")
    assert got.published[0] == date(2026, 3, 20)


@pytest.mark.parametrize(
    ("tag", "headline", "site"),
    [
        ("Thousands walk out at the plant | Iberia Today", "Thousands walk out at the plant", "Iberia Today"),
        ("Grupo turco vai investir – Notícias da Ria", "Grupo turco vai investir", "Notícias da Ria"),
        ("Diario del Sur - Miles de trabajadores marchan", "Miles de trabajadores marchan", "Diario del Sur"),
        ("Thousands walk out at the plant", "Thousands walk out at the plant", None),  # no site beside it
        ("Strike - what we know so far | live", "Strike at the plant", None),  # the rest is not the headline
        ("Lira slides – analysts react | Iberia Today", "Lira slides – analysts react", "Iberia Today"),
        ("Turkey fires central bank governor | Economy", "Turkey fires central bank governor", None),  # a section
        ("Live updates - Turkey fires governor", "Turkey fires governor", None),
        ("Turkey fires central bank governor - |", "Turkey fires central bank governor", None),
        # a title in other words than the headline: the name after the bar is still the site's
        ("Ceasefire live: deal signed – as it happened | Northline News", "Rebels sign deal", "Northline News"),
        ("Ceasefire live: deal signed | World", "Rebels sign deal", None),  # a section
        ("Ceasefire live: deal signed | what we know", "Rebels sign deal", None),  # no name
        ("Ceasefire live: deal signed | 10.11.2026", "Rebels sign deal", None),  # a date
        ("Ceasefire live: deal signed | Page 2", "Rebels sign deal", None),  # a page's number
        ("Kestria ceasefire live: deal signed | Kestria", "Rebels sign deal", None),  # the story's topic
        ("Les dockers de Port Ilvan en grève - Le Journal Maritime", "Les dockers en grève", "Le Journal Maritime"),
        ("Vardenholm po wybuchu: mieszkańcy wracają - Fakty24 Świat", "Vardenholm po wybuchu", "Fakty24 Świat"),
        ("Ceasefire live: deal signed – As It Happened", "Rebels sign deal", None),  # a title's tail
        ("Ceasefire live: deal signed – Live Updates", "Rebels sign deal", None),  # a section
    ],
)
def test_a_pages_title_names_its_site_beside_the_headline(tag: str, headline: str, site: str | None) -> None:
    from summarise.inputs.html import title_site

    assert title_site(tag, headline) == site


def test_a_site_name_that_holds_the_headline_is_no_site_name() -> None:
    """ "Analysis: <the headline> | The Carvelian Review": the page's outlet is the Review, not its title."""
    from pathlib import Path

    from summarise.inputs.files import read_article

    page = (
        Path(__file__).parent / "fixtures" / "merge_pipeline8" / "pages" / "06_analysis-chemical-plant-inspections.html"
    )
    assert read_article(page, "a").hints["outlet"] == "The Carvelian Review"


def test_a_quotation_that_closes_a_sentence_with_a_stop_inside_is_prose_and_a_dated_update_line_is_no_outlet() -> None:
    from summarise.clean import header_masthead
    from summarise.head import is_prose

    assert is_prose("Le gouverneur limogé a déclaré vendredi : « Je n'ai jamais cédé aux pressions du palais. »")
    assert is_prose("He said the bank would have to act, and quickly: ‘cut rates now.’”")
    page = "Updated 13-06-2025\n\nA headline of the day about the floods\n\nThe river rose overnight and flooded towns."
    assert header_masthead(page, "A headline of the day about the floods") is None


def test_a_page_title_keeps_its_letters_and_a_papers_name_is_no_section() -> None:
    from summarise.inputs.html import from_html, title_site

    page = (
        "<html><head><title>Strike ends | Correio do Süd</title></head><body><h1>Strike ends</h1><p>The strike at "
        "the plant ended on Monday after four days of talks between the union and the management.</p></body></html>"
    )
    assert from_html(page)[1]["outlet"] == "Correio do Süd"
    assert title_site("Erdogan fires governor | WELT", "Erdogan fires governor") == "WELT"
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + page
    assert from_html(xhtml)[1]["title"] == "Strike ends"


def test_a_site_name_that_is_the_headline_gives_way_to_the_titles_site() -> None:
    from summarise.inputs.html import from_html

    headline = "France's Veltra agrees to buy Dutch packaging maker Norbeck for EUR 2.1bn"
    body = (
        f"<body><h1>{headline}</h1><p>French packaging group Veltra has agreed to buy Dutch rival Norbeck for "
        "EUR 2.1bn in cash, the two companies said on Tuesday, creating a large maker of packaging.</p></body>"
    )
    page = f"<html><head><title>{headline} | Market Ledger</title></head>{body}</html>"
    assert from_html(page)[1]["outlet"] == "Market Ledger"
    bare = f"<html><head><title>{headline}</title></head>{body}</html>"
    assert "outlet" not in from_html(bare)[1]  # no site named: none, never the headline


def test_a_mastheads_name_above_a_long_menu_and_without_its_edition() -> None:
    from summarise.clean import clean_text, header_masthead

    menu = "\n".join(["Início", "Região", "Algarve", "País", "Desporto", "Opinião", "Classificados"] * 3)
    lead = (
        "A aldeia de Monte Seixo foi evacuada na madrugada desta terça-feira devido ao incêndio que lavra desde "
        "segunda-feira na serra da Malhada, disse a Proteção Civil."
    )
    page = f"Diário do Barlavento\n{menu}\n\nIncêndio obriga a evacuar aldeia de Monte Seixo\n\n{lead}\n"
    assert header_masthead(page, clean_text(page, None).title) == "Diário do Barlavento"
    edition = page.replace("Diário do Barlavento", "Radio Vltava Today - English service")
    assert header_masthead(edition, clean_text(edition, None).title) == "Radio Vltava Today"
    logo_only = page.replace("Diário do Barlavento\n", "")  # a menu item is no name
    assert header_masthead(logo_only, clean_text(logo_only, None).title) is None
    menu_row = "Jobs | Events | Podcasts\nThe Daily Ledger\nFloods hit Grevenau\n\n" + lead + "\n"
    assert header_masthead(menu_row, "Floods hit Grevenau") == "The Daily Ledger"


@pytest.mark.parametrize(
    "line",
    [
        "© 2026 Ziarul de Nord. Toate drepturile rezervate. Preluarea materialelor este permisă doar cu sursa.",
        "Copyright © 2026 Brdovský deník, všechna práva vyhrazena",
        "PUBLICITATE",
        "Comentarii (56)",
        "Čtěte také: Nemocnice v Hostěnicích otevřela nové oddělení",
        "Citește și: Prețul pâinii crește din octombrie",  # a line, not the end of the story
    ],
)
def test_furniture_in_more_languages(line: str) -> None:
    from summarise.clean import clean_text

    lead = (
        "Mihaela Ursachi a câștigat turul al doilea al alegerilor pentru funcția de primar al municipiului "
        "Costeni, a anunțat luni consiliul electoral."
    )
    page = f"Ursachi câștigă la Costeni\n\n{lead}\n\n{line}\n\nValeriu Ganea nu a apărut în fața presei luni.\n"
    cleaned = clean_text(page, None).cleaned
    assert line not in cleaned and lead in cleaned


def test_a_stamp_a_day_ahead_is_the_pages_date_and_a_month_is_never_read_as_its_first_day(tmp_path: Path) -> None:
    """A page written east of the reader is dated tomorrow; a stamp further ahead is no date, and the parser's
    reading of it as its month ("2026-11" -> 1 November) must not stand in for one: the byline's date is read."""
    from summarise.inputs.html import _declared_date

    page = (
        '<html><head><meta property="article:published_time" content="2026-11-28T20:10:00+00:00"><title>Fire</title>'
        "</head><body><article><h1>Fire near Porto Selvo forces 180 people out</h1>"
        '<p class="byline">By Helena Cordovil · <time datetime="2026-11-28T20:10:00+00:00">28 November 2026, 20:10'
        "</time></p><p>A scrub fire forced about 180 people out of a campsite near Porto Selvo on Saturday, the"
        " provincial civil protection said. It was under control by the evening.</p>"
        "<p>About 120 firefighters fought the fire with two helicopters.</p></article></body></html>"
    )
    assert _declared_date(page, date(2026, 11, 27)) == "2026-11-28"
    assert _declared_date(page, date(2026, 11, 20)) is None
    first = page.replace("2026-11-28T20:10:00+00:00", "2026-11-01T08:00:00+00:00").replace("28 November", "1 November")
    assert _declared_date(first, date(2026, 11, 27)) == "2026-11-01"
    march = page.replace("2026-11-28T20:10:00+00:00", "01.03.2026")  # a first of the month written another way
    assert _declared_date(march, date(2026, 11, 27)) == "2026-03-01"
    path = tmp_path / "fire.html"
    path.write_text(page, encoding="utf-8")
    article = clean_article(load([path])[0])
    assert article.meta is not None and article.meta.published == date(2026, 11, 28)


def test_a_dotted_date_with_spaces_under_the_byline_is_the_pages_date() -> None:
    """Czech, Slovak and German write "25. 11. 2026"; the space after each dot must not hide the date."""
    text = (
        "Finanční Kurýr.cz\nZprávy | Trhy | Ekonomika | Firmy\nEkonomika › Svět\n"
        "Guvernérka Korsaková: Jsme připraveni sazby zvýšit znovu\nEva Hradecká\n25. 11. 2026 19:10\n"
        "Guvernérka Národní banky Istrenie Livia Korsaková na tiskové konferenci v Bregově nevyloučila, že banka "
        "bude úrokové sazby zvyšovat i v příštích měsících. Bankovní rada krátce předtím zvedla hlavní sazbu.\n"
        "Inflace v Istrenii v říjnu dosáhla 6,8 procenta, tedy více než dvojnásobku cíle centrální banky.\n"
    )
    result = clean_text(text)
    assert result.published[0] == date(2026, 11, 25)


def test_a_headline_that_quotes_in_french_guillemets_is_the_headline() -> None:
    """A closing » is a quotation's, not a breadcrumb's: "le Sunderra salue « un premier pas, pas le dernier »"."""
    text = (
        "La Voix des Frontières\nAccueil | International | Europe | Diplomatie\nInternational > Europe\n"
        "Échange de prisonniers : le Sunderra salue « un premier pas, pas le dernier »\nPar Camille Dorval\n"
        "Le chef de la diplomatie du Sunderra, Tomas Aldring, a salué l'échange de prisonniers comme « un premier "
        "pas », lors d'une conférence de presse à Lenvik.\nPlus de cinquante prisonniers ont été remis à leur pays "
        "dans l'après-midi, selon les autorités des deux pays.\n"
    )
    assert clean_text(text).title == "Échange de prisonniers : le Sunderra salue « un premier pas, pas le dernier »"
    middle = text.replace("« un premier pas, pas le dernier »", "« un premier pas » vers la paix")
    assert clean_text(middle).title == "Échange de prisonniers : le Sunderra salue « un premier pas » vers la paix"


def test_a_hungarian_date_line_with_its_year_first_is_the_pages_date() -> None:
    """Hungarian writes the year first ("2026. november 20. 22:41"): a header line so dated dates the page,
    and the same phrase in a sentence is a day."""
    text = (
        "SPORTHÍRADÓ\n\nKorbai fejesével nyert a Dravenna\n\n2026. november 20. 22:41\n\n"
        "Korbai Levente szerzett győztes gólt csütörtök este a lorveniai labdarúgókupa döntőjében.\n"
    )
    assert clean_text(text).published[0] == date(2026, 11, 20)
    from summarise.dates import first_resolved

    got = first_resolved("A bíróság 2025. március 5. napján döntött.", date(2026, 11, 20))
    assert got.start == date(2025, 3, 5) and got.precision == "day"


def test_an_advertisements_pitch_under_its_label_is_furniture_but_a_paragraph_after_an_empty_slot_stays() -> None:
    from summarise.clean import clean_text

    pitch = "Pellmore Insurance - cover for the whole family from 12 crowns a month. Get a quote"
    text = f"Old bridge to close for eight months\n\n{BODY}\n\nADVERTISEMENT\n{pitch}\n\n{BODY}"
    assert pitch not in clean_text(text).cleaned
    story = "Inspectors closed the company's central kitchen on Monday evening after finding serious failures."
    text = f"Old bridge to close for eight months\n\n{BODY}\n\nADVERTISEMENT\n{story}\n{BODY}"
    assert story in clean_text(text).cleaned  # the label of an empty slot, the story's paragraphs after it
    pitch = "Orbenna Подорожі — зимові тури до теплих країн зі знижкою до 25%. Бронюйте до неділі."
    assert pitch not in clean_text(f"Old bridge to close\n\n{BODY}\n\nРЕКЛАМА\n{pitch}\n\n{BODY}").cleaned
    # A dateline or a quotation under an empty slot's label is the story's, whatever its alphabet or dash.
    for told in (
        "BERLIN — The central bank raised its key rate by half a point.",
        "Владимир Путин — о решении: «Ошибка».",
    ):
        kept = clean_text(f"Old bridge to close\n\n{BODY}\n\nADVERTISEMENT\n{told}\n\n{BODY}").cleaned
        assert told.split("— ")[1] in kept


@pytest.mark.parametrize(
    "link",
    [
        "Skip to main content",
        "Hoppa till innehållet",
        "Zum Inhalt springen",
        "Aller au contenu principal",
        "Siirry pääsisältöön",
        "Перейти до основного вмісту",
        "Przejdź do głównej treści",
        "Zum Hauptinhalt springen",
        "Ana içeriğe geç",
        "Μετάβαση στο κύριο περιεχόμενο",
        "Langsung ke konten utama",
        "Direkt zum Inhalt",
        "Ugrás a tartalomhoz",
        "Pular para o conteúdo",
        "Перейти к содержимому",
        "Gå til hovedinnhold",
        "Přeskočit na obsah",
        "Sari la conţinut",
        "Hyppää sisältöön",
    ],
)
def test_a_skip_to_content_link_is_no_masthead(link: str) -> None:
    from summarise.clean import clean_article
    from summarise.models import Article

    text = f"{link}\nDagens Utblick\nNyheter | Inrikes | Utrikes | Sport\n\nSkogsbranden under kontroll\n\n{BODY}"
    page = Article(article_id="x", path="skogsbranden-under-kontroll-efter-fyra-dygn.txt", raw=text, text=text)
    meta = clean_article(page).meta
    assert meta is not None and meta.outlet == "Dagens Utblick"


def test_a_byline_at_the_end_of_the_text_dates_a_page_whose_top_gives_none() -> None:
    from summarise.clean import clean_text

    story = "Directorul companiei Tovena Catering a fost reținut ieri dimineață, la o zi după moartea a doi copii."
    byline = "Autor: Andreea Vlăsceanu | 20 noiembrie 2026, 10:45"
    text = f"Directorul firmei de catering, reținut de poliție\n\n{story}\n\n{byline}\n"
    assert clean_text(text).published[0] == date(2026, 11, 20)
    quoted = f"Directorul firmei de catering, reținut de poliție\n\n{story}\n\nBy 2030 the plan will cost more.\n"
    assert clean_text(quoted).published[0] is None
    # A byline just above an advertisement and a list of other stories is the story's: Danish "Af", or a name, a
    # dash and the date.
    tail = "ANNONCE\nFjordbo Boligudlejning – lejligheder tæt på stationen. Se ledige boliger nu.\n\nMest læste\n"
    tail += "1. Storm ventes at ramme vestkysten\n2. Bagerkæde lukker seks butikker\n"
    signed = "Af Signe Krogsbøl · 26. november 2026 kl. 08.15"
    got = clean_text(f"Hospitalerne kører igen\n\n{story}\n\n{signed}\n\n{tail}")
    assert got.published[0] == date(2026, 11, 26) and signed not in got.cleaned
    # A name and a date alone have the shape of a related story's headline: neither dates the page.
    for line in ("Luca Berardengo — 24 novembre 2026", "Oil Prices Climb — 14 October 2026"):
        assert clean_text(f"Hospitalerne kører igen\n\n{story}\n\n{line}\n\n{tail}").published[0] is None
    # A bar between the name and the date is no row of links.
    barred = f"Directorul firmei\n\n{story}\n\nAutor: Andreea Vlăsceanu | 20 noiembrie 2026\n"
    assert clean_text(barred).published[0] == date(2026, 11, 20)
    # "Text:" labels a byline in Czech, German and Scandinavian papers, above the site's own footer, and may stand
    # below the lists of other stories.
    footer = "O nás | Redakce | Inzerce | Kontakty\n© Denní Kurýr, a. s. Všechna práva vyhrazena.\n"
    signed = "Text: Kamila Střelcová, zpravodajka | pondělí 30. listopadu 2026, 18:20"
    texted = f"Zadržen inženýr\n\n{story}\n\n{signed}\n\n{footer}"
    assert clean_text(texted).published[0] == date(2026, 11, 30)
    listed = "ČTĚTE TAKÉ\n- Ve Strevii se zřítil most do řeky\n- Bilance neštěstí v Kostravě\n\n"
    listed += "NEJČTENĚJŠÍ\n1. Zimní pneumatiky: co hrozí řidičům\n"
    got = clean_text(f"Zadržen inženýr\n\n{story}\n\n{listed}\n{signed}\n\n{footer}")
    assert got.published[0] == date(2026, 11, 30) and signed not in got.cleaned


def test_a_story_sentence_ending_with_a_date_and_a_lone_related_line_stay_a_list_of_them_goes() -> None:
    from summarise.clean import clean_text

    told = "The president dissolved parliament within hours and set the date of the early election – 14 March 2027."
    text = f"Government loses confidence vote\n\n{BODY}\n\n{told}\n\n{BODY}"
    assert told in clean_text(text).cleaned
    listed = (
        "Snijeg zatvorio planinske prijevoje, vozači oprez - 24. studenoga 2026.\n"
        "Oružana pljačka kod Brelmoutha: četvorica optužena - 23. studenoga 2026.\n"
    )
    assert "Oružana pljačka" not in clean_text(f"Naslov vijesti ovdje\n\n{BODY}\n\n{listed}").cleaned
    under = "Citește și\nMorvenia și Ardelia au semnat acordul privind râul Lomna - 20 noiembrie 2026\n"
    assert "Lomna" not in clean_text(f"Titlul știrii aici\n\n{BODY}\n\n{under}").cleaned


def test_a_paragraph_under_an_empty_slots_label_and_a_newsletter_story_stay() -> None:
    from summarise.clean import clean_text

    story = "Two people are missing and police have arrested the dam operator's technical director."
    text = f"Dam failure floods three villages\n\n{BODY}\n\nAdvertisement\n{story}\n"
    assert story in clean_text(text).cleaned
    headline = "Hackers steal email addresses of newsletter subscribers at Nordbank"
    assert headline in clean_text(f"{headline}\n\n{BODY}\n").cleaned + clean_text(f"{headline}\n\n{BODY}\n").title


def test_a_line_of_spaces_is_read_in_linear_time() -> None:
    import time

    from summarise.related import headline_and_date

    started = time.perf_counter()
    assert not headline_and_date("a" + " " * 32000 + "b")
    assert time.perf_counter() - started < 1.0  # read the length first: no regex over the run


def test_a_headline_asked_as_a_question_under_an_ad_and_a_row_of_buttons_is_the_headline() -> None:
    """A Croatian scrape: a cookie notice's buttons in brackets, a breadcrumb, "OGLAS" over a betting pitch, then a
    headline that asks a question, its standfirst, "Autor:" and the date. The pitch and the buttons are no headline;
    the question is; the date under the labelled byline dates the page."""
    from summarise.clean import clean_text

    page = (
        "LOPTA DANAS\nNaslovnica | Domaća liga | Transferi\n\n"
        'Ova stranica koristi kolačiće. Klikom na „Prihvaćam" pristajete na upotrebu kolačića.\n'
        "[Prihvaćam] [Samo nužni] [Postavke]\n\nNaslovnica > Transferi > Glasine\n\n"
        "OGLAS\nKladionica Sretni Jelen – novim igračima 100 % bonusa na prvu uplatu. Igrajte odgovorno. 18+\n\n"
        "GLASINE: Zorvan nakon smjene trenera bacio oko na Vossberga, Alvarin favorit za klupu?\n\n"
        "Belmarški FK Zorvan, koji je u ponedjeljak otpustio trenera Lukasa Brendta, slaže planove za zimski rok.\n\n"
        "Autor: Marin Šuperba\nSrijeda, 4. studenoga 2026. u 09:37\n\n"
        "Tek što se slegla prašina nakon Brendtova odlaska, u Zorvanu se već razgovara o pojačanjima za proljeće.\n\n"
        "Prema neslužbenim informacijama, Vestra za svog najboljeg strijelca traži najmanje dva milijuna.\n"
    )
    got = clean_text(page)
    assert got.title == "GLASINE: Zorvan nakon smjene trenera bacio oko na Vossberga, Alvarin favorit za klupu?"
    assert got.published[0] == date(2026, 11, 4)
    assert "Kladionica" not in got.cleaned and "[Prihvaćam]" not in got.cleaned
    # A question under a headline of its own is the story's, not the headline.
    asked = "Lindmar metro: who knew the tunnel was cracking?\n\n" + page.split("GLASINE: ")[1].split("?\n\n", 1)[1]
    assert clean_text(asked).title == "Lindmar metro: who knew the tunnel was cracking?"


def test_a_ukrainian_byline_labelled_avtor_at_the_end_dates_the_page() -> None:
    from summarise.clean import clean_text

    story = "Новим головним тренером клубу став 51-річний Маттео Альварін, який уклав контракт до червня 2028 року."
    text = f"«Зорван» призначив нового головного тренера\n\n{story}\n\nАвтор: Тарас Гнатюк | 6 листопада 2026, 17:40\n"
    assert clean_text(text).published[0] == date(2026, 11, 6)


def test_a_headline_above_its_longer_standfirst_and_a_bank_named_credit_is_the_headline() -> None:
    """A blank line between a headline and its longer standfirst: the first is the headline; a bank named
    "Solvena Credit" is no photo's credit line. A masthead, the page's first line, is no headline."""
    from summarise.clean import clean_text

    story = (
        "A masked man armed with what appeared to be a handgun robbed a branch of Solvena Credit in Kestrany on "
        "Thursday morning, police said.\n\nThe whole raid lasted less than three minutes, and no one was injured.\n"
    )
    head = (
        "News > Regions > North\n\nMasked man robs Solvena Credit branch in Kestrany, escapes with cash\n\n"
        "Staff unhurt after robbery lasting less than three minutes; police say no link to last week's siege\n\n"
        "By Nadia Ferrante-Holm\nThursday, 12 November 2026 – 14:50\n\n"
    )
    page = f"LUSOVIA TODAY\nNews | Regions | Politics\n\n{head}{story}"
    assert clean_text(page).title == "Masked man robs Solvena Credit branch in Kestrany, escapes with cash"
    masthead = (
        "The Morning Standard — Lusitra edition\n\nMasked man robs a bank branch in Kestrany and escapes with cash\n\n"
    )
    assert clean_text(masthead + story).title == "Masked man robs a bank branch in Kestrany and escapes with cash"
