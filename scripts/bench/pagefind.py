"""Pagefind's own API on a built site, beside the header's box that uses it.

The site's search is Pagefind (scripts/explainer/search.py); browse.search times it as a
reader meets it, typed into the header's box. This times the index alone: indexing the built
site's files again (`explainer index`, as after a Zensical build: its time and the peak memory
of its process tree; the MkDocs build indexes each page as it writes it, so its share is in the
whole build's time), then Pagefind's first result, the index's parts merged as the box merges them, from a
bare page that has just loaded (fresh) and on the same page again (warm), with the bytes
fetched before it, so that what the box adds shows.
On a build with the theme's search (before Pagefind was chosen) the same two measurements
compared the engines side by side.
"""

from __future__ import annotations

import importlib.util
import statistics
from pathlib import Path
from typing import Any

from .common import timed

HARNESS = "bench-pagefind.html"
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head><body>
<script>
window.firstResult = async (word) => {
  const start = performance.now();
  const pagefind = await import("./pagefind/pagefind.js");
  if (!window.merged) {
    const parts = await (await fetch("./pagefind/parts.json")).json();
    await Promise.all(parts.map((part) => pagefind.mergeIndex(new URL("./pagefind/" + part, location.href).href)));
    window.merged = true;
  }
  const found = await pagefind.search(word);
  const first = found.results.length ? await found.results[0].data() : null;
  return {ms: performance.now() - start, results: found.results.length, url: first && first.url};
};
</script></body></html>
"""
RUNS = 3


def available() -> bool:
    return importlib.util.find_spec("pagefind") is not None


def measure(site: Path, browser: Any, base: str, word: str) -> dict[str, Any]:
    """Index `site` (timed, peak memory), then RUNS fresh and warm first results in Chromium; medians."""
    index_s, index_peak_mb = timed(["-m", "explainer", "index", str(site)], site.parent)
    index_mb = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 1e6
    (site / HARNESS).write_text(PAGE, encoding="utf-8")
    fresh, warm, kb = [], [], []
    for _ in range(RUNS):
        context = browser.new_context()
        sizes: list[tuple[str, int]] = []
        context.on("requestfinished", lambda r, sizes=sizes: sizes.append((r.url, r.sizes()["responseBodySize"])))
        page = context.new_page()
        page.goto(base + HARNESS)
        first = page.evaluate("word => firstResult(word)", word)
        if not first["results"]:
            raise RuntimeError(f"Pagefind found nothing for {word!r}")
        fresh.append(first["ms"] / 1000)
        kb.append(sum(size for url, size in sizes if "/pagefind/" in url) / 1024)
        warm.append(page.evaluate("word => firstResult(word)", word[:-1])["ms"] / 1000)
        context.close()
    (site / HARNESS).unlink()
    median = statistics.median
    return {
        "index_s": index_s,
        "index_peak_mb": index_peak_mb,
        "index_mb": index_mb,
        "fresh_s": median(fresh),
        "warm_s": median(warm),
        "search_kb": median(kb),
    }
