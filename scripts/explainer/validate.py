"""Validate: a curated item against its model, every wrong field a problem line in the
curator's words (YAML's, not JSON's), with the values a choice allows.
"""

from __future__ import annotations

import re
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

import msgspec

from .model import SLUG, SLUG_MAX, TEXT_MAX, Problem

if TYPE_CHECKING:
    from .yamlfile import Where

HINTS = {  # by words of msgspec's message
    SLUG: "use lowercase words joined by hyphens",
    "length >= 1": "give at least one entry: every fact needs a citation",
    "encoded date": "write the date as YYYY-MM-DD",
    "encoded time": "write the time as HH:MM:SS",
    f"length <= {SLUG_MAX}": f"keep an id to {SLUG_MAX} characters or fewer",
    f"length <= {TEXT_MAX}": f"keep a text to a paragraph, {TEXT_MAX:,} characters or fewer: split it or cite less",
}
YAML_WORDS = {"`array`": "`list`", "`object`": "`mapping`"}  # msgspec speaks JSON; curators write YAML


def validate(
    model: type[msgspec.Struct], data: Any, where: Where, name: str, item: str, problems: list[Problem]
) -> Any:
    try:
        return msgspec.convert(data, model)
    except msgspec.ValidationError as err:
        for path, message, hint in _field_errors(model, data) or [(*_split(str(err)), "fix the value")]:
            field = ".".join(map(str, path)) or "item"
            problems.append(Problem(name, where.line(*path), item, f"{field}: {message}", hint))
        return None


def _field_errors(model: type[msgspec.Struct], data: Any) -> list[tuple[tuple[str | int, ...], str, str]]:
    """Each field of an invalid item checked on its own: msgspec stops at an item's first
    error, and a curator should see every wrong field in one run."""
    if not isinstance(data, dict):
        return []
    fields = {f.encode_name: f for f in msgspec.structs.fields(model)}
    found = []
    for key, value in data.items():
        if key not in fields:
            found.append(((key,), "unknown field", f"remove it or check its spelling; fields are {', '.join(fields)}"))
            continue
        try:
            msgspec.convert(value, fields[key].type)
        except msgspec.ValidationError as err:
            path, message = _split(str(err))
            found.append(((key, *path), message, _hint(message, _field_type(fields[key].type, path))))
    found += [((key,), "missing", "add the field") for key, f in fields.items() if f.required and key not in data]
    return found


def _field_type(kind: Any, path: tuple[str | int, ...]) -> Any:
    """The type of the value at `path` inside a value of type `kind`: the hint for a nested
    choice (published.precision) lists that choice's values."""
    for key in path:
        kind = _unwrap(kind)
        if isinstance(key, int) and get_args(kind):
            kind = get_args(kind)[0]
        elif isinstance(kind, type) and issubclass(kind, msgspec.Struct):
            kind = {f.encode_name: f.type for f in msgspec.structs.fields(kind)}.get(key, kind)
    return kind


def _unwrap(kind: Any) -> Any:
    """Annotated[X, ...] and X | None as X."""
    while True:
        if get_origin(kind) is Annotated:
            kind = get_args(kind)[0]
        elif get_origin(kind) in (Union, UnionType):
            kind = next(a for a in get_args(kind) if a is not type(None))
        else:
            return kind


def _split(message: str) -> tuple[tuple[str | int, ...], str]:
    """msgspec's "Expected `str` - at `$.cites[0].quote`" as a path and the words before it."""
    words, _, at = message.partition(" - at `$")
    path = tuple(int(i) if i else k for k, i in re.findall(r"\.([^.\[`]+)|\[(\d+)\]", at))
    for json_word, yaml_word in YAML_WORDS.items():
        words = words.replace(json_word, yaml_word)
    return path, words


def _hint(message: str, kind: Any) -> str:
    while get_origin(kind) is not None and get_origin(kind) is not Literal:
        kind = get_args(kind)[0]  # Annotated[Literal[...], ...], Literal[...] | None
    if get_origin(kind) is Literal:
        return f"use one of: {', '.join(map(str, get_args(kind)))}"
    return next((hint for words, hint in HINTS.items() if words in message), "fix the value")
