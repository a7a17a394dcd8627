"""Weekday, month and relative-day words of the languages news arrives in, mapped to English, and the
phrases they make (``FOREIGN``), put into English words (``english``).

``dates`` finds these phrases in a sentence and resolves them with its English rules, so "во вторник",
"am Dienstag", "mardi" and "el jueves" are a Tuesday or a Thursday before the page's date, and "12 июня" is June 12
of the page's year."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from summarise.page_language import LISTOPAD_OCTOBER, current_language

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "monday": ("понедельник", "понедельника", "понеділок", "понеділка", "montag", "montags", "lundi", "lunes"),
    "tuesday": ("вторник", "вторника", "вівторок", "вівторка", "dienstag", "dienstags", "mardi", "martes"),
    "wednesday": ("среду", "среда", "середу", "середа", "mittwoch", "mittwochs", "mercredi", "miércoles", "miercoles"),
    "thursday": ("четверг", "четверга", "четвер", "четверга", "donnerstag", "donnerstags", "jeudi", "jueves"),
    "friday": ("пятницу", "пятница", "пʼятницю", "п'ятницю", "пятниці", "freitag", "freitags", "vendredi", "viernes"),
    "saturday": tuple("субботу суббота суботу субота samstag samstags sonnabend samedi sábado sabado".split()),
    "sunday": ("воскресенье", "неділю", "неділя", "sonntag", "sonntags", "dimanche", "domingo"),
}

MONTHS: dict[str, tuple[str, ...]] = {
    "january": ("января", "январь", "січня", "januar", "janvier", "enero"),
    "february": ("февраля", "февраль", "лютого", "februar", "février", "fevrier", "febrero"),
    "march": ("марта", "март", "березня", "märz", "maerz", "mars", "marzo"),
    "april": ("апреля", "апрель", "квітня", "avril", "abril"),
    "may": ("мая", "май", "травня", "mai", "mayo"),
    "june": ("июня", "июнь", "червня", "juni", "juin", "junio"),
    "july": ("июля", "июль", "липня", "juli", "juillet", "julio"),
    "august": ("августа", "август", "серпня", "août", "aout", "agosto"),
    "september": ("сентября", "сентябрь", "вересня", "septembre", "septiembre", "setiembre"),
    "october": ("октября", "октябрь", "жовтня", "oktober", "octobre", "octubre"),
    "november": ("ноября", "ноябрь", "листопада", "novembre", "noviembre"),
    "december": ("декабря", "декабрь", "грудня", "dezember", "décembre", "decembre", "diciembre"),
}

# Italian, Portuguese, Turkish, Polish and Dutch, from dateparser's language data (full names only: its
# abbreviations, and words that also mean something else, such as Portuguese "segunda" (second) or Turkish
# "pazar" (market), are left out).
MORE_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "monday": ("lunedì", "lunedi", "segunda-feira", "pazartesi", "poniedziałek", "poniedzialek", "maandag"),
    "tuesday": ("martedì", "martedi", "terça-feira", "terca-feira", "salı", "wtorek", "dinsdag"),
    "wednesday": (
        "mercoledì",
        "mercoledi",
        "quarta-feira",
        "çarşamba",
        "carsamba",
        "środa",
        "środę",
        "sroda",
        "srode",
        "woensdag",
    ),
    "thursday": ("giovedì", "giovedi", "quinta-feira", "perşembe", "persembe", "czwartek", "donderdag"),
    "friday": ("venerdì", "venerdi", "sexta-feira", "cuma", "piątek", "piatek", "vrijdag"),
    "saturday": ("sabato", "cumartesi", "sobota", "sobotę", "sobote", "zaterdag"),
    "sunday": ("domenica", "niedziela", "niedzielę", "niedziele", "zondag"),
}

MORE_MONTHS: dict[str, tuple[str, ...]] = {
    "january": ("gennaio", "janeiro", "ocak", "stycznia", "styczeń", "styczen", "januari"),
    "february": ("febbraio", "fevereiro", "şubat", "subat", "lutego", "luty", "februari"),
    "march": ("março", "marco", "mart", "marca", "marzec", "maart"),
    "april": ("aprile", "nisan", "kwietnia", "kwiecień", "kwiecien"),
    "may": ("maggio", "maio", "mayıs", "mayis", "maja", "mei"),
    "june": ("giugno", "junho", "haziran", "czerwca", "czerwiec", "juni"),
    "july": ("luglio", "julho", "temmuz", "lipca", "lipiec", "juli"),
    "august": ("ağustos", "agustos", "sierpnia", "sierpień", "sierpien", "augustus"),
    "september": ("settembre", "setembro", "eylül", "eylul", "września", "wrzesnia", "wrzesień", "september"),
    "october": ("ottobre", "outubro", "ekim", "października", "pazdziernika", "październik", "oktober"),
    "november": ("novembro", "kasım", "kasim", "listopada", "listopad"),
    "december": ("dicembre", "dezembro", "aralık", "aralik", "grudnia", "grudzień", "grudzien"),
}

RELATIVE: dict[str, tuple[str, ...]] = {
    "yesterday": ("вчера", "вчора", "gestern", "hier", "ayer", "ieri", "ontem", "dün", "wczoraj", "gisteren"),
    "today": (
        "сегодня",
        "сьогодні",
        "heute",
        "aujourd'hui",
        "hoy",
        "oggi",
        "hoje",
        "bugün",
        "dzisiaj",
        "dziś",
        "vandaag",
    ),
}


# Swedish, Danish and Norwegian, Finnish, Hungarian, Czech, Slovak, Romanian, Greek, Indonesian and Croatian,
# with the inflected forms news writes ("maanantaina", "kedden", "ve středu", "på tisdagen"). Left out: words
# that also mean something else (Romanian "joi"; "marti" without its comma, a name; Indonesian "Minggu", week;
# Bulgarian "неделя", Russian for week; Finnish "eilen", a German verb; Croatian "danas", a newspaper's name), and
# the Greek Tuesday and Thursday, also ordinals ("τρίτη", third): they count only capitalised, after "τη" or "την"
# (``GREEK_ORDINAL_DAYS``). Romanian "luni" counts where it counts no months (``date_context.counted_months``).
OTHER_WEEKDAYS: dict[str, str] = {
    "monday": "måndag måndagen måndags mandag mandags maanantai maanantaina hétfő hétfőn pondělí pondelok δευτέρα "
    "senin ponedjeljak luni",
    "tuesday": "tisdag tisdagen tisdags tirsdag tirsdags tiistai tiistaina kedd kedden úterý utorok marți selasa "
    "utorak",
    "wednesday": "onsdag onsdagen onsdags keskiviikko keskiviikkona szerda szerdán středa středu streda stredu "
    "miercuri τετάρτη rabu srijeda srijedu",
    "thursday": "torsdag torsdagen torsdags torstai torstaina csütörtök csütörtökön čtvrtek štvrtok kamis četvrtak",
    "friday": "fredag fredagen fredags perjantai perjantaina péntek pénteken pátek piatok vineri παρασκευή jumat petak",
    "saturday": "lördag lördagen lördags lørdag lørdags lauantai lauantaina szombat szombaton sobotu sâmbătă sambata "
    "σάββατο sabtu subota subotu",
    "sunday": "söndag söndagen söndags søndag søndags sunnuntai sunnuntaina vasárnap neděle neděli nedeľa nedeľu "
    "duminică duminica κυριακή nedjelja nedjelju",
}
# Czech and Polish "listopad" is November, Croatian October: so read on a page in Croatian (or Bosnian, Serbian).
_CROATIAN_OCTOBER = frozenset({"listopad", "listopada", "listopadu"})
OTHER_MONTHS: dict[str, str] = {
    "january": "tammikuuta tammikuussa január ledna leden januára ianuarie ιανουαρίου siječnja siječanj",
    "february": "februari februar helmikuuta helmikuussa február února únor februára februarie φεβρουαρίου veljače "
    "veljača",
    "march": "marts maaliskuuta maaliskuussa március března březen marca martie μαρτίου maret ožujka ožujak",
    "april": "huhtikuuta huhtikuussa április dubna duben apríla aprilie απριλίου travnja travanj",
    "may": "maj toukokuuta toukokuussa május května květen mája μαΐου svibnja svibanj",
    "june": "kesäkuuta kesäkuussa június června červen júna iunie ιουνίου lipnja lipanj",
    "july": "heinäkuuta heinäkuussa július července červenec júla iulie ιουλίου srpnja srpanj",
    "august": "augusti elokuuta elokuussa augusztus srpna srpen augusta αυγούστου agustus kolovoza kolovoz",
    "september": "syyskuuta syyskuussa szeptember září septembra septembrie σεπτεμβρίου rujna rujan",
    "october": "lokakuuta lokakuussa október října říjen októbra octombrie οκτωβρίου",
    "november": "marraskuuta marraskuussa listopadu novembra noiembrie νοεμβρίου studenoga studenog studeni",
    "december": "joulukuuta joulukuussa prosince prosinec decembra decembrie δεκεμβρίου desember prosinca prosinac",
}
# "in January 2022" as Russian, Ukrainian, Polish, Turkish and Greek write it ("в январе 2022 года", "w styczniu
# 2022", "Ocak 2022'de" aside): the month in the case a preposition asks for.
IN_MONTHS: dict[str, str] = {
    "january": "январе січні styczniu ocakta ιανουάριο",
    "february": "феврале лютому lutym şubatta subatta φεβρουάριο",
    "march": "марте березні marcu martta μάρτιο",
    "april": "апреле квітні kwietniu nisanda απρίλιο",
    "may": "мае травні maju mayısta mayista μάιο",
    "june": "июне червні czerwcu haziranda ιούνιο",
    "july": "июле липні lipcu temmuzda ιούλιο",
    "august": "августе серпні sierpniu ağustosta agustosta αύγουστο",
    "september": "сентябре вересні wrześniu wrzesniu eylülde eylulde σεπτέμβριο",
    "october": "октябре жовтні październiku pazdzierniku ekimde οκτώβριο",
    "november": "ноябре листопаді listopadzie kasımda kasimda νοέμβριο",
    "december": "декабре грудні grudniu aralıkta aralikta δεκέμβριο",
}
GREEK_ORDINAL_DAYS = {"τρίτη": "tuesday", "πέμπτη": "thursday"}
OTHER_RELATIVE = {"yesterday": "igår tegnap včera χθες kemarin jučer", "today": "idag tänään dnes σήμερα"}
# The year, month and week before the page's, and its own year, as the languages read here write them: phrases
# of several words, read whole ("el año pasado" is "last year"; "pasado" alone is nothing). Forms that also
# mean something else are left out: "im letzten Jahr" (of a term: "seiner Amtszeit"), Hungarian "idén" (Swedish
# "the idea"), a phrase joined to "-là" ("cette année-là", that year).
PERIODS: dict[str, str] = {
    "last year": "el año pasado|año pasado|no ano passado|o ano passado|l'année dernière|l'an dernier|l'an passé|"
    "l'anno scorso|lo scorso anno|im vergangenen jahr|vergangenes jahr|letztes jahr|vorig jaar|"
    "w zeszłym roku|w ubiegłym roku|в прошлом году|минулого року|торік|geçen yıl|förra året|i fjol|sidste år|"
    "i fjor|viime vuonna|tavaly|loni|minulý rok|anul trecut|tahun lalu|prošle godine|πέρυσι|πέρσι",
    "this year": "este año|este ano|cette année|quest'anno|dieses jahr|in diesem jahr|dit jaar|w tym roku|"
    "в этом году|цього року|bu yıl|i år|tänä vuonna|letos|anul acesta|tahun ini|ove godine|φέτος",
    "last month": "el mes pasado|no mês passado|o mês passado|le mois dernier|il mese scorso|im vergangenen monat|"
    "letzten monat|vorige maand|w zeszłym miesiącu|w ubiegłym miesiącu|в прошлом месяце|минулого місяця|"
    "geçen ay|förra månaden|viime kuussa|múlt hónapban|minulý měsíc|luna trecută|bulan lalu|prošlog mjeseca",
    "last week": "la semana pasada|na semana passada|a semana passada|la semaine dernière|la settimana scorsa|"
    "vergangene woche|letzte woche|in der vergangenen woche|vorige week|w zeszłym tygodniu|w ubiegłym tygodniu|"
    "на прошлой неделе|минулого тижня|geçen hafta|förra veckan|viime viikolla|múlt héten|minulý týden|"
    "săptămâna trecută|minggu lalu|prošlog tjedna|della settimana scorsa|de la semaine dernière|vergangener woche|"
    "letzter woche|der vergangenen woche|minulého týdne|zeszłego tygodnia|ubiegłego tygodnia|i sidste uge|"
    "i forrige uge|i forrige uke|forrige uke|da semana passada|прошлой недели|geçen haftanın",
    # Swedish, Danish and Norwegian write these days as two words too ("i går", "i dag"; "igår", "idag").
    "yesterday": "i går|i gaar",
    "today": "i dag",
}
PERIOD_PHRASES = {
    variant: english
    for english, phrases in PERIODS.items()
    for phrase in phrases.split("|")
    for variant in {phrase, phrase.replace("'", "’")}
}


def _lookup(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {word: english for english, words in table.items() for word in words}


def _split(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {english: tuple(words.split()) for english, words in table.items()}


WEEKDAY_WORDS = _lookup(WEEKDAYS) | _lookup(MORE_WEEKDAYS) | _lookup(_split(OTHER_WEEKDAYS))
MONTH_WORDS = _lookup(MONTHS) | _lookup(MORE_MONTHS) | _lookup(_split(OTHER_MONTHS)) | _lookup(_split(IN_MONTHS))
RELATIVE_WORDS = _lookup(RELATIVE) | _lookup(_split(OTHER_RELATIVE))


def _alternatives(words: dict[str, str]) -> str:
    """The words as one pattern, a tree of their letters ("mar(?:di|tes|zo)"): a few hundred alternatives
    tried one after another at every position of every sentence were a third of the time of reading dates."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(tree)


