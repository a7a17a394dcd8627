"""Token counts from the backend's own tokenizer decide how an article is split; the estimate is the fallback."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from summarise.backends.base import GenerateRequest
from summarise.backends.openai_compat import OpenAICompatBackend
from summarise.backends.scripted import ScriptedBackend
from summarise.extract import may_not_fit, plan, token_scale
from summarise.pipeline import amap, open_backend, prepare
from summarise.settings import Settings

from .conftest import SEEDS
from .factories import quote_first_sentence
from .standin import StandIn

SEED = SEEDS / "004_1618ca9304753086.txt"


def _largest_window_too_small(article: Any, settings: Settings) -> int:
    """The largest context window in which the estimate (three bytes a token) does not fit the article."""
    return max(w for w in range(256, 20_000, 16) if may_not_fit(article, settings, w))


def test_the_tokenizer_not_the_estimate_decides_the_split_on_a_seed() -> None:
    settings = Settings(use_cache=False, max_tokens=64)
    article = prepare([SEED])[0]
    window = _largest_window_too_small(article, settings)
    estimated = plan(article, settings, window)
    counting = ScriptedBackend(quote_first_sentence, tokenizer=lambda text: len(text.encode("utf-8")) // 5 + 1)
    scale = asyncio.run(token_scale(article, counting, settings, window))
    counted = plan(article, settings, window, scale=scale)
    assert len(estimated) >= 2 and len(counted) == 1 and counting.counted == [article.cleaned]
    plain = ScriptedBackend(quote_first_sentence)  # no tokenizer: the estimate decides, as before
    assert asyncio.run(token_scale(article, plain, settings, window)) == 1.0


def test_an_article_the_estimate_fits_is_never_counted() -> None:
    counting = ScriptedBackend(quote_first_sentence, tokenizer=lambda text: 1)
    article = prepare([SEED])[0]
    assert asyncio.run(token_scale(article, counting, Settings(), 32_000)) == 1.0 and counting.counted == []


def test_a_count_is_remembered_so_a_rerun_asks_no_server(tmp_path: Path) -> None:
    settings = Settings(cache_dir=tmp_path / "cache", max_tokens=64)
    article = prepare([SEED])[0]
    window = _largest_window_too_small(article, settings)
    for _ in range(2):
        counting = ScriptedBackend(quote_first_sentence, script="counts", tokenizer=lambda t: len(t) // 5 + 1)
        backend = open_backend(settings, counting)
        asyncio.run(token_scale(article, backend, settings, window))
        asyncio.run(backend.aclose())
    assert counting.counted == []  # the second run found the count in the cache


def test_a_llama_cpp_server_counts_and_a_server_without_tokenize_is_not_asked_again() -> None:
    async def count(server: StandIn) -> tuple[Any, Any]:
        backend = OpenAICompatBackend(Settings(), "standin", base_url=server.base_url)
        first = await backend.count_tokens("one two three four five six seven eight")
        second = await backend.count_tokens("again")
        await backend.aclose()
        return first, second

    with StandIn(tokenizer=True) as server:
        assert asyncio.run(count(server)) == (9, 1)  # the stand-in counts four bytes a token
    with StandIn() as server:
        assert asyncio.run(count(server)) == (None, None)
        asked = [r for r in server.requests if r["path"].endswith("/tokenize")]
    assert len(asked) == 1


def test_a_brief_on_a_small_window_reads_a_seed_in_one_call_when_the_tokenizer_says_it_fits() -> None:
    settings = Settings(use_cache=False, max_tokens=64)
    article = prepare([SEED])[0]
    settings = settings.model_copy(update={"context_window": _largest_window_too_small(article, settings)})

    def counting_answer(request: GenerateRequest, attempt: int) -> dict[str, Any]:
        return quote_first_sentence(request, attempt)

    backend = ScriptedBackend(
        counting_answer, tokenizer=lambda t: len(t.encode("utf-8")) // 5 + 1, context=settings.context_window or 0
    )
    outcome = asyncio.run(amap([article], backend, settings))
    assert outcome.statuses[0].status == "ok" and len(backend.requests) == 1


def test_server_seconds_are_read_from_llama_cpp_timings() -> None:
    from types import SimpleNamespace

    from summarise.backends.tokens import server_seconds

    answer = SimpleNamespace(model_extra={"timings": {"prompt_ms": 1250.0, "predicted_ms": 750, "predicted_n": 40}})
    assert server_seconds(answer) == 2.0
    assert server_seconds(SimpleNamespace(model_extra={})) == 0.0  # a server that reports no timings
    assert server_seconds(SimpleNamespace(model_extra={"timings": "soon"})) == 0.0
