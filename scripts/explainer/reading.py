"""Read an article with the rules: find the headline, sort every line in order, then take
a second look at what only the whole page shows (the end of the article, labels over
left-out lines)."""

from __future__ import annotations

import re
from collections import Counter

from . import blocks, hard_wrap
from .acknowledgements import acknowledged
from .alphabet import foreign_labels, name_in_both_scripts
from .bare_steps import bare_steps
from .bilingual import label_either, pattern_either
from .capital_rows import broken_headline
from .comments import handle_replies, reader_comments, signed_posts
from .edition import lone_word
from .exported import front_matter, without_link_numbers
from .foot_shapes import dated_links
from .furniture import Context, shape
from .head_rows import page_rows, post_details
from .headline import above_headline, closes
from .kind_patterns import by_pattern
from .kinds import META, PARAGRAPH, REASON, SHOWN, WHY
from .masthead_labels import head_label
from .menus import sections_bar, stacked_menu
from .notices import after_story, foot_notices, foot_profile, plain
from .page_controls import ratings
from .patterns import (
    DEK_MAX,
    ENDS,
    UI_WORDS,
    prose,
)
from .print_frame import printed_frame
from .rules import (
    LATE,
    RULES,
    byline_names,
    continued,
    in_section,
)
from .sign_up import forms
from .signed_notice import dated_label
from .stray_notice import stray_notices
from .tables import foot_table
from .title import STEP, TRAIL, menu, told_title, trail
from .zones import chrome, foot, foot_labels, foot_links


def settle(out: list[tuple[str, str]], lines: list[str], site: frozenset[str] = frozenset()) -> None:
    """Once every line has a kind: short lines after the article's last paragraph are the
    page's (a few words, or a line short of prose once the page's own lines have ended the
    article: an advertisement's slogan); a headline after the story is a link (`zones.foot`); a
    heading over nothing but left-out lines labels them and takes their kind. The page's notices at
    its end are found first, so that the story ends above them (an imprint, a permission)."""
    foot_notices(out, lines, site)
    foot(out, lines)
    foot_labels(out, lines)
    lone_word(out, lines)
    stray_notices(out, lines)
    last = max((i for i, (kind, _) in enumerate(out) if kind in PARAGRAPH and closes(lines, i)), default=len(out))
    left_out = False  # a line the article does not show came after its last paragraph
    for i in range(last + 1, len(out)):
        text = lines[i]
        few = len(text.split()) <= UI_WORDS and not text.endswith(ENDS)
        under = next((out[j][0] for j in range(i + 1, len(out)) if out[j][0] != "blank"), "") if few else ""
        if out[i] == ("body", WHY["body"]) and text.endswith(":") and under and under not in SHOWN:
            out[i] = (under, f"a label over what follows: {WHY[under]}")  # "Information Department:"
        elif (
            out[i] == ("body", WHY["body"])
            and (few or (left_out and not prose(text)))
            and not blocks.valediction(lines, i)
        ):
            out[i] = ("widget", REASON["tail"])
        left_out = left_out or out[i][0] not in (*SHOWN, "blank")
    foot_notices(out, lines, site)
    foot_links(out, lines)
    after_story(out, lines)
    dated_links(out, lines)
    bare_steps(out, lines)
    foot_profile(out, lines)
    foot_table(out, lines)
    below, shown = "", False  # the next line's kind; whether a line down to the next heading is shown
    for i in reversed(range(len(out))):
        kind = out[i][0]
        if kind == "heading":
            if shown or below == "heading":
                below, shown = kind, False  # a section of its own starts here
                continue
            kind = below or "widget"
            out[i] = (kind, f"a label over what follows: {WHY[kind]}")
        if kind != "blank":
            # the page's "Last updated: DATE" under it is no text of a section
            below, shown = kind, shown or kind in SHOWN or kind in META - {"timestamp"}


def over_story(lines: list[str], i: int, label: str) -> bool:
    """A label for links ("Latest", "More") right over two paragraphs of prose, the first longer
    than a dek or reporting someone (a story's paragraph, not a linked headline): the story's
    section heading."""
    below = [t for t in lines[i + 1 :] if t][:2]
    if label != "related" or len(below) < 2 or not all(map(prose, below)):
        return False
    return len(below[0]) > DEK_MAX or not plain(below[0])


def classify(raw: list[str]) -> list[tuple[str, str]]:
    """(kind, why) for every line of an article, in order. A run of blank lines reads as one (a
    copy from a browser leaves two or three where a block's margin was: the rules read a blank
    line as a block's end, not by how many there are), and a paragraph hard-wrapped at a fixed
    width as one line (explainer.hard_wrap), each of its lines taking its kind; a browser's print
    header and footer are set aside (explainer.print_frame)."""
    return read_page(raw)[0]


def read_page(raw: list[str]) -> tuple[list[tuple[str, str]], set[int]]:
    """classify's kinds, and the lines that go on from the line above them in a paragraph
    hard-wrapped at a width (the paragraph is cited whole: sources.ingest)."""
    groups, frame = layout(raw)
    read = read_lines([" ".join(raw[i].strip() for i in group) for group in groups])
    kinds = {i: kind for group, kind in zip(groups, read, strict=True) for i in group}
    kinds |= {i: ("marker", REASON["print-frame"]) for i in frame}
    wrapped = {i for group in groups for i in group[1:]}
    return [kinds.get(i, ("blank", WHY["blank"])) for i in range(len(raw))], wrapped


