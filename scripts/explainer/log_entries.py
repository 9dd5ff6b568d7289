"""A log's entries: lines opening with a clock time and a dash ("7:52 a.m. — A caller reported
…", "14.05 – Polls close at the last station"), beside another such line, are the items of a
list however long each is (a police log, a day's timeline, a ship's log); a date alone right
over such an entry is its day's heading, not the page's stamp."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import CLOCK, ENDS, HAS_TIME, UI_WORDS

ENTRY = re.compile(rf"{CLOCK}\s+[-–—]\s+(?:[^\W\d]|[“\"‘'])")  # a time, a dash, then words
NEAR = 3  # the next entry is a few lines away at most: a day's heading or an advertisement between


def entry(lines: list[str], i: int) -> bool:
    """A line opening with a clock time and a dash, another such line among the few lines with
    text above or below it."""
    if not ENTRY.match(lines[i]):
        return False
    above = [t for t in lines[max(i - 2 * NEAR, 0) : i] if t][-NEAR:]
    below = [t for t in lines[i + 1 : i + 1 + 2 * NEAR] if t][:NEAR]
    return any(ENTRY.match(t) for t in above + below)


def clock_entry(ctx: Context) -> bool:
    """Under the headline, an entry of a log: a list's item."""
    return not ctx.before_title and entry(ctx.lines, ctx.i)


def day_heading(ctx: Context) -> bool:
    """Among the story, a date alone in a few words ("Monday, Nov. 23", "Day 2: 14 March") right
    over a log's entry: the heading of that day's entries."""
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    if not ctx.started or j is None or len(text.split()) > UI_WORDS // 2 + 1 or text.endswith(ENDS):
        return False
    return HAS_TIME.search(text) is not None and entry(ctx.lines, j)
