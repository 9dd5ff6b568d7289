"""Rows above the headline that the page's own line parts from it: a database's delivery or a
search's details ("Job Number: N", "Search Terms: …"), read as a box's rows or a list. The story
has not started there: a list right over the headline is its box (an alert's level), but one with
a page's marker or button between it and the headline is the page's."""

from __future__ import annotations

from .kinds import REASON, SHOWN
from .patterns import LABELLED, SHORT


def page_rows(out: list[tuple[str, str]], title: int | None) -> None:
    """Above the first of the page's own lines over the headline, list items are the page's markers."""
    if title is None:
        return
    parted = False  # a line of the page's own (a marker, a button) came between them and the headline
    for i in reversed(range(title)):
        kind = out[i][0]
        if kind == "list-item" and parted:
            out[i] = ("marker", f"{REASON['above']}: {REASON['label']}")
        parted = parted or kind in ("marker", "widget")


DETAILS_MOST = 4  # a post's details between its buttons: its date of stay, its trip type, a purchase's check


def post_details(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A few short "Label: value" lines read as the story's (a fact box, a heading) between the
    platform's buttons and scores, a widget right above and right below them: a post's details
    ("Date of stay: …", "Verified purchase: Yes") as the platform prints them, its markers."""
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and j - i <= DETAILS_MOST and out[j][0] in SHOWN and LABELLED.fullmatch(lines[j]):
            j += 1
        between = 0 < i < j < len(out) and j - i <= DETAILS_MOST and out[i - 1][0] == out[j][0] == "widget"
        if between and all(len(t) <= SHORT for t in lines[i:j]):
            out[i:j] = [("marker", REASON["post-details"])] * (j - i)
        i = max(j, i + 1)
