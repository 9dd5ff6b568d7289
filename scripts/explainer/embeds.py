"""A social post embedded in a story, copied as text, ends with its attribution: "— NAME (@handle)
DATE" under the post's words, or "A post shared by NAME (@handle)" under the network's button.
That line says whose post it is, as a caption says whose picture: a caption, not a heading."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import DATE, SHORT

HANDLE = r"\(@[\w.]{2,30}\)"  # the poster's handle in brackets
# after a dash, a name, the handle and the day it was posted: "— NAME (@handle) December 5, 2026"
SIGNED = re.compile(rf"[—–-]+ ?\S.{{0,60}}? {HANDLE},? (?:{DATE}|\d{{1,2}}:\d\d.{{0,30}})")
# the network's words in lower case, then the name and the handle: "A post shared by NAME (@handle)"
SHARED = re.compile(rf"[A-Z][a-z]*(?: [a-zà-ÿ]+)+ \S.{{0,60}}? {HANDLE}")


def embed_attribution(ctx: Context) -> bool:
    """The attribution line of an embedded post, under the story's first paragraph."""
    text = ctx.text
    if not ctx.story or len(text) > SHORT or "(@" not in text:
        return False
    return SIGNED.fullmatch(text) is not None or SHARED.fullmatch(text) is not None
