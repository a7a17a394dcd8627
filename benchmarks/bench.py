"""Benchmarks that report ratios, not absolute times (machines differ; ratios travel).

    python benchmarks/bench.py                 # cleaning, cache, merge scaling (no model needed)
    python benchmarks/bench.py --model local   # also a cold vs cached run of the real embedded model

Reports:
* prompt tokens per seed article before and after cleaning (llama.cpp's own tokenizer with
  --model local, else the conservative estimate used for context budgeting);
* wall time of a cached re-run over a cold run;
* merge time and peak memory at 2000 articles over 1000 (near 2 means linear).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise import ScriptedBackend, Settings, abrief, amerge, prepare  # noqa: E402
from summarise.backends.base import GenerateRequest, estimate_tokens  # noqa: E402
from summarise.extract import build_request  # noqa: E402
from summarise.prompts import render  # noqa: E402
from tests.factories import summary  # noqa: E402


def _answer(request: GenerateRequest, attempt: int) -> dict[str, Any]:
    if request.kind == "same_event":
        return {"same_event": False}
    if request.kind == "overview":
        first = request.messages[0]["content"].split("Events:\n", 1)[1].split(" ", 1)[0].rstrip(":,")
        return {"headline": "Headline", "headline_event_ids": [first], "overview": []}
    text = request.context["article"]
    first = next(p for p in text.split("\n\n") if len(p.split()) > 8).split(". ")[0]
    return {"summary": first[:380], "events": [{"what": first[:190], "evidence": first[:290]}]}


def tokens(texts: list[str], model: str | None) -> list[int]:
    if model != "local":
        return [estimate_tokens(t) for t in texts]
    import httpx

    from summarise.backends.local import LocalBackend, launch_xllamacpp

    holder = LocalBackend(Settings(concurrency=1))
    base = launch_xllamacpp(holder).removesuffix("/v1")
    counts = [len(httpx.post(base + "/tokenize", json={"content": t}).json()["tokens"]) for t in texts]
    holder.server = None
    return counts


def bench_cleaning(model: str | None) -> None:
    articles = prepare([ROOT / "seeds"])
    raw_prompts = [
        render("extract.j2", outlet=a.meta.outlet, published=None, text=a.text, max_events=5)  # type: ignore[union-attr]
        for a in articles
    ]
    clean_prompts = [build_request(a, Settings()).messages[0]["content"] for a in articles]
    before, after = tokens(raw_prompts, model), tokens(clean_prompts, model)
    unit = "llama.cpp tokens" if model == "local" else "estimated tokens"
    print(f"prompt {unit} per seed article, before -> after cleaning:")
    for a, b, c in zip(articles, before, after, strict=True):
        print(f"  {a.article_id}: {b} -> {c}  (x{c / b:.2f})")
    print(f"  all: {sum(before)} -> {sum(after)}  (x{sum(after) / sum(before):.2f})")


def bench_cache(model: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(cache_dir=Path(tmp), model=model or "local")
        backend_for = (lambda: None) if model else (lambda: ScriptedBackend(_answer, script="bench"))
        t0 = time.perf_counter()
        cold = asyncio.run(abrief([ROOT / "seeds"], settings=settings, backend=backend_for()))
        t1 = time.perf_counter()
        warm = asyncio.run(abrief([ROOT / "seeds"], settings=settings, backend=backend_for()))
        t2 = time.perf_counter()
    label = model or "scripted test double"
    print(
        f"cached re-run / cold run ({label}): x{(t2 - t1) / (t1 - t0):.3f} "
        f"(model calls {cold.run.model_calls} -> {warm.run.model_calls})"
    )


def _many(n: int) -> list[Any]:
    return [
        summary(
            f"a{i:04d}",
            f"Outlet {i % 40}",
            date(2025, 7, 1 + i % 28),
            [
                (
                    f"Council {i} approved budget {i}.",
                    f"The council of district {i} approved budget {i} after a debate.",
                    [f"District{i}"],
                    "",
                )
            ],
        )
        for i in range(n)
    ]


def bench_merge() -> None:
    def run(n: int) -> tuple[float, int]:
        items = _many(n)
        settings = Settings(use_cache=False)
        tracemalloc.start()
        t0 = time.perf_counter()
        asyncio.run(amerge(items, settings=settings, backend=ScriptedBackend(_answer, script="bench", context=4096)))
        elapsed = time.perf_counter() - t0
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return elapsed, peak

    run(50)  # warm up: imports and first-call costs are not the merge's
    (t1, m1), (t2, m2) = min(run(1000), run(1000)), min(run(2000), run(2000))
    print(f"merge 2000 / 1000 articles: time x{t2 / t1:.2f}, peak memory x{m2 / m1:.2f}")


def main() -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None, help="also run a real backend, e.g. local")
    args = parser.parse_args()
    bench_cleaning(args.model)
    bench_cache(args.model)
    bench_merge()


if __name__ == "__main__":
    main()
