"""Mend the few bits of the theme's markup that the HTML checker or axe-core reject and
that neither the Markdown nor a template override can reach: they sit in the theme's
base.html outside any block, or in a partial the two engines' themes write differently.

One function for both engines: the MkDocs hook calls it on each page as it is written;
after a Zensical build (which runs no hooks), `explainer mend SITE` rewrites the built pages.
The tests check every page of both builds, so a theme change to this markup fails loudly.
"""

from __future__ import annotations

from pathlib import Path

# Material's markup -> what we serve. autocomplete is not allowed on a checkbox; a dialog
# needs a name (Zensical's search partial has one already: then nothing is replaced).
THEME_FIXES = [
    ('type="checkbox" id="__drawer" autocomplete="off"', 'type="checkbox" id="__drawer"'),
    ('type="checkbox" id="__search" autocomplete="off"', 'type="checkbox" id="__search"'),
    ('data-md-component="search" role="dialog">', 'data-md-component="search" role="dialog" aria-label="Search">'),
    # Zensical's overlay hides a label from assistive technology, which a label may not be
    # (Material's has no aria-hidden; the overlay is empty either way).
    ('<label class="md-overlay" for="__drawer" aria-hidden="true">', '<label class="md-overlay" for="__drawer">'),
]
TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def mend(html: str) -> str:
    for old, new in THEME_FIXES:
        html = html.replace(old, new)
    if 'id="__toc"' not in html:  # pages outside the nav have no toc toggle to label
        html = html.replace(TOC_LABEL, '<label class="md-nav__title">')
    return html


def mend_site(site: Path) -> int:
    """Mend every page of a built site in place; how many changed."""
    changed = 0
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if (mended := mend(html)) != html:
            page.write_text(mended, encoding="utf-8")
            changed += 1
    return changed
