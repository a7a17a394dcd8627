"""The quality report: counts that a change can be compared against."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from summarise.cli import app
from summarise.models import Drop
from summarise.outputs.quality import quality, quality_text

from .test_merge import SHOIGU_2023, VISIT_ANNOUNCED, VISIT_ARRIVED, merged


def _briefing():  # type: ignore[no-untyped-def]
    b = merged(VISIT_ANNOUNCED, VISIT_ARRIVED, SHOIGU_2023)
    drops = [
        Drop(kind="event", text="x", reason="its evidence is not in the article"),
        Drop(kind="event", text="y", reason="its evidence is not in the article"),
        Drop(kind="when", text="on Monday", reason="not written in the article"),
    ]
    return b.model_copy(update={"dropped": drops})


def test_the_report_counts_what_was_verified_dropped_merged_and_old() -> None:
    b = _briefing()
    q = quality(b)
    assert q["articles"] == {"total": 3, "ok": 3, "failed": 0, "old": 1}
    assert q["events"]["verified"] == sum(a.events for a in b.articles) and q["events"]["dropped"] == 2
    assert q["dropped_by_reason"] == {"its evidence is not in the article": 2, "not written in the article": 1}
    assert q["entries"]["merged"] == 1 and q["entries"]["background"] == 1
    text = quality_text(b)
    assert "2 dropped" in text and "1 older than 3 days" in text


def test_the_command_reports_on_a_briefing_file(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text(_briefing().model_dump_json())
    result = runner.invoke(app, ["quality", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["entries"]["merged"] == 1


runner = CliRunner()
