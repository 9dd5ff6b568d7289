"""Rows above the headline that the page's own line parts from it: a database's delivery or a
search's details ("Job Number: N", "Search Terms: …"), read as a box's rows or a list. The story
has not started there: a list right over the headline is its box (an alert's level), but one with
a page's marker or button between it and the headline is the page's."""

from __future__ import annotations

from .kinds import REASON


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
