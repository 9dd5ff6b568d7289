"""Incremental render: a page is rendered again only when something it read has changed.

While a page renders, the model's collections note each entry it reads (an event by id, a
citation, a date, an item's place among the parts) and each collection it walks whole; its
template's context is fingerprinted whole. After a successful write, every page's reads are
kept with the fingerprints of what they gave (in `.explainer-cache/render/` beside docs/).
On the next run a page is rendered again when its context or one of its reads changed, when
its file in docs/ is not the one last written, or when a new abbreviation may appear in it;
a change to the generator's code, its templates or the page sizes renders every page. The
pages are then byte for byte those of a full render (tests/test_incremental.py checks it
against one for several kinds of edit).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import msgspec
from markupsafe import Markup

from .forked import Forked
from .model import Site
from .paging import Paging, Part
from .templating import TEMPLATES
from .yamlfile import code_digest, read_kept, write_kept

ALL, LEN = "*", "#"  # a collection walked whole; only its length asked
MISSING = b"-"  # the fingerprint of an entry that is not there
LISTS = ("events", "terms", "actors", "issues", "sources")  # Paging's lists of parts

Key = tuple[str, Any]  # (collection, entry)


class Reads:
    """What the page being rendered has read (None between pages), and each collection by name."""

    def __init__(self) -> None:
        self.keys: set[Key] | None = None
        self.named: dict[str, Mapping[Any, Any] | Sequence[Any]] = {}

    def note(self, name: str, key: Any) -> None:
        if self.keys is not None:
            self.keys.add((name, key))


class Tracked(Mapping):
    """A mapping of the model that notes which of its entries the current page reads."""

    __slots__ = ("data", "name", "reads")

    def __init__(self, name: str, data: Mapping[Any, Any], reads: Reads) -> None:
        self.name, self.data, self.reads = name, data, reads
        reads.named[name] = data

    def __getitem__(self, key: Any) -> Any:
        self.reads.note(self.name, key)
        return self.data[key]

    def get(self, key: Any, default: Any = None) -> Any:
        self.reads.note(self.name, key)
        return self.data.get(key, default)

    def __contains__(self, key: object) -> bool:
        self.reads.note(self.name, key)
        return key in self.data

    def __iter__(self) -> Iterator[Any]:
        self.reads.note(self.name, ALL)
        return iter(self.data)

    def __len__(self) -> int:
        self.reads.note(self.name, LEN)
        return len(self.data)

    def keys(self):  # the dict's own views: walking them costs what walking the dict does
        self.reads.note(self.name, ALL)
        return self.data.keys()

    def values(self):
        self.reads.note(self.name, ALL)
        return self.data.values()

    def items(self):
        self.reads.note(self.name, ALL)
        return self.data.items()


class TrackedList(Sequence):
    """A list of the model (a paged list's parts) that notes when the current page reads it."""

    __slots__ = ("data", "name", "reads")

    def __init__(self, name: str, data: list[Any], reads: Reads) -> None:
        self.name, self.data, self.reads = name, data, reads
        reads.named[name] = data

    def __getitem__(self, index: Any) -> Any:
        self.reads.note(self.name, ALL)
        return self.data[index]

    def __iter__(self) -> Iterator[Any]:
        self.reads.note(self.name, ALL)
        return iter(self.data)

    def __len__(self) -> int:  # also what `{% if list %}` asks
        self.reads.note(self.name, LEN)
        return len(self.data)


def tracked(site: Site, paging: Paging, reads: Reads) -> tuple[Site, Paging]:
    """The site and its paging as templates see them: every collection notes what is read."""
    seen = replace(site, **{f.name: Tracked(f.name, getattr(site, f.name), reads) for f in fields(site)})
    lists = {name: TrackedList(f"paging.{name}", getattr(paging, name), reads) for name in LISTS}
    return seen, replace(paging, **lists, place=Tracked("paging.place", paging.place, reads))


def _plain(value: Any) -> Any:
    """What msgspec cannot encode itself, as what it can: a tracked collection by name (its
    reads are noted), markup as its text."""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, Tracked | TrackedList):
        return value.name
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def _part(value: Any) -> Any:
    """A part (a dataclass, which msgspec would follow from neighbour to neighbour) as its own
    fields and its neighbours' (not theirs in turn); anything else as it is."""
    if not isinstance(value, Part):
        return value
    return [_near(value), _near(value.previous), _near(value.next)]


def _near(part: Part | None) -> Any:
    return part and [part.path, part.slug, part.name, part.title, part.group, part.items]


def fingerprint(value: Any) -> bytes:
    """Of a value, a list of parts or a page's context (a part at its top level)."""
    if isinstance(value, dict):
        value = {k: _part(v) for k, v in value.items()}
    elif isinstance(value, list | tuple):
        value = [_part(v) for v in value]
    encoded = msgspec.msgpack.encode(value, enc_hook=_plain)
    return hashlib.blake2b(encoded, digest_size=16).digest()


