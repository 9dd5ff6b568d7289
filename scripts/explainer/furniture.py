"""The shapes of a page's furniture: tests of one line in its context (its length, its
punctuation, its neighbours, how often the page prints it) that tell the page's own lines
(stamps, buttons, counts, running heads, captions and credits) from the article's text.
`rules.py` names the kind each test gives; `reading.py` fills in the context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import kind_patterns
from .patterns import (
    ATTRIBUTED,
    BRACKETED,
    CREDIT,
    CREDIT_MAX,
    DATE_AND_TIME,
    DATELINE,
    ENDS,
    FOOTNOTE,
    GLUED,
    HAS_TIME,
    HEADING_MAX,
    ISSUER,
    LIST_ITEM,
    MEDIA,
    NAMED_AS,
    NAMES,
    NAMES_IN,
    NUMBER,
    PICTURED,
    POSITION,
    QUOTE_MARKS,
    SEPARATOR,
    SHORT,
    STAMP_LABEL_WORDS,
    STAMP_MAX,
    STAMP_PARTS,
    STAMP_WORDS,
    UI,
    UI_WORDS,
    WHEN_TAKEN,
    YEAR,
    prose,
)
from .pull_pieces import pieced


@dataclass(slots=True)
class Context:
    """One line among its neighbours: what a rule may look at."""

    lines: list[str]  # every line of the file, stripped
    i: int
    title: int | None  # index of the headline (None while it is looked for)
    hit: str  # the kind whose patterns the line matches first (see pattern_kind)
    spaced: bool  # the body's paragraphs are set off by blank lines
    previous: str = ""  # the kind of the line before
    last: str = ""  # the kind of the last line with text before this one
    started: bool = False  # a paragraph of the article came before
    section: str = ""  # the kind of the labelled section this line may be in ("See also", "Notes")
    names: frozenset[str] = frozenset()  # the names the bylines print
    joined: str = ""  # every line, one after another, to find words printed twice
    counts: Mapping[str, int] = field(default_factory=dict)  # how often each line is printed
    shapes: Mapping[str, int] = field(default_factory=dict)  # how often, its numbers aside (see shape)
    openings: Mapping[str, int] = field(default_factory=dict)  # how many lines open with each "Label:"
    places: Mapping[str, list[int]] = field(default_factory=dict)  # where each line printed twice or more is
    bracketed: frozenset[str] = frozenset()  # what the page prints in brackets: "(NAME)"
    story: bool = False  # a body paragraph came before (a note, a list or a box above it leaves the head open)

    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.lines[self.i]

    @property
    def before_title(self) -> bool:
        return self.title is None or self.i < self.title

    @property
    def head(self) -> bool:
        """Under the headline, above the article's first paragraph."""
        return not self.before_title and not self.started

    def near(self, step: int) -> str:
        j = self.i + step
        return self.lines[j] if 0 <= j < len(self.lines) else ""

    def next_nonblank(self, after: int) -> int | None:
        return next((j for j in range(after + 1, len(self.lines)) if self.lines[j]), None)


def block_around(lines: list[str], i: int) -> tuple[int, int]:
    """The first and last line of the block of lines with text that holds line i (blank lines
    part blocks)."""
    start, end = i, i
    while start > 0 and lines[start - 1]:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    return start, end


def set_off(ctx: Context) -> bool:
    """Alone between blank lines (or, in a file that uses none, between two longer lines)."""
    if ctx.spaced:
        return not ctx.near(-1) and not ctx.near(1)
    return len(ctx.near(-1)) > HEADING_MAX and len(ctx.near(1)) > HEADING_MAX


def above_prose(ctx: Context) -> bool:
    """Set off above a paragraph of prose: placed as a section heading is, whatever its words."""
    j = ctx.next_nonblank(ctx.i)
    return j is not None and set_off(ctx) and prose(ctx.lines[j])


def masthead(ctx: Context) -> bool:
    return ctx.before_title and (ISSUER.match(ctx.text) is not None or NAMED_AS.fullmatch(ctx.text) is not None)


def stamp(ctx: Context) -> bool:
    """A date or time with only words such as "Updated", "Aired" or "This page was last edited on"."""
    text = GLUED.sub(" ", ctx.text)
    if len(text) > STAMP_MAX or not HAS_TIME.search(text) or dateline_alone(ctx):
        return False
    words = STAMP_PARTS.sub(" ", text).lower().split()
    if all(word in STAMP_WORDS for word in words):
        return True
    return len(words) <= STAMP_LABEL_WORDS and DATE_AND_TIME.match(text) is not None


def duration(ctx: Context) -> bool:
    """A bare "1:58" in a list of links under a label, or under a player's button ("Listen"): a
    video's or a recording's length, not the page's time."""
    player = ctx.previous == "widget" and UI.match(ctx.near(-1)) is not None
    return (ctx.section == "related" or player) and re.fullmatch(r"\d{1,2}:\d\d", ctx.text) is not None


