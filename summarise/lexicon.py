"""Words that carry no identity: function words, roles and titles, demonyms, calendar words. Data only.

Merging and actor lists use these to tell a name ("Vetrov", "Khoy") from a generic word ("Minister",
"Russian", "Monday", "Çarşamba"). Demonyms map to their country, so "Russian" can stand for Russia where a country
is wanted, and never counts as a person.
"""

from __future__ import annotations

import re

from anyascii import anyascii

from summarise.date_words import GREEK_ORDINAL_DAYS, MONTH_WORDS, WEEKDAY_WORDS

FUNCTION_WORDS = frozenset(
    """
a an the and or but if of to in on at by for with from into onto over under after before during since
between among against within without across through
until about around as than that this these those there here it its he she they them his her their our
we you i is are was were be been being has have had do does did not no nor so also then than very more
most less least many much some any each every other such only just still yet already while when where
which who whom whose what why how said says say told tell according would could should will shall may
might must can cannot new one two three four five six seven eight nine ten first second last next
earlier later today yesterday tomorrow week month year day days weeks months years morning evening
afternoon night people
и в во не на с со что как по к ко из за от до для о об это он она они его ее их был была были будет
der die das und ist nicht mit sich auf den dem des ein eine einer von zu im am bei nach vor über
le la les et des est une un dans que pour du pas au aux sur par avec ce cette ses son
el los las y que del en por una un con para al su sus se lo como más
selon segun laut gemass meanwhile separately however across vingt trente cent mil mille
""".split()
)

ROLE_WORDS = frozenset(
    """
minister ministers president prime secretary spokesperson spokeswoman spokesman chief leader leaders
governor general prosecutor deputy ambassador director chairman chairwoman chair head mayor king queen
premier chancellor senator commander envoy dictator representative official officials foreign defence
defense interior finance economy affairs state national federal government ministry agency committee
council parliament party army military police forces force department office court judge justice
mr mrs ms dr sir lord gen maj col lt sgt capt adm attorney solicitor auditor
dame herr frau monsieur madame mme mlle senor senora signor signora sig sr sra bapak ibu haji
hajjah datuk dato datin seri tun tunku tengku sheikh sheikha shaikh rabbi reverend rev imam ayatollah shri
shree smt sahib
министр президент глава генерал посол министерство правительство
minister präsident kanzler ministre président ministro presidente
ministra ministerin ministr ministru bakan bakani menteri presidenta prezydent prezident prezidentka
presiden cumhurbaskani premier premiera primer premie alcalde alcaldesa sindaco sindaca maire prefeito
prefeita burgemeester burmistrz burgermeister burgermeisterin starosta polgarmester belediye
policia polizia politie policja polisi polizei politi poliisi rendorseg gobierno governo
gouvernement regierung regering rzad vlada hukumet pemerintah portavoz portavoce sprecher sprecherin
woordvoerder rzecznik ministerio ministero ministere ministerium ministerie ministerstwo
ministerstva bakanligi kementerian fiscal fiscalia procura procureur staatsanwalt staatsanwaltschaft
prokurator prokuratura savci jaksa exteriores esteri etrangeres auswartiges buitenlandse zagranicznych
disisleri luar negeri
""".split()
)

DEMONYMS = {
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "american": "United States",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "chinese": "China",
    "japanese": "Japan",
    "korean": "Korea",
    "north": "",
    "south": "",
    "east": "",
    "west": "",
    "eastern": "",
    "western": "",
    "northern": "",
    "southern": "",
    "turkish": "Turkey",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "indian": "India",
    "pakistani": "Pakistan",
    "vietnamese": "Vietnam",
    "thai": "Thailand",
    "burmese": "Myanmar",
    "myanmar": "Myanmar",
    "kenyan": "Kenya",
    "nigerian": "Nigeria",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "canadian": "Canada",
    "italian": "Italy",
    "spanish": "Spain",
    "polish": "Poland",
    "belarusian": "Belarus",
    "georgian": "Georgia",
    "armenian": "Armenia",
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "arab": "",
    "western-backed": "",
    "pro-russian": "",
}

ORGANISATION_WORDS = frozenset(
    """
bank ministry agency police court council committee parliament party army navy company corporation group
union association institute university office department service services survey society authority
commission board bureau organisation organization fund federation league network news times post
television radio press reserve central national international federal state government embassy red
crescent cross nations
""".split()
)

CALENDAR_WORDS = frozenset(
    """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
late early overnight tonight today yesterday
""".split()
)

# Words that say what kind of place, not which one ("Van province" is Van).
PLACE_WORDS = frozenset(
    """province provinces provinz region regions city town village county district capital coast state
    states provincia ciudad ville region oblast gorod""".split()
)

# Words of the name of a place in a town or the country ("Vlasta Square", "Rua do Porto"): such a name is
# never a person's (words that are also names, as "Park", "Bridge", "Plaza" and "Puente" are, are left
# out).
SITE_WORDS = frozenset(
    """square street rua calle avenue boulevard road station airport harbour harbor valley stadium palace
    cathedral mosque hospital prison platz strasse allee brucke bahnhof avenida piazza stazione praca ulica
    plac ploshchad prospekt meydan caddesi sokak""".split()
)

