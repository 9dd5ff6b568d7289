"""Load and validate: YAML files (with line numbers) into the checked model.

Every problem of a run is collected, each with file, line, item id and a hint, so a
curator fixes them all in one pass. Nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import msgspec
import yaml

from . import cite, sources
from .dated import check_phases, resolve_dates
from .model import (
    SLUG,
    Actor,
    Citation,
    Event,
    Fact,
    Ignored,
    Issue,
    PartialDate,
    Phase,
    Problem,
    Quote,
    Resolved,
    Site,
    Source,
    SourceMeta,
    Term,
    citations_of,
)

CURATED: dict[str, type[msgspec.Struct]] = {
    "phases.yml": Phase,
    "actors.yml": Actor,
    "events.yml": Event,
    "issues.yml": Issue,
    "glossary.yml": Term,
    "quotes.yml": Quote,
    "summit.yml": Fact,
}
HINTS = {  # by words of msgspec's message
    SLUG: "use lowercase words joined by hyphens",
    "length >= 1": "give at least one entry: every fact needs a citation",
    "encoded date": "write the date as YYYY-MM-DD",
    "encoded time": "write the time as HH:MM:SS",
}
YAML_WORDS = {"`array`": "`list`", "`object`": "`mapping`"}  # msgspec speaks JSON; curators write YAML


class LoadError(Exception):
    """Raised with every problem found, so nothing is built from bad input."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems


LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: several times faster
CHUNK_LINES = 500  # how much of a top-level list `parse` reads at a time


def parse(text: str) -> Any:
    """The YAML's data. A top-level list is parsed a few hundred lines at a time, cut
    where an item starts: PyYAML first builds a node tree of the whole document, some
    25 times the size of the text and slower to make than the data. Whatever the pieces
    do not read as lists (a mapping, an alias into another piece, an error) is parsed
    whole, so the result and any error with its line are the same as one parse gives."""
    pieces, start, lines = [], 0, text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if i - start >= CHUNK_LINES and (line.startswith("- ") or line.rstrip() == "-"):
            pieces.append("".join(lines[start:i]))
            start = i
    if not pieces:
        return yaml.load(text, Loader=LOADER)
    pieces.append("".join(lines[start:]))
    data: list[Any] = []
    for piece in pieces:
        try:
            part = yaml.load(piece, Loader=LOADER)
        except yaml.YAMLError:
            part = None
        if not isinstance(part, list):
            return yaml.load(text, Loader=LOADER)
        data += part
    return data


