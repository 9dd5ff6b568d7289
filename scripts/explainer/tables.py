"""A table copied out of a page with its columns spaced out: the row of its columns' names over
its rows, its numbered title above them and its note under them. The rows themselves are read in
`lists.in_table` and `pasted.tab_row`; these lines are told by where they stand next to the rows
and by their shape, not by what the columns hold."""

from __future__ import annotations

import re

from .furniture import Context
from .kinds import REASON, SHOWN
from .lists import BOX_HEADING_WORDS, box_below, table_row
from .pasted import tab_row
from .patterns import ENDS, SEPARATOR, prose

# A table's or a figure's number and a colon or stop opening its title: "Table 2:", "Fig. 3."
NUMBERED_TITLE = re.compile(r"[A-Z][\w.]{1,12} \d{1,3}[A-Za-z]?[:.]\s+\S")
# A one-word label opening a line: "Note:", "Notes:", "Anmerkung:"
# a one-word label ("Note: …"), or the sign a cell carries ("* world premiere", "† after extra time")
LABEL = re.compile(r"[A-Z][^\W\d_]{1,15}:\s+\S|[*†‡]\s?[^\W\d_]")
CELL_WORDS = 4  # a column's name: "Width (m)", "Votes cast"


def row(lines: list[str], i: int) -> bool:
    """A table's row: a label and its figures in columns, or cells set apart by tabs."""
    if not 0 <= i < len(lines) or not lines[i]:
        return False
    return table_row(lines[i]) or tab_row(Context(lines, i, None, "", False))


def header_row(ctx: Context) -> bool:
    """Short names set apart as the rows under it are, as many as their cells, right over two or
    more rows: the table's row of column names (a bar of links has no rows under it)."""
    lines, i = ctx.lines, ctx.i
    if not (row(lines, i + 1) and row(lines, i + 2)):  # most lines have no table under them: asked first
        return False
    parts = SEPARATOR.split(ctx.text)
    if len(parts) < 2 or prose(ctx.text) or row(lines, i):
        return False
    return len(SEPARATOR.split(lines[i + 1])) == len(parts) and all(len(p.split()) <= CELL_WORDS for p in parts)


def table_title(ctx: Context) -> bool:
    """A numbered title ("Table 1: …") right over a table's row of column names or its first row:
    the table's caption."""
    lines, i = ctx.lines, ctx.i
    if NUMBERED_TITLE.match(ctx.text) is None or ctx.text.endswith(ENDS):
        return False
    below = Context(lines, i + 1, ctx.title, "", ctx.spaced)
    return i + 1 < len(lines) and (row(lines, i + 1) or header_row(below))


def table_note(ctx: Context) -> bool:
    """A line opening with a one-word label ("Note: …") or a cell's sign ("* …") right under a
    table's last row: its note."""
    return LABEL.match(ctx.text) is not None and row(ctx.lines, ctx.i - 1) and not row(ctx.lines, ctx.i)


FOOT_LEFT_OUT = 2  # the page's lines between the story and a table that is the page's, not the story's


def foot_table(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A table after the story's last paragraph, once two or more of the page's own lines (its
    buttons, a reader's reply) have come between them, lists the site's other pages (topics,
    threads and their counts): its rows and the label over them are links, not the story's."""
    last = max((i for i, (kind, _) in enumerate(out) if kind == "body"), default=len(out))
    left_out = 0
    for i in range(last + 1, len(out)):
        kind = out[i][0]
        if kind == "list-item" and left_out >= FOOT_LEFT_OUT and row(lines, i):
            out[i] = ("related", REASON["foot-table"])
            j = i - 1
            while j > last and out[j][0] in ("heading", "list-item") and not row(lines, j):
                out[j] = ("related", REASON["foot-table"])  # its label and its row of column names
                j -= 1
        elif kind not in (*SHOWN, "blank"):
            left_out += 1


def box_heading(ctx: Context) -> bool:
    """In the story, a short label right over a box's labelled rows is the box's heading, though it
    opens with a verb of the site's buttons ("Open shelters", "Find a clinic")."""
    text = ctx.text
    short = len(text.split()) <= BOX_HEADING_WORDS and not text.endswith((*ENDS, ":", ",", ";"))
    return ctx.started and short and box_below(ctx.lines, ctx.i)
