"""What an article says about itself besides its story: the outlet and the language. Pure functions."""

from __future__ import annotations

import re
from collections import Counter

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


OUTLET_WORDS_MAX = 3
# Words of a masthead, not of a story ("bbc-news", "new-york-times"), and the little words of both ("the-guardian").
_MASTHEAD = frozenset(
    "news daily times post press herald tribune journal gazette telegraph agency media tv radio".split()
)
_LITTLE = frozenset("the a an of and".split())


def find_outlet(text: str, stem: str) -> tuple[str, str]:
    """The outlet named by the page itself, else one read from the file name ("reuters_2025-07-11"). A file
    name that describes the story instead (a headline's slug: more words than an outlet's name, or two of its
    words in the story) names no outlet, and the file name is shown as it is. A masthead's word ("bbc-news",
    "new-york-times") names one, and a little word ("the-guardian") counts for neither."""
    for rx in OUTLET_PATTERNS:
        m = rx.search(text)
        if m:
            return m.group("o").strip(), "text"
    words = [w for w in re.split(r"[_\-.\s]+", stem) if w and not re.fullmatch(r"[0-9a-f]{6,}|\d+", w, re.IGNORECASE)]
    if not words or len(words) > OUTLET_WORDS_MAX:
        return f"unknown outlet ({stem})", "file-name"
    in_story = {_stem(w) for w in re.findall(r"\w+", anyascii(text[:3000]).lower())}
    slug = sum(_stem(anyascii(w).lower()) in in_story and w.lower() not in _LITTLE for w in words) >= 2
    if not slug or any(w.lower() in _MASTHEAD for w in words):
        return " ".join(words).title(), "file-name"
    return f"unknown outlet ({stem})", "file-name"


_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.MULTILINE)
_HOST_WORDS = frozenset("www amp com org net news edition mobile home live".split())  # no outlet's name alone
TOP_LINES = 15  # a masthead or the page's address stands within the first lines of a saved page


def page_url(text: str) -> str | None:
    """The address a saved page gives on a line of its own near its top (browsers and scrapers write it)."""
    m = _URL_LINE.search("\n".join(text.splitlines()[:TOP_LINES]))
    return m.group(1) if m else None


def masthead(text: str, host: str) -> str | None:
    """A line near the top that spells one of the host's labels ("Belmora Herald" for belmoraherald.example,
    "CNN" for edition.cnn.com): the outlet's own name as the page writes it."""
    labels = {x for x in host.lower().split(".") if len(x) > 2} - _HOST_WORDS
    for line in text.splitlines()[:TOP_LINES]:
        line = line.strip()
        if 2 < len(line) <= 60 and re.sub(r"[^a-z0-9]", "", anyascii(line).lower()) in labels:
            return line
    return None


def _stem(word: str) -> str:
    """A word's first five letters: a slug's words meet the story's in other forms ("floods", "flooding") and
    in another script, transliterated ("zemletryasenie", "землетрясение")."""
    return word[:5]


STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "that", "is", "was", "for", "with", "said", "on"},
    "uk": {"і", "та", "що", "на", "у", "в", "не", "з", "до", "як", "це", "від"},
    "ru": {"и", "что", "на", "в", "не", "с", "по", "как", "это", "от", "для", "он"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "den", "von", "zu"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "pas"},
    "es": {"el", "la", "los", "y", "que", "del", "en", "por", "una", "con", "las", "para"},
}


LANGUAGE_SAMPLE = 20_000
_WORDS = re.compile(r"\w+")


def detect_language(text: str) -> str:
    """The language whose common words the text uses most; ``und`` when none stands out. The first
    LANGUAGE_SAMPLE characters tell it (a long page's words are never all listed at once)."""
    words = Counter(m.group(0).lower() for m in _WORDS.finditer(text, 0, LANGUAGE_SAMPLE))
    scores = {lang: sum(words[w] for w in sw) for lang, sw in STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 3 else "und"
