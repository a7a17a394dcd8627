"""What happened and where, in words any language's report of it shares. Data and two lookups.

Reports of one event in two languages share few words ("earthquake", "Erdbeben", "séisme"), and reports
in one language use synonyms ("quake", "tremor"). Merging compares *concepts* as well as words: each
kind of happening news reports (a quake, an arrest, talks, an arrival, a ruling ...) is one concept,
known by word beginnings in the twenty-two languages the tool reads (``summarise.event_words``, as ASCII,
the way ``merge.items`` compares text). Words that name a kind in one language only (Dutch "brand" is a
fire, English "brand" is not) are read only when the report's language is given: ``concept_of``,
``first_kind``, ``main_kind`` and ``kinds`` take its ISO 639-1 code and consult its own words before the
shared ones. Countries are concepts too, by their ISO code: the names of every country in those languages
come from pycountry's translations, so "Türkei", "Turquie" and "Turkey" are one place.

``TOPICS`` are what a report is about rather than what happened (a storm, a death toll, a deal): they
help two reports meet but, unlike kinds of happening, two different ones do not tell events apart.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.countries import country_of
from summarise.event_words import EVENT_WORDS, LANGUAGE_WORDS
from summarise.kind_context import (
    CRIMES,
    REFUSAL_REACH,
    SUSPECT_REACH,
    demanded,
    detained,
    in_relative,
    judges,
    kind_in_context,
    published,
    refused,
    suspected_of,
)
from summarise.lexicon import WORD as WORD
from summarise.lexicon import ascii_words as ascii_words
from summarise.lexicon import stem_lookup, stem_table

# A happening that holds others: a visit spans its arrival, its talks and its departure; a law passed or a
# deal approved is also what it decides (a ban, sanctions, a sale).
UMBRELLAS = frozenset({"c:visit", "c:summit", "c:approval"})
# What a visit or a summit holds: its arrival, talks, signings, ceremonies and departure; not a fire put out or
# a strike called while the visitor was there.
VISIT_PARTS = frozenset(
    "c:" + k
    for k in "visit summit arrival departure meeting signing agreement ceremony inauguration launch apology".split()
)


# Kinds that outlets use for one happening told from two sides: a verdict and its sentence, a protest and its
# clashes, a strike and the blockade of the gates, a prison sentence and its fine; and a penalty told as a ban, a
# suspension or a sanction ("was banned for four years", "was suspended for four years", "sancionó con cuatro años
# de suspensión").
_NEAR = (("ruling", "sentence"), ("clash", "protest"), ("blockade", "strike"), ("sentence", "fine"))
_PENALTY = (("injunction", "suspension"), ("injunction", "sanctions"), ("sanctions", "suspension"))
NEAR_KINDS = frozenset(frozenset(("c:" + x, "c:" + y)) for x, y in _NEAR + _PENALTY)
# A penalty is a person's: a match postponed ("suspension" holds postponements too) is no ban.
PENALTY_KINDS = frozenset(frozenset(("c:" + x, "c:" + y)) for x, y in _PENALTY)


def holds(a: str | None, b: str | None) -> bool:
    """Whether one of two kinds of happening holds the other: a law or deal approved holds what it decides (a
    ban, sanctions, a sale); a visit or a summit holds what happens in it (``VISIT_PARTS``); and two kinds
    that tell one happening from two sides hold each other (``NEAR_KINDS``)."""
    for outer, inner in ((a, b), (b, a)):
        if outer == "c:approval" or (outer in UMBRELLAS and (inner is None or inner in VISIT_PARTS)):
            return True
    return frozenset((a, b)) in NEAR_KINDS


TOPICS = frozenset(
    "toll|agreement|storm|flood|fire|rate decision|shares|record|heatwave|drought|tsunami|corruption|anniversary|"
    "leak|volcano|ended|lifted|accepted|responders".split("|")
)
# What is accepted or refused once given: a verdict, a sentence, a result.
VERDICTS = frozenset("c:" + k for k in "ruling sentence result election".split())
# Orders that go on until lifted: their lifting may be told with a word that also cancels other things.
ORDERS = frozenset("c:" + k for k in "evacuation emergency injunction".split())
LIFT_REACH = 5  # words either side of a lifting word where the order it lifts is named
# "And" between two verbs, by language (ASCII): "declared an evacuation and cancelled classes" lifts nothing.
_AND = {
    "en": {"and"}, "de": {"und"}, "fr": {"et"}, "es": {"y", "e"}, "it": {"e", "ed"}, "pt": {"e"}, "nl": {"en"},
    "pl": {"i", "oraz"}, "cs": {"a"}, "sk": {"a"}, "ru": {"i"}, "uk": {"i", "ta", "y"}, "ro": {"si"}, "tr": {"ve"},
    "sv": {"och"}, "da": {"og"}, "nb": {"og"}, "no": {"og"}, "fi": {"ja"}, "hu": {"es"}, "el": {"kai"},
}  # fmt: skip

# A figure that changed: "the toll rose to 31". Such a report is dated by the update, while the
# happening it measures came before it.
UPDATE_WORDS = frozenset(
    """rose risen climbed increased reached jumped stieg gestiegen erhoht augmente passe grimpe aumento
    ascendio subio alcanzo salito aumentato subiu vyroslo vozroslo uvelichilos dostiglo rises climbs tops topped
    passes passed exceeds exceeded surpassed steigt depasse alourdi supera supero superou eleva elevaron elevo
    prevysilo prevysil stijgt gestegen wzrosla wzrosl yukseldi""".split()
)


_SHARED = stem_table(EVENT_WORDS)
_OWN = {language: stem_table(table) for language, table in LANGUAGE_WORDS.items()}
# Codes of one language's variants: Norwegian Bokmål and Nynorsk are Norwegian.
_SAME = {"nb": "no", "nn": "no"}


@lru_cache(maxsize=1 << 16)
def concept_of(word: str, language: str | None = None) -> str | None:
    """The kind of happening an ASCII lower-case word names, if any: in the words of its language (an ISO
    639-1 code) first, when that is given and has words of its own, then in those of every language."""
    if language:
        code = language.split("-")[0].lower()
        own = _OWN.get(_SAME.get(code, code))
        found = stem_lookup(word, own) if own else None
        if found:
            return found
    return stem_lookup(word, _SHARED)


# "signed a deal to buy", "la signature d'un accord pour racheter", "firmó un acuerdo para comprar": a signing
# whose purpose follows is of the kind of its purpose.
_PURPOSE = frozenset("to pour para per zu zur zum om".split())
_PURPOSE_KINDS = frozenset({"takeover", "investment"})  # what a deal is signed for; not "to avert strikes"
_PURPOSE_REACH = 6  # words after the signing word where its purpose may begin


# Languages that end a sentence with its verb ("görevinden istifa etti", resigned from his post): what a
# sentence reports is the kind named last.
VERB_FINAL = frozenset({"tr"})


def first_kind(words: list[str], language: str | None = None) -> str | None:
    """The kind of happening the earliest such word names: what a sentence reports first is what it
    reports ("Police arrested 17 people during the march" is an arrest, not a march); a signing of an
    agreement to do something is of that something's kind ("signed a deal to buy" is a takeover)."""
    order = reversed(list(enumerate(words))) if language in VERB_FINAL else enumerate(words)
    for n, w in order:
        found = concept_of(w, language)
        if (
            (found == "reaction" and not judges(words, n))
            or (found == "release" and (published(words, n) or demanded(words, n)))
            or (found == "arrest" and not detained(words, n))
        ):
            continue
        if in_context := kind_in_context(words, n, found, language):
            return in_context
        if found and found not in TOPICS:
            if found == "signing":
                found = _purpose(words[n + 1 : n + 1 + _PURPOSE_REACH], language) or found
            return "c:" + found
    return None


