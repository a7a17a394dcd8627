"""Sentences of an article's text, with their offsets, from a kept splitter (pysbd). Pure functions.

pysbd knows decimals ("19.9 million"), abbreviations ("U.S.", "Maj. Gen.", "No. 5"), initials, quotes
and ellipses. Each paragraph is split on its own, so a sentence never straddles two paragraphs.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pysbd
from pysbd.between_punctuation import BetweenPunctuation
from pysbd.exclamation_words import ExclamationWords

from summarise.date_words import MONTH_WORDS

MIN_WORDS = 4


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


class Sentences:
    """The sentences of a text as two arrays of offsets; each is sliced from the text when asked for, so a
    long article's sentences cost a few bytes each, not a copy of the article."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str) -> None:
        self.text, self.starts, self.ends = text, array("l"), array("l")

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def __iter__(self) -> Iterator[SentenceSpan]:
        for start, end in zip(self.starts, self.ends, strict=True):
            yield SentenceSpan(start, end, self.text[start:end])

    def __len__(self) -> int:
        return len(self.starts)

    def around(self, start: int, end: int, context: int = 1) -> tuple[int, int] | None:
        """The span from ``context`` sentences before the first sentence overlapping ``[start, end)`` to as many
        after the last one; None when no sentence overlaps it. Found by bisection (sentences are in order)."""
        first = bisect_right(self.ends, start)  # the first sentence ending after ``start``
        last = bisect_left(self.starts, end) - 1  # the last sentence starting before ``end``
        if first > last:
            return None
        return self.starts[max(first - context, 0)], self.ends[min(last + context, len(self.starts) - 1)]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sentences):
            return NotImplemented
        return list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


@lru_cache(maxsize=8)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=False)


def _split_pysbd(paragraph: str, language: str) -> list[str]:
    """pysbd's sentences of one piece of a paragraph.

    Only its boundaries are asked for: ``Segmenter.segment`` would also locate every sentence in the text with a
    regular expression compiled for that sentence (a third of its time); ``sentences`` locates them by search.
    """
    return [s for s in _segmenter(language).processor(paragraph).process() if s.strip()]


# Where a sentence plainly ends: a word of two letters or more, one of them lower case (not "U.S.", not an
# initial, not a number), its full stop, question or exclamation mark, a space and a capital. pysbd ends a
# sentence there too, unless the word is one of its abbreviations or the stop stands inside quotation marks
# or brackets; those are left to it.
_PLAIN_END = re.compile(r"(?<![\w.])([^\W\d_]*[^\W\d_A-ZА-ЯЁ][^\W\d_]*)[.!?](\s+)(?=[^\W\d_])")
_INNER_END = re.compile(r"[.!?…。\r\n]")
_QUOTES = re.compile(r"[\"“”„«»()\[\]]")
# pysbd's own spans whose stops end no sentence ('said 'We stay. We fight.'', »Wir bleiben. Wir gehen.«, "--"),
# found on the whole paragraph as pysbd finds them, and the words whose "!" is no stop ("Yahoo!").
_BP = BetweenPunctuation
_BETWEEN = tuple(
    re.compile(rx)
    for rx in (
        _BP.BETWEEN_SINGLE_QUOTES_REGEX,
        _BP.BETWEEN_SINGLE_QUOTE_SLANTED_REGEX,
        _BP.BETWEEN_DOUBLE_QUOTES_REGEX_2,
        _BP.BETWEEN_SQUARE_BRACKETS_REGEX_2,
        _BP.BETWEEN_PARENS_REGEX_2,
        _BP.BETWEEN_QUOTE_ARROW_REGEX_2,
        _BP.BETWEEN_EM_DASHES_REGEX_2,
        _BP.BETWEEN_QUOTE_SLANTED_REGEX_2,
    )
)
_EXCLAMATION_WORDS = tuple(ExclamationWords.EXCLAMATION_WORDS)


def _held(paragraph: str) -> list[tuple[int, int]]:
    """The spans of a paragraph inside which pysbd ends no sentence, each kind found on the whole paragraph."""
    return [m.span() for rx in _BETWEEN for m in rx.finditer(paragraph)]


@lru_cache(maxsize=2)
def _abbreviations(language: str) -> frozenset[str]:
    from pysbd.languages import LANGUAGE_CODES

    return frozenset(a.lower() for a in LANGUAGE_CODES[language].Abbreviation.ABBREVIATIONS)


