"""Marks of a plain-text document shown in a web page (a telegram, a telex, a text file): a
heading set between two rules of dashes or equals signs, a stamp in letters set apart ("C O N F
I D E N T I A L"), and a transmission's header, a block of short lines of codes in capitals
before the text. Their words differ from one document to the next; their shape does not."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import ENDS, HEADING_MAX

RULE_LINE = re.compile(r"([-=_*~])\1{3,}")
SPACED = re.compile(r"(?:[A-ZÀ-Þ] ){4,}[A-ZÀ-Þ](?:\s|$)")
HEADER_LINES = 4  # a header block has this many lines at least …
HEADER_WORDS = 8  # … each of a few words …
CODED = 0.5  # … and this share of them hold figures (a number, a time, a reference)
# A header is a few lines: looked for this far each way, so a page of 10,000 such lines reads in linear time.
HEADER_LOOK = 30


def ruled_heading(ctx: Context) -> bool:
    """A short line with no stop right between two lines of one rule character repeated."""
    text, lines, i = ctx.text, ctx.lines, ctx.i
    if len(text) > HEADING_MAX or text.endswith(ENDS) or RULE_LINE.fullmatch(text) or not 0 < i < len(lines) - 1:
        return False
    return all(RULE_LINE.fullmatch(lines[j]) for j in (i - 1, i + 1))


def letter_spaced(ctx: Context) -> bool:
    """Capitals set apart by spaces, as a stamp or a letterhead prints a word."""
    return SPACED.match(ctx.text) is not None


def coded(text: str) -> bool:
    """A line of a header: a few words, no small letters, no stop."""
    words = text.split()
    return 0 < len(words) <= HEADER_WORDS and not re.search(r"[a-z]", text) and not text.endswith(ENDS)


def header_block(ctx: Context) -> bool:
    """Under the headline, before the text: one of a block of such lines (no blank line between
    them), half of them or more with figures."""
    if ctx.before_title or ctx.story or not coded(ctx.text):  # an editor's note may come before it
        return False
    lines, start, end = ctx.lines, ctx.i, ctx.i
    while start > max(0, ctx.i - HEADER_LOOK) and lines[start - 1] and coded(lines[start - 1]):
        start -= 1
    while end + 1 < min(len(lines), ctx.i + HEADER_LOOK) and lines[end + 1] and coded(lines[end + 1]):
        end += 1
    block = lines[start : end + 1]
    figures = sum(1 for t in block if re.search(r"\d", t))
    return len(block) >= HEADER_LINES and figures >= CODED * len(block)


REFERENCE = re.compile(r"[A-Z]{1,6}[-/]\d{2,6}(?:[-/]\d{1,6})*")  # "FR-2231", "PR/2026/114"


def reference_alone(ctx: Context) -> bool:
    """A release's or a document's reference number alone on its line: its label, not a heading."""
    return REFERENCE.fullmatch(ctx.text) is not None


# A sentence that ends in its link's words: "For the full list, click here." (in the sites' languages)
CLICK_HERE = re.compile(
    r"[^.!?]{10,200}(?:click here|klicken Sie hier|cliquez ici|haga clic aquí|clique aqui|clicca qui|klik hier"
    r"|kattintson ide|kliknij tutaj|klikk her|klicka här)\.?",
    re.IGNORECASE,
)


def link_sentence(ctx: Context) -> bool:
    """After the story's text, one sentence that ends by naming itself a link: a link to the
    other page it speaks of."""
    return ctx.story and CLICK_HERE.fullmatch(ctx.text) is not None
