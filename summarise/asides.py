"""Asides of a sentence: a clause between commas that tells of something else through a relative word
(", the regional operator whose train derailed on Tuesday, on Friday suspended its chief"). What an aside
tells is not what the sentence reports: neither its kind of happening nor its date."""

from __future__ import annotations

import re

# A relative clause that ends the sentence is left whole (", which killed five people.").
# The words that open one after a short appositive that opens with an article (", the regional operator whose
# ..."), a relative and nothing else: not "que", "che" (also "that": ", le syndicat a annoncé que ...").
_LED = (
    r"who|whose|whom|which|where|qui|dont|lequel|laquelle|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|cui|dove|cujo|cuja"
    r"|onde"
)
# Right after the comma, also the relative words of the other languages read, where none is a common word of another
# language read with commas (English "die", "den", "care" are left out; Romanian "care" only before its verb's
# auxiliary or clitic: ", care a paralizat").
_RELATIVE = "|".join(
    (
        _LED,
        r"lesquels|lesquelles|que|che|der|das|dem|deren|dessen|welche\w*|waar|som|kt[oó]r\w*|kter\w*|koj[aeiou]\w*",
        r"care(?=\s+(?:a|au|s-a|s-au|se|este|sunt|era|erau|nu|o|l-a|i-a|va|vor|ar)\s)|котор\w*",
        r"як(?:ий|а|е|і|ого|ій|им|их|ому|ою)|joka|jonka|jota|jossa|josta|johon|jolla|jotka|joiden|joita|joissa|joista",
        r"joihin|aki\w*|amely\w*|ami\w*|ahol|που|όπου|(?:ο|η|το|οι|τα)\s+οποί\w*|yang",
    )
)  # ASCII and not: Czech "který", Russian "который", Greek "η οποία", Indonesian "yang"
# The relative word right after the comma, or a led one after a short appositive that opens with an article: a
# main clause that holds a relative ("a train which was carrying 300 people derailed") is no aside.
_ARTICLE = r"the|a|an|el|la|los|las|le|les|il|lo|un|una|une|uno|o|os|as|um|uma"
# A Slavic participle in the plural opens an aside as a relative word does (", uprowadzonych w niedzielę
# wieczorem,", the workers kidnapped on Sunday night; ", похищенных в воскресенье,"): its forms are no finite verb's
# (Polish "porwali") nor a noun's (singular "-ona", "-any" also end "obrona", "Germany").
_PARTICIPLE = r"\w+(?:onych|anych|ętych|ytych|itych|ących|ených|aných|ících|oucích|нных|вших|ющих|ящих|емых|имых)"
# An English participle and its preposition open one too (", operated by Quellan Ferries and arriving from the Isle
# of Quellan,"; ", according to the police,"): what the ferry is, not what it did. Not a past tense ("collided with").
_ENGLISH_PARTICIPLE = r"[a-z]+ing\s+(?:from|to|in|at|on|with|for|into)|[a-z]+ed\s+by"
_ASIDE = re.compile(
    rf",\s+(?:(?:{_ARTICLE})\s+[^,;:\s]+(?:\s+[^,;:\s]+){{0,3}}\s+(?:{_LED})|{_RELATIVE}|{_PARTICIPLE}"
    rf"|{_ENGLISH_PARTICIPLE})\s[^,;:]*(?=,)",
    re.IGNORECASE,
)


# Words that open a sentence with where or when ("In Ostrow, a train which was carrying 300 people derailed"):
# what follows their comma is the sentence itself, not an aside.
_OPENERS = frozenset(
    "in on at after before during from since by near with while when as yesterday today meanwhile however "
    "en dans après apres tras despues después dopo am nach em apos após".split()
)


def asides(sentence: str) -> list[tuple[int, int]]:
    """Where the asides of a sentence stand (from the comma before to the comma after, that one left out):
    not after a sentence's opening of where or when ("In Ostrow,", "On Tuesday,")."""
    first = sentence.split(maxsplit=1)[0].lower() if sentence.strip() else ""
    comma = sentence.find(",")  # each read once: a sentence of many asides is read in one pass
    text_at = len(sentence) - len(sentence.lstrip())
    found = []
    for m in _ASIDE.finditer(sentence):
        led = _RIGHT_AFTER.match(m.group(0)) is None  # ", a train which ...", not ", whose train ..."
        opening = first in _OPENERS and comma == m.start()  # the sentence's first comma opens the aside
        if m.start() > text_at and not (led and opening):
            found.append(m.span())
    return found


_RIGHT_AFTER = re.compile(rf",\s+(?:{_RELATIVE}|{_ENGLISH_PARTICIPLE})\s", re.IGNORECASE)
_TRAILING = re.compile(rf",\s+(?:{_RELATIVE})\s", re.IGNORECASE)
# Or, past a sentence's first comma, after a place it describes, opened by an article (", la localidad del norte
# del país donde ..."): after the first comma such a phrase is mostly the main clause ("Two days after the
# attack, the man who had fled was arrested").
_TRAILING_PLACE = re.compile(
    rf",\s+(?:{_ARTICLE})\s+[^,;:\s]+(?:\s+[^,;:\s]+){{0,5}}\s+(?:where|donde|dove|onde|où|waar)\s", re.IGNORECASE
)


def trailing_clause(sentence: str) -> list[tuple[int, int]]:
    """Where a relative clause that ends the sentence stands (", which the group Black Lantern claimed on
    Wednesday."; ", la localidad ... donde la rotura de un dique obligó el sábado a evacuar ..."): what it tells
    may be the same happening (", which killed five people"), so its kind stands, but its date is not the
    sentence's when the sentence gives another. Read from the sentence's last comma."""
    at = _last_clause(sentence, _TRAILING)
    if at is None and sentence.find(",") < sentence.rfind(","):
        at = _last_clause(sentence, _TRAILING_PLACE)
    return [] if at is None else [(at, len(sentence))]


def _last_clause(sentence: str, opener: re.Pattern[str]) -> int | None:
    """Where the clause after a sentence's last comma begins, when ``opener`` opens it and it runs to the end."""
    at = sentence.rfind(",")
    if at < 0 or any(ch in sentence[at + 1 :] for ch in ";:") or not opener.match(sentence, at):
        return None
    return at


def without_asides(sentence: str) -> str:
    """A sentence without its asides, and the comma that closed each: what it reports ("the strike, which
    halted trains for three days, was suspended" reads "the strike was suspended")."""
    out, at = [], 0
    for start, end in asides(sentence):
        out.append(sentence[at:start])
        at = end + 1 if sentence.startswith(",", end) else end
    return "".join(out) + sentence[at:]


_PERSON_TRAILING = re.compile(r",\s+(?:who|whom|whose|quien|quienes)\s", re.IGNORECASE)


def without_persons_clause(sentence: str) -> str:
    """A sentence without a relative clause on a person that ends it (", who resigned on Wednesday."): it
    tells what that person did before, not what the sentence reports."""
    at = _last_clause(sentence, _PERSON_TRAILING)
    return sentence if at is None else sentence[:at] + "."


def without_trailing(sentence: str) -> str:
    """A sentence without the relative clause that ends it (", where the authority oversees the rescue.")."""
    spans = trailing_clause(sentence)
    return sentence[: spans[0][0]] if spans else sentence
