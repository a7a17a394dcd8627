"""Figures as articles state them, whole: a qualifier ("at least", "nearly", "около"), a currency, a number
or range ("25,000 to 30,000", "between 40 and 50"), a scale ("million", "млрд"), a unit ("per cent",
"km", "-magnitude") and the thing counted ("people", "troops"), with the sentence that states it.

Clock times, durations ("72-hour"), years and the day of a date are not figures. Nothing is rounded,
averaged or converted: the text is kept as written, and a number is read only to compare claims.
"""

from __future__ import annotations

import re
from datetime import date

from summarise.lexicon import CALENDAR_WORDS, FUNCTION_WORDS
from summarise.models import DateSource, Evidence, Figure
from summarise.sentences import sentences

QUALIFIERS = [
    "at least",
    "at most",
    "nearly",
    "almost",
    "up to",
    "more than",
    "less than",
    "fewer than",
    "over",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "as many as",
    "an estimated",
    "a record",
    "above",
    "below",
    "within",
    "between",
    "почти",
    "более",
    "около",
    "свыше",
    "не менее",
    "порядка",
    "mindestens",
    "fast",
    "rund",
    "etwa",
    "über",
    "knapp",
    "au moins",
    "près de",
    "plus de",
    "environ",
    "entre",
    "al menos",
    "casi",
    "más de",
    "unos",
    "cerca de",
    "alrededor de",
    # each language's ordinary words for "about", "at least", "more than", "up to", "within"
    *"all|a radius of|unas|hasta|menos de|un radio de|jusqu'à|moins de|ca.|bis zu|mehr als|weniger als".split("|"),
    *"ponad|około|ok.|prawie|co najmniej|blisko|niemal|nawet".split("|"),
    *"mais de|pelo menos|quase|até|aproximadamente|um raio de|perto de".split("|"),
    *"circa|oltre|almeno|quasi|fino a|più di|meno di".split("|"),
    *"sedikitnya|sekitar|sebanyak|lebih dari|hampir|setidaknya|kurang dari|radius".split("|"),
    *"yaklaşık|en az|neredeyse|en fazla".split("|"),
    *"ruim|meer dan|minder dan|ongeveer|bijna|minstens|ten minste|zo'n|tot wel".split("|"),
    *"drygt|minst|nästan|omkring|över|mindst|næsten|knap".split("|"),
    *"nejméně|nejmíň|téměř|přes|zhruba|kolem|legalább|mintegy|közel|több mint|csaknem".split("|"),
    *"до|примерно в|примерно|приблизно|щонайменше|близько|понад|майже|не менше".split("|"),
]
# The start of a range: "from 35% to 12.5%", "от 25 до 30 тыс.", "від 25 до 30 тис."
_FROM = r"(?:from|от|від)(?=\s+\S+(?:\s+\S+)?\s+(?:to|до)\s+\S*\d)"
_QUAL = _FROM + "|" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_CUR = r"(?:US\$|C\$|A\$|[$€£¥₹₽])"
_NUM = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = (
    r"(?:million|billion|trillion|thousand|bn|mn|m|тыс\.|млн|млрд|трлн|Millionen|Milliarden|Mio\.|Mrd\."
    r"|milliards?|millions?|mil millones|millones|mil|tys\.|тис\.|mln|mld|bin|milyar|milyon|ribu|juta|miliar"
    r"|milhões|milhão|miliardi|miliardo|milioni|milione|mila)"
)
_PCT = r"(?:%|per cent|percent|процент\w*|Prozent|pour cent|por ciento|por cento|per cento|proc\.?|persen)"
_LINK = r"(?:to|and|-|–|до|bis|à|a|y|et|und|и)"
_WORDS = (
    r"(?:tens of thousands|hundreds of thousands|hundreds|thousands|millions|dozens"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen)"
)
_AMOUNT = rf"(?:{_CUR}?(?:{_NUM})(?:\s*{_SCALE}(?!\w))?|{_WORDS}(?=\s+(?:of\s+)?[^\W\d_]))"
FIGURE = re.compile(
    rf"(?<![\w.,:/-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?P<amount>{_AMOUNT}(?:\s*{_LINK}\s*{_AMOUNT}|\s*{_PCT}\s*(?:to|до|bis|à)\s*{_AMOUNT}(?=\s*{_PCT}))?)"
    rf"(?P<unit>\s*{_PCT}|-[a-zA-Z]+|\s?°?[CF](?![\w])|\s+(?:square\s+)?(?:km|mm|cm|m|metres|meters|kilometres|kilometers|kilometer|miles|kg)(?!\w))?"
    rf"(?P<thing>(?:\s+(?:of\s+the\s+\d+\s+)?[^\W\d_][\w'-]*){{0,3}})",
    re.IGNORECASE,
)
MAGNITUDE = re.compile(r"(?i)\bmagnitude\s+\d+(?:[.,]\d+)?|\b\d+(?:[.,]\d+)?[\s-]magnitude\b")
_DURATION = {
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "minute",
    "minutes",
    "second",
    "seconds",
    "old",
}
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_MEASURES = {
    "dead": "deaths",
    "killed": "deaths",
    "died": "deaths",
    "deaths": "deaths",
    "toll": "deaths",
    "injured": "injured",
    "wounded": "injured",
    "soldiers": "troops",
    "troops": "troops",
    "человек": "people",
    "personnes": "people",
    "menschen": "people",
    "personas": "people",
}


