"""A hard-wrapped text inside a web page (an archive's viewer showing a telegram, a list's
archive showing a mail): the page's own lines (its title, its tables, its licence) run past the
text's width, so the width is not found over the whole page (`hard_wrap.width`) but over its
paragraphs, each a run of lines between blank lines that all end near one width."""

from __future__ import annotations

from itertools import pairwise

WALL = 15  # a wrapped line ends this close to the width at most (as in hard_wrap)
WORDS = 4  # a wrapped line of prose has this many words at least
NARROWEST = 40  # a page is not wrapped narrower
RUN = 3  # a paragraph of this many lines shows its width …
RUNS = 2  # … and this many agree on it: one run alone may be a list of like lines


def runs(lines: list[str]) -> list[list[str]]:
    """The page's blocks of lines between blank lines."""
    out: list[list[str]] = [[]]
    for text in lines:
        if text:
            out[-1].append(text)
        elif out[-1]:
            out.append([])
    return [run for run in out if run]


def run_wall(run: list[str]) -> int | None:
    """The width a paragraph was wrapped at: every line but its last ends within WALL of the
    longest of them, and the next line's first word would not have fitted on any of them."""
    if len(run) < RUN or any(len(text.split()) < WORDS for text in run[:-1]):  # a last line may be a word
        return None
    wall = max(len(text) for text in run[:-1])
    for text, after in pairwise(run):
        if len(text) < wall - WALL or len(text) + 1 + len(after.split()[0]) <= wall:
            return None
    return wall if wall >= NARROWEST else None


def run_width(lines: list[str]) -> int | None:
    """The width the page's text is wrapped at when several of its paragraphs agree on one
    (within WALL of each other), else None."""
    walls = sorted(w for run in runs(lines) if (w := run_wall(run)))
    if len(walls) < RUNS or walls[-1] - walls[0] > WALL:
        return None
    return walls[-1]
