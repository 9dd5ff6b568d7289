"""What a browser prints around each page of a web page saved as a PDF, copied with its text: the
date and time with the page's title at the top ("12/6/26, 10:31 AM   Title | Site"), its address
and the page's number at the foot ("https://…/story   1/3"). Such lines are the page's markers
and are set aside before the rules read the rest, which then reads as the page copied from the
web does (reading.classify)."""

from __future__ import annotations

import re

from .patterns import CLOCK

# A date in numbers, as the browser's locale prints it (12/6/26, 06.12.26, 2026/12/06, 2026-12-06).
_DAY = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})"
# then the page's title: three words or more, none of them a date ("… 17:44 | updated 11.3.2021 18:02")
HEAD = re.compile(rf"{_DAY},?\s+{CLOCK}\s+(?!.*\d[./:]\d)(?:\S+\s+){{2,}}\S+")
FOOT = re.compile(r"(?:(?:https?|file)://\S+|about:blank)\s+\d{1,3}\s*/\s*\d{1,3}")


def printed_frame(lines: list[str]) -> set[int]:
    """The lines of a browser's print header and footer: footers (an address and a page's number
    are no line of a story), and headers on a page that has one (a date, a time and words are also
    a story's time stamp: "14/05/2026 10:30 Updated")."""
    feet = {i for i, text in enumerate(lines) if FOOT.fullmatch(text.strip())}
    return feet | {i for i, text in enumerate(lines) if HEAD.fullmatch(text.strip())} if feet else set()
