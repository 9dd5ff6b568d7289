"""A page hard-wrapped at a fixed width (a PDF's copy, a plain-text e-mail, a wire's text feed):
its paragraphs' lines read as one line each, as the same page copied from the web reads.

A line goes on in the next when the page has a wrapping width and the next line's first word
would not have fitted on it: that is why the line was broken there. A paragraph's last line
leaves room for the next word, so it stays a line of its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .kind_patterns import pattern_kind
from .patterns import LIST_ITEM
from .wrapped_runs import run_width

WALL = 15  # a wrapped line ends this close to the width at most (the longest word it left out)
WORDS = 4  # lines of fewer words are not counted to find the width: headings, buttons
NARROWEST = 40  # a page is not wrapped narrower
AT_WALL = 0.4  # at least this share of counted lines ends near the width …
AT_LEAST = 6  # … and at least this many …
LONGER = 0.15  # … at most this share runs past it (a web address that cannot be broken) …
JUST_PAST = 0.05  # … and hardly any by less than WALL characters: the width is a wall
BAR = re.compile(r"\s[|›>»·•]\s")  # between links


def width(lines: list[str]) -> int | None:
    """The width the page is wrapped at, or None: the least length under which many counted lines
    (of WORDS words or more) end within WALL characters, and past which few run, none closely."""
    lengths = sorted(len(text) for text in lines if len(text.split()) >= WORDS)
    for w in sorted(set(lengths)):
        under, upto = bisect_left(lengths, w - WALL), bisect_right(lengths, w)
        longer, just_past = len(lengths) - upto, bisect_right(lengths, w + WALL) - upto
        walled = longer <= LONGER * len(lengths) and just_past <= JUST_PAST * len(lengths)
        if w >= NARROWEST and upto - under >= max(AT_LEAST, AT_WALL * len(lengths)) and walled:
            return w
    return None


def goes_on(lines: list[str], i: int, wall: int) -> bool:
    """Line i was broken at the width: the next line's first word would not have fitted on it."""
    text, after = lines[i], lines[i + 1]
    if not text or not after or len(text) > wall or len(text) < wall - WALL:
        return False
    if len(text) + 1 + len(after.split()[0]) <= wall or BAR.search(text) or BAR.search(after):
        return False  # a bar of links is not wrapped prose: "NAME - NAME" over "Home | News"
    return not LIST_ITEM.match(after) and not pattern_kind(after)  # a point, "Next message: …": anew


def paragraphs(lines: list[str]) -> list[list[int]]:
    """The lines' numbers, grouped into the paragraphs they were wrapped from (each line alone on
    a page that is not hard-wrapped)."""
    wall = width(lines)
    if (runs := run_width(lines)) and runs != wall:  # the width of the page's paragraphs, when they agree
        # the one under which more lines go on: a web page's own lines may run past its text's width
        wall = max((wall, runs), key=lambda w: sum(goes_on(lines, i, w) for i in range(len(lines) - 1)) if w else -1)
    groups: list[list[int]] = []
    for i in range(len(lines)):
        if wall and groups and goes_on(lines, i - 1, wall):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups
