"""Write: put the rendered pages under docs/, touching only files whose text changed.

All or nothing: every page is rendered first, the changed ones into a staging folder
beside docs/, and only when the last one is made are they moved in. A failure while
rendering leaves docs/ as it was. Unchanged files keep their timestamps, so `mkdocs
serve` does not rebuild forever; files that are no longer generated are removed;
hand-kept assets are never touched.
"""

from __future__ import annotations

import filecmp
import shutil
import tempfile
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

KEEP = ("assets",)  # folders under docs/ that are kept in git, not generated
WRITE_AHEAD = 64  # pages made and not yet written, at most: memory stays bounded


class Kept:
    """A page whose file in docs/ is already what rendering it would give (see incremental.py)."""

    def __reduce__(self) -> str:
        return "KEPT"  # one of it, also when sent from a forked render (forked.py)


KEPT = Kept()
Content = str | bytes | Iterable[bytes] | Kept


def generated_files(docs: Path) -> set[Path]:
    """Everything under docs/ but the kept folders belongs to the generator."""
    return {p for p in docs.rglob("*") if p.is_file() and p.relative_to(docs).parts[0] not in KEEP}


def write_pages(pages: Iterable[tuple[str, Content]], docs: Path) -> list[Path]:
    """Render every page, then write what changed and delete what is stale; the paths
    written or deleted. A page is text, bytes, or bytes in chunks when it is too large to
    hold whole (the dataset). Nothing in docs/ changes unless every page was made."""
    docs.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{docs.name}-staging-", dir=docs.parent))
    try:
        staged, wanted = _stage(pages, docs, staging)
        changed = []
        for name in staged:
            path = docs / name
            path.parent.mkdir(parents=True, exist_ok=True)
            (staging / name).replace(path)
            changed.append(path)
        for stale in sorted(generated_files(docs) - wanted):
            stale.unlink()
            changed.append(stale)
        return changed
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _stage(pages: Iterable[tuple[str, Content]], docs: Path, staging: Path) -> tuple[list[str], set[Path]]:
    """Each page that differs from its file in docs/ written under `staging`: the names
    staged, and every path the generator makes. Files are written by a second thread while
    the next pages render: making a file costs a system call that lets the renderer run
    (0.4 ms each here: 10 % of a 1,000-article generation, 10,146 files)."""
    staged: list[str] = []
    wanted: set[Path] = set()
    name = ""
    pending: deque[tuple[str, Future[None]]] = deque()
    with ThreadPoolExecutor(1, thread_name_prefix="explainer-write") as writer:
        try:
            for name, content in pages:
                if isinstance(content, str | bytes | Kept):
                    pending.append((name, writer.submit(_stage_one, name, content, docs, staging, staged)))
                else:  # chunks made while they are written: here, in order, after the pages before
                    _written(pending, 0)
                    _stage_one(name, content, docs, staging, staged)
                wanted.add(docs / name)
                _written(pending, WRITE_AHEAD)
            _written(pending, 0)
        except Exception as err:  # which page: a message can then name it
            if not any(note.startswith("while making ") for note in getattr(err, "__notes__", [])):
                where = "the first page" if not name else f"the page after {name}" if docs / name in wanted else name
                err.add_note(f"while making {where}")
            raise
    return staged, wanted


def _written(pending: deque[tuple[str, Future[None]]], ahead: int) -> None:
    """The pages handed to the writing thread written, but for the last `ahead`; a failure
    named by its page."""
    while len(pending) > ahead:
        name, future = pending.popleft()
        try:
            future.result()
        except Exception as err:
            err.add_note(f"while making {name}")
            raise


def _stage_one(name: str, content: Content, docs: Path, staging: Path, staged: list[str]) -> None:
    """One page written under `staging` (and its name added to `staged`) if it differs."""
    path, new = docs / name, staging / name
    if isinstance(content, Kept):
        return
    if isinstance(content, str):
        content = content.encode("utf-8")  # bytes, so line endings (CRLF in .ics) survive as written
    new.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):  # small enough to compare in memory
        if path.exists() and path.read_bytes() == content:
            return
        new.write_bytes(content)
    else:
        with new.open("wb") as out:
            out.writelines(content)
        if path.exists() and filecmp.cmp(new, path, shallow=False):
            new.unlink()
            return
    staged.append(name)
