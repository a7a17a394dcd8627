"""Fetching pages and feeds into a snapshot folder: the input half of the daily job.

    outcomes = await fetch(["https://example.org/feed.xml"], Path("snapshots"), window=timedelta(hours=24))

urls.py      canonical URLs (duplicates are fetched once) and origins (the unit of robots.txt and limits)
client.py    polite, bounded GETs with httpx: robots.txt, per-host slots, deadline, size and redirect caps
kinds.py     what a response is (page, feed, JSON Feed, OPML) and which types are never downloaded
feeds.py     feed items (feedparser; JSON Feed with json) and OPML lists (lxml), the time window
store.py     the snapshot folder written (the layout: ``summarise.inputs.snapshots``, which reads it back)
job.py       one run: sources -> feeds -> pages, one ``Outcome`` per URL

This layer may import models, errors and inputs; nothing of the model side (extract, merge, backends).
``summarise brief SNAPSHOT_DIR`` then briefs the kept pages offline.
"""

from summarise.fetch.client import Limits, user_agent
from summarise.fetch.feeds import parse_window
from summarise.fetch.job import DAY, describe_window, fetch
from summarise.fetch.outcomes import Outcome, Refused, Status

__all__ = ["DAY", "Limits", "Outcome", "Refused", "Status", "describe_window", "fetch", "parse_window", "user_agent"]
