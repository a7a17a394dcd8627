"""Prompt templates are files, rendered strictly: a missing variable is an error.

People edit them in the repository's top-level ``prompts/``; the build installs that folder as the
package ``summarise.prompt_templates``, so an installed wheel carries them. ``SUMMARISE_PROMPTS_DIR``
points at another folder of templates. The rendered text goes into every cache key, so editing a
template can never serve a stale answer. Values passed in (article text among them) are data: they are
inserted as they are and never rendered as templates themselves.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarise.errors import ConfigError

if TYPE_CHECKING:
    import jinja2

PACKAGE = "summarise.prompt_templates"


def prompts_dir() -> Path:
    override = os.environ.get("SUMMARISE_PROMPTS_DIR")
    if override:
        return Path(override)
    return Path(str(files(PACKAGE)))


@lru_cache(maxsize=4)
def _environment(directory: str) -> jinja2.Environment:
    import jinja2  # loaded when a prompt is first written: a run answered from the cache writes none

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory), undefined=jinja2.StrictUndefined, autoescape=False
    )


def render(name: str, **values: Any) -> str:
    environment = _environment(str(prompts_dir()))
    import jinja2

    try:
        return environment.get_template(name).render(**values)
    except jinja2.TemplateNotFound:
        raise ConfigError(
            f"prompt template {name} is missing from {prompts_dir()}: reinstall, or set SUMMARISE_PROMPTS_DIR"
        ) from None
