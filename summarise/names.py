"""Names written in a text: the capitalised words a statement must not invent, and the runs of them an article
offers as the people, places and organisations its events may name."""

from __future__ import annotations

import calendar
import re

from summarise.date_words import MONTH_WORDS, WEEKDAY_WORDS

COMMON_CAPS = frozenset(
    """The A An In On At It He She They This That These Those And But As By For Of To With After Before During Since
    According While Its His Her Their Our We I If When Also From""".split()
)


def names(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-Z][\w'-]{2,}", text) if w not in COMMON_CAPS}


NAME_RUN = re.compile(r"\b[A-Z][\w'’.-]*[\w](?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’-]*[\w])*")
_CALENDAR_WORDS = {m for m in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name] if m} | {"Sept"}


# Words that open a run without being part of a name: articles, prepositions and pronouns of other languages.
_LEADING = frozenset(
    """Der Die Das Den Dem Des Ein Eine Le La Les Un Une El Los Las Il Lo Gli De Het Een Nach Laut Bei Mit Seit
    Vor Für Über Unter Auf Aus Wir Ich Sie Er Es Selon Après Pour Dans Sur Nous Ils Elle Según Para Desde Con
    Por Tras Secondo Dopo Per Segundo Após Pelo Pela""".split()
)
_ADJECTIVE_END = re.compile(r"-(?:[a-z]+ed|run|born|made|style|era|wide|bound|speaking|friendly)$")  # "Belmark-based"


def _is_calendar(word: str) -> bool:
    return word in _CALENDAR_WORDS or word.lower() in WEEKDAY_WORDS or word.lower() in MONTH_WORDS


def candidate_names(text: str) -> list[str]:
    """Capitalised runs of words in a text (people, places, organisations), most frequent first.

    A run's leading articles, calendar words and ordinary words are not the name: a word that starts a sentence
    is ordinary when the text also writes it in lower case ("Residents of the No. 4 district"); "Belmark-based"
    names Belmark."""
    counts: dict[str, int] = {}
    inside: set[str] = set()
    lower = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))
    for m in NAME_RUN.finditer(text):
        words = re.sub(r"['’]s$", "", m.group(0)).split()
        before = text[: m.start()].rstrip(" \t•-")
        starts = not before or before[-1] in '.!?\n"“:'
        if starts and len(words) > 1 and words[0].lower() in lower:
            words = words[1:]
        while words and (words[0] in COMMON_CAPS or words[0] in _LEADING or _is_calendar(words[0])):
            words = words[1:]
        while words and words[0] in ("of", "the"):
            words = words[1:]
        name = _ADJECTIVE_END.sub("", " ".join(words))
        if len(name) < 3 or '"' in name or name.isdigit() or _is_calendar(name):
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
    r"(?:\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|im|am|zum|zur|vom|beim|ins)|\d)\s+"
    r"(?:(?!zwischen|neben|gegen|binnen|wegen)[a-zäöüß]\w*(?:e|en|er|es|em)\s+)?([A-ZÄÖÜ]\w*)(?![\w-])"
)


def _capitalises_nouns(text: str) -> bool:
    """Whether a text is German, where every noun is capitalised: its commonest little words are German's."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) >= 20 and sum(w in _GERMAN for w in words) >= 0.08 * len(words)


def _nouns_after_articles(text: str) -> set[str]:
    return {m.group(1) for m in _ARTICLE_NOUN.finditer(text)}
