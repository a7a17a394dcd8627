"""Many model servers behind one gateway: does throughput grow with the servers, and where does it stop?

    pip install 'litellm[proxy]'                     # into the gateway's own environment, not summarise's
    python benchmarks/gateway.py --litellm /path/to/that/env/bin/litellm [--articles N] [--latency-ms L]
                                 [--servers 1,2,4] [--slots S]

Not part of the test suite: it starts LiteLLM's proxy several times (each start takes seconds of CPU).

Each model server is a loopback stand-in (tests/standin.py) with a real capacity: ``--slots`` parallel
slots (default 2), each answer taking ``--latency-ms`` (default 200). One server therefore answers at most
slots / latency articles a second, whatever the client's concurrency. The runs, each `summarise brief` (the
real CLI, a child process, start-up included, a fresh cache) on the same N generated articles:

direct      one server, no gateway, concurrency = slots: the baseline and the gateway's own overhead
gateway K   K servers as deployments of one model name behind one LiteLLM proxy (the configuration of
            deploy/litellm-gateway.yaml, written to a temporary folder), concurrency = K x slots
ceiling     the client's own limit: the same articles with servers that answer at once, (a) one server
            direct and (b) the largest K behind the gateway, at ``--ceiling-concurrency``

For each run: wall time and articles a second (what a user waits for), the map stage's time and articles a
second (the model calls alone: start-up and merge excluded), speed-up against the gateway with one server
and the ideal one (K), the CPU seconds of summarise, of the gateway and of the stand-ins (this process),
the cores other work on the machine kept busy meanwhile (from /proc/stat: the machine may be shared), and
how the requests were spread over the servers. With ``--repeat R`` each configuration runs R times and the
fastest run is kept, all wall times listed. The figures go to benchmarks/gateway.json.

The gateway runs with a master key made for the run (LiteLLM refuses to start without one); it is passed to
the gateway and to summarise in their environments, never on a command line, and never printed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from articles import write_corpus  # noqa: E402
from measure import Run, brief  # noqa: E402

from tests.standin import StandIn  # noqa: E402

MODEL = "news"  # the one model name every deployment serves, as in deploy/litellm-gateway.yaml
READY_TIMEOUT = 180.0

CONFIG = """\
# Written by benchmarks/gateway.py: {servers} loopback stand-ins as deployments of one model.
model_list:
{deployments}
router_settings:
  routing_strategy: least-busy
  num_retries: 2
  timeout: 300

litellm_settings:
  drop_params: true

general_settings:
  master_key: os.environ/LITELLM_MASTER_KEY
"""

DEPLOYMENT = """\
  - model_name: {model}
    litellm_params:
      model: openai/standin
      api_base: {api_base}
      api_key: none
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process and its waited-for children, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks


def machine_busy() -> float:
    """CPU seconds the whole machine has spent busy (every core, every process), from /proc/stat."""
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def litellm_version(litellm: Path) -> str:
    """The installed LiteLLM's version, asked of the interpreter its script runs on (fast: nothing imported)."""
    first = litellm.read_text(errors="replace").splitlines()[0]
    python = first[2:].strip() if first.startswith("#!") else sys.executable
    code = "import importlib.metadata as m; print(m.version('litellm'))"
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    return done.stdout.strip() or "unknown"


class Gateway:
    """LiteLLM's proxy on 127.0.0.1 in front of ``servers``, started and stopped by this process only."""

    def __init__(self, litellm: Path, servers: list[StandIn], work: Path, key: str) -> None:
        self.litellm, self.servers, self.work, self.key = litellm, servers, work, key
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = work / f"litellm-{len(servers)}.log"
        self.config = work / f"litellm-{len(servers)}.yaml"
        self.start_seconds = 0.0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def write_config(self) -> Path:
        deployments = "".join(DEPLOYMENT.format(model=MODEL, api_base=s.base_url) for s in self.servers)
        self.config.write_text(CONFIG.format(servers=len(self.servers), deployments=deployments), encoding="utf-8")
        return self.config

    def __enter__(self) -> Gateway:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LITELLM_", "SUMMARISE_"))}
        # The model cost map is fetched from the web at start-up unless told to use the copy installed with it.
        env |= {"LITELLM_MASTER_KEY": self.key, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "NO_PROXY": "127.0.0.1"}
        argv = [str(self.litellm), "--config", str(self.write_config()), "--host", "127.0.0.1"]
        argv += ["--port", str(self.port)]
        started = time.perf_counter()
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                argv, cwd=self.work, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, so that stopping it stops all it started
            )  # fmt: skip
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        self.start_seconds = time.perf_counter() - started
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _wait_ready(self) -> None:
        """Until the gateway lists the model to an authorised client; fails with its log's tail if it exits."""
        deadline = time.monotonic() + READY_TIMEOUT
        request = urllib.request.Request(self.base_url + "/models", headers={"Authorization": f"Bearer {self.key}"})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise RuntimeError(f"the gateway exited {self.proc.returncode} at start-up:\n{self.tail()}")
            try:
                with opener.open(request, timeout=2) as answer:
                    if MODEL in {m["id"] for m in json.load(answer)["data"]}:
                        return
            except (OSError, ValueError, KeyError):
                pass
            time.sleep(0.25)
        raise RuntimeError(f"the gateway was not ready after {READY_TIMEOUT:.0f} s:\n{self.tail()}")

    def tail(self, lines: int = 25) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.replace(self.key, "[redacted]").splitlines()[-lines:])

    def cpu(self) -> float:
        assert self.proc is not None
        return process_cpu(self.proc.pid)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 15.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


