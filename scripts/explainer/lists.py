"""Rules for the article's lists and headings: a summary's points under their label, a
timeline's entries, chapters, a fact box's rows, a list whose bullets were lost, and the
shapes of a section heading (set off, a question, a label over a list, a hard-wrapped line).

Each is a test of one line in its context, named in `rules.py`'s tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import kind_patterns
from .furniture import Context, above_prose, block_around, figure_row, set_off
from .notices import reach_line
from .patterns import (
    CHAPTER,
    DATED_ENTRY,
    DEK_MAX,
    ENDS,
    FACT_ROW,
    HEADING_MAX,
    LABELLED,
    LIST_ITEM,
    PAGE_POINTER,
    QUESTION_MAX,
    QUOTE_MARKS,
    SEPARATOR,
    SUMMARY_ITEMS,
    SUMMARY_LABEL,
    SUMMARY_WORDS,
    UI,
    UI_WORDS,
    prose,
)


def summary_item(ctx: Context) -> bool:
    """Under a label for the story's summary ("Highlights", "Key points"), the short lines
    that follow it without bullets: its points (in a file set out with blank lines, the block
    under it; without them, the one-sentence lines up to a longer line or a bulleted point)."""
    if len(ctx.text) > DEK_MAX or re.search(r"[.!?]\s+[A-Z]", ctx.text):
        return False
    if ctx.spaced and not prose(ctx.text) and spaced_points(ctx):
        return True
    j = ctx.i - 1
    while j >= 0 and ctx.lines[j] and j > ctx.i - SUMMARY_ITEMS:
        line = ctx.lines[j]
        if SUMMARY_LABEL.fullmatch(line):
            return True
        if len(line.split()) > SUMMARY_WORDS or re.search(r"[.!?]\s+[A-Z]", line) or LIST_ITEM.match(line):
            return False
        j -= 1
    return ctx.spaced and j >= 1 and not ctx.lines[j] and SUMMARY_LABEL.fullmatch(ctx.lines[j - 1]) is not None


def spaced_points(ctx: Context) -> bool:
    """In a file set out with blank lines, points set off one by one under the label: up to it,
    only short lines without a sentence's end."""
    j, points = ctx.i - 1, 0
    while j >= 0 and points < SUMMARY_ITEMS:
        line = ctx.lines[j]
        if line and SUMMARY_LABEL.fullmatch(line):
            return True
        if line and (len(line.split()) > SUMMARY_WORDS or line.endswith(ENDS) or LIST_ITEM.match(line)):
            return False
        points, j = points + bool(line), j - 1
    return False


def table_row(text: str) -> bool:
    """A label and its figures set in columns: "Team A   412   (31%)"."""
    return len(text) <= HEADING_MAX and figure_row(SEPARATOR.split(text))


def in_table(ctx: Context) -> bool:
    """One of two or more such rows in a row, wherever they stand: a table's rows, a list."""
    return table_row(ctx.text) and len(row_run(ctx.lines, ctx.i, table_row, ctx.spaced)) >= 2


# A box has tens of rows at most: the look stops this many lines each way (a page of 400 labelled
# lines took 14 s, each line's look passing over all the others; 2,000 would take minutes).
RUN_LOOK = 60


def row_run(lines: list[str], i: int, row: Callable[[str], bool], spaced: bool) -> list[str]:
    """Line i and the rows next to it; in a file set out with blank lines, also rows each alone
    between blank lines, one blank line apart, when short and no sentence (a box's rows set out
    as the paragraphs are, not two blocks of rows nor paragraphs)."""
    run = [i]
    for step in (-1, 1):
        j = i
        while abs(j - i) < RUN_LOOK:
            k = j + step
            if 0 <= k < len(lines) and row(lines[k]):
                j = k
            elif (
                spaced
                and 0 <= k + step < len(lines)
                and not lines[k]
                and all(
                    row(lines[n]) and alone(lines, n) and len(lines[n]) <= HEADING_MAX and not prose(lines[n])
                    for n in (j, k + step)
                )
            ):
                j = k + step
            else:
                break
            run.append(j)
    return [lines[j] for j in sorted(run)]


def dated_entry(ctx: Context) -> bool:
    """One of several lines that start with a date and a dash: the entries of a timeline."""
    if not DATED_ENTRY.match(ctx.text):
        return False
    return sum(1 for line in ctx.lines if DATED_ENTRY.match(line)) >= 2


def numbered_heading(ctx: Context) -> bool:
    """ "2. Ferry strike spreads" alone above prose, after no other item: a numbered section
    (in a file without blank lines, right above a paragraph of prose)."""
    text, j = ctx.text, ctx.i - 1
    while j >= 0 and not ctx.lines[j]:
        j -= 1
    earlier = j >= 0 and LIST_ITEM.match(ctx.lines[j])
    if len(text) > HEADING_MAX or text.endswith((*ENDS, ":", ";")):
        return False
    if numbered_section(ctx):
        return True
    return not earlier and (above_prose(ctx) or (not ctx.spaced and prose(ctx.near(1))))


