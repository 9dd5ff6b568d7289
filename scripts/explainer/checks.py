"""Checks that refuse what would otherwise pass in silence: files the pipeline would not
read, line numbers that name no line, a citation given twice, and messages kept to one
per cause.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cite
from .model import Problem, citations_of

if TYPE_CHECKING:
    from .yamlfile import Where


KNOWN_FILES = {
    "ignored.yml": "what the reports should stop listing, and why",
    "sources": "the articles",
    "schemas": "the JSON Schemas an editor checks the curated files against (make schema)",
}


def check_files(root: Path, problems: list[Problem], curated: set[str]) -> set[str]:
    """Every file in the content folder is one the pipeline reads: a misspelt name must not
    drop its items in silence, and a symbolic link could publish a file from elsewhere.
    The names of articles without metadata, whose citations need no message of their own."""
    known = curated | set(KNOWN_FILES)
    orphans: set[str] = set()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue  # hidden: an editor's or the system's, never content
        name = str(path.relative_to(root.parent))
        if path.is_symlink():
            problems.append(
                Problem(
                    name, None, path.name, "a symbolic link", "copy the file in: a link could point outside the project"
                )
            )
        elif len(rel.parts) == 1 and rel.name not in known:
            close = difflib.get_close_matches(rel.name, sorted(known), n=1)
            hint = f"did you mean {close[0]}? " if close else ""
            problems.append(
                Problem(
                    name,
                    None,
                    path.name,
                    "unknown file in content/",
                    f"{hint}files read are: {', '.join(sorted(known))}",
                )
            )
        elif len(rel.parts) == 2 and rel.parts[0] == "sources":
            if path.is_dir() or path.suffix not in (".txt", ".yml"):
                problems.append(
                    Problem(
                        name,
                        None,
                        path.name,
                        "unknown file in content/sources/",
                        "sources/ holds NAME.txt, the article, and NAME.yml, its metadata",
                    )
                )
            elif path.suffix == ".txt" and not path.with_suffix(".yml").exists():
                orphans.add(path.stem)
                problems.append(
                    Problem(
                        name,
                        None,
                        path.stem,
                        "an article without metadata",
                        f"describe it in {path.with_suffix('.yml').name} (see the README's Adding an article)",
                    )
                )
    return orphans


def twice_cited(item: Any, where: Where, name: str, problems: list[Problem]) -> None:
    """The same quote twice in one list of citations adds nothing and hides a slip."""
    cited: set[tuple[tuple[str | int, ...], str, str]] = set()
    for path, citation in citations_of(item) if hasattr(item, "cites") else []:
        key = (path[:-1], citation.source, cite.normalise(citation.quote))
        if key in cited:
            problems.append(Problem(name, where.line(*path), item.id, "the same citation twice", "remove one of them"))
        cited.add(key)


def distinct_dated_ids(curated: dict[str, list[tuple[Any, Where, str]]], problems: list[Problem]) -> None:
    """Events and quotations share one table of dates, looked up by id: an id used by both
    would give one the other's date."""
    owner: dict[str, str] = {}
    for filename in ("events.yml", "quotes.yml"):
        for item, where, name in curated[filename]:
            if owner.setdefault(item.id, filename) != filename:
                problems.append(
                    Problem(
                        name,
                        where.line("id"),
                        item.id,
                        f"id already used in {owner[item.id]}: dates are looked up by id",
                        "give the item an id of its own",
                    )
                )


LISTED = 40  # ids a hint lists in full; past that, the closest few


def choices(value: str, known: set[str]) -> str:
    """What may be written instead: every id when there are few, else the closest."""
    if not known:
        return "define it first"
    if len(known) <= LISTED:
        return f"use one of: {', '.join(sorted(known))}"
    close = difflib.get_close_matches(value, sorted(known), n=5, cutoff=0.0)
    return f"the closest of the {len(known)} defined: {', '.join(close)}"


def one_per_cause(problems: list[Problem]) -> list[Problem]:
    """A primary problem (such as a blank or unreadable value) hides the others it caused
    on its line, and a problem found twice is reported once."""
    primary = {(p.file, p.line) for p in problems if p.primary}
    return list(dict.fromkeys(p for p in problems if p.primary or (p.file, p.line) not in primary))
