"""The Hanoi summit explainer's generator: source articles and curated YAML to Markdown.

Data flows one way: sources -> load (validate, cite, dates) -> render -> write.
"""

from __future__ import annotations

from pathlib import Path

from .load import LoadError, internal, load
from .render import render_all
from .write import write_pages

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
DOCS = ROOT / "docs"
TEMPLATES_CACHE = ROOT / ".explainer-cache" / "jinja"  # compiled templates; git-ignored, safe to delete
PARSED_CACHE = ROOT / ".explainer-cache" / "parsed"  # YAML data and sources read, by checksum; safe to delete

__all__ = ["CONTENT", "DOCS", "ROOT", "LoadError", "generate"]


def generate(content: Path = CONTENT, docs: Path = DOCS) -> list[Path]:
    """Validate everything first, so bad input writes nothing; then render every page and
    export, and write them only when all were made (see `write`)."""
    site = load(content, PARSED_CACHE)
    shown = docs.relative_to(content.parent) if docs.is_relative_to(content.parent) else docs  # as messages name it
    with internal("rendering and writing", str(shown)):
        return write_pages(render_all(site, TEMPLATES_CACHE), docs)
