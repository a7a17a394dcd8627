"""The package's shape targets: no module over 300 lines; functions p90 at most 30 lines and none over 60.

python scripts/shape.py          prints the figures; exits 1 when a target is missed
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "summarise"
MAX_MODULE = 300
MAX_P90 = 30
MAX_FUNCTION = 60


def function_lengths(tree: ast.AST) -> list[tuple[str, int]]:
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def measure(package: Path = PACKAGE) -> tuple[list[str], dict[str, float]]:
    problems: list[str] = []
    lengths: list[int] = []
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = len(text.splitlines())
        name = path.relative_to(package.parent)
        if lines > MAX_MODULE:
            problems.append(f"{name}: {lines} lines (at most {MAX_MODULE})")
        for fn, n in function_lengths(ast.parse(text)):
            lengths.append(n)
            if n > MAX_FUNCTION:
                problems.append(f"{name}: {fn} is {n} lines (at most {MAX_FUNCTION})")
    lengths.sort()
    p90 = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    if p90 > MAX_P90:
        problems.append(f"function length p90 is {p90} lines (at most {MAX_P90})")
    median = lengths[len(lengths) // 2] if lengths else 0
    return problems, {"functions": len(lengths), "median": median, "p90": p90, "max": max(lengths, default=0)}


def main() -> int:
    problems, figures = measure()
    print(", ".join(f"{k} {v}" for k, v in figures.items()))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
