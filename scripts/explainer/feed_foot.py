"""A feed's foot under a story: a line that quotes the story's whole headline inside a sentence of
its own ("HEADLINE was first published by SITE.", "HEADLINE — read more at SITE") names the
piece and its source, as a feed or a syndicating site adds it, and is no paragraph of the story."""

from __future__ import annotations

from .furniture import Context
from .patterns import SHORT

HEADLINE_WORDS = 4  # a headline long enough not to be quoted by chance ("Budget passed" could be)


def quotes_headline(ctx: Context) -> bool:
    """After the story has started, a short line that holds the headline and more words."""
    if ctx.title is None or not ctx.started or ctx.i <= ctx.title:
        return False
    headline = ctx.lines[ctx.title].rstrip(".!?").casefold()
    text = ctx.text.casefold()
    if len(headline.split()) < HEADLINE_WORDS or len(text) > len(headline) + SHORT:
        return False
    return headline in text and text.rstrip(".!? ") != headline