class Lines:
    """Line numbers in one YAML file, read and parsed again only when a problem asks for
    one: the node tree costs far more time and memory than the data, and a valid file
    never needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.root: yaml.Node | None = None

    def line(self, *path: str | int) -> int:
        if self.root is None:
            self.root = yaml.compose(self.path.read_text(encoding="utf-8"), Loader=LOADER)
        node = self.root
        for key in path:
            if isinstance(node, yaml.MappingNode):
                match = [v for k, v in node.value if k.value == key]
                if not match:
                    break
                node = match[0]
            elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
                node = node.value[key]
            else:
                break
        return node.start_mark.line + 1


@dataclass(frozen=True)
class Where:
    """A place in a YAML file (an item, or the file itself) that can report its line."""

    lines: Lines
    path: tuple[str | int, ...] = ()

    def at(self, *path: str | int) -> Where:
        return Where(self.lines, self.path + path)

    def line(self, *path: str | int) -> int:
        return self.lines.line(*self.path, *path)


def _relative(path: Path, root: Path) -> str:
    return str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)


def read_yaml(path: Path, root: Path, problems: list[Problem]) -> tuple[Any, Where | None]:
    """The data and where it came from, or (None, None) with the problem recorded."""
    name = _relative(path, root)
    try:
        text = path.read_text(encoding="utf-8")
        data = parse(text)
    except UnicodeDecodeError:
        problems.append(Problem(name, None, path.name, "not UTF-8", "save the file as UTF-8"))
        return None, None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        problems.append(
            Problem(name, line, path.name, f"YAML syntax: {err.problem}", "check indentation, colons and quotes")
        )
        return None, None
    return data, Where(Lines(path))


def _validate(
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
            found.append(((key, *path), message, _hint(message, fields[key].type)))
    found += [((key,), "missing", "add the field") for key, f in fields.items() if f.required and key not in data]
    return found


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


def load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    found: dict[str, Source] = {}
    for meta_path in sorted((root / "sources").glob("*.yml")):
        name = _relative(meta_path, root)
        data, where = read_yaml(meta_path, root, problems)
        if where is None:
            continue
        meta = _validate(SourceMeta, data, where, name, meta_path.stem, problems)
        if meta is None:
            continue
        text_path = meta_path.with_suffix(".txt")
        if not text_path.exists():
            problems.append(
                Problem(
                    name, 1, meta.id, f"no text file {text_path.name}", "put the article's text beside its metadata"
                )
            )
            continue
        if meta.id in found:
            problems.append(
                Problem(name, where.line("id"), meta.id, "duplicate source id", "give each source its own id")
            )
            continue
        data = text_path.read_bytes()
        digest = sources.sha256(data)
        if digest != meta.sha256:
            problems.append(
                Problem(
                    name,
                    where.line("sha256"),
                    meta.id,
                    f"{text_path.name} does not match its checksum (now {digest})",
                    "sources are never edited: restore the text, or for a new version of the article update sha256",
                )
            )
            continue
        text = sources.decode(text_path, data, problems)
        if text is None:
            continue
        for at, message in sources.check_corrections(meta, text):
            hint = "name a line with text, numbered as `explainer add` prints them"
            problems.append(Problem(name, where.line(*at), meta.id, message, hint))
        found[meta.id] = sources.ingest(meta, text_path, text)
        for at, message in sources.lost_aliases(found[meta.id]):
            hint = "set that entry to null to say the old link is gone (the others keep their numbers)"
            problems.append(Problem(name, where.line(*at), meta.id, message, hint))
    return found


def load_curated(root: Path, problems: list[Problem]) -> dict[str, list[tuple[Any, Where, str]]]:
    """Each curated file's valid items, with their nodes for later line numbers."""
    out: dict[str, list[tuple[Any, Where, str]]] = {}
    for filename, model in CURATED.items():
        path = root / filename
        name = _relative(path, root)
        out[filename] = []
        if not path.exists():
            continue
        data, whole = read_yaml(path, root, problems)
        if whole is None:
            continue
        if not isinstance(data, list):
            problems.append(Problem(name, 1, filename, "expected a list of items", "start each item with '- id: ...'"))
            continue
        seen: set[str] = set()
        for i, raw in enumerate(data):
            where = whole.at(i)
            item_id = raw.get("id", f"item {i + 1}") if isinstance(raw, dict) else f"item {i + 1}"
            item = _validate(model, raw, where, name, str(item_id), problems)
            if item is None:
                continue
            if item.id in seen:
                problems.append(Problem(name, where.line("id"), item.id, "duplicate id", "give each item its own id"))
                continue
            seen.add(item.id)
            out[filename].append((item, where, name))
    return out


def check_refs(curated: dict[str, list[tuple[Any, Where, str]]], problems: list[Problem]) -> None:
    actors = {a.id for a, _, _ in curated["actors.yml"]}
    parties = {a.id for a, _, _ in curated["actors.yml"] if a.party}
    issues = {i.id for i, _, _ in curated["issues.yml"]}
    phases = {p.id for p, _, _ in curated["phases.yml"]}
    events = {e.id for e, _, _ in curated["events.yml"]}

    def need(value: str, known: set[str], what: str, where: Where, name: str, item: str, *path: str | int) -> None:
        if value not in known:
            hint = f"use one of: {', '.join(sorted(known))}"[:300] if known else f"define the {what} first"
            problems.append(Problem(name, where.line(*path), item, f"unknown {what} {value!r}", hint))

    for actor, where, name in curated["actors.yml"]:
        need(actor.side, actors, "side (an actor id)", where, name, actor.id, "side")
    for event, where, name in curated["events.yml"]:
        need(event.phase, phases, "phase (an id in phases.yml)", where, name, event.id, "phase")
        for i, a in enumerate(event.actors):
            need(a, actors, "actor", where, name, event.id, "actors", i)
        for i, t in enumerate(event.topics):
            need(t, issues, "issue", where, name, event.id, "topics", i)
    for issue, where, name in curated["issues.yml"]:
        for i, s in enumerate(issue.stances):
            need(s.party, parties, "party (an actor with party: true)", where, name, issue.id, "stances", i, "party")
    for quote, where, name in curated["quotes.yml"]:
        need(quote.speaker, actors, "speaker (an actor id)", where, name, quote.id, "speaker")
        if quote.event:
            need(quote.event, events, "event", where, name, quote.id, "event")


def resolve_citations(
    curated: dict[str, list[tuple[Any, Where, str]]], indexes: dict[str, cite.Index], problems: list[Problem]
) -> dict[tuple[str, str], Resolved]:
    resolved: dict[tuple[str, str], Resolved] = {}
    for items in curated.values():
        for item, where, name in items:
            if not hasattr(item, "cites"):  # phases cite nothing
                continue
            for path, citation in citations_of(item):
                key = (citation.source, citation.quote)
                if key in resolved:
                    continue
                paragraph, exact_or_hint = cite.locate(citation, indexes)
                if paragraph is None:
                    what = "source" if citation.source not in indexes else "quote not found in its source"
                    field = "source" if what == "source" else "quote"
                    problems.append(
                        Problem(
                            name, where.line(*path, field), item.id, f"{what}: {citation.quote[:60]!r}", exact_or_hint
                        )
                    )
                else:
                    resolved[key] = Resolved(citation, paragraph, exact_or_hint)
            first = resolved.get((item.cites[0].source, item.cites[0].quote))
            if (
                isinstance(item, Quote)
                and first
                and cite.normalise(item.text) not in cite.normalise(first.paragraph.text)
            ):
                problems.append(
                    Problem(
                        name,
                        where.line("text"),
                        item.id,
                        f"text not in the first citation's paragraph: {item.text[:60]!r}",
                        "copy the quoted words exactly from the paragraph the first citation points to",
                    )
                )
    return resolved


def load_ignored(
    root: Path, indexes: dict[str, cite.Index], problems: list[Problem]
) -> tuple[dict[tuple[str, int], str], dict[tuple[str, str], str]]:
    """What the curator set aside in ignored.yml: paragraphs by quote, candidates by text."""
    path = root / "ignored.yml"
    if not path.exists():
        return {}, {}
    name = _relative(path, root)
    data, where = read_yaml(path, root, problems)
    ignored = _validate(Ignored, data or {}, where, name, "ignored", problems) if where else None
    if ignored is None:
        return {}, {}
    paragraphs: dict[tuple[str, int], str] = {}
    for i, entry in enumerate(ignored.paragraphs):
        paragraph, hint = cite.locate(Citation(source=entry.source, quote=entry.quote), indexes)
        if paragraph is None:
            problems.append(Problem(name, where.line("paragraphs", i, "quote"), "ignored", "paragraph not found", hint))
        else:
            paragraphs[(entry.source, paragraph.number)] = entry.reason
    candidates = {(c.kind, cite.normalise(c.text)): c.reason for c in ignored.candidates}
    return paragraphs, candidates


def assemble(
    found: dict[str, Source],
    curated: dict[str, list[tuple[Any, Where, str]]],
    resolved: dict[tuple[str, str], Resolved],
    when: dict[str, PartialDate],
    estimates: dict[str, str],
) -> Site:
    """The checked pieces as one model, each collection in display order."""

    def items(filename: str, key: Any = None) -> dict[str, Any]:
        listed = [item for item, _, _ in curated[filename]]
        return {item.id: item for item in (sorted(listed, key=key) if key else listed)}

    def by_date(item: Any) -> tuple:
        """Earliest day first (undated last); then the curator's `order`; then as listed (the sort is stable)."""
        return (when[item.id].start if item.id in when else dt.date.max, getattr(item, "order", 0))

    return Site(
        sources=found,
        phases=items("phases.yml"),
        actors=items("actors.yml"),
        events=items("events.yml", by_date),
        issues=items("issues.yml"),
        terms=items("glossary.yml", lambda t: t.term.lower()),
        quotes=items("quotes.yml", by_date),
        facts=items("summit.yml"),
        resolved=resolved,
        dates=when,
        estimates=estimates,
    )


def load(root: Path) -> Site:
    """The whole checked model from the content folder, or LoadError with every problem.

    The stages run in order (sources, curated files, references, citations, dates) and
    each adds to one list of problems, so a run reports all of them at once.
    """
    gc.disable()  # loading only allocates: collection passes over the growing model cost half the time
    try:
        problems: list[Problem] = []
        found = load_sources(root, problems)
        if not found and not problems:
            problems.append(
                Problem(str(root / "sources"), None, "sources", "no source articles", "add NAME.txt and NAME.yml")
            )
        curated = load_curated(root, problems)
        check_refs(curated, problems)
        indexes = {sid: cite.Index.of(src) for sid, src in found.items()}
        resolved = resolve_citations(curated, indexes, problems)
        when, estimates = resolve_dates(curated, found, resolved, problems)
        check_phases(curated, when, problems)
        ignored = load_ignored(root, indexes, problems)
    finally:
        gc.enable()
    if problems:
        raise LoadError(problems)
    site = assemble(found, curated, resolved, when, estimates)
    site.ignored_paragraphs, site.ignored_candidates = ignored
    return site
