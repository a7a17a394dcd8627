"""``summarise quality``: the quality report of a briefing, or of a folder of articles briefed for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from summarise.cli.io import err, load_briefing, run, write_atomic
from summarise.cli.options import BackendOptions, with_options


@with_options(BackendOptions)
def quality_cmd(
    paths: Annotated[list[Path], typer.Argument(help="A briefing in JSON, or articles and folders to brief.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    *,
    opts: BackendOptions,
) -> None:
    """Dates found, events verified and dropped by reason, merges, differing figures and actors."""

    def body() -> None:
        from summarise import api
        from summarise.outputs.quality import quality, quality_text

        if len(paths) == 1 and paths[0].suffix == ".json":
            briefing = load_briefing(paths[0])
            assert briefing is not None
        else:
            with api.Summariser(opts.settings()) as summariser:
                briefing = summariser.brief_articles(api.prepare(paths))
            err.print(f"briefed {len(briefing.articles)} articles for the report", highlight=False)
        text = json.dumps(quality(briefing), indent=2) + "\n" if as_json else quality_text(briefing)
        write_atomic(None, text)

    run(body)
