"""Outlet context: outlets run or controlled by a state, from a data file shipped with the package
(``summarise/data/outlets.toml``) and the user's own additions (``state_run``, ``state_affiliated`` in the
configuration). An outlet is known by its name (case, "The" and punctuation aside) or its web domain."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files

from summarise.metadata import url_host

KINDS = ("state-run", "state-affiliated")


def _norm(name: str) -> str:
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    return " ".join(w for w in words if w != "the")


@lru_cache(maxsize=1)
def _shipped() -> dict[str, dict[str, list[str]]]:
    data = tomllib.loads(files("summarise").joinpath("data/outlets.toml").read_text(encoding="utf-8"))
    return {kind: {"names": data[kind]["names"], "domains": data[kind]["domains"]} for kind in KINDS}


class Outlets:
    """Which outlets are state-run or state-affiliated, by name or domain."""

    def __init__(self, state_run: Sequence[str] = (), state_affiliated: Sequence[str] = ()) -> None:
        self.names: dict[str, str] = {}
        self.domains: dict[str, str] = {}
        shipped = _shipped()
        for kind, extra in zip(KINDS, (state_run, state_affiliated), strict=True):
            for entry in [*shipped[kind]["names"], *shipped[kind]["domains"], *extra]:
                target = self.domains if "." in entry and " " not in entry else self.names
                target[entry.lower() if target is self.domains else _norm(entry)] = kind

    def kind_of(self, outlet: str, url: str | None = None) -> str | None:
        """``state-run``, ``state-affiliated`` or None."""
        host = url_host(url)
        for domain, kind in self.domains.items():
            if host == domain or host.endswith("." + domain):
                return kind
        return self.names.get(_norm(outlet))
