"""Text from data stays text in a real build, in Chromium: markup, scripts and Markdown
typed into the curated files are shown as typed, never run, never made into elements,
not in tooltips (which the theme fills with innerHTML), footnotes or search results.

One strict build of a copy of content/ whose fields carry hostile text; each payload
ends with a marker word, so the test can find it and tell what became of it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import copy_project, mkdocs_build
from playwright.sync_api import Page

from .conftest import Handler, page_urls, site_url

# (file, item index, field or dotted path, text): every kind of field a page prints, each in a different
# context (heading, link, table cell, front matter, tooltip, footnote, definition list...).
PAYLOADS: list[tuple[str, int, str, str]] = [
    ("actors.yml", 0, "name", '<img src=x onerror="window.__pwned=1"> zqxname'),
    ("actors.yml", 0, "role", "1. zqxlist"),
    ("actors.yml", 1, "role", '"><svg onload="window.__pwned=2"> zqxattr'),
    ("events.yml", 0, "title", "# zqxheading"),
    ("events.yml", 0, "summary", 'first line\n!!! danger "zqxadmonition"\n> zqxquote\n- zqxbullet'),
    ("events.yml", 0, "note", '--8<-- "mkdocs.yml"\nzqxsnippet'),
    ("events.yml", 1, "summary", "<script>window.__pwned=3</script> zqxscript"),
    ("issues.yml", 0, "title", "[zqxlink](javascript:window.__pwned=4)"),
    ("issues.yml", 0, "summary", '<a href="javascript:window.__pwned=5">zqxanchor</a>'),
    ("issues.yml", 0, "stances.0.position", "| a | zqxtable |\n|---|---|\n| b | c |"),
    ("quotes.yml", 0, "context", ":smile: zqxemoji *[zqxabbr]: injected\n[^zqx]: footnote"),
    ("summit.yml", 0, "label", '{: onclick="window.__pwned=6" } zqxattrlist'),
    ("summit.yml", 0, "text", "&lt;img src=x onerror=window.__pwned=7&gt; zqxentity"),
    ("glossary.yml", None, "term", '<img src=x onerror="window.__pwned=8"> zqxtooltip'),
    ("glossary.yml", None, "definition", "=== zqxsetext\n: zqxdefinition"),
]
MARKERS = sorted({m for *_, text in PAYLOADS for m in re.findall(r"zqx\w+", text)})
SOURCE_TITLE = "</title><script>window.__pwned=9</script> zqxsource"


class NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def make_hostile(content: Path) -> None:
    """Write each payload into its field; a glossary payload goes to a term with an
    abbreviation, so that it reaches an abbreviation's tooltip."""
    for name in sorted({p[0] for p in PAYLOADS}):
        path = content / name
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        for file, index, field, text in PAYLOADS:
            if file == name:
                if index is None:
                    index = next(i for i, item in enumerate(items) if item.get("abbreviation"))
                *keys, last = [int(k) if k.isdigit() else k for k in field.split(".")]
                target = items[index]
                for key in keys:
                    target = target[key]
                target[last] = text
        path.write_text(yaml.dump(items, Dumper=NoAliases, allow_unicode=True, sort_keys=False), encoding="utf-8")
    meta = next(iter(sorted((content / "sources").glob("*.yml"))))
    data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    data["title"] = SOURCE_TITLE
    meta.write_text(yaml.dump(data, Dumper=NoAliases, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    make_hostile(project / "content")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def hostile_server(hostile_site: Path) -> Iterator[str]:
    prefix = urlsplit(site_url(hostile_site)).path
    handler = type("HostileHandler", (Handler,), {"prefix": prefix})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(hostile_site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    httpd.shutdown()
    httpd.server_close()


def pages_with_markers(site: Path) -> list[str]:
    def html(url: str) -> str:
        path = site / url if url.endswith(".html") else site / url / "index.html"
        return path.read_text(encoding="utf-8")

    return [url for url in page_urls(site) if "zqx" in html(url)]


def test_every_payload_is_shown_as_text_and_made_no_element(hostile_site: Path) -> None:
    shown: set[str] = set()
    for path in sorted(hostile_site.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        main = soup.find("article") or soup
        text = main.get_text(" ")
        shown |= {m for m in MARKERS if m in text}
        for element in main.find_all(True):
            assert not any(a.startswith("on") for a in element.attrs), (path, element)
            assert not str(element.get("href", "")).startswith("javascript:"), (path, element)
            assert element.name != "img" or element.get("src") != "x", (path, element)
            assert element.name != "script" or "__pwned" not in element.get_text(), (path, element)
            if element.name in ("h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "dd", "dt"):
                own = element.get_text(" ").strip()
                assert not re.match(r"(zqx|injected|footnote\b)", own), (path, element.name, own)
            if "admonition-title" in element.get("class", []):  # the template's own, never one from data
                assert "zqx" not in element.get_text(), (path, element)
        assert "twemoji" not in str(main) or "zqxemoji" not in text, path
        head = soup.find("head")
        assert head is not None and "window.__pwned" not in "".join(map(str, head.find_all("script"))), path
    assert shown == set(MARKERS), f"not shown as text: {sorted(set(MARKERS) - shown)}"


def test_no_payload_runs_on_hover_focus_or_search(page: Page, hostile_site: Path, hostile_server: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    urls = pages_with_markers(hostile_site)
    assert urls
    for url in urls:
        page.goto(hostile_server + url)
        page.wait_for_load_state("load")
        targets = page.locator("article [title], article abbr, article a.footnote-ref")
        for i in range(targets.count()):
            target = targets.nth(i)
            if target.is_visible():
                target.hover(force=True)
                target.focus()
        page.wait_for_timeout(300)  # the theme's tooltips appear after a delay
        assert page.evaluate("window.__pwned") is None, url
        made = page.evaluate(
            """() => [...document.querySelectorAll('.md-tooltip, .md-tooltip2, [role=tooltip]')]
                 .flatMap(t => [...t.querySelectorAll('img, script, svg, iframe, [onerror], [onload]')])
                 .filter(e => !e.closest('.twemoji')).length"""
        )
        assert made == 0, url
    for word in ("zqxname", "zqxtooltip", "zqxscript", "zqxsource"):
        page.goto(hostile_server)
        page.click("input.md-search__input")
        page.locator("input.md-search__input").press_sequentially(word, delay=20)
        page.wait_for_selector(".md-search-result__item")
        results = page.locator(".md-search-result")
        assert "zqx" in results.inner_text()
        assert results.locator("img, script, svg[onload], iframe").count() == 0, word
        assert page.evaluate("window.__pwned") is None, word
    assert dialogs == []
