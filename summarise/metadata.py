"""What an article says about itself besides its story: the outlet and the language. Pure functions."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from urllib.parse import urlsplit

from anyascii import anyascii

OUTLET_PATTERNS = [
    re.compile(r"read the original article on (?P<o>[A-Z][\w .'-]{2,60}?)\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^a message from (?P<o>[A-Z][\w .'-]{2,60}?):\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^support (?P<o>the [A-Z][\w .'-]{2,60}?)!\s*$", re.IGNORECASE | re.MULTILINE),
    re.compile(r"follow (?P<o>[A-Z][\w .'-]{2,60}?) on (twitter|telegram|facebook)", re.MULTILINE),
    re.compile(r"\binforms (?P<o>[A-Z][\w.'-]{1,40})\.", re.MULTILINE),
    re.compile(r"^join (?P<o>[A-Z][\w .'-]{2,60}?)\s*$", re.MULTILINE | re.IGNORECASE),
    re.compile(r"^(?P<o>[A-Z][\w .'-]{2,60}?) is the place where", re.MULTILINE),
]


# Section names and controls a site prints near its name: never the name itself.
SECTION_WORDS = frozenset(
    "menu search home live login log in sign register newsletter subscribe account world politics business opinion"
    " sport sports culture science health technology tech europe asia africa americas uk us analysis long read"
    " breaking exclusive video photos investigation economy markets climate environment travel lifestyle local"
    " national international latest update updates updated news middle east weather section premium edition"
    " internacional nacional economía deportes cultura opinión welt politik wirtschaft kultur monde"
    " économie société actualités mondo cronaca economia politica esteri".split()
)

OUTLET_WORDS_MAX = 3
# Words of a masthead, not of a story ("bbc-news", "new-york-times"), and the little words of both ("the-guardian").
_MASTHEAD = frozenset(
    "news daily times post press herald tribune journal gazette telegraph agency media tv radio courier chronicle"
    " observer ledger online".split()  # not "wire": a slug says "quake-wire" of a wire story
)
_LITTLE = frozenset("the a an of and".split())


def find_outlet(text: str, stem: str) -> tuple[str, str]:
    """The outlet named by the page itself, else one read from the file name ("reuters_2025-07-11"). A file
    name that describes the story instead (a headline's slug: more words than an outlet's name, or words of no
    masthead: "brenna-floods-day3", "gaza-city", "donald-trump") names no outlet, and the file name is shown as
    it is. A masthead's word ("bbc-news", "new-york-times", "dorsk-online") names one; a little word
    ("the-guardian") counts for neither. A story writes its places and people as names too, so a name the page
    writes is no sign of an outlet."""
    for rx in OUTLET_PATTERNS:
        m = rx.search(text)
        if m:
            return m.group("o").strip(), "text"
    words = [w for w in re.split(r"[_\-.\s]+", stem) if w and not re.fullmatch(r"[0-9a-f]{6,}|\d+", w, re.IGNORECASE)]
    if not words or len(words) > OUTLET_WORDS_MAX:
        return f"unknown outlet ({stem})", "file-name"
    own = [w.lower() for w in words if w.lower() not in _LITTLE]
    if any(w in _MASTHEAD for w in own):
        return " ".join(words).title(), "file-name"
    if len(own) > 1:
        return f"unknown outlet ({stem})", "file-name"  # words no masthead holds, nor the page writes as a name
    return " ".join(words).title(), "file-name"


_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.MULTILINE)
_HOST_WORDS = frozenset("www amp com org net news edition mobile home live".split())  # no outlet's name alone
TOP_LINES = 15  # a masthead or the page's address stands within the first lines of a saved page


def page_url(text: str) -> str | None:
    """The address a saved page gives on a line of its own near its top (browsers and scrapers write it)."""
    m = _URL_LINE.search("\n".join(text.splitlines()[:TOP_LINES]))
    return m.group(1) if m else None


def url_host(url: str | None) -> str:
    """The host of a URL without "www.", or "" when it has none or cannot be read ("https://[2001:db8::1")."""
    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        return ""
    return (host or "").removeprefix("www.")


def masthead(text: str, host: str) -> str | None:
    """A line near the top that spells one of the host's labels ("Belmora Herald" for belmoraherald.example,
    "CNN" for edition.cnn.com): the outlet's own name as the page writes it."""
    labels = {re.sub(r"[^a-z0-9]", "", x) for x in host.lower().split(".") if len(x) > 2 and not x.isdigit()}
    labels -= _HOST_WORDS
    for line in text.splitlines()[:TOP_LINES]:
        line = line.strip()
        spelt = re.sub(r"[^a-z0-9]", "", anyascii(line).lower())
        if 2 < len(line) <= 60 and (spelt in labels or spelt.removeprefix("the") in labels):  # "THE SOLVEN LEDGER"
            return as_name(line)
    return None


