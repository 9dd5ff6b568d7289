"""Rules for the article's head and its people: the dek, the byline in its many shapes (a
name alone, a role line, a bar of the site's details, a credit with a date), a venue under
the headline, a letter's signature, and a line about an author the byline names.

Each is a test of one line in its context, named in `rules.py`'s tables.
"""

from __future__ import annotations

import re

from . import kind_patterns
from .alphabet import foreign_stamp
from .furniture import Context, stamp
from .kinds import META
from .lists import box_below
from .patterns import (
    BEAT,
    BY_PART,
    BYLINE_PREFIX,
    CLOCK,
    DATE,
    DATED_ENTRY,
    DATELINE,
    DEK_MAX,
    ENDS,
    HAS_TIME,
    LABELLED,
    LEDE_WORDS,
    LIST_ITEM,
    NAME,
    NAMES,
    NAMES_IN,
    PLACE,
    PROSE_WORDS,
    ROLE,
    SEPARATOR,
    SHORT,
    SIGNATURE,
    SPEAKER,
    STAMP_LABEL_WORDS,
    SUMMARY_LABEL,
    VENUE,
    prose,
)

IN_PLACE = re.compile(r" in [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}$")  # "Anna Vik in Kesh"
ANY_ROLE = re.compile(ROLE.pattern, re.IGNORECASE)  # "Europe correspondent"
# What a line about a writer says they are or do: "is a …", "covers …", "writes about …".
BIO_VERB = re.compile(
    r"(?:is|was|has (?:been|covered|reported|written)|covers|writes (?:about|on|for)|reports (?:on|for|from)|edits"
    r"|joined) "
)
DEK_SENTENCES = 3  # over a byline or a date, a dek may run to three short sentences (not past DEK_MAX)
MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+")  # an author's note marks (affiliations)


def head_credit(ctx: Context) -> bool:
    """Under the headline, a credit with a date ("Compiled by the Desk | Updated March 12"), or right
    under it who compiled or reported the piece ("Compiled by NAME from police reports"): the byline."""
    if ctx.hit != "credit" or not ctx.head or len(ctx.text) > SHORT:
        return False
    return HAS_TIME.search(ctx.text) is not None or (ctx.last == "title" and MADE_BY.match(ctx.text) is not None)


MADE_BY = re.compile(r"(?:Compiled|Reported|Reporting|Written|Prepared) by [A-Z]")


ROLE_WORDS = 8  # a signatory's post and office: "Head of Casework, Transport Office"


def signature(ctx: Context) -> bool:
    """A name (and what the writer is) under a paragraph, and the short place line under it,
    not over prose: a letter's signature. A name over prose is a heading."""
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    if not ctx.started or text.endswith((*ENDS, ":")):
        return False
    name = re.sub(r" \([^()]{1,60}\)$", "", text)  # what the writer is, in brackets: "Ana (secretary)"
    if name in ctx.names or name in {n.split()[0] for n in ctx.names}:
        return True  # the byline's name printed again under the text, in full or the first name alone
    if ctx.previous == "byline" and SIGNATURE.fullmatch(ctx.near(-1)):  # a place, or a post and its office
        return len(text.split()) <= 4 or ("," in text and len(text.split()) <= ROLE_WORDS)
    below = ctx.lines[j] if j is not None else ""
    over_prose = prose(below) or (below.endswith(":") and len(below.split()) >= PROSE_WORDS)  # or a lead-in
    after_text = (ctx.last == "body" and not ctx.near(-1)) or prose(ctx.near(-1))
    boxed = box_below(ctx.lines, ctx.i)  # a name over three labelled rows heads a box: "THE COLONY" / "Pairs: 40"
    signed = SIGNATURE.fullmatch(text) is not None
    return after_text and not over_prose and not boxed and signed and not over_section(ctx, j)


def over_section(ctx: Context, j: int | None) -> bool:
    """A line in capitals, set off, over a sub-heading in sentence case over prose: a section's
    heading ("RESPONSE" over "Water and sanitation"), not a signature; a signature's place line is a
    name in title case ("ANA LIND" over "Upper Kesh") and the text may go on (the next letter)."""
    if j is None or not ctx.text.isupper() or ctx.near(1):
        return False
    if NAMES.fullmatch(ctx.lines[j]) or PLACE.fullmatch(ctx.lines[j]):
        return False
    k = ctx.next_nonblank(j)
    return k is not None and prose(ctx.lines[k])


