"""The batch path (`brief --batch`) against a loopback stand-in of the Batch API (tests/batch_standin.py).

The map step's requests go out as one batch and come back into the cache; the briefing is the online one; nothing
is paid twice (a resumed or repeated run uploads nothing); a failed answer is never kept; a batch that fails stops
the run with one line; the key is written nowhere.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from summarise import batch
from summarise.api import Summariser, prepare
from summarise.cli import app
from summarise.settings import Settings

from .batch_standin import BatchStandIn
from .conftest import ROOT, SEEDS

runner = CliRunner()
KEY = "k-123456789"
TWO = [SEEDS / "003_46faeb6b32940052.txt", SEEDS / "004_1618ca9304753086.txt"]
FOUR = [SEEDS / "001_ff5772eb55ad7aba.txt", SEEDS / "002_124f943da4d3affc.txt", *TWO]


def _args(server: BatchStandIn, tmp_path: Path, paths: list[Path], cache: str, out: str) -> list[str]:
    return [
        "brief",
        *map(str, paths),
        "-f",
        "json",
        "-o",
        str(tmp_path / out),
        "--model",
        "openai:standin",
        "--base-url",
        server.base_url,
        "--api-key",
        KEY,
        "--cache-dir",
        str(tmp_path / cache),
        "--context-window",
        "8192",
        "--batch-poll",
        "0.05",
    ]


def _brief(
    server: BatchStandIn, tmp_path: Path, paths: list[Path], *extra: str, cache: str = "cache", out: str = "b.json"
) -> tuple[int, str]:
    result = runner.invoke(app, [*_args(server, tmp_path, paths, cache, out), *extra])
    assert "Traceback" not in result.output and KEY not in result.output
    return result.exit_code, result.output


def _extracts(server: BatchStandIn) -> list[dict[str, Any]]:
    """The extract requests the stand-in was sent online (their schema is the article's draft)."""
    return [
        r["body"]
        for r in server.chat_requests
        if ((r["body"] or {}).get("response_format") or {}).get("json_schema", {}).get("name") == "CheckedSummaryDraft"
    ]


def _uploaded(server: BatchStandIn) -> list[list[dict[str, Any]]]:
    """The request lines of every uploaded batch input file."""
    return [
        [json.loads(line) for line in data.decode("utf-8").splitlines()]
        for file_id, data in server.files.items()
        if any(b["input_file_id"] == file_id for b in server.batches.values())
    ]


def _briefing(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    data.pop("run")
    return data


def _states(tmp_path: Path, cache: str = "cache") -> list[Path]:
    return sorted((tmp_path / cache / "batches").glob("*.json"))


def _canonical(body: dict[str, Any]) -> str:
    return json.dumps(body, sort_keys=True, ensure_ascii=False)


def test_a_batch_run_gives_the_online_briefing_and_sends_no_extract_request_online(tmp_path: Path) -> None:
    with BatchStandIn() as server:
        code, output = _brief(server, tmp_path, TWO, "-q", cache="online", out="online.json")
        assert code == 0, output
        online = _extracts(server)
        before = len(server.chat_requests)
        code, output = _brief(server, tmp_path, TWO, "--batch", cache="batched", out="batched.json")
        assert code == 0, output
        assert _extracts(server) == online  # nothing more was asked online for the map step
        assert len(server.chat_requests) > before  # the merge was asked online
        [lines] = _uploaded(server)
    assert server.errors == []
    assert _briefing(tmp_path / "batched.json") == _briefing(tmp_path / "online.json")
    assert len(lines) == len(online) == 2
    # Each line is the very request the online path sent, under its cache key.
    assert sorted(_canonical(line["body"]) for line in lines) == sorted(_canonical(body) for body in online)
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    assert all(len(line["custom_id"]) == 64 for line in lines) and len({line["custom_id"] for line in lines}) == 2
    batch_id = next(iter(server.batches))
    assert f"sent batch {batch_id} with 2 requests" in output and f"--resume {batch_id}" in output
    assert "2 of 2 batch answers kept in the cache" in output
    assert _states(tmp_path, "batched") == []  # the batch ended: its state file is gone


def test_a_rerun_after_a_batch_makes_no_new_batch_and_no_call(tmp_path: Path) -> None:
    with BatchStandIn() as server:
        assert _brief(server, tmp_path, TWO, "--batch", "-q")[0] == 0
        calls, uploads = len(server.chat_requests), server.uploads
        code, output = _brief(server, tmp_path, TWO, "--batch")
        assert code == 0, output
        assert "no batch is needed" in output and "0 model calls" in output
        assert server.uploads == uploads == 1 and len(server.batches) == 1 and len(server.chat_requests) == calls


def _settings(server: BatchStandIn, tmp_path: Path) -> Settings:
    return Settings(
        model="openai:standin",
        base_url=server.base_url,
        api_key=KEY,  # type: ignore[arg-type]
        cache_dir=tmp_path / "cache",
        context_window=8192,
        batch_poll=0.05,
    )


def test_the_same_command_picks_up_its_batch_after_it_was_stopped_without_a_second_upload(tmp_path: Path) -> None:
    with BatchStandIn(hold=True) as server:
        settings = _settings(server, tmp_path)

        async def stopped_while_waiting() -> None:
            async with Summariser(settings) as s:
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(batch.run(prepare(TWO), s.backend, s.settings), 1.0)

        asyncio.run(stopped_while_waiting())
        [state] = _states(tmp_path)
        record = json.loads(state.read_text())
        assert record["batch_id"] in server.batches and record["requests"] == 2
        assert KEY not in state.read_text() and server.uploads == 1
        server.release()
        code, output = _brief(server, tmp_path, TWO, "--batch")
        assert code == 0, output
        assert f"waiting for batch {record['batch_id']}" in output and "nothing is sent again" in output
        assert server.uploads == 1 and len(server.batches) == 1 and _extracts(server) == []
    assert _states(tmp_path) == []


def test_resume_by_id_after_ctrl_c_while_polling(tmp_path: Path) -> None:
    with BatchStandIn(hold=True) as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "OLLAMA_"))}
        env |= {"PYTHONPATH": str(ROOT), "SUMMARISE_CONFIG": "off", "HOME": str(tmp_path / "home")}
        args = [*_args(server, tmp_path, TWO, "cache", "b.json"), "--batch"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "summarise", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + 60
        while not (_states(tmp_path) and server.polls >= 2) and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
        said = stderr.decode("utf-8")
        [batch_id] = list(server.batches)
        assert proc.returncode == 130 and "interrupted" in said, said
        assert f"--resume {batch_id}" in said and KEY not in said and "Traceback" not in said
        assert len(_states(tmp_path)) == 1 and not (tmp_path / "b.json").exists()
        server.release()
        polls = server.polls
        code, output = _brief(server, tmp_path, TWO, "--resume", batch_id)
        assert code == 0, output
        assert server.uploads == 1 and len(server.batches) == 1 and server.polls > polls and _extracts(server) == []
    assert _states(tmp_path) == [] and (tmp_path / "b.json").exists()
    for path in (tmp_path / "cache").rglob("*"):
        assert not path.is_file() or KEY.encode() not in path.read_bytes()


def test_a_failed_or_invalid_answer_is_never_cached_is_reported_and_asked_online(tmp_path: Path) -> None:
    faults = iter(["error", "invalid", "cut", None])
    with BatchStandIn(line_fault=lambda line: next(faults)) as server:
        code, output = _brief(server, tmp_path, FOUR, "--batch", "-q")
        assert code == 0, output
        reported = [line for line in output.splitlines() if line.startswith("batch: article")]
        assert len(reported) == 3 and all("is asked online instead" in line for line in reported), output
        assert "HTTP 500" in reported[0] and "failed its checks" in reported[1] and "cut at max_tokens" in reported[2]
        assert len(_extracts(server)) == 3  # the failed answers were asked again, not found in the cache
        calls = len(server.chat_requests)
        assert _brief(server, tmp_path, FOUR, "--batch", "-q")[0] == 0
        assert len(server.chat_requests) == calls and server.uploads == 1  # the online answers were kept


def test_resuming_a_batch_that_is_not_there_or_not_for_these_articles_is_one_line(tmp_path: Path) -> None:
    with BatchStandIn() as server:
        code, output = _brief(server, tmp_path, TWO, "--resume", "batch_nope", "-q")
        assert code == 2 and output.startswith("error:") and "has no batch 'batch_nope'" in output, output
        assert _brief(server, tmp_path, TWO[:1], "--batch", "-q", cache="other", out="other.json")[0] == 0
        [other] = list(server.batches)
        code, output = _brief(server, tmp_path, TWO[1:], "--resume", other, "-q")
        assert code == 2 and "answers none of these articles' requests" in output, output
        assert server.uploads == 1 and _extracts(server) == [] and not (tmp_path / "b.json").exists()


@pytest.mark.parametrize("outcome", ["failed", "expired"])
def test_a_batch_that_ends_without_answers_stops_with_one_line(outcome: str, tmp_path: Path) -> None:
    with BatchStandIn(outcome=outcome) as server:
        code, output = _brief(server, tmp_path, TWO, "--batch", "-q")
        lines = [ln for ln in output.splitlines() if ln.strip()]
        assert code == 2 and len(lines) == 1 and lines[0].startswith("error: batch "), output
        assert f"ended {outcome}" in lines[0] and "run again" in lines[0]
        assert not (tmp_path / "b.json").exists() and _states(tmp_path) == [] and _extracts(server) == []
        server.outcome = "completed"
        assert _brief(server, tmp_path, TWO, "--batch", "-q")[0] == 0
        first, second = _uploaded(server)
    # An expired batch's answers were kept: only the rest is sent again.
    assert len(first) == 2 and len(second) == (1 if outcome == "expired" else 2)


def test_requests_written_by_hand_and_results_read_back(tmp_path: Path) -> None:
    requests, results = tmp_path / "requests.jsonl", tmp_path / "results.jsonl"
    with BatchStandIn() as server:
        code, output = _brief(server, tmp_path, TWO, "--batch-file", str(requests))
        assert code == 0 and f"wrote 2 requests to {requests}" in output, output
        assert server.uploads == 0 and server.chat_requests == [] and not (tmp_path / "b.json").exists()
        text = requests.read_text()
        assert KEY not in text
        # An offline runner (vLLM's run_batch) answered the first line as the server would have.
        first = json.loads(text.splitlines()[0])
        results.write_text(json.dumps(server._answer_line(1, first)) + "\n")
        code, output = _brief(server, tmp_path, FOUR[:1], "--batch-results", str(results), cache="other")
        assert code == 2 and "answers none of these articles' requests" in output, output  # another article's
        code, output = _brief(server, tmp_path, TWO, "--batch-results", str(results), "--batch")
        assert code == 0 and "is sent in the batch instead: no answer in the results" in output, output
        [sent] = _uploaded(server)  # what the file did not answer went out as a batch
        assert [line["custom_id"] for line in sent] == [json.loads(text.splitlines()[1])["custom_id"]]
        assert _extracts(server) == []
        assert _brief(server, tmp_path, TWO, "-q", cache="online", out="online.json")[0] == 0
    assert _briefing(tmp_path / "b.json") == _briefing(tmp_path / "online.json")


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (["--model", "ollama:qwen2.5:7b", "--batch"], "openai:MODEL"),
        (["--model", "local", "--resume", "batch_x"], "openai:MODEL"),
        (["--model", "openai:x", "--batch", "--no-cache"], "drop --no-cache"),
        (["--model", "openai:x", "--batch", "--batch-file", "r.jsonl"], "drop --batch"),
        (["--model", "openai:x", "--batch-results", "no/such.jsonl"], "is not a file"),
    ],
)
def test_batch_options_that_cannot_be_served_are_one_line(extra: list[str], says: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["brief", str(TWO[0]), "-o", str(tmp_path / "b.md"), *extra])
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("error:") and says in lines[0], lines
    assert not (tmp_path / "b.md").exists()


def test_results_lines_end_at_newlines_only() -> None:
    from summarise.batch.lines import results

    found, unreadable = results('{"custom_id": "a", "text": "one\u2028two"}\n\nnot json\n')
    assert list(found) == ["a"] and found["a"]["text"] == "one\u2028two" and unreadable == 1
