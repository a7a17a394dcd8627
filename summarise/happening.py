"""Whether a sentence can be the evidence of a happening: a question, a credit line or a quotation cannot, nor
a sentence that names nothing and tells no happening."""

from __future__ import annotations

import re

from anyascii import anyascii

from summarise.concepts import WORD, ascii_words, kinds
from summarise.dates import find_phrases
from summarise.figures import FIGURE
from summarise.furniture import SOURCE_LABELS
from summarise.lexicon import FUNCTION_WORDS

_QUESTION_MARKS = ("?", "？", "؟", "\u037e")  # the Greek question mark looks like a semicolon


def question(sentence: str) -> bool:
    """Whether a sentence asks rather than tells ("What does Varnia want?"): it reports no happening. A
    question it quotes ("Protesters chanted 'Where is the money?'") is something that happened."""
    text = sentence.strip()
    bare = text.rstrip(" \"'”»)")
    if not bare.endswith(_QUESTION_MARKS):
        return False
    quoted = len(bare) < len(text) and any(q in bare[1:] for q in "\"“«'‘")
    return not quoted


# "Source: the State Department's spokesperson, at a briefing": a line that credits what the story says.
_ATTRIBUTION = re.compile(
    r"^\W*(" + SOURCE_LABELS + r"|sources|fontes|fuentes|quellen|источники|джерела|źródła|bron|lähde|forrás|zdroj"
    r"|izvor|πηγή|photo|foto|credit)\s*:",
    re.IGNORECASE,
)


_OPENING_QUOTES = '"“„«‘‹'


def _opens(before: str) -> bool:
    """Whether the text just before a sentence ends in a quotation mark that opens a quotation: one after a space
    or at the start. After a word or a stop the same mark closes one ('said "We stay." Police came', German
    '„Wir bleiben.“ Die Polizei kam'), and the sentence after it is the report's own."""
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    return len(before) == 1 or before[-2].isspace() or before[-2] in "([:—–-"


QUOTE_REACH = 2000  # characters back a quotation is looked for: a wall of text with no blank line is read in bounds


def paragraph_before(text: str, start: int) -> str:
    """A text's paragraph up to ``start``, at most QUOTE_REACH characters of it: where a quotation a sentence
    stands in was opened."""
    floor = max(0, start - QUOTE_REACH)
    at = text.rfind("\n\n", floor, start)
    return text[at + 1 if at >= 0 else floor : start]


def _inside_quotation(before: str, sentence: str) -> bool:
    """Whether a sentence goes on with a quotation that its paragraph opened before it and that closes in it
    ("„Tonight the country turned the page. I will be the prime minister of all”, said Velk."): ``before`` is
    the paragraph up to the sentence. Each opening mark waits for its own closing one: „ for “ or ”, “ for ”,
    « for », and » for « where the paragraph writes »…« (German, Danish); a straight mark after a figure is an
    inch (14"). A quotation that never closes in the sentence is a stray mark, and says nothing."""
    text = before + sentence
    reversed_guillemets = "»" in text and ("«" not in text or text.index("»") < text.index("«"))
    pairs = {"„": "“”", "“": "”", "«": "»"} if not reversed_guillemets else {"„": "“”", "“": "”", "»": "«"}
    waiting: list[str] = []
    for n, ch in enumerate(before):
        if waiting and ch in waiting[-1] and (ch != '"' or not before[n - 1 : n].isdigit()):
            waiting.pop()
        elif ch in pairs:
            waiting.append(pairs[ch])
        elif ch == '"' and not before[n - 1 : n].isdigit():
            waiting.append('"')
    return bool(waiting) and any(ch in sentence for ch in waiting[-1])


# "Mediator Maren Holtvedt: "The guns should fall silent"", "- Berényi: 'not the start of a cycle'": a name,
# a colon and a quotation, as live blogs and headlines give what someone said (a list's mark may lead).
_SAID_LINE = re.compile(r"^\W{0,2}\s*(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,3}[A-ZÀ-Þ][\w.'’-]*\s*:\s*[\"“„«‘']")


