"""MkDocs hooks: only what has no engine-neutral place. The pages' own markup is the
Markdown extension's (explainer.markup, in mkdocs.yml), the theme's script and palette form
are overrides/' (main.html, partials/palette.html); both work under Zensical as well.
What stays here, and why:

- on_pre_build: run the generator when its inputs changed, so `mkdocs build` and `mkdocs
  serve` work on a fresh clone with no extra step. (Zensical runs no hooks: `make build
  ENGINE=zensical` runs `explainer build` first, `make serve ENGINE=zensical` runs `explainer
  watch` beside it.) It runs in a forked process, so its memory is gone when it ends, and
  `mkdocs build` reads its pages as it makes them (explainer.streamed: on_files takes its list of
  files, on_page_read_source each page's Markdown, on_env waits for its last files).
- on_env: keep the theme's compiled templates between builds: a tenth of a rebuild under
  `mkdocs serve`. Engine-specific by nature.
- on_startup: under `mkdocs serve --dirty`, drop MkDocs' warning that a dirty build may
  leave stale links (the nav is fixed, and every page an edit changes is rewritten).
- on_serve: have `mkdocs serve` watch the inputs, not the generated pages, and look for
  saved files more often. Engine-specific by nature.
- on_files, on_post_page, on_post_build, on_build_error: the search index (explainer.search),
  unless the theme's own search is on (the offline copy). `mkdocs build` feeds Pagefind each
  page as it is written, and writes the index after the last one; under `mkdocs serve` the
  index is made from the rebuilt site beside the server, which serves the pages at once, and
  the next build waits for it (see Indexer). After a Zensical build `explainer index site/`
  does the same.
- on_post_page, on_post_template: mend the theme's markup outside any template block
  (explainer.mend); after a Zensical build `explainer mend site/` does the same.
- on_page_content, on_post_page: what MkDocs would keep of every page to the end of the build
  and nothing reads again is let go: a page's Markdown once converted, its HTML and table of
  contents once written; its anchors' strings are shared with other pages'.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from explainer import streamed
from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from watchdog.observers.polling import PollingObserver

SCRIPTS = Path(__file__).parent
CACHE = SCRIPTS.parent / ".explainer-cache"  # git-ignored, safe to delete; not .cache/, which Zensical clears
STAMP = CACHE / "generated"  # fingerprint of the last generation's inputs and outputs
THEME_TEMPLATES = CACHE / "theme-templates"  # the theme's templates, compiled
LOG = logging.getLogger("mkdocs.hooks.explainer")  # under MkDocs' own, so it prints as MkDocs' lines do


def fingerprint(docs: Path) -> str:
    """Size and modification time of every input and generated file: if none changed since
    the last generation, there is nothing to regenerate (a rebuild, or the second rebuild
    `mkdocs serve` makes after the generator wrote its pages)."""
    files = [*(SCRIPTS.parent / "content").rglob("*"), *(SCRIPTS / "explainer").rglob("*.py")]
    files += [*(SCRIPTS / "explainer").rglob("*.j2"), *docs.rglob("*")]
    digest = hashlib.sha256()
    for path in sorted(p for p in files if p.is_file()):
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def on_pre_build(config, **kwargs) -> None:
    """Start the generator when its inputs changed, and wait for its checks: on bad input stop
    before MkDocs touches site/. Building, its pages are read as it makes them (explainer.streamed)."""
    INDEXER.wait()  # the last build's search index, before this build writes the site
    docs = Path(config.docs_dir)
    if STAMP.exists() and STAMP.read_text() == fingerprint(docs):
        return
    if not hasattr(os, "fork"):  # no fork (Windows): the generator in this process, every page written first
        if error := streamed.generate_here(docs):
            raise PluginError(error)
        _stamp(docs)
        return
    GENERATION.start(docs)
    if error := GENERATION.checked():
        raise PluginError(error)
    if not GENERATION.streams:  # a dirty build picks the pages to read by their files' times: all written first
        with _build_error():
            GENERATION.listed()
        _generated(docs)


def _generated(docs: Path) -> None:
    """Wait for the generator to have written its pages; stamp its inputs and outputs."""
    if error := GENERATION.finish():
        raise PluginError(error)
    waits = ", ".join(f"{s:.2f} s for its {what}" for what, s in GENERATION.waits.items())
    made = f"Generator: pages made in {GENERATION.seconds:.2f} seconds"  # `make bench` reads it
    LOG.info(f"{made}; MkDocs waited {waits}")
    _stamp(docs)


def _stamp(docs: Path) -> None:
    CACHE.mkdir(exist_ok=True)
    STAMP.write_text(fingerprint(docs))


@contextlib.contextmanager
def _build_error() -> Iterator[None]:
    """The generator stopped part-way: MkDocs' error, with the generator's message alone."""
    try:
        yield
    except streamed.Stopped as err:
        raise PluginError(str(err)) from None


def on_env(env: Environment, config, **kwargs) -> Environment:
    """Pages read: the generator's last pages written, before MkDocs copies the exports."""
    if GENERATION.writing:
        _generated(Path(config.docs_dir))
    return theme_templates(env)


