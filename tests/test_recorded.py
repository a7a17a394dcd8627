"""The whole path on the seeds, through each backend, from cassettes recorded against a real model.

Recorded from the embedded llama.cpp server running the Gemma 3 270M GGUF (``local`` directly,
``openai:`` through its OpenAI-compatible API, ``ollama:`` through the Ollama stand-in that forwards
to it). Re-record: ``SUMMARISE_RECORD=1 pytest tests/test_recorded.py --record-mode=rewrite``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest

from summarise import Settings, abrief, prepare
from summarise.backends.local import LocalBackend, launch_xllamacpp
from summarise.backends.ollama import OllamaBackend
from summarise.backends.openai_compat import OpenAICompatBackend
from summarise.models import Briefing

from .conftest import RECORDING, ROOT
from .ollama_standin import OllamaStandIn

REPLAY_URL = "http://127.0.0.1:9/v1"
FAKE_KEY = "sk-test-0123456789abcdefghijklmnopqrstuv"


@pytest.fixture(scope="module")
def model_server() -> Iterator[str]:
    """A real embedded llama.cpp server while recording; a placeholder address when replaying."""
    if not RECORDING:
        yield REPLAY_URL
        return
    holder = LocalBackend(Settings(concurrency=2))
    url = launch_xllamacpp(holder)
    yield url
    holder.server = None


def _settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(cache_dir=tmp_path / "cache", concurrency=2, **kw)  # type: ignore[arg-type]


def _check_grounded(briefing: Briefing, seeds: Path) -> None:
    cleaned = {a.article_id: a.cleaned for a in prepare([seeds])}
    assert {a.article_id for a in briefing.articles} == set(cleaned)
    assert len(briefing.articles) == 5
    # A request missing from the cassette would fail its article: every article must have been answered.
    assert all(a.status == "ok" for a in briefing.articles), [a.reason for a in briefing.articles]
    clutter = [
        "Zircon",
        "Poltava",
        "SOWA",
        "Kropyvnytskyi",
        "Merz",
        "Houthis",
        "Rushchyshyn",
        "hybrid tribunal",
        "superyacht",
        "MH17",
        "suicide",
        "Iskander",
        "undesirable",
        "newsletter",
    ]
    for event in briefing.events:
        words = event.what + " ".join(ev.text for s in event.sources for ev in s.evidence)
        assert not [c for c in clutter if c in words], event.what
        for source in event.sources:
            for ev in source.evidence:
                assert cleaned[ev.article_id][ev.start : ev.end] == ev.text
                if ev.match == "fuzzy":
                    assert ev.score >= 88
    for conflict in briefing.conflicts:
        for claim in conflict.claims:
            assert claim.value in claim.evidence.text
    known = {e.id for e in briefing.events}
    for st in [*briefing.overview, *briefing.key_developments]:
        assert set(st.event_ids) <= known
    schema = json.loads((ROOT / "schemas" / "briefing.schema.json").read_text())
    jsonschema.validate(json.loads(briefing.model_dump_json()), schema)


def _brief_twice(backend_factory, settings: Settings, seeds: Path) -> tuple[Briefing, Briefing]:
    first = asyncio.run(abrief([seeds], settings=settings, backend=backend_factory()))
    second = asyncio.run(abrief([seeds], settings=settings, backend=backend_factory()))
    return first, second


@pytest.mark.vcr
def test_local_backend_briefs_the_seeds(vcr, tmp_path: Path, seeds: Path) -> None:
    settings = _settings(tmp_path)
    launcher = None if RECORDING else (lambda backend: REPLAY_URL)
    first, second = _brief_twice(lambda: LocalBackend(settings, launcher=launcher), settings, seeds)
    assert first.run.backend == "local" and first.run.model == "gemma3-270m"
    assert first.run.model_calls >= 5 and first.run.prompt_tokens > 0
    assert second.run.model_calls == 0 and second.run.cache_hits >= 5
    assert second.model_dump(exclude={"run"}) == first.model_dump(exclude={"run"})
    _check_grounded(first, seeds)
    if not RECORDING:
        assert vcr.all_played


@pytest.mark.vcr
def test_openai_compatible_backend_briefs_the_seeds(vcr, tmp_path: Path, seeds: Path, model_server: str) -> None:
    settings = _settings(
        tmp_path, model="openai:gemma3-270m", base_url=model_server, api_key=FAKE_KEY, context_window=4096
    )
    first, second = _brief_twice(lambda: OpenAICompatBackend(settings, "gemma3-270m"), settings, seeds)
    assert first.run.backend == "openai" and first.run.model_calls >= 5
    assert second.run.model_calls == 0
    _check_grounded(first, seeds)
    if not RECORDING:
        assert vcr.all_played


@pytest.mark.vcr
def test_ollama_backend_briefs_the_seeds(vcr, tmp_path: Path, seeds: Path, model_server: str) -> None:
    with OllamaStandIn(
        models=["gemma3:270m"], upstream=model_server, upstream_model="gemma3-270m", context_length=32768
    ) as standin:
        settings = _settings(tmp_path, model="ollama:gemma3:270m", base_url=standin.url)
        first, second = _brief_twice(lambda: OllamaBackend(settings, "gemma3:270m"), settings, seeds)
    assert first.run.backend == "ollama" and first.run.model == "gemma3:270m"
    # Ollama's /v1 cannot raise num_ctx: the window is the server default, not the trained 32768.
    assert first.run.context_window == 4096
    assert first.run.model_calls >= 5 and second.run.model_calls == 0
    _check_grounded(first, seeds)
    if not RECORDING:
        assert vcr.all_played


def test_cassettes_hold_no_credentials() -> None:
    cassettes = sorted((ROOT / "cassettes").glob("*.yaml"))
    assert cassettes, "no cassettes: record them (see the module docstring)"
    for path in cassettes:
        text = path.read_text()
        assert FAKE_KEY not in text and "Bearer" not in text, path.name
        assert "authorization" not in text.lower(), path.name


@pytest.mark.vcr
def test_cli_extract_then_merge_and_rerun(vcr, tmp_path: Path, seeds: Path, model_server: str) -> None:
    from typer.testing import CliRunner

    from summarise.cli import app

    runner = CliRunner()
    common = [
        "--model",
        "openai:gemma3-270m",
        "--base-url",
        model_server,
        "--context-window",
        "4096",
        "--cache-dir",
        str(tmp_path / "cache"),
    ]
    out_dir = tmp_path / "summaries"
    out_dir.mkdir()
    extracted = runner.invoke(app, ["extract", str(seeds), "--out-dir", str(out_dir), "-q", *common])
    assert extracted.exit_code == 0, extracted.output
    files = sorted(out_dir.glob("*.summary.json"))
    assert len(files) == 5
    merged = runner.invoke(app, ["merge", str(out_dir), "-f", "json", "-o", str(tmp_path / "m.json"), *common])
    assert merged.exit_code == 0, merged.output
    briefing = Briefing.model_validate_json((tmp_path / "m.json").read_text())
    assert len(briefing.articles) == 5
    # Re-merging the same summaries against that briefing: nothing new, nothing asked of the model again.
    again_merged = runner.invoke(
        app,
        [
            "merge",
            str(out_dir),
            "--since",
            str(tmp_path / "m.json"),
            "-f",
            "json",
            "-o",
            str(tmp_path / "m2.json"),
            *common,
        ],
    )
    assert again_merged.exit_code == 0, again_merged.output
    remerged = Briefing.model_validate_json((tmp_path / "m2.json").read_text())
    assert remerged.run.model_calls == 0
    assert remerged.events and all(e.change == "unchanged" for e in remerged.events)
    page = runner.invoke(app, ["merge", str(out_dir), "-f", "html", *common])
    assert page.exit_code == 0 and page.stdout.startswith("<!DOCTYPE html>")
    # A request missing from the cassette would fail its article: every article must have been answered.
    assert all(a.status == "ok" for a in briefing.articles), [a.reason for a in briefing.articles]
    first = runner.invoke(app, ["brief", str(seeds), "-f", "json", "-o", str(tmp_path / "b.json"), *common])
    assert first.exit_code == 0, first.output
    again = runner.invoke(app, ["brief", str(seeds), "-f", "json", "-o", str(tmp_path / "b2.json"), *common])
    assert again.exit_code == 0
    rerun = Briefing.model_validate_json((tmp_path / "b2.json").read_text())
    assert rerun.run.model_calls == 0 and rerun.run.cache_hits >= 5
    _check_grounded(rerun, seeds)
    single = runner.invoke(app, ["extract", str(seeds / "000_3a528664e92ddcf1.txt"), "-v", *common])
    record = json.loads(single.stdout)
    assert record["meta"]["outlet"] == "UNN"
    assert any("Zircon" in line for line in record["cleaning"]["removed"])
    for event in record["summary"]["events"]:
        ev = event["evidence"][0]
        assert record["cleaned_text"][ev["start"] : ev["end"]] == ev["text"]
    if not RECORDING:
        assert vcr.all_played