def _pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    ends = "" in node
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


# A part of the day written onto its weekday in one word ("donderdagavond", "Samstagnachmittag",
# "söndagskvällen", "torsdagsmorgenen"): Dutch, German, Swedish, Danish and Norwegian.
_DAYPARTS = (
    "ochtend morgen morgens middag middags avond avonds nacht vormittag mittag nachmittag abend "
    "morgon morgonen förmiddag förmiddagen eftermiddag eftermiddagen kväll kvällen natt natten "
    "morgenen formiddag formiddagen ettermiddag ettermiddagen kveld kvelden aften aftenen"
).split()
_PART_OF_DAY = rf"s?(?:{'|'.join(sorted(_DAYPARTS, key=len, reverse=True))})"
_COMPOUND = re.compile(rf"({'|'.join(sorted(map(re.escape, WEEKDAY_WORDS), key=len, reverse=True))}){_PART_OF_DAY}")

# The words that say "on" before a weekday: "во вторник", "am Dienstag", "nesta quinta-feira", "w środę".
_PREPOSITIONS = frozenset("в во у am le el en ce este esta nesta neste na no op we w v ve på pada τη την".split())

_ENGLISH_MONTHS = dict.fromkeys(
    "january february march april may june july august september october november december".split(), ""
)
_YEAR_FIRST = re.compile(r"((?:19|20)\d{2})\.\s+(\S+)\s+(\d{1,2})(?:\.|-\w+)?", re.IGNORECASE)  # "15-én"