def _split(paragraph: str) -> list[str]:
    """pysbd's sentences of one paragraph, asked of it only where a stop could be read two ways.

    pysbd's time grows with the length of what it is given, and most of a news paragraph is plain: the
    paragraph is cut where a sentence plainly ends, and a piece with no stop inside it is one sentence as it is.
    The sentences are the same as pysbd's on the whole paragraph (checked on every text the tests hold).
    """
    language = "ru" if re.search(r"[а-яА-ЯёЁ]", paragraph) else "en"
    known = _abbreviations(language)
    held = _held(paragraph)
    pieces, start = [], 0
    for m in _PLAIN_END.finditer(paragraph):
        word, after, stop = m.group(1), m.end(), m.end(1)
        if (
            len(word) < 2
            or not paragraph[after].isupper()
            or word.lower() in known
            or word in _TITLES_SET
            or len(_QUOTES.findall(paragraph, start, m.start())) % 2
            or any(a < stop < b for a, b in held)
            or paragraph.endswith(_EXCLAMATION_WORDS, 0, stop + 1)
        ):
            continue
        pieces.append(paragraph[start : m.end(2) - len(m.group(2))])
        start = m.end()
    pieces.append(paragraph[start:])
    out: list[str] = []
    for piece in pieces:
        if _INNER_END.search(piece.rstrip().rstrip(".!?…。\"'”»’)")):
            out += _split_pysbd(piece, language)
        elif piece.strip():
            out.append(piece)
    return out


# Abbreviations that stand before a name, a number or a noun (titles, ranks, street words, scales), so a
# full stop after them never ends a sentence: each language's ordinary ones, matched case and all. Those
# that end a list ("etc.", "usw.", "dll.", "vb.") need no entry: what follows them in the same sentence
# starts in lower case, and a piece that starts in lower case never starts a sentence.
_BEFORE_A_NAME = {
    "en": "Insp Supt Det Sgt Cpl Lt Col Capt Cmdr Adm Gov Sen Rep Rev Prof Dr Mr Mrs Ms St Gen Maj No Nos",
    "de": "Dr Prof Nr ca Mio Mrd Tsd Hr Str Dipl Ing",
    "fr": "M Mme Mlle Mgr Dr Pr Me St Ste av bd",
    "es": "Sr Sra Srta Dr Dra Dña Av Avda Prof Lic Ing EE UU",
    "it": "sen dott dr prof ing avv sig Sig Dott Prof Ing Avv",
    "nl": "dhr mevr mr dr drs ir ing prof ca nr",
    "pl": "dr hab prof św ul mgr inż ks płk gen im tys mln mld ok",
    "pt": "Av D Dr Dra Sr Sra eng Eng prof Prof Pe Sto Sta cor Cor",
    "id": "Kol Jl Bpk Ir Prof Dr dr Hj Kec Kab Brigjen Kombes Letkol Mayjen",
    "tr": "Prof Dr Doç Av Yrd Cad Sok Mah Op Alb",
    "ru": "ул просп пл проф акад ген тыс руб",
    "uk": "вул просп пл проф акад ген тис грн ім",
}
_TITLES = sorted({word for words in _BEFORE_A_NAME.values() for word in words.split()}, key=len, reverse=True)
_TITLES_SET = frozenset(_TITLES)
_ABBREVIATION = re.compile(r"(?:^|[\s(«„\"“])(?:" + "|".join(_TITLES) + r")\.$")
# A run of one-letter abbreviations ("z. B.", "d. h.") and a day of the month with its full stop ("12. Oktober").
_ONE_LETTER = re.compile(r"(?:^|\s)[^\W\d_]\.$")
_ONE_LETTER_OPENS = re.compile(r"\s*[^\W\d_]\.(?:\s|$)")
# Abbreviations of a word that a number follows ("godz. 14", "art. 173", "ca. 40", "S. 12"): a closed list, for a
# sentence may end on a short word and the next open with a figure ("w nocy. 13 osób zginęło").
_SHORT_WORD = re.compile(r"(?:^|\s)(?:godz|art|ust|pkt|nr|poz|ca|tys|mln|mld|str|ok|nos?|pp|vol|abs|kap)\.$", re.I)
_DAY_NUMBER = re.compile(r"(?:^|\s)(?:[1-9]|[12]\d|3[01])\.$")
_MONTHS = frozenset(w for w in {*MONTH_WORDS, *MONTH_WORDS.values()} if len(w) > 2)


def _first_word(piece: str) -> str:
    m = re.match(r"\W*([^\W\d_]+)", piece)
    return m.group(1).lower() if m else ""


