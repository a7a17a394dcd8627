"""Merge at scale: the labelled set copied over many days (names recur every day, as in news), timed.

python benchmarks/merge_scale.py 1000 10000
"""

from __future__ import annotations

import asyncio
import math
import re
import resource
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise.backends.base import Usage  # noqa: E402
from summarise.merge.cluster import group  # noqa: E402
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


def run(n: int) -> tuple[float, float, int]:
    summaries = corpus(n)
    items = items_from(summaries)
    started = time.perf_counter()
    grouping = asyncio.run(group(items, ask=None, settings=Settings(), usage=Usage()))
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, peak, len(grouping.clusters)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
    results = [(n, *run(n)) for n in sizes]
    for n, t, m, k in results:
        print(f"{n} articles: grouping {t:.1f} s, process peak {m:.0f} MiB, {k} entries")
    if len(results) >= 2:
        (n1, t1, _, _), (n2, t2, _, _) = results[0], results[-1]
        exponent = math.log(t2 / t1) / math.log(n2 / n1)
        print(f"time x{t2 / t1:.2f} for x{n2 / n1:.0f} articles: growth exponent {exponent:.2f}")


if __name__ == "__main__":
    main()
