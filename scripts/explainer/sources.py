"""Ingest: read an article as received and sort its lines by rules, never by hand.

The raw text is never edited. Each line gets a kind (the rules are in `rules.py`; the
curator may correct a line's kind in the metadata); paragraphs get anchors from their
line in the file, so no correction or new rule moves another paragraph's anchor;
everything left out is kept in `Source.lines` with the reason, so the source page can
show what was left out and why.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

from . import reading, rules, safeyaml
from .copied import as_read, printed_at, trimmed, unquoted
from .fields import FIELD_DATELINE
from .model import Line, Paragraph, Problem, Source, SourceMeta
from .patterns import DATELINE_COLON, prose
from .speech_log import spoken

DATELINE = rules.DATELINE


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# The longest paragraph an article may have, in characters (a long-read's longest are some 3,000):
# the site's Markdown reads a paragraph's marks in time that grows with the square of their number
# (128 KB of "[a](" took 17 s each time it was put on a page). A hard-wrapped paragraph is joined up
# to this length.
PARAGRAPH_MAX = 10_000


def decode(name: str, item: str, data: bytes, problems: list[Problem]) -> str | None:
    """The article's text as the build reads it (safeyaml.decode: UTF-8, a leading byte-order
    mark dropped, no control characters), or None with a problem recorded: also when no line
    shows anything (blank, invisible characters, a mail's marks alone)."""
    text, line, message, hint = safeyaml.decode(data)
    if text is None:
        hint = "save the article as UTF-8 text" if "UTF-8" in message else hint
        problems.append(Problem(name, line, item, message, hint))
        return None
    rows = text.splitlines()
    if not any(trimmed(row) for row in unquoted(rows)):
        problems.append(Problem(name, None, item, "the article is empty", "paste the article's text into the file"))
        return None
    if long := [n for n, row in enumerate(rows, start=1) if len(row) > PARAGRAPH_MAX]:
        more = f" (and {len(long) - 1:,} more {'line' if len(long) == 2 else 'lines'} as long)" if len(long) > 1 else ""
        message = (
            f"a line of {len(rows[long[0] - 1]):,} characters{more}, more than the {PARAGRAPH_MAX:,} a paragraph has"
        )
        problems.append(
            Problem(name, long[0], item, message, "is this the article's text? put each paragraph on a line of its own")
        )
        return None
    return text


def corrections(meta: SourceMeta) -> dict[int, tuple[str, str]]:
    """The curator's kinds by line number: `line_kinds`, and `foreign_lines` as kind "foreign"."""
    out = {f.line: ("foreign", f.reason) for f in meta.foreign_lines}
    out.update({c.line: (c.kind, c.reason) for c in meta.line_kinds})
    return out


def check_corrections(meta: SourceMeta, text: str) -> list[tuple[tuple[str | int, ...], str]]:
    """A line the metadata names must exist and hold text: (where in the metadata, what is wrong)."""
    raw = text.splitlines()
    named = [("foreign_lines", i, f.line) for i, f in enumerate(meta.foreign_lines)]
    named += [("line_kinds", i, c.line) for i, c in enumerate(meta.line_kinds)]
    named += [("p_anchors", i, line) for i, line in enumerate(meta.p_anchors) if line]
    out = []
    for field, i, number in named:
        if number > len(raw) or not raw[number - 1].strip():
            what = f"past the last line ({len(raw)})" if number > len(raw) else "a blank line"
            out.append(((field, i), f"line {number} in {field} is {what}"))
    return out


def lost_aliases(source: Source) -> list[tuple[tuple[str | int, ...], str]]:
    """An old #pN anchor whose line no longer reads as a paragraph would land nowhere."""
    paragraphs = source.by_line
    kind = {line.number: line.role for line in source.lines}
    return [
        (("p_anchors", i), f"#p{i + 1} names line {line}, which reads as {kind[line]}, not a paragraph")
        for i, line in enumerate(source.meta.p_anchors)
        if line and line <= len(source.lines) and line not in paragraphs
    ]


NAME_WORDS = 3  # a person's names in full; a place with its region may have two words the headline has too


def names_headline(dateline: str, headline: str) -> bool:
    """A dateline's shape that only repeats the headline's words, three or more ("DOUCET, Margaret
    Anne (Peggy) –" under "Margaret Anne (Peggy) Doucet"): the name of the notice's subject, not a
    place."""
    found = re.findall(r"[^\W\d_]{2,}", dateline.lower())
    return len(found) >= NAME_WORDS and all(w in headline.lower() for w in found)


def colon_dateline(body: str, texts: list[str]) -> re.Match[str] | None:
    """The first paragraph's "Town: …", when no other paragraph opens with a label and a colon
    (a transcript's speakers do) and the paragraph is prose."""
    m = DATELINE_COLON.match(body)
    if not m or not prose(body):
        return None
    return m if sum(1 for text in texts if DATELINE_COLON.match(text)) == 1 else None


def ingest(meta: SourceMeta, path: Path, text: str) -> Source:
    """Lines with their kinds, and paragraphs anchored by their line for citation."""
    raw = text.splitlines()
    fixed = corrections(meta)
    aliases = {line: f"p{n}" for n, line in enumerate(meta.p_anchors, start=1) if line}
    lines: list[Line] = []
    paragraphs: list[Paragraph] = []
    dateline, previous = None, ""
    joined: set[int] = set()
    printed = spoken(unquoted(raw))  # a page forwarded in a mail, a speech log: its text without marks or roles
    seen = [as_read(line) for line in printed]  # as the rules read it
    kinds, wrapped = reading.read_page(seen)  # a hard-wrapped paragraph: one paragraph, at its first line
    headline = next((line for line, (kind, _) in zip(seen, kinds, strict=True) if kind == "title"), "")
    texts = [line.strip() for line, (kind, _) in zip(seen, kinds, strict=True) if kind in rules.PARAGRAPH]
    for number, (line, (kind, why)) in enumerate(zip(raw, kinds, strict=True), start=1):
        body, foreign = trimmed(printed[number - 1]), ""
        if number in fixed:
            kind, why = fixed[number]
            foreign = why if kind == "foreign" else ""
        kept = kind in rules.META or (kind in rules.SHOWN and why != rules.WHY["caption-twice"])
        if kind == "dateline" and not paragraphs and (dateline is None or previous == "dateline"):
            place = as_read(body).rstrip(" —–-")  # a venue, then its town on the next line: one dateline
            place = m["value"] if (m := FIELD_DATELINE.fullmatch(place)) else place  # "Dateline: PLACE, DATE"
            dateline = place if dateline is None else f"{dateline}, {place}"
        # this line (number - 1 counted from 0) goes on from the paragraph's last line, as its kind:
        # hard-wrapped at the page's width, or read as its continuation (a line in lower case)
        on = number - 1 in wrapped or why.endswith(rules.REASON["continued"])
        goes_on = on and number - 1 in joined and number not in fixed and lines[-1].role == kind
        goes_on = goes_on and len(paragraphs[-1].text) + len(body) < PARAGRAPH_MAX
        if kind in rules.PARAGRAPH and goes_on:
            paragraphs[-1] = dataclasses.replace(paragraphs[-1], text=f"{paragraphs[-1].text} {body}")
            joined.add(number)
        elif kind in rules.PARAGRAPH:
            joined = {number}  # the lines of the paragraph being made
            first = kind == "body" and not any(p.kind == "body" for p in paragraphs)  # a summary's points may precede
            read = as_read(body)
            m = DATELINE.match(read) or colon_dateline(read, texts) if first and dateline is None else None
            if m and not names_headline(m.group("dateline"), headline):
                dateline = m.group("dateline").strip()
                body = body[printed_at(body, m.end()) :]
            n = len(paragraphs) + 1
            paragraphs.append(Paragraph(meta.id, n, body, kind, number, aliases.get(number, "")))
        lines.append(Line(number, line, kind, kept, why, foreign))
        previous = kind if kind != "blank" else previous
    return Source(meta=meta, path=str(path), lines=lines, paragraphs=paragraphs, dateline=dateline)
