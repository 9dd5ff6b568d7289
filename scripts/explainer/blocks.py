"""Blocks of lines set off by blank lines, read by their shape: a block's first line, a few words
that end no sentence, over the block's paragraph is the heading of that paragraph (a status
page's "Resolved" over its update, a report's "Background" glued to its text)."""

from __future__ import annotations

from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import ENDS, HEADING_MAX, NAMES, prose

LABEL_WORDS = 4  # a section's label is a few words: "What we are changing"


def glued_heading(ctx: Context) -> bool:
    """In a file whose paragraphs blank lines part, the first line of a block (a blank line or the
    headline above it), a few words from a capital that end no sentence, no lead-in's colon and no
    person's name (a speaker over a quotation, a signature), right over a paragraph of prose
    longer than a heading that starts a sentence: the heading of that paragraph, glued to it."""
    text, below = ctx.text, ctx.near(1)
    if not ctx.spaced or ctx.before_title or ctx.near(-1) or ctx.hit:
        return False
    if len(text.split()) > LABEL_WORDS or not text[:1].isupper() or text.endswith((*ENDS, ":", ",", ";")):
        return False
    if NAMES.fullmatch(text) or not prose(below) or len(below) <= HEADING_MAX or not below[:1].isupper():
        return False
    return not pattern_kind(below)