def standins(count: int, latency: float, slots: int | None, stack: ExitStack) -> list[StandIn]:
    return [stack.enter_context(StandIn(delay=latency, slots=slots, lifetime=3600)) for _ in range(count)]


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self.corpus = write_corpus(work / "corpus", args.articles)
        self.key = "sk-" + secrets.token_hex(32)
        self.rows: list[dict[str, Any]] = []
        self.count = 0

    def run(
        self, label: str, url: str, servers: list[StandIn], c: int, gateway: Gateway | None, repeat: int | None = None
    ) -> dict[str, Any]:
        """``--repeat`` cold runs of one configuration; the fastest is kept (the least disturbed by other work)."""
        tries = [self.once(label, url, servers, c, gateway) for _ in range(repeat or self.args.repeat)]
        row = min(tries, key=lambda r: r["wall_s"]) | {"wall_s_all": [r["wall_s"] for r in tries]}
        if row["failed_articles"]:
            print(f"  warning: {row['failed_articles']} articles failed on {label}", file=sys.stderr)
        self.rows.append(row)
        print(line(row), flush=True)
        return row

    def once(self, label: str, url: str, servers: list[StandIn], c: int, gateway: Gateway | None) -> dict[str, Any]:
        self.count += 1
        n, name = self.args.articles, f"run-{self.count}"
        env = {"OPENAI_API_KEY": self.key} if gateway else None
        model = MODEL if gateway else "standin"
        before = [len(s.chat_requests) for s in servers]
        gw_cpu, own_cpu, busy = (gateway.cpu() if gateway else 0.0), time.process_time(), machine_busy()
        try:
            run = brief(self.corpus, url, c, self.work / f"cache-{name}", self.work / f"{name}.json", servers,
                        model=model, env=env)  # fmt: skip
        except RuntimeError as exc:  # summarise's own error output, with the run's key taken out
            raise RuntimeError(str(exc).replace(self.key, "[redacted]")) from None
        busy = machine_busy() - busy
        gw_cpu, own_cpu = (gateway.cpu() - gw_cpu if gateway else 0.0), time.process_time() - own_cpu
        return record(run, n) | {
            "route": label,
            "servers": len(servers),
            "slots_per_server": servers[0].slots,
            "latency_ms": round(servers[0].delay * 1000),
            "concurrency": c,
            "gateway_cpu_s": round(gw_cpu, 3),
            "standins_cpu_s": round(own_cpu, 3),
            # CPU the whole machine spent during the run beyond this run's own processes, in cores
            "other_work_cores": round(max(0.0, busy - run.cpu - gw_cpu - own_cpu) / run.wall, 2),
            "requests_per_server": [len(s.chat_requests) - b for s, b in zip(servers, before, strict=True)],
        }

    def direct(self, latency: float, slots: int | None, c: int, label: str, repeat: int | None = None) -> None:
        with ExitStack() as stack:
            (server,) = standins(1, latency, slots, stack)
            self.run(label, server.base_url, [server], c, None, repeat)

    def through_gateway(self, k: int, litellm: Path, ceiling: bool) -> float:
        a = self.args
        with ExitStack() as stack:
            servers = standins(k, a.latency_ms / 1000, a.slots, stack)
            gateway = stack.enter_context(Gateway(litellm, servers, self.work, self.key))
            self.run("gateway", gateway.base_url, servers, k * a.slots, gateway)
            if ceiling:  # the same gateway and servers, answering at once
                for s in servers:
                    s.delay = 0.0
                self.run("ceiling gateway", gateway.base_url, servers, a.ceiling_concurrency, gateway)
            return gateway.start_seconds


