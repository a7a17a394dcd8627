"""The built wheel carries everything it needs (prompts, templates): installed into a fresh virtual
environment outside the checkout, it briefs an article from another folder (against the loopback stand-in,
so that no model is needed here; README's `summarise brief seeds/` runs the embedded model from a wheel)."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

from .conftest import ROOT, SEEDS
from .standin import StandIn


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, check=False, env=env, timeout=300)


def test_the_wheel_installed_outside_the_checkout_briefs_an_article(tmp_path: Path) -> None:
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        str(tmp_path / "dist"),
        str(ROOT),
        cwd=tmp_path,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("summarise-*.whl"))
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # The dependencies come from this environment; the package itself only from the wheel.
    deps = Path(site.getsitepackages()[0])
    target = next((env_dir / "lib").glob("python3.*")) / "site-packages"
    (target / "deps.pth").write_text(str(deps) + "\n")
    installed = _run(
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-deps",
        "-q",
        "--target",
        str(target),
        str(wheel),
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "story.txt").write_text((SEEDS / "003_46faeb6b32940052.txt").read_text(encoding="utf-8"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "PYTHON"))}
    env["HOME"] = str(tmp_path / "home")
    where = _run(
        str(python),
        "-c",
        "import summarise, summarise.prompts as p; print(summarise.__file__, p.prompts_dir())",
        cwd=elsewhere,
        env=env,
    )
    assert where.returncode == 0 and str(ROOT) not in where.stdout, where.stdout + where.stderr
    with StandIn() as server:
        brief = _run(
            str(python),
            "-m",
            "summarise",
            "brief",
            "story.txt",
            "--model",
            "openai:standin",
            "--base-url",
            server.base_url,
            "--context-window",
            "8192",
            "-q",
            "-o",
            "b.md",
            cwd=elsewhere,
            env=env,
        )
    assert brief.returncode == 0, brief.stdout + brief.stderr
    assert (elsewhere / "b.md").read_text().startswith("# Briefing for ")
