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

Pagefind runs beside the build (its service mode: explainer.pagefind_service) and indexes
each page on the other core while MkDocs renders the next: after MkDocs' last page only the
last part's writing is left. A large site is indexed in parts (PART_PAGES, PART_WORDS), which
the search box merges (PARTS lists them).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import math
import re
import shutil
import threading
import time
from pathlib import Path

from .pagefind_service import SearchIndexError, Service

# One mark for both engines' searches (markup.py, source.md.j2), and the headings' permalink
# signs, which the theme's search drops by itself.
EXCLUDE = ["[data-search-exclude]", "a.headerlink"]
BUNDLE = "pagefind"  # the folder Pagefind writes in the site, and its script's name
PARTS = "parts.json"  # in BUNDLE: the folders of the other parts, which search.js merges
# Parts: each costs a search about 23 KB (its chunk of the words typed and its entry), and
# Pagefind ranks the pages of a part holding a word against each other. Parts are even among the
# pages indexed (indexed_pages). At 1,000 proportional articles (16,572 pages indexed, 4.4 M
# words; the bench's word on 12,049 pages), re-indexed the same built site (bench.browse, 2 busy
# cores): three parts, 278 KB before the first result, 0.33 s warm; four, 290 KB and 0.33 s;
# six (3,500 pages, the limit before), 370 KB and 0.26 s. At 1,000 realistic articles (9,181
# pages indexed): two parts, 214 KB and 0.21-0.28 s.
PART_PAGES = 5600
# And Pagefind's memory grows with a part's words, most while it writes it: beside a build, a
# part of 1.1 M words and one of 0.6 M held 408 MB together. At 2 M words the realistic site's
# second part stopped 140 pages short of the end, which made a third part of 140 pages.
PART_WORDS = 2_500_000
WINDOW = 64  # pages sent ahead of Pagefind: more would wait in its memory (600 MB from the disk)
BODY = "<div data-pagefind-body>"  # what is indexed begins here (overrides/main.html); a page without it is not
NOT_FOUND = "404.html"  # the theme's page for a missing address: nothing to find in it


class Stream:
    """A site's index made page by page, in parts of consecutive pages, each by a Pagefind of its
    own: a part is written as soon as it is full, and its Pagefind exits, giving back what it
    held. One Pagefind for all parts held 630-690 MB at 1,000 realistic articles (it keeps what
    it has allocated), beside MkDocs' 835 MB. The parts' results are merged by score (search.js).
    At each part the build gives back the memory MkDocs freed (release_free_memory): MkDocs
    went from 840 to 320 MB over the pages' writing at 1,000 realistic articles (before the
    hooks let go of each page's Markdown once converted; since, it peaks at 519 MB and holds
    213 MB after the last page, beside Pagefind writing the last part: the build's peak,
    983-996 MB, scripts/hooks.py)."""

    def __init__(self, site: Path, pages: int, part_pages: int = PART_PAGES) -> None:
        self.site = site
        self.stage = site / f".{BUNDLE}-new"  # the index being written; the old one serves meanwhile
        shutil.rmtree(self.stage, ignore_errors=True)
        count = max(1, math.ceil(pages / part_pages))
        self.size = max(1, math.ceil(pages / count))  # parts of even size
        self.service: Service | None = None
        self.part = 0
        self.filled = 0  # pages in the part being filled
        self.writers: list[threading.Thread] = []
        self.done: list[Service] = []

    def add(self, url: str, html: str) -> None:
        """A page at `url` (from the site's root, "/" first), as written; one without a marked
        body (overrides/main.html: an actor's page whose words are all on its card) is not sent."""
        start = html.find(BODY)
        if start < 0:
            return
        if self.service is None:
            self.service = Service(self.site)
            self.done.append(self.service)
            self.part = self.service.ask({"type": "NewIndex", "config": {"exclude_selectors": EXCLUDE}})["index_id"]
        page = {"url": url, "file_contents": indexed_part(html, start), "file_path": None}
        self.service.send({"type": "AddFile", "index_id": self.part, **page})
        self.filled += 1
        self.service.wait_fewer(WINDOW)
        if self.filled == self.size or self.service.words >= PART_WORDS:
            self._close()

    def _close(self) -> None:
        """Write the part just filled, beside the build, once its Pagefind has indexed its pages."""
        if self.service is None:
            return
        if self.writers:  # one part written at a time
            self.writers[-1].join()
        args = (self.service, self.part, self.stage / part_name(len(self.writers)))
        writer = threading.Thread(target=self._write, args=args, daemon=True)
        writer.start()
        self.writers.append(writer)
        self.service, self.filled = None, 0
        release_free_memory()

    @staticmethod
    def _write(service: Service, part: int, out: Path) -> None:
        try:
            service.wait_answered(service.sent)
            service.ask({"type": "WriteFiles", "index_id": part, "output_path": str(out)})
            service.error = service.error or written(out)
        except SearchIndexError:
            pass  # kept by the service, raised to the build by `finish`
        finally:
            service.close()

    def finish(self) -> int:
        """Write the index into site/pagefind/ (replacing an older one); the pages indexed."""
        try:
            self._close()
            for writer in self.writers:
                writer.join()
            if error := next((s.error for s in self.done if s.error), ""):
                raise SearchIndexError(error)
            others = [part_name(k) + "/" for k in range(1, len(self.writers))]
            self.stage.mkdir(exist_ok=True)
            (self.stage / PARTS).write_text(json.dumps(others), encoding="utf-8")
            shutil.rmtree(self.site / BUNDLE, ignore_errors=True)
            self.stage.rename(self.site / BUNDLE)
            return sum(s.indexed for s in self.done)
        except OSError as err:
            raise SearchIndexError(f"{self.site}: cannot write the search index: {err}") from None
        finally:
            self.abort()

    def abort(self) -> None:
        for service in self.done:
            service.close()
        shutil.rmtree(self.stage, ignore_errors=True)


