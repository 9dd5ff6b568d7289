"""Reading untrusted files: size checked before parsing, bytes decoded with the offset of
the first bad one, YAML without anchors, aliases or repeated keys, and every string free
of control characters and not blank. Each refusal is a problem line, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .model import short

MAX_CURATED_BYTES = 32 * 1024 * 1024  # a curated YAML file; a thousand articles' data fits in a tenth
MAX_SOURCE_BYTES = 2 * 1024 * 1024  # one article's text (or metadata): a long-read is under 200 KB
# C0 and C1 controls but tab, line feed and carriage return; Unicode line and paragraph
# separators (YAML and JavaScript read them as line breaks); bidirectional overrides
# (they make text read differently from how it is stored).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: several times faster


class Refused(yaml.MarkedYAMLError):
    """Valid YAML this project does not accept, with its own hint."""

    def __init__(self, problem: str, mark: yaml.Mark | None, hint: str) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.hint = hint


ALIAS_HINT = "write each value out in full: anchors (&name) and aliases (*name) are not accepted"


class StrictLoader(BASE):  # type: ignore[misc,valid-type]
    """The safe loader, refusing a key given twice in one mapping and any node built twice
    (an alias), so one line of YAML cannot expand into millions of values."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise Refused("an alias repeats this anchored value", node.start_mark, ALIAS_HINT)
        return super().construct_object(node, deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    raise Refused(
                        f"key {short(key.value)!r} given twice in one mapping",
                        key.start_mark,
                        "keep one of them: otherwise the second would silently replace the first",
                    )
                seen.add(key.value)
        return super().construct_mapping(node, deep)


MAX_DEPTH = 64  # nested lists and mappings; the data needs a handful, libyaml's stack overflows past thousands
PREFIX = re.compile(r"^[ \t-]*", re.MULTILINE)  # indentation and "- " markers: block nesting
BRACKETS = re.compile(r"[\[\]{}]")


def refuse_anchors(text: str) -> None:
    """Anchors, aliases and nesting too deep, found from the parser's events before any
    node is built (the composer recurses once per level and would crash the process)."""
    if "&" not in text and "*" not in text and _nesting_bound(text) <= MAX_DEPTH:
        return  # no anchor or alias can appear, and the nesting cannot be deep
    depth = 0
    for event in _events(text):
        if isinstance(event, yaml.AliasEvent):
            raise Refused(f"alias *{short(event.anchor)}", event.start_mark, ALIAS_HINT)
        if getattr(event, "anchor", None):
            raise Refused(f"anchor &{short(event.anchor)}", event.start_mark, ALIAS_HINT)
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(event.start_mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _events(text: str) -> Iterator[yaml.Event]:
    """The parser's events; libyaml's own depth limit (1,000 since PyYAML 6.0.4) is ours too."""
    try:
        yield from yaml.parse(text, Loader=BASE)
    except yaml.MarkedYAMLError as err:
        if "nesting depth" not in (err.problem or ""):
            raise
        raise _too_deep(err.problem_mark) from None


def _too_deep(mark: yaml.Mark | None) -> Refused:
    return Refused(f"lists and mappings nested more than {MAX_DEPTH} deep", mark, "flatten the data")


def _nesting_bound(text: str) -> int:
    """At least as deep as the text's lists and mappings can nest, found without parsing:
    the longest line prefix of indentation and dashes, plus the deepest run of brackets."""
    block = max((len(m) for m in PREFIX.findall(text)), default=0)
    depth = flow = 0
    for m in BRACKETS.finditer(text):
        depth += 1 if m.group() in "[{" else -1
        flow = max(flow, depth)
    return block + flow + 1


def line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def too_large(path: Path, limit: int) -> str | None:
    """Why a file is refused before it is read, if it is: its size."""
    size = path.stat().st_size
    return f"{size:,} bytes, more than the {limit:,} a file may have" if size > limit else None


def decode(data: bytes) -> tuple[str | None, int | None, str, str]:
    """(text, None, "", "") or (None, line or None, what is wrong, hint): undecodable bytes
    are named by their offset, control characters by their line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        return None, line, f"not UTF-8 (byte {err.start}: {data[err.start]:#04x})", "save the file as UTF-8"
    text = text.removeprefix("\ufeff")
    if m := CONTROL.search(text):
        return (
            None,
            line_of(text, m.start()),
            f"control character U+{ord(m.group()):04X} (character {m.start()})",
            "remove it: only tabs and line breaks may be in the text",
        )
    return text, None, "", ""


def read_text(path: Path, limit: int) -> tuple[str | None, int | None, str, str]:
    """As `decode`, the size checked before the file is read."""
    if (why := too_large(path, limit)) is not None:
        return None, None, why, "split the file or trim it"
    return decode(path.read_bytes())


def strings(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every string value in parsed YAML, with its path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, (*path, i))
    elif isinstance(data, str):
        yield path, data


def bad_strings(data: Any) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """(path, what is wrong, hint) for each string a page could not show as written: a
    control character (from an escape such as "\\x80"), or nothing but spaces."""
    for path, value in strings(data):
        if m := CONTROL.search(value):
            yield path, f"control character U+{ord(m.group()):04X}", "remove it, or the escape that makes it"
        elif not value.strip():
            yield path, "empty text", "write the text, or leave the field out where it is optional"
