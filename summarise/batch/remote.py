"""The files and batches endpoints of an OpenAI-compatible server, through the backend's own client (its address,
key, timeout and retries): upload a requests file, create a batch, ask how it is doing, download its files."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from summarise.batch.lines import ENDPOINT
from summarise.errors import ConfigError, SummariseError

if TYPE_CHECKING:
    from openai.types import Batch

    from summarise.backends.openai_compat import OpenAICompatBackend

Say = Callable[[str], None]
TERMINAL = ("completed", "failed", "expired", "cancelled")


class NoSuchBatch(ConfigError):
    """The server knows no batch of that id."""


class Jobs:
    """One server's batch jobs. Every error is one line that names the fix, and never the key."""

    def __init__(self, backend: OpenAICompatBackend) -> None:
        self.backend = backend

    async def send(self, data: bytes) -> tuple[str, str]:
        """Upload a requests file and start a batch of it: (batch id, file id)."""
        import openai

        client = self.backend.client()
        try:
            uploaded = await client.files.create(file=("requests.jsonl", data, "application/jsonl"), purpose="batch")
            job = await client.batches.create(input_file_id=uploaded.id, endpoint=ENDPOINT, completion_window="24h")
        except openai.NotFoundError:
            raise ConfigError(
                f"{self.backend.display_url} has no Batch API (/v1/files, /v1/batches): run without --batch, or "
                f"write the requests with --batch-file for an offline runner"
            ) from None
        except openai.OpenAIError as exc:
            raise self.backend.translate(exc) from None
        return job.id, uploaded.id

    async def wait(self, batch_id: str, every: float, say: Say) -> Batch:
        """Ask how a batch is doing every ``every`` seconds until it has ended; say each change."""
        seen: tuple[object, ...] = ()
        while True:
            job = await self._retrieve(batch_id)
            counts = job.request_counts
            now = (job.status, counts.completed, counts.failed, counts.total) if counts else (job.status,)
            if now != seen:
                done = ""
                if counts and counts.total:
                    done = f": {counts.completed} of {counts.total} answered, {counts.failed} failed"
                say(f"batch {batch_id} {job.status}{done}")
                seen = now
            if job.status in TERMINAL:
                return job
            await asyncio.sleep(every)

    async def _retrieve(self, batch_id: str) -> Batch:
        import openai

        try:
            return await self.backend.client().batches.retrieve(batch_id)
        except openai.NotFoundError:
            raise NoSuchBatch(
                f"{self.backend.display_url} has no batch {batch_id!r}: check the id that was printed when it was "
                f"sent, or run again without --resume to send a new batch"
            ) from None
        except openai.OpenAIError as exc:
            raise _going_on(self.backend.translate(exc), batch_id) from None

    async def text(self, file_id: str | None) -> str:
        """A file's content as text ('' when there is no such file)."""
        import openai

        if not file_id:
            return ""
        try:
            content = await self.backend.client().files.content(file_id)
        except openai.OpenAIError as exc:
            raise self.backend.translate(exc) from None
        return content.content.decode("utf-8", errors="replace")

    def failure(self, job: Batch) -> str:
        """Why a batch ended without answers, as the server says it (first error only)."""
        errors = (job.errors.data or []) if job.errors else []
        said = errors[0].message if errors and errors[0].message else ""
        return f" ({self.backend.scrub(said)[:200]})" if said else ""


def _going_on(error: SummariseError, batch_id: str) -> SummariseError:
    """An error while waiting: the batch goes on at the server, and the same command picks it up again."""
    return type(error)(f"{error}; batch {batch_id} goes on: run the same command again, or pass --resume {batch_id}")
