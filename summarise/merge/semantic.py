"""Optional semantic likeness of events, from a sentence-embedding model the caller runs (none by default;
``benchmarks/embedding_merge.py`` measures it)."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Semantic:
    """Optional: how alike events read to a sentence-embedding model the caller ran (none by default).

    ``cosine[i][j]`` is the cosine of items i and j (NaN: no say on that pair); it counts from ``floor`` (0)
    to ``top`` (1). ``weight`` is its share of a pair's score beside names (NAME_WEIGHT) and words; ``bonus``
    the points added at 1; ``pairs`` are more candidate pairs (i < j) than blocking finds."""

    cosine: Sequence[Sequence[float]]
    floor: float
    top: float
    weight: float = 0.0
    bonus: float = 0.0
    pairs: Collection[tuple[int, int]] = ()

    def likeness(self, i: int, j: int) -> float | None:
        cosine = float(self.cosine[i][j])
        if math.isnan(cosine):
            return None
        return min(1.0, max(0.0, (cosine - self.floor) / (self.top - self.floor)))
