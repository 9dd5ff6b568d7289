"""The Jinja environment the pages are rendered in, and its escaping filters.

Every value a template prints is escaped for Markdown and HTML unless Python built it as
markup, so text typed into YAML is shown, never run.
"""

from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .model import corroborated

TEMPLATES = Path(__file__).parent / "templates"
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
# What makes a line start a block (heading, quote, list, admonition, definition, setext
# underline, snippet include, table...): its first sign is written as a character reference,
# which Markdown shows as the sign and never reads as syntax.
BLOCK_START = re.compile(r"^(\s*)(?:([#>+\-=:~!?%;<]))|^(\s*\d+)([.)])")
EMOJI = re.compile(r":(?=[+\-\w]+:)")  # a shortcode's opening colon
WHITESPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """Line breaks and runs of spaces from YAML's folded strings as single spaces."""
    return WHITESPACE.sub(" ", text)


def escape_md(value: Any) -> Markup:
    """Plain text made safe inside a Markdown paragraph or table cell."""
    if isinstance(value, Markup):
        return value
    return _escape_text(str(value))


@lru_cache(maxsize=1 << 16)
def _escape_text(text: str) -> Markup:
    """Names, dates, labels and quotes recur on many pages: escape each once. At 100 synthetic
    articles 18,118 texts are escaped 160,869 times; 4,096 kept missed 32,058 times (render
    1.45 s of CPU), 65,536 kept 18,118 (1.23 s)."""
    text = MD_SPECIAL.sub(r"\\\1", html.escape(one_line(text), quote=False))
    return Markup(EMOJI.sub("&#58;", BLOCK_START.sub(_reference, text)))


def _reference(match: re.Match[str]) -> str:
    space, sign = (match[1], match[2]) if match[2] else (match[3], match[4])
    return f"{space}&#{ord(sign)};"


def tooltip(value: Any) -> Markup:
    """Text for a title attribute that the theme turns into a tooltip with innerHTML: escaped
    twice, so the attribute holds escaped text and the tooltip shows it as text."""
    return Markup(html.escape(html.escape(one_line(str(value)), quote=False), quote=False))


def escape_attr(value: Any) -> Markup:
    """Plain text made safe inside a raw HTML attribute, where Markdown does not run."""
    return Markup(html.escape(one_line(str(value)), quote=True))


# Text that YAML's double-quoted style writes as JSON does: printable, no line or paragraph
# separator, no byte-order mark, nothing beyond U+FFFD (PyYAML escapes those, JSON does not).
PLAIN_YAML = re.compile("[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]*")


def front_matter(value: Any) -> Markup:
    """A title or description for the front matter: escaped as an attribute, then quoted as a
    YAML string. json.dumps writes the same bytes as yaml.safe_dump for plain text, at a
    fraction of the cost: PyYAML's emitter took 5.1 s of a 74 s profiled 1,000-article
    generation (19,935 calls)."""
    text = str(escape_attr(value))
    if PLAIN_YAML.fullmatch(text):
        return Markup(json.dumps(text, ensure_ascii=False))
    return Markup(yaml.safe_dump(text, default_style='"', allow_unicode=True, width=float("inf")).strip())


def environment(cache: Path | None = None) -> Environment:
    """Templates compiled once and kept in `cache`: a build is a fresh process each time."""
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        auto_reload=False,  # each build is a fresh environment: no template changes within one
        bytecode_cache=FileSystemBytecodeCache(str(cache)) if cache else None,
        undefined=StrictUndefined,
        finalize=escape_md,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plain"] = lambda v: Markup(one_line(str(v)))  # where the extension escapes itself
    # Front matter: MkDocs treats a page's title and description as HTML, and the theme
    # prints them unescaped, so they are escaped here, then quoted as a YAML string.
    env.filters["meta"] = front_matter
    env.filters["tooltip"] = tooltip
    env.globals.update(corroborated=corroborated)
    return env
