"""The batch path for big days: the map step's requests sent as one OpenAI Batch API job, and its answers kept in
the cache, so that the run that follows finds every extract answer there and asks the model online only to merge.

    the extract requests the cache cannot answer (planned as the map step plans them, keyed by their cache keys)
    -> a JSONL file, one request a line (lines.py) -> POST /v1/files -> POST /v1/batches (remote.py)
    -> its id in a state file (state.py) -> GET /v1/batches/{id} until it ends
    -> GET /v1/files/{output, error}/content -> each answer checked as online answers are -> the cache

Nothing is paid twice: only requests the cache cannot answer are sent; the same command run again while a batch
is out waits for that batch (its state file), as does ``resume`` (a batch id); a batch's answers are kept the
moment it ends, also when it expired with some answered. An answer that failed (an error line, an answer that
fails its checks or was cut) is never kept: the map step then asks for that article online, as it always does.

The same files serve a runner outside: ``requests_to`` only writes the JSONL (vLLM's
``python -m vllm.entrypoints.openai.run_batch`` reads it), and ``results_from`` keeps the answers of a results
file. Only OpenAI-compatible backends (``openai:MODEL``) take batches.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from summarise import atomic
from summarise.backends import parse_spec
from summarise.backends.base import Backend, GenerateRequest
from summarise.backends.openai_compat import OpenAICompatBackend
from summarise.batch import lines, state
from summarise.batch.remote import Jobs, NoSuchBatch
from summarise.cache import CachedBackend, request_key
from summarise.errors import BackendResponseError, ConfigError, InputError, SummariseError
from summarise.extract import requests_for, unreadable
from summarise.models import Article
from summarise.settings import Settings

Say = Callable[[str], None]


@dataclass
class BatchReport:
    """What the batch path did: the batch (if one was sent or waited for), its requests, the answers kept in the
    cache, and for each article whose answer was not kept, why (the map step asks for it online)."""

    batch_id: str | None = None
    status: str | None = None
    requests: int = 0
    cached: int = 0
    failed: dict[str, str] = field(default_factory=dict)
    ignored: int = 0  # results lines for requests these articles do not make (or that are not results)


@dataclass(frozen=True)
class Pending:
    article_id: str
    request: GenerateRequest


def check(settings: Settings) -> None:
    """Refuse, before any work, a run the batch path cannot serve."""
    kind, _ = parse_spec(settings.model)
    if kind != "openai":
        raise ConfigError(
            f"the batch path needs an OpenAI-compatible server (--model openai:MODEL); {kind} takes no batches: "
            f"drop --batch, --resume, --batch-file and --batch-results"
        )
    if not settings.use_cache:
        raise ConfigError("the batch path keeps its answers in the cache: drop --no-cache")


def _opened(backend: Backend) -> tuple[CachedBackend, OpenAICompatBackend]:
    inner = backend.inner if isinstance(backend, CachedBackend) else backend
    if inner.name != "openai" or not isinstance(inner, OpenAICompatBackend):
        raise ConfigError(f"the batch path needs an OpenAI-compatible server; {inner.name} takes no batches")
    if not isinstance(backend, CachedBackend):
        raise ConfigError("the batch path keeps its answers in the cache, and this run has none: drop --no-cache")
    return backend, inner


async def pending(articles: list[Article], backend: CachedBackend, settings: Settings) -> dict[str, Pending]:
    """The extract requests of ``articles`` the cache cannot answer, by cache key, planned as the map step plans
    them: with the window the cache remembers, and, when something is missing, with the one the server gives."""
    window = await backend.context_window()
    while True:
        planned = await _planned(articles, backend, settings, window)
        missing = {key: item for key, item in planned.items() if backend.cache.get(key) is None}
        if not missing or backend.window_confirmed:
            return missing
        confirmed = await backend.confirm_window()
        if confirmed == window:
            return missing
        window = confirmed


async def _planned(
    articles: list[Article], backend: CachedBackend, settings: Settings, window: int
) -> dict[str, Pending]:
    """Every extract request of the articles a model can read, by cache key (an article that cannot be planned is
    left to the map step, which says why)."""
    planned: dict[str, Pending] = {}
    for article in articles:
        if unreadable(article) is not None:
            continue
        try:
            requests = await requests_for(article, backend, settings, window)
        except SummariseError:
            continue
        for request in requests:
            planned.setdefault(request_key(backend.identity, request), Pending(article.article_id, request))
    return planned


NO_ANSWER = "no answer in the results"


def keep(backend: CachedBackend, inner: OpenAICompatBackend, wanted: dict[str, Pending], text: str) -> BatchReport:
    """Keep in the cache each answer of results files (``text``) that passes its checks; say why the others fail."""
    found, unreadable_lines = lines.results(text)
    report = BatchReport(requests=len(wanted), ignored=unreadable_lines + len(set(found) - set(wanted)))
    for key, item in wanted.items():
        line = found.get(key)
        got = lines.answer(inner, item.request, line) if line is not None else NO_ANSWER
        if isinstance(got, str):
            report.failed.setdefault(item.article_id, got)
        else:
            backend.cache.put(key, got)
            report.cached += 1
    return report


def _answers_none(report: BatchReport) -> bool:
    """Whether results answered none of the requests (they were for other articles, another model or options)."""
    return report.requests > 0 and report.cached == 0 and set(report.failed.values()) == {NO_ANSWER}


async def send(
    articles: list[Article], backend: Backend, settings: Settings, *, resume: str | None = None, say: Say | None = None
) -> BatchReport:
    """Send the extract requests of ``articles`` the cache cannot answer as one batch, or wait for the batch
    ``resume`` names (or the one the same request set was sent in before), and keep its answers in the cache."""
    say = say or _silent
    cached, inner = _opened(backend)
    wanted = await pending(articles, cached, settings)
    if not wanted:
        say("every extract answer is in the cache: no batch is needed")
        return BatchReport()
    record = state.path_for(cached.cache.directory, wanted)
    batch_id = resume or state.batch_id(record)
    jobs = Jobs(inner)
    if batch_id is None:
        batch_id = await _submit(jobs, inner, wanted, record, say)
    else:
        say(f"waiting for batch {batch_id}, sent earlier ({len(wanted)} requests): nothing is sent again")
    report = await _collect(jobs, batch_id, cached, wanted, settings.batch_poll, say)
    if resume and _answers_none(report):
        raise ConfigError(
            f"batch {batch_id} answers none of these articles' requests: resume the batch that was sent for the same "
            f"articles, --model and options, or run without --resume"
        )
    return report


async def _collect(
    jobs: Jobs, batch_id: str, cached: CachedBackend, wanted: dict[str, Pending], every: float, say: Say
) -> BatchReport:
    """Wait for a batch to end and keep its answers (also those of an expired batch: they were paid for)."""
    try:
        job = await jobs.wait(batch_id, every, say)
    except NoSuchBatch:
        state.forget(cached.cache.directory, batch_id)  # the same command sends a new batch next time
        raise
    text = await jobs.text(job.output_file_id) + "\n" + await jobs.text(job.error_file_id)
    report = keep(cached, jobs.backend, wanted, text)
    report.batch_id, report.status = batch_id, job.status
    state.forget(cached.cache.directory, batch_id)
    if job.status != "completed":
        raise BackendResponseError(
            f"batch {batch_id} ended {job.status}{jobs.failure(job)}: {report.cached} of {len(wanted)} answers were "
            f"kept in the cache; run again to send the rest in a new batch"
        )
    return report


async def _submit(jobs: Jobs, inner: OpenAICompatBackend, wanted: dict[str, Pending], record: Path, say: Say) -> str:
    data = lines.requests_file(inner, {k: p.request for k, p in wanted.items()})
    batch_id, file_id = await jobs.send(data)
    try:
        state.save(
            record,
            batch_id=batch_id,
            file_id=file_id,
            url=inner.display_url,
            model=inner.model,
            count=len(wanted),
        )
    except OSError as exc:
        say(f"could not keep the batch id in {record.parent} ({exc.strerror or exc})")
    say(
        f"sent batch {batch_id} with {len(wanted)} requests; if this run stops, run the same command again "
        f"or pass --resume {batch_id}"
    )
    return batch_id


async def write_requests(articles: list[Article], backend: Backend, settings: Settings, path: Path) -> int:
    """Only write the extract requests the cache cannot answer as a Batch API JSONL file; their count."""
    cached, inner = _opened(backend)
    wanted = await pending(articles, cached, settings)
    atomic.write_bytes(path, lines.requests_file(inner, {k: p.request for k, p in wanted.items()}))
    return len(wanted)


async def read_results(articles: list[Article], backend: Backend, settings: Settings, path: Path) -> BatchReport:
    """Keep in the cache the answers a Batch API results file (OpenAI's, vLLM's ``run_batch``) gives for the
    extract requests of ``articles`` the cache cannot answer."""
    cached, inner = _opened(backend)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read --batch-results {path} ({exc.strerror or exc}): name a results file") from None
    report = keep(cached, inner, await pending(articles, cached, settings), text)
    if _answers_none(report):
        raise ConfigError(
            f"{path} answers none of these articles' requests: read it with the same articles, --model and options "
            f"the requests were written with"
        )
    return report


async def run(
    articles: list[Article],
    backend: Backend,
    settings: Settings,
    *,
    resume: str | None = None,
    requests_to: Path | None = None,
    results_from: Path | None = None,
    say: Say | None = None,
) -> BatchReport:
    """One of the three: write the requests to ``requests_to``; keep the answers of ``results_from``; or send them
    as a batch (or wait for ``resume``)."""
    if requests_to is not None:
        return BatchReport(requests=await write_requests(articles, backend, settings, requests_to))
    if results_from is not None:
        return await read_results(articles, backend, settings, results_from)
    return await send(articles, backend, settings, resume=resume, say=say)


def _silent(text: str) -> None:
    return None


__all__ = ["BatchReport", "check", "pending", "read_results", "run", "send", "write_requests"]
