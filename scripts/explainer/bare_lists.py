"""Lists without bullets, told by the block they make: a short label over two or more lines of
details, set off by blank lines ("Visitation" over a date and a place), or, in a file without
blank lines, a short label over three or more lines that are no sentences between two paragraphs
of prose. The label is the list's heading, its lines its items."""

from __future__ import annotations

import re

from .furniture import Context, block_around
from .kind_patterns import pattern_kind
from .patterns import AGE, ENDS, LIST_ITEM, QUOTE_MARKS, SHORT, prose

LABEL_WORDS = 5  # a block's label: "Visitation", "Where to donate"
ITEM_MIN = 2  # a block's details under its label
RUN_ITEMS = 3  # in a file without blank lines, more: two lines may be a wrapped paragraph's
ITEM_MAX = SHORT  # a detail is short: a date and a place, a row of a timetable (a paragraph is longer)


def label_line(text: str) -> bool:
    """A few words, no sentence's end nor a colon: a label, not a lead-in nor a rule of dashes."""
    words = 0 < len(text.split()) <= LABEL_WORDS and re.search(r"[^\W\d_]{2}", text) is not None
    return words and not text.endswith((*ENDS, ":", ",", ";"))


def item_line(text: str) -> bool:
    """A detail: short, opening with a capital or a figure (a wrapped paragraph's next line opens
    in lower case)."""
    return 0 < len(text) <= ITEM_MAX and re.match(r"[^\W_a-z]", text) is not None


def sentence(text: str) -> bool:
    """Prose that ends as a sentence does, its last character a stop (not "at 22.48", whose
    figures `prose` takes for a footnote's mark)."""
    return prose(text) and text.rstrip(QUOTE_MARKS + ")").endswith(ENDS)


def spaced_block(ctx: Context) -> tuple[int, int] | None:
    """In a file set out with blank lines, below the story's first paragraph, a block of a label
    and two or more short details, not all sentences (a heading over paragraphs), with prose
    after it: its first and last line."""
    if not ctx.spaced or not ctx.story:
        return None
    start, end = block_around(ctx.lines, ctx.i)
    items = ctx.lines[start + 1 : end + 1]
    if len(items) < ITEM_MIN or not label_line(ctx.lines[start]) or not all(map(item_line, items)):
        return None
    if all(map(prose, items)) or not any(map(prose, ctx.lines[end + 1 :])):
        return None  # a heading over paragraphs with no blank line between them
    if any(re.fullmatch(AGE, t) or pattern_kind(t) == "timestamp" for t in items):
        return None  # an age ("5 hours ago") or a time stamp ("Posted … 09:31 CET") stamps a post, no list
    return start, end


def run_block(ctx: Context) -> tuple[int, int] | None:
    """In a file without blank lines, a label under a paragraph of prose, over three or more
    details, none a sentence and each longer than a label (not a signature over a heading), with
    a paragraph of prose right under them: its first and last line."""
    if ctx.spaced or not ctx.story or sentence(ctx.text):
        return None
    lines, start = ctx.lines, ctx.i
    while start > 0 and not sentence(lines[start - 1]) and lines[start - 1]:
        start -= 1
    end = start + 1
    while end + 1 < len(lines) and lines[end + 1] and not sentence(lines[end + 1]):
        end += 1
    items = lines[start + 1 : end + 1]
    if start == 0 or not sentence(lines[start - 1]) or end + 1 >= len(lines) or not sentence(lines[end + 1]):
        return None
    if len(items) < RUN_ITEMS or not label_line(lines[start]) or not all(map(item_line, items)):
        return None
    return (start, end) if all(len(t.split()) > LABEL_WORDS for t in items) else None


PAIRED_REACH = 12  # how far up from a line its list's label is searched for


def next_to_list(lines: list[str], end: int) -> bool:
    """Right under `end`, a label over a bulleted or numbered item: the next list of a pair."""
    return end + 2 < len(lines) and label_line(lines[end + 1]) and LIST_ITEM.match(lines[end + 2]) is not None


def paired_block(ctx: Context) -> tuple[int, int] | None:
    """In the story, a label with no figure over two or more short details, none a sentence nor
    bulleted, right over a label over a bulleted or numbered list (a recipe card's
    ingredients over its steps, "What you need" over "How to do it"): the first list lost its
    bullets in the copy. Its first and last line."""
    lines = ctx.lines
    if not ctx.story or not lines[ctx.i] or LIST_ITEM.match(ctx.text):
        return None
    end = ctx.i
    while end + 1 < len(lines) and not next_to_list(lines, end) and detail(lines[end + 1]):
        end += 1
    if not next_to_list(lines, end):
        return None
    start, top = None, ctx.i
    while top >= max(ctx.i - PAIRED_REACH, 0) and (detail(lines[top]) or bare_label(lines[top])):
        start = top if bare_label(lines[top]) else start  # the topmost label: its items may be labels too
        top -= 1
    return (start, end) if start is not None and end - start >= ITEM_MIN else None


def bare_label(text: str) -> bool:
    """A label with no figure in it ("Ingredients", "What you need"), not a detail ("2 eggs")."""
    return label_line(text) and re.search(r"\d", text) is None


def detail(text: str) -> bool:
    """A bare detail of such a list: short, no sentence, no bullet."""
    return item_line(text) and not sentence(text) and LIST_ITEM.match(text) is None


def block_label(ctx: Context) -> bool:
    """The label over such a block: the list's heading."""
    block = spaced_block(ctx) or run_block(ctx) or paired_block(ctx)
    return block is not None and block[0] == ctx.i


def block_item(ctx: Context) -> bool:
    """A detail under such a label: an item of the list."""
    block = spaced_block(ctx) or run_block(ctx) or paired_block(ctx)
    if block is None or (ctx.title is not None and block[0] <= ctx.title <= block[1]):
        return False  # a block that holds the headline is the head: the paper, the date, the edition
    return block[0] < ctx.i


NUMBER = re.compile(r"(\d{1,2})[.)]\s+\S")  # a numbered item's number: "2. …", "3) …"


def numbered_run(ctx: Context) -> bool:
    """A line numbered one more than the line above it, an item of a list: the next item of that
    list, whatever its words say (a note that speaks of photographs is no caption)."""
    m = NUMBER.match(ctx.text)
    if m is None or ctx.last != "list-item":
        return False
    above = next((t for t in reversed(ctx.lines[: ctx.i]) if t), "")
    return (k := NUMBER.match(above)) is not None and int(k[1]) == int(m[1]) - 1
