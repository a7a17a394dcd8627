"""What fetching one URL came to: an ``Outcome`` with its reason; ``Refused`` carries one out of the client."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["fetched", "not-modified", "skipped", "failed"]


@dataclass(frozen=True)
class Outcome:
    """One URL's result. ``kind`` is what it turned out to be; ``note`` says what the caller should know
    about a page that was kept anyway (a feed item with no date, or one whose date could not be read)."""

    url: str
    status: Status
    reason: str = ""
    kind: Literal["page", "feed", "opml", "unknown"] = "unknown"
    final_url: str | None = None
    snapshot: str | None = None
    source: str | None = None
    note: str | None = None

    @property
    def ok(self) -> bool:
        """Fetched, unchanged, or left out on purpose: nothing for cron to notice."""
        return self.status != "failed"


class Refused(Exception):
    """A fetch that brought back no page: ``status`` is ``skipped`` (by policy) or ``failed``."""

    def __init__(self, status: Literal["skipped", "failed"], reason: str) -> None:
        super().__init__(reason)
        self.status: Literal["skipped", "failed"] = status
        self.reason = reason
