"""The page corpus (tests/fixtures/pages): pages in the shapes real sites produce, with the expected date,
title, lead, figures, furniture and hard sentences of each. ``python tests/page_corpus.py`` prints the
score of each page and the totals.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from summarise.figures import figures
from summarise.models import Article
from summarise.pipeline import prepare
from summarise.sentences import sentences

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
FIELDS = ("date", "title", "lead", "figures", "furniture", "sentences")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@dataclass
class PageScore:
    name: str
    right: dict[str, float] = field(default_factory=dict)
    wrong: dict[str, str] = field(default_factory=dict)


def _lead(article: Article) -> str:
    title = article.meta.title if article.meta else ""
    return next((s.text for s in sentences(article.cleaned) if _norm(s.text) != _norm(title)), "")


def _same_figure(want: str, got: str) -> bool:
    """The figure found whole: every number and the qualifier of the expected text, within one span."""
    w, g = want.lower(), got.lower()
    if not (w in g or g in w):
        return False
    return re.findall(r"\d+", w) == re.findall(r"\d+", g) and w.split()[0] in g


def score_page(path: Path, want: dict) -> PageScore:
    article = prepare([path])[0]
    meta = article.meta
    assert meta is not None
    got = PageScore(path.name)
    published = meta.published.isoformat() if meta.published and meta.published_source == "page" else None
    checks = {
        "date": (published == want["date"], f"{published} ({meta.published_phrase!r}) for {want['date']}"),
        "title": (_norm(meta.title) == _norm(want["title"]), meta.title),
        "lead": (_norm(_lead(article)) == _norm(want["lead"]), _lead(article)),
    }
    for name, (ok, shown) in checks.items():
        got.right[name] = float(ok)
        if not ok:
            got.wrong[name] = shown
    found = [_norm(f.text) for f in figures(article.cleaned, article.article_id, meta.outlet)]
    wanted = [_norm(f["text"]) for f in want["figures"]]
    hits = [w for w in wanted if any(_same_figure(w, f) for f in found)]
    got.right["figures"] = len(hits) / len(wanted) if wanted else 1.0
    if len(hits) < len(wanted):
        got.wrong["figures"] = f"missed {[w for w in wanted if w not in hits]}; found {found}"
    cleaned = _norm(article.cleaned)
    left = [
        f
        for f in want["furniture"]
        if _norm(f)
        and _norm(f) in cleaned.split(" \n ")[0]
        and any(_norm(f) == _norm(line) for line in article.cleaned.split("\n"))
    ]
    got.right["furniture"] = 1 - len(left) / len(want["furniture"]) if want["furniture"] else 1.0
    if left:
        got.wrong["furniture"] = f"kept {left}"
    spans = {_norm(s.text) for s in sentences(article.cleaned)}
    whole = [s for s in want["sentences"] if _norm(s) in spans]
    got.right["sentences"] = len(whole) / len(want["sentences"]) if want["sentences"] else 1.0
    if len(whole) < len(want["sentences"]):
        got.wrong["sentences"] = f"split {[s for s in want['sentences'] if s not in whole]}"
    return got


def score_all(directory: Path = PAGES) -> tuple[dict[str, float], list[PageScore]]:
    expected = json.loads((directory / "expected.json").read_text(encoding="utf-8"))
    pages = [score_page(directory / name, want) for name, want in sorted(expected.items())]
    totals = {f: round(sum(p.right[f] for p in pages) / len(pages), 3) for f in FIELDS}
    return totals, pages


if __name__ == "__main__":
    import sys

    totals, pages = score_all()
    for page in pages:
        marks = " ".join(f"{f}={page.right[f]:.2f}" for f in FIELDS)
        print(f"{page.name:45} {marks}")
        if "-v" in sys.argv:
            for f, why in page.wrong.items():
                print(f"    {f}: {why[:300]}")
    print("TOTAL", totals)
