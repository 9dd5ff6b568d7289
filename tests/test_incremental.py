"""The incremental render (explainer.incremental): after each kind of edit, the pages a run
renders again, with the ones it keeps, are byte for byte what a render from scratch makes;
and a run renders fewer pages than there are. Real generator runs on copies of content/:
the real one, and a small synthetic corpus whose long lists are in parts."""

from __future__ import annotations

import copy
import hashlib
import pickle
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from bench import synthetic
from conftest import ROOT
from explainer import RENDERED, generate, yamlfile
from explainer.incremental import Memory
from explainer.load import load
from explainer.paging import SIZES
from explainer.render import render_all
from explainer.write import KEPT, write_pages

Edit = Callable[[Path], None]


def read(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def dump(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def edit_list(name: str, change: Callable[[list[dict[str, Any]]], None]) -> Edit:
    def edit(content: Path) -> None:
        items = read(content / name)
        change(items)
        dump(content / name, items)

    return edit


def retitle(items: list[dict[str, Any]]) -> None:
    items[0]["title"] += " (edited)"


def rename(items: list[dict[str, Any]]) -> None:
    items[-1]["name"] += " Edited"


def drop_last(items: list[dict[str, Any]]) -> None:
    items.pop()


def new_term(content: Path) -> None:
    """A term whose abbreviation is a word the pages already print (from the first event's
    title), so pages nothing they read has changed must gain its definition."""
    title = read(content / "events.yml")[0]["title"]
    word = next(w for w in re.findall(r"[A-Za-z]+", title) if len(w) >= 4)
    terms = read(content / "glossary.yml")
    terms.append({**copy.deepcopy(terms[0]), "id": "added-term", "term": "Added term", "abbreviation": word})
    terms[-1].pop("note", None)
    dump(content / "glossary.yml", terms)


def retitle_source(content: Path) -> None:
    meta = sorted((content / "sources").glob("*.yml"))[0]
    data = read(meta)
    data["short_title"] = "Edited " + data["short_title"][:30]
    dump(meta, data)


EDITS: dict[str, Edit] = {
    "an event's title": edit_list("events.yml", retitle),
    "an actor's name": edit_list("actors.yml", rename),
    "a new glossary term": new_term,
    "a source's metadata": retitle_source,
    "a removed quotation": edit_list("quotes.yml", drop_last),
    "a removed event": edit_list("events.yml", drop_last),
}


def tree(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def run(content: Path, docs: Path, forked: bool = False) -> tuple[int, int]:
    """`explainer.generate`'s steps, counting the pages rendered again and all the pages;
    `forked`, every other page rendered in a second process."""
    memory = Memory.open(docs.parent / RENDERED / f"{docs.name}.pickle", docs, SIZES)
    counts = [0, 0]

    def counted(pages: Any) -> Any:
        for path, page in pages:
            if path.endswith(".md"):
                counts[0] += page is not KEPT
                counts[1] += 1
            yield path, page

    write_pages(counted(render_all(load(content), sizes=SIZES, memory=memory, forked=forked)), docs)
    memory.save(forked)
    return counts[0], counts[1]


@pytest.fixture(params=["real", "synthetic"])
def content(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A copy of the real content/, or four synthetic articles (events, terms, actors and the
    matrix in parts at the usual sizes)."""
    if request.param == "real":
        return Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    assert synthetic.expected(4)["events"] > SIZES["events"]
    return synthetic.write(synthetic.corpus(4, seed=7), tmp_path / "content")


@pytest.mark.parametrize("forked", [False, True], ids=["one process", "forked"])
def test_each_edit_renders_what_a_full_render_does(content: Path, tmp_path: Path, forked: bool) -> None:
    docs = tmp_path / "docs"
    rendered, total = run(content, docs, forked)
    assert rendered == total  # nothing kept yet
    assert run(content, docs, forked) == (0, total)  # nothing changed: nothing rendered
    for what, edit in EDITS.items():
        edit(content)
        rendered, total = run(content, docs, forked)
        fresh = tmp_path / f"fresh-{len(what)}"
        generate(content, fresh)
        assert tree(docs) == tree(fresh), what
        assert 0 < rendered < total, f"{what}: {rendered} of {total} pages rendered"


def test_a_changed_file_in_docs_is_rendered_again(tmp_path: Path) -> None:
    content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    docs = tmp_path / "docs"
    generate(content, docs)
    made = tree(docs)
    (docs / "timeline.md").write_text("edited by hand\n", encoding="utf-8")
    (docs / "glossary.md").unlink()
    generate(content, docs)
    assert tree(docs) == made


def test_kept_reads_of_other_code_are_not_used(tmp_path: Path) -> None:
    """Another page size (like other code or templates) is another stamp: everything is rendered."""
    content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    docs = tmp_path / "docs"
    run(content, docs)
    file = docs.parent / RENDERED / f"{docs.name}.pickle"
    assert Memory.open(file, docs, SIZES).pages
    assert not Memory.open(file, docs, {**SIZES, "events": SIZES["events"] + 1}).pages


def test_quotes_found_before_are_found_as_a_fresh_search_finds_them(tmp_path: Path) -> None:
    """Citations kept by their source's text (cite.kept_hits) resolve as a fresh search does;
    a changed source text keeps none of its hits."""
    content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    parsed = tmp_path / "parsed"
    fresh = load(content).resolved
    assert load(content, parsed).resolved == fresh  # finds each quote, keeps it
    kept = read_kept(parsed)
    assert sum(len(hits) for hits in kept.values()) >= len({quote for _, quote in fresh})
    assert load(content, parsed).resolved == fresh  # reads them back
    text = sorted((content / "sources").glob("*.txt"))[0]
    text.write_text(text.read_text(encoding="utf-8") + "\nA line added at the end.\n", encoding="utf-8")
    meta = text.with_suffix(".yml")
    data = read(meta)
    data["sha256"] = hashlib.sha256(text.read_bytes()).hexdigest()
    dump(meta, data)
    again = load(content, parsed)
    assert again.resolved == load(content).resolved
    assert len(read_kept(parsed)) == len(kept)  # the changed source's hits are under its new text


def read_kept(parsed: Path) -> dict[bytes, dict[str, Any]]:
    return pickle.loads((parsed / "cited.pickle").read_bytes())


def test_an_edit_to_a_long_list_parses_the_pieces_around_it_only(tmp_path: Path) -> None:
    """Pieces are cut where the text says, so an edit that adds lines keeps the pieces
    before and after it; the data is what one parse gives."""
    text = synthetic.corpus(8, seed=3)["events.yml"]
    kept = tmp_path / "events.yml.pickle"
    assert yamlfile.parse(text, kept) == yaml.safe_load(text)
    before = yamlfile.read_kept(kept.with_suffix(".pieces"), b"", {})
    assert len(before) > 10
    lines = text.splitlines(keepends=True)
    middle = next(i for i in range(len(lines) // 2, len(lines)) if lines[i].startswith("  title: "))
    lines[middle] = '  title: "A longer title"\n  note: "A note added by the edit."\n'
    edited = "".join(lines)
    assert yamlfile.parse(edited, kept) == yaml.safe_load(edited)
    after = yamlfile.read_kept(kept.with_suffix(".pieces"), b"", {})
    assert len(before.keys() - after.keys()) == 1 and len(after.keys() - before.keys()) == 1


@pytest.mark.parametrize(
    ("added", "problem"),
    [('  note: "a bell \\a rings"\n', "control character"), ("  note: &mark x\n", "anchor")],
)
def test_a_file_checked_before_is_checked_again_once_changed(tmp_path: Path, added: str, problem: str) -> None:
    """The checks of a file's text and strings are kept for that very text (yamlfile._checked):
    an edit that brings a control character or an anchor is still refused."""
    content = Path(shutil.copytree(ROOT / "content", tmp_path / "content"))
    parsed, problems = tmp_path / "parsed", []
    events = content / "events.yml"
    clean = yamlfile.read_yaml(events, content, problems, parsed=parsed)[0]
    assert problems == [] and list(parsed.glob("*.checked"))
    assert yamlfile.read_yaml(events, content, problems, parsed=parsed)[0] == clean and problems == []
    lines = events.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("  title: "))
    events.write_text("".join([*lines[: at + 1], added, *lines[at + 1 :]]), encoding="utf-8")
    yamlfile.read_yaml(events, content, problems, parsed=parsed)
    assert len(problems) == 1 and problem in problems[0].message, problems