def interface(ctx: Context) -> bool:
    """A few words that start with a verb of the site's interface ("Skip to content", "Download PDF"),
    unless set off above prose inside the article, as a heading is, or over a list's sentences (a
    verb alone is a button)."""
    text = ctx.text
    words = len(re.findall(r"\w+", text))
    if not UI.match(text) or text.endswith(ENDS):
        return False
    if words > UI_WORDS:  # a longer link under the story, over no prose: "View the results for every region on the map"
        return ctx.started and len(text) <= HEADING_MAX and not LIST_ITEM.match(text) and not above_prose(ctx)
    return words == 1 or not (ctx.started and (above_prose(ctx) or over_sentences(ctx)))


def over_sentences(ctx: Context) -> bool:
    """Right over a bulleted item that is a sentence: a list's heading ("Follow-up questions")."""
    below = ctx.lines[ctx.next_nonblank(ctx.i) or ctx.i]
    return LIST_ITEM.match(below) is not None and below.endswith(ENDS) and len(below.split()) > UI_WORDS


def link_bar(ctx: Context) -> bool:
    """Three or more short links in a row: "Site map | Accessibility | Contact us", "Home > News", or
    parted by one tab each on a line of its own (a table's rows stand together)."""
    if len(ctx.text) > SHORT:
        return False
    parts = SEPARATOR.split(ctx.text)
    if len(parts) == 1 and "\t" in ctx.text and "\t" not in ctx.near(-1) + ctx.near(1):
        parts = ctx.text.split("\t")  # one tab between links, no table's rows around: "X	Facebook	YouTube"
    if figure_row(parts):
        return False
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 and not p.endswith(ENDS) for p in parts)


CURRENCY = "€$£¥"  # an amount's sign: "Breeding ewe   €240"


def figure_row(parts: list[str]) -> bool:
    """A label and its figures (or amounts) set in columns ("Yes   1,204   (54%)"): a table's row,
    not a bar of links (a link names something in words)."""
    return (
        len(parts) >= 2
        and any(c.isalpha() for c in parts[0])
        and all(NUMBER.fullmatch(p.strip("()").strip(CURRENCY)) and any(c.isdigit() for c in p) for p in parts[1:])
    )


def count(ctx: Context) -> bool:
    text = ctx.text
    if year_over_text(ctx):
        return False
    return NUMBER.fullmatch(text) is not None and any(c.isdigit() for c in text) and not HAS_TIME.search(text)


def year_over_text(ctx: Context) -> bool:
    """A year alone over a line of text: a timeline's heading, not a count or a page's number."""
    return YEAR.fullmatch(ctx.text) is not None and any(c.isalpha() for c in ctx.near(1))


def repeated(ctx: Context) -> bool:
    """A short line printed more than once ("Advertisement", "Continue reading") is the page's."""
    text = ctx.text
    if ctx.counts.get(text, 0) < 2 or text.endswith((*ENDS, ":")) or len(text.split()) > UI_WORDS:
        return False
    if ctx.section or (ctx.head and NAMES.fullmatch(text)):  # an outlet under each link; a byline printed twice
        return False
    return not (ctx.started and above_prose(ctx))


def shape(text: str) -> str:
    """A line with its numbers masked: a running head or foot keeps its shape from page to page."""
    return re.sub(r"\d+", "#", text)


def running_head(ctx: Context) -> bool:
    """A short line printed on several pages with only its number changed ("Policy Brief 4 | 2")."""
    text = ctx.text
    if len(text) > SHORT or text.endswith(ENDS) or year_over_text(ctx):
        return False
    masked = shape(text)  # the same line when it has no number: never a running head
    return masked != text and ctx.shapes.get(masked, 0) >= 2 and ctx.counts.get(text, 0) < ctx.shapes[masked]


def footnote(ctx: Context) -> bool:
    """A note at a page's foot, "2 Interview with …": a number the text prints after a sentence."""
    m = FOOTNOTE.match(ctx.text)
    if m is None or not ctx.started or LIST_ITEM.match(ctx.text):
        return False
    mark = m["n"] or ctx.text.split()[0]
    return re.search(rf"[.,;:!?”\"’)]{re.escape(mark)}(?:\s|$)", ctx.joined) is not None


def credit_alone(ctx: Context) -> bool:
    """A photographer's credit on a line of its own ("Anna Vik/The Daily Ledger")."""
    return not ctx.hit and credit_shape(ctx.text)  # "Image caption, …" is a caption's label, not a credit


def credit_shape(text: str) -> bool:
    return len(text) <= CREDIT_MAX and (m := CREDIT.match(" " + text)) is not None and m.end() == len(text) + 1


CAPTION_SET_OFF = 160  # a caption parted from its credit is short (a lede over a credit is longer)


