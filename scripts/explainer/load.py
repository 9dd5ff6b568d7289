"""Load and validate: YAML files (with line numbers) into the checked model.

Every problem of a run is collected, each with file, line, item id and a hint, so a
curator fixes them all in one pass. Nothing here writes a file.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec

from . import checks, cite, validate
from .articles import load_sources
from .dated import check_phases, resolve_dates
from .forked import Forked
from .model import (
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
    Term,
    citations_of,
    short,
)
from .yamlfile import LoadError, Where, code_digest, internal, read_yaml, relative

CURATED: dict[str, type[msgspec.Struct]] = {
    "phases.yml": Phase,
    "actors.yml": Actor,
    "events.yml": Event,
    "issues.yml": Issue,
    "glossary.yml": Term,
    "quotes.yml": Quote,
    "summit.yml": Fact,
}


def load_curated(
    root: Path, problems: list[Problem], failed: dict[str, set[str] | None] | None = None, parsed: Path | None = None
) -> dict[str, list[tuple[Any, Where, str]]]:
    """Each curated file's valid items, with their nodes for later line numbers. `failed`
    gets, by file, the ids of items already reported as invalid, or None for a file that
    could not be read: references to them are not reported again."""
    out: dict[str, list[tuple[Any, Where, str]]] = {}
    failed = {} if failed is None else failed
    for filename, model in CURATED.items():
        path = root / filename
        name = relative(path, root)
        out[filename] = []
        if not path.exists() or path.is_symlink():  # a link is reported by check_files
            continue
        failed[filename] = None
        data, whole = read_yaml(path, root, problems, parsed=parsed)
        if whole is None:
            continue
        if not isinstance(data, list):
            problems.append(Problem(name, 1, filename, "expected a list of items", "start each item with '- id: ...'"))
            continue
        invalid: set[str] = set()
        failed[filename] = invalid
        seen: set[str] = set()
        for i, raw in enumerate(data):
            where = whole.at(i)
            item_id = raw.get("id", f"item {i + 1}") if isinstance(raw, dict) else f"item {i + 1}"
            item = validate.validate(model, raw, where, name, str(item_id), problems)
            if item is None:
                invalid.add(str(item_id))
                continue
            if item.id in seen:
                problems.append(Problem(name, where.line("id"), item.id, "duplicate id", "give each item its own id"))
                continue
            seen.add(item.id)
            checks.twice_cited(item, where, name, problems)
            out[filename].append((item, where, name))
    return out


def check_refs(
    curated: dict[str, list[tuple[Any, Where, str]]],
    problems: list[Problem],
    failed: dict[str, set[str] | None] | None = None,
) -> None:
    """Every id an item names is defined, unless what defines it was already reported."""
    failed = failed or {}
    actors = {a.id for a, _, _ in curated["actors.yml"]}
    parties = {a.id for a, _, _ in curated["actors.yml"] if a.party}
    issues = {i.id for i, _, _ in curated["issues.yml"]}
    phases = {p.id for p, _, _ in curated["phases.yml"]}
    events = {e.id for e, _, _ in curated["events.yml"]}
    actors_gone, issues_gone = failed.get("actors.yml", set()), failed.get("issues.yml", set())
    phases_gone, events_gone = failed.get("phases.yml", set()), failed.get("events.yml", set())

    def need(
        value: str, known: set[str], gone: set[str] | None, what: str, where: Where, name: str, item: str, *path: Any
    ) -> None:
        if value in known or gone is None or value in gone:
            return
        problems.append(
            Problem(name, where.line(*path), item, f"unknown {what} {short(value)!r}", checks.choices(value, known))
        )

    for actor, where, name in curated["actors.yml"]:
        need(actor.side, actors, actors_gone, "side (an actor id)", where, name, actor.id, "side")
    for event, where, name in curated["events.yml"]:
        need(event.phase, phases, phases_gone, "phase (an id in phases.yml)", where, name, event.id, "phase")
        for i, a in enumerate(event.actors):
            need(a, actors, actors_gone, "actor", where, name, event.id, "actors", i)
        for i, t in enumerate(event.topics):
            need(t, issues, issues_gone, "issue", where, name, event.id, "topics", i)
    for issue, where, name in curated["issues.yml"]:
        for i, s in enumerate(issue.stances):
            what = "party (an actor with party: true)"
            need(s.party, parties, actors_gone, what, where, name, issue.id, "stances", i, "party")
    for quote, where, name in curated["quotes.yml"]:
        need(quote.speaker, actors, actors_gone, "speaker (an actor id)", where, name, quote.id, "speaker")
        if quote.event:
            need(quote.event, events, events_gone, "event", where, name, quote.id, "event")


def resolve_citations(
    curated: dict[str, list[tuple[Any, Where, str]]],
    indexes: dict[str, cite.Index],
    problems: list[Problem],
    broken: set[str] | frozenset[str] = frozenset(),
) -> dict[tuple[str, str], Resolved]:
    """Each citation found in its source. Citations of a `broken` source (already reported)
    are passed over: one root cause, one message."""
    resolved: dict[tuple[str, str], Resolved] = {}
    for items in curated.values():
        for item, where, name in items:
            if not hasattr(item, "cites"):  # phases cite nothing
                continue
            for path, citation in citations_of(item):
                key = (citation.source, citation.quote)
                if key in resolved or citation.source in broken:
                    continue
                found = cite.locate(citation, indexes)
                if isinstance(found, cite.Miss):
                    field = "source" if citation.source not in indexes else "quote"
                    problems.append(Problem(name, where.line(*path, field), item.id, found.message, found.hint))
                else:
                    resolved[key] = Resolved(citation, *found)
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
                        f"text not in the first citation's paragraph: {short(item.text, cite.QUOTE_SHOWN)!r}",
                        "copy the quoted words exactly from the paragraph the first citation points to",
                    )
                )
    return resolved


def load_ignored(
    root: Path, indexes: dict[str, cite.Index], problems: list[Problem], broken: set[str] | frozenset[str] = frozenset()
) -> tuple[dict[tuple[str, int], str], dict[tuple[str, str], str]]:
    """What the curator set aside in ignored.yml: paragraphs by quote, candidates by text."""
    path = root / "ignored.yml"
    if not path.exists() or path.is_symlink():
        return {}, {}
    name = relative(path, root)
    data, where = read_yaml(path, root, problems, allow_empty=True)
    ignored = validate.validate(Ignored, data or {}, where, name, "ignored", problems) if where else None
    if ignored is None:
        return {}, {}
    paragraphs: dict[tuple[str, int], str] = {}
    for i, entry in enumerate(ignored.paragraphs):
        if entry.source in broken:
            continue
        found = cite.locate(Citation(source=entry.source, quote=entry.quote), indexes)
        if isinstance(found, cite.Miss):
            field = "source" if entry.source not in indexes else "quote"
            problems.append(Problem(name, where.line("paragraphs", i, field), "ignored", found.message, found.hint))
        else:
            paragraphs[(entry.source, found[0].number)] = entry.reason
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


def load(root: Path, parsed: Path | None = None, forked: bool = False) -> Site:
    """The whole checked model from the content folder, or LoadError with every problem.

    The stages run in order (sources, curated files, references, citations, dates) and
    each adds to one list of problems, so a run reports all of them at once. `parsed` keeps
    each valid YAML file's data between runs (see yamlfile.parse). `forked`: the sources
    are read in a forked process while this one reads the curated files (see `_sources`).
    """
    with internal("checking", relative(root, root)):
        return _load(root, parsed, forked)


def _sources(
    root: Path, broken: set[str], parsed: Path | None, forked: bool
) -> Callable[[], tuple[dict[str, Source], list[Problem], set[str]]]:
    """load_sources, begun in a forked process when `forked`: at 1,000 realistic articles the
    sources took 4.7 s of CPU and the curated files 7.1 s, and the sources read came back
    pickled in 0.4 s (8.5 MB). Called, it gives the sources, their problems and `broken`."""

    def read() -> tuple[dict[str, Source], list[Problem], set[str]]:
        problems: list[Problem] = []
        return load_sources(root, problems, broken, parsed), problems, broken

    if not forked:
        done = read()
        return lambda: done
    child = Forked(lambda: [read()])

    def received() -> tuple[dict[str, Source], list[Problem], set[str]]:
        try:
            return child.next()
        finally:
            child.close()

    return received


def _load(root: Path, parsed: Path | None, forked: bool = False) -> Site:
    gc.disable()  # loading only allocates: collection passes over the growing model cost half the time
    try:
        problems: list[Problem] = []
        broken: set[str] = checks.check_files(root, problems, set(CURATED))
        sources = _sources(root, broken, parsed, forked)
        curated_problems: list[Problem] = []
        failed: dict[str, set[str] | None] = {}
        curated = load_curated(root, curated_problems, failed, parsed)
        found, source_problems, broken = sources()
        problems += source_problems
        if not found and not problems:
            problems.append(
                Problem(
                    relative(root / "sources", root),
                    None,
                    "sources",
                    "no source articles",
                    "add NAME.txt and NAME.yml",
                )
            )
        problems += curated_problems
        check_refs(curated, problems, failed)
        indexes = {sid: cite.Index.of(src) for sid, src in found.items()}
        keep = cite.kept_hits(indexes, parsed / "cited.pickle", code_digest()) if parsed else None
        resolved = resolve_citations(curated, indexes, problems, broken)
        checks.distinct_dated_ids(curated, problems)
        when, estimates = resolve_dates(curated, found, resolved, problems)
        check_phases(curated, when, problems)
        ignored = load_ignored(root, indexes, problems, broken)
    finally:
        gc.enable()
    if problems:
        raise LoadError(checks.one_per_cause(problems))
    if keep:
        keep()
    site = assemble(found, curated, resolved, when, estimates)
    site.ignored_paragraphs, site.ignored_candidates = ignored
    return site
