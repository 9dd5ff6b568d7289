"""The page's zones and what a line's zone says about it: the site's chrome above the masthead,
the head between the headline and the story, the story, and the foot after the story's last
paragraph. Rules here read a line by where it stands as much as by its words.

Tests of one line in its context are named in `rules.py`'s tables; `foot` runs once every line
has a kind (`reading.settle`).
"""

from __future__ import annotations

import re

from . import kind_patterns
from .furniture import Context, credit_shape, set_off
from .kinds import REASON, SHOWN
from .lists import heading, label_run
from .notices import plain
from .patterns import (
    AGE,
    DEK_MAX,
    ENDS,
    FACT_ROW,
    HEADING_MAX,
    LABELLED,
    LEDE_WORDS,
    NAMES_IN,
    SEPARATOR,
    SHORT,
    STAMP_MAX,
    UI,
    prose,
)
from .plain_text_marks import RULE_LINE

# A person named in full, then where or with whom they are, not what they do: "NAME in the smokehouse
# …", "NAME, a ferryman, at the quay …" (a sentence goes on with a verb: "NAME lit the fire …").
SCENE = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:, [^,]{1,40},)?"
    r" (?:in|at|on|outside|inside|during|with|beside|near|by|under|among|behind|after|before) \S"
)
# Words that address the reader: an appeal ("Get updates on our app: click here"), not another story's headline.
READER = re.compile(r"\b(?:[Oo]ur|[Yy]ou|[Yy]our|[Hh]ere|[Tt]his (?:site|section|page|edition|app))\b")
UNQUOTED = re.compile(r"[“\"‘][^”\"’]*[”\"’]")  # a quotation's words are someone's, not the page's
RUN_MIN = 3  # a list set out without bullets has at least three parallel lines
RUN_CHARS = 60  # each a short line: a score, a row of a box
HEADLINE_WORDS = 4  # a headline has more words than a label
SHORT_TAG = 120  # a tag's line is short
POINT_WORDS = 4  # a summary point says something: more words than a button or a label


def chrome(text: str) -> bool:
    """Above the masthead, a line the widget patterns read at its start, however long it runs (a
    cookie banner with its buttons), a bar whose first part is a button ("▶ Listen live   Now
    playing: …"), or a label over three or more values joined by bars (a live panel: "Status: Trams
    – delays · Buses – good service · …"): the site's chrome, not a label naming the site or
    section."""
    if kind_patterns.COMPILED["widget"].match(text) is not None or control(text):
        return True
    parts = SEPARATOR.split(text)  # a player's bar led by its button: "▶ Listen live   Now playing: …"
    if len(parts) >= 2 and UI.match(parts[0]) and len(parts[0].split()) <= POINT_WORDS - 1:
        return True
    label, colon, rest = text.partition(": ")
    return bool(colon) and len(label.split()) <= POINT_WORDS and len(SEPARATOR.split(rest)) >= RUN_MIN


MENU_MARKS = "▼▾▿⌄⌵⏷"  # a menu's arrow after its label
# A question and its answers, or a label and its choices, each a word or two between bars.
CHOICE = r"[\w’'-]+(?: [\w’'-]+)?"
CHOICES = re.compile(
    rf"[^|]{{3,80}}\?\s*{CHOICE}(?:\s*[|/]\s*{CHOICE}|\s{{2,}}{CHOICE})+"  # "Did this help? Yes / No", "…?  Yes  No"
    rf"|[^|:]{{3,60}}:\s*{CHOICE}(?:\s*\|\s*{CHOICE}|\s+,\s*{CHOICE})+"  # "Print: A4 | Letter", links' "A , B"
)


def control(text: str) -> bool:
    """A control of the page by its mark or its shape: a menu by its arrow ("Choose region ▾") or
    its bars ("☰ Menu"), a question over its answers ("Did this help? Yes / No"), a label over its
    choices joined by bars ("Print: A4 | Letter"). A test of the line's marks first: the patterns'
    alternation ran a third slower with these in it (1.9 against 2.3-3.1 ms per fixture article)."""
    if len(text) > SHORT_TAG:
        return False
    if (text[-1] in MENU_MARKS and len(text) <= 42 and not set(".!?") & set(text)) or text[0] in "☰≡":
        return True
    return ("|" in text or "/" in text or "?  " in text) and CHOICES.fullmatch(text) is not None


