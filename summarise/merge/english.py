"""Words whose meaning turns on the words beside them, read where they stand. English: "left Mirava" is a
departure, "left 12 dead" none; "fired the governor" and "Kłosek was dismissed" are dismissals, "fired tear gas"
and "a fire broke out" none; "called off" is an end; a river that "burst its banks" is in flood, a fire "under
control" is put out; "her victory speech" is no result, "emergency services" no state of emergency, an
"emergency landing" a mishap; one who meets "the deadline" or "a corner" meets no one. In other languages too: a
sum "received" ("recibió al menos 410.000 euros") is no meeting; Italian "si chiude" is an end, "chiude" alone a
closure; Spanish "a juicio de" is an opinion, no trial; Czech "se odvolá" is an appeal; Polish "zatrzymał się"
is a stop, no arrest."""

from __future__ import annotations

import re
from functools import lru_cache

from summarise.kind_context import CONTROL, UNDER
from summarise.lexicon import TITLES

_LEFT_FOR = re.compile(
    r"\s+(?:for\s|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s*(?:[,.;:—–]|$)|\s+(?:on|for|after|at|to|early|late|last"
    r"|this|yesterday|today|tonight|aboard)\b))"
)


def _departed(token: str, text: str, end: int) -> str:
    """English "left" is a departure only when "for" follows, or a place that ends the clause or is followed by
    when or whither ("left Mirava on Wednesday", "leaves for Velmar"); "the blast left 12 dead", "the storm left
    Florida without power" and "the left wing" are none."""
    if token.lower() in ("left", "leaves", "leaving") and _LEFT_FOR.match(text, end):
        return "departed"
    return token


_STAFF = TITLES | {"coach", "manager", "ceo", "executive", "boss", "editor", "staff", "governor", "chief"}
_LINKS = r"(?:at|by|of|in|on|to|for|with|from|into|over|the|a|an)\b"
# What may follow "her" when she is the one fired ("fired her on Monday", "dismissed her amid protests"); any
# other lower-case word makes it hers ("fired her rifle").
_AFTER_HER = (
    r"(?:on|at|in|after|before|for|over|from|as|and|or|but|last|this|yesterday|today|because|amid|without|following"
    r"|days|weeks|months|hours|just|shortly|earlier|again|immediately|while|when)\b"
)
_NOT_THEIRS = r"(?!['’]|(?:\s+[A-Z][\w.-]*)+['’])"  # not "President Recep Tayyip Erdogan's remarks"
# Someone: a pronoun, or a title with up to three words before it ("central bank Governor") ...
_WHOM_TITLE = (
    rf"\s+(?:him\b|her\b(?!\s+(?!{_AFTER_HER})[a-z])|them\b|(?:(?:the|his|her|their|its)\s+)?"
    rf"(?:(?!{_LINKS})[\w-]+\s+){{0,3}}(?i:" + "|".join(sorted(_STAFF, key=len, reverse=True)) + r")\b)"
)
_FIRED_TITLE = re.compile(_WHOM_TITLE + _NOT_THEIRS)
# ... or a full name, read only after a verb in lower case (in a headline's capitals every word is one).
_FIRED_WHOM = re.compile(rf"(?:{_WHOM_TITLE}|\s+[A-Z][\w.-]+\s+[A-Z][\w.-]+\b){_NOT_THEIRS}")
# Verbs that dismiss someone, and do other things to what is not a person ("dismissed the claims", "removed
# the debris", "fired rockets"); "fire" is a verb only after a word that asks for one ("to fire", "should fire").
_REMOVING = frozenset(
    """fired fires firing dismiss dismissed dismisses dismissing remove removed removes removing oust ousts
    ousting""".split()
)
_TO_FIRE = re.compile(
    r"(?:\bto|\bwill|\bwould|\bcould|\bshould|\bmust|\bcan|\bmay|\bmight|\bnever|\bdid|\bnot|n['’]t)\s+$"
)
_FIRE_WHOM = re.compile(r"\s+(?:him|her|them|the|his|their|its|[A-Z])")  # "to fire the governor", not "fire chief"


# "Kłosek was dismissed", "the coaches were fired": one person named, or people titled, then a passive. "The
# appeal was dismissed", "Shots were fired" are none.
_PASSIVE_OF = re.compile(
    r"(?:(?:^|[.!?;:,]\s+|\b(?:and|but)\s+)(?!(?:It|This|That|Which|What)\b)[A-Z][\w'’.-]*[^\W\d_]"
    r"\s+(?:was|has\s+been|had\s+been|was\s+being)|\b(?i:"
    + "|".join(sorted(_STAFF, key=len, reverse=True))
    + r")s?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|was\s+being|is\s+being))\s+(?:[a-z]+ly\s+)?$"
)


