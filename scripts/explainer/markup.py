"""A Markdown extension for what the pages' own markup should carry, in any engine that
renders Markdown with Python-Markdown and our mkdocs.yml (MkDocs, Zensical): no hook needed.

- Footnotes stay out of the search index (data-search-exclude, which both themes' searches
  honour and explainer.search has Pagefind honour too). They repeat, word for word, the
  source paragraphs they cite, which the index holds on the source pages: left out
  elsewhere, a quote's words find its source rather than every page citing it, and the
  index is less than half the size.
- Heading permalinks and footnote back-links carry a title only as their accessible name.
  The theme turns every title into a tooltip, work done on page load for each of them
  (Lighthouse counts it as blocking time); aria-label names them without one.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

NAME_ONLY = {"headerlink", "footnote-backref"}  # classes of links whose title is only a name


class PageMarkup(Treeprocessor):
    """Runs after `footnotes` (priority 50) and `toc` (5) have added their markup."""

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            classes = set(element.get("class", "").split())
            if element.tag == "div" and "footnote" in classes:
                element.set("data-search-exclude", "")
            elif element.tag == "a" and classes & NAME_ONLY and "title" in element.attrib:
                element.set("aria-label", element.attrib.pop("title"))


class PageMarkupExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(PageMarkup(md), "explainer-markup", 1)


def makeExtension(**kwargs: object) -> PageMarkupExtension:
    return PageMarkupExtension(**kwargs)