def head_caption(ctx: Context) -> bool:
    """Between the headline and the story's first paragraph (a note or a box may come between), set
    off, a line shorter than a lede that names a person and then where they are ("NAME in the
    smokehouse his grandfather built."): a picture's caption without a credit. Not in the dek's
    place, right under the headline."""
    text = ctx.text
    if ctx.story or ctx.before_title or ctx.next_nonblank(ctx.title) == ctx.i or not set_off(ctx):
        return False
    one = len(re.findall(r"[.!?](?:\s|$)", text)) <= 1
    return one and len(text.split()) < LEDE_WORDS and SCENE.match(text) is not None and not NAMES_IN.fullmatch(text)


# A sentence, then a name in brackets: "… on the quay on Monday. (Velmore Post)", "(Post archive)"
NAMED_CREDIT = re.compile(
    r".{20,}[.!?]\s+\((?P<name>[A-Z][\w’'&.-]*(?: (?:[A-Z0-9][\w’'&.-]*|of|and|&)){0,4})(?P<what> [a-z]+)?\)"
)  # and what of it: "(NAME archive)", "(NAME file)"


def site_credit_caption(ctx: Context) -> bool:
    """Between the headline and the story, below the dek's place, one sentence with a name in
    brackets after it that the page prints elsewhere too (the outlet of the byline, the site's
    name in its copyright), or that says what of it the picture is ("(NAME archive)"): a picture's
    caption with its credit ("… on Monday. (VTV News)")."""
    if ctx.story or not ctx.head or ctx.next_nonblank(ctx.title or 0) == ctx.i or len(ctx.text) > DEK_MAX:
        return False
    m = NAMED_CREDIT.fullmatch(ctx.text)
    if m is None or len(re.findall(r"[.!?](?:\s|$)", ctx.text)) != 1:
        return False
    return m["what"] is not None or ctx.joined.count(m["name"]) >= 2  # "(NAME archive)" says it is a credit


def head_label(ctx: Context) -> bool:
    """Between the headline and the story, a short "Label: value" line that no pattern reads and
    that is no sentence ("Case reference: 22/0412", "Audience: Parents"): the page's metadata,
    not the story's (in the dek's place only with a value of a few words, not a kicker over a dek)."""
    if ctx.story or not ctx.head or ctx.hit or prose(ctx.text) or len(ctx.text) > HEADING_MAX:
        return False
    m = LABELLED.fullmatch(ctx.text)
    if m is None or label_run(ctx) or credit_shape(ctx.text) or tag_row(ctx):  # "Image: NAME": a credit
        return False
    return ctx.next_nonblank(ctx.title or 0) != ctx.i or len(m["value"].split()) <= POINT_WORDS


