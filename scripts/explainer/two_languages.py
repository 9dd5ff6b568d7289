"""A label printed in the site's two languages, "LABEL / LABEL: value" ("Szerző / Author: NAME",
"Kapcsolódó hírek / Related news"): the line is of the kind its second half shows, when only
the first half is in a language the patterns do not know."""

from __future__ import annotations

import re

from .kind_patterns import pattern_kind
from .patterns import section_label

PAIR = re.compile(r"(?P<first>[^/:|]{1,40}) / (?P<second>[^/|]{1,200})")
LABEL_WORDS = 4  # the first language's label: a few words, no sentence


def second_half(text: str) -> str:
    """The second language's half of such a line, or ""."""
    m = PAIR.fullmatch(text)
    return m["second"] if m and len(m["first"].split()) <= LABEL_WORDS else ""


def pattern_either(text: str) -> str:
    """The kind the patterns give the line, or its second half."""
    return pattern_kind(text) or ((half := second_half(text)) and pattern_kind(half)) or ""


def label_either(text: str) -> str:
    """The kind of what a label says follows it ("Related news"), in either half."""
    return section_label(text) or ((half := second_half(text)) and section_label(half)) or ""
