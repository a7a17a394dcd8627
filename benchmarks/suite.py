"""The benchmark suite: ratios measured side by side in one run, printed and written to benchmarks/results.json.

    python benchmarks/suite.py            # the full run (a few minutes on two cores)
    python benchmarks/suite.py --quick    # small sizes: a smoke run

Every figure is a ratio against something measured in the same run on the same machine, so it travels:

P1  wall time of `summarise brief` (the real CLI, start-up included, a child process) on generated articles
    against the ideal ceil(N/C) x latency + merge time, the stand-in answering after 200 ms, at several
    concurrencies; and the client's CPU per article (all of the child's CPU, start-up included, over N).
P2  a warm re-run (everything cached) against the cold run at the default concurrency, and how many requests
    the warm run sent (a fully cached run should send none).
P3  time per article with a model that answers at once (0 ms stand-in), at growing sizes; the growth exponent
    (the log-log slope of wall time against articles; 1 is linear) and the peak memory of each run.
P4  prompt tokens sent against the raw pages (the same prompt around the uncleaned text), on seeds/, counted
    by a real tokenizer.
P5  the embedded model on seeds/ at concurrency 1 against the prompt and generation time llama.cpp reports
    for the same calls (left out of --quick).
P6  the same articles through a plain instructor loop on the same stand-in: the floor summarise stands on;
    and through langextract, where its own environment has it (benchmarks/langextract_peer.py).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from articles import write_corpus  # noqa: E402
from measure import Run, brief, floor, startup, tokenizer  # noqa: E402

from tests.standin import StandIn  # noqa: E402

DEFAULT_CONCURRENCY = 2
FULL = {"articles": 200, "latency": 0.2, "concurrency": [1, 2, 8, 32], "sizes": [100, 1000, 10000]}
QUICK = {"articles": 12, "latency": 0.05, "concurrency": [2, 8], "sizes": [8, 32]}
GOALS = {"p1_ratio_at_8": 1.10, "cpu_ms_per_article": 3.0, "help_seconds": 0.3, "p2_ratio": 0.05, "p5_ratio": 1.10}


def merge_seconds(briefing: dict[str, Any]) -> float:
    stages = briefing["run"]["stage_seconds"]
    return float(stages.get("group", 0.0) + stages.get("overview", 0.0))


def _run_record(run: Run, n: int) -> dict[str, Any]:
    failed = sum(a["status"] == "failed" for a in run.briefing["articles"])
    return {
        "wall_s": round(run.wall, 3),
        "cpu_s": round(run.cpu, 3),
        "cpu_ms_per_article": round(1000 * run.cpu / n, 2),
        "peak_mib": round(run.peak_mib, 1),
        "model_calls": run.briefing["run"]["model_calls"],
        "requests": run.requests,
        "failed_articles": failed,
        "stage_s": run.briefing["run"]["stage_seconds"],
    }


def p1_p2(work: Path, cfg: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any], Path]:
    """Cold runs at each concurrency against the ideal; then a warm re-run of the default one."""
    n, latency = cfg["articles"], cfg["latency"]
    corpus = write_corpus(work / "corpus", n)
    runs, cold = [], {}
    with StandIn(delay=latency, lifetime=3600) as server:
        for c in cfg["concurrency"]:
            run = brief(corpus, server.base_url, c, work / f"cache-{c}", work / f"cold-{c}.json", server)
            ideal = math.ceil(n / c) * latency + merge_seconds(run.briefing)
            cold[c] = run
            runs.append({"concurrency": c, "ideal_s": round(ideal, 3), "ratio": round(run.wall / ideal, 3)})
            runs[-1] |= _run_record(run, n) | {"merge_s": round(merge_seconds(run.briefing), 3)}
        c = DEFAULT_CONCURRENCY if DEFAULT_CONCURRENCY in cold else cfg["concurrency"][0]
        warm = brief(corpus, server.base_url, c, work / f"cache-{c}", work / "warm.json", server)
    p1 = {"articles": n, "latency_s": latency, "runs": runs}
    p2 = {
        "concurrency": c,
        "cold_wall_s": round(cold[c].wall, 3),
        "warm_wall_s": round(warm.wall, 3),
        "ratio": round(warm.wall / cold[c].wall, 4),
        "warm_requests": warm.requests,
        "warm_model_calls": warm.briefing["run"]["model_calls"],
        "warm_cache_hits": warm.briefing["run"]["cache_hits"],
        "ratio_to_each_cold": {str(k): round(warm.wall / r.wall, 4) for k, r in cold.items()},
    }
    return p1, p2, corpus


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of log y against log x."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def p3(work: Path, cfg: dict[str, Any]) -> dict[str, Any]:
    """Non-model time: the same command with a model that answers at once, at growing sizes."""
    rows = []
    with StandIn(delay=0.0, lifetime=7200) as server:
        for n in cfg["sizes"]:
            corpus = write_corpus(work / f"p3-{n}", n)
            run = brief(corpus, server.base_url, 8, work / f"p3-cache-{n}", work / f"p3-{n}.json", server)
            rows.append({"articles": n, "ms_per_article": round(1000 * run.wall / n, 2)} | _run_record(run, n))
    sizes, walls = [r["articles"] for r in rows], [r["wall_s"] for r in rows]
    return {
        "concurrency": 8,
        "runs": rows,
        "growth_exponent": round(slope(sizes, walls), 3),
        "growth_exponent_largest_two": round(slope(sizes[-2:], walls[-2:]), 3),
    }


def p4() -> dict[str, Any]:
    """Prompt tokens sent for each seed against the same prompt around the raw page."""
    from summarise.extract import build_request
    from summarise.pipeline import prepare
    from summarise.prompts import render
    from summarise.settings import Settings

    articles = prepare([HERE.parent / "seeds"])
    raw = [
        render("extract.j2", outlet=a.meta.outlet, published=None, text=a.text, max_events=5)  # type: ignore[union-attr]
        for a in articles
    ]
    sent = [build_request(a, Settings()).messages[0]["content"] for a in articles]
    with tokenizer() as (name, count):
        if count is None:
            return {"tokenizer": name}
        before, after = [count(t) for t in raw], [count(t) for t in sent]
    return {
        "tokenizer": name,
        "articles": len(articles),
        "raw_tokens": sum(before),
        "sent_tokens": sum(after),
        "ratio": round(sum(after) / sum(before), 3),
        "per_article": {a.article_id: [b, c] for a, b, c in zip(articles, before, after, strict=True)},
    }


def p6(work: Path, corpus: Path, cfg: dict[str, Any], p1: dict[str, Any]) -> dict[str, Any]:
    """The plain instructor loop at concurrency 8, against summarise's run there; and what the loop alone costs:
    its start-up (a run on no articles) and its CPU per call after start-up."""
    c = 8 if 8 in cfg["concurrency"] else max(cfg["concurrency"])
    n, latency = cfg["articles"], cfg["latency"]
    ours = next(r for r in p1["runs"] if r["concurrency"] == c)
    (work / "empty").mkdir(exist_ok=True)
    with StandIn(delay=latency, lifetime=3600) as server:
        run = floor(corpus, server.base_url, c)
        idle = floor(work / "empty", server.base_url, c)
    return {
        "concurrency": c,
        "floor_wall_s": round(run.wall, 3),
        "floor_ratio_to_ideal": round(run.wall / (math.ceil(n / c) * latency), 3),
        "floor_cpu_ms_per_article": round(1000 * run.cpu / n, 2),
        "floor_startup_cpu_s": round(idle.cpu, 3),
        "floor_cpu_ms_per_call_after_startup": round(1000 * (run.cpu - idle.cpu) / n, 2),
        "wall_ratio": round(ours["wall_s"] / run.wall, 3),
        "cpu_ratio": round(ours["cpu_s"] / run.cpu, 3),
    }


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
        "processor": platform.processor() or platform.machine(),
    }


def goals(results: dict[str, Any]) -> dict[str, Any]:
    at8 = next((r for r in results["P1"]["runs"] if r["concurrency"] == 8), None)
    figures = {
        "p1_ratio_at_8": at8["ratio"] if at8 else None,
        "cpu_ms_per_article": at8["cpu_ms_per_article"] if at8 else None,
        "help_seconds": results["startup"]["help_wall_s"],
        "p2_ratio": results["P2"]["ratio"],
        "p5_ratio": results["P5"].get("ratio"),
    }
    met = {k: v is not None and v <= GOALS[k] for k, v in figures.items()}
    met["p2_no_network"] = results["P2"]["warm_requests"] == 0
    return {"targets": GOALS, "figures": figures, "met": met}


def p5(work: Path) -> dict[str, Any]:
    """The embedded model on the seeds at concurrency 1: the run's wall time against the prompt and generation
    time llama.cpp reports for the same calls (benchmarks/embedded.py does the same on two ten-page clusters)."""
    from embedded import brief as embedded_brief

    got = embedded_brief(HERE.parent / "seeds", 1, work)
    return got | {"ratio": got.get("wall_over_server")}


def p6_langextract(cfg: dict[str, Any], work: Path) -> dict[str, Any]:
    """The same generated articles through langextract, where its own environment has it
    (benchmarks/langextract_peer.py)."""
    import subprocess

    out = work / "langextract.json"
    argv = [sys.executable, str(HERE / "langextract_peer.py"), "--articles", str(min(cfg["articles"], 50))]
    argv += ["--latency-ms", str(cfg["latency"] * 1000), "--concurrency", "8", "--out", str(out)]
    done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=1800)
    if "skipped" in done.stdout or done.returncode != 0 or not out.exists():
        return {"skipped": (done.stdout + done.stderr).strip()[-300:]}
    return dict(json.loads(out.read_text(encoding="utf-8")))


def report(results: dict[str, Any]) -> None:
    p1, p2, p3r, p4r, p6r = (results[k] for k in ("P1", "P2", "P3", "P4", "P6"))
    print(f"start-up: summarise --help {results['startup']['help_wall_s']:.3f} s")
    print(f"P1 {p1['articles']} articles, model latency {p1['latency_s'] * 1000:.0f} ms:")
    for r in p1["runs"]:
        print(
            f"  concurrency {r['concurrency']:>2}: wall {r['wall_s']:.2f} s / ideal {r['ideal_s']:.2f} s = "
            f"{r['ratio']:.3f}; client CPU {r['cpu_ms_per_article']:.2f} ms/article"
        )
    print(
        f"P2 warm / cold (concurrency {p2['concurrency']}): {p2['warm_wall_s']:.2f} / {p2['cold_wall_s']:.2f} s = "
        f"{p2['ratio']:.4f}; requests on the warm run: {p2['warm_requests']}"
    )
    print(f"P3 with a model that answers at once (concurrency {p3r['concurrency']}):")
    for r in p3r["runs"]:
        print(f"  {r['articles']:>6} articles: {r['ms_per_article']:.2f} ms/article, peak {r['peak_mib']:.0f} MiB")
    print(f"  growth exponent {p3r['growth_exponent']:.3f} (largest two sizes {p3r['growth_exponent_largest_two']})")
    if "ratio" in p4r:
        print(
            f"P4 prompt tokens sent / raw pages, seeds ({p4r['tokenizer']}): "
            f"{p4r['sent_tokens']} / {p4r['raw_tokens']} = {p4r['ratio']:.3f}"
        )
    else:
        print(f"P4 skipped: no real tokenizer ({p4r['tokenizer']})")
    print(
        f"P6 summarise / plain instructor loop (concurrency {p6r['concurrency']}): wall {p6r['wall_ratio']:.3f}, "
        f"CPU {p6r['cpu_ratio']:.3f}; the loop alone: wall / ideal {p6r['floor_ratio_to_ideal']:.3f}, start-up "
        f"{p6r['floor_startup_cpu_s']:.2f} s CPU, then {p6r['floor_cpu_ms_per_call_after_startup']:.2f} ms CPU a call"
    )
    lx = p6r.get("langextract", {})
    if "runs" in lx:
        runs = lx["runs"]
        print(
            f"P6 with langextract {lx['langextract_version']}: wall {runs['summarise']['wall_s']:.2f} s (summarise) / "
            f"{runs['langextract']['wall_s']:.2f} s, requests {runs['summarise']['requests']} / "
            f"{runs['langextract']['requests']}, prompt characters {runs['summarise']['prompt_chars']} / "
            f"{runs['langextract']['prompt_chars']}"
        )
    else:
        print(f"P6 with langextract skipped: {lx.get('skipped')}")
    p5r = results["P5"]
    if p5r.get("ratio"):
        seconds = f"{p5r['wall_s']} / {p5r['server_s']} s"
        print(f"P5 embedded run on the seeds / llama.cpp's own time: {seconds} = {p5r['ratio']}")
    else:
        print(f"P5 skipped: {p5r.get('skipped') or p5r.get('error')}")
    print("goals met: " + ", ".join(f"{k} {'yes' if v else 'NO'}" for k, v in results["goals"]["met"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--out", type=Path, default=HERE / "results.json", help="where the JSON goes")
    args = parser.parse_args()
    cfg = QUICK if args.quick else FULL
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="summarise-bench-") as tmp:
        work = Path(tmp)
        results: dict[str, Any] = {"quick": args.quick, "machine": machine()}
        results["startup"] = {"help_wall_s": round(startup().wall, 3)}
        results["P1"], results["P2"], corpus = p1_p2(work, cfg)
        results["P3"] = p3(work, cfg)
        results["P4"] = p4()
        results["P6"] = p6(work, corpus, cfg, results["P1"])
        results["P6"]["langextract"] = p6_langextract(cfg, work)
        results["P5"] = p5(work) if not args.quick else {"skipped": "not in a quick run"}
    results["goals"] = goals(results)
    results["suite_seconds"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report(results)
    print(f"written to {args.out} in {results['suite_seconds']} s")


if __name__ == "__main__":
    main()
