"""Configuration files: found the usual way, overridden by variables and flags, never printing a secret."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarise.cli import app
from summarise.cli.options import build_settings

runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a summarise.toml, the current folder one level below it, files read."""
    monkeypatch.delenv("SUMMARISE_CONFIG")
    root = tmp_path / "project"
    (root / "sub").mkdir(parents=True)
    (root / "summarise.toml").write_text(
        'model = "openai:gpt-4o-mini"\nconcurrency = 6\napi_key = "sk-planted-4f9a"\n\n[daily]\nout = "briefings"\n'
    )
    monkeypatch.chdir(root / "sub")
    return root


def test_the_project_file_is_found_upwards_and_variables_and_flags_override_it(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = build_settings()
    assert (settings.model, settings.concurrency) == ("openai:gpt-4o-mini", 6)
    monkeypatch.setenv("SUMMARISE_CONCURRENCY", "3")
    assert build_settings().concurrency == 3
    assert build_settings(concurrency=9).concurrency == 9


def test_the_project_file_overrides_the_user_file(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "xdg" / "summarise" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text("timeout = 40\nconcurrency = 2\n")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    settings = build_settings()
    assert (settings.timeout, settings.concurrency) == (40.0, 6)


def test_config_shows_files_settings_and_origins_but_never_the_key(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SUMMARISE_TIMEOUT", "50")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0, result.output
    assert str(project / "summarise.toml") in result.output
    assert "sk-planted-4f9a" not in result.output and "(set, not shown)" in result.output
    assert "environment SUMMARISE_TIMEOUT" in result.output and "[daily]: out" in result.output
    data = json.loads(runner.invoke(app, ["config", "--json"]).output)
    assert data["settings"]["concurrency"] == {"value": "6", "from": f"project file {project / 'summarise.toml'}"}
    assert "sk-planted-4f9a" not in json.dumps(data)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("modle = 'local'\n", "unknown setting 'modle'"),
        ("model = \n", "is not valid TOML"),
        ("concurrency = 0\n", "bad setting concurrency (from project file"),
    ],
)
def test_a_bad_file_is_one_line_naming_it(project: Path, text: str, needle: str) -> None:
    (project / "summarise.toml").write_text(text)
    result = runner.invoke(app, ["cache", "info"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert needle in " ".join(result.output.split()) and "summarise.toml" in result.output


def test_summarise_config_off_reads_nothing_and_a_missing_named_file_is_an_error(
    project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SUMMARISE_CONFIG", "off")
    assert build_settings().model == "local"
    monkeypatch.setenv("SUMMARISE_CONFIG", str(tmp_path / "nope.toml"))
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 2 and "no such file" in result.output
