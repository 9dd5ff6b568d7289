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
from .bilingual import bilingual_label
from .capital_rows import broken_headline, capital_rows
from .comments import handle_replies, reader_comments, signed_posts
from .edition import lone_word
from .exported import front_matter, without_link_numbers
from .foot_shapes import dated_links
from .furniture import Context, shape
from .head_rows import page_rows, post_details
from .headline import above_headline, by_overlap, closes, past_header
from .kind_patterns import by_pattern, pattern_kind
from .kinds import META, PARAGRAPH, REASON, SHOWN, WHY
from .masthead_labels import ALT_LABELLED, head_label
from .menus import sections_bar, stacked_menu
from .notices import after_story, foot_notices, foot_profile, plain
from .page_controls import ratings
from .patterns import (
    CATEGORY,
    DEK_MAX,
    ENDS,
    HEAD_LINES,
    HEADING_MAX,
    ISSUE,
    LIST_ITEM,
    NAMES,
    QUOTE_MARKS,
    SEPARATOR,
    TITLED,
    UI_WORDS,
    prose,
)
from .post_head import post_title
from .posted import asked
from .print_frame import printed_frame
from .rules import (
    BEFORE_TITLE,
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
from .two_languages import label_either, pattern_either
from .zones import chrome, foot, foot_labels, foot_links

TRAIL = re.compile(r"\s[>›»/]\s")  # a trail of links from the site's home, not the piece's sections
STEP = re.compile(r"\s[>›»]\s")  # a step of such a trail


def trail(text: str) -> bool:
    """A trail of three links or more from the site's home ("Home › News › HEADLINE"): even when it
    ends in the headline's words, it is the page's furniture, the headline is printed below it."""
    return len(STEP.findall(text)) >= 2


def short(text: str) -> bool:
    """A label's length: a section's or a site's name above the headline (four words when they
    are a name in title case, "The Kesh Evening Post", or up to six in capitals: a headline in
    capitals is longer)."""
    return len(text.split()) <= 3 or named(text)


def masthead_line(text: str, below: list[str]) -> bool:
    """A line of the masthead above the headline, by its shape: a few words or capitals, the
    outlet and its section as a bar of short parts ("Outlet / News") or as names in title case
    after a dash ("The Kesh Evening Post – Business"), a category with a one-word label
    ("Industry: Fisheries & Trade"), or the site's name that a byline, a credit or a copyright
    further down prints again ("By NAME, Senior Reporter, OUTLET")."""
    parts, dashed = SEPARATOR.split(text), re.split(r"\s+[–—]\s+", text)
    if short(text) or (len(parts) >= 2 and all(short(p) for p in parts)) or CATEGORY.fullmatch(text):
        return True
    if len(dashed) >= 2 and all(TITLED.fullmatch(p) for p in dashed):
        return True
    return len(text.split()) <= UI_WORDS and any(named_in(text, t) for t in below)


def named_in(name: str, line: str) -> bool:
    """The site's name in a byline, a credit, a copyright or a contact line, not in quotation
    marks (a print edition's note quotes the headline: "… under the headline “…”")."""
    at = line.find(name)
    if at < 0 or line == name or line[at - 1 : at] in QUOTE_MARKS:
        return False
    return pattern_kind(line) in ("byline", "credit", "marker", "contact")


def over_credit(lines: list[str], i: int) -> bool:
    """A dek's place: a short passage right above a byline or a date."""
    j = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    return len(lines[i]) <= DEK_MAX and j is not None and pattern_kind(lines[j]) in ("byline", "timestamp")


def find_title(lines: list[str]) -> tuple[int | None, set[int]]:
    """The headline: among the lines above the byline, date or first paragraph that are not
    the page's furniture, the first after the last line of the masthead (a line shaped as a
    section's or the site's name is, see masthead_line, or a name the site's buttons or trail
    of links follow) that a longer line follows; the masthead's lines and what precedes them
    are markers. A headline is followed by what follows headlines (a dek, which is longer, a
    byline, a date, the page's furniture), so a line no longer than the one above it, with a
    marker of the page under it (a label, a notice, the office it is put to; a short dek may
    have the site's buttons under it), is the headline. An issue's date among the labels, and
    today's date under the site's name over a longer line, are passed over; one
    short sentence (a question) may be the headline when only labels are above it; the line
    right above a dek (a short passage over the byline or date) is the headline."""
    found: list[int] = []
    furniture: dict[int, str] = {}  # found lines the site's furniture (a button, links, a label) follows: its kind
    counts = Counter(t for t in lines if prose(t))  # a sentence printed twice: a teaser above the headline
    for i, text in enumerate(lines):
        ctx = Context(lines, i, None, pattern_kind(text), True, counts=counts)
        kind = text and next((k for k, _, test in RULES if k in BEFORE_TITLE and test(ctx)), "")
        kind = kind or ("marker" if ALT_LABELLED.fullmatch(text) else "")  # a picture's alt text: no headline
        kind = kind or ("widget" if trail(text) else "")  # "Home › Section › HEADLINE": no headline
        if kind in ("widget", "marker") and found:
            furniture.setdefault(found[-1], kind)
        labels_only = found and all(len(lines[j].split()) <= UI_WORDS for j in found)
        if kind == "timestamp" and labels_only and ISSUE.search(text):
            continue  # an issue's number or month among the labels (or a journal's name) above the headline
        if kind == "timestamp" and found and all(named(lines[j]) for j in found) and longer_below(lines, i, found):
            continue  # today's date in the masthead, under the site's name, over a longer line: not the story's
        if not text or (kind and not (found and kind in ("byline", "timestamp"))):
            continue
        one = len(text) <= HEADING_MAX and not re.search(r"[.!?]\s+[A-Z]", text)  # a headline's length, one sentence
        one = one or asked(lines, i)  # a platform's question over the date it was asked
        sentence = prose(text) and not (one and all(short(lines[j]) for j in found))
        if kind or (found and sentence) or len(found) == HEAD_LINES or LIST_ITEM.match(text):
            if (
                found
                and sentence
                and over_credit(lines, i)
                and all(len(lines[j].split()) < len(lines[found[-1]].split()) for j in found[:-1])
            ):
                return found[-1], set(found[:-1])  # a dek over the byline: the headline is right above it
            break
        found.append(i)

    def label(j: int) -> bool:
        text = lines[found[j]]
        above = masthead_line(text, lines[found[-1] + 1 :]) or (found[j] in furniture and len(text.split()) <= UI_WORDS)
        kicker = text.endswith(":") and len(text.split()) == 1  # the piece's kind as a kicker: "Exclusive:"
        ends = text.endswith((*ENDS, ":")) and not kicker
        return above and not ends and len(lines[found[j + 1]].split()) > len(text.split())

    first = max((j + 1 for j in range(len(found) - 1) if label(j)), default=0)
    if first == len(found) - 2 and furniture.get(found[-1]) == "marker" and under_its_name(lines, found[-2], found[-1]):
        first += 1  # the page's marker under a line no longer than the one above it: a headline, not a dek
    if first and summary_under(lines, found[first - 1], found[first]):
        first -= 1  # a dek's length right over the story, under a short line in sentence case: its headline
    return (found[first] if found else None), set(found[:first])


def menu(text: str) -> bool:
    """Two or more short links joined by bars or wide spaces ("Home | Visit | Contact", "EN | FR")."""
    parts = SEPARATOR.split(text)
    return len(parts) >= 2 and all(0 < len(p.split()) <= UI_WORDS // 2 + 1 and not p.endswith(ENDS) for p in parts)


def summary_under(lines: list[str], above: int, line: int) -> bool:
    """A line longer than a headline, no sentence, right over the story's first paragraph, under a
    short line in sentence case (a masthead prints names in title case or capitals): the summary
    under a short headline ("Rate decision" over what was decided), not a headline under a label."""
    text, label = lines[line], lines[above]
    if len(text) <= HEADING_MAX or prose(text) or named(label) or not short(label) or label.endswith((*ENDS, ":")):
        return False
    j = next((j for j in range(line + 1, len(lines)) if lines[j]), None)
    return j is not None and prose(lines[j]) and not pattern_kind(lines[j])


def named(text: str) -> bool:
    """A name as a masthead prints it: in title case or in capitals ("The Kesh Post", "WORLD")."""
    return TITLED.fullmatch(text) is not None or (text.isupper() and len(text.split()) <= UI_WORDS)


def longer_below(lines: list[str], i: int, labels: list[int]) -> bool:
    """Under the date, before a sentence, a byline or another date, a line longer than the
    labels above it (the headline, perhaps under a section's name)."""
    most = max(len(lines[j].split()) for j in labels)
    for text in [t for t in lines[i + 1 :] if t][:HEAD_LINES]:
        if prose(text) or pattern_kind(text) in ("byline", "timestamp"):
            return False
        if len(text.split()) > most:
            return True
    return False


def under_its_name(lines: list[str], above: int, line: int) -> bool:
    """A dek is longer than its headline: a line no longer than the one above it, not a sentence
    nor a name alone (a byline), is no dek, so the line above it names the page's section (a
    headline is followed by a dek, a byline, a date or the page's furniture, not by another
    headline)."""
    text = lines[line]
    if len(text) > len(lines[above]) or prose(text) or NAMES.fullmatch(text):
        return False
    return not lines[above].endswith((*ENDS, ":"))


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


def told_title(lines: list[str]) -> tuple[int | None, set[int]]:
    """The headline by its shape and place (`find_title`), or the line of the head that says what
    the story says when that one does not (`headline.by_overlap`), or none when the pick is the
    story's first paragraph; the labels above it stay labels."""
    title, labels = past_header(lines, *find_title(lines), find_title)  # not a mail's "From:" or "Subject:"
    if title is not None and (post := post_title(lines, title)) is not None:
        return post, {*labels, *range(title, post)} - {j for j in range(title, post) if not lines[j]}
    if title is None or (told := by_overlap(lines, title, frozenset(labels))) == title:
        return title, labels
    if told is None and (rows := capital_rows(lines, labels)):
        return rows[0], labels - set(rows)  # a headline in capitals broken over rows: the first, its rest under it
    return told, {j for j in labels if told is None or j < told}


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
        elif (
            not ctx.before_title
            and (label := label_either(text) or bilingual_label(text))
            and over_story(lines, i, label)
        ):
            kind, why = "heading", REASON["story-label"]
        elif not ctx.before_title and (label := label_either(text) or bilingual_label(text)):
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
