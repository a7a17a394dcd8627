"""Names written in a text: the capitalised words a statement must not invent, and the runs of them an article
offers as the people, places and organisations its events may name."""

from __future__ import annotations

import calendar
import re

from summarise.concepts import ascii_words
from summarise.countries import country_of
from summarise.date_words import WEEKDAY_WORDS
from summarise.lexicon import CAPITALS, SMALLS

# Capital and small letters of every alphabet news is written in (Latin with its accents, Greek, Cyrillic ...):
# "Łukasz", "Édouard", "İzmir", "Лавров" and "Μητσοτάκης" are names as "Lavrov" is.
_UPPER, _LOWER = CAPITALS, SMALLS

COMMON_CAPS = frozenset(
    """The A An In On At It He She They This That These Those And But As By For Of To With After Before During Since
    According While Its His Her Their Our We I If When Also From What Why Where Who Whom Whose Which How Whether
    Although Though Because Unlike Despite Amid Once Here There Now Then Yet So Every Each Some Many
    Both Only""".split()
)


def names(text: str) -> set[str]:
    return {w for w in _CAPITALISED.findall(text) if w not in COMMON_CAPS}


_CAPITALISED = re.compile(rf"\b{_UPPER}[\w'-]{{2,}}")


# A run of capitalised words, joined by the little words names hold in several languages ("Bank of England",
# "Ministerio del Interior", "Vincent van Gogh"; not German "von" and "des", which join a person to where they work).
NAME_RUN = re.compile(
    rf"\b{_UPPER}[\w'’.-]*[\w](?:[ \t]+(?:(?:of|de|del|della|di|du|do|da|dos|van)[ \t]+"
    rf"(?:(?:the|la|le|der|den)[ \t]+)?)?{_UPPER}[\w'’-]*[\w])*"
)
_CALENDAR_WORDS = {m for m in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if m} | {"Sept"}


# Words that open a sentence's run without being part of a name: articles (only where the text writes them in
# lower case too, so "Los Angeles" in English stays whole), and prepositions and pronouns of other languages.
_ARTICLES = frozenset("Der Die Das Den Dem Des Ein Eine Le La Les Un Une El Los Las Il Lo Gli De Het Een".split())
_OPENERS = frozenset(
    """Nach Laut Bei Mit Seit Vor Für Über Unter Auf Aus Wir Ich Sie Er Es Selon Après Pour Dans Sur Nous Ils
    Elle Según Para Desde Por Tras En Secondo Dopo Segundo Após Pelo Pela""".split()
)
_ABBREVIATED_TITLES = frozenset("Dr Dra Drs Prof Sr Sra Mr Mrs Ms Mme Mlle".split())
_ADJECTIVE_END = re.compile(r"-(?:[a-z]+ed|run|born|made|style|era|wide|bound|speaking|friendly)$")  # "Belmark-based"


def _is_calendar(word: str) -> bool:
    """An English month or weekday, or a weekday of another language the dates are read in ("Mittwoch").
    Other languages' months are left out: they are also names ("Maja", "Augusta", "Mars")."""
    return word in _CALENDAR_WORDS or word.lower() in WEEKDAY_WORDS


_ENDS = (".", "!", "?", ":", ";", "…", '"', "”", "»", "“")