_SMALL = frozenset(
    "a an and at das de del della der des di die do dos du e el et i il in la le les lo of on the und van von y".split()
)
ACRONYM_MAX = 3  # letters of a word in capitals that is read as letters ("CNN", "BBC", "ABC"), not as a word


def as_name(line: str) -> str:
    """A name as a page prints it, but in capitals only for show ("THE DRELIN HERALD") written as a name is;
    its short words in capitals stay so ("CNN", "ABC NEWS" as "ABC News"). A Turkish name (one with "İ") keeps
    Turkish letters: "DENİZCİLİK POSTASI" is "Denizcilik Postası", "İZMİR GÜNDEM" "İzmir Gündem", but
    "TÜRKİYE BUSINESS INSIDER" "Türkiye Business Insider"."""
    if not line.isupper():
        return line
    turkish = "İ" in line  # "DENİZCİLİK POSTASI": its dotless I is "ı" in lower case, its dotted one "i"
    words = []
    for k, word in enumerate(line.split()):
        # Its dotless I only in a word of back vowels alone, as Turkish words with ı are ("POSTASI"); "BUSINESS",
        # "INSIDER", "FINANCE" have front vowels, so they are English, as are a masthead's words ("DAILY").
        letters = set(word)
        dotless = "I" in letters and not letters & set("EÖÜİ")
        own = turkish and word.lower() not in _MASTHEAD and (dotless or bool(letters & set("İŞĞÇÖÜ")))
        low = word.replace("İ", "i").replace("I", "ı" if own else "I").lower()  # Python's "İ".lower() adds a dot
        first = {"i": "İ", "ı": "I"}.get(low[:1], low[:1].upper()) if own else low[:1].upper()
        if low in _SMALL and not own:
            words.append(low if k else first + low[1:])
        elif len(word) <= ACRONYM_MAX:
            words.append(word)
        else:
            words.append(first + low[1:])
    return " ".join(words)


# The stop-word lists jusText ships (a dependency of trafilatura), by the ISO 639-1 code of their language:
# every language of Europe's press and the widest-read others that write words apart. Languages with a script
# of their own are told by it instead (_SCRIPTS), which spares the largest lists (Korean's alone 13,000 words).
_STOPLISTS = {
    "Afrikaans": "af", "Albanian": "sq", "Arabic": "ar", "Azerbaijani": "az", "Basque": "eu", "Belarusian": "be",
    "Bengali": "bn", "Bosnian": "bs", "Bulgarian": "bg", "Catalan": "ca", "Croatian": "hr", "Czech": "cs",
    "Danish": "da", "Dutch": "nl", "English": "en", "Estonian": "et", "Finnish": "fi", "French": "fr",
    "Galician": "gl", "German": "de", "Greek": "el", "Hindi": "hi", "Hungarian": "hu", "Icelandic": "is",
    "Indonesian": "id", "Irish": "ga", "Italian": "it", "Latvian": "lv", "Lithuanian": "lt", "Luxembourgish": "lb",
    "Macedonian": "mk", "Malay": "ms", "Maltese": "mt", "Norwegian_Bokmal": "no", "Norwegian_Nynorsk": "no",
    "Persian": "fa", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro", "Russian": "ru", "Serbian": "sr",
    "Slovak": "sk", "Slovenian": "sl", "Spanish": "es", "Swahili": "sw", "Swedish": "sv", "Tagalog": "tl",
    "Turkish": "tr", "Ukrainian": "uk", "Urdu": "ur", "Vietnamese": "vi", "Welsh": "cy",
}  # fmt: skip
# Scripts only one language of the press writes (Chinese: Han without Japanese kana).
_SCRIPTS = {
    "ko": re.compile(r"[\uac00-\ud7a3]"), "ja": re.compile(r"[\u3040-\u30ff]"), "zh": re.compile(r"[\u4e00-\u9fff]"),
    "he": re.compile(r"[\u0590-\u05ff]"), "hy": re.compile(r"[\u0530-\u058f]"), "ka": re.compile(r"[\u10a0-\u10ff]"),
    "th": re.compile(r"[\u0e00-\u0e7f]"),
}  # fmt: skip
_LETTER = re.compile(r"[^\W\d_]")
KANA_SHARE = 10  # Japanese prose writes at least one kana for every ten Han characters (most write more kana)


