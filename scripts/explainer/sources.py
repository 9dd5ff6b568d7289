"""Ingest: read an article as received and sort its lines by rules, never by hand.

The raw text is never edited. Each line gets a role; body paragraphs get stable,
numbered anchors; everything dropped is kept in `Source.lines` with the reason, so
the source page can show what was left out and why.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .model import Line, Paragraph, Problem, Source, SourceMeta

BYLINE = re.compile(r"^By [A-Z][\w.,’' -]+$")
TIMESTAMP = re.compile(r"^(Updated|Published) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b")
DATELINE = re.compile(r"^([A-Z][A-Z .,'’-]{2,})(?:—|--| — )(?=\S)")
CREDIT = re.compile(r"\s+Photo: (?P<credit>.+)$")
EDITOR_NOTE = re.compile(r"^\*?Editor[’']s note:", re.IGNORECASE)
WIDGETS = ("About this publication", "Be the first to comment", "Leave a Reply")
DEK_MAX = 200
HEADING_MAX = 80


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(path: Path, data: bytes, problems: list[Problem]) -> str | None:
    """The article's bytes as UTF-8 text, or None with a problem recorded."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(
            Problem(
                str(path),
                None,
                path.stem,
                f"not UTF-8 (byte {err.start})",
                "save the article as UTF-8 text",
            )
        )
        return None
    if not text.strip():
        problems.append(
            Problem(str(path), None, path.stem, "the article is empty", "paste the article's text into the file")
        )
        return None
    return text


def _is_heading(text: str, prev_blank: bool, next_blank: bool) -> bool:
    """A short line without closing punctuation, set off by blank lines."""
    return (
        prev_blank
        and next_blank
        and len(text) <= HEADING_MAX
        and not text.endswith((".", "?", "!", ":", "”", '"', ","))
    )


def classify(raw: list[str]) -> list[tuple[str, bool, str]]:
    """(role, kept, why) for every raw line, in order."""
    nonblank = [i for i, t in enumerate(raw) if t.strip()]
    title, second = nonblank[0], nonblank[1] if len(nonblank) > 1 else None
    out: list[tuple[str, bool, str]] = []
    in_contact = False
    for i, line in enumerate(raw):
        text = line.strip()
        prev_blank = i == 0 or not raw[i - 1].strip()
        next_blank = i + 1 >= len(raw) or not raw[i + 1].strip()
        following = raw[i + 1].strip() if i + 1 < len(raw) else ""
        in_contact = bool(text) and (in_contact or text.startswith("Write to "))
        if not text:
            out.append(("blank", False, "empty line"))
        elif i == title:
            out.append(("title", True, "first line: the headline"))
        elif any(text.startswith(w) and not text[len(w) :].strip(" 0123456789") for w in WIDGETS):
            out.append(("widget", False, "a website's comment or publication widget, not the article"))
        elif in_contact:
            out.append(("contact", False, "author contact line"))
        elif BYLINE.match(text):
            out.append(("byline", True, "byline: the authors are in the metadata"))
        elif TIMESTAMP.match(text):
            out.append(("timestamp", True, "publication time: kept in the metadata"))
        elif following.startswith(text) and CREDIT.search(following[len(text) :]):
            out.append(("caption", False, "photo caption, printed again on the next line with its credit"))
        elif CREDIT.search(text):
            out.append(("caption", False, "photo caption with its credit line"))
        elif i == second and len(text) <= DEK_MAX and not DATELINE.match(text):
            out.append(("dek", True, "the subheading under the title"))
        elif EDITOR_NOTE.match(text):
            out.append(("editor-note", True, "editor's note added after publication"))
        elif _is_heading(text, prev_blank, next_blank):
            out.append(("heading", True, "section heading"))
        else:
            out.append(("body", True, "body paragraph"))
    return out


def ingest(meta: SourceMeta, path: Path, text: str) -> Source:
    """Lines with their roles, and numbered paragraphs for citation."""
    raw = text.splitlines()
    foreign = {f.line: f.reason for f in meta.foreign_lines}
    lines: list[Line] = []
    paragraphs: list[Paragraph] = []
    dateline = None
    for number, (line, (role, kept, why)) in enumerate(zip(raw, classify(raw), strict=True), start=1):
        body = line.strip()
        if number in foreign:
            kept = False
        if role in ("body", "editor-note") and kept:
            if not paragraphs and (m := DATELINE.match(body)):
                dateline = m.group(1).strip()
                body = body[m.end() :]
            kind = "editor-note" if role == "editor-note" else "body"
            paragraphs.append(Paragraph(meta.id, len(paragraphs) + 1, body, kind))
        lines.append(Line(number, line, role, kept, why, foreign.get(number, "")))
    return Source(meta=meta, path=str(path), lines=lines, paragraphs=paragraphs, dateline=dateline)
