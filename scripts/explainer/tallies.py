"""The page's tallies and codes on lines of their own, whatever the site: a count under a
pictograph or after a plural label ("👁 1 284", "Replies 12"), how many people did something
("52 people reacted"), a code alone (a version, a commit, an ID: "v2.1.0", "9f3ab21"), and a
link comparing two versions by their codes. A story's heading names a part in the singular
("Day 14", "Part 2"); its sentences end."""

from __future__ import annotations

import re
import unicodedata

from .furniture import Context
from .lists import previous_nonblank
from .patterns import ENDS

# A figure with its thousands parted by a space, a comma or a stop, or shortened ("4.1k").
FIGURE = r"(?:\d{1,3}(?:[ ,.]\d{3})+|\d+(?:[.,]\d+)?[kKM]?)"
PLURAL_COUNT = re.compile(rf"[A-Z][a-z]+s {FIGURE}")  # "Assets 4", "Comments 12": a tab and its count
# How many people did something, in the languages of the sites met: "52 people reacted", "1 284 человека".
PEOPLE = re.compile(
    rf"{FIGURE} (?:people|others|users|readers|personnes|Personen|personas|pessoas|persone|человека?)"
    r"(?: [^\W\d_][\w’'-]*){0,4}"
)
VERSION = re.compile(r"v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?")  # "v3.0.0", "2.8.4-rc1"
HASH = re.compile(r"(?=[a-z]*\d)(?=\d*[a-f])[0-9a-f]{7,40}")  # a commit's hash, digits and letters a–f


def icon_count(text: str) -> bool:
    """A pictograph before a figure ("👁 1 284", "💬 12"): views or comments."""
    m = re.fullmatch(rf"(\S)\ufe0f?\s*{FIGURE}", text)
    return m is not None and unicodedata.category(m[1]) == "So"


NAMED_FIGURE = re.compile(rf"[A-Z][\w’' -]{{1,30}} {FIGURE}")  # "Ireland 17": a score's or a table's row


def tally(ctx: Context) -> bool:
    """A count on a line of its own: under a pictograph, after a plural label (not beside another
    name and figure: "Wales 24" over "Ireland 17" is a score), or of people."""
    text = ctx.text
    if text.endswith(ENDS):
        return False
    if PLURAL_COUNT.fullmatch(text):
        near = (previous_nonblank(ctx.lines, ctx.i), ctx.next_nonblank(ctx.i))
        return not any(j is not None and NAMED_FIGURE.fullmatch(ctx.lines[j]) for j in near)
    return icon_count(text) or PEOPLE.fullmatch(text) is not None


def code_alone(ctx: Context) -> bool:
    """A version's number or a commit's hash alone on its line: the page's label for what it
    shows, not the story's text."""
    return VERSION.fullmatch(ctx.text) is not None or HASH.fullmatch(ctx.text) is not None


# A label, then two codes joined by two or three stops: a link comparing two versions ("Changes: v1.2...v1.3").
COMPARED = re.compile(r"[A-Z][\w’' -]{2,30}: (?=\S*\d)[\w.+-]+?[^.]\.{2,3}[\w][\w.+-]*")


def compared_versions(ctx: Context) -> bool:
    """A link to the changes between two versions: a label and the range of their codes."""
    return COMPARED.fullmatch(ctx.text) is not None
