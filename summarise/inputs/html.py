"""A saved HTML page -> its main text and what the page declares about itself (trafilatura, htmldate).

The headline is the page's own ``<h1>`` (else its metadata title); the date is the one its markup states
(htmldate without guessing from the text: a bare year, a month or a URL fragment is not a date; a stamp up to a
day ahead of the reader's clock is taken, as the page may come from east of here), else the
dateline in the text, which cleaning reads. The page's own URL (its canonical or og:url, as trafilatura
reads it) is kept when it is an http(s) one, so a briefing can link to where the article was published.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from summarise.metadata import SECTION_WORDS, detect_language
from summarise.models import web_url
from summarise.page_language import language_decides, page_language

_COPYRIGHT = re.compile(r"(?:©|&copy;|&#169;|\(c\)|copyright)\s*((?:19|20)\d{2})\b", re.IGNORECASE)


def _text_of(tree: Any, path: str) -> str:
    """The text of the first element a path finds ("//h1[1]", "//title[1]"), its spaces folded."""
    return " ".join(str(tree.xpath(f"string({path})")).split()) if tree is not None else ""


_TITLE_PARTS = re.compile(r"\s+(?:\||-|–|—|::|·|•)\s+")
SITE_WORDS_MAX = 6
_SECTIONS = SECTION_WORDS - {"welt", "monde"}  # "| WELT", "| Le Monde" are sites


def _tree(html: str) -> Any:
    """The page's tree, from its text as decoded (as UTF-8 bytes, so an XML declaration does not stop lxml)."""
    import lxml.html

    try:
        return lxml.html.fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None


def title_site(tag: str, headline: str) -> str | None:
    """The site's name as a page's ``<title>`` gives it beside the headline ("Headline | Iberia Today",
    "Diario X - Headline"): the short part at either end when the rest is the headline, and it is no section
    name ("| Economy", "Live updates -")."""
    cuts = list(_TITLE_PARTS.finditer(tag))
    if not cuts or not headline:
        return None
    norm = " ".join(headline.split()).casefold()
    for site, rest in (
        (tag[cuts[-1].end() :], tag[: cuts[-1].start()]),
        (tag[: cuts[0].start()], tag[cuts[0].end() :]),
    ):
        rest_norm, site = " ".join(rest.split()).casefold(), site.strip()
        headline_rest = rest_norm == norm or norm.startswith(rest_norm) or rest_norm.startswith(norm)
        named = any(ch.isalpha() for ch in site) and not set(site.casefold().split()) <= _SECTIONS
        if headline_rest and named and 1 <= len(site.split()) <= SITE_WORDS_MAX and len(site) <= 60:
            return site
    return _after_bar(tag, cuts[-1])


_BARS = ("|", "-", "–", "—")  # what sets a site's name apart at a title's end ("... - Le Journal Maritime")
_TAILS = frozenset({"as it happened", "what we know", "explained", "in pictures", "in photos", "live blog"})


def _after_bar(tag: str, cut: re.Match[str]) -> str | None:
    """The name after the title's last bar ("... – as it happened | Northline News") of a title that words the
    headline otherwise than the page: a bar or a dash sets a site's name apart, and a name is short, written
    with capitals ("Northline News", "EL PAÍS", "Fakty24 Świat"), of words with letters (no date, no page's
    number), not a section ("| World", "- Live Updates") nor a title's tail ("- As It Happened"), and no word of
    the title before it (a topic: "Kestria ceasefire live ... | Kestria")."""
    site, rest = tag[cut.end() :].strip(), tag[: cut.start()].casefold()
    words = site.split()
    if cut.group(0).strip() not in _BARS or not 1 <= len(words) <= 4 or set(site.casefold().split()) <= _SECTIONS:
        return None
    if site.casefold() in _TAILS:
        return None
    if any(not re.search(r"[^\W\d_]", w) for w in words) or any(len(w) > 3 and w.casefold() in rest for w in words):
        return None  # a page's number or date, or the story's topic ("... Kestria ... | Kestria")
    return site if all(w[:1].isupper() for w in words) else None


# A page can be dated a day ahead of the reader's clock (it was written east of here, where the day has begun).
DAY_AHEAD = timedelta(days=1)