def record(run: Run, n: int) -> dict[str, Any]:
    stages = run.briefing["run"]["stage_seconds"]
    extract = float(stages.get("extract", 0.0))
    return {
        "articles": n,
        "wall_s": round(run.wall, 3),
        "articles_per_s": round(n / run.wall, 2),
        "map_s": round(extract, 3),
        "map_articles_per_s": round(n / extract, 2) if extract else None,
        "client_cpu_s": round(run.cpu, 3),
        "client_cpu_ms_per_article": round(1000 * run.cpu / n, 2),
        "requests": run.requests,
        "model_calls": run.briefing["run"]["model_calls"],
        "failed_articles": sum(a["status"] == "failed" for a in run.briefing["articles"]),
    }


HEADER = (
    f"{'route':<16}{'servers':>8}{'conc':>6}{'wall s':>8}{'art/s':>8}{'map s':>8}{'map art/s':>10}"
    f"{'client cpu':>11}{'gw cpu':>8}{'other':>7}  requests per server"
)


def line(r: dict[str, Any]) -> str:
    spread = "/".join(map(str, r["requests_per_server"]))
    return (
        f"{r['route']:<16}{r['servers']:>8}{r['concurrency']:>6}{r['wall_s']:>8.2f}{r['articles_per_s']:>8.1f}"
        f"{r['map_s']:>8.2f}{r['map_articles_per_s'] or 0:>10.1f}{r['client_cpu_s']:>10.2f}s"
        f"{r['gateway_cpu_s']:>7.2f}s{r['other_work_cores']:>7.2f}  {spread}"
    )


def scaling(rows: list[dict[str, Any]], args: argparse.Namespace) -> list[dict[str, Any]]:
    """Speed-up of each gateway run against the gateway with one server, on the wall and on the map stage."""
    gateway = [r for r in rows if r["route"] == "gateway"]
    base = next((r for r in gateway if r["servers"] == 1), gateway[0] if gateway else None)
    if base is None:
        return []
    n, latency = args.articles, args.latency_ms / 1000
    out = []
    for r in gateway:
        ideal_map = math.ceil(n / (r["servers"] * args.slots)) * latency
        out.append(
            {
                "servers": r["servers"],
                "concurrency": r["concurrency"],
                "wall_s": r["wall_s"],
                "articles_per_s": r["articles_per_s"],
                "speed_up_wall": round(base["wall_s"] / r["wall_s"], 2),
                "map_s": r["map_s"],
                "ideal_map_s": round(ideal_map, 3),
                "map_articles_per_s": r["map_articles_per_s"],
                "speed_up_map": round(base["map_s"] / r["map_s"], 2) if r["map_s"] else None,
                "ideal_speed_up": round(r["servers"] / base["servers"], 2),
            }
        )
    return out