# The same phrases in other languages: a weekday (with its preposition), a day and a month, a month and a year
# ("febrero de 2023", "Februar 2023"), a year, its month and day as Hungarian writes them ("2026. november
# 24."), a relative day.
FOREIGN = re.compile(
    rf"(?<!\w)(?:"
    rf"(?:(?:{_alternatives(dict.fromkeys(_PREPOSITIONS, ''))})\s+)?(?:{_alternatives(WEEKDAY_WORDS)})"
    rf"(?:{_PART_OF_DAY})?"
    rf"|την?\s+(?-i:{'|'.join(w.capitalize() for w in GREEK_ORDINAL_DAYS)})"
    rf"|\d{{1,2}}\.\s+(?:{_alternatives(_ENGLISH_MONTHS)})\s+\d{{4}}"  # German "24. November 2026", with its year
    rf"|\d{{1,2}}\.?\s+(?:de\s+)?(?:{_alternatives(MONTH_WORDS)})(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|(?!(?-i:Mars|Mayo|Marte|Mai)\b)(?:{_alternatives(MONTH_WORDS)})\s+(?:de\s+|del\s+|του\s+)?(?:19|20)\d{{2}}"
    rf"|(?:19|20)\d{{2}}\.\s+(?:{_alternatives(MONTH_WORDS | _ENGLISH_MONTHS)})\s+\d{{1,2}}\.?(?!\d)"
    rf"|{_alternatives(PERIOD_PHRASES)}(?![-‐])"  # not "cette année-là" (that year)
    rf"|{_alternatives(RELATIVE_WORDS)}"
    rf")(?!\w)",
    re.IGNORECASE,
)


