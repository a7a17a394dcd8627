"""The CLI: user mistakes get one line naming the fix and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app

from .conftest import ROOT, SEEDS
from .ollama_standin import OllamaStandIn

runner = CliRunner()


def _one_line_error(args: list[str], *needles: str) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [ln for ln in result.output.strip().splitlines() if ln.strip()]
    text = " ".join(lines)
    assert text.startswith("error:"), text
    for needle in needles:
        assert needle in text, text
    return text


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_missing_path() -> None:
    _one_line_error(["brief", "no/such/folder"], "no such file or folder", "check the path")


def test_folder_without_articles(tmp_path: Path) -> None:
    _one_line_error(["brief", str(tmp_path)], "no .txt, .md or .html articles")


def test_unknown_backend() -> None:
    _one_line_error(["brief", str(SEEDS), "--model", "gpt4all:x"], "unknown backend", "ollama:MODEL")


def test_bad_date() -> None:
    _one_line_error(["brief", str(SEEDS), "--date", "yesterday"], "YYYY-MM-DD")


def test_missing_gguf() -> None:
    _one_line_error(["brief", str(SEEDS), "--model", "local:/no/model.gguf"], "no GGUF file")


def test_unreachable_ollama(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    out = tmp_path / "b.md"
    _one_line_error(
        ["brief", str(SEEDS), "--model", "ollama:qwen2.5:7b", "--base-url", url, "-o", str(out), "-q"],
        "cannot reach Ollama",
        "OLLAMA_HOST",
    )
    assert not out.exists()  # nothing half-written


def test_unreachable_openai_endpoint_hides_the_key() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    text = _one_line_error(
        ["check", "--model", "openai:m", "--base-url", url, "--api-key", "sk-secret-123456789"],
        "cannot reach",
        "--base-url",
    )
    assert "sk-secret" not in text


def test_model_not_pulled_then_pulled_with_progress() -> None:
    with OllamaStandIn(models=[]) as standin:
        _one_line_error(
            ["check", "--model", "ollama:gemma3:270m", "--base-url", standin.url],
            "no model 'gemma3:270m'",
            "ollama pull gemma3:270m",
        )
        result = runner.invoke(app, ["check", "--model", "ollama:gemma3:270m", "--base-url", standin.url, "--pull"])
        assert result.exit_code == 0, result.output
        assert standin.pulls == ["gemma3:270m"]
        assert "serves gemma3:270m" in result.output


def test_ollama_host_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    with OllamaStandIn(models=["gemma3:270m"]) as standin:
        monkeypatch.setenv("OLLAMA_HOST", standin.url.removeprefix("http://"))
        result = runner.invoke(app, ["check", "--model", "ollama:gemma3:270m"])
        assert result.exit_code == 0 and standin.url in result.output


def test_schema_command_prints_the_briefing_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output) == json.loads((ROOT / "schemas" / "briefing.schema.json").read_text())
    _one_line_error(["schema", "nope"], "choose one of")


def test_cache_info_and_clear(tmp_path: Path) -> None:
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(tmp_path / "c")])
    assert info.exit_code == 0 and "0 answers" in info.output
    cleared = runner.invoke(app, ["cache", "clear", "--cache-dir", str(tmp_path / "c")])
    assert cleared.exit_code == 0 and "removed 0 answers" in cleared.output


def test_merge_rejects_files_that_are_not_summaries(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"hello": 1}')
    _one_line_error(["merge", str(bad)], "not an ArticleSummary")
    _one_line_error(["merge", str(tmp_path / "none")], "no such file or folder")


def test_since_must_be_a_briefing(tmp_path: Path) -> None:
    bad = tmp_path / "y.json"
    bad.write_text("[]")
    _one_line_error(["brief", str(SEEDS), "--since", str(bad)], "not a briefing")


def test_out_must_not_be_a_folder(tmp_path: Path) -> None:
    _one_line_error(
        [
            "brief",
            str(SEEDS),
            "--out",
            str(tmp_path),
            "--model",
            "ollama:x",
            "--base-url",
            f"http://127.0.0.1:{_closed_port()}",
        ],
        "is a folder",
    )


def test_credentials_in_a_url_never_reach_messages() -> None:
    url = f"http://alice:hunter2@127.0.0.1:{_closed_port()}/v1"
    text = _one_line_error(["check", "--model", "openai:m", "--base-url", url], "cannot reach")
    assert "hunter2" not in text and "alice" not in text


def test_the_context_window_is_asked_from_an_openai_compatible_server() -> None:
    import asyncio
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from summarise import Settings
    from summarise.backends.openai_compat import DEFAULT_CONTEXT, OpenAICompatBackend

    class Models(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return None

        def do_GET(self) -> None:
            body = json.dumps(
                {
                    "object": "list",
                    "data": [
                        {"id": "big", "object": "model", "owned_by": "vllm", "max_model_len": 32768},
                        {"id": "plain", "object": "model", "owned_by": "x"},
                    ],
                }
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Models)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:

        async def window(model: str, **kw: object) -> int:
            backend = OpenAICompatBackend(Settings(base_url=url, **kw), model)  # type: ignore[arg-type]
            try:
                return await backend.context_window()
            finally:
                await backend.aclose()

        assert asyncio.run(window("big")) == 32768
        assert asyncio.run(window("plain")) == DEFAULT_CONTEXT
        assert asyncio.run(window("big", context_window=2048)) == 2048
    finally:
        server.shutdown()
        server.server_close()


def test_brief_stops_early_when_the_ollama_model_is_missing(tmp_path: Path) -> None:
    with OllamaStandIn(models=[]) as standin:
        _one_line_error(
            [
                "brief",
                str(SEEDS),
                "--model",
                "ollama:gemma3:270m",
                "--base-url",
                standin.url,
                "-o",
                str(tmp_path / "b.md"),
            ],
            "ollama pull gemma3:270m",
        )
        assert standin.pulls == []
    assert not (tmp_path / "b.md").exists()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("summarise ")


def test_out_and_out_dir_create_missing_folders(tmp_path: Path) -> None:
    from .standin import StandIn

    common = ["--model", "openai:standin", "--context-window", "8192", "--cache-dir", str(tmp_path / "c"), "-q"]
    with StandIn() as server:
        seed = str(SEEDS / "003_46faeb6b32940052.txt")
        out = tmp_path / "new" / "deeper" / "b.md"
        briefed = runner.invoke(app, ["brief", seed, "-o", str(out), "--base-url", server.base_url, *common])
        extracted = runner.invoke(
            app, ["extract", seed, "--out-dir", str(tmp_path / "made" / "here"), "--base-url", server.base_url, *common]
        )
    assert briefed.exit_code == 0 and out.read_text().startswith("# Briefing for "), briefed.output
    assert extracted.exit_code == 0 and list((tmp_path / "made" / "here").glob("*.summary.json"))
    assert oct(out.stat().st_mode & 0o777) != oct(0o600)  # written with the user's umask, not 0600


def test_a_dash_reads_one_article_from_standard_input_named_by_name(tmp_path: Path) -> None:
    from .standin import StandIn

    page = (SEEDS / "003_46faeb6b32940052.txt").read_bytes()
    common = ["--model", "openai:standin", "--context-window", "8192", "--cache-dir", str(tmp_path / "c"), "-q"]
    with StandIn() as server:
        result = runner.invoke(
            app, ["extract", "-", "--name", "ht visit", "--base-url", server.base_url, *common], input=page
        )
        html = runner.invoke(
            app,
            ["extract", "-", "--base-url", server.base_url, *common],
            input=b"<!doctype html><html><body><h1>Dam opens</h1><p>"
            + b"The new dam opened on Monday in Kessel. " * 3
            + b"</p></body></html>",
        )
    record = json.loads(result.stdout)
    assert (
        result.exit_code == 0 and record["article_id"] == "ht-visit" and record["summary"]["path"] == "<stdin:ht-visit>"
    )
    assert json.loads(html.stdout)["meta"]["title"] == "Dam opens"


def test_a_dash_with_nothing_piped_or_twice_is_one_line() -> None:
    _one_line_error(["brief", "-"], "standard input is empty")
    _one_line_error(["brief", "-", "-"], "can be named once")


def test_progress_off_a_terminal_is_plain_lines_of_each_stage_and_article(tmp_path: Path) -> None:
    from .standin import StandIn

    seed = str(SEEDS / "003_46faeb6b32940052.txt")
    common = ["--model", "openai:standin", "--context-window", "8192", "--cache-dir", str(tmp_path / "c")]
    with StandIn() as server:
        result = runner.invoke(
            app, ["brief", seed, "-o", str(tmp_path / "b.md"), "--base-url", server.base_url, *common]
        )
        quiet = runner.invoke(app, ["brief", seed, "-q", "--base-url", server.base_url, *common])
    assert result.exit_code == 0, result.output
    said = result.stderr
    for stage in ("read and cleaned 1 articles in", "model ready in", "articles read in", "events merged in"):
        assert stage in said, said
    assert "article 1/1 003_46faeb6b32940052: ok" in said and "overview written in" in said
    assert result.stdout == ""  # nothing on stdout but the requested output (here a file)
    assert quiet.stderr == "" and quiet.stdout.startswith("# Briefing for ")


def test_removed_lines_and_errors_are_shown_as_text_not_markup() -> None:
    """An article's removed line, or an error quoting a server, that holds "[red]" is printed as written."""
    from types import SimpleNamespace

    from summarise.cli import io
    from summarise.models import CleanReport

    report = CleanReport(
        kept_lines=1, removed_lines=1, removed=["[red]Subscribe[/red] now"], chars_before=9, chars_after=1
    )
    article = SimpleNamespace(article_id="a1", clean_report=report)
    with io.err.capture() as got:
        io.show_removed([article])  # type: ignore[list-item]
    assert "a1 removed [red]Subscribe[/red] now" in got.get()


def test_a_folders_readme_and_hidden_files_are_no_articles(tmp_path: Path) -> None:
    from summarise.inputs.files import collect

    story = "Dam opens in Kessel\n\nThe new dam opened on Monday in Kessel, the water board said.\n"
    (tmp_path / "kessel.txt").write_text(story)
    (tmp_path / "README.md").write_text("# Today's pages\n\nSaved by the morning scraper.\n")
    (tmp_path / "LICENSE.txt").write_text("All rights reserved.\n")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(story)
    (tmp_path / "Readme.txt").write_text("Pages of the day.\n")
    assert [p.name for p in collect([tmp_path])] == ["kessel.txt"]
    (tmp_path / "notice.txt").write_text(story.replace("Kessel", "Dorsk"))  # a story saved by its own name
    assert [p.name for p in collect([tmp_path])] == ["kessel.txt", "notice.txt"]
    assert [p.name for p in collect([tmp_path / "README.md"])] == ["README.md"]  # named, it is read