# An initial: one capital letter and a full stop ("Й. Ларссон", "M. J.-P. Lemaire").
_INITIAL = re.compile(r"(?:^|[\s.-])[^\W\d_]\.$")
_CAPITAL_START = re.compile(r"^\W*[^\W\d_]")
# Sentences end with a full stop, a question or exclamation mark, an ellipsis, a closing quote or bracket.
_ENDS_LIKE_A_SENTENCE = re.compile(r"[.!?…\"”»“’'):;]\s*$")
HEADING_MAX_WORDS = 30
# Quotation marks that close the sentence before, left at the start of the next one: '” Tak …'.
_CLOSING_THEN_SENTENCE = re.compile(r"([”»\"’“]+)\s+(?=[^\W\d_])")
_QUOTE_THEN_LETTER = re.compile(r"(?<=[.!?…][”»\"’])\s+[„“«\"]?([^\W\d_])")


def _continues(before: str, piece: str) -> bool:
    """Whether a piece the splitter cut off goes on the sentence before it: it opens in lower case, opens
    with closing punctuation or a hyphen, or follows an abbreviation of a title or an initial."""
    first = piece.lstrip()[:1]
    if first.islower() or first in ",;:)]}»”’-" or not re.search(r"[^\W\d_]|\d", piece):
        return True
    if first in '“"' and not re.search(r"[^\W\d_]", piece[:3]):
        return True  # a closing quote left on its own (German „…“ closes with “)
    tail = before.rstrip()
    if _ABBREVIATION.search(tail):
        return True
    if _ONE_LETTER.search(tail) and _ONE_LETTER_OPENS.match(piece):
        return True  # a run of one-letter abbreviations: "z. B.", "d. h.", "u. a."
    if _SHORT_WORD.search(tail) and piece.lstrip()[:1].isdigit():
        return True  # a short word's abbreviation before a number: "godz. 14", "art. 173", "ca. 40"
    if _DAY_NUMBER.search(tail) and _first_word(piece) in _MONTHS:
        return True  # "am 12. Oktober 2025": a day of the month written with a full stop (German, Nordic, Czech)
    # pysbd never ends a sentence on one capital letter in English; the same holds in every language.
    return bool(_INITIAL.search(tail) and tail[-2:-1].isupper() and _CAPITAL_START.match(piece))


def _spans(paragraph: str, start: int) -> list[tuple[int, int]]:
    """Where pysbd's sentences of a paragraph stand in it (offsets from ``start``), with the cuts it made
    after an abbreviation or an initial undone. A paragraph that does not end like a sentence (a headline,
    a standfirst) is one sentence."""
    body = paragraph.strip()
    if len(body.split()) <= HEADING_MAX_WORDS and not _ENDS_LIKE_A_SENTENCE.search(body):
        at = paragraph.find(body)
        return [(start + at, start + at + len(body))]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in _split(paragraph):
        at = paragraph.find(piece.strip(), cursor)
        if at < 0:
            continue
        end = at + len(piece.strip())
        cursor = end
        closing = _CLOSING_THEN_SENTENCE.match(paragraph, at, end)
        if spans and closing:  # the quote that closes the sentence before, then a sentence of its own
            spans[-1] = (spans[-1][0], start + at + len(closing.group(1)))
            at += len(closing.group(0))
        elif spans and _continues(paragraph[spans[-1][0] - start : spans[-1][1] - start], piece):
            spans[-1] = (spans[-1][0], start + end)
            continue
        spans.append((start + at, start + end))
    return [cut for span in spans for cut in _after_quotes(paragraph, start, span)]


def _after_quotes(paragraph: str, start: int, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A sentence that ends inside its quotation marks ('… a Sentia.»') and a capital after them: two sentences."""
    cuts, left = [], span[0]
    for m in _QUOTE_THEN_LETTER.finditer(paragraph, span[0] - start, span[1] - start):
        if m.group(1).isupper():
            cuts.append((left, start + m.start()))
            left = start + m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return [*cuts, (left, span[1])]


@lru_cache(maxsize=64)
def sentences(text: str) -> Sentences:
    """Sentences of at least four words, with offsets. Cached: every check of an article asks again."""
    out = Sentences(text)
    for para in re.finditer(r"[^\n]+", text):
        for start, end in _spans(para.group(0), para.start()):
            if len(text[start:end].split()) >= MIN_WORDS:
                out.add(start, end)
    return out
