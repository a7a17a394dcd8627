"""Configuration files: a user file and a project file in TOML, found the usual way.

* user: ``$XDG_CONFIG_HOME/summarise/config.toml`` (``~/.config/summarise/config.toml``);
* project: the first ``summarise.toml`` in the current folder or a folder above it;
* ``SUMMARISE_CONFIG=PATH`` names one file instead of both; ``SUMMARISE_CONFIG=off`` reads none.

Precedence, highest first: flags, ``SUMMARISE_*`` variables, the project file, the user file, defaults.
Top-level keys are the settings (``model``, ``base_url``, ``concurrency``, ``timeout`` ...); the
``[daily]`` table configures ``summarise daily``. An unknown key is an error that names the file, so a
typo never passes unnoticed. Files are read when a command starts, never at import.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarise.errors import ConfigError
from summarise.settings import Settings

PROJECT_FILE = "summarise.toml"
TABLES = {"daily"}
SECRET_KEYS = {"api_key"}


def user_file() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "summarise" / "config.toml"


def project_file(start: Path | None = None) -> Path | None:
    """The nearest ``summarise.toml`` from ``start`` (the current folder) upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


@dataclass
class Config:
    """What the configuration files say, and where each value came from."""

    files: list[tuple[str, Path, bool]] = field(default_factory=list)  # (role, path, found)
    values: dict[str, Any] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)


def _candidates() -> list[tuple[str, Path, bool]]:
    named = os.environ.get("SUMMARISE_CONFIG")
    if named and named.lower() in {"off", "none", "0"}:
        return []
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"SUMMARISE_CONFIG={named}: no such file; create it or unset the variable")
        return [("file", path, True)]
    user, project = user_file(), project_file()
    out = [("user", user, user.is_file())]
    if project is not None:
        out.append(("project", project, True))
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}): fix it, or set SUMMARISE_CONFIG=off") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path} ({exc}): fix its permissions or move it away") from None


def load() -> Config:
    """Read the configuration files in force; later files (the project's) override earlier ones."""
    config = Config(files=_candidates())
    known = set(Settings.model_fields)
    for role, path, found in config.files:
        if not found:
            continue
        for key, value in _read(path).items():
            if key in TABLES and isinstance(value, dict):
                config.tables.setdefault(key, {}).update(value)
            elif key in known:
                config.values[key] = value
                config.origin[key] = f"{role} file {path}"
            else:
                choices = ", ".join(sorted(known | TABLES))
                raise ConfigError(f"{path}: unknown setting {key!r}; the settings are: {choices}")
    return config


def layered(flags: dict[str, Any], config: Config) -> dict[str, Any]:
    """Values for ``Settings``: the flags given, then a file's value unless a ``SUMMARISE_*`` variable sets it
    (the variables are read by ``Settings`` itself)."""
    values = dict(flags)
    for key, value in config.values.items():
        if key not in values and f"SUMMARISE_{key.upper()}" not in os.environ:
            values[key] = value
    return values


def origin_of(key: str, flags: dict[str, Any], config: Config) -> str:
    if key in flags:
        return "flag"
    if f"SUMMARISE_{key.upper()}" in os.environ:
        return f"environment SUMMARISE_{key.upper()}"
    return config.origin.get(key, "default")


def shown(key: str, value: object) -> str:
    """A setting as ``summarise config`` prints it: secrets are never shown, only whether they are set."""
    if key in SECRET_KEYS:
        return "(set, not shown)" if value else "(not set)"
    return repr(str(value)) if isinstance(value, Path) else repr(value)