def _purpose(after: list[str], language: str | None) -> str | None:
    """The kind of what a signing is for: the word after "to", "pour", "para" ... (an article between them
    aside) when it names one."""
    for n, w in enumerate(after):
        if w in _PURPOSE:
            verb = after[n + 1 : n + 3]
            if len(verb) == 2 and verb[0] in _ARTICLES:
                verb = verb[1:]
            found = concept_of(verb[0], language) if verb else None
            return found if found in _PURPOSE_KINDS else None
    return None


# "after the ruling", "nach dem Absturz", "tras el accidente", "efter urspårningen": a happening named after one
# of these words is the background a sentence dates itself by, not what it reports.
_SINCE = frozenset(
    "after since following nach seit apres depuis tras despues desde dopo apos depois na sinds posle efter etter dupa "
    "meta setelah sesudah nakon po".split()
)
# "closed the road due to avalanche danger", "wegen akuter Lawinengefahr", "à cause de l'incendie": a happening
# named as a cause is not what the sentence reports either.
_CAUSE_WORDS = frozenset("wegen aufgrund infolge amid because owing cause causa kvuli kvoli".split())
_CAUSE_PAIRS = frozenset({("due", "to"), ("owing", "to"), ("because", "of"), ("cause", "de"), ("causa", "de")})
# "appealed against the verdict", "se proti rozsudku odvolal", "Berufung gegen das Urteil": a happening named as what
# an action is against is its target, not what the sentence reports.
_AGAINST = frozenset("against proti gegen contre contra contro tegen przeciw przeciwko protiv".split())
# People an action is against, in the forms "against" takes: protesters, Demonstranten, demonstrantům, protestującym
_PEOPLE = re.compile(
    r"(?:ers|ors|ants|ents|antes|entes|anten|enten|anti|enti|antum|entum|antom|entom|ujacych|ujacymi|ujacym|ujicim"
    r"|nika|nike|ende|enden)$"
)
_ARTICLES = frozenset(
    "the a an der die das dem den des le la les l el los las del al il lo gli i o os as do da de het".split()
)


