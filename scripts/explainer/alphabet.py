"""The writing system a line is in: a page whose story is in one script and whose site speaks
another (an English edition in a Korean, Greek or Russian site's frame) prints its buttons,
labels and dates in the site's script; such a line is the page's, not the story's."""

from __future__ import annotations

import unicodedata
from collections import Counter

from .furniture import Context
from .kinds import REASON, SHOWN, WHY
from .patterns import ENDS, HAS_TIME, STAMP_MAX, STAMP_PARTS, UI_WORDS


def script(char: str) -> str:
    """A letter's script, the first word of its Unicode name ("HANGUL", "CYRILLIC", "LATIN")."""
    return "LATIN" if char.isascii() else unicodedata.name(char, "?").split(" ")[0]


def letters(text: str) -> Counter[str]:
    """How many letters of each script a text holds."""
    return Counter(script(c) for c in text if c.isalpha())


def foreign_words(ctx: Context) -> list[str] | None:
    """The words of a line written mostly in another script than most of the page's letters (its
    story's), or None when it is in the page's own. Pages in one script (nearly all) are told by
    the line alone: only a line with a letter outside ASCII has the page counted."""
    if ctx.text.isascii():
        return None
    own = letters(ctx.text)
    if not own:
        return None
    main = letters(ctx.joined or "\n".join(ctx.lines)).most_common(1)[0][0]  # the head is read without `joined`
    if own[main] * 2 >= sum(own.values()):
        return None
    return [w for w in ctx.text.split() if any(c.isalpha() and script(c) != main for c in w)]


def foreign_stamp(ctx: Context) -> bool:
    """A date or time with only words in the site's other script around it: "입력 2026.03.11 09:42"."""
    words = foreign_words(ctx)
    if not words or len(ctx.text) > STAMP_MAX or not HAS_TIME.search(ctx.text):
        return False
    return set(STAMP_PARTS.sub(" ", ctx.text).split()) <= set(words)


def foreign_control(ctx: Context) -> bool:
    """A few words in the site's other script, no sentence: a button, a label or a setting of
    the page's interface ("공유하기", "글자크기 가 가")."""
    words = foreign_words(ctx)
    return bool(words) and len(ctx.text.split()) <= UI_WORDS and not ctx.text.endswith(ENDS)


LABELLED_MIN = 2  # a label heads two or more lines


def foreign_labels(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A label in the site's other script over two or more lines of one left-out kind (links:
    "많이 본 뉴스" over headlines) labels them and takes their kind, as a heading there does."""
    for i, (_, why) in enumerate(out):
        if why != REASON["foreign-ui"]:
            continue
        below = [out[j][0] for j in range(i + 1, len(lines)) if lines[j]][:LABELLED_MIN]
        if len(below) == LABELLED_MIN and len(set(below)) == 1 and below[0] not in SHOWN | {"widget"}:
            out[i] = (below[0], f"a label over what follows: {WHY[below[0]]}")
