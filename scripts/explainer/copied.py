"""What a copied page carries that its reader never sees as such, and how the rules read past it:
other spaces, characters that print nothing, a mail's marks of quotation. The text keeps them."""

from __future__ import annotations

import re

# Spaces printed for a plain one (no-break, "By&nbsp;NAME"; narrow no-break, a browser's
# "10:12 AM"; thin, figure, ideographic and the other Unicode space separators), read as plain
# spaces; and characters that print nothing (a soft hyphen a site sets inside long words,
# zero-width spaces and joiners, the marks of writing direction, a byte-order mark), read as
# absent. The text keeps them all.
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
UNSEEN = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
AS_READ = str.maketrans(dict.fromkeys(SPACES, " ") | dict.fromkeys(UNSEEN))


def as_read(text: str) -> str:
    """A line as the rules read it (every fixture so printed reads the same: tests/test_sources.py)."""
    return text.translate(AS_READ)


EDGES = re.compile(f"^[\\s{UNSEEN}]+|[\\s{UNSEEN}]+$")


def trimmed(text: str) -> str:
    """A line without the spaces, and the characters that print nothing, at its two ends."""
    return EDGES.sub("", text)


# A page forwarded whole in a plain-text mail: most lines under the reply's mark ("> ", ">> ").
MAIL_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
MAIL_QUOTED = 0.8  # the share of lines with text that carry it


def unquoted(lines: list[str]) -> list[str]:
    """The lines without a mail's marks of quotation, when the whole page carries them."""
    text = [line for line in lines if line.strip() not in ("", ">")]
    marked = sum(1 for line in text if MAIL_QUOTE.match(line))
    return [MAIL_QUOTE.sub("", line) for line in lines] if text and marked >= MAIL_QUOTED * len(text) else lines


def printed_at(text: str, read: int) -> int:
    """Where in the printed `text` the first `read` characters of as_read(text) end."""
    seen = 0
    for i, char in enumerate(text):
        if seen == read:
            return i
        seen += char not in UNSEEN
    return len(text)
