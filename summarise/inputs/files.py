"""Files and folders -> Article. The only module that reads article files."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from summarise.errors import InputError
from summarise.inputs.decode import decode
from summarise.inputs.html import from_html
from summarise.models import Article

SUFFIXES = {".txt", ".md", ".html", ".htm"}
MAX_BYTES = 5 * 2**20  # a news page, clutter and all, is far smaller; bigger files are refused, not read


def collect(paths: list[Path]) -> list[Path]:
    """Files named, and article files in folders named (recursively), in a stable order."""
    if not paths:
        raise InputError("no input: name article files or folders, e.g. `summarise brief seeds/`")
    found: list[Path] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"no such file or folder: {p} (check the path)")
        if p.is_dir():
            inside = sorted(f for f in p.rglob("*") if _article_in_folder(f, p))
            if not inside:
                raise InputError(f"no .txt, .md or .html articles in {p}: add some, or name the files directly")
            found.extend(inside)
        elif p.suffix.lower() in SUFFIXES:
            found.append(p)
        else:
            raise InputError(f"{p} is not an article file: use .txt, .md or .html")
    unique: dict[Path, None] = dict.fromkeys(f.resolve() for f in found)
    return list(unique)


# A folder's own papers, not news: read only when named ("summarise brief notes/README.md"). Their names in
# capitals, as such papers are written ("LICENSE", "NOTICE"); a story may be saved as "notice.txt" or
# "licence.html", but none as "readme" or "changelog".
_FOLDER_PAPERS = frozenset({"readme", "license", "licence", "changelog", "contributing", "copying", "notice"})
_NEVER_NEWS = frozenset({"readme", "changelog", "contributing"})


def _article_in_folder(f: Path, root: Path) -> bool:
    """An article file in a folder: of an article suffix, not hidden (nor in a hidden folder: ".git"), and
    not the folder's README, LICENSE or CHANGELOG."""
    parts = f.relative_to(root).parts
    stem = f.stem
    if any(x.startswith(".") for x in parts) or stem.lower() in _NEVER_NEWS:
        return False
    if stem.isupper() and stem.lower() in _FOLDER_PAPERS:
        return False
    return f.is_file() and f.suffix.lower() in SUFFIXES


def _article_ids(files: list[Path]) -> list[str]:
    ids: list[str] = []
    seen: dict[str, int] = {}
    for f in files:
        base = re.sub(r"[^\w.-]+", "-", f.stem)[:60] or "article"
        n = seen.get(base, 0)
        seen[base] = n + 1
        ids.append(base if n == 0 else f"{base}-{n + 1}")
    return ids


def read_article(path: Path, article_id: str) -> Article:
    is_html = path.suffix.lower() in (".html", ".htm")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            reason = (
                f"{path} is {size / 2**20:.0f} MB, more than the {MAX_BYTES // 2**20} MB an article can be: "
                f"it is not one news article; split it or leave it out"
            )
            return Article(article_id=article_id, path=str(path), raw="", text="", hints={"error": reason})
        data = path.read_bytes()
        file_time = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError as exc:
        reason = f"cannot read {path}: {exc.strerror or exc} (check the file's permissions)"
        return Article(article_id=article_id, path=str(path), raw="", text="", hints={"error": reason})
    return from_bytes(data, article_id, str(path), html=is_html, file_time=file_time)


def from_bytes(data: bytes, article_id: str, path: str, *, html: bool, file_time: datetime | None = None) -> Article:
    """An article from the bytes of a page or a text (decoded strictly; a failure is the article's reason)."""
    try:
        raw = decode(data, html=html)
    except InputError as exc:
        return Article(article_id=article_id, path=path, raw="", text="", hints={"error": f"{path}: {exc}"})
    text, hints = from_html(raw) if html else (raw, {})
    return Article(article_id=article_id, path=path, raw=raw, text=text, file_time=file_time, hints=hints)


def load(paths: list[Path]) -> list[Article]:
    files = collect(paths)
    return [read_article(f, aid) for f, aid in zip(files, _article_ids(files), strict=True)]
