"""The batch path of `summarise brief`: before the briefing, the articles' extract requests go out as one Batch
API job (``--batch``, ``--resume``), or are written for a runner elsewhere (``--batch-file``), or their answers are
read back (``--batch-results``); the answers land in the cache, and the briefing that follows finds them there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarise.cli.io import check_out, err
from summarise.cli.options import BackendOptions, BatchOptions
from summarise.errors import InputError

if TYPE_CHECKING:
    from summarise.api import Summariser
    from summarise.batch import BatchReport, Say
    from summarise.models import Article
    from summarise.settings import Settings


def settings(batched: BatchOptions, opts: BackendOptions) -> Settings:
    """The settings of a `brief` (with --batch-poll), after refusing batch options that cannot be served together
    or by this backend: before any article is read or any server asked."""
    built = opts.settings(batch_poll=batched.batch_poll)
    if not (batched.batch or batched.resume or batched.batch_file or batched.batch_results):
        return built
    if batched.batch_file is not None and (batched.batch or batched.resume or batched.batch_results):
        raise InputError("--batch-file only writes the requests: drop --batch, --resume and --batch-results")
    if batched.batch_results is not None and not batched.batch_results.is_file():
        raise InputError(f"--batch-results {batched.batch_results} is not a file: name the results JSONL")
    from summarise.batch import check

    check(built)
    check_out(batched.batch_file)
    return built


def before_briefing(summariser: Summariser, articles: list[Article], batched: BatchOptions, say: Say | None) -> bool:
    """Do what the batch options ask; False when that is all there is to do (the requests were only written)."""
    if batched.batch_file is not None:
        report = summariser.batch(articles, requests_to=batched.batch_file)
        err.print(
            f"wrote {report.requests} requests to {batched.batch_file}; once a runner has answered them, run this "
            f"command again with --batch-results RESULTS.jsonl instead of --batch-file",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
        return False
    sending = bool(batched.batch or batched.resume)  # --resume alone means --batch
    if batched.batch_results is not None:
        report = summariser.batch(articles, results_from=batched.batch_results, say=say)
        _said(report, say, "sent in the batch" if sending else "asked online")
    if sending:
        _said(summariser.batch(articles, resume=batched.resume, say=say), say, "asked online")
    return True


def _said(report: BatchReport, say: Say | None, instead: str) -> None:
    """Each article whose answer was not kept (said even with --quiet: it costs another call), then the count."""
    for article_id, reason in report.failed.items():
        err.print(
            f"batch: article {article_id} is {instead} instead: {reason}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if say is not None and report.requests:
        ignored = f", {report.ignored} lines for other requests ignored" if report.ignored else ""
        say(f"{report.cached} of {report.requests} batch answers kept in the cache{ignored}")
