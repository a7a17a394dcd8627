"""summarise: a pile of news articles in, one traceable, structured daily briefing out.

from summarise import brief, Settings
briefing = brief([Path("seeds")], settings=Settings(model="ollama:qwen2.5:7b"))

The names below are imported on first use, not with the package: ``summarise --help`` and a run answered
from the cache never pay for the model clients, the HTML extractor or the merge code they do not use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarise.api import Summariser, abrief, aextract_files, amerge, brief, merge_summaries, prepare
    from summarise.backends import Backend, GenerateRequest, GenerateResult, Usage, make_backend
    from summarise.backends.scripted import ScriptedBackend
    from summarise.errors import (
        BackendError,
        BackendUnreachable,
        ConfigError,
        ContextOverflow,
        InputError,
        ModelNotFound,
        SummariseError,
    )
    from summarise.models import (
        Article,
        ArticleSummary,
        Briefing,
        BriefingEvent,
        Event,
        EventDate,
        Evidence,
        Figure,
        FigureConflict,
    )
    from summarise.outputs import to_json, to_markdown
    from summarise.settings import Settings

_HOMES = {
    "summarise.api": ["Summariser", "abrief", "aextract_files", "amerge", "brief", "merge_summaries", "prepare"],
    "summarise.backends": ["Backend", "GenerateRequest", "GenerateResult", "Usage", "make_backend"],
    "summarise.backends.scripted": ["ScriptedBackend"],
    "summarise.errors": [
        "BackendError",
        "BackendUnreachable",
        "ConfigError",
        "ContextOverflow",
        "InputError",
        "ModelNotFound",
        "SummariseError",
    ],
    "summarise.models": [
        "Article",
        "ArticleSummary",
        "Briefing",
        "BriefingEvent",
        "Event",
        "EventDate",
        "Evidence",
        "Figure",
        "FigureConflict",
    ],
    "summarise.outputs": ["to_json", "to_markdown"],
    "summarise.settings": ["Settings"],
}
_HOME_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "Article",
    "ArticleSummary",
    "Backend",
    "BackendError",
    "BackendUnreachable",
    "Briefing",
    "BriefingEvent",
    "ConfigError",
    "ContextOverflow",
    "Event",
    "EventDate",
    "Evidence",
    "Figure",
    "FigureConflict",
    "GenerateRequest",
    "GenerateResult",
    "InputError",
    "ModelNotFound",
    "ScriptedBackend",
    "Settings",
    "SummariseError",
    "Summariser",
    "Usage",
    "abrief",
    "aextract_files",
    "amerge",
    "brief",
    "make_backend",
    "merge_summaries",
    "prepare",
    "to_json",
    "to_markdown",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    module = _HOME_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'summarise' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