def _declared_date(html: str, today: date | None = None, tree: Any = None) -> str | None:
    """The date the page's markup states, unless it lies more than a day ahead of the reader's clock; read
    without the page's lists of other stories, menus, header bar and footer (``_own_part``), whose dates are
    other pages'. htmldate reads a stamp it refuses (one after its ``max_date``) again as its year and month and
    gives the month's first day, which the page never writes: so it is given no limit, and the limit is kept
    here."""
    from htmldate import find_date

    latest = (today or date.today()) + DAY_AHEAD
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # any stamp is taken as written, then refused here if it lies ahead
        page = _own_part(tree, html)
        found = find_date(page, extensive_search=False, original_date=True, outputformat="%Y-%m-%d", max_date=_FAR)
    return str(found) if found and str(found) <= latest.isoformat() else None


_FAR = "2999-12-31"  # htmldate's own limit (today) would read a refused stamp again as its month's first day

# Where a page shows its date beside its headline: an element whose class or id says so ("meta", "byline",
# "article-date", "autor", "datum", "tarih"), not one in a list of other stories, a menu, a page's header bar, a footer
# or a reader's comment, nor an update's stamp; the article's own (within <article> or <main>) first.
_LOWER = "translate(concat(@class, ' ', @id), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_SHOWN_WORDS = "date time byline meta publish posted datum fecha data tarih tanggal dato".split()
_SHOWN = " | ".join(f"//*[contains({_LOWER}, '{w}')]" for w in _SHOWN_WORDS)
# An author's line ("autor") only where no element of a date says one: an author's box can hold a bio's date.
_AUTHOR = " | ".join(f"//*[contains({_LOWER}, '{w}')]" for w in ("author", "autor"))
_OTHER_STORIES = (
    r"related|trending|popular|more|teaser|list|card|recommend|nav|footer|aside|sidebar|comment|reply|topbar"
    r"|masthead|weather|widget|ticker"
)
_ELSEWHERE = re.compile(rf"{_OTHER_STORIES}|update|modified", re.IGNORECASE)
_UPDATED = re.compile(
    r"updated|frissítve|aktualisiert|mis à jour|actualizado|aggiornato|zaktualizowano|обновлено|оновлено"
    r"|bijgewerkt|uppdaterad|päivitetty|actualizat|güncellendi|aktualizováno|opdateret|oppdatert",
    re.IGNORECASE,
)
SHOWN_MAX = 200  # a longer element holds a story's text, not a line beside its headline


def _shown_date(tree: Any, today: date | None = None) -> str | None:
    """The full date a page shows in a byline or date element where its markup states none htmldate reads,
    in the languages the tool reads dates in ("Szerző: Kovács-Lendvai Eszter · 2026. november 24. 16:48");
    never one more than a day ahead of the reader's clock. An author's link in the byline is read past."""
    if tree is None:
        return None
    latest = (today or date.today()) + DAY_AHEAD
    for path in (_SHOWN, _AUTHOR):
        found = [(e, _shown_in(e)) for e in tree.xpath(path)[:60]]
        own = [(e, d) for e, d in found if d and any(a.tag in ("article", "main") for a in e.iterancestors())]
        for _, shown in own or found:
            if shown is not None and shown <= latest:
                return shown.isoformat()
    return None


def _shown_in(element: Any) -> date | None:
    """The full date an element shows, unless it stands where another story's, a comment's or an update's is."""
    from summarise.dates import first_resolved

    around = [element, *element.iterancestors()]
    inside = any(a.tag in ("article", "main") for a in around)
    for e in around:
        if e.tag in ("nav", "footer", "aside") or (e.tag == "header" and not inside) or e.tag == "a":
            return None
        if _ELSEWHERE.search(f"{e.get('class') or ''} {e.get('id') or ''}"):
            return None
    text = " ".join(" ".join(t for t in element.xpath(".//text()[not(ancestor::a)]")).split())
    if not 0 < len(text) <= SHOWN_MAX or _UPDATED.search(text):
        return None
    got = first_resolved(text, None)
    return got.start if got.precision == "day" else None


def _own_part(tree: Any, html: str) -> Any:
    """A copy of the page without what stands elsewhere (``_elsewhere``): a "Related articles" list dated "3
    November 2026" under a story of the 17th is not the story's date. What holds the article or its headline
    stays, whatever its class. The page as it came where nothing stands elsewhere."""
    if tree is None:
        return html
    holders = {a for found in tree.xpath("//article | //main | //h1") for a in (found, *found.iterancestors())}
    page = _pruned(tree, lambda e: isinstance(e.tag, str) and e not in holders and _elsewhere(e))
    return html if page is None else page


