"""Rows and points as copying a page leaves them: a table's cells parted by tabs, and points
whose bullet is a pictograph ("🔹 …"), each with the short line over them that heads them.

Each is a test of one line in its context, named in `rules.py`'s tables.
"""

from __future__ import annotations

import re
import unicodedata

from .furniture import Context
from .lists import BOX_HEADING_WORDS, previous_nonblank
from .patterns import ENDS, LIST_ITEM, NAMES, QUOTE_MARKS, SHORT


def cells(text: str) -> int:
    """How many columns a line copied from a table holds: its cells are parted by tabs."""
    return text.count("\t") + 1 if "\t" in text else 0


def tab_row(ctx: Context) -> bool:
    """A row of a table copied with its tabs ("Pos<TAB>Rider<TAB>Time"), beside another row of as
    many columns: a table's rows, whatever their cells hold (names, times, "s.t.")."""
    n = cells(ctx.text)
    return n >= 2 and (n in (cells(ctx.near(-1)), cells(ctx.near(1))) or corner_row(ctx))


def corner_row(ctx: Context) -> bool:
    """The row of column names whose corner cell was empty: its leading tab is lost with the line's
    spaces, so it has one cell fewer than the two rows under it ("<TAB>2025<TAB>2026")."""
    n, j = cells(ctx.text), ctx.next_nonblank(ctx.i)
    if j is None or n < 2 or cells(ctx.lines[j]) != n + 1:
        return False
    return cells(Context(ctx.lines, j, ctx.title, "", ctx.spaced).near(1)) == n + 1


def over_columns(ctx: Context) -> bool:
    """A short line without a sentence's end right over a table's rows copied with their tabs
    ("Results after stage 2"), or a question however long (a poll's, over its answers): the table's
    heading."""
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    if j is None or cells(text) or "\t" not in ctx.lines[j]:
        return False
    question = text.endswith("?") and len(text) <= SHORT  # a poll's question over its answers' table
    if not question and (len(text.split()) > BOX_HEADING_WORDS or text.endswith((*ENDS, ":", ",", ";"))):
        return False
    below = Context(ctx.lines, j, ctx.title, "", ctx.spaced)
    return tab_row(below)


KEPT_SYMBOLS = "©®℗™°"  # signs that open a notice or a figure, not a point


def symbol(text: str) -> str:
    """The pictograph a line opens with before a space ("🔹 ", "✅ "), or ""."""
    m = re.match(r"(\S)\ufe0f?\s+\S", text)
    if m is None or m[1] in KEPT_SYMBOLS or unicodedata.category(m[1]) != "So":
        return ""
    return m[1]


def dash_mark(text: str) -> str:
    """The em dash a point opens with when it ends as no sentence does ("— 4,200 homes connected"):
    a dialogue's turn (a quotation dash) ends with its full stop, a sign-off is a name alone."""
    if not re.match(r"[—―]\s+\S", text) or text.rstrip(QUOTE_MARKS).endswith((*ENDS, ",", ";", ":")):
        return ""
    return "" if NAMES.fullmatch(text[1:].strip()) else text[0]


def symbol_point(ctx: Context) -> bool:
    """A line led by a pictograph, or by an em dash that ends no sentence, that the line before or
    after it opens with too: a list's points, the pictograph or dash their bullet (a pictograph
    leading one line alone marks a caption, a count; a dash alone, a sign-off)."""
    mark = symbol(ctx.text) or dash_mark(ctx.text)
    if not mark:
        return False
    near = (previous_nonblank(ctx.lines, ctx.i), ctx.next_nonblank(ctx.i))
    return any(j is not None and (symbol(ctx.lines[j]) or dash_mark(ctx.lines[j])) == mark for j in near)


POINTS_LABEL_WORDS = 5  # "What the riders need to know:"


def over_points(ctx: Context) -> bool:
    """A short line (a colon allowed) right over a line led by a bullet or by a pictograph that
    leads the lines under it: the list's heading."""
    text, below = ctx.text, ctx.near(1)
    if len(text.split()) > POINTS_LABEL_WORDS or text.endswith((*ENDS, ",", ";")) or symbol(text) or not below:
        return False
    return bool(LIST_ITEM.match(below)) or symbol_point(Context(ctx.lines, ctx.i + 1, ctx.title, "", ctx.spaced))
