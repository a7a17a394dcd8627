"""The HTML briefing an editor reads: every citation lands on its words, highlighted in the article's own text;
sources link out over http(s) only; the page holds on a phone and on paper, says whose each summary is, runs no
script and asks for nothing outside itself."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarise import ScriptedBackend
from summarise.dates import resolve
from summarise.figures import figures
from summarise.inputs.html import from_html
from summarise.models import ArticleSummary, Briefing, Event, Evidence
from summarise.outputs import to_html, to_markdown
from summarise.outputs.citations import Citations, evidence_of, pieces

from .factories import brief_with, quote_first_sentence
from .test_merge import merged

COUNCIL_URL = "https://council.example/news?id=1&lang=en"
LONG_URL = "https://council.example/archive/" + "segment-" * 30 + "end?query=1"
COUNCIL_TEXT = (
    "Ashby council approved a budget of $4.5 billion on Monday after a long debate about <script>alert('x')</script>"
    " tags.\n\n"
    "Mayor Grace Mensah said the money would pay for 1,400 new homes by 2027, according to the statement.\n\n"
    'A reader wrote: </mark></div><img src=x onerror=alert(1)> and {{ 7*7 }} and <a href="javascript:alert(2)">'
    "a link</a>.\n\n"
    f"The documents are at {LONG_URL} for all to read, and {'Supercalifragilistic' * 5} is one long word."
)
WIRE_TEXT = (
    "Ashby council approved a budget of $4.2 billion on Monday, the Ashby Wire reported.\n\n"
    "Mayor Grace Mensah welcomed the vote."
)
# (what, quoted words, who, when): the first three overlap, nest and share a start; the fourth holds markup
# and runs across a paragraph break.
COUNCIL_EVENTS = [
    ("Ashby council approved a budget of $4.5 billion.", "Ashby council approved a budget of $4.5 billion on Monday"),
    ("The budget followed a long debate.", "budget of $4.5 billion on Monday after a long debate"),
    ("Ashby council approved a budget.", "Ashby council approved a budget"),
    ("A debate was held about tags.", "debate about <script>alert('x')</script> tags.\n\nMayor Grace Mensah said"),
]


def _evidence(article_id: str, text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(article_id=article_id, start=start, end=start + len(words), text=words, match="exact", score=100)


def _article(article_id: str, outlet: str, text: str, events: list[tuple[str, str]], lead: str) -> ArticleSummary:
    """An article whose events quote the given words of ``text``, which may overlap one another."""
    day = date(2025, 7, 14)
    return ArticleSummary(
        article_id=article_id,
        path=f"{article_id}.txt",
        title=f"Budget news from {outlet}",
        outlet=outlet,
        language="en",
        published=day,
        published_source="page",
        summary=lead,
        summary_source="lead",
        summary_evidence=[_evidence(article_id, text, lead)],
        events=[
            Event(
                id=f"{article_id}#{n}",
                article_id=article_id,
                what=what,
                who=["Ashby"],
                when=resolve("on Monday", day),
                evidence=[_evidence(article_id, text, words)],
            )
            for n, (what, words) in enumerate(events, start=1)
        ],
        figures=figures(text, article_id, outlet, day, "page"),
        cleaned_text=text,
    )


def hostile_briefing() -> Briefing:
    """Two outlets on one budget: overlapping, nested and shared-start evidence, markup in an article's text."""
    council = _article(
        "council", "Ashby <Herald>", COUNCIL_TEXT, COUNCIL_EVENTS, "Mayor Grace Mensah said the money would pay"
    )
    wire = _article(
        "wire",
        "Ashby Wire",
        WIRE_TEXT,
        [("Ashby council approved a budget of $4.2 billion.", "Ashby council approved a budget of $4.2 billion")],
        "Ashby council approved a budget",
    )
    b = merged(council.model_copy(update={"url": COUNCIL_URL}), wire.model_copy(update={"summary_source": "model"}))
    return b


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return hostile_briefing()