def layout(raw: list[str]) -> tuple[list[list[int]], set[int]]:
    """The lines the rules read, grouped into the paragraphs they were hard-wrapped from (a line
    alone in most pages; the first of a run of blank lines alone), and the print frame's lines."""
    frame = printed_frame(raw)
    kept = [i for i, line in enumerate(raw) if i not in frame and (line.strip() or i == 0 or raw[i - 1].strip())]
    groups = hard_wrap.paragraphs([raw[i].strip() for i in kept])
    return [[kept[j] for j in group] for group in groups], frame


# A line longer than this is read by its two ends, each half as long (a paragraph of prose either
# way; a rule looks at how a line opens and ends, its words, its length): some patterns take time
# in the square of a line's length, so one line of 80 KB without spaces took 5.8 s, and 2 MB of
# them would take hours. A real paragraph is under 3,000 characters.
LONG_LINE = 3000


def bounded(text: str) -> str:
    half = LONG_LINE // 2
    return text if len(text) <= LONG_LINE else f"{text[:half]} {text[-half:]}"


def read_lines(raw: list[str]) -> list[tuple[str, str]]:
    """classify's reading, no two blank lines in a row."""
    lines = without_link_numbers([bounded(line.strip()) for line in raw])
    title, labels = told_title(lines)
    body = lines[title + 1 :] if title is not None else lines
    spaced = any(not t for t in body[: len(body) - 1]) and any(t for t in body)
    names = frozenset(n for line in lines if by_pattern("byline", line) for n in byline_names(line))
    joined, counts, shapes = "\n".join(lines), Counter(lines), Counter(map(shape, lines))
    # Looked up once for the page, not searched for each line: with a search per line, 2 MB of
    # such lines took minutes (8,000 lines printed twice: 4.4 s for the copies of each).
    openings = Counter(t.split(":", 1)[0] for t in lines if ":" in t)
    places: dict[str, list[int]] = {}
    for i, text in enumerate(lines):
        if counts[text] > 1:
            places.setdefault(text, []).append(i)
    bracketed = frozenset(re.findall(r"\(([^()\n]*)\)", joined))
    out: list[tuple[str, str]] = []
    last, started, section, story = "", False, "", False
    for i, text in enumerate(lines):
        previous = out[-1][0] if out else ""
        if not text:
            out.append(("blank", WHY["blank"]))
            continue
        hit = pattern_either(text)  # or in the second half of a label in two languages
        ctx = Context(
            lines,
            i,
            title,
            hit,
            spaced,
            previous,
            last,
            started,
            section,
            names,
            joined,
            counts,
            shapes,
            openings,
            places,
            bracketed,
        )
        ctx.story = story
        if i == title:
            kind, why = "title", WHY["title"]
        elif i in labels and (named := head_label(lines, i)):
            kind, why = named  # "Haberler / News", "Image: children carrying lanterns along the lake at dusk"
        elif i in labels and (menu(text) or stacked_menu(lines, i, title)) and ctx.next_nonblank(i) != title:
            kind, why = "widget", REASON["bar"]  # the site's menu above the masthead, not the piece's sections
        elif (i in labels and STEP.search(text)) or (trail(text) and ctx.before_title):
            kind, why = "widget", REASON["bar"]  # a trail of links from the site's home: "Site > Section"
        elif i in labels and dated_label(text):
            kind, why = "timestamp", REASON["dated-label"]  # "Publication date: DATE" among the labels
        elif i in labels:
            kind, why = ("widget", REASON["chrome"]) if chrome(text) else ("marker", REASON["label"])
        elif not ctx.before_title and (label := label_either(text)) and over_story(lines, i, label):
            kind, why = "heading", REASON["story-label"]
        elif not ctx.before_title and (label := label_either(text)):
            kind, why = label, f"a label over what follows: {WHY[label]}"
            section = label
        else:
            kind, why = next(((k, why) for k, why, test in RULES if test(ctx)), ("", ""))
            if not kind and continued(ctx):
                kind, why = previous, f"{WHY[previous]}: {REASON['continued']}"
            if not kind and in_section(ctx):
                kind, why = section, f"{WHY[section]}, under a label that says so"
            if not kind:
                kind, why = next(((k, why) for k, why, test in LATE if test(ctx)), ("body", WHY["body"]))
        if why == REASON["bar"] and ctx.next_nonblank(i) == title and not TRAIL.search(text) and sections_bar(text):
            kind, why = "marker", REASON["section-bar"]  # "Trade | Courts" right over the headline (not a trail: ›)
        ends = kind == "widget" and section != "widget" and why not in (REASON["count"], REASON["repeated"])
        if kind in SHOWN or ends:
            section = ""  # the article resumes, or the site's own buttons end a list under a label
        if kind == "byline":
            names = names | set(byline_names(text))
        out.append((kind, why))
        last, started, story = kind, started or kind in PARAGRAPH, story or kind == "body"
    settle(out, lines, frozenset(lines[j] for j in labels))  # the site's name: a notice may name it
    blocks.frame(out, lines, title)
    above_headline(out, lines, title)
    page_rows(out, title)
    broken_headline(out, lines, title)
    post_details(out, lines)
    reader_comments(out, lines)
    signed_posts(out, lines)
    handle_replies(out, lines)
    foreign_labels(out, lines)
    name_in_both_scripts(out, lines)
    forms(out, lines)
    acknowledged(out, lines)
    front_matter(out, lines, WHY)
    ratings(out, lines)
    return out
