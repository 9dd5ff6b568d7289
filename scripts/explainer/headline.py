"""The headline by what it says: a headline names what its story tells, so its words are in the
story's first paragraphs. `reading.find_title` picks the headline by its shape and place; a line
of the head shaped like a headline but sharing no word with the story (a subscriber count, a
"Source:" line, an author's profile, an alert level) gives way to a line of the head that shares
several. A dek shares them too, so the line right under the pick is never taken for it.
"""

from __future__ import annotations

import re

from .furniture import credit_shape
from .kind_patterns import pattern_kind
from .kinds import REASON
from .patterns import DEK_MAX, TITLED, prose

TRAIL = re.compile(r"\s[>›»]\s")  # a trail of links from the site's home ("Home › News › NAME")

# Words that say nothing of a topic: a headline and its story share more than these.
STOP = frozenset(
    "the and for but with from that this these those their there then than into onto over under about after "
    "before while what when where which who whom whose will would could should said says have has had been being "
    "are was were not its our your they them his her him she you".split()
)
STEM = 5  # a word's first letters: "flooded" and "floods" are one word ("flood")
LEAD = 2  # the story's first paragraphs, where its headline's words are
LEAD_WORDS = 12  # a paragraph of the story, not a line of the head that ends a sentence
NONE = 1  # a pick that shares at most one word with the lead says nothing of the story
SEVERAL = 3  # a line of the head that shares this many says what the story says


def words(text: str) -> set[str]:
    """A line's words of three letters or more, cut to their first letters, the empty ones left out."""
    found = (w.lower() for w in re.findall(r"[^\W\d_]{3,}", text))
    return {w[:STEM] for w in found if w not in STOP}


def lead_start(lines: list[str], after: int, run: bool = False) -> int:
    """The story's first paragraph below a line: a long sentence (a head ends before it); with
    `run`, one that another paragraph follows (a paragraph alone between lines that are no prose
    may be the page's notice over the story, a mail system's warning, not its lead)."""
    firsts = [i for i in range(after + 1, len(lines)) if prose(lines[i]) and len(lines[i].split()) >= LEAD_WORDS]
    return next((i for i in firsts if in_run(lines, i) or not run), len(lines))


def in_run(lines: list[str], i: int) -> bool:
    """A paragraph with another paragraph of prose right above or under it (blank lines between)."""
    near = [next((t for t in side if t), "") for side in (reversed(lines[:i]), lines[i + 1 :])]
    return any(prose(t) for t in near)


def candidate(text: str) -> bool:
    """A line of the head that could be a headline: no sentence, no byline, date, caption or credit."""
    return (
        bool(text)
        and len(text) <= DEK_MAX
        and not prose(text)
        and not credit_shape(text)
        and (pattern_kind(text) not in ("byline", "timestamp", "caption", "credit", "contact"))
    )


def by_overlap(lines: list[str], title: int, labels: frozenset[int] = frozenset()) -> int:
    """The headline: the pick, unless it shares no word with the story's lead while another line
    of the head (not the one right under it, the dek's place, nor a trail of links ending on the
    story's name, nor a name in capitals or title case the masthead prints above the pick, a
    company's that the story names again) shares several; then the line of the head that shares
    most. When none does, the lead may be a notice alone over the story: the first paragraph of
    a run of them is tried."""
    for run in (False, True):
        start = lead_start(lines, title, run)
        lead = [t for t in lines[start:] if prose(t) and len(t.split()) >= LEAD_WORDS][:LEAD]
        told = words(" ".join(lead))
        if not told or len(words(lines[title]) & told) > NONE:
            return title
        under = next((j for j in range(title + 1, len(lines)) if lines[j]), None)
        skip = {title, under, *(j for j in labels if named(lines[j]))}
        others = [i for i in range(start) if i not in skip and candidate(lines[i]) and not TRAIL.search(lines[i])]
        most, at = max(((len(words(lines[i]) & told), -i) for i in others), default=(0, 0))
        if most >= SEVERAL:
            return -at
    return title


def named(text: str) -> bool:
    """A name as a masthead prints it: in title case or in capitals ("The Kesh Post", "ACME LTD")."""
    return TITLED.fullmatch(text) is not None or text.isupper()


# What a line above the headline may be: the page's lines, the story's not yet.
ABOVE = ("marker", "widget", "timestamp", "byline", "credit", "contact", "list-item", "blank")


def above_headline(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """Above the headline the story has not started: a line read as a heading or a paragraph
    there is a label of the page (a marker), or of the button under it ("Attachments" over
    "Download report (PDF)"), a widget. Labelled lines there are a message's header (`header`)."""
    header(out, lines, title)
    below = "title"
    for i in reversed(range(title or 0)):
        if out[i][0] not in ABOVE:
            kind = "widget" if below == "widget" else "marker"
            out[i] = (kind, f"{REASON['above']}: {REASON['label'] if kind == 'marker' else REASON['ui']}")
        below = out[i][0] if out[i][0] != "blank" else below


LABELLED = re.compile(r"[A-Z][\w-]{1,15}: \S")  # "Label: value"
ADDRESSED = re.compile(r"[^<>@]+<[^<>@\s]+@[^<>\s]+>")  # a name and an address: "NAME <name@host>"


def header(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """Above the headline, rows of a box read as the story's list are a message's header ("Label:
    value" lines over the story, as a mail or a memo copies them): the story has not started. A
    row whose value is a date gives the time; the first row naming someone with an address
    (the sender, as a header starts) the byline; the rest are the page's markers."""
    rows = [i for i in range(title or 0) if out[i][0] == "list-item" and LABELLED.match(lines[i])]
    for n, i in enumerate(rows):
        value = lines[i].split(":", 1)[1].strip()
        if pattern_kind(value) == "timestamp" or pattern_kind(lines[i]) == "timestamp":
            out[i] = ("timestamp", REASON["header"])
        elif n == 0 and ADDRESSED.fullmatch(value):
            out[i] = ("byline", REASON["header"])
        else:
            out[i] = ("marker", REASON["header"])
