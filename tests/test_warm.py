"""Runs answered from the cache ask no server: the context window is remembered with the answers; a run with
anything uncached asks the server for its window before its first call. Commands load only what they use."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from summarise import Settings, abrief
from summarise.backends.openai_compat import OpenAICompatBackend

from .conftest import ROOT, SEEDS
from .standin import StandIn

FOUR = sorted(SEEDS.glob("*.txt"))[:4]


def _settings(tmp_path: Path, server: StandIn, **extra: object) -> Settings:
    return Settings(cache_dir=tmp_path / "cache", model="openai:standin", base_url=server.base_url, **extra)  # type: ignore[arg-type]


def _brief(settings: Settings, paths: list[Path]) -> dict:
    backend = OpenAICompatBackend(settings, "standin")
    return json.loads(asyncio.run(abrief(paths, settings=settings, backend=backend)).model_dump_json())


def _paths(server: StandIn, since: int) -> list[str]:
    return [f"{r['method']} {r['path']}" for r in server.requests[since:]]


def test_a_warm_run_asks_the_server_nothing(tmp_path: Path) -> None:
    with StandIn(context_length=6000) as server:
        settings = _settings(tmp_path, server)
        cold = _brief(settings, [SEEDS])
        asked = _paths(server, 0)
        assert asked[0] == "GET /v1/models" and asked.count("GET /v1/models") == 1
        assert cold["run"]["context_window"] == 6000 and cold["run"]["model_calls"] >= 5
        seen = len(server.requests)
        warm = _brief(settings, [SEEDS])
        assert _paths(server, seen) == []
    assert warm["run"]["model_calls"] == 0 and warm["run"]["context_window"] == 6000
    for key in ("run",):
        cold.pop(key), warm.pop(key)
    assert warm == cold


def test_a_run_with_anything_uncached_asks_the_window_before_its_first_call(tmp_path: Path) -> None:
    with StandIn(context_length=6000) as server:
        settings = _settings(tmp_path, server)
        _brief(settings, FOUR)
        seen = len(server.requests)
        _brief(settings, [SEEDS])
        asked = _paths(server, seen)
    assert asked[0] == "GET /v1/models"
    assert asked[1:] and all(p == "POST /v1/chat/completions" for p in asked[1:])


def test_a_server_whose_window_changed_plans_the_run_with_the_new_one(tmp_path: Path) -> None:
    with StandIn(context_length=6000) as server:
        settings = _settings(tmp_path, server)
        _brief(settings, FOUR)
        server.context_length = 3000
        again = _brief(settings, [SEEDS])
    assert again["run"]["context_window"] == 3000
    assert json.loads((tmp_path / "cache" / "context-windows.json").read_text()) != {}


def test_a_configured_window_is_used_and_never_remembered(tmp_path: Path) -> None:
    with StandIn(context_length=6000) as server:
        configured = _brief(_settings(tmp_path, server, context_window=4096), FOUR)
        assert "GET /v1/models" not in _paths(server, 0)
        seen = len(server.requests)
        asked = _brief(_settings(tmp_path, server), FOUR)
        assert _paths(server, seen)[0] == "GET /v1/models"
    assert configured["run"]["context_window"] == 4096 and asked["run"]["context_window"] == 6000


PROBE = """
import sys
sys.argv = ["summarise", *sys.argv[1:]]
from summarise.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = ("openai", "instructor", "dateparser", "trafilatura", "rapidfuzz", "summarise.models", "summarise.api")
print("LOADED", [m for m in heavy if m in sys.modules], code)
"""


def _loaded(*args: str) -> tuple[list[str], int]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=120, check=False
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED"))
    loaded, code = line.removeprefix("LOADED ").rsplit(" ", 1)
    return json.loads(loaded.replace("'", '"')), int(code)


def test_help_loads_none_of_the_heavy_modules() -> None:
    assert _loaded("--help") == ([], 0)
    assert _loaded("brief", "--help") == ([], 0)


def test_a_warm_cli_run_never_loads_the_model_client(tmp_path: Path) -> None:
    args = ["brief", str(SEEDS), "-m", "openai:standin", "--cache-dir", str(tmp_path / "c"), "-q", "-o"]
    with StandIn() as server:
        cold, _ = _loaded(*args, str(tmp_path / "cold.md"), "--base-url", server.base_url)
        seen = len(server.requests)
        warm, code = _loaded(*args, str(tmp_path / "warm.md"), "--base-url", server.base_url)
        assert len(server.requests) == seen
    assert "openai" in cold and "instructor" in cold
    assert "openai" not in warm and "instructor" not in warm and code == 0


def test_every_public_name_resolves() -> None:
    import summarise

    assert all(getattr(summarise, name) is not None for name in summarise.__all__)
    assert set(summarise.__all__) <= set(dir(summarise))


def test_a_warm_run_takes_each_checked_summary_from_the_cache(tmp_path: Path, monkeypatch: Any) -> None:
    from summarise import derived, warm

    with StandIn() as server:
        settings = _settings(tmp_path, server)
        cold = _brief(settings, [SEEDS])

        def never(*args: object) -> None:
            raise AssertionError("an answer was checked again")

        monkeypatch.setattr(warm, "summarise_answers", never)
        warm = _brief(settings, [SEEDS])
        assert warm["articles"] == cold["articles"] and warm["events"] == cold["events"]
        # Other code checks again: the entries are keyed on the code that made them.
        monkeypatch.setattr(derived, "code_fingerprint", lambda: "edited")
        broken = _brief(settings, [SEEDS])
    assert all(a["status"] == "failed" and "AssertionError" in a["reason"] for a in broken["articles"])


def test_a_warm_run_builds_no_request_it_does_not_send(tmp_path: Path, monkeypatch: Any) -> None:
    from summarise import pipeline, warm
    from summarise.errors import SummariseError

    def never(*args: object) -> None:
        raise SummariseError("a request was built")  # an article's own failure: the run goes on

    with StandIn() as server:
        settings = _settings(tmp_path, server)
        cold = _brief(settings, FOUR)
        with monkeypatch.context() as patched:
            patched.setattr(warm, "requests_for", never)
            patched.setattr(pipeline, "requests_for", never)
            again = _brief(settings, FOUR)
            assert again["run"]["model_calls"] == 0 and again["run"]["cache_hits"] == cold["run"]["model_calls"]
            # Another setting that changes the requests plans them again (and here cannot).
            other = _brief(_settings(tmp_path, server, max_tokens=650), FOUR)
    assert again["articles"] == cold["articles"] and again["events"] == cold["events"]
    assert all(a["status"] == "failed" and "a request was built" in a["reason"] for a in other["articles"])


def test_a_plan_whose_answers_are_gone_or_changed_is_not_followed(tmp_path: Path, monkeypatch: Any) -> None:
    import diskcache

    from summarise import warm

    checked: list[str] = []

    def counted(article: Any, answers: Any) -> Any:
        checked.append(article.article_id)
        return summarise_answers(article, answers)

    summarise_answers = warm.summarise_answers
    with StandIn() as server:
        settings = _settings(tmp_path, server)
        cold = _brief(settings, FOUR)
        monkeypatch.setattr(warm, "summarise_answers", counted)
        answers = diskcache.Cache(str(tmp_path / "cache"))
        keys = sorted(answers)
        # Two articles' answers (the cache also holds the overview's and the judge's).
        extracts = [k for k in keys if "events" in (json.loads(answers[k])["data"] or {})]
        first = json.loads(answers[extracts[0]])
        first["data"]["summary"] = "Another summary the model gave."
        answers[extracts[0]] = json.dumps(first)
        del answers[extracts[1]]
        answers.close()
        again = _brief(settings, FOUR)
    # The changed answer is checked again; the one asked again is the same answer as before (its summary was
    # kept under it); the two others come by their plans.
    assert again["run"]["model_calls"] == 1 and again["run"]["cache_hits"] == len(keys) - 1
    assert len(checked) == 1 and [a["summary"] for a in again["articles"]] != [a["summary"] for a in cold["articles"]]


def test_a_checked_summary_that_cannot_be_read_is_checked_again(tmp_path: Path) -> None:
    import diskcache

    from summarise.derived import SummaryStore

    with StandIn() as server:
        settings = _settings(tmp_path, server)
        cold = _brief(settings, FOUR)
        store = diskcache.Cache(str(SummaryStore(tmp_path / "cache").directory))
        keys = list(store)
        for n, key in enumerate(keys):
            store.set(key, {"planted": True} if n % 2 else b"\x80not json")  # a pickle, and bytes
        store.close()
        warm = _brief(settings, FOUR)
    assert warm["articles"] == cold["articles"] and warm["run"]["model_calls"] == 0


def test_clearing_the_cache_removes_the_checked_summaries(tmp_path: Path) -> None:
    from summarise.cli.cache_cmd import clear_all

    with StandIn() as server:
        _brief(_settings(tmp_path, server), FOUR)
    assert (tmp_path / "cache" / "derived").is_dir()
    assert "removed" in clear_all(tmp_path / "cache")
    assert not (tmp_path / "cache" / "derived").exists()
    assert not (tmp_path / "cache" / "context-windows.json").exists()


def test_the_mode_named_without_importing_instructor_is_instructors() -> None:
    import instructor

    from summarise.backends.openai_compat import JSON_SCHEMA_MODE

    assert instructor.Mode(JSON_SCHEMA_MODE) is instructor.Mode.JSON_SCHEMA


def test_the_code_a_checked_summary_is_keyed_on_holds_the_package_data() -> None:
    """The words of kinds of happening and the outlets decide a summary as much as the modules do: an edit
    to either checks every summary again."""
    import summarise
    from summarise.derived import fingerprinted

    package = Path(summarise.__file__).resolve().parent
    names = {p.relative_to(package).as_posix() for p in fingerprinted(package)}
    assert {"data/event_words.toml", "data/outlets.toml", "derived.py", "merge/group.py"} <= names
