"""Blocks of lines set off by blank lines, read by their shape: a block's first line, a few words
that end no sentence, over the block's paragraph is the heading of that paragraph (a status
page's "Resolved" over its update, a report's "Background" glued to its text)."""

from __future__ import annotations

import itertools
import re

from .furniture import Context
from .headline import ADDRESS, LEAD_WORDS, goes_on, paragraphs, story
from .kind_patterns import pattern_kind
from .kinds import META, REASON, SHOWN
from .kinds import PARAGRAPH as PARAGRAPH_KINDS
from .notices import reach_line
from .patterns import DATELINE, ENDS, HEADING_MAX, LABELLED, LEDE_WORDS, NAMES, PROSE_WORDS, SHORT, TITLED, prose
from .zones import headline_shape

LABEL_WORDS = 4  # a section's label is a few words: "What we are changing"


def glued_heading(ctx: Context) -> bool:
    """In a file whose paragraphs blank lines part, the first line of a block (a blank line or the
    headline above it), a few words from a capital that end no sentence, no lead-in's colon and no
    person's name (a speaker over a quotation, a signature), right over a paragraph of prose
    longer than a heading that starts a sentence: the heading of that paragraph, glued to it."""
    text, below = ctx.text, ctx.near(1)
    if not ctx.spaced or ctx.before_title or ctx.near(-1) or ctx.hit:
        return False
    if len(text.split()) > LABEL_WORDS or not text[:1].isupper() or text.endswith((*ENDS, ":", ",", ";")):
        return False
    if NAMES.fullmatch(text) or not prose(below) or len(below) <= HEADING_MAX or not below[:1].isupper():
        return False
    return not pattern_kind(below)


def head_and_foot(out: list[tuple[str, str]], lines: list[str], every: list[tuple[int, str]]) -> None:
    """A line printed both above the story's first paragraph and below its last (paragraphs of a
    lead's length, a hard-wrapped one joined), read as text: the page's frame around the story
    (an archive's "Previous message" and "Next message" links, a bar of sorting buttons) printed
    again under it, not the story's."""
    found = [(i, t) for i, t in every if out[i][0] == "body" and story(t) and len(t.split()) >= LEAD_WORDS]
    if not found:
        return
    last = found[-1][0]
    while goes_on(lines, last):  # a hard-wrapped paragraph's last line
        last += 1
    above, below = set(lines[: found[0][0]]), set(lines[last + 1 :])
    for i, (kind, _) in enumerate(out):
        if kind in SHOWN and lines[i] in above and lines[i] in below:
            out[i] = ("widget", REASON["frame"])


# A break mark: a row of marks ("• • •", "* * *", "###"), or words between two rows of them
# ("----- next part -----").
BREAK = re.compile(r"[^\w\s](?:\s?[^\w\s]){2,}|[^\w\s]{3,}[^\n]{1,40}?[^\w\s]{3,}")
# The copyright's line closes the page as a break mark does: "COPYRIGHT © NAME 2026", "(c) 2026 NAME".
SHORTCODE = re.compile(r"\{\{[<%].*[>%]\}\}|\{%.*%\}")  # "{{< newsletter-signup >}}": a site's embed, not a break
CLOSE = re.compile(r"©|\bcopyright\b|\(c\) ?\d{4}", re.IGNORECASE)


def mark(text: str) -> bool:
    return BREAK.fullmatch(text) is not None or (
        len(text) <= SHORT and CLOSE.search(text) is not None and not copyright_link(text)
    )


def copyright_link(text: str) -> bool:
    """A bar of links with one to the copyright's page ("Contact | Copyright | Privacy"): no year,
    no sign, the word a link among three or more: the page's links, not its copyright's line."""
    parts = [p.strip() for p in re.split(r"\s+[|·•]\s+", text)]
    return len(parts) >= 3 and "©" not in text and any(p.lower() == "copyright" for p in parts)


