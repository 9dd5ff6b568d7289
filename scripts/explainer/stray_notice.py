"""A sentence the site prints to its reader among its furniture at the page's foot ("You can't do
that right now.", "Your session has ended."): the site's own words, copied with its buttons, and
no paragraph of the story, so the story ends above it."""

from __future__ import annotations

import re

from .kinds import PARAGRAPH, REASON, SHOWN
from .patterns import ENDS

# Spoken to the reader (a live page's "This page will be updated …" is the story's).
YOU = re.compile(r"\b(?:[Yy]ou|[Yy]our)\b")
NOTICE_WORDS = 15  # one short sentence: a story's last paragraph is longer or more than one


def stray_notices(out: list[tuple[str, str]], lines: list[str]) -> None:
    """The last body line, when one short sentence that speaks to the reader ("you") with the page's
    own lines (no text of the story) above and below it: the site's (a widget)."""
    i = max((i for i, (kind, _) in enumerate(out) if kind in PARAGRAPH), default=None)
    if i is None or out[i][0] != "body":
        return
    text = lines[i]
    one = text.endswith(ENDS) and not re.search(r"[.!?]\s+\S", text)  # one sentence
    if not one or len(text.split()) > NOTICE_WORDS or not YOU.search(text):
        return
    above = next((out[j][0] for j in reversed(range(i)) if lines[j]), "")
    below = next((out[j][0] for j in range(i + 1, len(out)) if lines[j]), "")
    if above and below and above not in SHOWN and below not in SHOWN:
        out[i] = ("widget", REASON["stray"])
