"""The one place that checks what a model says against the text. Pure functions.

Every check of the package comes here: locating a quote (``locate``, ``find_evidence``), the evidence
for each sentence of a summary (``summary_evidence``), a statement against its evidence
(``unsupported``), names (``mentioned``) and date phrases (``date_written``).

A quote becomes evidence only when code finds it in the cleaned article: first exactly (allowing
for white space and typographic quotes), then by a tolerant alignment (rapidfuzz) whose score is
kept, else as the one sentence that holds the statement's words. A statement is supported by its
evidence when every figure it states is in that evidence and every name it uses is in the article.

Thresholds, all here (rapidfuzz scores are 0-100):

    QUOTE_FUZZY_MIN       88   a quote aligned tolerantly inside one paragraph
    MIN_QUOTE_CHARS       20   shorter quotes are never evidence
    SENTENCE_SUPPORT_MIN  85   a statement against the one sentence that holds it (token-set ratio) ...
    WORD_COVERAGE_MIN     0.8  ... and that sentence holds this share of its content words
    SUMMARY_SENTENCE_MIN  55   each summary sentence against its best article sentence, once its
                               names and figures passed ``unsupported``
    MENTION_MIN           90   a name of five letters or more written with small variants
    STATEMENT_WORDS_MIN   0.5  a statement (event, summary, overview sentence) holds at least this share of
                               content words that its evidence holds (``word_coverage``)
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from summarise.lexicon import DEMONYMS, TITLES
from summarise.models import Evidence
from summarise.names import COMMON_CAPS, NAME_RUN, names
from summarise.normalise import normalise as _normalise
from summarise.sentences import SentenceSpan, sentences, snap

QUOTE_FUZZY_MIN = 88.0
MIN_QUOTE_CHARS = 20
SENTENCE_SUPPORT_MIN = 85.0
WORD_COVERAGE_MIN = 0.8
SUMMARY_SENTENCE_MIN = 55.0
MENTION_MIN = 90
WORD_VARIANT_MIN = 80  # one word of a name against one of the text: "sergey" / "sergei" is 83
_NAME_WORD = re.compile(r"[^\W_]+")
STATEMENT_WORDS_MIN = 0.5
STATEMENT_MIN_WORDS = 4  # fewer is a name or a phrase ("the Russian delegation"), not what happened
STATEMENT_OWN_WORDS = 2  # content words an event's statement may hold that its evidence does not


def locate(quote: str, text: str, article_id: str) -> Evidence | None:
    """Find a quote in the article: exact first, then tolerant. ``None`` when it is not there."""
    q = quote.strip().strip('"').strip()
    if len(q) < MIN_QUOTE_CHARS:
        return None
    nq, _ = _normalise(q)
    nt, index = _normalise(text)
    pos = nt.find(nq)
    if pos >= 0:
        start, end = _whole_quotation(text, index[pos], index[pos + len(nq) - 1] + 1)
        return Evidence(article_id=article_id, start=start, end=end, text=text[start:end], match="exact", score=100.0)
    best: tuple[float, int, int] | None = None
    for para in re.finditer(r"[^\n]+", text):
        # Align within one paragraph at a time: evidence never straddles two paragraphs.
        np_, pindex = _normalise(para.group(0))
        aligned = fuzz.partial_ratio_alignment(nq, np_, score_cutoff=QUOTE_FUZZY_MIN)
        if aligned is None or aligned.dest_end - aligned.dest_start < MIN_QUOTE_CHARS:
            continue
        if best is None or aligned.score > best[0]:
            best = (
                aligned.score,
                para.start() + pindex[aligned.dest_start],
                para.start() + pindex[aligned.dest_end - 1] + 1,
            )
    if best is None:
        return None
    start, end = snap(text, best[1], best[2])
    return Evidence(
        article_id=article_id, start=start, end=end, text=text[start:end], match="fuzzy", score=round(best[0], 1)
    )


def _whole_quotation(text: str, start: int, end: int) -> tuple[int, int]:
    """A span with the straight quotation mark a quote's ends lost (a model's quote is stripped of the marks it
    is wrapped in): '... will start "within days' is given its closing '"', '"We stay," he said' its opening
    one, where the span holds an odd number of them."""
    if text.count('"', start, end) % 2:
        if text[end : end + 1] == '"':
            end += 1
        elif text[start - 1 : start] == '"':
            start -= 1
    return start, end


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3}


def supporting_sentence(statement: str, text: str, article_id: str) -> Evidence | None:
    """The article sentence that holds (nearly) all the words of a statement, as tolerant evidence."""
    words = _content_words(statement)
    if len(statement.split()) < 5 or not words:
        return None
    best, score = None, 0.0
    for s in sentences(text):
        got = fuzz.token_set_ratio(statement.lower(), s.text.lower())
        if got > score:
            best, score = s, got
    if best is None or score < SENTENCE_SUPPORT_MIN:
        return None
    if len(words & _content_words(best.text)) / len(words) < WORD_COVERAGE_MIN:
        return None
    return Evidence(
        article_id=article_id, start=best.start, end=best.end, text=best.text, match="fuzzy", score=round(score, 1)
    )


def find_evidence(quote: str, statement: str, text: str, article_id: str) -> Evidence | None:
    """Evidence for a statement: its quote, else the statement itself, found exactly or tolerantly; else the
    one sentence of the article that holds the statement's words."""
    return (
        locate(quote, text, article_id)
        or locate(statement, text, article_id)
        or supporting_sentence(statement, text, article_id)
    )


NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUMBER.findall(text)}


def _missing_names(statement: str, within: str) -> list[str]:
    """Names of a statement not written in ``within``. A word of a fuller name passes when the name's other
    words are there ("Sergei Lavrov" where the evidence says "Lavrov"); an inflected form passes too."""
    runs = [m.group(0).split() for m in NAME_RUN.finditer(statement)]
    missing = []
    for n in sorted(names(statement)):
        if _named(n, within) or mentioned(n, within):
            continue
        run = next((r for r in runs if n in r), [])
        if any(_named(w, within) for w in run if w != n and w[:1].isupper() and w not in COMMON_CAPS and len(w) > 2):
            continue
        missing.append(n)
    return missing


def _named(name: str, text: str) -> bool:
    """A name written in a text; a nationality counts when its country is written ("Russian", "Russia")."""
    low, n = text.lower(), name.lower()
    if n in low:
        return True
    country = DEMONYMS.get(n)
    return country is not None and country.lower() in low


def unsupported(statement: str, evidence_text: str, article_text: str | None = None) -> list[str]:
    """Why a statement is not supported: figures absent from its evidence, names absent from where they must
    be written (``article_text`` when given; else the evidence itself, so a statement never attributes an
    action to someone its evidence does not name), and too few of its words in its evidence."""
    problems = [
        f"the figure {n} is not in the quoted evidence" for n in sorted(numbers(statement) - numbers(evidence_text))
    ]
    within = article_text if article_text is not None else evidence_text
    missing = _missing_names(statement, within)
    where = "the article" if article_text is not None else "its evidence"
    problems += [f"the name {n!r} is not in {where}" for n in missing]
    if article_text is None and (len(statement.split()) < STATEMENT_MIN_WORDS or statement.lstrip()[:1].islower()):
        # Too short, or a phrase lifted from inside a sentence ("the people of the valley"): no sentence.
        problems.append("it is no statement of what happened: write one short sentence")
    said, held = content_stems(statement), content_stems(evidence_text)
    coverage = len(said & held) / len(said) if said else 1.0
    if coverage < STATEMENT_WORDS_MIN:
        problems.append(f"only {coverage:.0%} of its words are in its evidence")
    elif article_text is None:  # an event's statement against its own sentence
        problems += _rewording(said, held)
    return problems


def _rewording(said: set[str], held: set[str]) -> list[str]:
    """Why an event's statement, most of whose words its sentence holds, is still no rewording of it: one
    word shared, or a claim of its own added ("Russia launched direct flights" on a sentence about a
    minister's visit shares half its words: "Russia", "North Korea")."""
    if 1 <= len(said & held) < 2 <= len(said):
        return ["it shares one word with its evidence: say what the sentence reports"]
    if len(said - held) > STATEMENT_OWN_WORDS:
        return [f"{len(said - held)} of its words are not in its evidence"]
    return []


