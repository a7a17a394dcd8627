"""Where the client's CPU goes for one article of a cold run, stage by stage, in one process.

    python benchmarks/client_cpu.py            # 200 generated articles
    python benchmarks/client_cpu.py -n 50

Each figure is the CPU of the thread doing the work (``time.thread_time``), so the stand-in answering in its own
threads of the same process is not counted. Printed per article (ms): reading and cleaning, building the request,
one call through the backend (openai and instructor), the same call through the openai client alone with the same
response format (the body instructor would send) and one validation, checking the answer; and, once per run, the
imports and the first call's set-up. The P1 figure of the suite (all of the child's CPU over N articles) is about
the sum of the per-article figures, the merge's and the start-up's over N.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

clock = time.thread_time
started = clock()
from summarise.backends.openai_compat import OpenAICompatBackend  # noqa: E402
from summarise.extract import requests_for, resolved, summarise_answers  # noqa: E402
from summarise.pipeline import prepare  # noqa: E402
from summarise.settings import Settings  # noqa: E402

IMPORTED = clock() - started

from articles import write_corpus  # noqa: E402

from tests.standin import StandIn  # noqa: E402


@contextmanager
def per_item(figures: dict[str, float], name: str, count: int) -> Iterator[None]:
    """Store the block's CPU in ``figures[name]``, in ms for each of ``count`` items."""
    begun = clock()
    yield
    figures[name] = 1000 * (clock() - begun) / count


async def calls(backend: OpenAICompatBackend, articles: list[Any], settings: Settings) -> dict[str, float]:
    n, out = len(articles), {}
    with per_item(out, "build request", n):
        requests = [(await requests_for(a, backend, settings, 8192))[0] for a in articles]
    begun = clock()
    await backend.generate(requests[0])  # the client's first call: openai's resources and instructor load here
    out["first call's set-up (s)"] = clock() - begun
    with per_item(out, "call through the backend", n):
        results = [[resolved(r, await backend.generate(r))] for r in requests]
    with per_item(out, "same call, openai alone", n):
        await _openai_alone(backend, requests)
    with per_item(out, "check the answer", n):
        for article, answers in zip(articles, results, strict=True):
            summarise_answers(article, answers)
    await backend.aclose()
    return out


async def _openai_alone(backend: OpenAICompatBackend, requests: list[Any]) -> None:
    """Each request through the openai client alone, with the response format instructor sends, and validated."""
    client = backend.client()
    for r in requests:
        schema = {"name": r.response_model.__name__, "schema": r.response_model.model_json_schema()}
        answer = await client.chat.completions.create(
            model=backend.model,
            messages=r.messages,  # type: ignore[arg-type]
            temperature=r.temperature,
            seed=r.seed,
            max_tokens=r.max_tokens,
            response_format={"type": "json_schema", "json_schema": schema},  # type: ignore[typeddict-item]
        )
        r.response_model.model_validate_json(answer.choices[0].message.content or "", strict=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=200, help="articles (default 200)")
    n = parser.parse_args().n
    corpus = write_corpus(Path(tempfile.mkdtemp()) / "corpus", n)
    figures: dict[str, float] = {}
    with per_item(figures, "read and clean", n):
        articles = prepare([corpus])
    settings = Settings(concurrency=1)
    with StandIn(delay=0.0, lifetime=600) as server:
        backend = OpenAICompatBackend(settings, "standin", base_url=server.base_url)
        figures |= asyncio.run(calls(backend, articles, settings))
    print(f"summarise's imports: {IMPORTED:.3f} s CPU")
    for name, value in figures.items():
        print(f"{name}: {value:.3f} s CPU" if name.endswith("(s)") else f"{name}: {value:.2f} ms CPU an article")


if __name__ == "__main__":
    main()
