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
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# One mark for both engines' searches (markup.py, source.md.j2), and the headings' permalink
# signs, which the theme's search drops by itself.
EXCLUDE = "[data-search-exclude], a.headerlink"
BUNDLE = "pagefind"  # the folder Pagefind writes in the site, and its script's name


class SearchIndexError(Exception):
    """Pagefind failed; the message is its own last line, with the site it was given."""


def index_site(site: Path) -> int:
    """Index a built site into site/pagefind/ (replacing an older index); the pages indexed."""
    if not (site / "index.html").is_file():
        raise SearchIndexError(f"{site}: no index.html; hint: index a built site's folder")
    args = [sys.executable, "-m", "pagefind", "--site", str(site), "--exclude-selectors", EXCLUDE]
    result = subprocess.run(args, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0:
        last = next((line for line in reversed(output.splitlines()) if line.strip()), "no output")
        raise SearchIndexError(f"{site}: Pagefind failed ({result.returncode}): {last.strip()}")
    found = re.search(r"Indexed (\d+) pages?", output)
    return int(found.group(1)) if found else 0