def content_stems(text: str) -> set[str]:
    """A text's content words (four letters or more) by their first five letters, as the checks compare them."""
    return {m.group(0)[:5].lower() for m in _CONTENT_WORD.finditer(text)}


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def word_coverage(statement: str, evidence_text: str) -> float:
    """The share of a statement's content words (four letters or more, compared by their first five) that its
    evidence holds: an invented statement placed on a real sentence shares few."""
    words = content_stems(statement)
    return len(words & content_stems(evidence_text)) / len(words) if words else 1.0


def mentioned(name: str, text: str) -> bool:
    """Whether a name (a person, place or organisation) is written in the text, allowing small variants."""
    n = name.strip()
    if len(n) < 2:
        return False
    low = text.lower()
    if re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low):
        return True
    if len(n) < 5 or not fuzz.partial_ratio(n.lower(), low, score_cutoff=MENTION_MIN):
        return False
    # A variant spelling of each of its words, as whole words ("Sergey" for "Sergei"); not a run of
    # letters across two words ("Ostrle Dor" in "d'Ostrel dorment").
    words = set(_NAME_WORD.findall(low))
    return all(
        w in words or (len(w) >= 4 and process.extractOne(w, words, scorer=fuzz.ratio, score_cutoff=WORD_VARIANT_MIN))
        for w in _NAME_WORD.findall(n.lower())
    )


_NOT_OWN = TITLES | frozenset(DEMONYMS)  # a role or a nationality is no word of a name's own


def named_near(name: str, near: str, text: str) -> bool:
    """Whether a name is written beside a quote (``near``): whole, or by the first or last of its own words (no
    role, no nationality) when the article writes it whole: "Lavrov" for "Foreign Minister Sergei Lavrov"."""
    if mentioned(name, near):
        return True
    own = [w for w in re.findall(r"[\w'’]{2,}", name) if w[:1].isupper() and w.lower() not in _NOT_OWN]
    if not own or not mentioned(name, text):
        return False
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", near) for w in {own[0], own[-1]})


def date_written(phrase: str, text: str) -> bool:
    """Whether a date phrase is written in the text as given (case aside), from a word's start, with the endings
    a language adds ("November 24th", Hungarian "kedden", Finnish "tiistaina"), but not as the adjective
    Hungarian makes of a day with "-i": "vasárnap" (Sunday) is not written in "a vasárnapi választás" (Sunday's
    election)."""
    if not phrase or not phrase.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(phrase.strip())}(?!i(?!\w))", text, re.IGNORECASE) is not None


def summary_evidence(summary: str, text: str, article_id: str) -> list[Evidence] | None:
    """For each sentence of a summary, the article sentence that best supports it; None if one has none."""
    spans = sentences(text)
    found: list[Evidence] = []
    for sentence in [s.text for s in sentences(summary)] or [summary]:
        best = max(spans, key=lambda s: fuzz.token_set_ratio(sentence, s.text), default=None)
        if best is None:
            return None
        score = fuzz.token_set_ratio(sentence, best.text)
        if score < SUMMARY_SENTENCE_MIN:
            return None
        found.append(
            Evidence(
                article_id=article_id,
                start=best.start,
                end=best.end,
                text=best.text,
                match="fuzzy",
                score=round(score, 1),
            )
        )
    return found


def exact(span: SentenceSpan, article_id: str) -> Evidence:
    """A sentence of the article as exact evidence."""
    return Evidence(article_id=article_id, start=span.start, end=span.end, text=span.text, match="exact", score=100.0)


_ENDS = (".", "!", "?", '"', "”", "»", "'", ")", "…")


def cut_short(text: str) -> bool:
    """A sentence a model stopped in the middle of ("the visit was a"): it does not end like a sentence."""
    return bool(text.strip()) and not text.strip().endswith(_ENDS)
