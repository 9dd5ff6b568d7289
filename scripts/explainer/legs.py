"""A journey's leg: a place and a time, an arrow, a place and a time ("HLD 07:40 → PMR 11:05",
"Oslo 08.15 ⟶ Bergen 15.02 (Mon)"), an itinerary's or a timetable's row, the story's own list.
Its times are the journey's, not the page's: no time stamp."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import TIME

ARROW = r"(?:→|⟶|➔|➜|->|=>|>)"
LEG = re.compile(rf"[^\W\d_][\w .'’-]{{0,30}}\s{TIME}\s+{ARROW}\s+[^\W\d_][\w .'’-]{{0,30}}\s{TIME}(?:\s.{{0,60}})?")


def leg(ctx: Context) -> bool:
    return LEG.fullmatch(ctx.text) is not None
