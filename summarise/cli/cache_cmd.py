"""``summarise cache info`` and ``summarise cache clear``."""

from __future__ import annotations

from pathlib import Path

import typer

from summarise.cli.io import run
from summarise.cli.options import CacheDirOpt, build_settings

cache_app = typer.Typer(no_args_is_help=True, help="See or clear the response cache.")


@cache_app.command("info")
def cache_info(cache_dir: CacheDirOpt = None) -> None:
    """Where the cache is, how many answers it holds and its size."""
    run(lambda: typer.echo(describe(build_settings(cache_dir=cache_dir).cache_dir)))


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Remove every cached answer (a damaged cache is removed and started afresh)."""
    run(lambda: typer.echo(clear_all(build_settings(cache_dir=cache_dir).cache_dir)))


def describe(directory: Path) -> str:
    """One line on a cache folder: its answers and size, or that it is damaged and how to mend it."""
    from summarise.cache import CacheUnavailable, ResponseCache  # loaded when the command runs

    try:
        cache = ResponseCache(directory)
    except CacheUnavailable as exc:
        return f"{directory}: damaged: {exc}"
    entries, size = cache.stats()
    cache.close()
    return f"{directory}: {entries} answers, {size / 1024:.1f} KiB"


def clear_all(directory: Path) -> str:
    """Empty a cache folder (a damaged one is removed and started afresh); says what was removed."""
    from summarise.cache import CacheUnavailable, ResponseCache  # loaded when the command runs

    try:
        cache = ResponseCache(directory)
    except CacheUnavailable:
        return f"removed a damaged cache ({ResponseCache.wipe(directory)} files) from {directory}"
    removed = cache.clear()
    cache.close()
    return f"removed {removed} answers from {directory}"