def _by_script(sample: str) -> str | None:
    """The language whose own script writes most of a text's letters, if one does."""
    letters = len(_LETTER.findall(sample))
    counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS.items()}
    if counts["ja"] * KANA_SHARE >= counts["zh"]:  # Japanese writes Han too, with kana between (a Chinese
        counts["ja"] += counts.pop("zh")  # page may quote a Japanese name in kana: a few are not Japanese)
    code = max(counts, key=lambda c: counts[c])
    return code if letters and counts[code] * 2 > letters else None


@cache
def _stop_sets() -> dict[str, frozenset[str]]:
    """Each language's stop words, read once from jusText's files (without importing it)."""
    spec = find_spec("justext")
    folder = Path(next(iter(spec.submodule_search_locations or []))) / "stoplists" if spec else None
    sets: dict[str, frozenset[str]] = {}
    for name, code in _STOPLISTS.items():
        path = folder / f"{name}.txt" if folder else None
        if path is not None and path.is_file():
            sets[code] = sets.get(code, frozenset()) | frozenset(path.read_text(encoding="utf-8").lower().split())
    return sets


@lru_cache(maxsize=100_000)
def _languages_of(word: str) -> tuple[str, ...]:
    """The languages that list a word (news repeats its words, so each is looked up once)."""
    return tuple(code for code, words in _stop_sets().items() if word in words)


@cache
def _short_weights() -> dict[str, float]:
    """Each list's weight in a short text: 1 / log of its size."""
    return {code: 1 / math.log(len(words)) for code, words in _stop_sets().items() if len(words) > 1}


LANGUAGE_SAMPLE = 20_000
SHORT_TEXT = 60  # words: below this a long list's stray words outweigh a short one's, so lists count by size
_WORDS = re.compile(r"\b\w{1,30}\b")  # no stop word is longer (and a long run would fill the lookup cache)


def detect_language(text: str) -> str:
    """The language whose own script writes the text, else whose stop words it uses most; ``und`` when none
    stands out. jusText's lists, drawn
    from Wikipedia, hold stray words of other languages (Finnish's 7,000 words hold "the" and "that"), which
    a paragraph outvotes; in a text of a sentence or two each list's words count by its size. The first
    LANGUAGE_SAMPLE characters tell it (a long page's words are never all listed at once)."""
    script = _by_script(text[:LANGUAGE_SAMPLE])
    if script:
        return script
    weights = _short_weights()
    words = Counter(m.group(0).lower() for m in _WORDS.finditer(text, 0, LANGUAGE_SAMPLE))
    short = sum(words.values()) < SHORT_TEXT
    scores: dict[str, float] = {}
    for word, n in words.items():
        for code in _languages_of(word):
            scores[code] = scores.get(code, 0.0) + (n * weights.get(code, 1.0) if short else n)
    if not scores:
        return "und"
    best = max(scores, key=lambda c: scores[c])
    count = scores[best]
    return best if count >= (3 * weights.get(best, 1.0) if short else 3) else "und"
