"""Merge at scale: the labelled set copied over many days (names recur every day, as in news), timed: grouping,
then telling copies of one text apart among each entry's sources (summarise/merge/copies.py).

python benchmarks/merge_scale.py 1000 10000
python benchmarks/merge_scale.py --minhash 1000 10000   # also MinHash LSH (datasketch, if installed) on the texts
"""

from __future__ import annotations

import asyncio
import math
import random
import re
import resource
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise.backends.base import Usage  # noqa: E402
from summarise.merge.cluster import group  # noqa: E402
from summarise.merge.copies import Copies, mark_copies  # noqa: E402
from summarise.merge.entries import build_events  # noqa: E402
from summarise.merge.items import items_from  # noqa: E402
from summarise.models import ArticleSummary  # noqa: E402
from summarise.settings import Settings  # noqa: E402
from tests.merge_set import load  # noqa: E402


def corpus(n: int) -> list[ArticleSummary]:
    """``n`` articles: the labelled set again and again, each copy a week after the one before.

    In copies after the first, an undated page takes its story's first date: identical undated reports on
    every day would be one event, which news is not.
    """
    base, _ = load()
    first = {
        s.article_id[:2]: min(
            (x.published for x in base if x.article_id[:2] == s.article_id[:2] and x.published), default=None
        )
        for s in base
    }
    out: list[ArticleSummary] = []
    copy = 0
    while len(out) < n:
        shift = timedelta(days=7 * copy)
        for s in base[: n - len(out)]:
            data = s.model_dump()
            data["article_id"] = f"{s.article_id}-{copy}"
            published = s.published or (first[s.article_id[:2]] if copy else None)
            data["published"] = published + shift if published else None
            for e in data["events"]:
                e["id"], e["article_id"] = f"{e['id']}-{copy}", data["article_id"]
                for key in ("start", "end"):
                    e["when"][key] = e["when"][key] + shift if e["when"][key] else None
            out.append(ArticleSummary.model_validate(_renamed(data, copy)))
        copy += 1
    return out


def _renamed(data: dict, copy: int) -> dict:
    """Every capitalised word of a copy carries the copy's own ending: other days, other people and places."""
    if copy == 0:
        return data
    ending = "".join(chr(ord("a") + int(d)) for d in str(copy))

    def rename(text: str) -> str:
        return re.sub(r"\b([A-ZА-Я][\w]{2,})", lambda m: m.group(1) + ending, text)

    data["cleaned_text"] = rename(data["cleaned_text"])
    for e in data["events"]:
        e["what"], e["who"] = rename(e["what"]), [rename(w) for w in e["who"]]
        for ev in e["evidence"]:
            ev["text"] = rename(ev["text"])
    return data


@dataclass
class Run:
    articles: int
    grouping: float
    peak: float
    entries: int
    copies: float
    comparisons: int
    with_copies: int


def run(n: int) -> Run:
    summaries = corpus(n)
    items = items_from(summaries)
    started = time.perf_counter()
    grouping = asyncio.run(group(items, ask=None, settings=Settings(), usage=Usage()))
    elapsed = time.perf_counter() - started
    events = build_events(grouping.clusters, grouping.links, grouping.weights)
    started = time.perf_counter()
    finder = mark_copies(events, summaries)
    copies = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with_copies = sum(1 for e in events if e.copies)
    return Run(n, elapsed, peak, len(grouping.clusters), copies, finder.comparisons, with_copies)


def one_crowded_event(n: int) -> tuple[float, int]:
    """The worst case for copies: ``n`` reports of one event, written separately, that all share one sentence
    (a quote, a line of boilerplate) and so all fall in one bucket of the sentence index."""
    rng = random.Random(n)
    words = [f"w{k}" for k in range(5000)]
    shared = "The coast guard said the fire was under control by nine and the ferry was being towed to port."

    def text() -> str:
        own = [" ".join(rng.choice(words) for _ in range(20)) + "." for _ in range(24)]
        return "\n\n".join([*own[:5], shared, *own[5:]])

    summaries = [
        ArticleSummary(
            article_id=f"a{k}", path="p", title="t", outlet=f"O{k}", language="en", summary="s", cleaned_text=text()
        )
        for k in range(n)
    ]
    finder = Copies(summaries)
    started = time.perf_counter()
    finder.forest([s.article_id for s in summaries])
    return time.perf_counter() - started, finder.comparisons


def minhash(n: int) -> float | None:
    """MinHash LSH (datasketch) over the same texts, word 3-shingles, 128 permutations: the option measured
    against; None when datasketch is not installed."""
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        return None
    texts = [s.cleaned_text for s in corpus(n)]
    started = time.perf_counter()
    shingles = []
    for t in texts:
        w = re.findall(r"\w+", t.casefold())
        shingles.append({" ".join(w[i : i + 3]).encode() for i in range(max(1, len(w) - 2))})
    hashes = MinHash.bulk(shingles, num_perm=128)
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    for i, h in enumerate(hashes):
        lsh.insert(i, h)
    for h in hashes:
        lsh.query(h)
    return time.perf_counter() - started


def _growth(label: str, n1: int, t1: float, n2: int, t2: float) -> str:
    exponent = math.log(t2 / t1) / math.log(n2 / n1)
    return f"{label}: time x{t2 / t1:.2f} for x{n2 / n1:.0f} articles: growth exponent {exponent:.2f}"


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--minhash"]
    sizes = [int(a) for a in args] or [1000, 10000]
    results = [run(n) for n in sizes]
    for r in results:
        print(
            f"{r.articles} articles: grouping {r.grouping:.1f} s, process peak {r.peak:.0f} MiB, {r.entries} entries; "
            f"copies {r.copies:.2f} s ({r.comparisons} comparisons, {r.with_copies} entries with copies)"
        )
    if len(results) >= 2:
        a, b = results[0], results[-1]
        print(_growth("grouping", a.articles, a.grouping, b.articles, b.grouping))
        print(_growth("copies", a.articles, a.copies, b.articles, b.copies))
    for n in (300, 1000):
        seconds, comparisons = one_crowded_event(n)
        print(f"one event, {n} reports sharing one sentence: copies {seconds:.2f} s ({comparisons} comparisons)")
    if "--minhash" in sys.argv:
        for n in sizes:
            seconds = minhash(n)
            print(f"{n} articles: MinHash LSH " + (f"{seconds:.2f} s" if seconds is not None else "not installed"))


if __name__ == "__main__":
    main()
