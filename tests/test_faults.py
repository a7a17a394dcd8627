"""Unattended runs against a server that misbehaves on purpose (tests/standin.py, on 127.0.0.1).

For each fault: the run ends, every article is listed with a reason a user understands, no failed call
is cached, and once the server is healthy the next run makes exactly the calls that had failed.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from summarise.cli import app

from .conftest import SEEDS
from .standin import StandIn

runner = CliRunner()
ONE = SEEDS / "003_46faeb6b32940052.txt"
TWO = [ONE, SEEDS / "004_1618ca9304753086.txt"]


def _brief(server: StandIn, tmp_path: Path, paths: list[Path], *extra: str) -> tuple[int, str, Path]:
    out = tmp_path / "b.json"
    result = runner.invoke(
        app,
        [
            "brief",
            *map(str, paths),
            "-f",
            "json",
            "-o",
            str(out),
            "--model",
            "openai:standin",
            "--base-url",
            server.base_url,
            "--api-key",
            "k-123456789",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--context-window",
            "8192",
            "-q",
            "--timeout",
            "8",
            *extra,
        ],
    )
    return result.exit_code, result.output, out


@pytest.mark.parametrize(
    ("fault", "says"),
    [
        ("refuse", "cannot reach"),
        ("401", "refused the API key"),
        ("403", "refused access"),
        ("404_model", "has no model"),
    ],
)
def test_a_backend_that_cannot_serve_stops_the_run_with_one_line(fault: str, says: str, tmp_path: Path) -> None:
    with StandIn() as server:
        server.set_fault(fault)
        code, output, out = _brief(server, tmp_path, TWO)
    lines = [ln for ln in output.splitlines() if ln.strip()]
    assert code == 2 and len(lines) == 1 and lines[0].startswith("error:") and says in lines[0], output
    assert "Traceback" not in output and not out.exists()


@pytest.mark.parametrize(
    ("fault", "says"),
    [
        ("500", "HTTP 500"),
        ("503", "HTTP 503"),
        ("not_json", "not usable JSON"),
        ("empty", "not usable JSON"),
        ("schema_break", ""),
        ("no_first_byte", "no whole answer within"),
        ("drop", "cannot reach"),
        ("trickle", "no whole answer within"),
        ("cut", "max_tokens"),
    ],
)
def test_a_failing_answer_fails_its_article_is_never_cached_and_is_asked_again(
    fault: str, says: str, tmp_path: Path
) -> None:
    with StandIn() as server:
        server.set_fault(fault)
        code, output, _out = _brief(server, tmp_path, [ONE], "--timeout", "3")
        first = json.loads(_out.read_text()) if _out.exists() else {"articles": []}
        failed_calls = len(server.chat_requests)
        server.set_fault(None)
        again, output2, _out2 = _brief(server, tmp_path, [ONE])
    if fault == "drop":  # a dropped connection is "cannot reach": the run stops, one line, exit 2
        assert code == 2 and says in output
    elif code == 1:
        assert says in output and "failed" in output
    elif fault == "cut":  # briefed from the complete part of the answer, and the article says it was cut
        reasons = [a["reason"] or "" for a in first["articles"]]
        assert code == 0 and any(says in r for r in reasons), reasons
    else:
        assert fault == "schema_break" and code in (0, 1)
    assert failed_calls >= 1 and again == 0, output2
    if fault != "cut":  # a cut answer is the model's answer at that --max-tokens (in the key): kept
        assert len(server.chat_requests) > failed_calls  # the failed call was asked again, not served from the cache
    assert "Traceback" not in output + output2


def test_transient_errors_are_retried_with_backoff_and_retry_after(tmp_path: Path) -> None:
    with StandIn() as server:
        server.set_fault("429", times=1, retry_after=0.2)
        code, output, _out = _brief(server, tmp_path, [ONE])
        assert code == 0, output
        assert [r["fault"] for r in server.chat_requests][:1] == ["429"] and len(server.chat_requests) >= 2


def test_the_key_never_reaches_a_message_or_the_briefing(tmp_path: Path) -> None:
    with StandIn() as server:
        server.set_fault("echo_key")
        _code, output, out = _brief(server, tmp_path, [ONE])
    assert "k-123456789" not in output
    if out.exists():
        assert "k-123456789" not in out.read_text()
    cache = tmp_path / "cache"
    for f in cache.rglob("*") if cache.exists() else []:
        if f.is_file():
            assert b"k-123456789" not in f.read_bytes()


def test_a_healthy_rerun_makes_no_calls(tmp_path: Path) -> None:
    with StandIn() as server:
        first, _, _ = _brief(server, tmp_path, TWO)
        calls = len(server.chat_requests)
        second, _, _ = _brief(server, tmp_path, TWO)
        assert first == second == 0 and len(server.chat_requests) == calls


def test_a_server_with_slots_answers_that_many_at_a_time() -> None:
    """The stand-in's ``slots``: the capacity of one model server, which the gateway benchmark spreads over."""
    body = {"model": "standin", "messages": [{"role": "user", "content": "hello"}]}
    with StandIn(delay=0.2, slots=2) as server:
        started = time.perf_counter()
        calls = [
            threading.Thread(target=httpx.post, args=(server.base_url + "/chat/completions",), kwargs={"json": body})
            for _ in range(4)
        ]
        for t in calls:
            t.start()
        for t in calls:
            t.join()
        took = time.perf_counter() - started
    assert len(server.chat_requests) == 4 and not server.errors
    assert 0.4 <= took < 0.75  # two rounds of two: not one round of four, nor four rounds of one