def reports_nothing(sentence: str, before: str = "") -> str | None:
    """Why a sentence cannot be the evidence of a happening, if it cannot: it asks a question; it is a line
    that credits the story ("Source: ..."), which says where the words came from; it opens with a quotation
    (``before``: its paragraph up to it, where the quotation mark may stand), goes on with one its paragraph
    opened (``_inside_quotation``), or opens with a name, a colon and a quotation, which give what someone said,
    in their words, not the report of what happened; or it is a byline or a date line."""
    if question(sentence):
        return "its evidence asks a question: it reports nothing"
    if _ATTRIBUTION.match(sentence):
        return "its evidence is a credit line: it says where the story came from"
    # A French « stands a space before its words; a line's end between them means the mark closed the line above.
    if (sentence.lstrip()[:1] or " ") in _OPENING_QUOTES or _opens(before.rstrip(" \u00a0\u202f")):
        return "its evidence is a quotation: what someone said, not a report of what happened"
    if _inside_quotation(before, sentence):
        return "its evidence goes on with a quotation: what someone said, not a report of what happened"
    if _SAID_LINE.match(sentence):
        return "its evidence is a name and a quotation: what someone said, not a report of what happened"
    if _date_line(sentence):
        return "its evidence is a byline or a date line: a name and when it was written, no happening"
    if no_comment(sentence):
        return "its evidence says someone would not comment: no happening"
    if _TIMES_NOTE.match(sentence.strip()):
        return "its evidence says how the page gives its times: no happening"
    return None


# A live page's note on its clock ("All times local (UTC+1).", "All times are GMT", "Alle Zeiten in MEZ", "Toutes les
# heures sont locales", "Todas las horas, hora local"): a whole sentence that says only that.
_TIMES_NOTE = re.compile(
    r"^(?:all\s+)?times\s+(?:are\s+)?(?:shown\s+|given\s+)?(?:in\s+)?(?:local|eastern|central|pacific|(?-i:[A-Z]{2,5}))"
    r"(?:\s+time)?(?:\s*\([^()]{0,20}\))?[.!]?$"
    r"|^alle\s+(?:zeiten|uhrzeiten|zeitangaben|tijden)\s+(?:sind\s+|zijn\s+)?(?:in\s+)?(?:ortszeit|lokale\s+tijd"
    r"|(?-i:[A-Z]{2,5}))[.!]?$"
    r"|^(?:toutes\s+les\s+heures|todas\s+las\s+horas|tutti\s+gli\s+orari|todos\s+os\s+horários)\s*,?\s+"
    r"(?:sont\s+|son\s+|sono\s+|são\s+)?(?:indiquées\s+)?(?:en\s+|in\s+)?(?:heure\s+locale|locales|hora\s+local|locali"
    r"|ora\s+locale|locais|(?-i:[A-Z]{2,5}))[.!]?$"
    r"|^(?:alla\s+tider\s+är\s+\w+\s+tid|время\s+(?:московское|местное)|час\s+київський|tüm\s+saatler\s+\w+)[.!]?$",
    re.IGNORECASE,
)


# Someone who would not or could not comment ("declined to comment", "did not respond to requests for comment",
# "war nicht erreichbar", "n'a pas souhaité faire de commentaire", "declinó comentar", "non ha voluto commentare").
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused) to comment\b"
    r"|\b(?:has|have|had|did) not (?:immediately )?(?:responded|respond|replied|reply) to (?:\w+ ){0,2}requests? for"
    r" comment\b|\bcould not (?:immediately )?be reached(?: for comment)?\b|\b(?:was|were) not (?:immediately )?"
    r"available for comment\b|\bwar (?:zunächst )?(?:für eine Stellungnahme )?nicht (?:für eine Stellungnahme )?"
    r"erreichbar\b|\bwollte sich (?:zunächst )?nicht (?:dazu )?äußern\b|\blehnte (?:eine Stellungnahme|einen "
    r"Kommentar) ab\b|\bn'a pas (?:souhaité|voulu) (?:faire de )?commentaire|\bn'a pas répondu (?:à nos|aux) "
    r"(?:sollicitations|questions)\b|\bdeclinó (?:hacer )?coment|\bno respondió a (?:las )?(?:preguntas|solicitudes"
    r"|peticiones)\b|\bno quiso hacer comentarios\b|\bnon ha (?:risposto alle (?:domande|richieste)|voluto "
    r"commentare)\b|\bnão respondeu (?:aos|às) (?:pedidos|contactos|perguntas)\b|\bwilde niet reageren\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"[,;]\s*(?:but|aber|doch|mais|pero|sino|ma|mas|maar)\b|\bbut\b", re.IGNORECASE)


def no_comment(sentence: str) -> bool:
    """Whether a sentence only tells that someone would not or could not comment ("The central bank declined to
    comment."): no happening. One that goes on with what someone else did ("..., but its chief executive said it
    would not negotiate") is read as it is."""
    found = _NO_COMMENT.search(sentence)
    return found is not None and not _BUT.search(sentence, found.end())


