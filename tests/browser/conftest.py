"""One real build of the site per engine, served under its site_url's sub-path, and one Chromium for all.

The site is built once per session and engine (strict, like `make build` and `make build
ENGINE=zensical`), and every test here runs on both builds. Each is served by a
ThreadingHTTPServer on 127.0.0.1 under the path of `site_url` (/hanoi-summit/ by default),
so every test also proves the site works below a sub-path. A missing file gets the site's own 404
page with status 404, as a static host would serve it.
"""

from __future__ import annotations

import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import pytest
from bench.common import CHROMIUM, CHROMIUM_ARGS
from bs4 import BeautifulSoup
from conftest import ROOT, run, zensical_build
from playwright.sync_api import ConsoleMessage, Locator, Page, Request

SCREENSHOTS = ROOT / "reports" / "screenshots"


def site_url(site: Path) -> str:
    """The address the build was made for (mkdocs.yml's site_url), read from the home page."""
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    return home.find("link", rel="canonical")["href"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Debian's Chromium (Playwright cannot download its own here), kept off the network."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


ENGINES = ["mkdocs", "zensical"]

# What Zensical (0.0.73) cannot do that MkDocs with Material does, by name; the README's
# "Publishing" section says what a migration would lose. A test that meets one skips, saying so.
ZENSICAL_CANNOT = {
    "hooks": "run MkDocs hooks: generation and the markup mending are separate steps (make build ENGINE=zensical)",
    "sitemap-lastmod": "write <lastmod> dates or sitemap.xml.gz",
}


def cannot(engine: str, what: str) -> None:
    """Skip, naming the missing capability, when the engine lacks it."""
    if engine == "zensical" and what in ZENSICAL_CANNOT:
        pytest.skip(f"Zensical cannot {ZENSICAL_CANNOT[what]}")


# How a reader searches. The hosted site's box is ours in both engines (Pagefind; it reuses
# Material's classes, partials/pagefind.html). The offline copy keeps each theme's own search:
# Material's box is in the page; Zensical's is a dialog of its own (in a shadow root, which
# Playwright's selectors pierce), its results a listbox of options.
SEARCH = ("input.md-search__input", ".site-search .md-search-result__item a")
THEME_SEARCH = {
    "mkdocs": ("input.md-search__input", ".md-search-result__item a"),
    "zensical": (".md-search__button", "[role=listbox][aria-label='Search results'] a[role=option]"),
}


def search(page: Page, engine: str, query: str, match: str = "", offline: bool = False) -> Locator:
    """Type a query key by key as a reader does (the themes react to key events) and return
    the result links, those matching the attribute selector `match` if given."""
    opener, results = THEME_SEARCH[engine] if offline else SEARCH
    page.click(opener)
    page.keyboard.type(query)
    page.wait_for_selector(results)
    return page.locator(results + match)


@pytest.fixture(scope="session", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def built_project(engine: str, request: pytest.FixtureRequest) -> Path:
    """The session's strict build by this engine (tests/conftest.py)."""
    return request.getfixturevalue("built" if engine == "mkdocs" else "zensical_built")


@pytest.fixture(scope="session")
def site(built_project: Path) -> Path:
    return built_project / "site"


@pytest.fixture(scope="session")
def offline_site(built_project: Path, engine: str) -> Path:
    """The `make offline` build: Material's offline plugin, meant to be opened from file://."""
    if engine == "zensical":
        result = zensical_build(built_project, "site-offline", "mkdocs.offline.yml")
    else:
        result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.offline.yml"], built_project)
    assert result.returncode == 0, result.stderr
    site = built_project / "site-offline"
    shutil.copy2(ROOT / "node_modules/iframe-worker/shim/index.js", site / "assets/javascripts/iframe-worker-shim.js")
    return site


class Handler(SimpleHTTPRequestHandler):
    """Serves the site below `prefix` only; anything else, or a missing file, is the site's 404."""

    prefix = "/"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests report what matters."""

    def send_head(self) -> BinaryIO | None:
        """A file below the prefix, a redirect from the prefix without its slash, or the 404 page."""
        path = urlsplit(self.path).path
        if path == self.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.end_headers()
            return None
        if not path.startswith(self.prefix):
            return self.not_found()
        target = Path(self.translate_path(path))
        if not target.exists() or (target.is_dir() and not (target / "index.html").exists()):
            return self.not_found()
        return super().send_head()

    def translate_path(self, path: str) -> str:
        """The file for a URL path below the prefix."""
        return super().translate_path("/" + urlsplit(path).path.removeprefix(self.prefix))

    def not_found(self) -> None:
        """The site's own 404 page, with status 404, as a static host serves it."""
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingHTTPServer):
    """Its listen backlog is 128, not socketserver's 5: a page's burst of connections (the
    search worker fetches the parts' entries, metadata and chunks together) past 5 waiting to
    be accepted were dropped by the kernel, each retried a second later or reset ("Failed to
    fetch" in Pagefind's worker). 300 requests at once, five times: 575 of 1,500 took over
    0.9 s with a backlog of 5, none with 128."""

    request_queue_size = 128


@contextmanager
def serving(site: Path) -> Iterator[str]:
    """Serve a built site as the tests do; its root URL, e.g. http://127.0.0.1:PORT/hanoi-summit/."""
    prefix = urlsplit(site_url(site)).path
    handler = type("SiteHandler", (Handler,), {"prefix": prefix})
    httpd = Server(("127.0.0.1", 0), partial(handler, directory=str(site)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}{prefix}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The site's root URL, e.g. http://127.0.0.1:PORT/hanoi-summit/."""
    with serving(site) as url:
        yield url


def page_urls(site: Path) -> list[str]:
    """Every HTML page of the build, as a path relative to the site root ('' for home)."""
    out = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        out.append(rel.removesuffix("index.html"))
    return out


@dataclass
class Traffic:
    """What a page did: every request it made and every console error it raised."""

    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def watch(self, page: Page) -> Traffic:
        page.on("request", self._request)
        page.on("console", self._console)
        page.on("pageerror", lambda err: self.errors.append(f"uncaught: {err}"))
        return self

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"{message.text} ({message.location.get('url', '')})")

    def clear(self) -> None:
        self.requests.clear()
        self.errors.clear()


@pytest.fixture
def traffic(page: Page) -> Traffic:
    return Traffic().watch(page)