def venue(ctx: Context) -> bool:
    """Under the headline, the place a speech was given, and the city on the line under it."""
    if not ctx.head or ctx.text.endswith(ENDS):
        return False
    return VENUE.fullmatch(ctx.text) is not None or (
        ctx.previous == "dateline" and PLACE.fullmatch(ctx.text) is not None
    )


def author_bio(ctx: Context) -> bool:
    """ "NAME is a …" or what the writer does ("NAME covers … for the Journal.") about a person the
    byline names, in a line of one or two sentences."""
    text = ctx.text
    if len(text) > 300:
        return False
    return any(text.startswith(f"{n} ") and BIO_VERB.match(text[len(n) + 1 :]) for n in ctx.names)


def name_over_bio(ctx: Context) -> bool:
    """An author's name alone right above the line about them ("NAME" / "NAME is a …")."""
    nxt = ctx.near(1)
    bio = re.match(rf"{re.escape(ctx.text)} (?:is|was) ", nxt) if ctx.text in ctx.names else None
    return bio is not None and len(nxt) <= 300


def self_description(ctx: Context) -> bool:
    """At the foot, a short line in the first person a line or two under a byline ("Written by
    NAME" / "14 Followers" / "I write about …"): the author's bio."""
    text = ctx.text
    if not ctx.started or not text.startswith("I ") or len(text) > 200:
        return False
    return any(kind_patterns.by_pattern("byline", ctx.near(-k)) for k in (1, 2))


# A body's name, not a person's: "National Transport Casework Office", "Velmore Harbour Trust".
BODY_NAME = re.compile(
    r"\b(?:Office|Agency|Ministry|Department|Council|Service|Authority|Bureau|Commission|Institute|Trust"
    r"|Association|Company|Group|Centre|Center|University|Court|Police|Network|Foundation)$"
)


def byline_names(byline: str) -> list[str]:
    """Names in a byline: "By A and B, Agency" -> [A, B]; words that are not a name, or are a
    title ("Chief Correspondent"), are dropped, and so is what follows a role ("Ida Holm, chair,
    Fishing Cooperative", "Europe correspondent, Lake Vessa") or a dash ("NAME – Senior Reporter"),
    a beat or a role before the name ("political reporter NAME", "Senior ranger NAME"), where a
    name reports from ("Anna Vik in Kesh") and an e-mail address in brackets; a label ending in "by" names no one."""
    if re.search(r"\b(?:by|BY|By):?$", byline.strip()):
        return []  # a label over the name on the next line: "NEWS PROVIDED BY"
    rest = re.sub(r"\s*[\[(<]\S+@\S+[\])>]", "", BYLINE_PREFIX.sub("", MARKS.sub("", byline.strip())))
    rest = re.sub(rf"^(?:[a-z][\w’'-]* ){{0,3}}{BEAT} (?=[A-Z])", "", rest)  # "regional affairs reporter NAME"
    rest = re.sub(rf"^{LEAD} (?=[A-Z])", "", rest)  # what the writer is, before the name: "Senior ranger NAME"
    # what follows the names: a bar, a dash, the date, where from or for whom ("NAME from … reports")
    rest = re.split(
        rf"\s*[|/·•]\s*|\s+[–—]\s+|,? (?:on|in) {DATE}|,\s*(?=(?:Updated |Published )?{DATE})|\s+(?:from|for)\s+", rest
    )[0]
    parts = [IN_PLACE.sub("", p.strip()) for p in re.split(r",\s*|\s+and\s+|\s*&\s*", rest)]
    parts = parts[: next((i for i, p in enumerate(parts) if p[:1].islower() or ANY_ROLE.search(p)), len(parts))]
    return [p for p in parts if NAME.match(p) and not ROLE.search(p) and not BODY_NAME.search(p)]


def dek(ctx: Context) -> bool:
    """The first line after the headline, if it is short, one sentence (up to three over a byline
    or a date: the story starts below them) and not the story's start (a sentence of a lede's
    length with no byline or date under it)."""
    if ctx.title is None:
        return False
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    sentences = len(re.findall(r"[a-z0-9)”’\"][.!?](?:\s|$)", text))
    below = kind_patterns.pattern_kind(ctx.lines[j]) if j is not None else ""
    # the story starts below a byline or a date, or an author's name alone ("NAME" / "Senior Reporter")
    credited = below in ("byline", "timestamp") or (j is not None and NAMES.fullmatch(ctx.lines[j]) is not None)
    credited = credited or (j is not None and dated(Context(ctx.lines, j, ctx.title, "", ctx.spaced)))
    if ctx.next_nonblank(ctx.title) != ctx.i:  # a further summary line, its block right over the byline or date
        more = ctx.previous == "dek" and summary_run_over_credit(ctx) and sentences == 0 and len(text) <= DEK_MAX
        return more and not NAMES.fullmatch(text)  # a name alone: the byline
    if len(text) > DEK_MAX or sentences > (DEK_SENTENCES if credited else 1):
        return False
    if not credited and sentences and len(text.split()) > LEDE_WORDS:  # a lede's length, the story below it
        return False
    if SUMMARY_LABEL.fullmatch(text):
        return False  # "HIGHLIGHTS" over the summary's points: their heading
    return not DATELINE.match(text) and not SPEAKER.match(text) and not NAMES.fullmatch(text)  # names: a byline


