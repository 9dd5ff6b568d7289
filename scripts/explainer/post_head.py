"""A post inside a page's own head: a platform prints the name of the project, the group or the
channel (perhaps with its owner) over its row of tabs ("Campaign   Rewards   FAQ 4   Updates 7"),
and only under the tabs the post itself, its headline right over its byline ("Posted by NAME",
"Von NAME"). The line over the byline is the story's headline; the name above the tabs, and what
lies between, are the page's labels."""

from __future__ import annotations

import re

from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import ENDS, HEADING_MAX, SEPARATOR, prose

TABS_MIN = 3  # a row of tabs: three or more short parts
TAB_WORDS = 3  # a tab's words: "Updates 7", "Start a project"
REACH = 8  # lines from the first pick down to the post's headline


def tab_row(text: str) -> bool:
    """Three or more short parts set apart as a bar's are, none a sentence."""
    parts = SEPARATOR.split(text)
    return len(parts) >= TABS_MIN and all(0 < len(p.split()) <= TAB_WORDS and not p.endswith(ENDS) for p in parts)


def post_title(lines: list[str], title: int) -> int | None:
    """Below the first pick of a headline and a row of tabs under it, before any prose, a line no
    longer than a headline that a byline follows: the post's headline (None if there is none)."""
    rows = [j for j in range(title + 1, min(len(lines), title + 1 + 2 * REACH)) if lines[j]][:REACH]
    tabs = False
    for k, j in enumerate(rows):
        text = lines[j]
        if prose(text):
            return None
        if tab_row(text):
            tabs = True
            continue
        below = rows[k + 1] if k + 1 < len(rows) else None
        if pattern_kind(text):
            continue  # the name's owner ("by NAME") above the tabs, a date
        if tabs and below is not None and len(text) <= HEADING_MAX and pattern_kind(lines[below]) == "byline":
            return j
    return None


# A count the site prints beside a post: a figure and one word ("38 likes", "1.2K views", "12 Kommentare")
COUNTED = re.compile(r"\d[\d,.]*[KkMm]? [^\W\d_]+")


def counted_bar(ctx: Context) -> bool:
    """Under the headline, above the story, a bar of short parts one of which is a count ("For all
    members · 38 likes"): the post's audience and reactions, the site's, not a dek."""
    parts = SEPARATOR.split(ctx.text)
    if not ctx.head or ctx.story or len(parts) < 2 or ctx.text.endswith(ENDS):
        return False
    return all(len(p.split()) <= TAB_WORDS + 1 for p in parts) and any(COUNTED.fullmatch(p) for p in parts)
