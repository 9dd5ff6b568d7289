"""A quotation set off by a dash, as Polish, Russian, Spanish or French papers print speech: the
line opens with a dash, the words spoken, then a second dash before the verb and the speaker ("–
We lost six weeks – says NAME, the site manager."). It reads as a bulleted point, yet it is a
paragraph of the story; a list's points come in runs, and none has a dash before a verb and a name."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import prose

# The opening dash, the words spoken, a dash, a verb in lower case and a name: "– … – mówi Jan Nowak"
DASH_SPEECH = re.compile(r"[-–—]\s?\S.{10,}?\s[-–—]\s?[^\W\d_A-Z]\w*,?\s+(?:\w+\s+)?[A-Z]\w")
DASHED = re.compile(r"[-–—]\s")


def dash_quote(ctx: Context) -> bool:
    """The line is such a quotation, alone: no line right above or below opens with a dash."""
    if DASH_SPEECH.match(ctx.text) is None or not prose(ctx.text):
        return False
    near = [ctx.lines[j] for j in (ctx.i - 1, ctx.i + 1) if 0 <= j < len(ctx.lines)]
    return not any(DASHED.match(t) for t in near)