_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _date_line(sentence: str) -> bool:
    """Whether a line is a byline or a date line: a full date, a time, and no more than a name beside them
    ("Jakub Dvořáček | 22. listopadu 2026 21:15", "Marek Zalewski, 24 listopada 2026, 16:20", "Published 24
    November 2026")."""
    phrases = [p for p in find_phrases(sentence) if re.search(r"\d{4}", p)]
    if not phrases:
        return False
    rest = sentence
    for phrase in phrases:
        rest = rest.replace(phrase, " ")
    words = re.findall(r"[^\W\d_]+", _TIME.sub(" ", rest))
    return len(words) <= 4 and all(w[:1].isupper() for w in words)


# The outlet speaking of itself, by language ("We are pausing our live coverage here for tonight"); its own voice
# also addresses the reader or has no subject ("Thank you for following", "There is ..."). Each word is read in
# its own language only: Italian "I" is "the", Portuguese "nos" is "in the".
_WE = {
    language: frozenset(words.split())
    for language, words in {
        "en": "we our", "de": "wir", "fr": "nous", "it": "noi", "es": "nosotros", "nl": "we wij", "pt": "nós",
        "id": "kami kita", "sv": "vi", "da": "vi", "no": "vi", "nb": "vi", "fi": "me", "tr": "biz", "ru": "мы",
        "uk": "ми", "el": "εμείς",
    }.items()
}  # fmt: skip
# Not Romanian "noi" (also "new"), Hungarian "mi" (also "what"), Czech, Slovak and Polish "my" (a quotation printed
# without its marks: "My jsme připraveni, řekl ministr").
# Its thanks and its farewells, by language ("Thank you for following", "Terima kasih telah mengikuti", "Sekian
# liputan langsung kami hari ini"); not Swedish "tack" nor Danish "tak" ("tack vare", thanks to).
_THANKS = {
    "en": "i you there here thank thanks welcome", "de": "danke", "fr": "merci", "es": "gracias",
    "it": "grazie", "pt": "obrigado obrigada", "nl": "bedankt dank", "id": "terima sekian ikuti", "pl": "dziękujemy",
    "cs": "děkujeme", "sk": "ďakujeme", "no": "takk", "nb": "takk", "fi": "kiitos",
    "ro": "mulțumim", "tr": "teşekkürler", "ru": "спасибо", "uk": "дякуємо", "hr": "hvala", "hu": "köszönjük",
    "el": "ευχαριστούμε",
}  # fmt: skip
_OWN_VOICE = {
    language: _WE.get(language, frozenset()) | frozenset(words.split()) for language, words in _THANKS.items()
}


def _code(language: str) -> str:
    return language.split("-")[0].lower()


def tells_nothing(sentence: str, language: str) -> bool:
    """Whether a sentence speaks in the outlet's own voice (or with no subject: "There is"), names no one and
    nothing, tells no kind of happening and states no figure ("We are closing this live page for the night.",
    "There is a familiar rhythm to industrial disasters."): a live blog's sign-off or an essay's opening, not a
    report. "It was brought under control overnight" is one (its subject is in the sentence before)."""
    words = WORD.findall(sentence)
    opening = sentence.lstrip("-–•* ")  # a list's mark may lead; a quotation mark may not (a quote is no voice)
    voice = _OWN_VOICE.get(_code(language), frozenset())
    if not words or not opening.startswith(words[0]) or words[0].lower() not in voice:
        return False
    if any(ch.isdigit() for ch in sentence) or FIGURE.search(sentence):
        return False
    if any(w[0].isupper() and anyascii(w).lower() not in FUNCTION_WORDS for w in words[1:]):
        return False
    return not kinds([a for w in words for a in ascii_words(w)], language)


PARAGRAPH_REACH = 3000  # characters looked back for a paragraph's start, and on for its first sentence's end


def signed_off(text: str, start: int, language: str) -> bool:
    """Whether the sentence at ``start`` stands in a paragraph that opens with the outlet's own voice and names
    nothing ("We are pausing our live coverage here for tonight. The search will go on through the night ...
    and we will be back"): a live page's sign-off, whose sentences tell what is to come, not what happened."""
    opens = text.rfind("\n\n", max(0, start - PARAGRAPH_REACH), start)
    if opens < 0 and start > PARAGRAPH_REACH:
        return False  # no paragraph's start in reach: a wall of text is read as no live page's sign-off
    opens = 0 if opens < 0 else opens + 2
    stop = text.find(".", opens, opens + PARAGRAPH_REACH)
    head = text[opens : stop + 1 if stop >= 0 else opens + PARAGRAPH_REACH].strip()
    first = head.split(maxsplit=1)[0].lower() if head else ""
    return first in _WE.get(_code(language), frozenset()) and tells_nothing(head, language)