def dated(ctx: Context) -> bool:
    """A date line by its shape rather than its words: "March 11 · 5 min read", or a date and a time
    with only words of the site's other script ("입력 2026.03.11 09:42")."""
    return stamp(ctx) or foreign_stamp(ctx)


def summary_run_over_credit(ctx: Context, most: int = 4) -> bool:
    """The line and the few summary lines under it (short, without a sentence's end) end right
    over the byline or the date: the story starts below them, so they summarise it."""
    j = ctx.i
    while j + 1 < len(ctx.lines) and j - ctx.i < most and summary_shape(ctx.lines[j + 1]):
        j += 1
    k = ctx.next_nonblank(j)
    return k is not None and kind_patterns.pattern_kind(ctx.lines[k]) in ("byline", "timestamp")


def summary_shape(text: str) -> bool:
    sentences = re.findall(r"[a-z0-9)”’\"][.!?](?:\s|$)", text)
    return bool(text) and not sentences and len(text) <= DEK_MAX and not NAMES.fullmatch(text)


def byline_more(ctx: Context) -> bool:
    """Under the headline, above the text: a name alone, or an author's title or place on the
    line right after a byline ("Senior Fellow, Trade Programme", "Reporting from Oslova")."""
    if not ctx.head:
        return False
    text = ctx.text
    if ctx.last in (*META, "dek") and NAMES.fullmatch(MARKS.sub("", text)):  # "Ana Lind¹ and Tomas Berg²"
        return True
    if ctx.last in (*META, "dek") and NAMES_IN.fullmatch(text):  # "Anna Vik in Kesh"
        return True
    if over_list(ctx.near(1)):  # a label over a list ("Key points")
        return False
    if ctx.last in ("widget", "marker", "byline") and NAME.fullmatch(text) and not prose(ctx.near(1)):
        return True  # a name alone after the site's buttons, not over the story: "Share / Save / Anna Vik"
    return ctx.previous == "byline" and len(text.split()) <= 8 and not text.endswith((*ENDS, ":"))


def over_list(nxt: str) -> bool:
    """A list's first item under the line, not a date whose day a stop ends ("12. Nov.")."""
    return (LIST_ITEM.match(nxt) is not None or DATED_ENTRY.match(nxt) is not None) and not (
        kind_patterns.by_pattern("timestamp", nxt)
    )


def named_under_stamp(ctx: Context) -> bool:
    """Further down the page, a name alone under a date (and the office or role on the line
    under it, not over it): who wrote or gave what follows, as a byline is."""
    text, nxt = ctx.text, ctx.near(1)
    if ctx.previous == "timestamp" and NAME.fullmatch(text):
        return not prose(nxt)
    return ctx.previous == "byline" and NAME.fullmatch(ctx.near(-1)) is not None and role_line(text)


def role_line(text: str) -> bool:
    """A short line naming a role, without a sentence's end: "Minister of State for …"."""
    return len(text.split()) <= 8 and not text.endswith((*ENDS, ":")) and ROLE.match(text) is not None


def name_and_stamp(ctx: Context) -> bool:
    """A bar of the site's details that starts with the author's name and gives a time as one of
    its parts ("NAME · Outlet · Posted: DATE | Updated: …"): the byline, wherever it stands."""
    if len(ctx.text) > 2 * SHORT:
        return False
    parts = SEPARATOR.split(ctx.text)
    first = NAMES.fullmatch(parts[0]) is not None and len(parts) >= 2
    return first and any(kind_patterns.by_pattern("timestamp", p) for p in parts[1:])


def by_part(ctx: Context) -> bool:
    """Under the headline, a bar of the site's details with "by NAME" as one of its parts."""
    if not ctx.head or len(ctx.text) > SHORT:
        return False
    parts = SEPARATOR.split(ctx.text)
    return len(parts) >= 2 and any(BY_PART.fullmatch(p) for p in parts)


