"""Article -> cleaned Article: boilerplate out, metadata in. Pure functions, no I/O.

Scraped pages carry navigation, lists of other headlines, view counters, share buttons, sign-in,
subscription and donation pitches, and photo captions printed twice. Each rule below names the
reason it removes a line, so a user can see (``--verbose``) exactly what went and why.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from summarise.dates import parse_page_date
from summarise.furniture import DATELINE, FURNITURE, TAIL_MARKERS
from summarise.metadata import detect_language, find_outlet
from summarise.models import Article, ArticleMeta, CleanReport

# A line that starts a list of *other* stories: from here on the page holds no more of this story.
HEADLINE_LIKE_MAX = 140


@dataclass
class _Line:
    text: str
    reason: str | None = None


@dataclass
class CleanResult:
    cleaned: str
    title: str
    report: CleanReport


def _is_prose(line: str) -> bool:
    """A line of the story itself: a sentence that ends like one and has some length."""
    s = line.strip()
    return len(s.split()) >= 8 and s[-1:] in '.!?"”»:)'


def _is_headline_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= HEADLINE_LIKE_MAX and not _is_prose(s)


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
        if BULLET.match(ln.text.strip()) and len(_bare(ln.text).split()) <= 5 and not _is_prose(_bare(ln.text)):
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
        if lines[i].text.strip() and not lines[i].reason:
            lines[i].reason = "list of other stories"
        i -= 1


def _mark_byline(lines: list[_Line], title: str) -> None:
    """Short lines before the first paragraph that carry a date or an agency name are bylines."""
    for ln in lines:
        s = ln.text.strip()
        if not s or ln.reason or s == title:
            continue
        if _is_prose(s):
            return
        if parse_page_date(s) is not None or re.fullmatch(r"[A-Z]{2,}\s*\|?", s):
            ln.reason = "byline"


def find_title(lines: list[str]) -> str:
    """The first line that reads like a headline: not furniture, not a dateline, a few words long."""
    for raw in lines:
        s = raw.strip()
        if len(s.split()) < 3 or DATELINE.match(s) or _is_prose(s):
            continue
        if any(rx.search(s) for _, rx in FURNITURE) or parse_page_date(s) is not None:
            continue
        return s
    return next((s.strip() for s in lines if s.strip()), "Untitled")


def clean_text(text: str) -> CleanResult:
    """Remove page clutter from plain text. Keeps line order; drops blank runs."""
    lines = [_Line(t.rstrip()) for t in text.replace("\r\n", "\n").replace("\xa0", " ").split("\n")]
    title = find_title([ln.text for ln in lines])
    _mark_furniture(lines)
    _mark_repeats(lines)
    _mark_link_lists(lines)
    _mark_tail(lines)
    _mark_byline(lines, title)
    kept: list[str] = []
    removed: list[tuple[str, str]] = []
    for ln in lines:
        s = ln.text.strip()
        if not s:
            continue
        if ln.reason:
            removed.append((ln.reason, s))
        elif not kept or kept[-1] != s:
            kept.append(s)
    cleaned = "\n\n".join(kept)
    reasons = Counter(r for r, _ in removed)
    report = CleanReport(
        kept_lines=len(kept),
        removed_lines=len(removed),
        removed=[f"{r}: {s}" for r, s in removed],
        reasons=dict(reasons),
        chars_before=len(text),
        chars_after=len(cleaned),
    )
    return CleanResult(cleaned=cleaned, title=title, report=report)


# ---------------------------------------------------------------- metadata


def find_published(text: str) -> tuple[date | None, str | None]:
    """The page's own date: a dateline or a date in the header, never a date inside a link to another story."""
    head: list[str] = []
    for raw in text.split("\n"):
        s = raw.strip()
        if _is_prose(s):
            break
        head.append(s)
    labelled = [s for s in text.split("\n") if DATELINE.match(s)]
    for s in labelled + head:
        if not s or re.search(r"\[views_\d+\]|переглядiв|views", s):
            continue
        d = parse_page_date(s)
        if d is not None:
            return d, s.strip()
    return None, None


def clean_article(article: Article, *, fallback_date: date | None = None) -> Article:
    """Clean an article and fill its metadata. Plain text uses our rules; HTML was extracted on load."""
    result = clean_text(article.text)
    stem = Path(article.path).stem
    hints = article.hints
    title = hints.get("title") or result.title
    outlet, outlet_source = find_outlet(article.text, stem)
    if hints.get("outlet") and outlet_source == "file-name":
        outlet, outlet_source = hints["outlet"], "text"
    published, phrase = find_published(article.text)
    if published is None and hints.get("date"):
        published, phrase = parse_page_date(hints["date"]), hints["date"]
    source = "page" if published else "none"
    if published is None and fallback_date is not None:
        published, source = fallback_date, "flag"
    elif published is None and article.file_time is not None:
        published, source = article.file_time.date(), "file-time"
    meta = ArticleMeta(
        title=title,
        outlet=outlet,
        outlet_source=outlet_source,  # type: ignore[arg-type]
        language=detect_language(result.cleaned),
        published=published,
        published_source=source,  # type: ignore[arg-type]
        published_phrase=phrase,
    )
    return article.model_copy(update={"cleaned": result.cleaned, "meta": meta, "clean_report": result.report})
