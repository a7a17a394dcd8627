"""The words of an event that are not names, read where they stand: a word of many meanings as what it means
there (``summarise.merge.english``), a verb and its particle as one noun, and a participle that describes a noun
as no happening of its own: "the manager of the exploded plant arrested", "bedrijfsleider van ontplofte
chemiefabriek opgepakt", "Betreiber der explodierten Fabrik festgenommen", "chefen för den rasade bron gripen"
report an arrest, and the explosion or the collapse is only how the place is known. That is read where the word
order makes it plain: the participle stands between an article or a preposition and the word it describes (a
finite verb never does: "the plant exploded", "de fabriek ontplofte"). Languages that put such a participle
after its noun ("l'usine explosée") are not read: there the same order also makes a finite verb."""

from __future__ import annotations

import re

from summarise.concepts import WORD as _WORD
from summarise.concepts import ascii_words, concept_of
from summarise.lexicon import FUNCTION_WORDS
from summarise.merge.english import english_verb

# Languages that capitalise every noun: there a capital letter does not mark a name.
NOUN_CAPITALS = frozenset({"de", "lb"})


# Per language: the articles and prepositions a participle before its noun follows, and the participle's endings.
# ("de" is "they" in the Scandinavian languages: "de protesterade" is a verb. "Det", "den", "het" are pronouns too:
# "det brændte i nat", "het ontplofte om drie uur" are verbs, told by the word after them, which is no noun.)
_BEFORE: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    # A possessive too ("its recalled pasta"), but not "her": also an object ("ordered her detained").
    "en": (frozenset("the a an of from at in on into near by its his their our".split()), ("ed",)),
    "nl": (frozenset("de het een van bij uit in op aan".split()), ("te", "de", "ten", "den")),
    "de": (
        frozenset("der die das dem den des ein eine einer eines einem von vom im am beim zum zur aus bei".split()),
        ("te", "ten", "tem", "ter", "tes"),
    ),
    "sv": (frozenset("den det en ett vid i på från av".split()), ("ade", "ede", "da", "ta")),
    "no": (frozenset("den det en et ved i på fra av".split()), ("ede", "ete", "te", "de")),
    "da": (frozenset("den det en et ved i på fra af".split()), ("ede", "ete", "te", "de")),
}
# Words that follow a verb or a participle used as a noun, never a described noun (prepositions, adverbs of time).
_NO_NOUN = frozenset(
    "i på om under efter etter vid ved med til till från fra af av op bij na tijdens gisteren vandaag vannacht "
    "nat natt natten igår igar yesterday today overnight".split()
)
_LAST_WORD = re.compile(r"(\w+)\s+$")
_NEXT_WORD = re.compile(r" +([^\W\d_])")  # the described word follows after a space, with nothing between


def attributive(token: str, text: str, start: int, end: int, language: str) -> bool:
    """Whether a lower-case word (``text[start:end]``) is a participle describing the word after it."""
    code = language.split("-")[0].lower()
    found = _BEFORE.get(code)
    if found is None or not token.islower() or len(token) < 5:
        return False
    before, endings = found
    if not token.endswith(endings):
        return False
    last = _LAST_WORD.search(text, max(0, start - 20), start)
    after = _NEXT_WORD.match(text, end)
    if last is None or after is None or last.group(1).lower() not in before:
        return False
    following = _WORD.match(text, after.start(1))
    if following is not None and following.group(0).lower() in FUNCTION_WORDS | _NO_NOUN:
        return False  # "among the injured were", "det brændte i nat": a noun or a verb, not a noun's description
    # Where nouns are capitalised, the described word is one.
    return code != "de" or after.group(1).isupper()


def common_words(text: str, language: str) -> list[str]:
    """The words of a text that are not names: lower-case ones (every word where nouns are capitalised).
    A hyphenated compound is a modifier ("water-bombing aircraft", "post-election talks"), never what
    happened, so its parts are left out; but a verb and its particle are a noun of what happened, read as
    one word ("the build-up", "a walk-out", "the shut-down")."""
    found = [
        (english_verb(_particle_noun(m.group(0)), text, m.end()), _opens(text, m.start()))
        for m in _WORD.finditer(text)
        if not attributive(m.group(0), text, m.start(), m.end(), language)
    ]
    keep = [(t, first) for t, first in found if "-" not in t.strip("-")]
    if language in NOUN_CAPITALS:
        return [w for t, _ in keep for w in ascii_words(t)]
    inside = {t for t, first in keep if not first and t[0].isupper()}  # capitalised mid-sentence: names
    return [w for t, first in keep if _common(t, first, inside, language) for w in ascii_words(t)]


_PARTICLE = re.compile(r"([^\W\d_]{3,})-(up|out|down|off|over|in|back)", re.IGNORECASE)


def _particle_noun(token: str) -> str:
    """ "build-up" as "buildup": a verb with its particle, hyphenated, is one noun."""
    m = _PARTICLE.fullmatch(token)
    return m.group(1) + m.group(2) if m else token


def _opens(text: str, at: int) -> bool:
    """Whether a word starts a sentence (the text's start, or after . ! ?)."""
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?"


def _common(token: str, first: bool, names: set[str], language: str) -> bool:
    """A lower-case word; or a sentence's capitalised first word that names a kind of happening and is not
    written capitalised elsewhere as a name ("Саммит открылся", "Strikes halted ...")."""
    if not token[0].isupper():
        return True
    return first and token not in names and any(concept_of(w, language) for w in ascii_words(token))