# The head's shapes in any words: who made the piece, and when, as the site sets them out.
PARTS = re.compile(r"\s+[·|•]\s+|(?<=[^\W\d])·(?=\d)")  # or a dot glued before a count: "ago·57 applicants"
CREDITED = re.compile(rf"[A-Z][a-z]+(?:(?:,| and| &)? [a-z]+){{0,3}} by {NAMES.pattern}")  # "Written up by NAME"
NAMED_ROLE = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}, [A-Z][\w’'-]*(?: [\w’'-]+){0,3}")  # "NAME, Role"
COUNTED = re.compile(r"\d[\d,.]* [a-z]+(?: [a-z]+)?")  # "14 sources", "5 min read"
DATE_ONLY = re.compile(rf"(?:[A-Z][a-z]+,? )?{DATE}(?:,? (?:at )?{CLOCK})?")


def credit_parts(ctx: Context) -> bool:
    """In the head, a line of parts joined by a bar's separators that each credit someone: a role
    word, "by" and the names ("Documented by NAME · Edited by NAME"), or, after a label, each name
    with its role ("Label: NAME, Role · NAME, Role"): the byline, whatever the role's words."""
    if ctx.story or not ctx.head or len(ctx.text) > DEK_MAX:
        return False
    text = ctx.text
    label = LABELLED.fullmatch(text)
    if label is not None and " by " not in label["label"]:
        parts = PARTS.split(label["value"])
        return all(NAMED_ROLE.fullmatch(p) for p in parts)
    parts = PARTS.split(text)
    return len(parts) >= 2 and all(CREDITED.fullmatch(p) for p in parts)


# A person named with their role in any words: lead words in lower case before the name ("Senior ranger
# NAME", "From the desk of NAME", "Followed by NAME"), a role after it and a comma ("NAME, Livestock Manager",
# "NAME, court reporter"), or both.
LEAD = r"[A-Z][a-z]+(?: [a-z][\w’'-]*){1,4}"
PERSON_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}"
# (a role, not a description: "NAME, the free encyclopedia" is a site's tagline; one word in capitals, a place)
ROLE_NAME = re.compile(
    rf"(?P<lead>{LEAD} )?{PERSON_NAME}(?P<role>, (?!(?:the|a|an) )(?:[a-z][\w’'-]*|[\w’'-]+(?: [\w’'-]+){{1,3}}))?"
)


def role_and_name(ctx: Context) -> bool:
    """In the head, a line that names a person with words around the name that say what they are or
    do (lead words before it, a role after a comma), no sentence and no label: the byline, whatever
    the role's words ("Senior ranger NAME", "From the desk of NAME, Livestock Manager")."""
    if ctx.story or not ctx.head or ctx.hit not in ("", "byline") or len(ctx.text) > SHORT or ":" in ctx.text:
        return False
    m = ROLE_NAME.fullmatch(ctx.text)
    return m is not None and bool(m["lead"] or m["role"]) and len(ctx.text.split()) <= 12


def labelled_date(ctx: Context) -> bool:
    """In the head, a label of a few words and a date alone after its colon ("Release date: DATE",
    "Next release: DATE"), or a time stamp with the page's counts after a bar ("Updated 3 hours ago
    · 14 sources"): a time stamp, whatever the label says."""
    if ctx.story or not ctx.head or len(ctx.text) > SHORT:
        return False
    label = LABELLED.fullmatch(ctx.text)
    if label is not None and len(label["label"].split()) <= STAMP_LABEL_WORDS and DATE_ONLY.fullmatch(label["value"]):
        return True
    first, *rest = PARTS.split(ctx.text)
    return bool(rest) and kind_patterns.by_pattern("timestamp", first) and all(COUNTED.fullmatch(p) for p in rest)


PROFILE_PART_WORDS = 8  # a role line's length (see role_line)


def profile_line(ctx: Context) -> bool:
    """In the head, right under a byline, a member's profile headline: their role and what they
    work on as short parts joined by a bar's separators ("Head of Sales at NAME | Retail | Data"),
    no sentence: the byline's, however many words it holds together."""
    if not ctx.head or ctx.previous != "byline" or ctx.text.endswith((*ENDS, ":")):
        return False
    parts = SEPARATOR.split(ctx.text)
    return len(parts) >= 2 and all(0 < len(p.split()) <= PROFILE_PART_WORDS for p in parts)
