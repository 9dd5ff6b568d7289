"""`explainer watch`: regenerate the pages whenever content/ or the generator changes, for an
engine that runs no hooks (`make serve ENGINE=zensical` runs it beside `zensical serve`,
which then serves what was written). MkDocs' hook does the same inside `mkdocs serve`.

Each generation runs in a fresh process, so a saved change to the generator's own code or
templates takes effect as well as one to the data. Given the folder the engine serves
(`--site`), it also indexes the site for search each time the engine has rebuilt it: Zensical
clears that folder on every build, the search index with it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from stat import S_ISREG

from .search import BUNDLE, SearchIndexError, index_site

POLL_S = 0.2  # a few dozen stat() calls a look: cheap beside a rebuild


def snapshot(roots: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """Size and modification time of every file under the roots (caches left out). A file
    an editor removes between listing and looking (its swap or backup file) is left out."""
    seen = {}
    for root in roots:
        for path in root.rglob("*"):
            if "__pycache__" in path.parts:
                continue
            try:
                info = path.stat()
            except FileNotFoundError:
                continue
            if S_ISREG(info.st_mode):
                seen[path] = (info.st_size, info.st_mtime_ns)
    return seen


def generate_once(content: Path, docs: Path) -> int:
    """One generation in a new process; its report goes to our output."""
    args = [sys.executable, "-m", "explainer", "build", "--content", str(content), "--docs", str(docs)]
    return subprocess.run(args, check=False).returncode


def index_when_rebuilt(site: Path, last: int) -> int:
    """Index `site` once the engine has rebuilt it (its home page changed at least a poll ago,
    so that the build has finished) and cleared the index; the home page's time to compare next."""
    try:
        written = (site / "index.html").stat().st_mtime_ns
    except FileNotFoundError:
        return last
    if written == last and not (site / BUNDLE / "pagefind.js").exists():
        try:
            index_site(site)
        except SearchIndexError as err:
            print(f"error: {err}", flush=True)
    return written


def watch(content: Path, docs: Path, code: Path, polls: int | None = None, site: Path | None = None) -> None:
    """Generate, then again after every change; `polls` bounds the looking (for tests)."""
    roots = [content, code]
    seen = snapshot(roots)
    generate_once(content, docs)
    home = 0
    print(f"watching {content} and {code} for changes (Ctrl-C stops)", flush=True)
    count = 0
    while polls is None or count < polls:
        time.sleep(POLL_S)
        count += 1
        now = snapshot(roots)
        if now != seen:
            seen = now
            generate_once(content, docs)
        if site is not None:
            home = index_when_rebuilt(site, home)
