"""A research database's delivery of a document: its fields, one a line, "Label: value". The
label names what the value is, so the byline and the dateline are read by it ("Byline: NAME",
"Dateline: PLACE, DATE"), and the other fields of their block (the section, the length, the
load date) are the delivery's own, not a box of the story. Word lists: only the label tells."""

from __future__ import annotations

import re

from .furniture import Context

FIELD_BYLINE = re.compile(
    r"(?:Byline|By-line|Author|Authors|Writer|Autor|Autorin|Autoren|Auteur|Auteurs|Autore|Autores)\s?:\s?"
    r"(?P<value>[A-Z][^:]{2,120})"
)
FIELD_DATELINE = re.compile(r"(?:Dateline|Ortsmarke|Lieu et date)\s?:\s?(?P<value>[A-Z][^:]{2,60})")
FIELD = re.compile(r"[A-Z][\w/&-]*(?: [\w/&-]+){0,3}\s?:\s?\S.{0,120}")
BLOCK_MOST = 12  # a delivery's block of fields is a few lines: a longer run is looked at no further


def field_byline(ctx: Context) -> bool:
    return FIELD_BYLINE.fullmatch(ctx.text) is not None


def field_dateline(ctx: Context) -> bool:
    return FIELD_DATELINE.fullmatch(ctx.text) is not None


def delivery_field(ctx: Context) -> bool:
    """A field in the block of lines that holds the byline's or the dateline's field."""
    if not FIELD.fullmatch(ctx.text):
        return False
    lines, i = ctx.lines, ctx.i
    first = next((j + 1 for j in range(i - 1, max(-1, i - BLOCK_MOST - 1), -1) if not lines[j]), None)
    last = next((j - 1 for j in range(i + 1, min(len(lines), i + BLOCK_MOST + 1)) if not lines[j]), None)
    first = 0 if first is None and i < BLOCK_MOST else first
    last = len(lines) - 1 if last is None and i + BLOCK_MOST >= len(lines) else last
    if first is None or last is None:
        return False  # no blank line near: no block of its own
    block = lines[first : last + 1]
    return all(FIELD.fullmatch(t) for t in block) and any(
        FIELD_BYLINE.fullmatch(t) or FIELD_DATELINE.fullmatch(t) for t in block
    )
