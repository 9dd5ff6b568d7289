"""A result list's or a contents' entry above the document it lists: "1. HEADLINE" over the
headline printed alone (a research database's delivery, a report's contents). The entry
points to the headline; it is not the headline."""

from __future__ import annotations

import re

NUMBERED = re.compile(r"\(?\d{1,3}[.)]\s+(?P<rest>\S.*)")


def listed_entry(text: str, printed: frozenset[str]) -> bool:
    """A numbered line whose words the page prints again alone (`printed`: the page's lines, a set
    made once: a copy of the page's rest per head line would grow with the square of a hostile
    page's length)."""
    m = NUMBERED.fullmatch(text)
    return m is not None and m["rest"] in printed