_NOUNS = {"people", "crown", "lira", "staff", "police", "personnel", "human", "человек", "menschen"}


def _thing(words: str) -> str:
    """The counted thing: up to three words after the number ("North Korean soldiers"), ending at its noun,
    stopping at a function word or a verb form."""
    kept: list[str] = []
    for w in words.split()[:3]:
        low = w.lower().strip(",.;:")
        if (low in FUNCTION_WORDS and low not in _NOUNS) or low in CALENDAR_WORDS or not low.isalpha():
            break
        if low.endswith(("ed", "ing")) and low not in _NOUNS:
            break
        kept.append(w.strip(",.;:"))
        if low.endswith("s") or low in _NOUNS or not w[0].isupper():
            return " ".join(kept)
    return " ".join(kept[:1]) if kept and not kept[0][0].isupper() else ""


UNKNOWN = "amount"  # the measure of a figure whose noun is not known
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/])")


def _in_numeric_date(sentence: str, at: int) -> bool:
    for d in _NUMERIC_DATE.finditer(sentence, max(0, at - 10)):
        if d.start() > at:
            return False
        if at < d.end():
            return True
    return False


def _is_figure(m: re.Match[str], sentence: str) -> bool:
    amount, unit = m.group("amount"), (m.group("unit") or "").strip(" -").lower()
    if unit in _DURATION or _CLOCK.match(sentence, m.start("amount")):
        return False
    if _in_numeric_date(sentence, m.start("amount")):
        return False  # a date written in figures ("4/6/2026", "04.06.2026") is none, nor a number in it
    bare = re.fullmatch(r"\d{4}", amount.strip())
    if bare and not (m.group("qual") or unit or m.group("thing").strip()):
        return False  # a year
    around = sentence[max(0, m.start() - 12) : m.end("amount") + 12].lower()
    has_month = any(re.search(rf"\b{w}\b", around) for w in CALENDAR_WORDS)
    day = re.fullmatch(r"\d{1,2}", amount.strip())
    return not (has_month and not m.group("qual") and day and 1 <= int(day.group(0)) <= 31)  # "36" is no day


_ALIASES = {
    "soldiers": "troops",
    "servicemen": "troops",
    "dead": "killed",
    "deaths": "killed",
    "casualties": "killed",
    "injured": "wounded",
    "человек": "people",
    "personnes": "people",
    "menschen": "people",
    "personas": "people",
}
_OUTCOMES = {
    "killed": "killed",
    "killing": "killed",
    "dead": "killed",
    "died": "killed",
    "wounded": "wounded",
    "injured": "wounded",
    "погибли": "killed",
    "погибших": "killed",
    "tote": "killed",
    "morts": "killed",
    "muertos": "killed",
}


