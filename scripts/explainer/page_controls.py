"""Controls of a listing's page (a job board, a shop, a recipe site) copied as text: a rating
with its stars and count ("4.1 ★ 212 reviews"), and a search form's fields pasted as one row
with their button ("Job title, keywords or company<TAB>Town or postcode<TAB>Search")."""

from __future__ import annotations

import re

from .furniture import Context
from .kinds import REASON
from .patterns import UI, UI_WORDS

# A rating: a figure and a star (or "/5", "out of 5"), then perhaps how many rated it.
RATING = re.compile(
    r"(?:[★☆⭐]{1,5} ?)?\d(?:[.,]\d)? ?(?:[★☆⭐]+|/ ?5|out of 5)(?: stars?)?"
    r"(?:\s*[(·|]?\s*[\d.,]+[kK]? ?[^\W\d_]{3,14}\)?)?"
)


def ratings(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A rating with its stars and how many rated is the site's widget, once the page is read: read
    as a byline's line first, it keeps the byline's place line under it the byline's."""
    for i, text in enumerate(lines):
        if out[i][0] != "widget" and RATING.fullmatch(text):
            out[i] = ("widget", REASON["stars"])


def form_row(ctx: Context) -> bool:
    """Two or more fields' labels and the form's button, parted by tabs: a search box copied."""
    cells = ctx.text.split("\t")
    if len(cells) < 3 or not all(0 < len(c.split()) <= UI_WORDS for c in cells):
        return False
    return UI.fullmatch(cells[-1].strip()) is not None and not any(re.search(r"\d", c) for c in cells)


# A box that offers the page's citation: "Cite this object: …", "Zitiervorschlag: …", "Citer cette page : …"
CITE = re.compile(
    r"(?:(?:How to )?[Cc]ite this (?:object|page|record|item|entry|article|work|dataset)|Zitiervorschlag|Zitierweise"
    r"|Citer cette (?:page|notice|œuvre)|Cómo citar(?: este \w+)?|Citar (?:esta|este) \w+|Citeer (?:dit|deze) \w+)"
    r" ?:"
)
CITE_MAX = 400


def cite_box(ctx: Context) -> bool:
    """The page's offer of its own citation, however long: the site's widget."""
    return len(ctx.text) <= CITE_MAX and CITE.match(ctx.text) is not None
