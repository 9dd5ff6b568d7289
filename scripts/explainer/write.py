"""Write: put the rendered pages under docs/, touching only files whose text changed.

Unchanged files keep their timestamps, so `mkdocs serve` does not rebuild forever;
files that are no longer generated are removed; hand-kept assets are never touched.
"""

from __future__ import annotations

import filecmp
from collections.abc import Iterable
from pathlib import Path

KEEP = ("assets",)  # folders under docs/ that are kept in git, not generated


def generated_files(docs: Path) -> set[Path]:
    """Everything under docs/ but the kept folders belongs to the generator."""
    return {p for p in docs.rglob("*") if p.is_file() and p.relative_to(docs).parts[0] not in KEEP}


def write_pages(pages: Iterable[tuple[str, str | bytes | Iterable[bytes]]], docs: Path) -> list[Path]:
    """Write what changed as it comes, then delete what is stale; the paths written or deleted.

    A page is text, bytes, or bytes in chunks when it is too large to hold whole (the dataset)."""
    changed: list[Path] = []
    wanted: set[Path] = set()
    for name, content in pages:
        path = docs / name
        wanted.add(path)
        if isinstance(content, str):
            content = content.encode("utf-8")  # bytes, so line endings (CRLF in .ics) survive as written
        if isinstance(content, bytes):  # small enough to compare in memory
            if path.exists() and path.read_bytes() == content:
                continue
            _write(path, [content], compare=False)
        elif not _write(path, content, compare=True):
            continue
        changed.append(path)
    for stale in sorted(generated_files(docs) - wanted):
        stale.unlink()
        changed.append(stale)
    return changed


def _write(path: Path, chunks: Iterable[bytes], compare: bool) -> bool:
    """Chunks are written beside the page and swapped in, unless `compare` finds them equal
    to it: a reader or a rebuild never sees half a page, and an unchanged page keeps its
    timestamp. Whether the page was replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = path.with_name(f"{path.name}.new")
    with new.open("wb") as out:
        out.writelines(chunks)
    if compare and path.exists() and filecmp.cmp(new, path, shallow=False):
        new.unlink()
        return False
    new.replace(path)
    return True
