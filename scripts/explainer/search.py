"""The hosted site's search index: Pagefind, fed each page as the build writes it.

The theme's search has every page load one index of the whole site (4.8 MB gzip at 1,000
articles); Pagefind splits it into chunks fetched by the words typed. It reads built HTML, so
one index serves both engines: the MkDocs hook feeds it each page MkDocs writes (Stream), and
`explainer index SITE` feeds it a built site's files (index_site), after a Zensical build or
beside `mkdocs serve`. The offline copy keeps the theme's search (a browser refuses fetch()
from file://, which Pagefind needs) and is not indexed.

What is indexed is marked in the pages, not here: the article's own text (data-pagefind-body,
overrides/main.html), less what the theme's search leaves out too (data-search-exclude:
footnotes, which repeat the source paragraphs they cite, photo captions and left-out lines),
less what a page only repeats from another page, where it is indexed (data-pagefind-ignore in
the templates: an actor's stances and events, an issue's events, the positions matrix, the
actor cards, the sources table, a paragraph's "cited by").

Pagefind runs as one process beside the build (its service mode, spoken to here directly: the
`pagefind` package's client waits 0.1 s between two answers, 17 minutes for 10,000 pages), on
the other core while MkDocs renders: indexing then adds only the writing of the index to the
build. A large site is indexed in parts of at most PART_PAGES pages, which the search box
merges (PARTS lists them): Pagefind's search, in its WebAssembly, ranks every page that holds a
word, and each part costs a chunk for every word searched plus its own page list.
"""

from __future__ import annotations

import base64
import contextlib
import json
import math
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

# One mark for both engines' searches (markup.py, source.md.j2), and the headings' permalink
# signs, which the theme's search drops by itself.
EXCLUDE = ["[data-search-exclude]", "a.headerlink"]
BUNDLE = "pagefind"  # the folder Pagefind writes in the site, and its script's name
PARTS = "parts.json"  # in BUNDLE: the folders of the other parts, which search.js merges
PART_PAGES = 2000
NOT_FOUND = "404.html"  # the theme's page for a missing address: nothing to find in it


class SearchIndexError(Exception):
    """Pagefind failed; the message is its own, with the site it was given."""


class Service:
    """`pagefind --service`: requests written to its input and answers read from its output,
    each base64 JSON ended by a comma. Requests are not waited for one by one (`send`); a
    thread reads the answers, counting the pages indexed and keeping the first error."""

    def __init__(self, site: Path) -> None:
        from pagefind.service import get_executable  # the `pagefind[bin]` dependency

        binary = get_executable()
        if binary is None:
            raise SearchIndexError(f"{site}: Pagefind's program is not installed; hint: pip install 'pagefind[bin]'")
        self.site = site
        self.log: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (Pagefind's messages; closed in close())
        self.process = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.log
        )
        self.sent = 0
        self.indexed = 0
        self.error = ""
        self.answers: dict[int, dict[str, Any]] = {}
        self.changed = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def send(self, payload: dict[str, Any]) -> int:
        if self.error:
            raise SearchIndexError(self.error)
        self.sent += 1
        message = json.dumps({"message_id": self.sent, "payload": payload}).encode()
        try:
            self.process.stdin.write(base64.b64encode(message) + b",")  # type: ignore[union-attr]
        except OSError:
            raise SearchIndexError(self._failure("stopped")) from None
        return self.sent

    def ask(self, payload: dict[str, Any]) -> dict[str, Any]:
        """Send a request and wait for its answer."""
        number = self.send(payload)
        self.process.stdin.flush()  # type: ignore[union-attr]
        with self.changed:
            self.changed.wait_for(lambda: number in self.answers or bool(self.error))
        if self.error:
            raise SearchIndexError(self.error)
        return self.answers.pop(number)

    def wait_indexed(self, pages: int) -> None:
        self.process.stdin.flush()  # type: ignore[union-attr]
        with self.changed:
            self.changed.wait_for(lambda: self.indexed >= pages or bool(self.error))
        if self.error:
            raise SearchIndexError(self.error)

    def close(self) -> None:
        if self.process.stdin and not self.process.stdin.closed:
            with contextlib.suppress(OSError):  # it stopped already
                self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=5)
        self.log.close()

    def _read(self) -> None:
        pending = b""
        while chunk := self.process.stdout.read1(1 << 16):  # type: ignore[union-attr]
            *messages, pending = (pending + chunk).split(b",")
            for message in messages:
                try:
                    answer = json.loads(base64.b64decode(message))
                except ValueError:  # not an answer (a line of its own log)
                    continue
                payload = answer.get("payload", {})
                with self.changed:
                    if payload.get("type") == "Error":
                        self.error = self.error or f"{self.site}: Pagefind failed: {payload.get('message', payload)}"
                    elif payload.get("type") == "IndexedFile":
                        self.indexed += 1
                    else:
                        self.answers[answer.get("message_id")] = payload
                    self.changed.notify_all()
        with self.changed:
            if not self.error and self.process.poll() not in (None, 0):
                self.error = self._failure(f"exited ({self.process.returncode})")
            self.error = self.error or f"{self.site}: Pagefind stopped"
            self.changed.notify_all()

    def _failure(self, what: str) -> str:
        self.log.seek(0)
        lines = [line for line in self.log.read().decode(errors="replace").splitlines() if line.strip()]
        return f"{self.site}: Pagefind {what}: {lines[-1].strip() if lines else 'no output'}"


