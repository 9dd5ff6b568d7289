"""A reader's comment under the article, copied with the page: a block set off by blank lines
that holds the commenter's age stamp ("2d", "5 hours ago") and ends with the site's buttons
("Like", "Reply"). Its name, role line and text are the page's, however they read alone."""

from __future__ import annotations

import re

from .kinds import REASON
from .patterns import AGE, UI

AGED = re.compile(rf"(?:{AGE})")
COMMENT_MAX = 10  # lines in one comment's block: a file without blank lines is one block, left alone
BUTTON_WORDS = 2  # "Reply", "Like", "Report comment"


def reader_comments(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Mark as widgets the lines of each comment's block after the story has started."""
    start, story = None, False
    for i in range(len(lines) + 1):
        text = lines[i] if i < len(lines) else ""
        if text and start is None:
            start = i
        if text or start is None:
            continue
        block, start = range(start, i), None
        if story and comment(block, out, lines):
            for j in block:
                if out[j][0] != "widget":
                    out[j] = ("widget", REASON["comment"])
        story = story or any(out[j][0] == "body" for j in block)


def comment(block: range, out: list[tuple[str, str]], lines: list[str]) -> bool:
    """Three to ten lines, one of them an age alone, the last a button of the site."""
    last = lines[block[-1]]
    buttons = out[block[-1]][0] == "widget" and UI.match(last) is not None and len(last.split()) <= BUTTON_WORDS
    aged = any(AGED.fullmatch(lines[j]) for j in block)
    return 3 <= len(block) <= COMMENT_MAX and buttons and aged