def measure_of(text: str, sentence: str, end: int | None = None, start: int | None = None) -> str:
    """What a figure measures: its counted thing (or unit), and "killed" or "wounded" when the words right
    after it say so ("600 soldiers have been killed" -> "troops killed")."""
    if "magnitude" in text.lower():
        return "magnitude"
    if re.search(_PCT, text, re.IGNORECASE):
        return "per cent"
    words = [w.strip(".,") for w in text.lower().split()]
    noun = words[-1] if words and not re.search(r"\d", words[-1]) and not re.fullmatch(_WORDS, words[-1]) else ""
    noun = _ALIASES.get(noun, noun)
    after = sentence[end:].lower().split()[:6] if end is not None else []
    if start is not None:
        after = after + sentence[:start].lower().split()[-2:]
    outcome = next((_OUTCOMES[w.strip(".,")] for w in after if w.strip(".,") in _OUTCOMES), None)
    if noun in ("", "people") and not outcome:
        # "The number of people killed ... rose to at least 144": the sentence says what is counted.
        low = sentence.lower()
        outcome = next((o for w, o in _OUTCOMES.items() if re.search(rf"\b{w}\b", low)), None)
        outcome = outcome or ("killed" if re.search(r"death toll|toll", low) else None)
        noun = "people" if outcome else ""
    if outcome and noun != outcome:
        # People killed are simply "killed" (the death toll); "troops killed" stays apart.
        return outcome if noun in ("", "people") else f"{noun} {outcome}"
    return noun or UNKNOWN


def _outcome_follows(sentence: str, end: int) -> bool:
    return any(w.strip(".,") in _OUTCOMES for w in sentence[end:].lower().split()[:3])


def spans(sentence: str) -> list[tuple[int, int, int]]:
    """Where the figures of one sentence stand: (start, end of the value, end of the whole figure)."""
    found = [(m.start(), m.end(), m.end()) for m in MAGNITUDE.finditer(sentence)]
    at = 0
    # Each search starts where the last figure ends, not where its pattern stopped: the words after a counted
    # thing ("troops to within 40 km") may open the next figure.
    while m := FIGURE.search(sentence, at):
        at = max(m.end("amount"), m.start() + 1)
        if not _is_figure(m, sentence) or any(s <= m.start("amount") < e for s, _, e in found):
            continue
        thing = _counted(m.group("thing"))
        value_end = m.end("unit") if m.group("unit") else m.end("amount")
        if not thing and not re.search(r"\d", m.group("amount")) and not _outcome_follows(sentence, value_end):
            continue  # "thousands" alone counts nothing
        end = sentence.index(thing, value_end) + len(thing) if thing else value_end
        found.append((m.start(), value_end, end))
        at = max(at, end)
    return sorted(found)


def _counted(raw: str) -> str:
    """The counted thing after a number: "troops", or "of the 220 seats" (a part of a whole)."""
    whole = re.match(r"\s*(of\s+the\s+\d+\s+)(.*)", raw, re.IGNORECASE | re.DOTALL)
    if whole:
        thing = _thing(whole.group(2))
        return whole.group(1) + thing if thing else ""
    return _thing(raw[raw.lower().index("of ") + 3 :] if raw.strip().lower().startswith("of ") else raw)


def figures(
    text: str,
    article_id: str,
    outlet: str,
    published: date | None = None,
    published_source: DateSource = "none",
    *,
    within: list[Evidence] | None = None,
) -> list[Figure]:
    """Every stated figure of an article, whole, with the sentence that states it; with ``within``, only
    those of the sentences that overlap those spans (a figure reaches a briefing through its event)."""
    found: list[Figure] = []
    for s in sentences(text):
        if within is not None and not any(w.start < s.end and s.start < w.end for w in within):
            continue
        ev = Evidence(article_id=article_id, start=s.start, end=s.end, text=s.text, match="exact", score=100.0)
        for start, value_end, end in spans(s.text):
            whole = s.text[start:end]
            found.append(
                Figure(
                    text=whole,
                    value=s.text[start:value_end],
                    quantity=measure_of(whole, s.text, end, start),
                    article_id=article_id,
                    outlet=outlet,
                    published=published,
                    published_source=published_source,
                    evidence=ev,
                )
            )
    return found
