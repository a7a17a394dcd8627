"""``summarise config``: where the configuration files are and what is in force. Secrets are never printed."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from summarise.cli.io import run, write_atomic


def config_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Print it as JSON.")] = False,
) -> None:
    """Show the configuration files (user, project) and every setting in force with where it came from."""

    def body() -> None:
        from summarise import config
        from summarise.settings import Settings

        files = config.load()
        settings = Settings(**config.layered({}, files))
        rows = [
            (key, config.shown(key, getattr(settings, key)), config.origin_of(key, {}, files))
            for key in Settings.model_fields
        ]
        if as_json:
            payload: dict[str, Any] = {
                "files": [{"role": r, "path": str(p), "found": f} for r, p, f in files.files],
                "settings": {k: {"value": v, "from": o} for k, v, o in rows},
                "tables": {name: sorted(t) for name, t in files.tables.items()},
            }
            write_atomic(None, json.dumps(payload, indent=2) + "\n")
            return
        lines = ["# configuration files (a later one overrides an earlier; variables and flags override both)"]
        if not files.files:
            lines.append("none read (SUMMARISE_CONFIG=off)")
        lines += [f"{role:<8} {path}{'' if found else '  (not found)'}" for role, path, found in files.files]
        lines += ["", "# settings in force"]
        width = max(len(k) for k, _, _ in rows)
        lines += [f"{k:<{width}}  {v:<28}  {o}" for k, v, o in rows]
        for name, table in files.tables.items():
            lines += ["", f"# [{name}]: {', '.join(sorted(table))}"]
        write_atomic(None, "\n".join(lines) + "\n")

    run(body)