def title_cased(line: str) -> bool:
    """Whether a line is a headline in title case ("Kebakaran Pabrik Kimia di Lusmar, 2 Tewas dan Ribuan Warga
    Dievakuasi"): no sentence's end (nor the colon before a quotation), and nearly every longer word
    capitalised. Its capitals say nothing of names; the names it holds are written again in the story."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    if len(words) < 3 or line.rstrip().endswith(_ENDS):
        return False
    return bool(sum(w[0].isupper() for w in words) >= 0.75 * len(words))


# A case ending written after a name with an apostrophe: English "Marenco's", Turkish "Korvanya'daki" (in
# Korvanya), "Marenco'nun" (Marenco's), "Velmar'a" (to Velmar). Only such endings are cut, and (but for "'s") only after
# three letters or more, so "Sana'a", "Ra'anana" and "Ba'ath" stay whole; a one-vowel ending ("Velmar'a") only in
# Turkish text, where "Sana'a" would not be written.
_ENDINGS = frozenset(
    """s dan den tan ten da de ta te daki deki taki teki dır dir dur dür ın in un ün nın nin nun nün yı yi yu
    yü ya ye yla yle la le lar ler ları leri ların lerin ya yı nda nde ndan nden""".split()
)
_TURKISH_LETTERS = frozenset("ıİşŞğĞ")


def _without_case_ending(run: str, turkish: bool) -> str:
    at = max(run.rfind("'"), run.rfind("’"))  # the last mark of either kind ("O'Brien’s")
    head, mark, ending = (run[:at], run[at], run[at + 1 :]) if at >= 0 else (run, "", "")
    word = head.split()[-1] if head.split() else ""
    if not mark or not ending.islower() or (len(word) < 3 and ending != "s"):  # "Kim Jong Un's" too
        return run
    if ending in _ENDINGS or (turkish and ending in ("a", "e", "ı", "i", "u", "ü")):
        return head
    return run


def _runs(text: str) -> tuple[list[tuple[str, bool]], set[str]]:
    """Every capitalised run with whether it opens a sentence, and the runs the text writes mid-sentence."""
    runs, inside, turkish = [], set(), bool(_TURKISH_LETTERS & set(text))
    for m in NAME_RUN.finditer(text):
        run = _without_case_ending(m.group(0), turkish)
        at = m.start()
        while at and text[at - 1] in " \t•-":  # back over the spaces before it (not a copy of the text so far)
            at -= 1
        starts = not at or text[at - 1] in '.!?\n"“„«‹‚:'
        runs.append((run, starts))
        if not starts:
            inside.add(run)
    return runs, inside


def _opener(words: list[str], lower: set[str]) -> bool:
    """Whether a run's first word only opens its sentence: an article or preposition of the text's own language
    ("Die Zahl", "Selon l'AFP"), or an ordinary word before "of" ("Residents of the No. 4 district")."""
    first = words[0]
    if len(words) < 2:
        return False
    return first in _OPENERS or (first.lower() in lower and (first in _ARTICLES or words[1] == "of"))


def candidate_names(text: str) -> list[str]:
    """Capitalised runs of words in a text (people, places, organisations), most frequent first.

    What only looks like a name is left out: a word that opens a sentence and is ordinary in the text (unless
    the text also writes the whole run mid-sentence, as "La Paz" or "New York"), calendar words, and an
    adjective's ending ("Belmark-based" names Belmark)."""
    counts: dict[str, int] = {}
    inside: set[str] = set()
    lower = set(re.findall(rf"(?<![\w'’-]){_LOWER}[\w'’-]*", text))
    runs, inside_runs = _runs("\n".join("" if title_cased(line) else line for line in text.split("\n")))
    for run, starts in runs:
        words = run.split()
        if starts and run not in inside_runs and _opener(words, lower):
            words, starts = words[1:], False  # what follows the opener stands inside its sentence
        while words and (words[0] in COMMON_CAPS or _is_calendar(words[0])):
            words = words[1:]
        while words and words[0] in ("of", "the"):
            words = words[1:]
        name = _ADJECTIVE_END.sub("", " ".join(words))
        if len(name) < 3 or '"' in name or name.isdigit() or _is_calendar(name) or name in _ABBREVIATED_TITLES:
            continue
        counts[name] = counts.get(name, 0) + 1
        if not starts:
            inside.add(name)
    # A lone capitalised word seen only at the start of sentences is an ordinary word ("Around", "Ahead"); in
    # German, one written after an article ("das Hochwasser", "der schweren Flut") is a noun.
    nouns = _nouns_after_articles(text) if _capitalises_nouns(text) else set()
    kept = [n for n in counts if (" " in n or n in inside) and n not in nouns]
    return sorted(kept, key=lambda n: (-counts[n], text.find(n)))


_GERMAN = frozenset("der die das und nicht mit ist den dem des von sich auf für wird".split())
# A German noun: after an article (an adjective between them or not), or after a number ("19.500 Menschen").
_ARTICLE_NOUN = re.compile(
    r"(?:\b(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins)|\d)[ \t]+"
    r"(?:(?!zwischen|neben|gegen|binnen|wegen)[a-zäöüß]\w*(?:e|en|er|es|em)[ \t]+)?([A-ZÄÖÜ]\w*)(?![\w-])"
)


def _capitalises_nouns(text: str) -> bool:
    """Whether a text is German, where every noun is capitalised: its commonest little words are German's."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) >= 20 and sum(w in _GERMAN for w in words) >= 0.08 * len(words)


def _nouns_after_articles(text: str) -> set[str]:
    """German nouns, less what is a name all the same: a country ("die Ukraine", "der Türkei") and an acronym
    ("die AfD", "der SPD")."""
    found = {m.group(1) for m in _ARTICLE_NOUN.finditer(text)}
    return {w for w in found if not any(c.isupper() for c in w[1:]) and not country_of(ascii_words(w)[0])}
