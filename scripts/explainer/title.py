"""Where the headline is: the first line that is not the page's furniture, by its shape and
place (`find_title`), or the line of the head that says what the story says (`told_title`)."""

from __future__ import annotations

import re
from collections import Counter

from .capital_rows import capital_rows
from .furniture import Context
from .headline import by_overlap, past_header
from .kind_patterns import pattern_kind
from .masthead_labels import ALT_LABELLED
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
from .rules import (
    BEFORE_TITLE,
    RULES,
)

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
