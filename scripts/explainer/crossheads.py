"""An old newspaper's crosshead: a few words in capitals closed by a full stop ("THE MAYOR'S
SPEECH."), between two paragraphs of the story, as papers set them until the mid-twentieth century
and a library's OCR copies them. A modern heading drops the stop; a notice in capitals is a
sentence or more. Such papers set the decks under the headline the same way, and an OCR copy
catches an advertisement's copy shouted in capitals from the next column."""

from __future__ import annotations

import re

from .furniture import Context, set_off
from .patterns import prose

CROSSHEAD_WORDS = 6


def crosshead(ctx: Context) -> bool:
    """Two to six words in capitals with one full stop at their end, set off, under the story's
    text and over a paragraph of prose (one word is the page's slot: "ADVERTISEMENT.")."""
    text, j = ctx.text, ctx.next_nonblank(ctx.i)
    if not ctx.story or not text.isupper() or not text.endswith(".") or "." in text[:-1]:
        return False
    if not 2 <= len(text.split()) <= CROSSHEAD_WORDS or not re.search(r"[^\W\d_]{2}", text):
        return False
    return set_off(ctx) and j is not None and prose(ctx.lines[j])


def capitals_deck(ctx: Context) -> bool:
    """Right under a headline set in capitals with a full stop, a line set the same way (an old
    paper's second deck: "CROWDS LINE THE QUAY."), not a name: the dek."""
    if ctx.title is None or ctx.last not in ("title", "dek") or ctx.started:
        return False
    head, text = ctx.lines[ctx.title], ctx.text
    same = head.isupper() and head.endswith(".") and text.isupper() and text.endswith(".")
    return same and len(text.split()) >= 3


CAPITALS_SHARE = 0.75  # an advertisement's copy shouts; a story's capitals are its names' first letters


def shouted_copy(ctx: Context) -> bool:
    """Among the story's paragraphs, a line mostly in capitals (not all: "1/6 per lb.") cut into
    parts by dashes: an advertisement's copy caught from the next column, not the story's text (a
    crosshead is a few words, a notice in capitals all capitals)."""
    text = ctx.text
    letters = [c for c in text if c.isalpha()]
    if not ctx.story or text.isupper() or len(letters) < 12 or len(re.split(r"\s[—–-]\s", text)) < 2:
        return False
    return sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)


# Who sent the story, in brackets under an old paper's headline, in the languages of the papers met.
CORRESPONDENT = re.compile(
    r"[(\[](?:(?:From|By) our(?: own| special)? (?:correspondent|reporter)s?"
    r"|De notre (?:envoyé spécial|correspondant)|Von unserem Korrespondenten"
    r"|Dal nostro (?:inviato|corrispondente)|De nuestro corresponsal|Van onze correspondent)\.?[)\]]",
    re.IGNORECASE,
)


def correspondent(ctx: Context) -> bool:
    """ "(FROM OUR OWN CORRESPONDENT.)" on its own line: who sent the story, a byline."""
    return CORRESPONDENT.fullmatch(ctx.text) is not None
