"""Headings put as questions and a glossary's terms, as plain-language pages (Easy Read, a
council's or a clinic's explainers) set them in a file with blank lines: a short question that
opens its block, over the story's sentences, a picture's note in brackets, or a list ("What is
changing?"); a term and its meaning after a dash, two or more in a row ("Pass – a card …"), and
the short label over them."""

from __future__ import annotations

import re

from .bare_lists import label_line, sentence
from .furniture import Context
from .patterns import BRACKETED, LIST_ITEM, QUESTION_MAX, prose

QUESTION_WORDS = 5  # a question heading right over its text, no blank line between: "Need help?"
# A term (one to four words from a capital, no sentence's end) and its meaning after a dash, in
# lower case as a definition runs on ("TOWN — The leaders …" is a dateline).
TERM = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){0,3} [–—-] (?P<meaning>\S.{8,})")


def question_heading(ctx: Context) -> bool:
    """In a file with blank lines, a short question with a blank line above it, over the story's
    text: a sentence or a list under a blank line (a picture's note in brackets passed over), or,
    when a few words, a sentence right under it."""
    text = ctx.text
    if not ctx.spaced or not text.endswith("?") or len(text) > QUESTION_MAX or ctx.near(-1):
        return False
    if ctx.near(1):
        return len(text.split()) <= QUESTION_WORDS and sentence(ctx.near(1))
    j = ctx.next_nonblank(ctx.i)
    while j is not None and BRACKETED.fullmatch(ctx.lines[j]):
        j = ctx.next_nonblank(j)
    below = ctx.lines[j] if j is not None else ""
    return prose(below) or LIST_ITEM.match(below) is not None


def term(text: str) -> bool:
    """A term and its meaning after a dash, in lower case ("Pass – a card that …"), not a
    dateline's town (a sentence from a capital follows it) nor a name signing off."""
    m = TERM.fullmatch(text)
    return m is not None and m["meaning"][0].islower() and not text.endswith("?")


def glossary_item(ctx: Context) -> bool:
    """A term and its meaning beside another, the line above or under it: a glossary's entries."""
    if not term(ctx.text):
        return False
    return term(ctx.near(-1)) or term(ctx.near(1))


def glossary_label(ctx: Context) -> bool:
    """A short label right over a glossary's entries ("Hard words", "Words to know"): its heading."""
    return label_line(ctx.text) and term(ctx.near(1)) and term(ctx.near(2))
