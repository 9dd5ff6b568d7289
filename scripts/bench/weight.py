"""What a reader downloads: compressed bytes of a first visit to four pages, and the search index.

Each page loads in a fresh browser context (an empty cache) from the compressing server.
Sizes come from Chromium's own accounting of each response (encoded body plus headers);
the search worker's script, whose body Chromium reports to no page, counts by its
Content-Length. The search index is reported apart: it is excluded from the budget.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Request, sync_playwright

from .common import CHROMIUM, CHROMIUM_ARGS, Budget, Section, table
from .server import serving

BUDGET_KB = 150
SEARCH_INDEX = "search/search_index.json"


def pages(site: Path) -> dict[str, str]:
    """The four pages a first visit is measured on; the actor page is the heaviest one, to be safe."""
    actor = max((site / "actors").glob("*/index.html"), key=lambda p: p.stat().st_size).parent.name
    return {"home": "", "timeline": "timeline/", f"actor ({actor})": f"actors/{actor}/", "positions": "positions/"}


def _bytes(request: Request) -> int:
    sizes = request.sizes()
    response = request.response()
    length = int(response.headers.get("content-length", 0)) if response else 0
    return max(sizes["responseBodySize"], length) + sizes["responseHeadersSize"]


def first_load(browser: Browser, url: str) -> list[dict[str, Any]]:
    """Every response of one visit with an empty cache: its path, type and bytes on the wire."""
    context = browser.new_context()
    finished: list[Request] = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(300)
    loads = [
        {"path": urlsplit(r.url).path, "type": r.resource_type, "bytes": _bytes(r)}
        for r in finished
        if not r.url.startswith("data:")
    ]
    context.close()
    return loads


def run(site: Path) -> Section:
    section = Section("weight", "What a reader downloads")
    results: dict[str, Any] = {}
    with serving(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for name, path in pages(site).items():
            loads = first_load(browser, base + path)
            counted = sum(r["bytes"] for r in loads if not r["path"].endswith(SEARCH_INDEX))
            results[name] = {"url": "/" + path, "bytes": counted, "requests": loads}
        browser.close()
    # The hosted site searches with Pagefind, which fetches nothing on a first load; a build with
    # the theme's search (the offline copy's) has the one index its pages fetch whole.
    index = (site / SEARCH_INDEX).read_bytes() if (site / SEARCH_INDEX).exists() else b""
    index_gz = len(gzip.compress(index, compresslevel=6, mtime=0)) if index else 0
    rows = []
    for name, r in results.items():
        kinds: dict[str, int] = {}
        for load in r["requests"]:
            if not load["path"].endswith(SEARCH_INDEX):
                kinds[load["type"]] = kinds.get(load["type"], 0) + load["bytes"]
        split = ", ".join(f"{k} {v / 1024:.1f}" for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]))
        rows.append([name, f"`{r['url']}`", f"{r['bytes'] / 1024:.1f} KB", split])
        what = f"first load of {name}, compressed, search index excluded"
        kb = f"{r['bytes'] / 1024:.1f} KB"
        section.budgets.append(Budget(what, kb, f"≤ {BUDGET_KB} KB", r["bytes"] <= BUDGET_KB * 1024))
    section.lines += [
        "Each page loaded once in a fresh Chromium context (empty cache) from a server that gzips text "
        "types (level 6), as a static host does; bytes are on the wire (body and headers). "
        "1 KB = 1024 bytes.",
        "",
        *table(["Page", "URL", "First load", "By type (KB)"], rows),
        "",
        f"Search index (`{SEARCH_INDEX}`, fetched on every first load, excluded above): "
        f"{len(index) / 1024:.1f} KB raw, {index_gz / 1024:.1f} KB gzip."
        if index
        else "Search: nothing fetched on a first load (Pagefind fetches its index's chunks when the box is used).",
    ]
    section.data = {"pages": results, "search_index": {"raw": len(index), "gzip": index_gz}}
    return section
