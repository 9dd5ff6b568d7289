"""MkDocs hooks: generate the Markdown pages before each build, so `mkdocs build` and
`mkdocs serve` work on a fresh clone with no extra step; keep the theme's compiled
templates between builds; keep footnotes out of the search index; then mend the few bits
of the theme's markup that the HTML checker or axe-core reject, and change how the
theme's script starts."""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.exceptions import PluginError
from watchdog.observers.polling import PollingObserver

SCRIPTS = Path(__file__).parent
CACHE = SCRIPTS.parent / ".cache"  # git-ignored, safe to delete
STAMP = CACHE / "generated"  # fingerprint of the last generation's inputs and outputs
THEME_TEMPLATES = CACHE / "theme-templates"  # the theme's templates, compiled

# Material's markup -> what we serve. autocomplete is not allowed on a checkbox; a dialog
# needs a name; the palette form is left to our own toggle (see BUNDLE below). The tests
# check every page, so a theme upgrade that changes this markup fails loudly.
THEME_FIXES = [
    ('type="checkbox" id="__drawer" autocomplete="off"', 'type="checkbox" id="__drawer"'),
    ('type="checkbox" id="__search" autocomplete="off"', 'type="checkbox" id="__search"'),
    ('data-md-component="search" role="dialog"', 'data-md-component="search" role="dialog" aria-label="Search"'),
    ('<form class="md-header__option" data-md-component="palette">', '<form class="md-header__option">'),
]


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


# The theme gives every element with a title a tooltip, work done on page load for each of
# them (Lighthouse counts it as blocking time). Footnote back-links and heading permalinks
# carry a title only as their accessible name, which aria-label gives without a tooltip.
NAME_ONLY = re.compile(r'(class="(?:footnote-backref|headerlink)" href="[^"]*") title="')

# Changes to how the theme's script starts, for a reader's first paint and blocking time
# (`make bench` measures both; tests/browser checks that the theme still works):
# - The bundle, last in <body>, is parser-blocking: a page cannot paint until it has
#   arrived and run (Lighthouse counts it as render-blocking). Deferred, it runs at the
#   same point in the document's life, after parsing and before DOMContentLoaded.
# - It starts by changing classes on <html> and, through its palette component, the page's
#   color-scheme <meta>: each makes the next read of a size or style a full-page style
#   recalculation, inside the one task Lighthouse counts. So the palette form is not the
#   theme's component (THEME_FIXES; docs/assets/javascripts/palette.js is the toggle), and
#   overrides/main.html sets the <html> classes before the page is first styled.
BUNDLE = re.compile(r'(<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js")></script>')


def on_pre_build(config, **kwargs) -> None:
    """Run the generator when its inputs changed; on bad input stop before MkDocs touches site/."""
    docs = Path(config.docs_dir)
    if STAMP.exists() and STAMP.read_text() == fingerprint(docs):
        return
    if str(SCRIPTS) not in sys.path:  # once, though `mkdocs serve` calls this on every rebuild
        sys.path.insert(0, str(SCRIPTS))
    from explainer import LoadError, generate  # here, so an unchanged rebuild skips the import too

    try:
        generate(docs=docs)
    except LoadError as err:
        raise PluginError(f"{len(err.problems)} problem(s) in content/; nothing was written:\n{err}") from None
    CACHE.mkdir(exist_ok=True)
    STAMP.write_text(fingerprint(docs))


def on_env(env: Environment, **kwargs) -> Environment:
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


def on_startup(command: str, dirty: bool, **kwargs) -> None:
    """`make serve` runs `mkdocs serve --dirty`: each rebuild renders only the pages the generator
    rewrote, which is every page an edit changes (the nav is fixed). MkDocs warns that a dirty
    build may leave stale links, and in strict mode that warning would stop the server."""
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


def mend(html: str) -> str:
    html = NAME_ONLY.sub(r'\1 aria-label="', html)
    html = BUNDLE.sub(r"\1 defer></script>", html)
    for old, new in THEME_FIXES:
        html = html.replace(old, new)
    if 'id="__toc"' not in html:  # pages outside the nav have no toc toggle to label
        html = html.replace('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title">')
    return html


# Footnotes repeat, word for word, the source paragraphs they cite; the search index holds
# those on the source pages. Left out of it elsewhere, they no longer make every citing page
# a hit for a quote's words, and the index every page loads is less than half the size.
FOOTNOTES = '<div class="footnote">'


def on_page_content(html: str, **kwargs) -> str:
    return html.replace(FOOTNOTES, '<div class="footnote" data-search-exclude>')


def on_post_page(output: str, **kwargs) -> str:
    return mend(output)


def on_post_template(output_content: str, **kwargs) -> str:
    """The 404 page is a theme template, not a page."""
    return mend(output_content)
