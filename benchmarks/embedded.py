"""The embedded model on pages of one story: wall time per cluster, and (P5) the run's wall time against the
prompt and generation time llama.cpp itself reports for the same calls.

    python benchmarks/embedded.py            # two clusters of ten pages from tests/fixtures/pages, cold cache
    python benchmarks/embedded.py DIR ...    # folders of your own, one cluster each

Each cluster is briefed twice in a child process with an empty cache: at concurrency 1, where calls run one
after another, so the wall time against the server's own time (P5) is what summarise adds (start-up, loading
the weights, cleaning, checks, merge); and at the default concurrency (one slot per core), the time a user
waits. Figures go to benchmarks/embedded.json. Nothing is downloaded: the weights come with the package.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import SUMMARISE, timed

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"
# Two clusters of ten pages: two stories in five languages each (a quake and floods), then a troop build-up in
# three languages with five other stories of the same weeks.
CLUSTERS = {
    "quake and floods, 5 languages": ["01", "02", "03", "25", "31", "04", "05", "22", "29", "33"],
    "troops and five others": ["06", "07", "24", "26", "35", "08", "09", "10", "11", "12"],
}


def _cluster(prefixes: list[str], into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for page in sorted(PAGES.iterdir()):
        if page.name[:2] in prefixes:
            shutil.copy(page, into / page.name)
    return into


def brief(folder: Path, concurrency: int | None, scratch: Path) -> dict[str, Any]:
    cache = Path(tempfile.mkdtemp(dir=scratch))
    out = cache / "briefing.json"
    argv = [str(SUMMARISE), "brief", str(folder), "-f", "json", "-o", str(out), "--cache-dir", str(cache), "-q"]
    argv += ["--concurrency", str(concurrency)] if concurrency else []
    run = timed(argv, timeout=1800)
    if not out.exists():
        return {"exit": run.code, "wall_s": round(run.wall, 1), "error": run.stderr.strip()[-300:]}
    b = json.loads(out.read_text())
    record = b["run"]
    server = record.get("server_seconds") or 0.0
    articles = b["articles"]
    return {
        "exit": run.code,
        "articles": len(articles),
        "failed": sum(a["status"] == "failed" for a in articles),
        "events": sum(a["events"] for a in articles),
        "entries": len(b["events"]),
        "calls": record["model_calls"],
        "completion_tokens": record["completion_tokens"],
        "wall_s": round(run.wall, 1),
        "cpu_s": round(run.cpu, 1),
        "server_s": round(server, 1),
        "wall_over_server": round(run.wall / server, 3) if server else None,
        "extract_s": record["stage_seconds"].get("extract"),
    }


def main(folders: list[Path]) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="summarise-embedded-"))
    try:
        clusters = {f.name: f for f in folders} or {
            name: _cluster(pages, scratch / f"c{n}") for n, (name, pages) in enumerate(CLUSTERS.items())
        }
        results: dict[str, Any] = {
            "machine": f"{os.cpu_count()} cores, {platform.machine()} {platform.system()}, "
            f"Python {platform.python_version()}",
            "clusters": {},
        }
        for name, folder in clusters.items():
            one = brief(folder, 1, scratch)
            default = brief(folder, None, scratch)
            results["clusters"][name] = {"concurrency 1": one, "default concurrency": default}
            print(f"{name}:")
            for label, r in (("concurrency 1", one), ("default", default)):
                print(f"  {label:14} {json.dumps(r)}")
        (ROOT / "benchmarks" / "embedded.json").write_text(json.dumps(results, indent=2) + "\n")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])
