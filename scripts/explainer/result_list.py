"""A result list's or a contents' entry above the document it lists: "1. HEADLINE" over the
headline printed alone (a research database's delivery, a report's contents). The entry
points to the headline; it is not the headline."""

from __future__ import annotations

import re

NUMBERED = re.compile(r"\(?\d{1,3}[.)]\s+(?P<rest>\S.*)")


def listed_entry(lines: list[str], i: int) -> bool:
    """A numbered line whose words the page prints again alone, further down."""
    m = NUMBERED.fullmatch(lines[i])
    return m is not None and m["rest"] in lines[i + 1 :]