class Tags(HTMLParser):
    """Every start tag with its attributes; fails on an end tag that does not close the innermost open one."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.style = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "style":
            self.style += data


def parsed(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    tags.close()
    assert tags.open == ["html"] or not tags.open, tags.open  # </html> may be left to the parser
    return tags


def test_pieces_cut_overlapping_spans_so_each_starts_on_its_anchor() -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    anchored = {(0, 10): "a", (5, 15): "b", (5, 8): "c", (12, 20): "d"}
    got = pieces(text, anchored)
    assert "".join(p.text for p in got) == text
    assert [(p.text, p.depth, p.anchors) for p in got] == [
        ("abcde", 1, ("a",)),
        ("fgh", 3, ("b", "c")),  # the longer span outermost
        ("ij", 2, ()),
        ("kl", 1, ()),
        ("mno", 2, ("d",)),
        ("pqrst", 1, ()),
        ("uvwxyz", 0, ()),
    ]


def test_every_citation_has_an_anchor_on_its_own_words(briefing: Briefing) -> None:
    citations = Citations(briefing)
    texts = {t.status.article_id: t for t in citations.texts}
    cited = list(evidence_of(briefing))
    assert len({(e.article_id, e.start, e.end) for e in cited}) >= 8
    assert briefing.headline.evidence and briefing.conflicts
    for ev in cited:
        href = citations.href(ev)
        assert href is not None, ev
        run, on = "", False
        for piece in texts[ev.article_id].pieces:
            on = on or href[1:] in piece.anchors
            if on:
                assert piece.depth > 0, (ev.text, piece)
                run += piece.text
                if len(run) >= len(ev.text):
                    break
        assert run.startswith(ev.text)


def test_the_page_is_balanced_markup_with_no_script_and_nothing_from_elsewhere(briefing: Briefing) -> None:
    page = to_html(briefing)
    tags = parsed(page)
    names = {t for t, _ in tags.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "svg", "base", "form", "video", "audio"}
    for tag, attrs in tags.tags:
        assert not {a for a in attrs if a.startswith("on") or a in {"src", "srcset", "style", "action"}}, tag
        href = attrs.get("href")
        if href is not None and not href.startswith("#"):
            assert href == COUNCIL_URL and attrs.get("rel") == "noopener noreferrer", (tag, attrs)
    assert "@import" not in tags.style and "url(" not in tags.style
    # The article's markup is text: shown escaped, in place.
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;/mark&gt;&lt;/div&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "{{ 7*7 }}" in page and "Ashby &lt;Herald&gt;" in page


def test_each_id_is_unique_and_every_link_in_the_page_has_its_target(briefing: Briefing) -> None:
    tags = parsed(to_html(briefing)).tags
    ids = [a["id"] for _, a in tags if a.get("id")]
    assert len(ids) == len(set(ids))
    for _, attrs in tags:
        if (attrs.get("href") or "").startswith("#"):
            assert attrs["href"][1:] in ids, attrs


def test_sources_link_out_only_over_http_and_other_urls_stay_text(briefing: Briefing) -> None:
    page = to_html(briefing)
    link = f'href="{html.escape(COUNCIL_URL)}" target="_blank" rel="noopener noreferrer"'
    assert page.count(link) >= 3  # the event's source, the article list, the article's text
    odd = {"wire": "javascript:alert(document.cookie)", "council": "data:text/html;base64,PHNjcmlwdD4="}
    articles = [a.model_copy(update={"url": odd[a.article_id]}) for a in briefing.articles]
    page = to_html(briefing.model_copy(update={"articles": articles}))
    assert 'href="javascript' not in page.lower() and 'href="data:' not in page
    assert "(javascript:alert(document.cookie))" in page and '<span class="url">data:text/html' in page
    for url in ("ftp://council.example/x", "https://", "http:///nohost", "https://exa mple.com", "mailto:a@b.c"):
        articles = [a.model_copy(update={"url": url}) for a in briefing.articles]
        assert "noopener" not in to_html(briefing.model_copy(update={"articles": articles})), url


def test_whose_summary_it_is_is_said(briefing: Briefing) -> None:
    page = to_html(briefing)
    whose = {a.article_id: a.summary_source for a in briefing.articles}
    assert whose == {"council": "lead", "wire": "model"}
    assert page.count('<span class="badge lead">the article&#39;s own lead</span>') == 2  # list and text
    assert page.count('<span class="badge model">model summary, checked against the article</span>') == 2


def test_evidence_that_no_longer_matches_its_text_gets_no_link(briefing: Briefing) -> None:
    changed = [a.model_copy(update={"text": a.text.replace("budget", "BUDGET")}) for a in briefing.articles]
    stale = briefing.model_copy(update={"articles": changed})
    citations = Citations(stale)
    assert all(citations.href(ev) is None for ev in evidence_of(stale) if "budget" in ev.text)
    page = to_html(stale)
    parsed(page)
    event = next(e for e in stale.events if "$4.5" in e.what).sources[0].evidence[0]
    assert f'<span class="cite">council:{event.start}–{event.end}</span>' in page and "BUDGET" in page
    assert page.count('class="cite" href="#q') == sum(1 for ev in evidence_of(stale) if "budget" not in ev.text) > 0


def test_markdown_carries_the_source_url_escaped(briefing: Briefing) -> None:
    md = to_markdown(briefing)
    assert f"Budget news from Ashby &lt;Herald&gt; · {COUNCIL_URL} ·" in md
    assert f"(2025-07-14, {COUNCIL_URL}): “Ashby council approved" in md
    odd = "https://x.example/[a](javascript:alert(1))<b>"
    articles = [a.model_copy(update={"url": odd}) for a in briefing.articles]
    md = to_markdown(briefing.model_copy(update={"articles": articles}))
    assert "https://x.example/\\[a\\](javascript&#58;alert(1))&lt;b&gt;" in md and "](javascript:" not in md
    assert "Supercalifragilistic" not in md  # the article texts stay out of Markdown


PAGE = """<!DOCTYPE html><html><head><title>Ashby budget</title>
<link rel="canonical" href="{url}"><meta property="og:url" content="{url}"></head>
<body><article><h1>Ashby council approves budget</h1>
<p>Ashby council approved a budget of 4.5 billion pounds on Monday after a long debate in the town hall.</p>
<p>A reader wrote &lt;script&gt;alert(1)&lt;/script&gt; under the story, which the council removed on Tuesday.</p>
<p>Mayor Grace Mensah said the money would pay for 1,400 new homes over the next three years.</p>
</article></body></html>"""


def test_a_page_declaring_its_url_is_linked_from_the_briefing(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.html").write_text(PAGE.format(url="https://ashby.example/budget?x=1"), encoding="utf-8")
    (pages / "bad.html").write_text(PAGE.format(url="javascript:alert(1)"), encoding="utf-8")
    assert from_html(PAGE.format(url="https://ashby.example/b"))[1]["url"] == "https://ashby.example/b"
    assert "url" not in from_html(PAGE.format(url="ftp://ashby.example/b"))[1]
    b = brief_with(tmp_path, ScriptedBackend(quote_first_sentence, script="html-page-url"), [pages])
    urls = {a.article_id: a.url for a in b.articles}
    assert urls == {"good": "https://ashby.example/budget?x=1", "bad": None}
    for a in b.articles:
        assert a.status == "ok" and "<script>alert(1)</script>" in a.text
    for ev in evidence_of(b):
        text = next(a.text for a in b.articles if a.article_id == ev.article_id)
        assert text[ev.start : ev.end] == ev.text
    page = to_html(b)
    assert 'href="https://ashby.example/budget?x=1" target="_blank" rel="noopener noreferrer"' in page
    assert page.count('class="cite" href="#q') >= 2


# ---------------------------------------------------------------- in a real browser

# Run in the page that holds the briefing in frames: for each frame, whether the document is wider than its
# viewport, and where each citation link lands (the element it targets, and the highlighted words that start
# there); in the frame given the print rules, what paper would show.
CHECK = r"""
function marked(target) {
  const box = target.closest('.text'), walk = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let node = walk.nextNode(), run = '';
  while (node && !target.contains(node)) node = walk.nextNode();
  while (node && node.parentElement.closest('mark')) { run += node.data; node = walk.nextNode(); }
  return run;
}
function landings(win) {
  const doc = win.document;
  return [...doc.querySelectorAll('a.cite[href^="#"]')].map(a => {
    a.click();
    const t = doc.querySelector(':target'), r = t ? t.getBoundingClientRect() : null;
    return {href: a.getAttribute('href'), target: t ? t.id : null, tag: t ? t.tagName : null,
            shown: !!r && r.height > 0 && r.top >= -1 && r.top < win.innerHeight,
            background: t ? win.getComputedStyle(t).backgroundColor : null, words: t ? marked(t) : ''};
  });
}
function paper(win) {
  const doc = win.document, css = (el, pseudo) => win.getComputedStyle(el, pseudo);
  const links = [...doc.querySelectorAll('a[href^="http"]')];
  return {chrome: [...doc.querySelectorAll('.chrome')].map(el => css(el).display),
          urls: links.map(a => [a.getAttribute('href'), a.textContent + ' ' + css(a, '::after').content]),
          textsAfter: doc.getElementById('texts').getBoundingClientRect().top >
                      doc.getElementById('articles').getBoundingClientRect().top,
          breakBefore: css(doc.getElementById('texts')).breakBefore};
}
window.addEventListener('load', () => {
  const out = {};
  for (const f of document.querySelectorAll('iframe')) {
    const doc = f.contentDocument, root = doc.documentElement;
    out[f.name] = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
                   bodyWidth: doc.body.scrollWidth, landings: landings(f.contentWindow)};
    if (f.name === 'paper') out[f.name].paper = paper(f.contentWindow);
  }
  document.getElementById('result').textContent = JSON.stringify(out);
});
"""
FRAMES = {"phone": 375, "desk": 1280, "paper": 800}


def in_chromium(page: str, tmp_path: Path) -> dict[str, dict[str, object]]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no headless Chromium on this machine (Debian's chromium package; .ci/run installs it)")
    # Headless windows are at least 500 px wide, so the page is laid out in frames of the widths to test; the
    # frame for paper gets a copy whose print rules apply on screen.
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "paper.html").write_text(page.replace("@media print", "@media all"), encoding="utf-8")
    frames = "".join(
        f'<iframe name="{name}" src="{"paper" if name == "paper" else "page"}.html" '
        f'style="width:{width}px;height:700px;border:0"></iframe>'
        for name, width in FRAMES.items()
    )
    harness = tmp_path / "harness.html"
    harness.write_text(
        f'<!DOCTYPE html><html><body>{frames}<pre id="result"></pre><script>{CHECK}</script></body></html>',
        encoding="utf-8",
    )
    dumped = subprocess.run(
        [
            *(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"),
            *("--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900"),
            "--allow-file-access-from-files",  # the harness reads its frames' documents
            *(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", harness.as_uri()),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    ).stdout
    found = re.search(r'<pre id="result">(.*?)</pre>', dumped, re.S)
    assert found and found.group(1), f"the checks did not run: {dumped[-500:]!r}"
    result: dict[str, dict[str, object]] = json.loads(html.unescape(found.group(1)))
    return result


@pytest.fixture(scope="module")
def rendered(briefing: Briefing, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    page = to_html(briefing)
    assert "<script" not in page.lower()  # the page itself carries none; only the test's harness does
    return in_chromium(page, tmp_path_factory.mktemp("browser"))


@pytest.mark.parametrize("frame", ["phone", "desk"])
def test_the_layout_holds_at_phone_and_desk_widths(rendered: dict[str, dict[str, object]], frame: str) -> None:
    got = rendered[frame]
    assert got["scrollWidth"] == got["clientWidth"], got  # no horizontal scroll
    assert got["clientWidth"] <= FRAMES[frame] and got["bodyWidth"] <= got["clientWidth"]  # type: ignore[operator]


@pytest.mark.parametrize("frame", ["phone", "desk"])
def test_every_citation_link_lands_on_its_highlighted_words(
    briefing: Briefing, rendered: dict[str, dict[str, object]], frame: str
) -> None:
    citations = Citations(briefing)
    expected = {citations.href(ev): ev.text for ev in evidence_of(briefing)}
    landings = rendered[frame]["landings"]
    assert isinstance(landings, list) and len(landings) >= len(expected)
    assert {land["href"] for land in landings} == set(expected)
    for land in landings:
        assert land["target"] == land["href"][1:] and land["tag"] == "MARK", land
        assert land["shown"] and land["background"] not in ("rgba(0, 0, 0, 0)", "transparent"), land
        assert land["words"].startswith(expected[land["href"]]), land


def test_on_paper_the_chrome_goes_links_show_their_url_and_texts_follow(rendered: dict[str, dict[str, object]]) -> None:
    paper = rendered["paper"]["paper"]
    assert isinstance(paper, dict)
    assert paper["chrome"] and set(paper["chrome"]) == {"none"}
    assert paper["urls"] and all(url in after for url, after in paper["urls"])
    assert paper["textsAfter"] and paper["breakBefore"] == "page"
    assert rendered["paper"]["scrollWidth"] == rendered["paper"]["clientWidth"]


def test_a_date_written_without_its_year_is_shown_as_written() -> None:
    from types import SimpleNamespace

    from summarise.models import EventDate
    from summarise.outputs.common import event_when

    undated_page = SimpleNamespace(published=None)
    written = SimpleNamespace(when=EventDate(phrase="May 20"), sources=[undated_page])
    assert event_when(written) == "“May 20”, which its sources do not date further"  # type: ignore[arg-type]
    silent = SimpleNamespace(when=EventDate(), sources=[undated_page])
    assert event_when(silent) == "not stated in its evidence"  # type: ignore[arg-type]


_BYLINE_PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><ul><li><a href="/">Címlap</a></li></ul></nav>
<aside class="related"><p class="date">2026. november 2. 09:00</p><a href="/other">Another story</a></aside>
<article><h1>{title}</h1><p class="meta">Szerző: Kovács-Lendvai Eszter · {shown}</p>
<p>Kedden megkezdődtek a koalíciós tárgyalások Vastreniában, a Zöld Unió és a Gazdaszövetség vezetőivel.</p>
<p>Daria Velk délelőtt tíz órakor a Zöld Unió vezetőjével, Jonas Brekkel tárgyalt a kolmari Államgyűlésben.</p>
</article></body></html>"""