NUMBERED = re.compile(r"(\d{1,2})[.)]\s+\S")


def numbered_section(ctx: Context) -> bool:
    """A numbered line whose numbers run across the page's sections: neither the line above nor
    the one below it is numbered, and the next number (or the one before) stands further on, with
    other lines between ("1. Main points" … "2. Salt extraction"): a section's heading, not an item
    of a list, whose numbers follow one another line by line."""
    m = NUMBERED.match(ctx.text)
    if m is None or ctx.text.endswith((*ENDS, ":", ";")):
        return False
    n = int(m[1])
    for j, step in ((ctx.next_nonblank(ctx.i), 1), (previous_nonblank(ctx.lines, ctx.i), -1)):
        if j is not None and (o := NUMBERED.match(ctx.lines[j])) and int(o[1]) == n + step:
            return False  # a list's items, one number after another
    for j, line in enumerate(ctx.lines):
        other = NUMBERED.match(line)
        if other and int(other[1]) in (n - 1, n + 1) and abs(j - ctx.i) > 2 and not line.endswith(ENDS):
            return True
    return False


def previous_nonblank(lines: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not lines[j]:
        j -= 1
    return j if j >= 0 else None


def fact_row(ctx: Context) -> bool:
    """One of a run of short "Label: value" lines without a sentence's end: a fact box."""
    if ctx.section or not FACT_ROW.fullmatch(ctx.text) or ctx.text.endswith(ENDS):
        return False
    return any(FACT_ROW.fullmatch(n) and not n.endswith(ENDS) for n in (ctx.near(-1), ctx.near(1)))


RUN_MIN = 3  # a box or a list has at least three rows
# Kinds a labelled line keeps inside a box: the box holds the story's facts, not these.
OWN_LABELS = ("contact", "credit", "byline", "correction", "editor-note", "marker", "caption")


NOTES = ("correction", "editor-note")


def box_row(text: str) -> bool:
    """A labelled line, but not the publisher's note under a box ("Correction: …") nor a link to
    another story ("View: HEADLINE – Page 6"), which end it."""
    if LABELLED.fullmatch(text) is None or PAGE_POINTER.match(text):
        return False
    return kind_patterns.pattern_kind(text) not in NOTES


def alone(lines: list[str], i: int) -> bool:
    """Between blank lines (or the file's ends)."""
    return (i == 0 or not lines[i - 1]) and (i + 1 == len(lines) or not lines[i + 1])


def label_run(ctx: Context) -> bool:
    """One of a run of three or more lines that each open with a different label and its colon
    ("Court: …", "Getting there: …", "Date filed: …"), whatever their values: a box's rows. A
    label that opens another line of the file elsewhere is a speaker's (a transcript's turns)."""
    if len(ctx.text) > DEK_MAX or not box_row(ctx.text):
        return False
    run = row_run(ctx.lines, ctx.i, box_row, ctx.spaced and not ctx.head)  # the head's lines: its metadata
    labels = [m["label"] for t in run if (m := LABELLED.fullmatch(t))]
    if len(run) < RUN_MIN or len(set(labels)) < len(labels) or any(len(t) > DEK_MAX for t in run):
        return False
    kinds = [kind_patterns.pattern_kind(t) for t in run]
    if sum(k in (*OWN_LABELS, "widget", "timestamp") for k in kinds) > len(run) // 2:
        return False  # mostly the page's own lines, each read as what it is: a share row, the review dates
    if all(map(reach_line, run)):
        return False  # whom to call, a number on every row ("Office: NAME, NUMBER"): contact lines
    if run[-1] == ctx.text and kind_patterns.NEXT_PIECE.match(ctx.text) and len(run) > RUN_MIN:
        return False  # the next piece by its title under a box of its own rows ("Next: TITLE") is a link
    return all(ctx.openings[label] == 1 for label in labels)


def box_below(lines: list[str], i: int) -> bool:
    """Right under line i, three or more lines that each open with a label of their own and its
    colon (a label of a few words, or a fact's of any words: "Pairs nesting this year: 40"): a
    box's rows, whatever their values."""
    labels = []
    for text in lines[i + 1 :]:
        m = LABELLED.fullmatch(text) if len(text) <= DEK_MAX else None
        if m is None and not (FACT_ROW.fullmatch(text) and not text.endswith(ENDS)):
            break
        labels.append(m["label"] if m else text.partition(":")[0])
    return len(labels) >= RUN_MIN and len(set(labels)) == len(labels)


def lead_in_list(ctx: Context) -> bool:
    """Under a lead-in that ends in a colon ("The schools that will close are:"), one of the short
    lines right after it without a sentence's end, two or more: a list whose bullets were lost."""
    lines, start, end = ctx.lines, ctx.i, ctx.i
    if not item_shape(ctx.text):
        return False
    while start > 0 and item_shape(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and item_shape(lines[end + 1]):
        end += 1
    lead = lines[start - 1] if start > 0 else ""
    return end > start and lead.endswith(":") and len(lead.split()) >= UI_WORDS


def item_shape(text: str) -> bool:
    """A list item's shape without its bullet: a short line from a capital without a sentence's end."""
    return 0 < len(text) <= HEADING_MAX and text[:1].isupper() and not text.endswith((*ENDS, ":", ",", ";"))


def chapter(ctx: Context) -> bool:
    """One of a run of short lines that each start with a time: chapters, a running order."""
    text = ctx.text
    if not CHAPTER.match(text) or len(text) > HEADING_MAX or text.endswith("."):
        return False
    return bool(CHAPTER.match(ctx.near(-1)) or CHAPTER.match(ctx.near(1)))


def run_on_item(ctx: Context) -> bool:
    """In a file set out with blank lines, one of a block of one-sentence lines that a line
    ending in a colon introduces: a list whose bullets were lost."""
    if not ctx.spaced or len(ctx.text) > DEK_MAX or re.search(r"[.!?]\s+[A-Z]", ctx.text):
        return False
    lines, (start, end) = ctx.lines, block_around(ctx.lines, ctx.i)
    if lines[start].endswith(":"):
        return ctx.i > start and end - start >= 2
    return end > start and start >= 2 and lines[start - 2].endswith(":")


BOX_HEADING_WORDS = 8  # a box's heading may name its subject: "NAME at a glance"


def heading(ctx: Context) -> bool:
    """A short line without closing punctuation, set off by blank lines (or in a file that
    uses none, between two longer lines); a short question before a long paragraph; a short
    label before a list."""
    text, after = ctx.text, ctx.lines[ctx.next_nonblank(ctx.i) or ctx.i]
    if text.endswith("?") and ctx.spaced and len(after) > HEADING_MAX:  # an explainer's question
        return not ctx.near(-1) and not ctx.near(1) and len(text) <= QUESTION_MAX
    between = not ctx.spaced and len(text) <= QUESTION_MAX and after_sentence(ctx)  # the same, between paragraphs
    if text.endswith("?") and between and prose(ctx.near(1)) and len(ctx.near(1)) > HEADING_MAX:
        return True
    if SUMMARY_LABEL.fullmatch(text):  # over the story's summary: "Key points:"
        return True
    label = len(text.split()) <= 4 and not text.endswith((*ENDS, ",", ";"))  # "Key facts:", "Chapters"
    over = ctx.near(1)
    if label and (LIST_ITEM.match(over) or CHAPTER.match(over) or DATED_ENTRY.match(over) or table_row(over)):
        return True
    boxed = len(text.split()) <= BOX_HEADING_WORDS and not text.endswith((*ENDS, ":", ",", ";"))
    if boxed and box_below(ctx.lines, ctx.i):  # "Key figures", "NAME at a glance" over a box's rows
        return True
    if LIST_ITEM.match(ctx.near(1)) and len(text) <= HEADING_MAX and not text.endswith((".", "!", "…", ":", ",", ";")):
        return True  # a heading's length over a list, without a lead-in's colon: "What the council asked for", "Who?"
    if label and text.endswith(":") and prose(ctx.near(1)):  # a lead-in: "Why it matters:"
        return True
    if len(text) > HEADING_MAX or text.endswith((".", "?", "!", ":", "”", '"', ",", ";")):
        return False
    return set_off(ctx) or wrapped_heading(ctx)


def after_sentence(ctx: Context) -> bool:
    """Right after a sentence's end (a quotation's closing mark after it), a lead-in's colon, or a
    line the page leaves out between paragraphs ("ADVERTISEMENT"): where a section may start."""
    before = ctx.near(-1).rstrip(QUOTE_MARKS + ")")
    return before.endswith((*ENDS, ":")) or ctx.previous in ("widget", "marker")


def wrapped_heading(ctx: Context) -> bool:
    """In hard-wrapped text without blank lines, a line much shorter than the next, after a
    sentence's end or the page's furniture, over a line that starts with a capital (the site's
    buttons between them passed over: "Transcript" / "Show full transcript" / the text)."""
    text, before, j = ctx.text, ctx.near(-1), ctx.i + 1
    while j < len(ctx.lines) - 1 and button(ctx.lines[j]):
        j += 1
    after = ctx.lines[j] if j < len(ctx.lines) else ""
    if ctx.spaced or not after[:1].isupper() or len(after) < len(text) + 20 or len(text.split()) > 10:
        return False
    return ctx.previous not in ("body", "list-item", "title", "dek") or prose(before) or before.endswith(ENDS)


def button(text: str) -> bool:
    """A few words that start with a verb of the site's interface."""
    return UI.match(text) is not None and len(text.split()) <= UI_WORDS and not text.endswith(ENDS)
