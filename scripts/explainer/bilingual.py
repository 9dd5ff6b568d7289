"""A line printed in two languages, read by the half the patterns know: its halves joined by a
slash, one in the story's Latin letters and the other in another script ("By NAME / โดย NAME",
"Photo: NAME / Фото: NAME"), or a label in another language first ("Szerző / Author: NAME",
"Kapcsolódó hírek / Related news"); a label in two scripts ("ข่าวที่เกี่ยวข้อง Related news")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import SEPARATOR, UI, section_label

NAME = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|the|and|for|&)){2,10}")  # a body's name in title case

LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
PAIR = re.compile(r"(?P<first>[^/:|]{1,40}) / (?P<second>[^/|]{1,200})")
LABEL_WORDS = 4  # the first language's label: a few words, no sentence


def latin_half(text: str) -> str:
    """The half in Latin letters of a line in two scripts joined by " / ", or ""."""
    parts = text.split(" / ")
    if len(parts) != 2:
        return ""
    latin = [p for p in parts if LATIN.search(p)]
    other = [p for p in parts if not LATIN.search(p) and re.search(r"[^\W\d_]", p)]
    return latin[0] if len(latin) == 1 and len(other) == 1 else ""


def bilingual(kind: str) -> Callable[[Context], bool]:
    """A rule's test: the line's Latin half is of this kind by its patterns."""

    def test(ctx: Context) -> bool:
        half = latin_half(ctx.text)
        return bool(half) and pattern_kind(half) == kind

    return test


def bilingual_bar(ctx: Context) -> bool:
    """A bar of buttons each named in two languages: "พิมพ์ Print | แชร์ Share", "Drucken Print"
    in another script: each part's Latin words a button's, the rest in another script."""
    parts = SEPARATOR.split(ctx.text)
    if len(parts) < 2 or len(ctx.text) > 80:
        return False
    for part in parts:
        words = part.split()
        latin = " ".join(w for w in words if LATIN.search(w))
        if len(latin) == len(part) or not latin or not UI.match(latin) or len(latin.split()) > 2:
            return False
    return True


def bilingual_label(text: str) -> str:
    """A label in two scripts ("ข่าวที่เกี่ยวข้อง Related news"): the kind its Latin words label."""
    words = text.split()
    latin = [w for w in words if LATIN.search(w)]
    if not latin or len(latin) == len(words) or not re.search(r"[^\W\d_]", " ".join(set(words) - set(latin))):
        return ""
    return section_label(" ".join(latin)) or ""


def name_in_script(ctx: Context) -> bool:
    """Above the headline, right under the site's name in title case (a marker), one to three
    words in another script, no figure: the same name in the site's own language."""
    above = ctx.near(-1)
    if not ctx.before_title or ctx.last != "marker" or LATIN.search(ctx.text) or re.search(r"\d", ctx.text):
        return False
    return len(ctx.text.split()) <= 3 and NAME.fullmatch(above) is not None


def second_half(text: str) -> str:
    """The second language's half of "LABEL / LABEL: value", when the first is a label, or ""."""
    m = PAIR.fullmatch(text)
    return m["second"] if m and len(m["first"].split()) <= LABEL_WORDS else ""


def pattern_either(text: str) -> str:
    """The kind the patterns give the line, or its second half."""
    return pattern_kind(text) or ((half := second_half(text)) and pattern_kind(half)) or ""


def label_either(text: str) -> str:
    """The kind of what a label says follows it ("Related news"), in either half or in its Latin words."""
    return section_label(text) or ((half := second_half(text)) and section_label(half)) or bilingual_label(text)
