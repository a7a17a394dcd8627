"""The labelled merge set (tests/fixtures/merge_set): hand-written articles of seven stories, each event
labelled with the real-world event it reports. Scored pairwise: two items with one label must be one
entry, two with different labels must not.

Each article goes through the real extraction checks (``build_summary`` on a perfect answer), so the
events, dates and evidence are what production would build from a model that answered well.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

from summarise.backends.base import GenerateRequest, GenerateResult, Usage
from summarise.extract import build_summary
from summarise.merge.cluster import group
from summarise.merge.items import Item, items_from
from summarise.models import Article, ArticleMeta, ArticleSummary
from summarise.settings import Settings

SET = Path(__file__).resolve().parent / "fixtures" / "merge_set"
HOLDOUT = Path(__file__).resolve().parent / "fixtures" / "merge_holdout"
HOLDOUT2 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout2"
HOLDOUT3 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout3"
HOLDOUT4 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout4"
HOLDOUT5 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout5"
HOLDOUT6 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout6"
HOLDOUT7 = Path(__file__).resolve().parent / "fixtures" / "merge_holdout7"
# Summaries the pipeline made of pages of the page corpus with the embedded model (not hand-written events).
PIPELINE = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline"
# The same for eighteen pages written apart from the tool and the page corpus (their own folder).
PIPELINE2 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline2"
PIPELINE3 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline3"
PIPELINE4 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline4"
PIPELINE5 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline5"
PIPELINE6 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline6"
PIPELINE7 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline7"
PIPELINE8 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline8"
PIPELINE9 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline9"
PIPELINE10 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline10"
PIPELINE11 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline11"
PIPELINE12 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline12"
PIPELINE13 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline13"
PIPELINE14 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline14"
PIPELINE15 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline15"
PIPELINE16 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline16"
PIPELINE17 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline17"
PIPELINE18 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline18"
PIPELINE19 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline19"
PIPELINE20 = Path(__file__).resolve().parent / "fixtures" / "merge_pipeline20"
Ask = Callable[[GenerateRequest], Awaitable[GenerateResult]]


def _article(a: dict) -> Article:
    published = date.fromisoformat(a["published"]) if a["published"] else None
    meta = ArticleMeta(
        title=a["text"].split(".")[0][:80],
        outlet=a["outlet"],
        outlet_source="text",
        language=a["language"],
        published=published,
        published_source="page" if published else "none",
    )
    return Article(
        article_id=a["article_id"],
        path=f"{a['article_id']}.txt",
        raw=a["text"],
        text=a["text"],
        cleaned=a["text"],
        meta=meta,
    )


def load(directory: Path = SET) -> tuple[list[ArticleSummary], dict[str, str]]:
    """Every article's summary, and each kept event's gold label (by event id)."""
    if (directory / "labels.json").exists():  # summaries as the pipeline wrote them, labelled by event id
        made = [
            ArticleSummary.model_validate_json(p.read_text("utf-8"))
            for p in sorted((directory / "summaries").glob("*.summary.json"))
        ]
        labels = json.loads((directory / "labels.json").read_text("utf-8"))
        ids = {e.id for s in made for e in s.events}
        if not made or ids != set(labels):  # a set without its summaries would score 1.0 on nothing
            raise ValueError(f"{directory.name}: summaries and labels differ ({len(ids)} events, {len(labels)} labels)")
        return made, labels
    summaries, labels = [], {}
    for path in sorted(directory.glob("*.json")):
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            drafts = [{k: e[k] for k in ("what", "who", "where", "when", "evidence")} for e in a["events"]]
            result = GenerateResult(data={"summary": a["text"].split("\n")[0][:300], "events": drafts}, valid=True)
            s = build_summary(_article(a), result, max_events=len(drafts))
            by_evidence = {e["evidence"]: e["label"] for e in a["events"]}
            for event in s.events:
                labels[event.id] = by_evidence.get(event.evidence[0].text, "?")
            summaries.append(s)
    return summaries, labels


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    items: int
    entries: int
    model_calls: int
    wrong_merges: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)


def pairwise(clusters: list[list[Item]], labels: dict[str, str]) -> Score:
    entry = {it.event.id: n for n, c in enumerate(clusters) for it in c}
    ids = sorted(entry)
    tp = fp = fn = 0
    wrong, missed = [], []
    for a, b in combinations(ids, 2):
        same_gold, same_got = labels[a] == labels[b], entry[a] == entry[b]
        tp += same_gold and same_got
        if same_got and not same_gold:
            fp += 1
            wrong.append((a, b))
        if same_gold and not same_got:
            fn += 1
            missed.append((a, b))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(round(p, 3), round(r, 3), round(f1, 3), len(ids), len(clusters), 0, wrong, missed)


def score(ask: Ask | None = None, directory: Path = SET, settings: Settings | None = None) -> Score:
    summaries, labels = load(directory)
    usage = Usage()
    grouping = asyncio.run(group(items_from(summaries), ask=ask, settings=settings or Settings(), usage=usage))
    result = pairwise(grouping.clusters, labels)
    result.model_calls = usage.calls
    return result


if __name__ == "__main__":
    for name, folder in (
        ("merge_set", SET),
        ("merge_holdout", HOLDOUT),
        ("merge_holdout2", HOLDOUT2),
        ("merge_holdout3", HOLDOUT3),
        ("merge_holdout4", HOLDOUT4),
        ("merge_holdout5", HOLDOUT5),
        ("merge_holdout6", HOLDOUT6),
        ("merge_holdout7", HOLDOUT7),
        ("merge_pipeline", PIPELINE),
        ("merge_pipeline2", PIPELINE2),
        ("merge_pipeline3", PIPELINE3),
        ("merge_pipeline4", PIPELINE4),
        ("merge_pipeline5", PIPELINE5),
        ("merge_pipeline6", PIPELINE6),
        ("merge_pipeline7", PIPELINE7),
        ("merge_pipeline8", PIPELINE8),
        ("merge_pipeline9", PIPELINE9),
        ("merge_pipeline10", PIPELINE10),
        ("merge_pipeline11", PIPELINE11),
        ("merge_pipeline12", PIPELINE12),
        ("merge_pipeline13", PIPELINE13),
        ("merge_pipeline14", PIPELINE14),
        ("merge_pipeline15", PIPELINE15),
        ("merge_pipeline16", PIPELINE16),
        ("merge_pipeline17", PIPELINE17),
        ("merge_pipeline18", PIPELINE18),
        ("merge_pipeline19", PIPELINE19),
        ("merge_pipeline20", PIPELINE20),
    ):
        got = score(directory=folder)
        print(
            f"{name}: precision {got.precision}  recall {got.recall}  F1 {got.f1}  items {got.items}  "
            f"entries {got.entries}  model calls {got.model_calls}"
        )


def labelled_judge(directory: Path = SET) -> Ask:
    """A judge that knows the labels: answers as a perfect model would (a test double)."""
    summaries, by_id = load(directory)
    label = {e.evidence[0].text: by_id[e.id] for s in summaries for e in s.events}

    async def ask(request: GenerateRequest) -> GenerateResult:
        text = request.messages[0]["content"]
        a = text.split("Report A", 1)[1].split("\n")[0].split("): ", 1)[1]
        b = text.split("Report B", 1)[1].split("\n")[0].split("): ", 1)[1]
        same = a == b or label.get(a, "a") == label.get(b, "b")
        return GenerateResult(data={"same_event": same}, valid=True, calls=1)

    return ask


def erring_judge(directory: Path, every: int = 10) -> Ask:
    """The labels' judge, wrong on about one question in ``every`` (chosen by a hash of the question, so the
    same on every run): a test double for a good but fallible model."""
    import hashlib

    right = labelled_judge(directory)

    async def ask(request: GenerateRequest) -> GenerateResult:
        result = await right(request)
        text = request.messages[0]["content"]
        if result.data and int(hashlib.sha256(text.encode()).hexdigest(), 16) % every == 0:
            result.data = {"same_event": not result.data["same_event"]}
        return result

    return ask


def constant_judge(answer: bool) -> Ask:
    """A judge that gives one answer to every pair (as the embedded model does): a test double."""

    async def ask(request: GenerateRequest) -> GenerateResult:
        return GenerateResult(data={"same_event": answer}, valid=True, calls=1)

    return ask