def test_a_date_the_page_shows_in_its_byline_dates_it_where_its_markup_states_none() -> None:
    """A byline's date in any language read ("2026. november 24. 16:48"), not a related story's beside it, nor
    one more than a day ahead of the reader's clock."""
    from summarise.inputs.html import _shown_date, _tree

    page = _BYLINE_PAGE.format(lang="hu", title="Megkezdődtek a tárgyalások", shown="2026. november 24. 16:48")
    assert _shown_date(_tree(page), today=date(2026, 11, 27)) == "2026-11-24"
    assert _shown_date(_tree(page), today=date(2026, 11, 20)) is None  # ahead of the clock: refused
    undated = _BYLINE_PAGE.format(lang="hu", title="Megkezdődtek a tárgyalások", shown="Frissítve")
    assert _shown_date(_tree(undated), today=date(2026, 11, 27)) is None  # the related story's date is not it


def test_a_date_phrase_is_written_from_a_words_start_with_its_endings_but_not_as_an_adjective() -> None:
    from summarise.ground import date_written

    assert not date_written("vasárnap", "Daria Velk, a vasárnapi választás győztese, tárgyalt.")
    assert date_written("vasárnap", "A választást vasárnap tartották.")
    assert date_written("kedd", "A tárgyalások kedden kezdődtek.") and date_written("tiistai", "alkavat tiistaina")
    assert date_written("November 24", "Parliament voted on November 24th.")
    assert not date_written("on Tuesday", "non Tuesday") and date_written("on Tuesday", "Police on Tuesday's march")


