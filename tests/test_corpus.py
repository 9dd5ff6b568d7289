"""A corpus of bad and hostile inputs, each a small change to a copy of content/.

Every bad case must end in exactly the problem lines it causes (one root cause, one
line), each naming the file relative to the project, the line, the item and a hint;
no traceback; and the generated pages exactly as they were. Every hostile but valid
case must build and show the text as text. The generator runs in-process: no MkDocs
build here (tests/browser/test_hostile.py builds hostile data for real).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT
from explainer import __main__ as cli
from explainer import dates, export, safeyaml
from explainer.cite import MIN_QUOTE_CHARS, Index, normalise
from explainer.load import load
from explainer.model import TEXT_MAX
from explainer.sources import PARAGRAPH_MAX

PRISTINE = load(ROOT / "content")  # the facts the cases are built from, read from the data
SOURCE = next(iter(PRISTINE.sources.values()))
OTHER = next((s for s in PRISTINE.sources.values() if any(not line.text.strip() for line in s.lines)), SOURCE)
EVENT = next(e for e in PRISTINE.events.values() if e.when)  # dated by words printed in a quote it cites
GOOD_QUOTE = next(
    c for c in EVENT.cites if EVENT.when.lower() in normalise(PRISTINE.resolved[(c.source, c.quote)].exact).lower()
)
ACTOR = next(iter(PRISTINE.actors))
ISSUE = next(iter(PRISTINE.issues))
PHASES = sorted(p["id"] for p in yaml.safe_load((ROOT / "content" / "phases.yml").read_text(encoding="utf-8")))
REASON = "a reason the curator gives for the date"


def yaml_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a double-quoted YAML scalar


def event(**change: str) -> str:
    """A valid event, one field of it changed, as YAML text (offsets: id 0, when 1,
    phase 2, title 3, summary 4, actors 5, topics 6, source 8, quote 9)."""
    fields = {
        "id": "test-event",
        "when": f"when: {yaml_str(EVENT.when)}",
        "phase": EVENT.phase,
        "title": "A test event",
        "summary": "A test event.",
        "actor": ACTOR,
        "topic": ISSUE,
        "source": GOOD_QUOTE.source,
        "quote": yaml_str(GOOD_QUOTE.quote),
        **change,
    }
    return (
        "- id: {id}\n  {when}\n  phase: {phase}\n  title: {title}\n  summary: {summary}\n"
        "  actors: [{actor}]\n  topics: [{topic}]\n  cites:\n    - source: {source}\n      quote: {quote}\n"
    ).format(**fields)


CITES = f"  cites:\n    - source: {GOOD_QUOTE.source}\n      quote: {yaml_str(GOOD_QUOTE.quote)}\n"


def quotation(item_id: str, text: str) -> str:
    """A quotation item (offsets: id 0, text 2) as YAML text."""
    return f"- id: {item_id}\n  speaker: {ACTOR}\n  text: {text}\n  context: c\n" + CITES


def estimated(words: str) -> str:
    """The test event dated by the curator's estimate instead of the source's words."""
    return event(when=f"when_estimate: {{words: {yaml_str(words)}, reason: {REASON}}}")


def repeated_phrase(source_id: str) -> str:
    """Words printed in two paragraphs of a source, found in the data."""
    index = Index.of(PRISTINE.sources[source_id])
    for para in index.paragraphs:
        words = normalise(para.text).split()
        for n in range(len(words) - 2):
            phrase = " ".join(words[n : n + 3])
            if len(phrase.replace(" ", "")) >= MIN_QUOTE_CHARS and index.text.count(phrase) > 1:
                return phrase
    pytest.skip("no phrase repeats in this source")


def blank_line(source_id: str) -> int:
    return next((line.number for line in PRISTINE.sources[source_id].lines if not line.text.strip()), 0)


# --- edits: each changes a copy of content/ and returns the line its change starts on ---------


def append(name: str, text: str | bytes) -> Callable[[Path], int]:
    def edit(content: Path) -> int:
        path = content / name
        old = path.read_bytes() if path.exists() else b""
        if old and not old.endswith(b"\n"):
            old += b"\n"
        path.write_bytes(old + (text if isinstance(text, bytes) else text.encode("utf-8")))
        return old.count(b"\n") + 1

    return edit


def write(name: str, data: str | bytes) -> Callable[[Path], int]:
    def edit(content: Path) -> int:
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return 1

    return edit


def replace_line(name: str, key: str, value: str) -> Callable[[Path], int]:
    """The first top-level line `key: ...` of a mapping file set to `key: value`."""

    def edit(content: Path) -> int:
        path = content / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        number = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
        lines[number] = f"{key}: {value}\n"
        path.write_text("".join(lines), encoding="utf-8")
        return number + 1

    return edit


def replace_text(name: str, old: str, new: str) -> Callable[[Path], int]:
    """The first `old` in a file replaced by `new`; the line it was on."""

    def edit(content: Path) -> int:
        path = content / name
        text = path.read_text(encoding="utf-8")
        at = text.index(old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        return text.count("\n", 0, at) + 1

    return edit


def set_key(name: str, key: str, value: str) -> Callable[[Path], int]:
    """A top-level key of a mapping file set, replacing its line or added at the end."""

    def edit(content: Path) -> int:
        path = content / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        start = next((i for i, line in enumerate(lines) if line.startswith(f"{key}:")), None)
        if start is None:
            return append(name, f"{key}: {value}\n")(content)
        end = start + 1
        while end < len(lines) and lines[end].startswith((" ", "-")):
            end += 1
        path.write_text("".join([*lines[:start], f"{key}: {value}\n", *lines[end:]]), encoding="utf-8")
        return start + 1

    return edit


def symlink(name: str, target: str) -> Callable[[Path], int]:
    def edit(content: Path) -> int:
        os.symlink(target, content / name)
        return 1

    return edit


def new_source(text: bytes) -> Callable[[Path], int]:
    """An extra article with valid metadata (copied from the first source's) and this text."""

    def edit(content: Path) -> int:
        meta = yaml.safe_load((content / "sources" / f"{SOURCE.id}.yml").read_text(encoding="utf-8"))
        meta.update(id="extra", sha256=hashlib.sha256(text).hexdigest(), foreign_lines=[])
        (content / "sources" / "extra.yml").write_text(yaml.safe_dump(meta), encoding="utf-8")
        (content / "sources" / "extra.txt").write_bytes(text)
        return 1

    return edit


def both(*edits: Callable[[Path], int]) -> Callable[[Path], int]:
    def edit(content: Path) -> int:
        return [e(content) for e in edits][-1]

    return edit


CURATED_LIMIT = max(p.stat().st_size for p in (ROOT / "content").glob("*.yml")) + 1000
SOURCE_LIMIT = max(p.stat().st_size for p in (ROOT / "content" / "sources").iterdir()) + 1000


def checksum_broken(content: Path) -> int:
    """A byte added to the first source's text; the line of its metadata's sha256."""
    with (content / "sources" / f"{SOURCE.id}.txt").open("ab") as text:
        text.write(b"x")
    meta = (content / "sources" / f"{SOURCE.id}.yml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(meta, start=1) if line.startswith("sha256:"))


def limit(name: str, size: int) -> Callable[[pytest.MonkeyPatch], None]:
    return lambda mp: mp.setattr(safeyaml, name, size)


def crash(target: Any, name: str) -> Callable[[pytest.MonkeyPatch], None]:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("injected failure")

    return lambda mp: mp.setattr(target, name, broken)


@dataclass(frozen=True)
class Bad:
    """A change, and the problem line it must give: at `offset` lines from where the change
    starts (None: no line), in `file`, for `item`, with `message` and `hint` in it."""

    cls: str
    edit: Callable[[Path], int]
    file: str
    offset: int | None
    item: str
    message: str
    hint: str
    problems: int = 1
    patch: Callable[[pytest.MonkeyPatch], None] | None = None


EV = "content/events.yml"
META = f"content/sources/{SOURCE.id}.yml"
TEXT = f"content/sources/{SOURCE.id}.txt"
BOMB = "- id: bomb\n  a: &a [x, x, x, x, x, x, x, x, x]\n  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
BOMB += "".join(f"  {k}: &{k} [{', '.join([f'*{p}'] * 9)}]\n" for p, k in zip("bcdefgh", "cdefghi", strict=True))
LONG = "x" * 1_000_000

BAD: dict[str, Bad] = {
    # 1. reading: what used to end in a traceback
    "nul byte": Bad(
        "read", append("events.yml", "- id: x\x00y\n"), EV, 0, "events.yml", "control character U+0000", "remove it"
    ),
    "escape char": Bad(
        "read", append("actors.yml", "- id: x\x1b\n"), "content/actors.yml", 0, "actors.yml", "U+001B", "remove it"
    ),
    "C1 control": Bad(
        "read",
        append("glossary.yml", "- id: x\x85y\n"),
        "content/glossary.yml",
        0,
        "glossary.yml",
        "U+0085",
        "remove it",
    ),
    "bidi override": Bad(
        "read", append("quotes.yml", "- id: x\u202ey\n"), "content/quotes.yml", 0, "quotes.yml", "U+202E", "remove it"
    ),
    "line separator": Bad(
        "read", append("issues.yml", "- id: x\u2028y\n"), "content/issues.yml", 0, "issues.yml", "U+2028", "remove it"
    ),
    "\\x80 escape": Bad(
        "text",
        append("events.yml", event(title='"A \\x80 name"')),
        EV,
        3,
        "test-event",
        "title: control character U+0080",
        "the escape",
    ),
    "\\0 escape": Bad(
        "text",
        append("events.yml", event(summary='"a\\0b"')),
        EV,
        4,
        "test-event",
        "summary: control character U+0000",
        "the escape",
    ),
    "\\u202e escape": Bad(
        "text", append("events.yml", event(title='"abc\\u202Edef"')), EV, 3, "test-event", "U+202E", "the escape"
    ),
    "not UTF-8 YAML": Bad(
        "read",
        append("events.yml", b"- id: caf\xe9\n"),
        EV,
        0,
        "events.yml",
        "not UTF-8 (byte",
        "save the file as UTF-8",
    ),
    "not UTF-8 metadata": Bad(
        "read",
        append(f"sources/{SOURCE.id}.yml", b"notes: [\xff]\n"),
        META,
        0,
        f"{SOURCE.id}.yml",
        "not UTF-8",
        "UTF-8",
    ),
    "UTF-16 YAML": Bad(
        "read",
        write("summit.yml", "- id: x\n".encode("utf-16")),
        "content/summit.yml",
        0,
        "summit.yml",
        "not UTF-8 (byte 0: 0xff)",
        "UTF-8",
    ),
    "not UTF-8 text": Bad(
        "read",
        new_source("Kim’s summit\n\nIn Hanoi\n".encode("cp1252")),
        "content/sources/extra.txt",
        0,
        "extra",
        "not UTF-8 (byte 3: 0x92)",
        "UTF-8",
    ),
    "NUL in text": Bad(
        "read",
        new_source(b"A title\n\nA para\x00graph here.\n"),
        "content/sources/extra.txt",
        2,
        "extra",
        "U+0000",
        "remove it",
    ),
    "empty text": Bad(
        "read", new_source(b"\n \n"), "content/sources/extra.txt", None, "extra", "the article is empty", "paste"
    ),
    "alias bomb": Bad(
        "alias", append("events.yml", BOMB), EV, 1, "events.yml", "anchor &a", "anchors (&name) and aliases"
    ),
    "alias as id": Bad(
        "alias", append("events.yml", "- id: &a x\n- id: *a\n"), EV, 0, "events.yml", "anchor &a", "not accepted"
    ),
    "merge key": Bad(
        "alias",
        append("actors.yml", "- &base {id: x}\n- <<: *base\n"),
        "content/actors.yml",
        0,
        "actors.yml",
        "anchor &base",
        "not accepted",
    ),
    "recursive alias": Bad(
        "alias", append("summit.yml", "- &r [*r]\n"), "content/summit.yml", 0, "summit.yml", "anchor &r", "not accepted"
    ),
    "deep flow nesting": Bad(
        "limit",
        append("events.yml", "- " + "[" * 5000 + "]" * 5000 + "\n"),
        EV,
        0,
        "events.yml",
        f"nested more than {safeyaml.MAX_DEPTH} deep",
        "flatten the data",
    ),
    "deep block nesting": Bad(
        "limit",
        append("events.yml", "- x:\n" + "".join(f"{'  ' * (i + 2)}k{i}:\n" for i in range(200)) + " " * 404 + "v\n"),
        EV,
        safeyaml.MAX_DEPTH - 1,
        "events.yml",
        f"nested more than {safeyaml.MAX_DEPTH} deep",
        "flatten the data",
    ),
    "metadata only comments": Bad(
        "empty",
        write(f"sources/{SOURCE.id}.yml", "# nothing yet\n"),
        META,
        0,
        f"{SOURCE.id}.yml",
        "empty or only comments",
        "fill it in",
    ),
    "metadata empty": Bad(
        "empty",
        write(f"sources/{SOURCE.id}.yml", ""),
        META,
        0,
        f"{SOURCE.id}.yml",
        "empty or only comments",
        "fill it in",
    ),
    "curated file empty": Bad(
        "empty",
        write("glossary.yml", "\n# later\n"),
        "content/glossary.yml",
        0,
        "glossary.yml",
        "empty or only comments",
        "fill it in",
    ),
    "years past 3000": Bad(
        "date",
        append("events.yml", estimated("the past 3000 years")),
        EV,
        1,
        "test-event",
        f"'the past 3000 years' reaches more than {dates.SPAN_YEARS} years",
        "date grammar",
    ),
    "year 9999": Bad(
        "date",
        append("events.yml", estimated("9999")),
        EV,
        1,
        "test-event",
        f"'9999' is more than {dates.SPAN_YEARS} years from the publication date",
        "date grammar",
    ),
    "year 0999": Bad(
        "date",
        append("events.yml", estimated("Jan. 1, 0999")),
        EV,
        1,
        "test-event",
        f"'Jan. 1, 0999' is more than {dates.SPAN_YEARS} years from the publication date",
        "date grammar",
    ),
    "curated too large": Bad(
        "limit",
        append("events.yml", "#" * CURATED_LIMIT + "\n"),
        EV,
        None,
        "events.yml",
        f"more than the {CURATED_LIMIT:,} a file may have",
        "split",
        patch=limit("MAX_CURATED_BYTES", CURATED_LIMIT),
    ),
    "text too large": Bad(
        "limit",
        new_source(b"Title\n\n" + b"word " * SOURCE_LIMIT + b"\n"),
        "content/sources/extra.txt",
        None,
        "extra",
        f"more than the {SOURCE_LIMIT:,} a file may have",
        "check the file",
        patch=limit("MAX_SOURCE_BYTES", SOURCE_LIMIT),
    ),
    "metadata too large": Bad(
        "limit",
        append(f"sources/{SOURCE.id}.yml", "#" * SOURCE_LIMIT + "\n"),
        META,
        None,
        f"{SOURCE.id}.yml",
        f"more than the {SOURCE_LIMIT:,} a file may have",
        "split",
        patch=limit("MAX_SOURCE_BYTES", SOURCE_LIMIT),
    ),
    "YAML syntax": Bad(
        "yaml",
        append("events.yml", "- id: broken\n  title: [unclosed\n"),
        EV,
        2,
        "events.yml",
        "YAML syntax",
        "indentation",
    ),
    "tab indent": Bad(
        "yaml", append("events.yml", "- id: x\n\ttitle: y\n"), EV, 1, "events.yml", "YAML syntax", "indentation"
    ),
    "mapping not list": Bad(
        "yaml",
        write("summit.yml", "id: x\n"),
        "content/summit.yml",
        0,
        "summit.yml",
        "expected a list of items",
        "- id:",
    ),
    "python tag": Bad(
        "yaml",
        append("events.yml", "- id: !!python/object:os.system x\n"),
        EV,
        0,
        "events.yml",
        "YAML syntax",
        "indentation",
    ),
    # 2. all or nothing: a crash in the last export, or while rendering a page
    "crash in last export": Bad(
        "atomic",
        append("events.yml", ""),
        "docs",
        None,
        "rendering and writing",
        "internal error while rendering and writing docs: RuntimeError: injected failure, while making the page after",
        "report it",
        patch=crash(export, "timelinejs"),
    ),
    "crash in a page": Bad(
        "atomic",
        append("events.yml", ""),
        "docs",
        None,
        "rendering and writing",
        "internal error",
        "report it",
        patch=crash(export, "timeline_csv"),
    ),
    # 3. accepted in silence before
    "duplicate key": Bad(
        "silent",
        append("events.yml", event(title="A\n  title: B")),
        EV,
        4,
        "events.yml",
        "key 'title' given twice",
        "keep one",
    ),
    "duplicate key in metadata": Bad(
        "silent",
        append(f"sources/{SOURCE.id}.yml", "language: fr\n"),
        META,
        0,
        f"{SOURCE.id}.yml",
        "key 'language' given twice",
        "keep one",
    ),
    "file name typo": Bad(
        "silent",
        write("event.yml", event()),
        "content/event.yml",
        None,
        "event.yml",
        "unknown file in content/",
        "did you mean events.yml?",
    ),
    "stray file": Bad(
        "silent", write("notes.txt", "todo\n"), "content/notes.txt", None, "notes.txt", "unknown file", "files read are"
    ),
    "stray folder": Bad(
        "silent", write("drafts/x.yml", "- id: x\n"), "content/drafts", None, "drafts", "unknown file", "files read are"
    ),
    "stray file in sources": Bad(
        "silent",
        write("sources/README.md", "x\n"),
        "content/sources/README.md",
        None,
        "README.md",
        "unknown file in content/sources/",
        "NAME.txt",
    ),
    "symlink out": Bad(
        "silent",
        symlink("sources/evil.txt", "/etc/hostname"),
        "content/sources/evil.txt",
        None,
        "evil.txt",
        "a symbolic link",
        "copy the file in",
    ),
    "symlinked curated": Bad(
        "silent",
        both(lambda c: (c / "summit.yml").rename(c.parent / "s.yml") and 1, symlink("summit.yml", "../s.yml")),
        "content/summit.yml",
        None,
        "summit.yml",
        "a symbolic link",
        "copy the file in",
    ),
    "text without metadata": Bad(
        "silent",
        write("sources/orphan.txt", "A title\n\nA paragraph.\n"),
        "content/sources/orphan.txt",
        None,
        "orphan",
        "an article without metadata",
        "orphan.yml",
    ),
    "metadata removed": Bad(
        "silent",
        lambda c: (c / "sources" / f"{SOURCE.id}.yml").unlink() or 1,
        TEXT,
        None,
        SOURCE.id,
        "an article without metadata",
        "Adding an article",
    ),
    "title empty": Bad(
        "silent", append("events.yml", event(title='""')), EV, 3, "test-event", "title: empty text", "write the text"
    ),
    "summary spaces": Bad(
        "silent",
        append("events.yml", event(summary='"   "')),
        EV,
        4,
        "test-event",
        "summary: empty text",
        "write the text",
    ),
    "quote of spaces": Bad(
        "silent",
        append("events.yml", event(quote=yaml_str(" " * 8))),
        EV,
        9,
        "test-event",
        "cites.0.quote: empty text",
        "write the text",
    ),
    "quote too short": Bad(
        "silent",
        append("events.yml", event(quote=yaml_str("a b c d e f g"))),
        EV,
        9,
        "test-event",
        "quote too short",
        f"at least {MIN_QUOTE_CHARS}",
    ),
    "quote twice in source": Bad(
        "silent",
        append("events.yml", event(source=SOURCE.id, quote=yaml_str(repeated_phrase(SOURCE.id)))),
        EV,
        9,
        "test-event",
        "matches more than one place in its source (¶",
        "more of the words",
    ),
    "quotation text empty": Bad(
        "silent",
        append(
            "quotes.yml",
            quotation("q", '""'),
        ),
        "content/quotes.yml",
        2,
        "q",
        "text: empty text",
        "write the text",
    ),
    "ignored quote empty": Bad(
        "silent",
        replace_line(
            "ignored.yml", "paragraphs", f"[{{source: {SOURCE.id}, quote: '', reason: a reason long enough}}]"
        ),
        "content/ignored.yml",
        0,
        "ignored.yml",
        "quote: empty text",
        "write the text",
    ),
    "foreign line past end": Bad(
        "silent",
        set_key(f"sources/{OTHER.id}.yml", "foreign_lines", "[{line: 99999, reason: not part of it}]"),
        f"content/sources/{OTHER.id}.yml",
        0,
        OTHER.id,
        "line 99999 in foreign_lines is past the last line",
        "a line with text",
    ),
    "foreign line blank": Bad(
        "silent",
        set_key(
            f"sources/{OTHER.id}.yml", "foreign_lines", f"[{{line: {blank_line(OTHER.id)}, reason: not part of it}}]"
        ),
        f"content/sources/{OTHER.id}.yml",
        0,
        OTHER.id,
        f"line {blank_line(OTHER.id)} in foreign_lines is a blank line",
        "a line with text",
    ),
    "same citation twice": Bad(
        "silent",
        append(
            "events.yml", event() + f"    - source: {GOOD_QUOTE.source}\n      quote: {yaml_str(GOOD_QUOTE.quote)}\n"
        ),
        EV,
        10,
        "test-event",
        "the same citation twice",
        "remove one",
    ),
    "quote id is an event id": Bad(
        "silent",
        append(
            "quotes.yml",
            quotation(EVENT.id, yaml_str(GOOD_QUOTE.quote[:20])),
        ),
        "content/quotes.yml",
        0,
        EVENT.id,
        "id already used in events.yml",
        "an id of its own",
    ),
    "duplicate id": Bad(
        "silent", append("events.yml", event() + event()), EV, 10, "test-event", "duplicate id", "its own id"
    ),
    # 6. messages: one cause, one line; long values cut; choices listed
    "checksum mismatch": Bad(
        "one",
        checksum_broken,
        META,
        0,
        SOURCE.id,
        "does not match its checksum",
        "restore the text",
    ),
    "metadata wrong type": Bad(
        "one",
        replace_line(f"sources/{SOURCE.id}.yml", "language", "[en]"),
        META,
        0,
        f"{SOURCE.id}",
        "language: Expected `str`, got `list`",
        "fix the value",
    ),
    "metadata bad choice": Bad(
        "one",
        replace_text(f"sources/{SOURCE.id}.yml", f"precision: {SOURCE.meta.published.precision}", "precision: week"),
        META,
        0,
        SOURCE.id,
        "published.precision: Invalid enum value 'week'",
        "use one of: minute, day, range",
    ),
    "metadata bad id": Bad(
        "one",
        replace_line(f"sources/{SOURCE.id}.yml", "id", "Not A Slug"),
        META,
        0,
        SOURCE.id,
        "id: Expected `str` matching regex",
        "lowercase words",
    ),
    "metadata missing field": Bad(
        "one",
        set_key(f"sources/{SOURCE.id}.yml", "rights", "null"),
        META,
        0,
        SOURCE.id,
        "rights: Expected `str`, got `null`",
        "fix the value",
    ),
    "phase not allowed": Bad(
        "one",
        append("events.yml", event(phase="later")),
        EV,
        2,
        "test-event",
        "unknown phase (an id in phases.yml) 'later'",
        f"use one of: {', '.join(PHASES)}",
    ),
    "actor kind not allowed": Bad(
        "one",
        append(
            "actors.yml",
            f"- id: x\n  name: X\n  kind: robot\n  side: {ACTOR}\n  role: r\n" + CITES,
        ),
        "content/actors.yml",
        2,
        "x",
        "kind: Invalid enum value 'robot'",
        "use one of: person, state, organisation, group",
    ),
    "1 MB id": Bad(
        "one",
        append("events.yml", event(id=LONG)),
        EV,
        0,
        "x" * 60 + f"… ({len(LONG)} characters)",
        "id: Expected `str` of length <= 100",
        "keep an id to 100 characters or fewer",
    ),
    "summary longer than a paragraph": Bad(
        "one",
        append("events.yml", event(summary="x" * (TEXT_MAX + 1))),
        EV,
        4,
        "test-event",
        f"summary: Expected `str` of length <= {TEXT_MAX}",
        "keep a text to a paragraph",
    ),
    "article line longer than a paragraph": Bad(
        "read",
        new_source(
            b"A title\n\n" + b"[a](" * (PARAGRAPH_MAX // 4 + 1) + b"\n\nA paragraph.\n" + b"x" * (PARAGRAPH_MAX + 1)
        ),
        "content/sources/extra.txt",
        2,
        "extra",
        f"a line of {PARAGRAPH_MAX + 4:,} characters (and 1 more line as long), more than the {PARAGRAPH_MAX:,}",
        "put each paragraph on a line of its own",
    ),
    "long unknown actor": Bad(
        "one",
        append("events.yml", event(actor="y" * 5000)),
        EV,
        5,
        "test-event",
        f"unknown actor '{'y' * 60}… (5000 characters)'",
        "use one of",
    ),
    "quote typo": Bad(
        "one",
        append("events.yml", event(quote=yaml_str(GOOD_QUOTE.quote[:12] + "Q" + GOOD_QUOTE.quote[13:]))),
        EV,
        9,
        "test-event",
        "quote not found in its source",
        "first differ at character 13",
    ),
    "quote across paragraphs": Bad(
        "one",
        append(
            "events.yml",
            event(
                source=SOURCE.id,
                quote=yaml_str(
                    " ".join(
                        [
                            *normalise(SOURCE.paragraphs[1].text).split()[-3:],
                            *normalise(SOURCE.paragraphs[2].text).split()[:3],
                        ]
                    )
                ),
            ),
        ),
        EV,
        9,
        "test-event",
        "quote not found",
        f"runs across ¶{SOURCE.paragraphs[1].number} and ¶{SOURCE.paragraphs[2].number}",
    ),
    "unknown source": Bad(
        "one",
        append("events.yml", event(source="no-such-source")),
        EV,
        8,
        "test-event",
        "unknown source 'no-such-source'",
        "use one of",
    ),
    "unknown when_source": Bad(
        "one",
        append("events.yml", event(when=f"when: {yaml_str(EVENT.when)}\n  when_source: nowhere")),
        EV,
        2,
        "test-event",
        "when_source 'nowhere' is not among the item's cited sources",
        "set when_source to that quote's source",
    ),
}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pages generated from the untouched content, copied for each case."""
    docs = tmp_path_factory.mktemp("pristine") / "docs"
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    assert cli.main(["build", "--content", str(ROOT / "content"), "--docs", str(docs)]) == 0
    return docs


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def project(tmp_path: Path, generated: Path) -> tuple[Path, Path]:
    shutil.copytree(ROOT / "content", tmp_path / "content", symlinks=True)
    shutil.copytree(generated, tmp_path / "docs")
    return tmp_path / "content", tmp_path / "docs"


def build(content: Path, docs: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["build", "--content", str(content), "--docs", str(docs)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_gives_its_problem_line_and_writes_nothing(
    name: str, tmp_path: Path, generated: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = BAD[name]
    content, docs = project(tmp_path, generated)
    start = case.edit(content)
    if case.patch:
        case.patch(monkeypatch)
    before = snapshot(docs)
    code, err = build(content, docs, capsys)
    where = case.file if case.offset is None else f"{case.file}:{start + case.offset}"
    lines = err.splitlines()
    assert code == 1, err
    assert "Traceback" not in err
    assert f"{case.problems} problem(s); nothing was written." == lines[-1], err
    line = next((x for x in lines if x.startswith(f"{where}: [{case.item}] ")), None)
    assert line is not None, f"expected {where}: [{case.item}] …\n{err}"
    message, _, hint = line.partition(" (hint: ")
    assert case.message in message and case.hint in hint, line
    assert len(line) < 2500, "long values are shortened"
    assert str(tmp_path) not in err, "paths are relative to the project"
    assert snapshot(docs) == before
    assert not list(tmp_path.glob(".docs-staging-*")), "the staging folder is removed"


# --- valid hostile text: builds, and shows as text ----------------------------------------------

HOSTILE = {
    "heading": "# zqx",
    "ordered list": "1. zqx",
    "paren list": "2) zqx",
    "bullet": "- zqx",
    "plus bullet": "+ zqx",
    "admonition": '!!! danger "zqx"',
    "blockquote": "> zqx",
    "snippet include": '--8<-- "mkdocs.yml"',
    "table": "| zqx | b |",
    "html block": "<div onclick=alert(1)>zqx</div>",
    "script": "<script>alert(1)</script>zqx",
    "emoji": ":smile: zqx",
    "footnote definition": "[^9]: zqx",
    "abbreviation definition": "*[ZQX]: zqx",
    "attribute list": "{: onclick=alert(1) } zqx",
    "setext underline": "zqx\n===",
    "definition": ": zqx",
    "thematic break": "***",
    "indented code": "    zqx code",
    "later line heading": "zqx first\n# zqx heading",
}
MD_EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "pymdownx.emoji"]


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_builds_and_stays_text(
    name: str, tmp_path: Path, generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text as title and summary of an event: the timeline shows both as typed (on one
    line), and the event's entry is its heading and plain paragraphs, nothing else."""
    content, docs = project(tmp_path, generated)
    append("events.yml", event(summary=yaml_str(HOSTILE[name]), title=yaml_str(HOSTILE[name])))(content)
    code, err = build(content, docs, capsys)
    assert code == 0, err
    body = (docs / "timeline.md").read_text(encoding="utf-8").split("\n---\n", 1)[-1]
    soup = BeautifulSoup(markdown.markdown(body, extensions=MD_EXTENSIONS), "html.parser")
    heading = soup.find(id="test-event")
    typed = " ".join(HOSTILE[name].split())
    assert heading is not None and heading.name == "h3" and heading.get_text().strip() == typed
    entry = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        entry.append(sibling)
    assert [e.name for e in entry] == ["p"] * len(entry), entry
    assert typed in [re.sub(r"\d+$", "", e.get_text().strip()) for e in entry]  # less the footnote marker
    assert not soup.find_all(["script", "img"]) and not soup.find(attrs={"onclick": True})
    assert "site_name" not in body, "no file is included"


def test_a_good_build_touches_only_what_changed(
    tmp_path: Path, generated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Staging keeps the old guarantees: unchanged pages keep their files (and timestamps,
    so `mkdocs serve` does not rebuild forever), stale pages go, hand-kept assets stay."""
    content, docs = project(tmp_path, generated)
    stamps = {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()}
    (docs / "stale.md").write_text("no longer generated\n", encoding="utf-8")
    code, err = build(content, docs, capsys)
    assert code == 0, err
    assert not (docs / "stale.md").exists()
    assert {p: p.stat().st_mtime_ns for p in docs.rglob("*") if p.is_file()} == stamps
    assert not list(tmp_path.glob(".docs-staging-*"))
