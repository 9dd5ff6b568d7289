"""A built site as readers meet it: every page's size, the listed pages in Chromium, and search.

Every page is checked from its file (compressed HTML, element tags), so no page escapes the
budget; the pages the issue lists are also loaded in Chromium from the compressing server
(first-load bytes, elements in the DOM once the theme has run) and scored by Lighthouse.
Search is timed as a reader uses it: typed key by key into the header's box, from the last
key to the first result shown, on a freshly opened page and again once the page is warm.
"""

from __future__ import annotations

import gzip
import re
import tempfile
import time
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

from . import lighthouse, pagefind
from .common import CHROMIUM, CHROMIUM_ARGS
from .server import serving
from .weight import SEARCH_INDEX, first_load

TAG = re.compile(rb"<[a-zA-Z]")
RESULT = ".md-search-result__item"
SEARCH_LIMIT_S = 60.0


def every_page(site: Path) -> dict[str, Any]:
    """The largest page by compressed HTML and by element tags, over all pages of the site."""
    worst_kb, worst_tags = (0.0, ""), (0, "")
    pages = 0
    for path in site.rglob("*.html"):
        data = path.read_bytes()
        name = str(path.relative_to(site))
        kb = len(gzip.compress(data, compresslevel=6, mtime=0)) / 1024
        tags = len(TAG.findall(data))
        worst_kb, worst_tags = max(worst_kb, (kb, name)), max(worst_tags, (tags, name))
        pages += 1
    return {
        "pages": pages,
        "max_kb": worst_kb[0],
        "max_kb_page": worst_kb[1],
        "max_tags": worst_tags[0],
        "max_tags_page": worst_tags[1],
    }


def listed(site: Path) -> dict[str, str]:
    """The pages the budgets name: home, timeline and one of its parts, positions, actors,
    glossary, the busiest actor's (first) page and a source; by URL path."""

    def url(path: Path) -> str:
        return str(path.parent.relative_to(site)) + "/"

    actor = max((site / "actors").glob("*/index.html"), key=lambda p: p.stat().st_size)
    source = min((site / "sources").glob("*/index.html"))
    found = {"home": "", "timeline": "timeline/", "positions": "positions/", "actors": "actors/"}
    found |= {"glossary": "glossary/", f"busiest actor ({actor.parent.name})": url(actor), "a source": url(source)}
    if parts := sorted(p for p in (site / "timeline").glob("*/index.html")):
        found["a timeline part"] = url(parts[0])
    return found


def elements(page: Page) -> int:
    return page.evaluate("document.getElementsByTagName('*').length")


def query_word(site: Path) -> str:
    """A word readers would look for: the longest word of the first source's title."""
    source = min((site / "sources").glob("*/index.html"))
    title = re.search(r"<h1[^>]*>(.*?)</h1>", source.read_text(encoding="utf-8"), re.S)
    words = re.findall(r"[A-Za-z]{4,}", re.sub(r"<[^>]+>", " ", title.group(1) if title else "source"))
    return max(words, key=len) if words else "source"


def search_once(page: Page, word: str) -> float | None:
    """Seconds from the last key of `word` typed into the header's search box to the first
    result shown; None past SEARCH_LIMIT_S."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    box.press_sequentially(word)
    start = time.perf_counter()
    try:
        page.locator(RESULT).first.wait_for(state="visible", timeout=SEARCH_LIMIT_S * 1000)
    except Exception:  # playwright's TimeoutError: no result in time
        return None
    return time.perf_counter() - start


def search(browser: Any, base: str, word: str) -> dict[str, Any]:
    """Fresh: typed as soon as the page has parsed; warm: another query on the same page."""
    context = browser.new_context()
    loaded: list[tuple[str, int]] = []
    context.on("requestfinished", lambda r: loaded.append((r.url, r.sizes()["responseBodySize"])))
    page = context.new_page()
    page.goto(base + "timeline/", wait_until="domcontentloaded")
    fresh = search_once(page, word)
    search_kb = sum(size for url, size in loaded if "/search" in url or "/pagefind/" in url) / 1024
    warm = search_once(page, word[:-1]) if fresh is not None else None
    context.close()
    return {"word": word, "fresh_s": fresh, "warm_s": warm, "search_kb": search_kb}


def run(site: Path, scores: bool) -> dict[str, Any]:
    """Every page's size, the listed pages' first loads, search, and (if `scores`) Lighthouse."""
    result: dict[str, Any] = {"every page": every_page(site), "pages": {}}
    index = site / SEARCH_INDEX
    if index.exists():  # the theme's search: one index, fetched whole
        result["search index kb"] = len(gzip.compress(index.read_bytes(), 6, mtime=0)) / 1024
    else:  # Pagefind's index, its chunks compressed already
        result["search index kb"] = sum(p.stat().st_size for p in (site / "pagefind").rglob("*") if p.is_file()) / 1024
    targets = listed(site)
    with serving(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for name, path in targets.items():
            loads = first_load(browser, base + path)
            kb = sum(r["bytes"] for r in loads if not r["path"].endswith(SEARCH_INDEX)) / 1024
            page = browser.new_page()
            page.goto(base + path, wait_until="load")
            result["pages"][name] = {"url": "/" + path, "kb": kb, "elements": elements(page)}
            page.close()
        result["search"] = search(browser, base, query_word(site))
        if pagefind.available():
            result["pagefind"] = pagefind.measure(site, browser, base, query_word(site))
        browser.close()
        if scores:
            with tempfile.TemporaryDirectory() as tmp:
                for name, path in targets.items():
                    report = lighthouse.lighthouse(base + path, Path(tmp) / "lh.json")
                    result["pages"][name]["performance"] = report["categories"]["performance"]["score"]
    return result
