"""A line printed in two languages, its halves joined by a slash: "By NAME / โดย NAME",
"Photo: NAME / Фото: NAME". One half is in the story's Latin letters, the other in another
script; the line is what its Latin half is (a byline, a time stamp, a credit)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import SEPARATOR, UI, section_label

NAME = re.compile(r"[A-Z][\w’'.-]*(?: (?:[A-Z][\w’'.-]*|of|the|and|for|&)){2,10}")  # a body's name in title case

LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


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
