"""The response cache: re-runs are free, keys change with what changes an answer, values are JSON."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from summarise import ScriptedBackend, Settings, prepare
from summarise.cache import CachedBackend, ResponseCache

from .conftest import ROOT, SEEDS
from .factories import brief_with as _brief
from .factories import quote_first_sentence as _quote_first_sentence


def test_a_rerun_is_served_from_the_cache(tmp_path: Path) -> None:
    backend = ScriptedBackend(_quote_first_sentence, script="quote-first")
    first = _brief(tmp_path, backend)
    calls = len(backend.requests)
    second = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="quote-first"))
    assert first.run.model_calls >= calls > 0  # re-asks are calls too
    assert second.run.model_calls == 0 and second.run.cache_hits == calls
    assert second.model_dump(exclude={"run"}) == first.model_dump(exclude={"run"})


def test_no_cache_asks_again(tmp_path: Path) -> None:
    _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="quote-first"))
    again = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="quote-first"), use_cache=False)
    assert again.run.model_calls > 0 and again.run.cache_hits == 0


def test_editing_a_prompt_changes_the_cache_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="quote-first"))
    prompts = tmp_path / "prompts"
    prompts.mkdir()
    for f in (ROOT / "prompts").glob("*.j2"):
        (prompts / f.name).write_text(f.read_text().replace("You write facts", "You write checked facts"))
    monkeypatch.setenv("SUMMARISE_PROMPTS_DIR", str(prompts))
    from summarise.prompts import _environment

    _environment.cache_clear()
    fresh = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="quote-first"))
    _environment.cache_clear()
    assert fresh.run.model_calls >= 5


def test_cache_values_are_json_text_not_pickles(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "c")
    backend = CachedBackend(ScriptedBackend(_quote_first_sentence, script="quote-first"), cache)
    article = prepare([SEEDS / "003_46faeb6b32940052.txt"])[0]
    from summarise.extract import build_request

    asyncio.run(backend.generate(build_request(article, Settings())))
    raw = cache._cache.get(next(iter(cache._cache)))
    assert isinstance(raw, str) and json.loads(raw)["valid"] is True
    assert cache.stats()[0] == 1
    assert cache.clear() == 1


def test_two_doubles_with_different_names_never_share_cached_answers(tmp_path: Path) -> None:
    first = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="one"))
    second = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="two"))
    again = _brief(tmp_path, ScriptedBackend(_quote_first_sentence, script="one"))
    assert first.run.model_calls > 0 and second.run.model_calls == first.run.model_calls
    assert second.run.cache_hits == 0 and again.run.model_calls == 0
