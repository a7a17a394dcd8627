"""P6 with langextract: the same generated articles through langextract's ``lx.extract``, and through
``summarise brief``, against the same stand-in answering after a fixed delay.

langextract is not one of summarise's dependencies and lives in a virtual environment of its own::

    python3 -m venv /tmp/lx && /tmp/lx/bin/pip install "langextract[openai]"
    python benchmarks/langextract_peer.py --articles 50 --latency-ms 200 --concurrency 8

The script runs in summarise's environment: it starts the stand-in (tests/standin.py) on 127.0.0.1, writes the
articles (benchmarks/articles.py), runs ``summarise brief`` on them, then runs itself with ``--child`` under the
other environment's Python (``--python``, default /tmp/lx/bin/python) to call ``lx.extract`` with the OpenAI
provider pointed at the stand-in. Both are timed as child processes, start-up included. The stand-in answers
langextract's requests with a langextract-style answer (``{"extractions": [...]}`` quoting the first sentence
of the chunk it was sent) and summarise's requests as it always does. The table is printed and written to
benchmarks/langextract.json; when langextract cannot be run, the reason is printed and the run is skipped.

langextract's settings are its defaults (``max_char_buffer`` 1000, one extraction pass) with ``max_workers``
set to the concurrency and ``batch_length`` 1000, so that its batches never hold back the workers.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "langextract.json"
LX_PYTHON = "/tmp/lx/bin/python"
BATCH_LENGTH = 1000
MODEL = "standin"

EXAMPLE_TEXT = "Ministers met in Ostrel on Monday to discuss grain exports. The talks ended without a deal."


# ------------------------------------------------------------------ the child, under langextract's Python


def child(folder: Path, base_url: str, concurrency: int, out: Path) -> None:
    """Run lx.extract over every page in ``folder``; write what came back to ``out`` as JSON."""
    import langextract as lx
    from langextract.factory import ModelConfig

    examples = [
        lx.data.ExampleData(
            text=EXAMPLE_TEXT,
            extractions=[
                lx.data.Extraction(extraction_class="event", extraction_text="The talks ended without a deal.")
            ],
        )
    ]
    pages = sorted(folder.glob("*.txt"))
    documents = [lx.data.Document(text=p.read_text(encoding="utf-8"), document_id=p.stem) for p in pages]
    results = lx.extract(
        text_or_documents=documents,
        prompt_description="List the events the news article reports, each quoted word for word from the text.",
        examples=examples,
        config=ModelConfig(
            model_id=MODEL,
            provider="openai",
            provider_kwargs={"api_key": "not-needed", "base_url": base_url},
        ),
        max_workers=concurrency,
        batch_length=BATCH_LENGTH,
        extraction_passes=1,
        max_char_buffer=1000,
        show_progress=False,
    )
    results = list(results)
    extractions = sum(len(r.extractions or []) for r in results)
    found = {"documents": len(results), "extractions": extractions, "version": lx_version()}
    out.write_text(json.dumps(found), encoding="utf-8")


def lx_version() -> str:
    from importlib.metadata import version

    return version("langextract")


# ------------------------------------------------------------------ the parent, under summarise's Python


def lx_answer(body: dict[str, Any]) -> dict[str, Any]:
    """A langextract-style answer: the first sentence of the chunk after the prompt's last "Q: " line."""
    from tests.standin import _last_user_text, grounded_answer, sentences

    prompt = _last_user_text(body)
    if "Q: " not in prompt:  # not langextract: summarise's requests get the stand-in's own answer
        return grounded_answer(body)
    chunk = prompt.rsplit("Q: ", 1)[1].rsplit("\nA:", 1)[0]
    found = [s for s in sentences(chunk) if len(s.split()) >= 4][:1]
    return {"extractions": [{"event": s, "event_attributes": None} for s in found]}


def prompt_chars(requests: list[dict[str, Any]]) -> int:
    from tests.standin import _text

    return sum(len(_text(m.get("content"))) for r in requests for m in (r["body"].get("messages") or []))


def why_not(python: str) -> str | None:
    """Why langextract cannot be run from ``python`` (None when it can)."""
    if not Path(python).exists():
        make = "python3 -m venv /tmp/lx && /tmp/lx/bin/pip install langextract[openai]"
        return f"{python} does not exist (make it with: {make})"
    probe = "import langextract, openai; from langextract.factory import ModelConfig"
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        return f"langextract does not import under {python}: {done.stderr.strip().splitlines()[-1:]}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--latency-ms", type=float, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--python", default=LX_PYTHON, help="the Python that has langextract (default %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="where the JSON goes (default %(default)s)")
    child_args = ("FOLDER", "BASE_URL", "CONCURRENCY", "OUT")
    parser.add_argument("--child", nargs=4, metavar=child_args, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), args.child[1], int(args.child[2]), Path(args.child[3]))
        return 0

    sys.path[:0] = [str(HERE), str(ROOT)]
    from articles import write_corpus
    from measure import brief, timed

    from tests.standin import StandIn

    reason = why_not(args.python)
    if reason:
        print(f"skipped: {reason}")
        return 0
    n, c, latency = args.articles, args.concurrency, args.latency_ms / 1000
    rows: dict[str, dict[str, Any]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="lxpeer-") as tmp,
        StandIn(delay=latency, answer=lx_answer, lifetime=3600) as server,
    ):
        work = Path(tmp)
        corpus = write_corpus(work / "corpus", n)

        before = len(server.chat_requests)
        run = brief(corpus, server.base_url, c, work / "cache", work / "brief.json", server)
        sent = server.chat_requests[before:]
        failed = sum(a["status"] == "failed" for a in run.briefing["articles"])
        rows["summarise"] = {
            "wall_s": round(run.wall, 3),
            "cpu_s": round(run.cpu, 3),
            "requests": len(sent),
            "prompt_chars": prompt_chars(sent),
            "result": f"{len(run.briefing['articles'])} articles, {failed} failed",
        }

        before = len(server.chat_requests)
        argv = [args.python, str(Path(__file__).resolve()), "--child", str(corpus), server.base_url, str(c)]
        lx_run = timed([*argv, str(work / "lx.json")])
        if lx_run.code != 0:
            print(f"skipped: langextract exited {lx_run.code}: {lx_run.stderr.strip()[-600:]}")
            return 0
        out = json.loads((work / "lx.json").read_text(encoding="utf-8"))
        sent = server.chat_requests[before:]
        rows["langextract"] = {
            "wall_s": round(lx_run.wall, 3),
            "cpu_s": round(lx_run.cpu, 3),
            "requests": len(sent),
            "prompt_chars": prompt_chars(sent),
            "result": f"{out['documents']} documents, {out['extractions']} extractions",
        }
        errors = list(server.errors)

    ideal = -(-n // c) * latency
    record = {
        "articles": n,
        "latency_s": latency,
        "concurrency": c,
        "ideal_one_call_per_article_s": round(ideal, 3),
        "langextract_version": out["version"],
        "langextract_settings": {"max_char_buffer": 1000, "extraction_passes": 1, "batch_length": BATCH_LENGTH},
        "runs": rows,
        "standin_errors": errors,
    }
    args.out.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"P6 with langextract {out['version']}: {n} articles, latency {args.latency_ms:.0f} ms, concurrency {c}")
    print(f"{'':<12} {'wall s':>7} {'CPU s':>6} {'requests':>8} {'prompt chars':>12}  result")
    for name, r in rows.items():
        print(
            f"{name:<12} {r['wall_s']:>7.2f} {r['cpu_s']:>6.2f} {r['requests']:>8} "
            f"{r['prompt_chars']:>12}  {r['result']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