def test_a_comments_date_an_updates_stamp_or_the_headers_today_never_dates_the_page() -> None:
    from summarise.inputs.html import _shown_date, _tree

    byline = '<p class="byline">By <a href="/a/ek">Eszter Kovács</a> · 24 November 2026</p>'
    head = "<!doctype html><html><head><title>T</title></head><body>"
    bar = '<div class="topbar-meta">Friday, 27 November 2026</div>'
    comment = '<div class="comment-meta">Reader · 26 November 2026</div>'
    updated = '<p class="meta"><span class="stamp">Updated 26 November 2026</span></p>'
    body = "<p>Talks began on Tuesday in Kolmar between the two parties after the vote.</p>"
    page = f"{head}{bar}<article><h1>T</h1>{updated}{byline}{body}{comment}</article></body></html>"
    assert _shown_date(_tree(page), today=date(2026, 11, 27)) == "2026-11-24"


def test_a_related_storys_date_in_its_list_never_dates_the_page_its_byline_does() -> None:
    """htmldate reads a "Related articles" list's <small>3 November 2026</small> as a date the markup states: it
    is read without the page's lists of other stories, menus, header bar and footer, and the byline dates it."""
    from summarise.inputs.html import from_html

    page = (
        "<!doctype html><html><head><title>Minister found guilty - The Herald</title></head><body>"
        '<header><div class="top-strip">Friday 27 November 2026</div><nav><a href="/">Home</a></nav></header>'
        '<main><article><header class="article-head"><h1>Minister found guilty</h1>'
        '<p class="meta-line">By Tomas Reddel, Courts Reporter &#8212; Tuesday 17 November 2026, 5.12pm</p>'
        "</header>"
        "<p>The former minister was found guilty on Tuesday of taking bribes from a construction company.</p>"
        "<p>Sentencing was set for Thursday, the court said after almost three hours of reading.</p></article>"
        '<aside class="related"><h3>Related articles</h3><ol><li><a href="/a">Trial ends</a> '
        "<small>3 November 2026</small></li><li><a href='/b'>Poll</a> <small>9 November 2026</small></li></ol>"
        "</aside></main><footer><p>Updated 25 November 2026</p></footer></body></html>"
    )
    assert from_html(page)[1]["date"] == "2026-11-17"