def _pruned(tree: Any, drop: Callable[[Any], bool]) -> Any:
    """A copy of the tree without the elements ``drop`` names (each read once, on the tree as it came), or None
    where it names none. The copy's elements stand in the tree's order."""
    import copy

    gone = [n for n, element in enumerate(tree.iter()) if drop(element)]
    if not gone:
        return None
    page = copy.deepcopy(tree)
    elements = list(page.iter())
    for n in gone:
        if elements[n].getparent() is not None:
            elements[n].drop_tree()
    return page


def _elsewhere(element: Any) -> bool:
    """An element of another story's, a menu's, the page's header bar's or its footer."""
    if element.tag in ("html", "head", "body", "meta", "script"):
        return False
    if element.tag in ("nav", "footer", "aside"):
        return True
    if element.tag == "header" and not any(a.tag in ("article", "main") for a in element.iterancestors()):
        return True
    return bool(_OTHER_STORIES_ONLY.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


# What stands elsewhere, for the date: ``_ELSEWHERE`` but an update's stamp, which a page may also mark its first
# publication with (WordPress: <time class="entry-date published updated">).
_OTHER_STORIES_ONLY = re.compile(_OTHER_STORIES, re.IGNORECASE)


# An advertisement's box by a class or id word ("ad inline", "ad-box", "advert", "sponsored-slot", "promo"): its
# pitch ("Treat yourself this winter: 20% off all boots") is no sentence of the story.
_AD_BOX = re.compile(
    r"^(?:ads?|advert[\w-]*|ad[-_][\w-]+|[\w-]+[-_]ads?|sponsor[\w-]*|promo|promoted|dfp[\w-]*|gpt[-_][\w-]+)$", re.I
)


def _without_ads(tree: Any, html: str) -> str:
    """The page without its advertisements' boxes (``_AD_BOX``), as text; the page as it came where it has none."""
    import lxml.html

    page = _pruned(tree, _is_ad) if tree is not None else None
    return html if page is None else str(lxml.html.tostring(page, encoding="unicode"))


def _is_ad(element: Any) -> bool:
    """An advertisement's box: a class or id word says so, and it is short and holds no headline or article (a
    story's container may be marked "no-ads", "with-ads" or "ad-free")."""
    if not isinstance(element.tag, str) or element.tag in ("html", "head", "body", "article", "main"):
        return False
    words = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    if not any(_AD_BOX.match(word) and not _NO_AD.search(word) for word in words):
        return False
    return not element.xpath("boolean(.//h1 | .//article | .//main)") and len(element.text_content()) <= AD_TEXT_MAX


_NO_AD = re.compile(r"(?:^|[-_])(?:no|with|without|free|lazy)(?:$|[-_])|free")
AD_TEXT_MAX = 600  # characters: an advertisement's pitch, not a story's text


def from_html(html: str) -> tuple[str, dict[str, str]]:
    """Main text of a page (trafilatura) and what the page declares about itself."""
    import trafilatura

    tree = _tree(html)  # read once for the headline, the title, the date and the advertisements
    own = _without_ads(tree, html)
    body = trafilatura.extract(own, include_comments=False, include_tables=False, favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    hints: dict[str, str] = {}
    title = _text_of(tree, "//h1[1]") or (str(meta.title) if meta is not None and meta.title else "")
    if title:
        hints["title"] = title
    site = str(meta.sitename) if meta is not None and meta.sitename else ""
    named = title_site(_text_of(tree, "//title[1]"), str(meta.title) if meta is not None and meta.title else title)
    if site and " ".join(title.split()).casefold() in " ".join(site.split()).casefold():
        site = ""  # the headline is no site's name (an apostrophe in "France's Veltra ... | Market Ledger"), nor
        # is a title that holds it ("Analysis: Carvelia's plants are inspected less ...")
    if named and (not site or ("." in site and " " not in site)):  # a name before a host ("vistulapost.pl")
        site = named
    if site:
        hints["outlet"] = site
    url = web_url(str(meta.url).strip()) if meta is not None and meta.url else None
    if url:
        hints["url"] = url
    section = _text_of(tree, "//meta[@property='article:section'][1]/@content")  # the page's own, not a link's
    if section:
        hints["section"] = section  # the site's section ("Analysis", "Opinion"): a piece of comment
    with page_language(detect_language(body) if language_decides(html) else None):
        declared = _declared_date(html, tree=tree) or _shown_date(tree)
    if declared:
        hints["date"] = declared
    elif year := _COPYRIGHT.search(html):
        # The footer the extractor leaves out still gives the year of a dateline that has none ("July 11.").
        hints["copyright_year"] = year.group(1)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return text, hints
