"""A line printed in two languages, its halves joined by a slash: "By NAME / โดย NAME",
"Photo: NAME / Фото: NAME". One half is in the story's Latin letters, the other in another
script; the line is what its Latin half is (a byline, a time stamp, a credit)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .furniture import Context
from .kind_patterns import pattern_kind

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