def overhead(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The gateway's own cost: one server behind it against the same server direct, at the same concurrency."""
    direct = next((r for r in rows if r["route"] == "direct"), None)
    one = next((r for r in rows if r["route"] == "gateway" and r["servers"] == 1), None)
    if direct is None or one is None:
        return None
    requests = max(1, one["requests"])
    return {
        "wall_ratio": round(one["wall_s"] / direct["wall_s"], 3),
        "map_ratio": round(one["map_s"] / direct["map_s"], 3) if direct["map_s"] else None,
        "extra_ms_per_request_map": round(1000 * (one["map_s"] - direct["map_s"]) / requests * one["concurrency"], 1),
        "gateway_cpu_ms_per_request": round(1000 * one["gateway_cpu_s"] / requests, 2),
    }


def limit(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Where throughput stops growing: the ceiling runs, and who spent the CPU on them."""
    found: dict[str, Any] = {}
    for r in rows:
        if not r["route"].startswith("ceiling"):
            continue
        requests = max(1, r["requests"])
        found[r["route"].removeprefix("ceiling ")] = {
            "articles_per_s": r["articles_per_s"],
            "map_articles_per_s": r["map_articles_per_s"],
            "concurrency": r["concurrency"],
            "client_cpu_ms_per_article": r["client_cpu_ms_per_article"],
            "gateway_cpu_ms_per_request": round(1000 * r["gateway_cpu_s"] / requests, 2),
            "standins_cpu_ms_per_request": round(1000 * r["standins_cpu_s"] / requests, 2),
        }
    return found


def report(results: dict[str, Any]) -> None:
    print()
    print(f"speed-up against one server behind the gateway ({results['articles']} articles, "
          f"{results['latency_ms']} ms an answer, {results['slots']} slots a server):")  # fmt: skip
    print(f"{'servers':>8}{'conc':>6}{'wall s':>8}{'art/s':>8}{'speed-up':>10}{'map s':>8}{'ideal map s':>12}"
          f"{'map art/s':>10}{'map speed-up':>13}{'ideal':>7}")  # fmt: skip
    for r in results["scaling"]:
        print(
            f"{r['servers']:>8}{r['concurrency']:>6}{r['wall_s']:>8.2f}{r['articles_per_s']:>8.1f}"
            f"{r['speed_up_wall']:>10.2f}{r['map_s']:>8.2f}{r['ideal_map_s']:>12.2f}{r['map_articles_per_s']:>10.1f}"
            f"{r['speed_up_map'] or 0:>13.2f}{r['ideal_speed_up']:>7.1f}"
        )
    o = results.get("gateway_overhead")
    if o:
        print(f"gateway overhead, one server behind it / direct: wall {o['wall_ratio']:.3f}, map stage "
              f"{o['map_ratio']:.3f}; gateway CPU {o['gateway_cpu_ms_per_request']:.1f} ms a request")  # fmt: skip
    for name, c in results["limit"].items():
        print(f"ceiling ({name}, servers answering at once, concurrency {c['concurrency']}): "
              f"{c['articles_per_s']:.1f} articles/s wall, {c['map_articles_per_s']:.1f} in the map stage; CPU: "
              f"client {c['client_cpu_ms_per_article']:.1f} ms an article (start-up included), gateway "
              f"{c['gateway_cpu_ms_per_request']:.1f} ms and stand-ins {c['standins_cpu_ms_per_request']:.1f} ms "
              "a request")  # fmt: skip


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.machine()}",
    }


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=160, help="generated articles per run (default 160)")
    parser.add_argument("--latency-ms", type=float, default=200.0, help="each answer's delay (default 200)")
    parser.add_argument("--servers", default="1,2,4", help="server counts behind the gateway (default 1,2,4)")
    parser.add_argument("--slots", type=int, default=2, help="parallel slots of each server (default 2)")
    parser.add_argument("--ceiling-concurrency", type=int, default=16, help="concurrency of the ceiling runs")
    parser.add_argument("--repeat", type=int, default=1, help="cold runs of each configuration; the fastest kept")
    parser.add_argument("--no-ceiling", action="store_true", help="skip the runs that find the client's limit")
    parser.add_argument("--litellm", type=Path, default=None, help="the gateway's `litellm` (default: on PATH)")
    parser.add_argument("--out", type=Path, default=HERE / "gateway.json", help="where the JSON goes")
    args = parser.parse_args()
    args.servers = sorted({int(k) for k in args.servers.split(",")})
    return args


def main() -> int:
    args = parse()
    found = args.litellm or (Path(p) if (p := shutil.which("litellm")) else None)
    if found is None or not found.exists():
        print("skipped: LiteLLM's proxy is not installed (pip install 'litellm[proxy]' into an environment of its "
              "own and pass --litellm that/env/bin/litellm)")  # fmt: skip
        return 0
    version = litellm_version(found)
    print(f"LiteLLM {version} ({found}); {args.articles} articles, {args.latency_ms:.0f} ms an answer, "
          f"{args.slots} slots a server, servers {args.servers}, {os.cpu_count()} cores\n")  # fmt: skip
    print(HEADER)
    started = time.perf_counter()
    starts: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="summarise-gateway-") as tmp:
        bench = Bench(args, Path(tmp))
        bench.direct(0.0, None, args.slots, "warm-up", 1)  # the first child reads everything from disk: not kept
        bench.rows.clear()
        bench.direct(args.latency_ms / 1000, args.slots, args.slots, "direct")
        for k in args.servers:
            ceiling = not args.no_ceiling and k == args.servers[-1]
            starts[k] = round(bench.through_gateway(k, found, ceiling), 2)
        if not args.no_ceiling:
            bench.direct(0.0, None, args.ceiling_concurrency, "ceiling direct")
        rows = bench.rows
    results: dict[str, Any] = {
        "gateway": f"litellm {version}",
        "machine": machine(),
        "articles": args.articles,
        "latency_ms": args.latency_ms,
        "slots": args.slots,
        "gateway_start_s": starts,
        "runs": rows,
        "scaling": scaling(rows, args),
        "gateway_overhead": overhead(rows),
        "limit": limit(rows),
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    report(results)
    print(f"written to {args.out} in {results['bench_seconds']} s")
    return 0


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # a SIGTERM stops the run as Ctrl-C does: every process started here is stopped


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _interrupted)
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted: every server and gateway this run started has been stopped", file=sys.stderr)
        sys.exit(130)
    except RuntimeError as exc:  # the gateway did not start, or a run failed: its own words, key redacted
        print(f"gateway benchmark failed: {exc}", file=sys.stderr)
        sys.exit(1)