def main_kind(words: list[str], language: str | None = None) -> str | None:
    """The kind of happening a sentence reports (``first_kind``), passing over a happening it names only as
    the time of another ("the day after the ruling, he said he would appeal" is no ruling) or in a relative
    clause on who it happened to ("pekerja yang diculik ... dibebaskan", the workers who were kidnapped were
    freed), unless that leaves none."""
    kept = [w for n, w in enumerate(words) if not _dated_by(words[max(0, n - 3) : n], w)]
    kept = [
        w
        for n, w in enumerate(kept)
        if not (suspected_of(kept[max(0, n - SUSPECT_REACH) : n]) and first_kind([w], language) in CRIMES)
    ]
    own = [w for n, w in enumerate(kept) if not in_relative(kept, n)]
    kind = first_kind(own, language) or first_kind(kept, language)
    if (kind is None or kind in VERDICTS) and _refuses_verdict(words, language):
        return "c:reaction"  # "will not accept the verdict": a judgement of it, not the verdict
    return kind


def _refuses_verdict(words: list[str], language: str | None) -> bool:
    """Whether a verdict, a sentence or a result is what someone will not accept: named within REFUSAL_REACH
    words after the refused word ("will not accept the verdict", "tänker inte acceptera domen") or before its
    refusal ("will seine Verurteilung nicht hinnehmen"); not "did not accept the defence's arguments and sentenced
    him", nor "an election the opposition has said it will not accept"."""
    for n, w in enumerate(words):
        if concept_of(w, language) != "accepted" or not refused(words, n):
            continue
        after, ands = words[n + 1 : n + 1 + REFUSAL_REACH], _AND.get(language or "en", _AND["en"])
        after = after[: next((k for k, x in enumerate(after) if x in ands), len(after))]  # "... and sentenced him"
        near = after + words[max(0, n - REFUSAL_REACH - 1) : n]
        if any("c:" + (concept_of(x, language) or "") in VERDICTS for x in near):
            return True
    return False


def _dated_by(before: list[str], word: str = "") -> bool:
    """Whether a word follows "after", "since", "against" ... (an article between them aside), or a word giving a
    cause ("due to", "wegen"; an adjective may stand between: "wegen akuter Lawinengefahr"). People an action is
    against ("tear gas against protesters") tell the happening they are in."""
    words = [x for x in before if x not in _ARTICLES]
    if not words:
        return False
    if words[-1] in _SINCE or (words[-1] in _AGAINST and not _PEOPLE.search(word)):
        return True
    return bool(_CAUSE_WORDS & set(words)) or tuple(words[-2:]) in _CAUSE_PAIRS


def lifts_order(words: list[str], language: str | None = None) -> bool:
    """Whether a word that lifts or calls something off stands beside the order it lifts (an evacuation, a state
    of emergency, a ban; ``ORDERS``): within LIFT_REACH words either side, with no "and" of the language between
    (two verbs: "объявила эвакуацию и отменила занятия"), the order not named as a cause ("Kvůli evakuaci zrušila
    ... všechny lety")."""
    ands = _AND.get(language or "en", _AND["en"])
    for n, w in enumerate(words):
        if concept_of(w, language) != "lifted":
            continue
        for m in range(max(0, n - LIFT_REACH), min(len(words), n + LIFT_REACH + 1)):
            named = concept_of(words[m], language) if m != n else None
            if named and "c:" + named in ORDERS and not ands & set(words[min(m, n) + 1 : max(m, n)]):
                if not _dated_by(words[max(0, m - 3) : m], words[m]):
                    return True
    return False


def kinds(words: list[str], language: str | None = None) -> frozenset[str]:
    """The happenings (and topics) a list of ASCII lower-case words speaks of, as ``c:`` keys."""
    return frozenset("c:" + c for c in {concept_of(w, language) for w in words} if c)


def countries(words: list[str]) -> frozenset[str]:
    """The countries a list of ASCII lower-case words names, as ``c:`` keys of their ISO codes."""
    return frozenset("c:" + c for c in {country_of(w) for w in words} if c)


def concepts(words: list[str]) -> frozenset[str]:
    """The happenings and countries a list of ASCII lower-case words speaks of, as ``c:`` keys."""
    return kinds(words) | countries(words)
