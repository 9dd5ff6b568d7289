"""The writing system a line is in: a page whose story is in one script and whose site speaks
another (an English edition in a Korean, Greek or Russian site's frame) prints its buttons,
labels and dates in the site's script; such a line is the page's, not the story's."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .furniture import Context
from .kinds import REASON, SHOWN, WHY
from .patterns import ENDS, HAS_TIME, SEPARATOR, STAMP_MAX, STAMP_PARTS, UI_WORDS


def script(char: str) -> str:
    """A letter's script, the first word of its Unicode name ("HANGUL", "CYRILLIC", "LATIN")."""
    return "LATIN" if char.isascii() else unicodedata.name(char, "?").split(" ")[0]


def letters(text: str) -> Counter[str]:
    """How many letters of each script a text holds."""
    return Counter(script(c) for c in text if c.isalpha())


# A letter outside the Latin blocks (Basic, Latin-1, Extended-A/B, Extended Additional).
NON_LATIN = re.compile(r"[^\W\d_\x00-\u024f\u1e00-\u1eff]")


def foreign_words(ctx: Context) -> list[str] | None:
    """The words of a line written mostly in another script than the story's (its longest line's, a
    paragraph), or None when it is in the story's own. A line of Latin letters alone is taken for
    the story's, told by one regular expression before any letter's script is looked up: counting
    every letter of the page for each line with a curly quote or a dash cost 0.6 ms per fixture
    article (2.2 -> 2.8 ms), the longest line and two counts of letters per such line 0.1 ms more."""
    if NON_LATIN.search(ctx.text) is None:
        return None
    own, main = letters(ctx.text), letters(max(ctx.lines, key=len)).most_common(1)
    if not main or own[main[0][0]] * 2 >= sum(own.values()):
        return None
    return [w for w in ctx.text.split() if any(c.isalpha() and script(c) != main[0][0] for c in w)]


def foreign_stamp(ctx: Context) -> bool:
    """A date or time with only words in the site's other script around it: "입력 2026.03.11 09:42"."""
    words = foreign_words(ctx)
    if not words or len(ctx.text) > STAMP_MAX:
        return False
    if (m := DAY_MONTH_YEAR.fullmatch(ctx.text)) and m["month"] in words:
        return True  # the day, the month's name in the site's script, the year (of its era): "4 ธ.ค. 2569"
    if not HAS_TIME.search(ctx.text):
        return False
    return set(STAMP_PARTS.sub(" ", ctx.text).split()) <= set(words)


DAY_MONTH_YEAR = re.compile(r"\d{1,2}\s+(?P<month>\S{1,15})\s+\d{4}")


def foreign_control(ctx: Context) -> bool:
    """A few words in the site's other script, no sentence: a button, a label or a setting of
    the page's interface ("공유하기", "글자크기 가 가")."""
    words = foreign_words(ctx)
    copyright_line = "©" in ctx.text  # the site's copyright in its script: its marker, not a button
    return bool(words) and len(ctx.text.split()) <= UI_WORDS and not ctx.text.endswith(ENDS) and not copyright_line


LABELLED_MIN = 2  # a label heads two or more lines


def foreign_labels(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A label in the site's other script over two or more lines of one left-out kind (links:
    "많이 본 뉴스" over headlines) labels them and takes their kind, as a heading there does."""
    headed = False  # the headline came above: over it, the page's own lines are its masthead, no links
    for i, (kind, why) in enumerate(out):
        headed = headed or kind == "title"
        if why != REASON["foreign-ui"] or not headed:
            continue
        below = [out[j][0] for j in range(i + 1, len(lines)) if lines[j]][:LABELLED_MIN]
        if len(below) == LABELLED_MIN and len(set(below)) == 1 and below[0] not in SHOWN | {"widget"}:
            out[i] = (below[0], f"a label over what follows: {WHY[below[0]]}")


def name_in_both_scripts(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Above the headline, two or more words in the site's other script right under the site's
    name in the story's (no blank line between): the same name in both scripts, a marker, not
    the site's button ("NAME" over "ΟΝΟΜΑ")."""
    title = next((i for i, (kind, _) in enumerate(out) if kind == "title"), 0)
    for i in range(1, title):
        text, above = lines[i], out[i - 1]
        if out[i][1] != REASON["foreign-ui"] or len(text.split()) < 2 or SEPARATOR.search(text):
            continue
        if above[0] == "marker" and lines[i - 1] and NON_LATIN.search(lines[i - 1]) is None:
            out[i] = above
