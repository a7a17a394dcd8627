"""Options shared by several commands, each defined once, and the Settings they build."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, get_type_hints

import typer

from summarise.backends import parse_spec
from summarise.errors import ConfigError, InputError

if TYPE_CHECKING:
    from summarise.settings import Settings

F = TypeVar("F", bound=Callable[..., None])


class Format(StrEnum):
    md = "md"
    json = "json"
    html = "html"


FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="md, json or html.")]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles whose page gives none.")
]
SinceOpt = Annotated[
    Path | None, typer.Option(help="Yesterday's briefing (JSON): mark events new, updated or unchanged.")
]
CacheDirOpt = Annotated[Path | None, typer.Option(help="Cache folder (default ~/.cache/summarise).")]
VerboseOpt = Annotated[
    bool,
    typer.Option("--verbose", "-v", help="More on stderr: every removed clutter line, and why reports were merged."),
]
ExplainOpt = Annotated[bool, typer.Option("--explain", help="Say on stderr why reports were merged into one event.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Nothing on stderr but failures and errors.")]


@dataclass
class BackendOptions:
    """How to reach the model and the cache: the options of every command that asks a model."""

    model: Annotated[
        str | None,
        typer.Option(
            "--model", "-m", help="local | local:PATH.gguf | ollama:MODEL | openai:MODEL  (env SUMMARISE_MODEL)"
        ),
    ] = None
    base_url: Annotated[str | None, typer.Option(help="Server address (else OLLAMA_HOST / OPENAI_BASE_URL).")] = None
    api_key: Annotated[str | None, typer.Option(help="API key (else OPENAI_API_KEY).", show_default=False)] = None
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ask the model even when an answer is cached.")] = False
    cache_dir: CacheDirOpt = None
    context_window: Annotated[
        int | None, typer.Option(help="The model's context window in tokens, if the server cannot say.")
    ] = None
    concurrency: Annotated[int | None, typer.Option(help="Model calls at once (default: by backend).")] = None
    timeout: Annotated[
        float | None, typer.Option(help="Seconds one model answer may take, retries included (default 300).")
    ] = None
    retries: Annotated[
        int | None,
        typer.Option(help="Retries of a call that failed on the way (429, 5xx, a dropped connection; default 2)."),
    ] = None
    max_tokens: Annotated[
        int | None, typer.Option(help="Longest answer a model may give, in tokens (default 700).")
    ] = None
    extract_mode: Annotated[
        str | None,
        typer.Option(
            "--extract-mode",
            help="free: the model quotes its evidence; extractive: it chooses among sentences code proposes "
            "(auto: extractive for the embedded model).",
        ),
    ] = None
    pull: Annotated[bool, typer.Option("--pull", help="For Ollama: pull the model first if it is missing.")] = False

    def settings(self, **more: Any) -> Settings:
        """Settings from these options and ``more`` flags of the command (None: not given)."""
        given = {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "pull"}
        return build_settings(**given, **more)


@dataclass
class BriefingOptions:
    """What a command that writes a briefing is asked: format, where, which day, since when, and why merged."""

    fmt: Annotated[Format, typer.Option("--format", "-f", help="md, json or html.")] = Format.md
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")] = None
    when: Annotated[
        str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles whose page gives none.")
    ] = None
    since: Annotated[
        Path | None, typer.Option(help="Yesterday's briefing (JSON): mark events new, updated or unchanged.")
    ] = None
    explain: Annotated[
        bool, typer.Option("--explain", help="Say on stderr why reports were merged into one event.")
    ] = False


@dataclass
class BatchOptions:
    """The batch path of `brief`: the map step as one OpenAI Batch API job, or its files handled by hand."""

    batch: Annotated[
        bool,
        typer.Option(
            "--batch",
            help="Send the articles' model requests as one OpenAI Batch API job (openai:MODEL), wait for it, "
            "keep its answers in the cache, then brief (the merge asks the model online).",
        ),
    ] = False
    resume: Annotated[
        str | None,
        typer.Option(metavar="BATCH_ID", help="Wait for a batch sent earlier (its id was printed) instead of sending."),
    ] = None
    batch_file: Annotated[
        Path | None,
        typer.Option(help="Only write the requests as Batch API JSONL (vLLM's run_batch reads it); no briefing."),
    ] = None
    batch_results: Annotated[
        Path | None, typer.Option(help="Keep the answers of a Batch API results JSONL in the cache, then brief.")
    ] = None
    batch_poll: Annotated[float | None, typer.Option(help="Seconds between questions about a batch (default 30).")] = (
        None
    )


def flag_values(*, api_key: str | None = None, no_cache: bool = False, **given: Any) -> dict[str, Any]:
    """The settings the flags give (None: not given)."""
    from pydantic import SecretStr

    values = {k: v for k, v in given.items() if v is not None}
    if api_key:
        values["api_key"] = SecretStr(api_key)
    if no_cache:
        values["use_cache"] = False
    return values


def build_settings(**given: Any) -> Settings:
    """Settings from the flags given, then ``SUMMARISE_*`` variables, then the configuration files (project,
    then user), then defaults."""
    from pydantic import ValidationError

    from summarise import config
    from summarise.settings import Settings

    flags = flag_values(**given)
    files = config.load()
    try:
        settings = Settings(**config.layered(flags, files))
    except ValidationError as exc:
        first = exc.errors()[0]
        key = ".".join(map(str, first["loc"]))
        where = config.origin_of(key, flags, files)
        raise ConfigError(f"bad setting {key} (from {where}): {first['msg']}") from None
    parse_spec(settings.model)
    return settings


def with_options(group: type[Any], name: str = "opts") -> Callable[[F], F]:
    """Give a command every option of ``group`` (a dataclass of typer options), passed in as one object."""
    hints = get_type_hints(group, include_extras=True)
    extra = [
        inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, annotation=hints[f.name], default=f.default)
        for f in dataclasses.fields(group)
    ]

    def decorate(fn: F) -> F:
        own_hints = get_type_hints(fn, include_extras=True)
        own = [
            p.replace(annotation=own_hints[p.name]) for p in inspect.signature(fn).parameters.values() if p.name != name
        ]

        @functools.wraps(fn)
        def wrapper(**kwargs: Any) -> None:
            grouped = group(**{p.name: kwargs.pop(p.name) for p in extra})
            fn(**kwargs, **{name: grouped})

        params = [*own, *extra]
        wrapper.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in params}
        return wrapper  # type: ignore[return-value]

    return decorate


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--date {value!r} is not a date: write it as YYYY-MM-DD") from None