def _fired(token: str, text: str, end: int) -> str:
    """English "fire", "dismiss", "remove" and "oust" are a dismissal when someone is their object ("fired the
    central bank governor", "dismissed central bank Governor Levent Ozkaya", "to fire him", "removed Levent
    Ozkaya", "Erdogan Fires Central Bank Governor"); else the word is left as written (a fire, the fire chief,
    guns fired, claims dismissed, debris removed)."""
    low = token.lower()
    if low == "fire":
        before = max(0, end - len(token) - 16)  # "to", "should", "n't" and a space just before it
        verb = _TO_FIRE.search(text, before, end - len(token)) is not None and _FIRE_WHOM.match(text, end) is not None
    else:
        verb = low in _REMOVING
    whom = _FIRED_WHOM if token[:1].islower() else _FIRED_TITLE
    if verb and whom.match(text, end):
        return "sacked"
    start = end - len(token)
    if low in _REMOVING and low.endswith("ed") and _PASSIVE_OF.search(text, max(0, start - 80), start):
        return "sacked"  # "Kłosek was dismissed after a 6-1 defeat"
    return token


_OFF = re.compile(r"\s+off\b")


def _called_off(token: str, text: str, end: int) -> str:
    """ "called off" (a strike, a match) as one word: an end, where "called" alone is a call."""
    if token.lower() in ("call", "calls", "called", "calling") and _OFF.match(text, end):
        return "calledoff"
    return token


_SI = re.compile(r"\bsi\s+(?:è\s+)?$", re.IGNORECASE)


def _closed_itself(token: str, text: str, end: int) -> str:
    """Italian "si chiude" / "si è chiuso" (a strike, a dispute closes itself: it ended), where "chiude" alone
    is a shop or a road that closes."""
    if token.lower() in ("chiude", "chiuso", "chiusa", "conclude") and _SI.search(
        text, max(0, end - len(token) - 8), end - len(token)
    ):
        return "concluso"
    return token


# "received at least EUR 640,000", "recibió al menos 410.000 euros", "a reçu plus de 2 millions": a sum received
# is no meeting, where "received the delegation" (or "12 ambassadors") is one. A sum: a currency sign or code, or a
# figure with a word of money or millions, after at most a word or two that say how much.
_SUM = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|less\s+than|up\s+to|about|around|some|nearly|almost|over|a\s+total\s+of|al\s+menos"
    r"|más\s+de|cerca\s+de|unos|unas|au\s+moins|plus\s+de|près\s+de|environ|mindestens|mehr\s+als|rund|etwa|über"
    r"|almeno|oltre|circa|ponad|co\s+najmniej|około|ao\s+menos|pelo\s+menos|mais\s+de|minstens|ruim|bijna)\s+)?"
    r"(?:[€$£¥]|(?:EUR|USD|GBP|CHF|PLN|TRY|SEK|NOK|DKK|CZK|HUF|RON)\b|\d[\d.,\s]*(?:m|bn|mln|mld|k)?\s*(?:"
    r"euros?|dollars?|pounds?|francs?|lira|liras|zloty|złotych|zł|lei|kronor|kroner|forint|rubles?|рублей|"
    r"million|millions|billion|billions|millones|milioni|milhões|milhoes|milliards?|miliony|milionów|milionow|"
    r"miliardy|milioane|tysięcy|tysiecy)\b)",
    re.IGNORECASE,
)
_RECEIVING = frozenset(
    "received receives receive receiving recibió recibio recibe recibieron reçu recu reçoit empfing".split()
)


def _received_sum(token: str, text: str, end: int) -> str:
    """ "received", "recibió", "reçu" followed by a sum of money: no meeting (the word is left out)."""
    if token.lower() in _RECEIVING and _SUM.match(text, end):
        return "obtained"
    return token


# What one meets that is no one to meet with: "meet the deadline", "met demands", "to meet a corner".
_MET_THING = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|our|all|these|those)\s+)?(?:[a-z-]+\s+)?(?:deadlines?|targets?|demands?"
    r"|requirements?|standards?|criteria|expectations?|needs|goals?|corners?|cross|ball|costs?|obligations?|conditions?"
    r"|quotas?|forecasts?)\b"
)
_MEETING_WORDS = frozenset({"meet", "meets", "met", "meeting"})


def _met_a_thing(token: str, text: str, end: int) -> str:
    """ "meet" a deadline, a demand, a corner: no meeting (the word is left out)."""
    if token.lower() in _MEETING_WORDS and _MET_THING.match(text, end):
        return "fulfilled"
    return token


# "The river Selde burst its banks", "broke its banks": a river in flood, told in words none of which is a flood.
_BANKS = re.compile(r"\s+(?:its|their)\s+banks\b", re.IGNORECASE)


def _burst_banks(token: str, text: str, end: int) -> str:
    """ "burst its banks" as one word: a flood."""
    if token.lower() in ("burst", "bursts", "bursting", "broke", "breaks", "breaking") and _BANKS.match(text, end):
        return "flooded"
    return token


_UNDER = re.compile(rf"\b(?:{UNDER})\s+$", re.IGNORECASE)