# The days of the week and the months in the other languages the tool reads, as ASCII: reports capitalise
# them ("Çarşamba", "Kamis", "Marzo"), and a capital letter does not make them a name. Those that are also
# given names, places or papers are left out ("Marta", "Marco", "Mars", "Mayo", "Marca", "Środa"). The Greek
# Tuesday and Thursday, also ordinals, are no names either way ("Πέμπτη").
_ALSO_NAMES = frozenset(
    """marta maya julius augustus kasim mars domingo mai marco julio maja avril abril domenica augusta mayo
    cuma nisan eylul marti mei marca sabato piatek sroda dubna mae marcu marte martta""".split()
)
FOREIGN_CALENDAR = frozenset(
    w
    for w in (re.sub(r"[^a-z]", "", anyascii(x).lower()) for x in [*WEEKDAY_WORDS, *MONTH_WORDS, *GREEK_ORDINAL_DAYS])
    if w and w not in _ALSO_NAMES
)

# Currency codes written in capitals before a sum ("EUR 2.1bn", "USD 40m"): a unit, no name ("RON" is left out: a
# given name too).
CURRENCY_CODES = frozenset("eur usd gbp chf jpy cny pln try sek nok dkk czk huf rub uah inr brl mxn cad aud".split())

GENERIC = (
    FUNCTION_WORDS | ROLE_WORDS | frozenset(DEMONYMS) | CALENDAR_WORDS | FOREIGN_CALENDAR | PLACE_WORDS | CURRENCY_CODES
)

# Capital and small letters of every alphabet news is written in (Latin with its accents, Greek, Cyrillic ...), as
# regular-expression classes: "Łukasz", "Édouard", "İzmir", "Лавров" and "Μητσοτάκης" begin with a capital.
CAPITALS = "[" + "".join(re.escape(c) for c in map(chr, range(0x2000)) if c.isupper()) + "]"
SMALLS = "[" + "".join(re.escape(c) for c in map(chr, range(0x2000)) if c.islower()) + "]"

# Words of a role written before a name ("Foreign Minister Sergei Lavrov"): never the name itself.
TITLES = frozenset(
    """minister president secretary spokesperson spokeswoman spokesman chief leader governor general prosecutor
    deputy ambassador director chairman chairwoman head mayor king queen premier chancellor senator commander
    envoy dictator representative dr mr mrs ms gen maj col lt""".split()
)


# A word as news writes it, with its inner apostrophes and hyphens ("Russia's", "Jong-un", "Vil'ka").
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Cyrillic soft and hard signs have no Latin letter (anyascii gives an apostrophe, which would split a
# name in two: "Вилька" is "vilka", not "vil" and "ka").
_SILENT = str.maketrans("", "", "ьъЬЪ")


# Greek writes a foreign d and b as "ντ" and "μπ" where no vowel stands before them ("Ντόναλντ", "Καρντένια" for
# Kardenia, "Μπέρλιν"): read so, names meet their Latin spelling. After a vowel they are "nt", "mp" as spelt.
_GREEK_DB = re.compile(r"(?<![αεηιουωάέήίόύώϊϋΐΰ])([Νν][Ττ]|[Μμ][Ππ])", re.IGNORECASE)


def _greek_db(m: re.Match[str]) -> str:
    first = m.group(1)[0]
    letter = "d" if first in "Νν" else "b"
    return letter.upper() if first.isupper() else letter


def ascii_words(text: str) -> list[str]:
    """Words of a text, transliterated to lower-case ASCII, possessives and hyphens split off: how concepts
    and names are compared across languages."""
    out = []
    for w in WORD.findall(_GREEK_DB.sub(_greek_db, text.translate(_SILENT))):
        for part in re.split(r"[-'’]", anyascii(w).lower()):
            part = re.sub(r"[^a-z]", "", part)
            if part and part != "s":
                out.append(part)
    return out


# Word beginnings by what they name, as the tables of words write them: a stem begins a word, a stem ending in "="
# is a whole word. A lookup: the stems that begin words, the whole words, the longest stem's length.
StemTable = tuple[dict[str, str], dict[str, str], int]


def stem_table(table: dict[str, str]) -> StemTable:
    """Stems by what they name (space-separated in each value) as a lookup."""
    prefixes: dict[str, str] = {}
    whole: dict[str, str] = {}
    for concept, words in table.items():
        for w in words.split():
            if w.endswith("="):
                whole[w[:-1]] = concept
            else:
                prefixes[w] = concept
    return prefixes, whole, max(map(len, prefixes), default=0)


def stem_lookup(word: str, table: StemTable) -> str | None:
    """What an ASCII lower-case word names in a table: as a whole word, else by its longest stem (four letters or
    more)."""
    prefixes, whole, longest = table
    if word in whole:
        return whole[word]
    for n in range(min(len(word), longest), 3, -1):
        found = prefixes.get(word[:n])
        if found:
            return found
    return None
