"""Hermetic tests: a clean environment, a temporary cache and run ledger for every test; cassettes that prove something.

Cassettes replay with record mode ``none`` and the network blocked (loopback only). They match on
method, path, query and the body, byte for byte, never on the port: the embedded server picks a free port.
Re-record with a real model server (the embedded llama.cpp is one):

    SUMMARISE_RECORD=1 pytest tests/test_recorded.py --record-mode=rewrite
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RECORDING = os.environ.get("SUMMARISE_RECORD") == "1"
SECRET_HEADERS = ["authorization", "api-key", "x-api-key", "cookie", "set-cookie", "openai-organization"]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for key in list(os.environ):
        if key.startswith(("SUMMARISE_", "OLLAMA_", "OPENAI_")) and key != "SUMMARISE_RECORD":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("SUMMARISE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SUMMARISE_LEDGER", str(tmp_path / "ledger.db"))  # never the user's own ledger
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    monkeypatch.setenv("SUMMARISE_CONFIG", "off")  # no configuration file of the machine's; tests of it say so


def _scrub_response(response: dict) -> dict:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers.pop(name)
    return response


def _exact_body(r1: Any, r2: Any) -> None:
    """The bytes sent are the bytes recorded: not only the same JSON, the same serialisation."""
    one, two = (r.body if isinstance(r.body, bytes) else (r.body or "").encode("utf-8") for r in (r1, r2))
    assert one == two, "the request body differs from the recorded one byte for byte"


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("exact_body", _exact_body)


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    return {
        "match_on": ["method", "path", "query", "body", "exact_body"],
        "filter_headers": [(h, None) for h in SECRET_HEADERS],
        "before_record_response": _scrub_response,
        "ignore_localhost": False,
        "decode_compressed_response": True,
        "allow_playback_repeats": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(ROOT / "cassettes")


@pytest.fixture
def seeds() -> Path:
    return SEEDS
