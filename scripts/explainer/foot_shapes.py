"""Two ways the page's foot shows itself by shape after the story: a plea to the reader whose last
words are a button's ("… £20 keeps a volunteer in kit for a year. Donate now"), and a run of other
stories' headlines each ending in its date ("Bridge reopens after repairs (2 November 2026)"), with
the short label over them, whatever the label's words ("More reports", "Weitere Meldungen")."""

from __future__ import annotations

import re

from .kinds import REASON
from .notices import plain, story_below
from .patterns import AGE, DATE, ENDS, SHORT, UI, UI_WORDS, prose

BUTTON_WORDS = UI_WORDS // 2  # a button's label after the plea: "Donate now", "Give today"
# A date at a headline's end: in brackets, or after a dash, a bar or a comma; by words or by figures (day or
# year first: "2026.12.02."); or its age after a bar or a dot ("… · 3 days ago": an update's).
NUMERIC = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}\.?)"
END_DATE = re.compile(rf"(?:\(\s*(?:{DATE}|{NUMERIC})\s*\)|(?:\s[–—|·-]|,)\s*(?:{DATE}|{NUMERIC})|\s[·|]\s*(?:{AGE}))$")
HEADLINE_WORDS = 4  # words before the date: a headline, not "Results (2 May)"
LINKS_MIN = 2


def button_appeal(lines: list[str], i: int) -> bool:
    """Sentences that quote and report nobody, then a button's few words with no stop ("Donate
    now", "Subscribe today"), after the story's last reporting: the page's plea, a widget."""
    text = lines[i]
    parts = re.split(r"(?<=[.!?])\s+", text)
    last = parts[-1]
    if len(parts) < 2 or len(text) > 2 * SHORT or last.endswith(ENDS) or not plain(text):
        return False
    return len(last.split()) <= BUTTON_WORDS and UI.match(last) is not None and not story_below(lines, i)


def dated_headline(text: str) -> bool:
    """A headline (no sentence) of a few words that ends in its date."""
    m = END_DATE.search(text)
    head = text[: m.start()] if m else ""
    return m is not None and len(text) <= SHORT and len(head.split()) >= HEADLINE_WORDS and not prose(head)


def storys(read: tuple[str, str]) -> bool:
    """Read as the story's line, or as the page's only for coming after it (`reading.settle`), or
    as a list for its lines' shape alone (short parallel lines: the dates tell what they are)."""
    return read[0] in ("body", "heading") or read[1] in (REASON["tail"], REASON["run"])


def dated_links(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Two or more such headlines in a row (blank lines between them allowed) read as the story's
    lines, with no paragraph of prose of the story below them: links to other stories, and the
    short label right over them (no stop, no more than a heading's length) is theirs."""
    rows = [i for i, t in enumerate(lines) if t]
    k = 0
    while k < len(rows):
        run = []
        while k < len(rows) and dated_headline(lines[rows[k]]) and storys(out[rows[k]]):
            run.append(rows[k])
            k += 1
        k += not run
        below = run and any(out[j][0] == "body" and prose(lines[j]) for j in range(run[-1] + 1, len(out)))
        if len(run) < LINKS_MIN or below:
            continue
        top = rows.index(run[0]) - 1
        label = lines[rows[top]] if top >= 0 else ""
        if 0 < len(label.split()) <= UI_WORDS and not label.endswith(ENDS) and storys(out[rows[top]]):
            run.insert(0, rows[top])
        for j in run:
            out[j] = ("related", REASON["dated-links"])
