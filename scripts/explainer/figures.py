"""A box of key figures, each a figure and its label set apart by wide space ("41,000      people
displaced", "Budget      €2.4bn"): a list's items, whichever side the figure stands on, even when
the copy sets each row off with blank lines."""

from __future__ import annotations

import re

from .furniture import Context
from .lists import previous_nonblank
from .patterns import CLOCK, ENDS, HAS_TIME, LIST_ITEM, SEPARATOR, STAMP_MAX, STAMP_PARTS, STAMP_WORDS

# Wide space or a tab between a figure and its label (a bar's links are parted by bars or dots).
WIDE = re.compile(r"\t|\s{3,}")
# A figure as a key-figures box prints it: a currency's sign or code, a number, its unit or scale.
FIGURE = re.compile(
    r"(?:[A-Z]{0,3}[$€£¥₩]|[A-Z]{3} )?[+-]?\d[\d.,]*\s?(?:%|[kKMB]n?|bn|m|million|billion|thousand|km|kg|t)?"
)

TICKER = re.compile(r"[%▲▼△▽↑↓]|(?<![\w-])[+−-]\d")  # a change in a price: "+15.10", "▲1.84%"


def figure_label(text: str) -> int:
    """Which side of a line its figure stands on (-1 first, 1 last) when the line is a figure and
    a label in words set apart by wide space; 0 when it is not."""
    if "\t" not in text and "   " not in text:  # no wide space: most lines, told without a split
        return 0
    parts = WIDE.split(text.strip())
    if len(parts) != 2:
        return 0
    first, last = (FIGURE.fullmatch(p) is not None for p in parts)
    if first and not last and re.search(r"[^\W\d_]{2}", parts[1]):
        return -1
    if last and not first and re.search(r"[^\W\d_]{2}", parts[0]):
        return 1
    return 0


def key_figure(ctx: Context) -> bool:
    """A figure and its label set apart by wide space, whose nearest line with text above or
    below is of the same shape (the figure on the same side): a row of a box of key figures."""
    side = figure_label(ctx.text)
    if not side:
        return False
    near = (previous_nonblank(ctx.lines, ctx.i), ctx.next_nonblank(ctx.i))
    return side in (figure_label(ctx.lines[j]) for j in near if j is not None)


def details_bar(text: str) -> bool:
    """A bar whose parts are mostly figures ("9–14 March · 6 stages · 912 km"): the page's details
    (an event's dates, its length), not a menu of links, which name places in words, nor a ticker of
    prices and their changes ("MLX 40  4,212.36 ▲1.84%")."""
    parts = SEPARATOR.split(text)
    if TICKER.search(text):
        return False
    return len(parts) >= 2 and sum(any(c.isdigit() for c in p) for p in parts) * 2 >= len(parts)


CLOCK_TIME = re.compile(CLOCK, re.VERBOSE)


def counted_stamp(text: str) -> bool:
    """A bar of a post's details, its clock time among counts and words such as "edited" ("👁 18.2K
    edited  21:47", "12 Mar 2026, 09:40 · 1.2K views"): the page's time stamp, not a menu (an
    event's dates and counts, "9–14 March · 6 stages", are its details: see details_bar)."""
    if len(text) > STAMP_MAX or not CLOCK_TIME.search(text):  # no clock time: most lines, told without a split
        return False
    parts = SEPARATOR.split(text)
    if len(parts) < 2:
        return False
    dated = [p for p in parts if CLOCK_TIME.search(p) and HAS_TIME.search(p) and not stamp_words(p)]
    return len(dated) == 1 and all(p in dated or not stamp_words(p) or COUNT.fullmatch(p) for p in parts)


def stamp_words(text: str) -> set[str]:
    """The words of a part that are neither a date's nor a stamp's ("Updated", "edited")."""
    return set(STAMP_PARTS.sub(" ", text).lower().split()) - STAMP_WORDS


COUNT = re.compile(rf"(?:[^\w\s]{{1,2}} ?)?{FIGURE.pattern}(?: [a-z]+)?")  # "👁 18.2K", "1.2K views"


CODE = re.compile(r"(?<!\S)\S*[^\W\d_]\d{4,}\b")  # a register's code: letters and four or more digits, "A00123"


def imprint_bar(text: str) -> bool:
    """A bar of three or more parts, one of them a register's code ("Publisher Ltd | Reg. no. A00123
    | Editor NAME"): the publisher's imprint, not a menu (a menu's links hold no codes)."""
    return CODE.search(text) is not None and len(SEPARATOR.split(text)) >= 3


NUMBER_WORDS = "two three four five six seven eight nine ten".split()
COUNTED_WORDS = 6  # "Three things we changed:", "5 ways the club is saving money:"


def counted_points(ctx: Context) -> bool:
    """A short line that opens with how many points follow it, and as many bulleted or numbered
    points under it, a blank line allowed between ("Three things we changed:" over "1. …" "2. …"
    "3. …"): the list's heading, not a lead-in sentence of the story."""
    words = ctx.text.split()
    if not words or len(words) > COUNTED_WORDS or ctx.text.endswith((*ENDS, ",", ";")):
        return False
    first = words[0].lower()
    count = int(first) if first.isdigit() else NUMBER_WORDS.index(first) + 2 if first in NUMBER_WORDS else 0
    points = 0
    for line in (t for t in ctx.lines[ctx.i + 1 :] if t):  # the points, set off by blank lines or not
        if not LIST_ITEM.match(line):
            break
        points += 1
    return count >= 2 and points == count