def stamp(sizes: Mapping[str, int]) -> bytes:
    """What every page depends on: the generator's code and templates, the libraries that
    render, the page sizes. Another stamp, and nothing kept is used."""
    digest = hashlib.sha256(code_digest())
    for path in sorted(TEMPLATES.rglob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in ("jinja2", "markupsafe", "msgspec"):
        digest.update(importlib.metadata.version(package).encode())
    digest.update(repr(sorted(sizes.items())).encode())
    return digest.digest()


@dataclass
class Entry:
    """A page as last written: its context's fingerprint, what it read, its file's size and time."""

    context: bytes
    keys: frozenset[Key]
    stat: tuple[int, int] = (0, 0)


@dataclass
class Memory:
    """Each page's reads, kept between runs; told what a run read, it says which pages are clean."""

    file: Path
    docs: Path
    stamp: bytes
    pages: dict[str, Entry] = field(default_factory=dict)
    prints: dict[Key, bytes] = field(default_factory=dict)  # each key read, as it was
    vocabulary: frozenset[str] = frozenset()  # the abbreviations defined
    changed: set[Key] = field(default_factory=set)
    added: frozenset[str] = frozenset()  # abbreviations defined now and not before
    reads: Reads | None = None
    now: dict[Key, bytes] = field(default_factory=dict)
    made: set[str] = field(default_factory=set)  # the pages of this run, kept or rendered

    @classmethod
    def open(cls, file: Path, docs: Path, sizes: Mapping[str, int]) -> Memory:
        """What was kept for `docs`, or nothing if it was kept for other code or cannot be read."""
        memory = cls(file, docs, stamp(sizes))
        kept = read_kept(file, memory.stamp)  # none: every page is rendered
        if kept:
            memory.pages, memory.prints, memory.vocabulary = kept
        return memory

    def begin(self, reads: Reads, vocabulary: frozenset[str]) -> None:
        """This run's collections: which of the keys read last time now give something else."""
        self.reads = reads
        self.changed = {key for key, before in self.prints.items() if self.value(key) != before}
        self.added = vocabulary - self.vocabulary
        self.vocabulary = vocabulary

    def value(self, key: Key) -> bytes:
        """The fingerprint of what reading `key` gives now (each computed once a run)."""
        if (known := self.now.get(key)) is not None:
            return known
        name, entry = key
        data = self.reads.named.get(name) if self.reads else None
        if data is None:
            found = MISSING + b"collection"
        elif entry == LEN:
            found = str(len(data)).encode()
        elif entry == ALL:
            found = fingerprint(list(data.items()) if isinstance(data, Mapping) else data)
        else:
            found = fingerprint(data[entry]) if entry in data else MISSING
        self.now[key] = found
        return found

    def clean(self, path: str, context: bytes, uses: Callable[[str, frozenset[str]], bool]) -> bool:
        """Whether the page in docs/ is already what rendering it would give; `uses(text, new)`
        says whether a text uses one of the newly defined abbreviations."""
        kept = self.pages.get(path)
        if kept is None or kept.context != context or not self.changed.isdisjoint(kept.keys):
            return False
        try:
            info = os.stat(self.docs / path)
        except OSError:
            return False
        if (info.st_size, info.st_mtime_ns) != kept.stat:
            return False
        if self.added and uses((self.docs / path).read_text(encoding="utf-8"), self.added):
            return False
        self.made.add(path)
        return True

    def rendered(self, path: str, context: bytes, keys: set[Key]) -> None:
        self.pages[path] = Entry(context, frozenset(keys))
        self.made.add(path)

    def save(self, forked: bool = False) -> None:
        """After the write: the pages of this run, each with its file's size and time now. Each
        key is kept once, shared by the pages that read it: at 100 synthetic articles the file
        is 2.2 MB and read in 0.04 s; with a copy per page, 3.1 MB and 0.08-0.12 s. `forked`:
        half the keys' fingerprints are made in a forked process (forked.py), on the second
        core: at 1,000 realistic articles they took 3.0 s of a save."""
        pages, shared = {}, {}
        for path in self.made:
            kept = self.pages[path]
            info = os.stat(self.docs / path)
            keys = frozenset(shared.setdefault(key, key) for key in kept.keys)
            pages[path] = Entry(kept.context, keys, (info.st_size, info.st_mtime_ns))
        keys = list(shared)
        half = len(keys) // 2 if forked else len(keys)
        child = Forked(lambda: [[self.value(key) for key in keys[half:]]]) if forked else None
        prints = {key: self.value(key) for key in keys[:half]}
        if child:
            try:
                prints.update(zip(keys[half:], child.next(), strict=True))
            finally:
                child.close()
        write_kept(self.file, self.stamp, (pages, prints, self.vocabulary))
