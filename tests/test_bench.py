"""The benchmark suite's own parts: the generated articles are varied, plausible and read as news; the timed
child process reports its own time; the ratios are computed as documented. The long runs are never run here."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from summarise import prepare

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import articles
import measure
import suite


def test_generated_articles_are_the_same_on_every_machine_and_all_different() -> None:
    first, second = articles.corpus(40), articles.corpus(40)
    assert first == second
    assert len({text for _, text in first}) == 40
    assert articles.corpus(40, seed=1) != first


def test_generated_articles_read_as_news_pages(tmp_path: Path) -> None:
    folder = articles.write_corpus(tmp_path / "corpus", 60)
    read = prepare([folder])
    assert len(read) == 60
    assert all(a.cleaned.strip() and a.meta and a.meta.published_source == "page" for a in read)
    # Clutter is there to be removed, and the story is what stays.
    assert all(a.clean_report and a.clean_report.removed_lines >= 3 for a in read)
    assert all("Sign up for our daily newsletter" not in a.cleaned for a in read)
    outlets = Counter(a.meta.outlet for a in read if a.meta)
    assert len(outlets) >= 5
    # Many stories, each told by several outlets; people recur across stories.
    leads = Counter(a.cleaned.split("\n", 1)[0] for a in read)
    assert len(leads) >= 10 and max(leads.values()) >= 3
    names = Counter(n for a in read for n in set(_people(a.cleaned)))
    assert sum(1 for count in names.values() if count >= 4) >= 5


def _people(text: str) -> list[str]:
    return [f"{a} {b}" for a in articles.FIRST for b in articles.LAST if f"{a} {b}" in text]


def test_a_timed_run_reports_the_child_alone() -> None:
    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass"
    run = measure.timed([sys.executable, "-c", spin])
    assert run.code == 0
    assert 0.25 <= run.cpu <= run.wall + 0.05
    assert run.peak_mib > 1


def test_a_failing_child_is_reported_with_its_error() -> None:
    run = measure.timed([sys.executable, "-c", "import sys; sys.exit('broken on purpose')"])
    assert run.code == 1 and "broken on purpose" in run.stderr


def test_the_growth_exponent_is_the_log_log_slope() -> None:
    sizes = [100, 1000, 10000]
    assert suite.slope(sizes, [1.0, 10.0, 100.0]) == pytest.approx(1.0)
    assert suite.slope(sizes, [1.0, 100.0, 10000.0]) == pytest.approx(2.0)


def test_goals_are_judged_against_their_targets() -> None:
    results = {
        "P1": {"runs": [{"concurrency": 8, "ratio": 1.05, "cpu_ms_per_article": 4.0}]},
        "P2": {"ratio": 0.04, "warm_requests": 0},
        "startup": {"help_wall_s": 0.2},
        "P5": {"ratio": 1.2},
    }
    met = suite.goals(results)["met"]
    assert met == {
        "p1_ratio_at_8": True,
        "cpu_ms_per_article": False,
        "help_seconds": True,
        "p2_ratio": True,
        "p5_ratio": False,
        "p2_no_network": True,
    }
    results["P5"] = {"skipped": "not in a quick run"}
    assert suite.goals(results)["met"]["p5_ratio"] is False  # a figure not measured is no goal met


def test_the_suite_measures_a_cold_and_a_warm_cli_run(tmp_path: Path) -> None:
    """The suite's first two figures on a few articles: the real CLI against the stand-in, then from the cache."""
    cfg = {"articles": 6, "latency": 0.02, "concurrency": [2]}
    p1, p2, corpus = suite.p1_p2(tmp_path, cfg)
    (run,) = p1["runs"]
    assert run["failed_articles"] == 0 and run["model_calls"] >= 6
    assert run["ratio"] > 1 and run["wall_s"] > run["ideal_s"] > 0 and run["cpu_ms_per_article"] > 0
    assert p2["warm_requests"] == 0 and p2["warm_model_calls"] == 0 and p2["warm_cache_hits"] >= 6
    assert 0 < p2["ratio"] < 1
    assert len(list(corpus.glob("*.txt"))) == 6
