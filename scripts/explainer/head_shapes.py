"""Two lines of a head told by their shape against the headline: a span of two dates right under
it (a life's or an event's, not a time stamp, which is one moment) is its dek, and a short line
that holds the headline word for word with a few words more ("Photo of NAME") is a picture's
description, not a heading."""

from __future__ import annotations

import re

from .furniture import Context
from .notices import plain
from .patterns import DATE, NAMES, SEPARATOR, SHORT, WEEKDAY, prose

_DAY = rf"(?:{WEEKDAY},? )?{DATE}(?:,? \d{{4}})?"
SPAN = re.compile(rf"{_DAY}\s*[–—-]\s*{_DAY}")  # "March 4, 1938 – November 9, 2026"
EXTRA_WORDS = 3  # the words a picture's description adds to the headline: "Photo of", "A picture of"


def date_span(ctx: Context) -> bool:
    """Right under the headline, two dates joined by a dash: the span the piece covers."""
    return ctx.title is not None and ctx.next_nonblank(ctx.title) == ctx.i and SPAN.fullmatch(ctx.text) is not None


def title_alt(ctx: Context) -> bool:
    """Under the headline, above the story's first paragraph, a line that holds the headline and a
    few words more, no sentence."""
    if ctx.title is None or ctx.i <= ctx.title or ctx.lines[ctx.title] not in ctx.text or prose(ctx.text):
        return False
    title = ctx.lines[ctx.title]
    if not 0 < len(ctx.text.split()) - len(title.split()) <= EXTRA_WORDS:
        return False
    return not any(prose(t) for t in ctx.lines[ctx.title + 1 : ctx.i])  # the story has not started


SECTION_WORDS = 3  # a forum's or a site's section: "Announcements (English)", "Local news"


def section_under_title(ctx: Context) -> bool:
    """Right under the headline, a name of a few words, no sentence and no byline's name, over the
    page's own bar of links or tags: the section the piece is filed in (a dek is longer than its
    headline and says something; a venue's or a label's line is over the story's lines)."""
    if ctx.title is None or ctx.next_nonblank(ctx.title) != ctx.i or ctx.text.endswith((".", "!", "?", ":")):
        return False
    j = ctx.next_nonblank(ctx.i)
    words = len(ctx.text.split())
    if not 0 < words <= SECTION_WORDS or words >= len(ctx.lines[ctx.title].split()) or j is None:
        return False
    below = ctx.lines[j]
    bar = len(SEPARATOR.split(below)) >= 2 and len(below) <= SHORT and not prose(below)
    return bar and NAMES.fullmatch(ctx.text) is None and not ctx.text.isupper()


HANDLE = re.compile(r"[a-z0-9][a-z0-9_.-]{2,29}")  # a member's name on a forum: "ana_l", "kmohr"


def handle_over_name(ctx: Context) -> bool:
    """Under the headline, above the story, a member's handle (one word in lower case) right over
    a name in full: the author's, as a forum prints both."""
    if ctx.title is None or ctx.i <= ctx.title or HANDLE.fullmatch(ctx.text) is None:
        return False
    j = ctx.next_nonblank(ctx.i)
    if j is None or NAMES.fullmatch(ctx.lines[j]) is None:
        return False  # first: the look above is a pass over the page so far
    return not any(prose(t) for t in ctx.lines[ctx.title + 1 : ctx.i])


# A blogger greets the reader and says who they are: "Hi, I'm NAME!", "Hallo, ich bin NAME", "Hola, soy NAME".
GREETING = re.compile(
    r"(?:Hi|Hello|Hey|Hallo|Hej|Hola|Bonjour|Salut|Ciao|Olá|Oi)(?: there| everyone)?[,!]? "
    r"(?:I[’']m|I am|ich bin|je suis|soy|sono|sou|eu sou|jag är|jeg er|ik ben) [A-Z]"
)


def greeting_bio(ctx: Context) -> bool:
    """After the story has started, a greeting in which the writer names themself, with no
    paragraph reporting anyone below it: the author's bio box, not the story."""
    if not ctx.started or GREETING.match(ctx.text) is None or len(ctx.text) > 2 * SHORT:
        return False  # first: the look below is a pass over the rest of the page
    return not any(prose(t) and not plain(t) for t in ctx.lines[ctx.i + 1 :])
