"""Steps or tips set out without bullets: under a heading, three or more short lines that are
each one plain sentence ("Check the forecast before you leave."), with no line between them, and
nothing of the story's text right under the last (a contact line, the page's own lines, another
heading): a list whose bullets were lost in the copy, not paragraphs. A story's paragraphs are
longer, or report someone, or run on to the next."""

from __future__ import annotations

import re

from .bare_lists import sentence
from .kinds import REASON
from .notices import plain
from .patterns import HEADING_MAX

STEPS_MIN = 3  # two short paragraphs may be a story's


def step(text: str) -> bool:
    """One short plain sentence: a tip or a step."""
    one = re.search(r"[.!?]\s+\S", text) is None
    return 0 < len(text) <= HEADING_MAX and one and sentence(text) and plain(text)


def bare_steps(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Mark such lines list-items (the heading over them stays a heading)."""
    for h, (kind, _) in enumerate(out):
        if kind != "heading":
            continue
        end = h + 1
        while end < len(lines) and out[end][0] == "body" and step(lines[end]):
            end += 1
        after = next((out[j][0] for j in range(end, len(lines)) if lines[j]), "")
        if end - h - 1 >= STEPS_MIN and after not in ("body", "list-item"):
            for j in range(h + 1, end):
                out[j] = ("list-item", REASON["steps"])