# Pagefind answers WriteFiles before its last writes reach the disk, and exits when its input
# closes: a loaded machine found pagefind-entry.json empty twice in one `make test` (every search
# then failed). So a part's Pagefind is let go only once no file of the part is empty: none of
# Pagefind's files is empty once written, so an empty one is taken for a file still being written.
SETTLE_S = 30.0


def written(out: Path, wait_s: float = SETTLE_S) -> str:
    """Nothing when every file of the part just written at `out` has reached the disk, else the error."""
    deadline = time.monotonic() + wait_s
    while empty := [p for p in out.rglob("*") if p.is_file() and p.stat().st_size == 0]:
        if time.monotonic() > deadline:
            return f"{out}: Pagefind left {len(empty)} file(s) empty, such as {empty[0].name}; hint: build again"
        time.sleep(0.01)
    return ""


# The theme's front-matter key that leaves a page out of its search, and out of Pagefind's here
# (overrides/main.html): `search:` then `exclude: true` on the next line, as the templates write it.
LEFT_OUT = re.compile(r"^search:\s*\n\s+exclude:\s*true\s*$", re.MULTILINE)


def indexed_pages(markdown: list[Path]) -> int:
    """How many of these Markdown pages Pagefind will index: those their front matter does not
    leave out. Read before the build writes them, so that its parts come out even: 0.6 s for
    26,754 pages at 1,000 proportional articles (1.5 s from a cold disk)."""
    count = 0
    for path in markdown:
        if not path.exists():  # streamed, not written yet (explainer.streamed): fewer files than a part holds
            count += 1
            continue
        with path.open(encoding="utf-8") as file:
            head = "".join(line for _, line in zip(range(20), file, strict=False))
        matter = head.split("\n---", 1)[0] if head.startswith("---") else ""
        count += not LEFT_OUT.search(matter)
    return count


def indexed_part(html: str, start: int) -> str:
    """What Pagefind reads of a page: its <head> and its marked body (from `start`, up to the end
    of the theme's <article>), without the header, navigation and footer around it. At 1,000
    proportional articles (941 pages sampled) a page went to Pagefind as 37.5 KB of base64 JSON,
    0.097 ms to encode; this part as 17.4 KB, 0.057 ms, and Pagefind parses half as much. Its
    index is the same: every fragment of the real site's index compared equal."""
    body = html.find("<body")
    end = html.rfind("</article>")
    if body < 0 or end < start:
        return html
    return f"{html[:body]}<body>{html[start:end]}</body></html>"


def release_free_memory() -> None:
    """Give the memory this process freed back to the system, where the C library can (glibc):
    MkDocs lets go of each page once written (scripts/hooks.py), but the C library keeps it."""
    libc = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(libc), "malloc_trim", None) if libc else None
    if trim is not None:
        trim(0)


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
    pages = [p for p in pages if BUNDLE not in p.parts[:1] and BODY in (site / p).read_text(encoding="utf-8")]
    stream = Stream(site, len(pages), part_pages)
    try:
        for page in pages:
            stream.add(page_url(page), (site / page).read_text(encoding="utf-8"))
    except (OSError, SearchIndexError):
        stream.abort()
        raise
    return stream.finish()
