"""A site's menu copied one link a line: three or more short lines in a block of their own, above
the headline, each a word or two without a sentence's end ("Articles" / "People" / "Jobs"); a
masthead's labels stand one or two at a time."""

from __future__ import annotations

import re

from .furniture import Context, block_around
from .patterns import ENDS, SEPARATOR, UI

MENU_RUN = 3  # links in a row: a section and its sub-section are two
LINK_WORDS = 2


def stacked_menu(lines: list[str], i: int, title: int | None) -> bool:
    """Line i is one of a block of MENU_RUN or more one- or two-word lines set off by blank lines,
    not right over the headline (there, "Home" / "News" / "World News" is the trail to its section;
    in a file without blank lines a masthead's stacked labels can't be told from a menu); the one
    line in capitals among them is the site's name."""
    if "" not in lines:
        return False
    start, end = block_around(lines, i)
    block = lines[start : end + 1]
    below = next((j for j in range(end + 1, len(lines)) if lines[j]), None)
    links = all(len(t.split()) <= LINK_WORDS and not t.endswith((*ENDS, ":")) for t in block)
    if lines[i].isupper() and sum(t.isupper() for t in block) == 1:
        return False  # the one name in capitals among the links: the site's, as its logo sets it ("Menu", "NAME")
    return below != title and len(block) >= MENU_RUN and links


SECTIONS_MAX = 3  # the sections a piece is filed under, as a bar over its headline ("Trade | Courts")


def sections_bar(text: str) -> bool:
    """A bar right over the headline names the piece's sections when it holds a few links; four or
    more ("Home | News | About us | Contact", a page's tabs) are the site's menu."""
    return len(SEPARATOR.split(text)) <= SECTIONS_MAX


def head_button(ctx: Context) -> bool:
    """Under the headline, before the story, one word between a line of the page's (a code, a
    label, a button) and another short line that is no sentence: one of the site's buttons
    ("Compare", "Follow") among the head's furniture, not a heading (a heading is over prose)."""
    if ctx.title is None or ctx.i <= ctx.title or ctx.started or ctx.previous not in ("marker", "widget"):
        return False
    below = ctx.next_nonblank(ctx.i)
    if not re.fullmatch(r"[^\W\d_]+", ctx.text) or below is None:
        return False
    return len(ctx.lines[below].split()) <= LINK_WORDS and not ctx.lines[below].endswith(ENDS)


def arrow_button(ctx: Context) -> bool:
    """A line that ends with a link's arrow but opens with a button's verb ("Follow the crossing live:
    … →", "Track the storm →"): the site's feature, a widget; a headline with an arrow, and the next
    or previous article, are links."""
    text = ctx.text
    if not re.search(r"\s[»›→]$", text) or re.match(r"(?:Next|Previous|Prev)\b", text):
        return False
    return UI.match(text) is not None