def after_break(out: list[tuple[str, str]], lines: list[str], every: list[tuple[int, str]]) -> None:
    """Under a break mark (or the copyright's line) set after the story's paragraphs, lines read as
    text with no paragraph of the story's below them (none of a lede's length, no two of a lead's
    length in a row): the page's own, not a last section; the mark with them. A sentence there that
    ends with a full stop is its notice (a marker: "An attachment was removed…", a ban on copying
    under the copyright), one that exclaims, asks or ends none its appeal or button (a widget)."""
    seen = 0  # the story's paragraphs seen above
    # (a caption's credit with "©" is not the copyright's line: "NAME at the gala. © FESTIVAL / NAME"; nor is a
    # template's shortcode a break mark)
    marks = ((n, i, t) for n, (i, t) in enumerate(every) if (seen := seen + core(t)) >= 2 and mark(t))
    n = next((n for n, i, t in marks if not credited(out[i][0], t) and not SHORTCODE.fullmatch(t)), None)
    if n is None:
        return
    rest = [t for _, t in every[n + 1 :]]
    if any(core(t) and len(t.split()) >= LEDE_WORDS for t in rest):
        return
    if any(core(a) and core(b) for a, b in itertools.pairwise(rest)):
        return
    start = every[n][0]
    if out[start][0] in (*SHOWN, "widget", "related"):  # the copyright's line under a label for links: no link
        out[start] = ("marker", REASON["break"])
    for i in range(start + 1, len(out)):
        if out[i][0] in SHOWN or out[i][1] == REASON["tail"]:
            told = lines[i].endswith((".", "…")) and len(lines[i].split()) > 2  # a notice states, an appeal exclaims
            out[i] = ("marker", REASON["after-break"]) if told else ("widget", REASON["after-break"])
        elif out[i][0] == "contact" and not reach_line(ADDRESS.sub("", lines[i])):  # the page's: "URL: <…>"
            out[i] = ("marker", REASON["after-break"])


def credited(kind: str, text: str) -> bool:
    """A caption with words before its "©" credit: the picture's, not the page's copyright."""
    m = CLOSE.search(text)
    return kind == "caption" and m is not None and m.start() > 0


def core(text: str) -> bool:
    """A paragraph of the story's: prose of a lead's length."""
    return story(text) and len(text.split()) >= LEAD_WORDS


SIGNED = re.compile(r"--\s*")  # the line an e-mail's signature starts under


def signature_block(out: list[tuple[str, str]], lines: list[str], every: list[tuple[int, str]]) -> None:
    """Under an e-mail's signature line ("--") after a paragraph of the story, a line that starts
    with a person's name ("NAME, their role") is the writer's byline, and the block's other lines
    read as text are their details (a contact), not a list."""
    seen = False
    for n, (_, text) in enumerate(every):
        seen = seen or core(text)
        if not (seen and SIGNED.fullmatch(text) and n + 1 < len(every)):
            continue
        j = every[n + 1][0]
        if NAMES.match(lines[j]) is None or out[j][0] in META:
            return
        out[j] = ("byline", REASON["signed"])
        out[every[n][0]] = ("marker", REASON["signed"])  # the signature's line
        while j + 1 < len(lines) and lines[j + 1]:
            j += 1
            if out[j][0] in SHOWN:
                out[j] = ("contact", REASON["signed"])
        return


def credit_rows(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A "Label: NAME" line read as a fact row right next to lines of that shape read as credits
    or bylines ("Editor: NAME", "Translator: NAME") is one more of them, its label in whatever
    language: the block credits the story's makers, it is no fact box."""
    for i, (kind, _) in enumerate(out):
        if kind not in SHOWN or not named_row(lines[i]):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and named_row(lines[j])]
        made = [out[j][0] for j in near if out[j][0] in ("credit", "byline")]
        if made:
            out[i] = (made[0], REASON["credit-rows"])


def named_row(text: str) -> bool:
    m = LABELLED.fullmatch(text)
    return m is not None and len(m["label"].split()) <= 2 and NAMES.fullmatch(m["value"]) is not None


