"""Entries of a register printed one a line: a name and its particulars as short fields parted
by semicolons ("NAME (a.k.a. …); born …; place …; number …"), two or more such lines together
(a list of designated persons, of members, of registered companies). A sentence that parts its
clauses with semicolons has longer ones, and stands alone."""

from __future__ import annotations

from .furniture import Context

FIELDS = 3  # semicolons in an entry at least …
BESIDE = 2  # … or in one beside such an entry (a company has fewer particulars than a person)
FIELD_WORDS = 12  # the words of an entry's longest field at most
LONGEST = 1000  # an entry's length at most


def entry(text: str, least: int = FIELDS) -> bool:
    """A line shaped as a register's entry: several short fields parted by semicolons."""
    if len(text) > LONGEST or text.count(";") < least:
        return False
    return all(len(field.split()) <= FIELD_WORDS for field in text.split(";"))


def register_entry(ctx: Context) -> bool:
    """Such a line beside another (the line right above or below it)."""
    if ctx.before_title or not entry(ctx.text, BESIDE):
        return False
    near = [j for j in (ctx.i - 1, ctx.i + 1) if 0 <= j < len(ctx.lines)]
    return any(entry(ctx.lines[j]) for j in near)
