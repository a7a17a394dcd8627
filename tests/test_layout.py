"""The shape of the package: layers, strict types, lint and format, sizes, schemas in step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from summarise.schemas import SCHEMAS, schema_json

from .conftest import ROOT


def test_layering_contracts_hold() -> None:
    import subprocess
    import sys

    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_package_type_checks_strictly() -> None:
    import subprocess
    import sys

    mypy = Path(sys.executable).with_name("mypy")
    result = subprocess.run(
        [str(mypy), "--cache-dir", "/dev/null"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_schema_files_match_the_models(name: str) -> None:
    on_disk = (ROOT / "schemas" / f"{name}.schema.json").read_text()
    assert on_disk == schema_json(name), f"schemas/{name}.schema.json drifted: run `summarise schema --write schemas`"


def test_drafts_are_bounded_for_small_models() -> None:
    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object" and "properties" in node:
                assert node.get("additionalProperties") is False
            if node.get("type") == "array":
                assert "maxItems" in node
            if node.get("type") == "string" and "enum" not in node:
                assert "maxLength" in node
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    from summarise.models import OverviewDraft, SameEventDraft, SummaryDraft

    for model in (SummaryDraft, OverviewDraft, SameEventDraft):
        walk(model.model_json_schema())


def _tool(name: str) -> str:
    import sys

    return str(Path(sys.executable).with_name(name))


def test_ruff_lint_and_format_pass() -> None:
    import subprocess

    for args in (
        ["check", "summarise", "tests", "benchmarks", "scripts"],
        ["format", "--check", "summarise", "tests", "benchmarks", "scripts"],
    ):
        result = subprocess.run([_tool("ruff"), *args], cwd=ROOT, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def test_modules_and_functions_keep_their_size() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "scripts/shape.py"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