def theme_templates(env: Environment, **kwargs) -> Environment:
    """MkDocs compiles the theme's 40-odd templates afresh for every build, a tenth of a
    rebuild under `mkdocs serve` (`make bench`). Compiled once, they are reused until their
    source, Jinja or Python changes."""
    THEME_TEMPLATES.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(THEME_TEMPLATES))
    return env


# MkDocs finds a saved file by looking every half second: a quarter of a second on average
# between a save and its rebuild, half a second at worst (`make bench` times save → served).
# Looking every tenth of a second costs a few dozen stat() calls on what is watched here.
POLL_S = 0.1


def _not_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


class Indexer:
    """The search index, made beside the build. Building, each page goes to Pagefind as MkDocs
    writes it (explainer.search.Stream), and Pagefind indexes it on the other core while MkDocs
    renders the next: after MkDocs' last page only the index's writing is left (at 1,000
    synthetic articles, indexing the written site afterwards took 25 s realistic and 40-51 s
    proportional, `make bench`). Serving, the index is made from the rebuilt site beside the
    server: 0.7 s on the real site and 1.2-2.0 s at 100 synthetic articles, which a preview
    would otherwise wait for after every save (`make bench`, serve); the search box follows the
    page a moment later. One at a time: a build first waits for the last one, so Pagefind never
    reads a page while MkDocs writes it."""

    def __init__(self) -> None:
        self.serving = False  # set by on_startup: `mkdocs build` indexes before it returns
        self.thread: threading.Thread | None = None
        self.stream = None  # explainer.search.Stream, while a build feeds it

    def wait(self) -> None:
        if self.thread:
            self.thread.join()
            self.thread = None

    def start(self, site: Path) -> None:
        self.wait()
        self.thread = threading.Thread(target=self._index, args=(site,), daemon=True)
        self.thread.start()

    @staticmethod
    def _index(site: Path) -> None:
        from explainer.search import SearchIndexError, index_site

        try:
            index_site(site)
        except (SearchIndexError, OSError) as err:  # the server stopped and removed its folder, say
            LOG.error(f"search index not updated: {err}")

    @contextlib.contextmanager
    def build_errors(self) -> Iterator[None]:
        """Pagefind's failure stops the build with its own message; the index is let go."""
        from explainer.search import SearchIndexError

        try:
            yield
        except SearchIndexError as err:
            self.abort()
            raise PluginError(str(err)) from None

    def begin(self, site: Path, pages: list[Path]) -> None:
        """Start Pagefind for these Markdown pages: parts of even size among those it will index."""
        from explainer.search import Stream, indexed_pages

        self.abort()
        with self.build_errors():
            self.stream = Stream(site, indexed_pages(pages))

    def add(self, url: str, html: str) -> None:
        if self.stream is not None:
            with self.build_errors():
                self.stream.add(url, html)

    def finish(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with self.build_errors():
                stream.finish()

    def abort(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            stream.abort()


# MkDocs loads this module once a process and keeps it between the builds of `mkdocs serve`
# (on_startup is its way of keeping state across them): the one piece of state kept here.
INDEXER = Indexer()
GENERATION = streamed.Generation()  # the running generator, from on_pre_build to on_env


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    """`make serve` runs `mkdocs serve --dirty`: each rebuild renders only the pages the generator
    rewrote, which is every page an edit changes (the nav is fixed). MkDocs warns that a dirty
    build may leave stale links, and in strict mode that warning would stop the server. Serving,
    the search index is made beside the server (Indexer), and the generator's pages are written
    before MkDocs reads any (Generation)."""
    INDEXER.serving = command == "serve"
    GENERATION.streams = command != "serve" and not dirty
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_not_dirty_warning)


def on_serve(server, config, **kwargs):
    """Watch content/ and the generator (mkdocs.yml) but not the generated pages: a rebuild
    already serves what the generator wrote, so their change must not start a second one.
    Look for changes more often than MkDocs does (POLL_S); its observer has not started yet."""
    server.unwatch(config.docs_dir)
    server.unwatch(config.config_file_path)
    server.observer = PollingObserver(timeout=POLL_S)
    server.watch(config.config_file_path)
    server.watch(str(Path(config.docs_dir) / "assets"))
    return server


def theme_search(config) -> bool:
    """The theme's own search is on (the offline copy): no Pagefind index then."""
    plugin = config.plugins.get("material/search")
    return bool(plugin and plugin.config.enabled)


def on_files(files, config, **kwargs):
    """Building, the generator's files in place of those MkDocs found in docs/ (it has not
    written them yet: Generation); then start Pagefind beside MkDocs for the pages it is about
    to write."""
    if GENERATION.streams and GENERATION.writing:
        with _build_error():
            files = files_to_come(files, config, GENERATION.listed())
        if not streamed.streaming(GENERATION.names):  # its pages written first, as the generator sends none
            _generated(Path(config.docs_dir))
    if not INDEXER.serving and not theme_search(config):
        INDEXER.begin(Path(config.site_dir), [Path(f.abs_src_path) for f in files.documentation_pages()])
    return files


def files_to_come(files: Files, config, names: list[str]) -> Files:
    """The files MkDocs will find in docs/ once the generator wrote `names` and deleted what it no
    longer makes (all but the kept folders, assets/), in MkDocs' order; then the theme's files."""
    from explainer.write import KEEP

    docs = Path(config.docs_dir)
    found = [f for f in files if Path(f.abs_src_path).is_relative_to(docs) and f.src_uri.split("/")[0] in KEEP]
    made = [File(name, str(docs), config.site_dir, config.use_directory_urls) for name in names]
    ordered = sorted([*found, *made], key=lambda f: streamed.reading_order(f.src_uri))
    return Files(ordered + [f for f in files if not Path(f.abs_src_path).is_relative_to(docs)])


def on_page_read_source(page, config, **kwargs) -> str | None:
    """A generated page's Markdown as the generator made it, waiting for it if need be; None
    (MkDocs reads the file) when the generator kept it or did not run."""
    with _build_error():
        return GENERATION.page(page.file.src_uri) if GENERATION.names else None


def on_shutdown(**kwargs) -> None:
    """A build stopped early: the generator stops too, and leaves docs/ as it was."""
    GENERATION.drop()


def on_post_build(config, **kwargs) -> None:
    """The generator ended (it saved its memory for the next run beside MkDocs' writing); write
    the index of the pages fed to Pagefind; serving, index the rebuilt site beside the server."""
    if error := GENERATION.saved():
        raise PluginError(error)
    if theme_search(config):
        return
    if INDEXER.serving:
        INDEXER.start(Path(config.site_dir))
        return
    INDEXER.finish()


def on_build_error(error, **kwargs) -> None:
    """Stop Pagefind if the build stops."""
    INDEXER.abort()


def on_page_content(html: str, page, **kwargs) -> str:
    """Let go of the page's Markdown once converted: MkDocs holds every page's until the build
    ends, and converts every page before it writes the first, but after the conversion only the
    page's title reads it (kept as it is now). At 300 realistic articles MkDocs' process held
    219 MB instead of 286 MB while writing pages; at 1,000, with share_anchors, it peaked at 519 MB
    instead of 834 MB (Pss sampled over one build each; site/ byte-identical)."""
    page.title = page.title  # MkDocs' title property gives None once the Markdown is gone
    page.markdown = None
    share_anchors(page)
    return html


def share_anchors(page) -> None:
    """The page's anchors and links to anchors, each string shared with the equal ones of other
    pages (sys.intern): MkDocs holds every page's until it checks the links after the last page
    is written, and most repeat from page to page (a footnote's "fn:1", a link to a paragraph).
    After the last page MkDocs' process held 97 MB instead of 127 MB at 300 realistic articles,
    and 213 MB instead of 313 MB at 1,000, beside Pagefind writing the index's last part: the
    build's peak, 983-996 MB instead of 1,085-1,087 MB (bench.common.timed, three runs each in
    turn; bare MkDocs 834-837 MB)."""
    if page.present_anchor_ids:
        page.present_anchor_ids = {sys.intern(anchor) for anchor in page.present_anchor_ids}
    if page.links_to_anchors:
        page.links_to_anchors = {
            file: {sys.intern(anchor): sys.intern(link) for anchor, link in links.items()}
            for file, links in page.links_to_anchors.items()
        }


def on_post_page(output: str, page, **kwargs) -> str:
    """Mend the page; then let go of its HTML and table of contents, which nothing reads once the
    page is written (the search plugin took its text before; the theme shows only the page's own
    table of contents), while MkDocs would hold every page's until the build ends (at 1,000
    articles: on_page_content). The mended page goes to the search index (Indexer)."""
    from explainer.mend import mend

    page.content, page.toc = None, []
    output = mend(output)
    INDEXER.add("/" + page.url, output)
    return output


def on_post_template(output_content: str, **kwargs) -> str:
    """The 404 page is a theme template, not a page."""
    from explainer.mend import mend

    return mend(output_content)