def inline_links(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Between two paragraphs of the story, set off, a short label and a headline after its colon
    (no sentence's end: "Read also: NAME to build 12 dams by 2028", in whatever language): a link
    to another story put inside this one, not a section's heading; so is every line with that
    label and a headline after it (the last one may close the story)."""
    found: dict[int, str] = {}
    for i, (kind, _) in enumerate(out):
        m = LABELLED.fullmatch(lines[i])
        if kind in ("heading", "body") and m and len(m["label"].split()) <= 3 and linked(m["value"]):
            found[i] = m["label"]
    labels = set()
    for i in found:
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j]), "")
        below = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
        if core(above) and core(below):
            labels.add(found[i])
    for i, label in found.items():
        if label in labels:
            out[i] = ("related", REASON["inline-link"])


def linked(value: str) -> bool:
    return headline_shape(value) and value[:1].isupper()


LEAD_IN = 2  # a picture's caption or two may stand between the headline and the story's first paragraph


def above_dateline(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """The story starts at its dateline ("CITY, Region (Agency) - …"): one or two sentences read as
    text between the headline and the paragraph that opens with it, each shorter than a lede, are
    not its first paragraph but a picture's caption (the dateline is then the story's); a caption
    may leave out its full stop ("NAME, Minister of …, opens the plant"), but not its words."""
    if title is None:
        return
    body = [i for i in range(title + 1, len(out)) if out[i][0] == "body"]
    opens = next((n for n, i in enumerate(body[: LEAD_IN + 1]) if DATELINE.match(lines[i])), None)
    if not opens or any(not PROSE_WORDS <= len(lines[i].split()) < LEDE_WORDS for i in body[:opens]):
        return
    for i in body[:opens]:
        out[i] = ("caption", REASON["above-dateline"])


def site_under_headline(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """A line in the dek's place that names the site, whose name stands alone above the headline
    ("Incident Report for NAME" under it, "NAME" over it), no sentence: the page's label for what
    it is (a marker), not a summary of the story, which names its subject, not its publisher."""
    if title is None:
        return
    names = {t for t in lines[:title] if len(t.split()) >= 2 and TITLED.fullmatch(t)}
    for i in range(title + 1, len(out)):
        if out[i][0] == "blank":
            continue
        text = lines[i]
        if out[i][0] == "dek" and not prose(text) and any(text.endswith(" " + n) for n in names):
            out[i] = ("marker", REASON["site-label"])
        return


INITIALS = re.compile(r"[A-Z]{2,4}(?:/[A-Z]{2,4})+")  # "AB/CD/EF": the editors' initials, or a bar of languages


def initials_at_foot(out: list[tuple[str, str]], lines: list[str], every: list[tuple[int, str]]) -> None:
    """Below the story's last paragraph, capitals joined by "/" are the initials of those who wrote
    and edited it (a credit), not the bar of languages they would be above the headline."""
    ends = [i for i, t in every if out[i][0] in PARAGRAPH_KINDS and core(t)]
    for i in range(ends[-1] + 1 if ends else len(out), len(out)):
        if INITIALS.fullmatch(lines[i]) and out[i][0] == "widget":
            out[i] = ("credit", REASON["initials"])


def valediction(lines: list[str], i: int) -> bool:
    """A letter's close: a few words ending in a comma ("Best wishes,") over a name of a word or
    three, or that name under it: the writer's own words, not the page's."""

    def close(j: int) -> bool:
        below = lines[j + 1] if j + 1 < len(lines) else ""
        name = 0 < len(below.split()) <= 3 and TITLED.fullmatch(below) is not None
        return 0 < len(lines[j].split()) <= 4 and lines[j].endswith(",") and name

    return close(i) or (i > 0 and close(i - 1))


def dated_links(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A date between two links to other stories (its headline above, its section below) is the
    link's date, one of its lines, not the story's time stamp."""
    shown = [i for i in range(len(lines)) if lines[i]]
    for a, b, c in zip(shown, shown[1:], shown[2:], strict=False):
        if out[b][0] == "timestamp" and out[a][0] == out[c][0] == "related":
            out[b] = ("related", REASON["link-date"])


def frame(out: list[tuple[str, str]], lines: list[str], title: int | None) -> None:
    """Once every line has a kind, what only the blocks around the story show: the page's frame
    printed above and below it, what lies under its break mark and its signature, credits and
    links among its paragraphs, a caption above its dateline, the site's label under the headline."""
    every = paragraphs(lines, -1)  # the page's paragraphs, a hard-wrapped one joined
    head_and_foot(out, lines, every)
    after_break(out, lines, every)
    signature_block(out, lines, every)
    credit_rows(out, lines)
    inline_links(out, lines)
    above_dateline(out, lines, title)
    site_under_headline(out, lines, title)
    initials_at_foot(out, lines, every)
    dated_links(out, lines)
