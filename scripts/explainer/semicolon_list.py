"""A list set as one sentence: under a lead-in ending in a colon, lines that each end in a
semicolon ("…;", "…; and", "…; ou"), the last in a full stop, are its items, whatever their
case or length (a motion's demands, a regulation's duties, a release's points copied without
their bullets)."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import ENDS

# "; and" / "; or" in the languages the fixtures' sites print
JOINED = r"and|or|et|ou|y|o|e|und|oder|en|of|och|eller|og|i|lub|oraz|ve|veya|dan|atau"
SEMICOLON = re.compile(rf";(?:\s+(?:{JOINED}))?$", re.IGNORECASE)


LOOK = 60  # the lead-in and the list's end are looked for this far (linear on a long page of such lines)


def _texts(lines: list[str], i: int, step: int) -> list[int]:
    """The lines with text from i on (not i itself), one way, up to LOOK lines away."""
    rng = range(i - 1, max(i - LOOK, 0) - 1, -1) if step < 0 else range(i + 1, min(i + LOOK, len(lines)))
    return [j for j in rng if lines[j]]


def semicolon_item(ctx: Context) -> bool:
    """An item of such a list: the lines above it up to the lead-in end in semicolons, and so
    does it or the list goes on to a line that does not, which ends in a stop."""
    lines, i = ctx.lines, ctx.i
    if ctx.before_title:
        return False
    up = _texts(lines, i, -1)
    above = 0
    while above < len(up) and SEMICOLON.search(lines[up[above]]):
        above += 1
    if above == len(up) or not lines[up[above]].endswith(":"):
        return False
    below, down = 0, _texts(lines, i, 1)
    current = i
    while SEMICOLON.search(lines[current]):
        if below == len(down):
            return False
        current, below = down[below], below + 1
    return lines[current].endswith(ENDS) and above + below >= 1
