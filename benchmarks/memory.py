"""Peak memory against input size: one article of growing size briefed whole (read, cleaned, mapped in
parts, merged) by the scripted test double, each in a process of its own, so the figure is summarise's
own memory without a model's; the largest is refused. Prints each size's peak and the ratio of the growth
to the input.

    python benchmarks/memory.py 1 2 4
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROBE = """
import json, resource, sys, time
from pathlib import Path
started = time.perf_counter()
from summarise.api import brief
from summarise.backends.scripted import ScriptedBackend
from summarise.settings import Settings
from tests.factories import quote_first_sentence
import summarise.figures, summarise.sentences
warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
backend = ScriptedBackend(quote_first_sentence, script="memory", keep_requests=False)
b = brief([Path(sys.argv[1])], settings=Settings(use_cache=False), backend=backend)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
a = b.articles[0]
print(json.dumps({"warm_kib": warm, "peak_kib": peak, "seconds": time.perf_counter() - started,
                  "error": a.reason if a.status == "failed" else None, "events": a.events,
                  "calls": b.run.model_calls}))
"""


def measure(megabytes: float, folder: Path) -> dict[str, object]:
    from tests.fixtures.hostile.make_big import big_article

    path = big_article(folder / f"big-{megabytes}.txt", megabytes=megabytes)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True, cwd=ROOT, timeout=1800
    )
    return {"megabytes": megabytes, **json.loads(done.stdout)}


def _growth(got: dict[str, object]) -> float:
    return (int(str(got["peak_kib"])) - int(str(got["warm_kib"]))) / 1024


def main() -> None:
    """Each size against the loaded program, and against a 10 kB article (what any run costs once: the
    segmenter's rules, the response models, the templates), which isolates what grows with the size."""
    sizes = [float(a) for a in sys.argv[1:]] or [0.5, 1, 2, 4, 20]
    with tempfile.TemporaryDirectory() as tmp:
        base = _growth(measure(0.01, Path(tmp)))
        print(f"a 10 kB article: +{base:.0f} MiB over the loaded program")
        for size in sizes:
            got = measure(size, Path(tmp))
            growth = _growth(got)
            note = (
                f"refused: {got['error']}"
                if got["error"]
                else f"x{growth / size:.1f} of its size (x{(growth - base) / size:.1f} beyond a 10 kB article's), "
                f"{got['calls']} calls"
            )
            print(
                f"{size:>5} MB article: peak {int(str(got['peak_kib'])) / 1024:.0f} MiB (+{growth:.0f} MiB over "
                f"the loaded program), {float(str(got['seconds'])):.1f} s; {note}"
            )


if __name__ == "__main__":
    main()
