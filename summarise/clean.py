"""Article -> cleaned Article: boilerplate out, metadata in. Pure functions, no I/O.

Scraped pages carry navigation, lists of other headlines, view counters, share buttons, sign-in,
subscription and donation pitches, and photo captions printed twice. Each rule below names the
reason it removes a line, so a user can see (``--verbose``) exactly what went and why.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from summarise.furniture import DATELINE, FURNITURE, TAIL_MARKERS, pitch
from summarise.head import BYLINE, CAPTION, NAVIGATION, PROMPT, URL, Head, find_head, find_published, is_dated, is_prose
from summarise.metadata import (
    SECTION_WORDS,
    TOP_LINES,
    as_name,
    detect_language,
    find_outlet,
    masthead,
    page_url,
    url_host,
)
from summarise.models import Article, ArticleMeta, CleanReport
from summarise.page_language import decides, language_decides, page_language
from summarise.related import HEADLINE_LIKE_MAX, SENTENCE_END, related_lines, signed_at_the_end, signed_line


@dataclass
class _Line:
    text: str
    reason: str | None = None


@dataclass
class CleanResult:
    cleaned: str
    title: str
    report: CleanReport
    published: tuple[date | None, str | None, str] = (None, None, "none")


def _is_headline_like(line: str) -> bool:
    """A short line that is not a sentence of the story: one that ends with a full stop is (a headline has none)."""
    s = line.strip()
    sentence = s.endswith(".") and not s.endswith(("...", "..")) and len(s.split()) >= 4
    return 0 < len(s) <= HEADLINE_LIKE_MAX and not is_prose(s) and not sentence


# A headline with the date of its story after it: "Farmers march on the capital (12 March 2026)".
DATED_LINK = re.compile(r"\(([^()]{4,30})\)$")
BULLET = re.compile(r"^[•·*\-–]\s+")


def _bare(line: str) -> str:
    """A line without its list bullet and surrounding space."""
    return BULLET.sub("", line.strip())


def _mark_furniture(lines: list[_Line]) -> None:
    for ln in lines:
        s = _bare(ln.text)
        if not s or ln.reason:
            continue
        if DATELINE.match(s):
            ln.reason = "dateline"
            continue
        for reason, rx in FURNITURE:
            if rx.search(s):
                ln.reason = reason
                break
        dated = DATED_LINK.search(s)
        if not ln.reason and dated and is_dated(dated.group(1)) and not SENTENCE_END.search(s[: dated.start()]):
            ln.reason = "link to another story"
    _mark_pitches(lines)
    for i in related_lines([ln.text for ln in lines], {i for i, ln in enumerate(lines) if ln.reason}):
        lines[i].reason = "link to another story"


def _mark_pitches(lines: list[_Line]) -> None:
    """A line right under an advertisement's label, a blank line after it, that reads as a pitch (``pitch``)."""
    for i in range(1, len(lines)):
        line, label = lines[i], lines[i - 1]
        last = i + 1 == len(lines) or not lines[i + 1].text.strip()
        if label.reason == "advertisement" and not line.reason and last and pitch(line.text):
            line.reason = "advertisement"


def _mark_repeats(lines: list[_Line]) -> None:
    """A line printed twice in a row is a photo caption (or a widget): both copies go."""
    prev: _Line | None = None
    for ln in lines:
        s = ln.text.strip()
        if not s:
            continue
        if prev is not None and prev.text.strip() == s and not prev.reason:
            prev.reason = ln.reason = "repeated caption"
        elif prev is not None and prev.text.strip() == s:
            ln.reason = ln.reason or prev.reason
        prev = ln


def _mark_link_lists(lines: list[_Line]) -> None:
    """Three or more bulleted lines of a few words each are a menu of links, not the story."""
    run: list[_Line] = []
    for ln in [*lines, _Line("end of page")]:
        if not ln.text.strip():
            continue
        if BULLET.match(ln.text.strip()) and len(_bare(ln.text).split()) <= 5 and not is_prose(_bare(ln.text)):
            run.append(ln)
            continue
        if len(run) >= 3:
            for item in run:
                item.reason = item.reason or "list of links"
        run = []


