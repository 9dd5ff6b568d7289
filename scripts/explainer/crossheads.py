"""An old newspaper's crosshead: a few words in capitals closed by a full stop ("THE MAYOR'S
SPEECH."), between two paragraphs of the story, as papers set them until the mid-twentieth century
and a library's OCR copies them. A modern heading drops the stop; a notice in capitals is a
sentence or more."""

from __future__ import annotations

import re

from .furniture import Context, set_off
from .patterns import prose

CROSSHEAD_WORDS = 6


def crosshead(ctx: Context) -> bool:
    """Two to six words in capitals with one full stop at their end, set off, under the story's
    text and over a paragraph of prose (one word is the page's slot: "ADVERTISEMENT.")."""
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    if not ctx.story or not text.isupper() or not text.endswith(".") or "." in text[:-1]:
        return False
    if not 2 <= len(text.split()) <= CROSSHEAD_WORDS or not re.search(r"[^\W\d_]{2}", text):
        return False
    return set_off(ctx) and j is not None and prose(ctx.lines[j])
