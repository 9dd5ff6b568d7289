"""The Hanoi summit explainer's generator: source articles and curated YAML to Markdown.

Data flows one way: sources -> load (validate, cite, dates) -> render -> write.
"""

from __future__ import annotations

from pathlib import Path

from .load import LoadError, load
from .render import render_all
from .write import write_pages

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
DOCS = ROOT / "docs"
TEMPLATES_CACHE = ROOT / ".explainer-cache" / "jinja"  # compiled templates; git-ignored, safe to delete

__all__ = ["CONTENT", "DOCS", "ROOT", "LoadError", "generate"]


def generate(content: Path = CONTENT, docs: Path = DOCS) -> list[Path]:
    """Validate everything first, so bad input writes nothing; then render and write page by page."""
    site = load(content)
    return write_pages(render_all(site, TEMPLATES_CACHE), docs)
