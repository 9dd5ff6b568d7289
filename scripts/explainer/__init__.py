"""The Hanoi summit explainer's generator: source articles and curated YAML to Markdown.

Data flows one way: sources -> load (validate, cite, dates) -> render -> write.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .forked import worth_forking
from .incremental import Memory
from .load import LoadError, internal, load
from .paging import SIZES
from .render import Listener, render_all
from .write import write_pages

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
DOCS = ROOT / "docs"
TEMPLATES_CACHE = ROOT / ".explainer-cache" / "jinja"  # compiled templates; git-ignored, safe to delete
PARSED_CACHE = ROOT / ".explainer-cache" / "parsed"  # YAML data and sources read, by checksum; safe to delete
RENDERED = Path(".explainer-cache", "render")  # beside docs/: what each page read; safe to delete

__all__ = ["CONTENT", "DOCS", "ROOT", "Listener", "LoadError", "generate"]


def generate(
    content: Path = CONTENT,
    docs: Path = DOCS,
    order: Callable[[str], Any] | None = None,
    listener: Listener | None = None,
) -> list[Path]:
    """Validate everything first, so bad input writes nothing; then render every page whose
    inputs changed since the last run (see `incremental`) and every export, and write them
    only when all were made (see `write`). With a `listener`, the pages are told as they are
    made, in `order` (see render_all): a site builder can read them before they are written."""
    forked = worth_forking(len(list((content / "sources").glob("*.yml"))))
    site = load(content, PARSED_CACHE, forked)
    if listener:
        listener.checked()
    shown = docs.relative_to(content.parent) if docs.is_relative_to(content.parent) else docs  # as messages name it
    with internal("rendering and writing", str(shown)):
        memory = Memory.open(docs.parent / RENDERED / f"{docs.name}.pickle", docs, SIZES)
        changed = write_pages(render_all(site, TEMPLATES_CACHE, SIZES, memory, forked, order, listener), docs)
        if listener:  # a site builder goes on while the memory is saved, which only the next run reads
            listener.written()
        memory.save(forked)
        return changed
