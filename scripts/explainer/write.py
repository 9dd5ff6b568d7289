"""Write: put the rendered pages under docs/, touching only files whose text changed.

Unchanged files keep their timestamps, so `mkdocs serve` does not rebuild forever;
files that are no longer generated are removed; hand-kept assets are never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

KEEP = ("assets",)  # folders under docs/ that are kept in git, not generated


def generated_files(docs: Path) -> set[Path]:
    """Everything under docs/ but the kept folders belongs to the generator."""
    return {p for p in docs.rglob("*") if p.is_file() and p.relative_to(docs).parts[0] not in KEEP}


def write_pages(pages: Iterable[tuple[str, str]], docs: Path) -> list[Path]:
    """Write what changed as it comes, then delete what is stale; the paths written or deleted."""
    changed: list[Path] = []
    wanted: set[Path] = set()
    for name, text in pages:
        path = docs / name
        wanted.add(path)
        data = text.encode("utf-8")  # bytes, so line endings (CRLF in .ics) survive as written
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        changed.append(path)
    for stale in sorted(generated_files(docs) - wanted):
        stale.unlink()
        changed.append(stale)
    return changed
