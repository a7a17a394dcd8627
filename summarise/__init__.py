"""summarise: a pile of news articles in, one traceable, structured daily briefing out.

from summarise import brief, Settings
briefing = brief([Path("seeds")], settings=Settings(model="ollama:qwen2.5:7b"))
"""

from summarise.api import (
    Summariser,
    abrief,
    aextract_files,
    amerge,
    brief,
    merge_summaries,
    prepare,
)
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
