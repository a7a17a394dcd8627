"""One settings object, read at the edge (the CLI builds it) and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "summarise"


class Settings(BaseSettings):
    """Settings from flags, then ``SUMMARISE_*`` variables, then defaults.

    ``OLLAMA_HOST``, ``OPENAI_BASE_URL`` and ``OPENAI_API_KEY`` are honoured by the backends that
    use them, as users of those servers expect.
    """

    model_config = SettingsConfigDict(env_prefix="SUMMARISE_", extra="ignore")

    model: str = "local"
    base_url: str | None = None
    api_key: SecretStr | None = None
    cache_dir: Path = Field(default_factory=default_cache_dir)
    use_cache: bool = True
    concurrency: int | None = Field(
        default=None, ge=1, le=64, description="Model calls at once; default by backend (backends.concurrency_for)."
    )
    temperature: float = 0.0
    seed: int = 7
    max_tokens: int = Field(default=700, ge=32)
    context_window: int | None = Field(default=None, ge=512)
    timeout: float = Field(default=300.0, gt=0)
    retries: int = Field(default=2, ge=0, le=10, description="Retries of a failed HTTP call (429, 5xx, dropped).")
    reask: int = Field(default=1, ge=0, le=3)
    batch_poll: float = Field(default=30.0, gt=0, description="Seconds between questions about a batch (--batch).")
    extract_mode: Literal["auto", "free", "extractive"] = Field(
        default="auto", description="extractive: the model chooses evidence among sentences code proposes."
    )
    judge_calls: int = Field(
        default=200, ge=0, description="At most this many same-event questions to a judge model in a run (0: none)."
    )
    recent_days: int = Field(
        default=3, ge=0, description="Events and articles older than this many days before the briefing are background."
    )
    state_run: list[str] = Field(default_factory=list, description="More state-run outlets (names or domains).")
    state_affiliated: list[str] = Field(default_factory=list, description="More state-affiliated outlets.")
    model_path: Path | None = None
    threads: int | None = None
