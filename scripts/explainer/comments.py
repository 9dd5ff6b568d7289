"""A reader's comment under the article, copied with the page: a block set off by blank lines
that holds the commenter's age stamp ("2d", "5 hours ago") and ends with the site's buttons
("Like", "Reply"). Its name, role line and text are the page's, however they read alone."""

from __future__ import annotations

import re

from .head_shapes import HANDLE
from .kind_patterns import by_pattern
from .kinds import REASON, SHOWN
from .patterns import AGE, DATE, TIME, UI, prose

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


# between a signer's name and the date: "NAME — DATE", or wide space as a margin comment sets it
SIGNED = re.compile(r"\s+[—–|·]\s+|\s{2,}")
# A clock time or a date with a word either side, in any language: "10:12 AM Today", "heute 14:05"
POSTED = re.compile(rf"(?:[^\W\d_]+,? )?(?:{TIME}|{DATE})(?:,? [^\W\d_]+)?")
# One or more people's names, joined as a couple signs: "Ana and Tom Reyes", "Ana, Tom & Ida"
SIGNERS = re.compile(r"[A-Z][\w.’'-]*(?:(?:,| and| &)? [A-Z][\w.’'-]*){1,6}")


def signed_posts(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the page's own lines have followed the story (a widget, under it perhaps a label), a
    line of names and a date over a paragraph is a reader's post (a condolence, a guestbook's
    entry): the line, its paragraph down to the next blank line and the labels above it are the
    page's."""
    for i, text in enumerate(lines):
        if out[i][0] not in SHOWN or not signed(text) or not after_widgets(out, i):
            continue
        j = i - 1
        while j >= 0 and out[j][0] in ("heading", "blank"):
            j -= 1
        end = i
        while end + 1 < len(lines) and lines[end + 1]:
            end += 1
        for k in [*range(j + 1, i), *range(i, end + 1)]:
            if out[k][0] != "blank":
                out[k] = ("widget", REASON["comment"])


def signed(text: str) -> bool:
    """Names, a dash and a date: "NAME and NAME — 11 May 2026"."""
    parts = SIGNED.split(text)
    stamp = by_pattern("timestamp", parts[-1]) or POSTED.fullmatch(parts[-1]) is not None
    return len(parts) == 2 and SIGNERS.fullmatch(parts[0]) is not None and stamp


def after_widgets(out: list[tuple[str, str]], i: int) -> bool:
    """Above the line, past blank lines and labels (headings), the site's own line (a widget, or
    a marker: a page's number, "-ENDS-", under which a word processor pastes its margin comments)."""
    j = i - 1
    while j >= 0 and out[j][0] in ("blank", "heading"):
        j -= 1
    return j >= 0 and out[j][0] in ("widget", "marker")


def handle_replies(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story's first paragraph, a member's handle (one word in lower case) over a date
    over a paragraph is a reply in a forum's thread: the date and its paragraph are the page's."""
    first = _first_body(out, 0)  # where the story starts, found once (per line: 2 MB of dates took minutes)
    for i, (kind, _) in enumerate(out):
        if kind != "timestamp" or first >= i:
            continue
        above = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        if above is None or below is None or HANDLE.fullmatch(lines[above]) is None or not prose(lines[below]):
            continue
        for j in (above, i, below):
            out[j] = ("widget", REASON["comment"])
        first = _first_body(out, first)


def _first_body(out: list[tuple[str, str]], start: int) -> int:
    return next((j for j in range(start, len(out)) if out[j][0] == "body"), len(out))