_FIRE = re.compile(
    r"\b(?:fire|fires|blaze|wildfire|wildfires|flames|incendio|incendi|incêndio|feu|feux|brand|brände|waldbrand|"
    r"fuoco|rogo|fogo|pożar|požár|yangın|πυρκαγιά|pyrkagia|branden|skogsbranden|skovbranden|incendiu|incendiul)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _tells_fire(text: str) -> bool:
    return _FIRE.search(text) is not None  # once per text, however many times it says "control"


def _under_control(token: str, text: str, end: int) -> str:
    """A fire "brought under control" ("bajo control", "unter Kontrolle", "under kontroll", "pod kontrolą") as one
    word: its end, where "control" alone is anything ("the situation is under control")."""
    start = end - len(token)
    if token.lower() in CONTROL and _UNDER.search(text, max(0, start - 12), start) and _tells_fire(text):
        return "undercontrol"
    return token


# "her victory speech", "the victory parade": a victory that names what celebrates it is no result itself.
_CELEBRATION = re.compile(r"\s+(?:(?i:speech|speeches|parade|parades|rally|rallies|party|celebrations?|lap)|march)\b")


def _victory_of(token: str, text: str, end: int) -> str:
    """ "victory" before what celebrates it (a speech, a parade): no result, the word left out."""
    if token.lower() == "victory" and _CELEBRATION.match(text, end):
        return "victorious"
    return token


# "emergency services said", "an emergency meeting", "an emergency fund": who or what serves in emergencies, no
# state of emergency ("declared a state of emergency", "emergency rule" are).
_EMERGENCY_OF = re.compile(
    r"\s+(?:services?|workers|crews?|teams?|responders|room|rooms|department|ward|fund|funds|payments?|aid|"
    r"supplies|shelters?|vehicles?|calls?|number|meeting|meetings|session|talks|summit|staff|doctors|medical|"
    r"medics|personnel|management|plan|plans|exit|exits|brake|contraception|surgery|care|cabinet)\b",
    re.IGNORECASE,
)


_LANDING = re.compile(r"\s+landings?\b", re.IGNORECASE)


def _emergency_of(token: str, text: str, end: int) -> str:
    """ "emergency" before who or what serves in one: no state of emergency (the word left out); an emergency
    landing is an aircraft's mishap, over when it lands, not a state that lasts."""
    if token.lower() == "emergency" and _EMERGENCY_OF.match(text, end):
        return "urgent"
    if token.lower() == "emergency" and _LANDING.match(text, end):
        return "emergencylanding"
    return token


# Czech "se odvolá", "se proti rozsudku odvolal" (reflexive: appealed), where "odvolá ministra" recalls a minister.
_ODVOLAT = frozenset("odvolá odvolává odvolal odvolala odvolali odvolají odvolat odvolám odvoláme".split())
# "se" right before the verb, or with only what it appeals against between ("se proti rozsudku odvolal"); not the
# "se" of another verb ("Premiér se rozhodl odvolat ministra": decided to recall).
_SE = re.compile(r"\bse\s+(?:(?:proti|k|ke)\s+\S+\s+)?$", re.IGNORECASE)
_SE_AFTER = re.compile(r"\s+se\b", re.IGNORECASE)  # "Odvolal se proti rozsudku"


def _appealed(token: str, text: str, end: int) -> str:
    """Czech "odvolat se" is to appeal; "odvolat" alone, to recall or dismiss ("Premiér odvolal ministra")."""
    start = end - len(token)
    if token.lower() not in _ODVOLAT:
        return token
    if _SE.search(text, max(0, start - 40), start) or _SE_AFTER.match(text, end):
        return "odvolání"
    return "odvolaný"  # recalled


# Polish "zatrzymał się" (it stopped: a train, a talk) is no arrest; "policja zatrzymała kapitana" is one.
_ZATRZYMAC = frozenset("zatrzymał zatrzymała zatrzymali zatrzymało zatrzymano zatrzymuje".split())
_SIE = re.compile(r"\s+się\b", re.IGNORECASE)


def _stopped(token: str, text: str, end: int) -> str:
    """Polish "zatrzymać się" is to stop; "zatrzymać" someone, to detain them."""
    return "stanął" if token.lower() in _ZATRZYMAC and _SIE.match(text, end) else token


_A_JUICIO = re.compile(r"\ba\s+$", re.IGNORECASE)
_DE = re.compile(r"\s+de[l]?\b", re.IGNORECASE)


def _in_the_view_of(token: str, text: str, end: int) -> str:
    """Spanish "a juicio de" is "in the view of", no trial."""
    start = end - len(token)
    if token.lower() == "juicio" and _A_JUICIO.search(text, max(0, start - 4), start) and _DE.match(text, end):
        return "opinion"
    return token


_READINGS = (
    _departed,
    _met_a_thing,
    _burst_banks,
    _received_sum,
    _under_control,
    _victory_of,
    _emergency_of,
    _in_the_view_of,
    _appealed,
    _stopped,
    _fired,
    _called_off,
    _closed_itself,
)


def english_verb(token: str, text: str, end: int) -> str:
    """The word that says what a word of many meanings means where it stands (``end``: where it ends), each
    reading of this module in turn (the module's docstring lists them)."""
    for read in _READINGS:
        token = read(token, text, end)
    return token
