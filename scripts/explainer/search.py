"""The hosted site's search index: Pagefind, run on the built site after every build.

The theme's search has every page load one index of the whole site (4.8 MB gzip at 1,000
articles); Pagefind splits it into chunks fetched by the words typed (about 300 KB before the
first result at 1,000 articles, `make bench`). It reads built HTML, so one function serves
both engines: the MkDocs hook calls it after each build, `explainer index SITE` does after a
Zensical build. The offline copy keeps the theme's search (a browser refuses fetch() from
file://, which Pagefind needs) and is not indexed.

What is indexed is marked in the pages, not here: the article's own text (data-pagefind-body,
overrides/main.html), less what the theme's search leaves out too (data-search-exclude:
footnotes, which repeat the source paragraphs they cite, photo captions and left-out lines).

A large site is indexed in parts of at most PART_PAGES pages, which the search box merges
(PARTS lists them). Pagefind's search, in its WebAssembly, compares every page that holds a
word with every other such page (pagefind_core_search, `search_term`): a word on 10,025 of the
10,141 pages of the 1,000-article synthetic site took 0.56-1.1 s to rank in one index, 0.16-0.26
s in eight parts of 1,270 pages (each part costs a chunk of about 23 KB for every word searched,
so PART_PAGES weighs time against bytes: six parts, 0.31-0.34 s warm and 280-302 KB).
Indexing holds every page of its part in memory: 1.47 GB for the whole site in one run,
0.20-0.22 GB for each part run in turn.

Pagefind runs while the build's process still holds the memory MkDocs freed, which Python's
allocator keeps: at 1,000 synthetic articles MkDocs held 836 MB at the end of its build and 320
MB once glibc's malloc_trim gave the free part back (0.4 s), so Pagefind runs beside the latter.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# One mark for both engines' searches (markup.py, source.md.j2), and the headings' permalink
# signs, which the theme's search drops by itself.
EXCLUDE = "[data-search-exclude], a.headerlink"
BUNDLE = "pagefind"  # the folder Pagefind writes in the site, and its script's name
PARTS = "parts.json"  # in BUNDLE: the folders of the other parts, which search.js merges
PART_PAGES = 2000


class SearchIndexError(Exception):
    """Pagefind failed; the message is its own last line, with the site it was given."""


def index_site(site: Path, part_pages: int = PART_PAGES) -> int:
    """Index a built site into site/pagefind/ (replacing an older index); the pages indexed."""
    if not (site / "index.html").is_file():
        raise SearchIndexError(f"{site}: no index.html; hint: index a built site's folder")
    bundle = site / BUNDLE
    shutil.rmtree(bundle, ignore_errors=True)
    release_free_memory()
    pages = sorted(p.relative_to(site) for p in site.rglob("*.html"))
    count = max(1, math.ceil(len(pages) / part_pages))
    if count == 1:
        indexed = [run_pagefind(site, site, bundle)]
    else:  # every count-th page to a part, so that each holds a share of every kind of page
        indexed = [index_part(site, pages[k::count], bundle / part_name(k)) for k in range(count)]
    (bundle / PARTS).write_text(json.dumps([part_name(k) + "/" for k in range(1, count)]), encoding="utf-8")
    return sum(indexed)


def release_free_memory() -> None:
    """Give the memory this process freed back to the system, where the C library can (glibc)."""
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    if trim is not None:
        trim(0)


def part_name(k: int) -> str:
    """The first part is the bundle itself (with Pagefind's script); the others are folders in it."""
    return "" if k == 0 else f"part-{k}"


def index_part(site: Path, pages: list[Path], out: Path) -> int:
    """Index some pages of a site as Pagefind would in the whole site (same URLs): from a folder
    holding only them, linked (copied where links are refused), beside the site."""
    try:
        with tempfile.TemporaryDirectory(prefix=".pagefind-part-", dir=site.parent) as tmp:
            for page in pages:
                (Path(tmp) / page).parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(site / page, Path(tmp) / page)
                except OSError:
                    shutil.copy2(site / page, Path(tmp) / page)
            return run_pagefind(site, Path(tmp), out)
    except OSError as err:
        raise SearchIndexError(f"{site}: cannot stage a part of the index beside it: {err}") from None


def run_pagefind(site: Path, pages: Path, out: Path) -> int:
    """Pagefind's command over the folder `pages`, into `out`; the pages it indexed."""
    args = [sys.executable, "-m", "pagefind", "--site", str(pages), "--output-path", str(out)]
    result = subprocess.run([*args, "--exclude-selectors", EXCLUDE], capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        last = next((line for line in reversed(output.splitlines()) if line.strip()), "no output")
        raise SearchIndexError(f"{site}: Pagefind failed ({result.returncode}): {last.strip()}")
    found = re.search(r"Indexed (\d+) pages?", output)
    return int(found.group(1)) if found else 0