class Stream:
    """A site's index made page by page: every count-th page to a part (each part then holds a
    share of every kind of page, and their scores compare when merged), written on `finish`."""

    def __init__(self, site: Path, pages: int, part_pages: int = PART_PAGES) -> None:
        self.site = site
        self.count = max(1, math.ceil(pages / part_pages))
        self.added = 0
        self.service = Service(site)
        config = {"exclude_selectors": EXCLUDE}
        try:
            self.parts = [
                self.service.ask({"type": "NewIndex", "config": config})["index_id"] for _ in range(self.count)
            ]
        except SearchIndexError:
            self.service.close()
            raise

    def add(self, url: str, html: str) -> None:
        """A page at `url` (from the site's root, "/" first), as written."""
        part = self.parts[self.added % self.count]
        self.service.send({"type": "AddFile", "index_id": part, "url": url, "file_contents": html, "file_path": None})
        self.added += 1

    def finish(self) -> int:
        """Write the index into site/pagefind/ (replacing an older one); the pages indexed."""
        try:
            self.service.wait_indexed(self.added)
            bundle = self.site / BUNDLE
            shutil.rmtree(bundle, ignore_errors=True)
            for k, part in enumerate(self.parts):
                self.service.ask({"type": "WriteFiles", "index_id": part, "output_path": str(bundle / part_name(k))})
            others = [part_name(k) + "/" for k in range(1, self.count)]
            (bundle / PARTS).write_text(json.dumps(others), encoding="utf-8")
            return self.service.indexed
        finally:
            self.service.close()

    def abort(self) -> None:
        self.service.close()


def part_name(k: int) -> str:
    """The first part is the bundle itself (with Pagefind's script); the others are folders in it."""
    return "" if k == 0 else f"part-{k}"


def page_url(path: Path) -> str:
    """The address Pagefind gives a page file of the site (a folder's index.html is the folder)."""
    url = "/" + path.as_posix()
    return url.removesuffix("index.html") if path.name == "index.html" else url


def index_site(site: Path, part_pages: int = PART_PAGES) -> int:
    """Index a built site's pages into site/pagefind/ (replacing an older index); the pages indexed."""
    if not (site / "index.html").is_file():
        raise SearchIndexError(f"{site}: no index.html; hint: index a built site's folder")
    pages = sorted(p.relative_to(site) for p in site.rglob("*.html") if p.name != NOT_FOUND)
    pages = [p for p in pages if BUNDLE not in p.parts[:1]]
    stream = Stream(site, len(pages), part_pages)
    try:
        for page in pages:
            stream.add(page_url(page), (site / page).read_text(encoding="utf-8"))
    except (OSError, SearchIndexError):
        stream.abort()
        raise
    return stream.finish()
