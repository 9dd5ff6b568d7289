"""A headline in capitals broken over two or three rows, as a teletext page or a terminal sets it
("LORVAN AND ESTMARK AGREE TO" over "REOPEN THE BORDER"): rows in capitals, no row but the last
ending a sentence, the story's first paragraph right under them. Read as labels of the masthead
(each is short and in capitals), they left the page without a headline."""

from __future__ import annotations

from .kinds import WHY
from .patterns import ENDS, HEADING_MAX

ROWS_MOST = 3


def capital(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and text.isupper() and len(text) <= HEADING_MAX and not any(c.isdigit() for c in text)


def capital_rows(lines: list[str], labels: set[int]) -> list[int]:
    """The rows of such a headline among the labels: the last run of two or three lines in
    capitals with no blank line between, the first ones not ending a sentence, with only the
    story (no label) under them."""
    if not labels:
        return []
    last = max(labels)
    if not capital(lines[last]) or any(j > last and lines[j] for j in labels):
        return []
    rows = [last]
    while len(rows) < ROWS_MOST and rows[0] - 1 in labels and capital(lines[rows[0] - 1]):
        if lines[rows[0] - 1].endswith((*ENDS, ":")):
            break
        rows.insert(0, rows[0] - 1)
    return rows if len(rows) >= 2 else []


def broken_headline(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """The headline's next rows in capitals, right under it, are the headline too."""
    if title is None or not capital(lines[title]):
        return
    i = title + 1
    while i < len(lines) and i - title < ROWS_MOST and capital(lines[i]) and not lines[i - 1].endswith(ENDS):
        out[i] = ("title", f"{WHY['title']}: a row of it in capitals")
        i += 1
