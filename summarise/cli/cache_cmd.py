"""``summarise cache info`` and ``summarise cache clear``."""

from __future__ import annotations

import typer

from summarise.cli.io import run
from summarise.cli.options import CacheDirOpt, build_settings

cache_app = typer.Typer(no_args_is_help=True, help="See or clear the response cache.")


@cache_app.command("info")
def cache_info(cache_dir: CacheDirOpt = None) -> None:
    """Where the cache is, how many answers it holds and its size."""
    from summarise import cache

    run(lambda: typer.echo(cache.describe(build_settings(cache_dir=cache_dir).cache_dir)))


@cache_app.command("clear")
def cache_clear(cache_dir: CacheDirOpt = None) -> None:
    """Remove every cached answer (a damaged cache is removed and started afresh)."""
    from summarise import cache

    run(lambda: typer.echo(cache.clear_all(build_settings(cache_dir=cache_dir).cache_dir)))
