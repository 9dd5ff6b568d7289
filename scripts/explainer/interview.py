"""An interview copied without its speakers' labels: the interviewer's questions put to "you",
each over an answer that speaks as "I" or "we". A question there is the story's text (a turn of
the conversation), not a heading put as a question, which asks in the reader's words or the
third person ("What is changing?", "Who can apply?")."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import SHORT, prose

# the one asked, in the languages of the sites met: "you", "Sie", "vous", "usted", "você"
ASKED = re.compile(r"\b(?:you|your|yours|Sie|Ihr|Ihnen|du|dich|dir|vous|votre|tu|usted|ustedes|você|voi|lei|jij|u)\b")
# the one answering: "I", "we", "my", "ich", "je", "yo", "eu", "io", "ik"
ANSWERS = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|We|we|My|my|Our|our|ich|wir|je|j’|j'|nous|yo|eu|io|ik|wij)\b")
OPENING = 80  # the answer speaks so in its first words
LOOK = 30  # another question is looked for this near: 4,000 lines of them took 2.9 s looking over the page


def answered(lines: list[str], i: int) -> bool:
    """Line i is a question put to "you" of a line's length, and the next line with text an
    answer of prose, no question, that speaks as "I" or "we" in its first words."""
    text = lines[i]
    if not text.endswith("?") or len(text) > SHORT or ASKED.search(text) is None:
        return False
    j = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
    if j is None or not prose(lines[j]) or lines[j].endswith("?"):
        return False
    return ANSWERS.search(lines[j][:OPENING]) is not None


def interview_question(ctx: Context) -> bool:
    """One of two or more such questions, the other a few lines away: the interview's text."""
    if ctx.before_title or not answered(ctx.lines, ctx.i):
        return False
    near = range(max(ctx.i - LOOK, 0), min(ctx.i + LOOK, len(ctx.lines)))
    return any(j != ctx.i and ctx.lines[j].endswith("?") and answered(ctx.lines, j) for j in near)
