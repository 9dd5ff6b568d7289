"""Two lines of the masthead told by their shape. A name printed in the site's two languages
("Haberler / News", "Actualités / News", "NAME — ΟΝΟΜΑ") is the section's or the site's name, a
marker, not a bar of two links: one of its two names (not both: then it is two links) is an entry
of the site's menu or trail, or both names stand again in one of the page's own lines (the
copyright: "© 2026 ΟΝΟΜΑ Α.Ε. — NAME S.A."). A picture's description pasted under its one-word
label ("Image: children carrying lanterns along the lake at dusk") is its caption."""

from __future__ import annotations

import re

from .kind_patterns import pattern_kind
from .kinds import REASON
from .patterns import SEPARATOR

PAIR = re.compile(r"\s+[/—–]\s+")
NAME_WORDS = 4  # a name of a section or a site
MENU_MIN = 3  # a menu or a trail: three or more entries
# A picture's pasted description under its one-word label: six or more words in lower case, no sentence;
# or in square brackets, in place of the picture, in any case: "[Kép: Delegációk … / Delegations …]".
ALT_LABELLED = re.compile(
    r"[A-Z][^\W\d_]{2,15} ?: [a-z][^.!?:]*(?:\s\S+){5,}|\[[A-Z][^\W\d_]{2,15} ?: [^\]]*(?:\s[^\]\s]+){3,}(?<![.!?])\]"
)


def two_names(lines: list[str], i: int) -> bool:
    """Line i is one name in two languages, by the page's other lines (see the module)."""
    text = lines[i]
    parts = PAIR.split(text)
    if len(parts) != 2 or re.search(r"\s{2,}|[:.!?]", text) or any(len(p.split()) > NAME_WORDS for p in parts):
        return False
    others = [t for j, t in enumerate(lines) if j != i and t]
    entries = {e.casefold() for t in others if len(es := SEPARATOR.split(t)) >= MENU_MIN for e in es}
    if sum(p.casefold() in entries for p in parts) == 1:
        return True
    return any(all(p in t for p in parts) and pattern_kind(t) == "marker" for t in others)


def head_label(lines: list[str], i: int) -> tuple[str, str] | None:
    """Above the headline, what a line of the masthead is by its shape: a picture's pasted alt text
    ("Image: children carrying lanterns along the lake at dusk"), its caption; a name in two
    languages, a marker; else None (the masthead's other rules decide)."""
    if ALT_LABELLED.fullmatch(lines[i]):
        return "caption", REASON["alt"]
    return ("marker", REASON["label"]) if two_names(lines, i) else None