def test_an_advertisements_box_is_no_part_of_the_story() -> None:
    """An advertisement's box by its class ("ad inline", "ad-box", "sponsored-slot") goes with its pitch; a word
    that only holds "ad" ("lead", "head", "shadow") is no advertisement."""
    from summarise.inputs.html import from_html

    story = (
        "<p>The blast happened at about 11.20am in the Brasna colliery outside the town of Kadrel, officials said.</p>"
        '<div class="{css}"><p>Advertisement</p><p>Treat yourself this winter: 20% off all boots at Corven &amp; '
        "Finch.</p></div><p>Varnok Coal Company said in a statement that it was cooperating fully with the "
        "authorities and that the cause of the explosion was not yet known.</p>"
    )
    for css in ("ad inline", "ad-box", "sponsored-slot"):
        page = f"<html><body><article><h1>Miners trapped</h1>{story.format(css=css)}</article></body></html>"
        text = from_html(page)[0]
        assert "Corven" not in text and "Varnok Coal Company said" in text, css
    kept = f"<html><body><article><h1>Miners trapped</h1>{story.format(css='lead shadow')}</article></body></html>"
    assert "Corven" in from_html(kept)[0]


def test_a_wordpress_stamp_marked_updated_and_a_story_marked_no_ads_are_read() -> None:
    """WordPress marks a post's first stamp "published updated": it still dates the page; a story's container
    marked "no-ads", "with-ads" or "ad-free" is the story, not an advertisement."""
    from summarise.inputs.html import from_html

    body = "".join(
        f"<p>Paragraph {n}: the regional parliament voted on the budget after a long debate.</p>" for n in range(8)
    )
    stamp = '<time class="entry-date published updated" datetime="2025-03-11T09:00:00+00:00">11 March 2025</time>'
    for css in ("story-body no-ads", "article-content with-ads", "article-body ad-free"):
        page = (
            f"<html><head><title>Parliament approves budget</title></head><body><nav>Home | World</nav><article>"
            f'<h1>Parliament approves budget</h1><div class="entry-meta">{stamp}</div><div class="{css}">{body}</div>'
            "</article><footer>© 2019–2025 The Paper</footer></body></html>"
        )
        text, hints = from_html(page)
        assert "Paragraph 7" in text and hints.get("date") == "2025-03-11", css


