"""The headline by what it says: a headline names what its story tells, so its words are in the
story's first paragraphs. `title.find_title` picks the headline by its shape and place; a line
of the head shaped like a headline but sharing no word with the story (a subscriber count, a
"Source:" line, an author's profile, an alert level) gives way to a line of the head that shares
several. A dek shares them too, so the line right under the pick is never taken for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import credit_shape
from .kind_patterns import pattern_kind
from .kinds import REASON
from .notices import reach_line
from .patterns import DEK_MAX, ENDS, HEAD_LINES, HEADING_MAX, LEDE_WORDS, LIST_ITEM, TITLED, UI, prose
from .result_list import listed_entry
from .zones import CHOICES

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


# A web address: its words are a file's name, not a line's (an archive's banner spells the story's address).
ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def words(text: str) -> set[str]:
    """A line's words of three letters or more, a plural's "s" dropped and cut to their first
    letters, the empty ones and those of a web address left out."""
    found = (w.lower() for w in re.findall(r"[^\W\d_]{3,}", ADDRESS.sub(" ", text)))
    return {w.removesuffix("s")[:STEM] for w in found if w not in STOP}


# How far a hard-wrapped paragraph is followed up or down from a line: 60 lines of 60 columns are
# some 600 words, a paragraph of prose whatever lies beyond. Unbounded, 4,300 lines that each went on
# to the next (a table's rows in lower case) took 9.7 s, each line walking back to the first.
WRAP_LOOK = 60


def goes_on(lines: list[str], i: int) -> bool:
    """The next line right under this one, which ends no sentence, starts in lower case where
    the sentence goes on (and is no line of its own, such as "by NAME")."""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(lines[i]) and not lines[i].endswith(ENDS) and below[:1].islower() and not pattern_kind(below)


def wrapped(lines: list[str], i: int) -> bool:
    """A line a hard-wrapped paragraph goes on from: the lines that go on from it end a sentence
    (a headline over a site's address in lower case ends none)."""
    j = i
    while j - i < WRAP_LOOK and goes_on(lines, j):
        j += 1
    return j > i and lines[j].endswith(ENDS)


def closes(lines: list[str], i: int) -> bool:
    """A line that ends a paragraph of prose: prose itself, or the last line of a hard-wrapped one."""
    j = i
    while j > 0 and i - j < WRAP_LOOK and goes_on(lines, j - 1):
        j -= 1
    return prose(lines[i]) or (j < i and prose(" ".join(lines[j : i + 1])))


def paragraphs(lines: list[str], after: int) -> list[tuple[int, str]]:
    """The paragraphs below a line, each where it starts and its text, a hard-wrapped one joined
    (an e-mail's or a plain-text page's lines are cut at a width, none of them a sentence)."""
    found: list[tuple[int, str]] = []
    i = after + 1
    while i < len(lines):
        start = i
        while goes_on(lines, i):
            i += 1
        found.append((start, " ".join(lines[start : i + 1])))
        i += 1
    return [(start, text) for start, text in found if text]


def next_text(every: list[tuple[int, str]], n: int) -> str:
    return every[n + 1][1] if n + 1 < len(every) else ""


def story(text: str) -> bool:
    """A paragraph of the story: prose, not a point of a list."""
    return prose(text) and LIST_ITEM.match(text) is None


def paragraph(lines: list[str], i: int) -> bool:
    """A paragraph, not a headline: a line a hard-wrapped sentence goes on from, or three sentences
    and more longer than a heading ("… budget. That money was … extension. What …")."""
    two = len(re.findall(r"[.!?]\s+[A-Z]", lines[i])) >= 2 and len(lines[i]) > HEADING_MAX  # not "v. NAME"
    return wrapped(lines, i) or two


def lead(lines: list[str], after: int, run: bool = False) -> list[tuple[int, str]]:
    """The story's first paragraphs below a line: long sentences, the first of them a lede's
    length or followed by another paragraph of prose (a story runs on paragraph after paragraph;
    an appeal to subscribe is one short sentence over its field and button), or, if none is, the
    first long sentences. With `run`, the first must be followed by another: a paragraph alone
    between lines that are no prose may be the page's notice over the story (a mail system's
    warning), not its lead."""
    every = paragraphs(lines, after)
    found = [n for n, (_, t) in enumerate(every) if story(t) and len(t.split()) >= LEAD_WORDS]
    followed = [n for n in found if story(next_text(every, n))]
    leads = followed if run else [n for n in found if len(every[n][1].split()) >= LEDE_WORDS or n in followed]
    start = found.index(leads[0]) if leads else 0
    return [every[n] for n in found[start : start + LEAD]]


def candidate(text: str) -> bool:
    """A line of the head that could be a headline: no sentence, no byline, date, caption or credit."""
    return (
        bool(text)
        and len(text) <= DEK_MAX
        and not prose(text)
        and not credit_shape(text)
        and (pattern_kind(text) not in ("byline", "timestamp", "caption", "credit", "contact"))
    )


def by_overlap(lines: list[str], title: int, labels: frozenset[int] = frozenset()) -> int | None:
    """The headline: the pick, unless it shares no word with the story's lead (or is the lead's own
    paragraph) while another line of the head shares several; then the line of the head that
    shares most. Not taken: the line right under the pick (the dek's place), a line of a
    hard-wrapped paragraph, a trail of links ending on the story's name, nor a name in capitals
    or title case the masthead prints above the pick (a company's that the story names again).
    When none shares several, the lead may be a notice alone over the story: the first paragraph
    of a run of them is tried. A paragraph picked when no line of the head says what the story
    says: no headline (None)."""
    within = paragraph(lines, title)  # the story's first paragraph taken for its headline
    printed = frozenset(lines)
    addressed = ADDRESS.search(lines[title]) or reach_line(lines[title])  # a banner's, a sender's, a number to call
    for run in (False, True):
        first = lead(lines, title - 1 if within else title, run)
        told = words(" ".join(t for _, t in first))
        if not told or (len(words(lines[title]) & told) > NONE and not within and not addressed):
            return title
        start = first[0][0]
        under = next((j for j in range(title + 1, len(lines)) if lines[j]), None)
        if addressed or within:
            under = None  # no headline above it: the line under it is no dek
        skip = {title, under, *(j for j in labels if named(lines[j]))}
        others = [
            i
            for i in range(start)
            if i not in skip
            and candidate(lines[i])
            and not TRAIL.search(lines[i])
            and not near_wrap(lines, i)
            and not paragraph(lines, i)
            and not listed_entry(lines[i], printed)  # "1. HEADLINE" over the headline alone: a result's entry
        ]
        most, at = max(((len(words(lines[i]) & told), -i) for i in others), default=(0, 0))
        if most >= SEVERAL:
            return -at
    return None if within else title


def named(text: str) -> bool:
    """A name as a masthead prints it: in title case or in capitals ("The Kesh Post", "ACME LTD")."""
    return TITLED.fullmatch(text) is not None or text.isupper()


def near_wrap(lines: list[str], i: int) -> bool:
    """A line of a hard-wrapped paragraph: one goes on from it or it goes on from the one above."""
    return wrapped(lines, i) or (i > 0 and wrapped(lines, i - 1))


# What a line above the headline may be: the page's lines, the story's not yet.
ABOVE = ("marker", "widget", "timestamp", "byline", "credit", "contact", "list-item", "blank")


def above_headline(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """Above the headline the story has not started: a line read as a heading or a paragraph
    there (or as a contact that reaches no one, no number, e-mail or street: the page's own) is a
    label of the page (a marker), or of the button under it ("Attachments" over "Download report
    (PDF)"), a widget, as a label over its links is, and a search box's placeholder ("Search this
    site…"); a name in title case over a button names the site, a line with a web address is the
    page's banner, and the line right under the site's name its motto (markers): right under it,
    no blank line between. Labelled lines there are a message's header (`header`)."""
    header(out, lines, title)
    below = "title"
    for i in reversed(range(title or 0)):
        kind = out[i][0]
        reaches = reach_line(ADDRESS.sub("", lines[i])) or pattern_kind(lines[i]) == "contact"  # a street's too
        placeholder = UI.match(lines[i]) is not None and lines[i].endswith(("…", "..."))  # "Search this site…"
        alt = out[i][1] == REASON["alt"]  # a picture's pasted description: its caption, wherever it stands
        if (kind not in ABOVE and not alt) or (kind == "contact" and not reaches) or (placeholder and kind == "marker"):
            choices = CHOICES.fullmatch(lines[i]) is not None  # a label over links: "Read it in: NAME , NAME"
            own = name(lines[i]) or ADDRESS.search(lines[i]) or (i > 0 and name(lines[i - 1]))
            kind = "widget" if (below == "widget" and not own) or choices or placeholder else "marker"
            out[i] = (kind, f"{REASON['above']}: {REASON['label'] if kind == 'marker' else REASON['ui']}")
        below = out[i][0] if out[i][0] != "blank" else below


LABELLED = re.compile(r"[A-Z][\w-]{1,15}: \S")  # "Label: value"
ADDRESSED = re.compile(r"[^<>@]+<[^<>@\s]+@[^<>\s]+>")  # a name and an address: "NAME <name@host>"


def header(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """Above the headline, rows of a box read as the story's list are a message's header ("Label:
    value" lines over the story, as a mail or a memo copies them): the story has not started. A
    row whose value is a date gives the time; the first row naming someone with an address
    (the sender, as a header starts) the byline; the rest are the page's markers."""
    listed = [i for i in range(title or 0) if out[i][0] == "list-item" and LABELLED.match(lines[i])]
    runs = [run for run in labelled_runs(lines[: title or 0]) if len(run) >= HEADER_ROWS]
    rows = runs[0] if runs else listed  # a run read row by row (a label, a stamp) is a header too
    for n, i in enumerate(rows):
        value = lines[i].split(":", 1)[1].strip()
        if pattern_kind(value) == "timestamp" or pattern_kind(lines[i]) == "timestamp":
            out[i] = ("timestamp", REASON["header"])
        elif n == 0 and ADDRESSED.fullmatch(value):
            out[i] = ("byline", REASON["header"])
        else:
            out[i] = ("marker", REASON["header"])


HEADER_ROWS = 3  # From, Sent, To, Subject: a message's header has three rows or more


def labelled_runs(lines: list[str]) -> list[list[int]]:
    """Runs of consecutive "Label: value" lines (no blank line between)."""
    runs: list[list[int]] = []
    for i, text in enumerate(lines):
        if LABELLED.match(text):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
    return runs


def name(text: str) -> bool:
    """A name in title case of two words or more: the site's ("NAME Pay", "The NAME Echo")."""
    return len(text.split()) >= 2 and TITLED.fullmatch(text) is not None


Finder = Callable[[list[str]], tuple[int | None, set[int]]]  # the headline and the labels above it


def message_header(lines: list[str]) -> range | None:
    """The rows of a message's header among the page's first lines: HEADER_ROWS or more "Label:
    value" lines in a row, one of them with an e-mail address (the sender's, the recipient's)."""
    for run in labelled_runs(lines[: HEAD_LINES + HEADER_ROWS]):
        if len(run) >= HEADER_ROWS and any("@" in lines[i] for i in run):
            return range(run[0], run[-1] + 1)
    return None


def past_header(lines: list[str], title: int | None, labels: set[int], find: Finder) -> tuple[int | None, set[int]]:
    """A headline picked among a message's header rows (its "From:" over the date, its "Subject:"
    over the real headline) is looked for again under them: the rows are the header, above it."""
    rows = message_header(lines)
    if title is None or rows is None or title not in rows:
        return title, labels
    below, above = find(lines[rows.stop :])
    if below is None or prose(lines[below + rows.stop]):
        return title, labels  # no headline under the header, only the story: the header's pick stands
    return below + rows.stop, set(range(rows.stop)) | {j + rows.stop for j in above}
