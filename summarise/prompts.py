"""Prompt templates are files in ``prompts/``, rendered strictly: a missing variable is an error.

The rendered text goes into every cache key, so editing a template can never serve a stale answer.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from summarise.errors import ConfigError


def prompts_dir() -> Path:
    override = os.environ.get("SUMMARISE_PROMPTS_DIR")
    return Path(override) if override else Path(__file__).resolve().parent.parent / "prompts"


@lru_cache(maxsize=4)
def _environment(directory: str) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(directory), undefined=jinja2.StrictUndefined,
                              autoescape=False, keep_trailing_newline=True)


def render(name: str, **values: Any) -> str:
    try:
        return _environment(str(prompts_dir())).get_template(name).render(**values)
    except jinja2.TemplateNotFound:
        raise ConfigError(f"prompt template {name} is missing from {prompts_dir()}: "
                          f"reinstall, or set SUMMARISE_PROMPTS_DIR") from None
