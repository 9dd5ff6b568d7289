"""The page's controls and a print edition's furniture, by their shape: an e-paper's pager, a
printed page's running head, and the page's slot between two paragraphs (an advertisement's label
in any language). Tests of one line in its context are named in `rules.py`'s tables; `lone_word`
runs once every line has a kind (`reading.settle`).
"""

from __future__ import annotations

import re

from . import kind_patterns
from .furniture import Context
from .kinds import REASON
from .patterns import AGE, ENDS, SEPARATOR, SHORT, UI_WORDS, prose

ARROWS = "◀▶◁▷←→‹›«»<>"
# A page's place in an edition or a viewer, its arrows aside: "Page 5 of 32", "◀ Page 4", "p. 12"
PAGE_NO = re.compile(
    rf"[{ARROWS}]?\s*(?:Page|PAGE|P\.|p\.|Pg\.?) ?[A-Z]?\d{{1,3}}(?: (?:of|/) \d{{1,3}})?\s*[{ARROWS}]?"
)
TURN = re.compile(rf"[{ARROWS}]\s*\d{{1,4}}|\d{{1,4}}\s*[{ARROWS}]")  # an arrow and a page's number: "‹ 189"
COUNTER = re.compile(r"[^\W\d_]{3,15} (\d{1,2})/(\d{1,2})")
MOST_SUBPAGES = 30
PAGE_NUMBER = re.compile(r"[A-Z]?\d{1,3}")  # a printed page's number alone: "5", "A12"


def pager(ctx: Context) -> bool:
    """A bar of short parts, one of them a page's place in the edition ("Page 5 of 32", "◀ Page 4
    Page 6 ▶"): an e-paper's or a viewer's controls, not the story's words."""
    if len(ctx.text) > SHORT or prose(ctx.text):
        return False
    parts = SEPARATOR.split(ctx.text)
    short = all(len(p.split()) < UI_WORDS for p in parts)
    if len(parts) >= 2 and all(TURN.fullmatch(p) for p in parts):
        return True  # a viewer's arrows to the pages before and after: "‹ 189     191 ›"
    if (m := COUNTER.fullmatch(ctx.text)) and 0 < int(m[1]) <= int(m[2]) <= MOST_SUBPAGES:
        return True  # a viewer's count of subpages in its language: "Alasivu 1/2", "Unterseite 2/3"
    return len(parts) >= 2 and short and any(PAGE_NO.fullmatch(p) for p in parts)


def print_head(ctx: Context) -> bool:
    """A printed page's running head, its parts set apart: the paper's name, the date and the page's
    number ("THE PAPER      Thursday, 14 November 2024      5"), whatever the name."""
    if len(ctx.text) > SHORT:
        return False
    parts = SEPARATOR.split(ctx.text)
    if len(parts) < 3 or not any(PAGE_NUMBER.fullmatch(p) for p in (parts[0], parts[-1])) or ":" in parts[0]:
        return False  # a labelled first part ("Author: NAME | DATE | 88") is a byline's bar, not a name
    return any(kind_patterns.by_pattern("timestamp", p) for p in parts)


def lone_word(out: list[tuple[str, str]], lines: list[str]) -> None:
    """One word set off between two paragraphs of a story that has no other heading, a word the
    paragraph under it does not use: no section's heading (a section has a sibling, and its heading
    names what it speaks of: "Tickets" over "All tickets bought …") but the page's slot between
    paragraphs, in any language ("Publicidad", "Anzeige"): a widget."""
    body = [i for i, (kind, _) in enumerate(out) if kind == "body" and prose(lines[i])]
    if not body:
        return
    heads = [i for i in range(body[0], body[-1]) if out[i][0] == "heading"]
    if len(heads) != 1 or not re.fullmatch(r"[^\W\d_]+", lines[heads[0]]):
        return
    i = heads[0]
    above = next(j for j in reversed(range(i)) if lines[j])
    below = next(j for j in range(i + 1, len(lines)) if lines[j])
    stem = lines[i].lower()[: max(4, len(lines[i]) - 2)]  # "tickets" in "ticket", "ticketing"
    named = stem in lines[below].lower()
    around = all(out[j][0] == "body" and prose(lines[j]) for j in (above, below))
    if around and not named:
        out[i] = ("widget", REASON["slot"])


def head_at_break(ctx: Context) -> bool:
    """A line printed word for word at every break between a document's pages, next to the page's
    number ("Page 2 of 3" over "NAME – Report 12 May"): the running head a PDF's copy leaves in
    the text, however long it is."""
    text = ctx.text
    if ctx.counts.get(text, 0) < 2 or prose(text) or len(text) > SHORT or not re.search(r"[^\W\d_]{2}", text):
        return False
    return all(at_page_break(ctx.lines, i) for i in ctx.places[text])


def at_page_break(lines: list[str], i: int) -> bool:
    """A page's number alone on the line right above or under this one ("Page 2 of 3", "- 4 -")."""
    near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(PAGE_NO.fullmatch(t) or re.fullmatch(r"[-–—]?\s*\d{1,3}\s*[-–—]?", t) for t in near)


def aged_link(text: str) -> bool:
    """A link to an entry of the page with how long ago it was posted, set apart by wide space
    ("2h ago      Bridge closed"): a live page's box of key entries, not the story's list (a
    schedule's items give the hour, not an age)."""
    if not text[:1].isdigit() or len(text) > SHORT:  # an age opens with its number: "2h ago"
        return False
    parts = SEPARATOR.split(text)
    return len(parts) == 2 and re.fullmatch(AGE, parts[0]) is not None and not prose(parts[1])


def aged_links(ctx: Context) -> bool:
    """Such a link, or the short label right over a run of them ("Latest", "Key moments")."""
    if aged_link(ctx.text):
        return True
    below = ctx.lines[ctx.i + 1 : ctx.i + 3]
    label = len(ctx.text.split()) <= UI_WORDS and not ctx.text.endswith((*ENDS, ":"))
    return label and len(below) == 2 and all(map(aged_link, below))