def english(phrase: str) -> str:
    """A phrase of another language in the English words the rules read ("во вторник" -> "on tuesday")."""

    def word(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        compound = _COMPOUND.fullmatch(w)
        w = compound.group(1) if compound else w
        if w in WEEKDAY_WORDS or w in GREEK_ORDINAL_DAYS:
            return WEEKDAY_WORDS.get(w) or GREEK_ORDINAL_DAYS[w]
        if w in _CROATIAN_OCTOBER and current_language() in LISTOPAD_OCTOBER:
            return "october"
        return MONTH_WORDS.get(w) or RELATIVE_WORDS.get(w) or ("on" if w in _PREPOSITIONS else "" if w == "de" else w)

    period = PERIOD_PHRASES.get(re.sub(r"\s+", " ", phrase.strip().lower()))
    if period:
        return period
    year_first = _YEAR_FIRST.fullmatch(phrase.strip())
    if year_first:  # "2026. november 24." -> "24 november 2026"
        year, month, day = year_first.groups()
        phrase = f"{day} {month} {year}"
    english = re.sub(r"[^\W\d_]+(?:['-][^\W\d_]+)*", word, re.sub(r"(\d)\.", r"\1", phrase))
    return re.sub(r"\s+", " ", english).strip()


_DAY_NUMBERS = {day: n for n, day in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


@lru_cache(maxsize=4096)
def weekday_named(phrase: str) -> int | None:
    """The one weekday a phrase names, in English or another language read here (0 is Monday); None when it
    names none or two, or is a date written with figures."""
    if re.search(r"\d", phrase):
        return None
    words = re.findall(r"\w+", (english(phrase) if FOREIGN.search(phrase) else phrase).lower())
    named = {_DAY_NUMBERS[w] for w in words if w in _DAY_NUMBERS}
    return named.pop() if len(named) == 1 else None