def test_a_byline_of_class_autor_or_datum_dates_the_page() -> None:
    from summarise.inputs.html import _shown_date, _tree

    for css, shown, day in [
        ("autor", "Jakub Dvořáček | 22. listopadu 2026 21:15", "2026-11-22"),
        ("artikel-datum", "24. November 2026", "2026-11-24"),
        ("fecha", "24 de noviembre de 2026", "2026-11-24"),
        ("tarih", "18 Kasım 2026 Çarşamba, 15:47", "2026-11-18"),
    ]:
        page = f'<html><body><article><h1>T</h1><p class="{css}">{shown}</p><p>Text of the story.</p></article>'
        assert _shown_date(_tree(page + "</body></html>"), today=date(2026, 11, 27)) == day, css


def test_an_authors_bio_date_a_category_link_and_a_dated_lede_do_not_mislead() -> None:
    from summarise.extract.commentary import is_comment
    from summarise.inputs.html import _shown_date, _tree, from_html
    from summarise.models import Article

    bio = '<div class="author-box">Zpravodajem v Kestrii je od 1. března 2015.</div>'
    byline = '<p class="article-date">24. listopadu 2026</p>'
    page = f"<html><body><article><h1>T</h1>{byline}<p>Text of the story here.</p>{bio}</article></body></html>"
    assert _shown_date(_tree(page), today=date(2026, 11, 27)) == "2026-11-24"
    linked = (
        '<html><head><meta property="article:section" content="World"></head><body>'
        '<div class="entry-meta"><a href="/category/opinion/" rel="category tag">Opinion</a></div>'
        "<article><h1>Aid workers freed</h1><p>Two aid workers were freed on Friday in Kestria.</p></article>"
        "</body></html>"
    )
    assert from_html(linked)[1].get("section") == "World"
    labelled = Article(article_id="g", path="g.txt", raw="", text="", hints={})
    titled = labelled.model_copy(update={"meta": None})
    assert not is_comment(titled)