def _mark_tail(lines: list[_Line]) -> None:
    """From a marker of other stories to the end, and the headline run just before it, nothing is the story."""
    start, tail_reason = None, ""
    for i, ln in enumerate(lines):
        for reason, rx in TAIL_MARKERS:
            if start is None and rx.match(_bare(ln.text)):
                start, tail_reason = i, reason
    if start is None:
        return
    for ln in lines[start:]:
        # Each marker names what follows it, up to the next marker.
        tail_reason = next((reason for reason, rx in TAIL_MARKERS if rx.match(_bare(ln.text))), tail_reason)
        if ln.text.strip() and not ln.reason:
            ln.reason = tail_reason
    i = start - 1
    while i >= 0 and (not lines[i].text.strip() or lines[i].reason or _is_headline_like(lines[i].text)):
        if lines[i].text.strip() and not lines[i].reason:  # a byline just above is the story's own
            lines[i].reason = "byline" if signed_line(lines[i].text) else "list of other stories"
        i -= 1


def _mark_head(lines: list[_Line], head: Head) -> None:
    """Above the headline is the site's header; between it and the lead, bylines, dates and captions."""
    if head.title is None:
        return
    for ln in lines[: head.title]:
        ln.reason = ln.reason or ("page header" if ln.text.strip() else None)
    if head.standfirst is not None:
        lines[head.standfirst].reason = lines[head.standfirst].reason or "standfirst"
    for ln in lines[head.title + 1 : head.lead if head.lead is not None else head.title + 1]:
        s = ln.text.strip()
        if s and not ln.reason and (len(s.split()) < 8 or is_dated(s) or CAPTION.search(s) or BYLINE.match(s)):
            ln.reason = "byline or caption"


def _split_dateline(lines: list[_Line], head: Head, removed: list[tuple[str, str]]) -> None:
    """A lead line that opens with a dateline keeps its sentence; the dateline goes."""
    if head.lead is None or not head.dateline:
        return
    line = lines[head.lead]
    removed.append(("dateline", head.dateline.strip()))
    line.text = line.text.strip()[len(head.dateline) :].strip()


# A Markdown heading's marks and emphasis around a title line: "# **Dam opens**" is "Dam opens".
_MARKUP = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$|^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")


def clean_text(text: str, copyright_year: int | None = None) -> CleanResult:
    """Remove page clutter from plain text. Keeps line order and every sentence of the story.
    ``copyright_year``: the year of the page's footer, when the text left it out."""
    lines = [_Line(t.rstrip()) for t in text.replace("\r\n", "\n").replace("\xa0", " ").split("\n")]
    _mark_furniture(lines)
    _mark_repeats(lines)
    _mark_link_lists(lines)
    _mark_tail(lines)
    raw = [ln.text for ln in lines]
    head = find_head(raw, {i for i, ln in enumerate(lines) if ln.reason})
    title = raw[head.title] if head.title is not None else next((s for s in raw if s.strip()), "")
    title = _MARKUP.sub("", title).strip()
    published = find_published(raw, head, copyright_year)
    ends = [t.text for t in lines if t.reason in (None, "byline")]
    tail = [t.text for t in lines if t.reason == "list of other stories"]  # a byline may stand below them
    published = signed_at_the_end(ends, tail) if published[0] is None else published
    _mark_head(lines, head)
    removed: list[tuple[str, str]] = []
    _split_dateline(lines, head, removed)
    kept: list[str] = []
    for ln in lines:
        s = ln.text.strip()
        if not s:
            continue
        if ln.reason:
            removed.append((ln.reason, s))
        elif not kept or kept[-1] != s:
            kept.append(s)
    cleaned = "\n\n".join(kept)
    report = CleanReport(
        kept_lines=len(kept),
        removed_lines=len(removed),
        removed=[sys.intern(f"{r}: {s}") for r, s in removed],  # page furniture: the same lines on every page
        reasons=dict(Counter(r for r, _ in removed)),
        chars_before=len(text),
        chars_after=len(cleaned),
    )
    return CleanResult(cleaned=cleaned, title=title or "Untitled", report=report, published=published)


# ---------------------------------------------------------------- metadata


# Words of a site's controls and sections, never its name ("Menu", "Log in", "Opinion", "Long read").
_CONTROLS = SECTION_WORDS


