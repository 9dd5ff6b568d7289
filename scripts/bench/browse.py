"""A built site as readers meet it: every page's size, the listed pages in Chromium, and search.

Every page is checked from its file (compressed HTML, element tags), so no page escapes the
budget; the pages the issue lists are also loaded in Chromium from the compressing server
(first-load bytes, elements in the DOM once the theme has run) and scored by Lighthouse.
Search is timed as a reader uses it: typed key by key into the header's box, from the last
key to the first result shown, on a freshly opened page and again once the page is warm; for a
word every page holds (the worst case) and for a word few pages hold. The tab's memory is read
once it has searched: its renderer process (page, search worker and Pagefind's WebAssembly)
from /proc, and the page's own JavaScript heap from the DevTools protocol.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
from collections import Counter
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


def rare_word(site: Path) -> tuple[str, int]:
    """A word few pages hold, and how many: of the words of six letters or more, the one whose
    first five letters the fewest indexed pages hold, at least two (so that Pagefind's stemming
    and its prefix match find no more of it; read from the index's fragments, each page's
    indexed text; ties go to the first in order)."""
    pages: Counter[str] = Counter()
    words: dict[str, str] = {}
    for fragment in (site / "pagefind").rglob("*.pf_fragment"):
        text = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))["content"]
        found = set(re.findall(r"\b[a-z]{6,}\b", text.lower()))
        pages.update({w[:5] for w in found})
        words.update({w[:5]: min(w, words.get(w[:5], w)) for w in found})
    few = min(((n, words[stem]) for stem, n in pages.items() if n >= 2), default=(0, "source"))
    return few[1], few[0]


def renderer_mb() -> float:
    """Resident MB of the largest Chromium renderer process this bench started (the tab open)."""
    mine, parents, sizes = {os.getpid()}, {}, {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
            rss = int((entry / "statm").read_text().split()[1]) * page
        except (OSError, ValueError, IndexError):
            continue
        parents[int(entry.name)] = ppid
        if b"--type=renderer" in command:
            sizes[int(entry.name)] = rss
    for _ in range(6):  # bench -> Playwright's driver -> Chromium -> zygote -> renderer
        mine |= {pid for pid, ppid in parents.items() if ppid in mine}
    return max((rss for pid, rss in sizes.items() if pid in mine), default=0) / 1024**2


def memory(page: Page) -> dict[str, float]:
    """The tab's renderer process and the page's JavaScript heap (not the worker's), in MB."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    cdp.detach()
    return {"renderer_mb": renderer_mb(), "js_heap_mb": metrics["JSHeapUsedSize"] / 1024**2}


# Timed in the page: from the input event of the last key to the first frame painted after the
# first result entered the list. Playwright's own wait for the result (locator.wait_for, polled
# from outside the page) returned 0.45-0.5 s after the page had shown it at 1,000 articles on
# 2 busy cores (the page's log: last key at 1,601 ms, result in the list at 1,931 ms; the wait
# returned at 0.79 s), which the reader does not wait for.
WATCH = """(selector) => {
  window.lastKey = 0;
  document.addEventListener("input", () => { window.lastKey = performance.now(); }, true);
  window.firstShown = new Promise((resolve) => {
    const seen = () => document.querySelector(selector) !== null;
    new MutationObserver((_, observer) => {
      if (!seen()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now()));
    }).observe(document.body, { childList: true, subtree: true });
  });
}"""


def search_once(page: Page, word: str) -> float | None:
    """Seconds from the last key of `word` typed into the header's search box to the first
    result shown (timed in the page, WATCH); None past SEARCH_LIMIT_S."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.evaluate(WATCH, RESULT)
    box.press_sequentially(word)
    try:
        page.locator(RESULT).first.wait_for(state="attached", timeout=SEARCH_LIMIT_S * 1000)
    except Exception:  # playwright's TimeoutError: no result in time
        return None
    return page.evaluate("window.firstShown.then((shown) => (shown - window.lastKey) / 1000)")


def search(browser: Any, base: str, word: str) -> dict[str, Any]:
    """Fresh: typed as soon as the page has parsed; warm: another query on the same page; then
    the tab's memory."""
    context = browser.new_context()
    loaded: list[tuple[str, int]] = []
    context.on("requestfinished", lambda r: loaded.append((r.url, r.sizes()["responseBodySize"])))
    page = context.new_page()
    page.goto(base + "timeline/", wait_until="domcontentloaded")
    fresh = search_once(page, word)
    search_kb = sum(size for url, size in loaded if "/search" in url or "/pagefind/" in url) / 1024
    warm = search_once(page, word[:-1]) if fresh is not None else None
    results = page.locator(".md-search-result__meta").first.inner_text()
    used = memory(page)
    context.close()
    return {"word": word, "fresh_s": fresh, "warm_s": warm, "search_kb": search_kb, "results": results, **used}


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
        rare, pages = rare_word(site)
        result["search rare"] = {**search(browser, base, rare), "pages": pages}
        if pagefind.available():
            result["pagefind"] = pagefind.measure(site, browser, base, query_word(site))
        browser.close()
        if scores:
            with tempfile.TemporaryDirectory() as tmp:
                for name, path in targets.items():
                    report = lighthouse.lighthouse(base + path, Path(tmp) / "lh.json")
                    result["pages"][name]["performance"] = report["categories"]["performance"]["score"]
    return result