def caption_over_credit(ctx: Context) -> bool:
    """A line printed right above a credit of its own: the picture's caption."""
    nxt = ctx.near(1)
    dek_place = ctx.title is not None and ctx.next_nonblank(ctx.title) == ctx.i  # a dek over a lead picture's credit
    if not nxt and ctx.spaced and not ctx.story and not dek_place and len(ctx.text) <= CAPTION_SET_OFF:
        j = ctx.next_nonblank(ctx.i)  # above the story, a blank line may part them: "CAPTION" / "" / "Image: NAME."
        nxt = ctx.lines[j] if j is not None else ""
    # the shape first: the patterns only for the few lines above one (the whole rule twice as fast)
    return len(ctx.text) <= 400 and credit_shape(nxt) and not kind_patterns.pattern_kind(nxt)


def position_caption(ctx: Context) -> bool:
    """A line that says where each person stands in the picture ("Vell (right) and Sato …"); a
    numbered paragraph is none ("3. (C) …": a document's paragraph and its classification)."""
    numbered = re.match(r"\d{1,3}[.)]\s", ctx.text) is not None
    return len(ctx.text) <= 300 and not numbered and POSITION.search(ctx.text) is not None


def dated_caption(ctx: Context) -> bool:
    """Set off like a heading, without a sentence's end, but ending by saying when ("… moored at
    Kesh harbour on Thursday"): a caption dates its picture, a heading names a topic."""
    text = ctx.text
    if ctx.title is not None and ctx.next_nonblank(ctx.title) == ctx.i:  # right under the headline: the dek's place
        return False
    return len(text) <= SHORT and not text.endswith((*ENDS, ":")) and set_off(ctx) and bool(WHEN_TAKEN.search(text))


def pictured_caption(ctx: Context) -> bool:
    """Set off like a heading, without a sentence's end, naming two people in full and where or
    when they are ("NAME NAME and NAME NAME after the talks"): the people a picture shows."""
    if ctx.last in ("title", "dek") and NAMES_IN.fullmatch(ctx.text):
        return False  # names and a place alone in the byline's place, under the headline: "NAME and NAME in CITY"
    return len(ctx.text) <= SHORT and set_off(ctx) and PICTURED.fullmatch(ctx.text) is not None


def sign_off(ctx: Context) -> bool:
    """After the text, a short line that the dateline names in brackets: "Vessa Press" under
    "Kesh, March 12 (Vessa Press)--…"."""
    text = ctx.text
    return ctx.started and len(text) <= 40 and not text.endswith(ENDS) and text in ctx.bracketed


def teaser(ctx: Context) -> bool:
    """Above the headline, a sentence the page prints again below it: the story's summary."""
    return ctx.before_title and ctx.counts.get(ctx.text, 0) >= 2 and prose(ctx.text)


def alt_text(ctx: Context) -> bool:
    """The line under a picture's placeholder ("Image") describes the picture."""
    return ctx.previous == "widget" and MEDIA.match(ctx.near(-1)) is not None and len(ctx.text) <= 400


def notice(ctx: Context) -> bool:
    """Sentences set in capitals ("THIS IS A RUSH TRANSCRIPT."): a notice, not the article."""
    text = ctx.text
    return text.isupper() and (prose(text) or len(re.findall(r"[.!]\s+[A-Z]", text)) >= 1)


def stage_note(ctx: Context) -> bool:
    return BRACKETED.fullmatch(ctx.text) is not None


def caption_printed_twice(ctx: Context) -> bool:
    """A caption followed by the same caption with a credit after it, in whatever form."""
    nxt, text = ctx.near(1), ctx.text
    return len(text) >= 20 and nxt.startswith(text) and 0 < len(nxt) - len(text) <= 100


def caption_repeat(ctx: Context) -> bool:
    prev, text = ctx.near(-1), ctx.text
    return len(prev) >= 20 and text.startswith(prev) and 0 < len(text) - len(prev) <= 100


def caption_with_credit(ctx: Context) -> bool:
    return len(ctx.text) <= 400 and CREDIT.search(ctx.text[-CREDIT_MAX:]) is not None


def pull_quote(ctx: Context) -> bool:
    """A quotation whose words, quotation marks and attribution aside, the article prints
    again elsewhere (a sentence that merely recurs, or a heading repeated in a list of
    contents, is not one)."""
    if ctx.text[0] not in QUOTE_MARKS and not ATTRIBUTED.search(ctx.text):
        return False
    words = re.split(r"\s+[—–-]\s*[A-Z][\w.'’ ]*$", ctx.text)[0].strip(QUOTE_MARKS + " ")
    if not 20 <= len(words) <= 300:
        return False
    nearby = "\n".join(ctx.lines[max(0, ctx.i - PULL_SPAN) : ctx.i + PULL_SPAN])
    return nearby.count(words) >= 2 or pieced(words, nearby)  # or its sentences, split by who said them


# A pull quote is printed within a few screens of its paragraph. Looked for in the whole page, each
# quotation of 2.5 MB of them took 44 s in all; within this many lines each way, 14 s.
PULL_SPAN = 500


def dateline_alone(ctx: Context) -> bool:
    """A dateline printed on a line of its own, above the first paragraph."""
    m = DATELINE.match(ctx.text + " x")
    return m is not None and m.end() == len(ctx.text) + 1