HEADER_LINES = 60
_EDITION = re.compile(r"\s+[—–|-]\s+")


def header_masthead(text: str, title: str) -> str | None:
    """The site's name as a saved page prints it above the headline: the first short line of its header that
    is not a control, a menu, an address, a date or a widget ("THE DRELIN HERALD", "Il Corriere di Sentia").
    A page that starts with its headline names none."""
    top: list[str] = []
    for line in text.splitlines()[:HEADER_LINES]:  # a long menu may stand between the name and the headline
        if line.strip() == title.strip():
            break
        top.append(line.strip())
    else:
        return None
    far = len(top) > TOP_LINES  # the headline below a long menu: only a name of two words or more that
    first = next((line for line in top if line), "")  # opens the page ("Diário do Barlavento", not "Acasă")
    for line in top[:TOP_LINES]:
        if NAVIGATION.search(re.sub(r"«[^«»]*»", "", line)) or (far and line != first):
            continue  # a menu ("Jobs | Events | Podcasts") before its first part is taken for a name
        name = _EDITION.split(line)[0].strip()  # "The Morning Standard — Lusitra edition", "X - English service"
        menu = NAVIGATION.search(re.sub(r"«[^«»]*»", "", name))  # a name may stand in quotation marks
        label = URL.match(name) or PROMPT.match(name) or BYLINE.match(name) or is_dated(name) or ":" in name
        if not name or menu or label or (far and len(name.split()) < 2):
            continue  # an address, a control, a byline, a date, a widget ("Weather: +8°")
        if (
            1 <= len(name.split()) <= 6
            and 3 <= len(name) <= 60
            and name[-1] not in ".!?"
            and not set(name.lower().split()) <= _CONTROLS
        ):
            return as_name(name) if any(ch.isupper() for ch in name) else None
    return None


def clean_article(article: Article, *, fallback_date: date | None = None) -> Article:
    """Clean an article and fill its metadata. Plain text uses our rules; HTML was extracted on load."""
    hints = article.hints
    year = hints.get("copyright_year")
    footer_year = int(year) if year and year.isdigit() else None
    guess = detect_language(article.text) if language_decides(article.text) else None
    with page_language(guess):
        result = clean_text(article.text, footer_year)
    language = detect_language(result.cleaned)  # the story's language, not its menu's: read again where it decides
    if guess is not None and language not in (guess, "und") and decides(article.text, guess, language):
        with page_language(language):
            result = clean_text(article.text, footer_year)
    stem = Path(article.path).stem
    title = hints.get("title") or result.title
    outlet, outlet_source = find_outlet(article.text, stem)
    if outlet_source == "file-name":  # the page's site name, else its masthead or host, before the file name
        url = hints.get("url") or page_url(article.text) or ""
        host = url_host(url)
        if hints.get("outlet"):
            outlet, outlet_source = hints["outlet"], "site name"
        elif host and (named := masthead(article.text, host)):
            outlet, outlet_source = named, "text"
        elif host:
            outlet, outlet_source = host, "url host"
        elif outlet.startswith("unknown outlet") and (named := header_masthead(article.text, title)):
            outlet, outlet_source = named, "text"
    published, phrase, where = result.published
    if hints.get("date"):
        # What the page declares in its markup (HTML metadata) comes first.
        published, phrase, where = date.fromisoformat(hints["date"]), hints["date"], "page metadata"
    elif published is None and hints.get("feed_date"):
        # A fetched page that states no date of its own takes the one its feed gave the item.
        published, phrase, where = date.fromisoformat(hints["feed_date"]), hints["feed_date"], "feed"
    source = "page" if published else "none"
    if published is None and fallback_date is not None:
        # The file's time is never a publication date: only the page, or the user's --date.
        published, source, where = fallback_date, "flag", "--date"
    meta = ArticleMeta(
        title=title,
        outlet=outlet,
        outlet_source=outlet_source,  # type: ignore[arg-type]
        language=language,
        published=published,
        published_source=source,  # type: ignore[arg-type]
        published_phrase=phrase,
        published_where=where,
    )
    return article.model_copy(update={"cleaned": result.cleaned, "meta": meta, "clean_report": result.report})
