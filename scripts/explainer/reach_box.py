"""An office's contact block set as a box of labelled rows ("Enquiries: OFFICE", "Phone: NUMBER",
"Email: ADDRESS"): its rows say how to reach someone, by a telephone number and an e-mail
address among them, so they are contact lines, not a box of facts about the story."""

from __future__ import annotations

from .furniture import Context
from .lists import box_row, row_run
from .notices import EMAIL, PHONE


def reach_box(ctx: Context) -> bool:
    """A labelled row in the story, in a run of them of which one is an e-mail address and another
    opens with a telephone number (a note that asks to call or write is read as a notice)."""
    if not ctx.story or ctx.before_title or not box_row(ctx.text):
        return False
    run = row_run(ctx.lines, ctx.i, box_row, False)
    values = [t.partition(":")[2].strip() for t in run]  # a row that is the address, one that opens with the number
    return any(EMAIL.fullmatch(v) for v in values) and any(PHONE.match(v) for v in values)