def foot_labels(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story's last paragraph of prose and a line it leaves out, a "Label: value" line
    read as body (or as a speaker's turn) whose label opens no line of the story: the page's tags
    or metadata ("Law firms: NAME", "Filed under: …"), not a speaker's turn nor the story's last
    word ("Rating: FALSE" right under the verdict)."""
    end = max((i for i, (kind, _) in enumerate(out) if kind == "body" and prose(lines[i])), default=len(out))
    spoken = {m["label"] for t in lines[:end] if (m := LABELLED.match(t))}
    left_out = False
    for i in range(end + 1, len(out)):
        m = LABELLED.fullmatch(lines[i])
        tag = m is not None and m["label"] not in spoken and not prose(lines[i]) and len(lines[i]) <= SHORT_TAG
        if left_out and tag and (out[i][0] == "body" or (out[i][1] == REASON["fact-row"] and pair(out, i))):
            out[i] = ("widget", REASON["tags"])
        left_out = left_out or out[i][0] not in (*SHOWN, "blank")


def pair(out: list[tuple[str, str]], i: int) -> bool:
    """Fewer than three fact rows in a row: the page's pair of tags, not a box (whose heading is over
    three rows or more, whatever the length of their labels)."""
    start, end = i, i
    while start > 0 and out[start - 1][1] == REASON["fact-row"]:
        start -= 1
    while end + 1 < len(out) and out[end + 1][1] == REASON["fact-row"]:
        end += 1
    return end - start + 1 < RUN_MIN


def stamp_bar(ctx: Context) -> bool:
    """A bar of the page's details, each a label and its value, one of them a date ("Page manager:
    NAME | Last updated: DATE"): the page's time stamp."""
    if len(ctx.text) > STAMP_MAX + 40:
        return False
    parts = SEPARATOR.split(ctx.text)
    if len(parts) < 2:
        return False
    stamps = [p for p in parts if kind_patterns.by_pattern("timestamp", p)]
    return bool(stamps) and all(p in stamps or FACT_ROW.fullmatch(p) for p in parts)


def parallel_run(ctx: Context) -> bool:
    """One of a block of at least three short lines, none a sentence nor a label ("Team 2 (NAME
    31)", "Att: 14,212"), with the story's prose still to come: a list without bullets, a score box.
    In a file set out with blank lines the block is set off by them; in one without, it is a run of
    such lines that each give a figure, between two paragraphs of prose (a run of short lines
    without figures there is the page's furniture: tags, buttons, a date)."""
    if ctx.before_title or not short_line(ctx.text):
        return False
    lines, start, end = ctx.lines, ctx.i, ctx.i
    more, each = (bool, short_line) if ctx.spaced else (figure_line, figure_line)
    while start > 0 and more(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and more(lines[end + 1]):
        end += 1
    if end - start + 1 < RUN_MIN or not all(each(t) for t in lines[start : end + 1]):
        return False
    if ctx.i == start and heading(ctx):  # a label over its list: "Chapters" over times and titles
        return False
    if not ctx.spaced:
        return start > 0 and end + 1 < len(lines) and prose(lines[start - 1]) and prose(lines[end + 1])
    # inside the page's story, not its foot (a row of buttons over the site's notices: a copyright)
    return any(prose(t) and not kind_patterns.pattern_kind(t) for t in lines[end + 1 :])


def head_points(ctx: Context) -> bool:
    """Under the headline and right above the story's first paragraph, one of a run of three or
    more lines of a few words each, none a sentence nor a label and none of the patterns' kinds:
    the story's summary points, their bullets lost in the copy (a dek is one line)."""
    if ctx.story or ctx.before_title or ctx.title is None or not point_line(ctx.text):
        return False
    run = [ctx.i]
    while (j := ctx.next_nonblank(run[-1])) is not None and point_line(ctx.lines[j]):
        run.append(j)
    j = ctx.i - 1
    while j > ctx.title and (not ctx.lines[j] or point_line(ctx.lines[j])):  # the run above it
        if ctx.lines[j]:
            run.append(j)
        j -= 1
    after = ctx.next_nonblank(max(run))
    return len(run) >= RUN_MIN and after is not None and prose(ctx.lines[after])


def point_line(text: str) -> bool:
    """A summary point's shape: a few words from a capital (not a hard-wrapped sentence's lines),
    no sentence's end, no pattern's kind."""
    words = len(text.split())
    shaped = text[:1].isupper() and POINT_WORDS <= words <= LEDE_WORDS and short_line(text, HEADING_MAX)
    return shaped and not kind_patterns.pattern_kind(text)


def short_line(text: str, most: int = RUN_CHARS) -> bool:
    return 0 < len(text) <= most and not text.endswith((*ENDS, ":"))


def figure_line(text: str) -> bool:
    return short_line(text) and any(c.isdigit() for c in text)


def foot(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story's last paragraph of prose, a line set off as a heading heads no section of
    the story: a headline there (more words than a label, not over a list, not addressed to the
    reader as an appeal is) is a link to another story; a label is left to `settle`, which gives
    it the kind of what it labels."""
    end = max((i for i, (kind, _) in enumerate(out) if kind == "body" and prose(lines[i])), default=len(out))
    for i in range(end + 1, len(out)):
        text = lines[i]
        if out[i][0] != "heading" or len(text.split()) < HEADLINE_WORDS or len(text) > HEADING_MAX:
            continue
        if READER.search(UNQUOTED.sub("", text)):
            continue
        j = next((j for j in range(i + 1, len(out)) if lines[j] and not RULE_LINE.fullmatch(lines[j])), None)
        if j is None or out[j][0] != "list-item":  # under its rule of dashes: "-----"
            out[i] = ("related", REASON["foot"])


def tag_row(ctx: Context) -> bool:
    """A label and three or more short values joined by a bar's separators ("Partners: NAME · NAME ·
    NAME", "Filed under: A | B | C", "Partenaires : A · B · C"), no sentence: the page's tags or its
    row of links, not a headline."""
    m = LABELLED.fullmatch(re.sub(r"^([^:]{1,40}) :", r"\1:", ctx.text))  # a space before the colon: French
    if m is None or len(ctx.text) > SHORT or ctx.text.endswith(ENDS):
        return False
    parts = SEPARATOR.split(m["value"])
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 for p in parts)


# A label, then a code of letters and digits (no word, no date), then what the page says of its use.
REFERENCE = re.compile(
    r"[A-Z][\w’'-]*(?: [\w’'-]+){0,2}: (?=\S*\d{4})(?=\S*[A-Z])[A-Z0-9][A-Z0-9/_.-]{5,}(?:\s*[|·]\s*[^|·]{1,80})?"
)


# A register's number after its name: "Registered charity no. 1100234", "Company No 0412 7781"
REGISTERED = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,3} (?:[Nn]o\.?|[Nn]umber|#) ?\d[\d ]{4,}\d\.?")


def reference(ctx: Context) -> bool:
    """ "Image ID: CODE | Editorial use only": a picture's or a document's reference number and its
    terms of use, or a register's number alone on its line, the page's (a marker), not a credit for
    the one who took it nor a number to call."""
    return len(ctx.text) <= SHORT_TAG and (REFERENCE.fullmatch(ctx.text) or REGISTERED.fullmatch(ctx.text)) is not None


# Where a link to another story came from, and how long ago: "OUTLET · 3h ago"
SOURCE_AGE = re.compile(rf"[A-Z][\w’'&.-]*(?: [\w’'&.-]+){{0,4}}\s*[·|•]\s*(?:{AGE})")


# a line of the page speaks of itself or its reader
PAGE = re.compile(rf"{READER.pattern}|\b[Tt]his (?:article|story|piece|report)\b|\b(?:us|we)\b")


def headline_shape(text: str) -> bool:
    """More words than a label, a headline's length, no sentence's end."""
    return len(text.split()) >= HEADLINE_WORDS and len(text) <= HEADING_MAX and not text.endswith(ENDS)


def link_shape(text: str) -> bool:
    return headline_shape(text) and not PAGE.search(text)


def foot_links(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story's last paragraph of reporting, a list of other stories: an outlet and an age
    ("OUTLET · 3h ago") with the headline beside it, or two or more headlines in a row that the
    page's furniture was taken for: links (related), whatever the label over them says."""
    end = max((i for i, (kind, _) in enumerate(out) if kind == "body" and not plain(lines[i])), default=len(out))
    tail = [i for i in range(end + 1, len(out)) if lines[i]]
    for n, i in enumerate(tail):
        if SOURCE_AGE.fullmatch(lines[i]):
            out[i] = ("related", REASON["outlet"])
            for j in tail[max(n - 1, 0) : n + 2]:
                label = len(lines[j].split()) < HEADLINE_WORDS and not lines[j].endswith((*ENDS, ":"))
                if out[j][0] in ("widget", "body", "heading") and (headline_shape(lines[j]) or label):
                    out[j] = ("related", REASON["outlet"])  # its headline, or the label over the list
    heads = [left_out_head(out[i], lines[i]) and link_shape(lines[i]) for i in tail]
    for n, i in enumerate(tail):
        if heads[n] and sum(heads[max(n - 1, 0) : n + 2]) >= 2:
            out[i] = ("related", REASON["outlet"])


def left_out_head(line: tuple[str, str], text: str) -> bool:
    """A line after the story read as the page's: a button (by the tail's rule), a link, or a tag of
    one value ("Drought: reservoirs at 31 percent", a headline with its kicker), not a row of tags."""
    tag = line[1] == REASON["tags"] and len(SEPARATOR.split(text)) == 1 and "," not in text
    return line in (("widget", REASON["tail"]), ("related", REASON["foot"])) or tag
