"""Lines that open with a person's @handle and say in lower case what they did, two or more in a
row ("@ana_l joined the team in March", "@bo-r made their first edit"): a page's credits to the
people named, not a list of the story's points nor its prose."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import ENDS

HANDLE_DID = re.compile(r"@[\w.-]{2,39} [a-z][^.!?]{5,100}")


def handle_line(text: str) -> bool:
    """An @handle, then a few words in lower case, no sentence's end."""
    return HANDLE_DID.fullmatch(text) is not None and not text.endswith(ENDS)


def handle_credit(ctx: Context) -> bool:
    """Such a line beside another (the line above or under it)."""
    return handle_line(ctx.text) and (handle_line(ctx.near(-1)) or handle_line(ctx.near(1)))
