"""Points without bullets under a run of short labels, as a release's notes or a product's
changes are pasted in a file without blank lines: two or more labels in a row ("Added",
"Fixed"), each over two or three short lines, the next label right under the last of them. One
label over paragraphs is a section of the story; a run of short sections, each a few
lines of a sentence or two, is a list under each label."""

from __future__ import annotations

import re

from .bare_lists import label_line
from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import ENDS, LEDE_WORDS, LIST_ITEM, SEPARATOR

SECTION_LINES = 3  # a short section: a label over two or three lines (a story's section holds more)
POINT_MIN = 3
POINT_WORDS = LEDE_WORDS  # a point is no longer than a story's first sentence


def label(text: str) -> bool:
    """A short label from a capital: no sentence's end, no colon at its end, no bullet, no bar
    ("OUTLET · 3h ago" over a linked headline is a link's source), no line of a kind by its
    pattern (a date, a byline)."""
    if not label_line(text) or not text[:1].isupper() or LIST_ITEM.match(text):
        return False
    return len(SEPARATOR.split(text)) == 1 and not pattern_kind(text)  # not a date, a byline


def point(text: str) -> bool:
    """A point's line: three words or more (not a count, a rule, a button), a few, at most two
    sentences, not a label itself nor a bar of links ("Like · Reply · 13h"), a line of the page's
    furniture or one opening with someone's @handle."""
    two = len(re.findall(r"[.!?](?:\s+|$)", text)) <= 2
    bar = len(SEPARATOR.split(text)) > 1 or pattern_kind(text) != "" or text.startswith("@")  # the page's
    return not label(text) and POINT_MIN <= len(text.split()) <= POINT_WORDS and two and not bar


def section(lines: list[str], i: int) -> tuple[int, int] | None:
    """The label over line i and the line after the last of its lines, when it is a short
    section: a label right above two or three points, and right under them another label (or
    the end of the block)."""
    start = i
    while start > 0 and point(lines[start - 1]) and i - start < SECTION_LINES:
        start -= 1
    end = i + 1
    while end < len(lines) and point(lines[end]) and end - start < SECTION_LINES:
        end += 1
    if start == 0 or not label(lines[start - 1]) or not 2 <= end - start <= SECTION_LINES:
        return None
    if end < len(lines) and lines[end] and not label(lines[end]):
        return None
    return start - 1, end


def sectioned_point(ctx: Context) -> bool:
    """A point of a short section beside another short section (the label under its last line
    heads one, or the line above its label closes one), both under the headline, in a run of
    them where a point ends no sentence (a fragment: "Fix a crash on sync by @ana in #212"; a news
    roundup's short paragraphs under their headings are sentences): a list, whatever its words."""
    if ctx.spaced or ctx.title is None or not point(ctx.text) or (found := section(ctx.lines, ctx.i)) is None:
        return False
    top, end = found
    lines = ctx.lines
    after = end + 1 < len(lines) and lines[end] and point(lines[end + 1]) and section(lines, end + 1) is not None
    before = top > 0 and point(lines[top - 1]) and (above := section(lines, top - 1)) is not None
    if top <= ctx.title or not (after or (before and above[0] > ctx.title)):
        return False
    return any(not lines[j].endswith(ENDS) for j in run_points(lines, top, end))


def run_points(lines: list[str], top: int, end: int) -> list[int]:
    """The points of the run of short sections in a row that holds the section from `top` (its
    label) to `end`."""
    points = list(range(top + 1, end))
    while end + 1 < len(lines) and lines[end] and point(lines[end + 1]) and (nxt := section(lines, end + 1)):
        points += range(nxt[0] + 1, nxt[1])
        end = nxt[1]
    while top > 0 and point(lines[top - 1]) and (prev := section(lines, top - 1)):
        points += range(prev[0] + 1, prev[1])
        top = prev[0]
    return points


def section_head(ctx: Context) -> bool:
    """The label right over a short section's points (`sectioned_point`): their heading."""
    if not label(ctx.text) or ctx.i + 1 >= len(ctx.lines):
        return False
    return sectioned_point(Context(ctx.lines, ctx.i + 1, ctx.title, "", ctx.spaced))
