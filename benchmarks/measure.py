"""What the suite measures with: a timed run of a command in a child process (wall, CPU, peak memory), the
summarise CLI against the stand-in, and a real tokenizer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SUMMARISE = Path(sys.executable).with_name("summarise")


@dataclass
class Run:
    """One child process: wall seconds, CPU seconds (user + system), peak resident memory, exit code."""

    wall: float
    cpu: float
    peak_mib: float
    code: int
    stderr: str = ""
    briefing: dict[str, Any] = field(default_factory=dict)
    requests: int = 0


def child_env() -> dict[str, str]:
    """The environment without any setting of ours or of the servers: a run sees only its flags.

    String hashing is seeded the same in every child: the merge's output still depends on the order in which
    sets of words are summed, so two runs on the same answers can write different overview prompts (and a warm
    run would then ask for one). Fixing the seed keeps the figures comparable until that is mended.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_", "OLLAMA_"))}
    return env | {"PYTHONHASHSEED": "0"}


def timed(argv: list[str], *, cwd: Path = ROOT, timeout: float = 3600, env: dict[str, str] | None = None) -> Run:
    """Run ``argv`` to its end; its own resource use comes from wait4, so the suite's threads do not count.

    ``env`` is added to the child's clean environment. The child is killed if the wait is interrupted
    (Ctrl-C included): no run outlives the suite.
    """
    with open(os.devnull, "wb") as null, _scratch_file() as err:
        started = time.perf_counter()
        environ = child_env() | (env or {})
        proc = subprocess.Popen(argv, cwd=cwd, env=environ, stdin=subprocess.DEVNULL, stdout=null, stderr=err)
        deadline = started + timeout
        try:
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    proc.kill()
                    pid, status, usage = os.wait4(proc.pid, 0)
                    break
                time.sleep(0.002)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, text)


@contextmanager
def _scratch_file() -> Iterator[Any]:
    import tempfile

    with tempfile.TemporaryFile() as fh:
        yield fh


def brief(
    corpus: Path,
    base_url: str,
    concurrency: int,
    cache: Path,
    out: Path,
    server: Any,
    *,
    model: str = "standin",
    env: dict[str, str] | None = None,
) -> Run:
    """``summarise brief`` on a folder against the stand-in (or a gateway in front of stand-ins: ``server`` may be
    a list of them), as a user runs it (start-up included). ``env`` is added to the child's environment."""
    servers = server if isinstance(server, list) else [server]
    before = sum(len(s.requests) for s in servers)
    argv = [str(SUMMARISE), "brief", str(corpus), "--model", f"openai:{model}", "--base-url", base_url]
    argv += ["--concurrency", str(concurrency), "--cache-dir", str(cache), "-f", "json", "-o", str(out), "--quiet"]
    run = timed(argv, env=env)
    run.requests = sum(len(s.requests) for s in servers) - before
    if run.code not in (0, 1):
        raise RuntimeError(f"summarise brief exited {run.code}: {run.stderr.strip()[-600:]}")
    run.briefing = json.loads(out.read_text(encoding="utf-8"))
    return run


def floor(corpus: Path, base_url: str, concurrency: int) -> Run:
    """The plain instructor loop (benchmarks/floor.py) on the same folder."""
    run = timed([sys.executable, str(ROOT / "benchmarks" / "floor.py"), str(corpus), base_url, str(concurrency)])
    if run.code != 0:
        raise RuntimeError(f"floor.py exited {run.code}: {run.stderr.strip()[-600:]}")
    return run


def startup() -> Run:
    """``summarise --help``, the best of three: what a user waits for before anything is done."""
    return min((timed([str(SUMMARISE), "--help"]) for _ in range(3)), key=lambda r: r.wall)


Counter = Callable[[str], int]


def _tiktoken() -> Counter | None:
    """tiktoken's o200k_base, only when its encoding file is already on this machine: it is never fetched."""
    try:
        import tiktoken
        import tiktoken.load
    except ImportError:
        return None

    def offline(blobpath: str) -> bytes:
        raise OSError("not in the local tiktoken cache")

    tiktoken.load.read_file = offline  # a cache miss fails here instead of going to the network
    try:
        encoding = tiktoken.get_encoding("o200k_base")
    except (OSError, ValueError):
        return None
    return lambda text: len(encoding.encode(text, disallowed_special=()))


@contextmanager
def tokenizer() -> Iterator[tuple[str, Counter | None]]:
    """A real tokenizer: tiktoken (o200k_base) when it can load offline, else the embedded model's own
    (llama.cpp's /tokenize on the Gemma 3 GGUF), else none (the name says why)."""
    counter = _tiktoken()
    if counter is not None:
        yield "tiktoken o200k_base", counter
        return
    sys.path.insert(0, str(ROOT))
    try:
        import httpx

        from summarise.backends.local import LocalBackend, launch_xllamacpp
        from summarise.settings import Settings

        holder = LocalBackend(Settings(concurrency=1))
        base = launch_xllamacpp(holder).removesuffix("/v1")
    except Exception as exc:  # noqa: BLE001 -- any failure to start it means: no real tokenizer here
        yield f"none ({type(exc).__name__}: {exc})", None
        return

    def count(text: str) -> int:
        return len(httpx.post(base + "/tokenize", json={"content": text}).json()["tokens"])

    try:
        yield "llama.cpp (Gemma 3 270M GGUF)", count
    finally:
        holder.server = None
