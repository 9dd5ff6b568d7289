"""Sources kept between runs (articles.ingest): a kept source is the one a fresh read makes, and
any change to its text, metadata or the generator's code reads it again."""

from __future__ import annotations

from pathlib import Path

import msgspec
from conftest import ROOT
from explainer import sources
from explainer.articles import code_digest, ingest
from explainer.load import load
from explainer.model import Site
from explainer.render import render_all

CONTENT = ROOT / "content"


def pages(site: Site) -> dict[str, bytes]:
    """Every generated file's bytes, by its path."""
    out = {}
    for path, content in render_all(site):
        out[path] = (
            content.encode()
            if isinstance(content, str)
            else content
            if isinstance(content, bytes)
            else b"".join(content)
        )
    return out


def test_pages_from_kept_sources_equal_a_fresh_read(tmp_path: Path) -> None:
    fresh = pages(load(CONTENT))
    parsed = tmp_path / "parsed"
    first = pages(load(CONTENT, parsed))  # reads every source and keeps it
    kept = sorted((parsed / "ingested").glob("*.pickle"))
    assert len(kept) == len(list((CONTENT / "sources").glob("*.yml")))
    assert pages(load(CONTENT, parsed)) == first == fresh  # the second run reads the kept ones


def test_a_kept_source_follows_its_text_metadata_and_code(tmp_path: Path) -> None:
    site = load(CONTENT)
    source = next(iter(site.sources.values()))
    path = Path(source.path)
    text = path.read_text(encoding="utf-8")
    parsed, code = tmp_path / "parsed", code_digest()
    assert ingest(source.meta, path, text, parsed, code) == source
    assert ingest(source.meta, path, text, parsed, code) == source  # kept
    renamed = msgspec.structs.replace(source.meta, title=source.meta.title + " (revised)")
    assert ingest(renamed, path, text, parsed, code).meta == renamed
    shorter = "\n".join(text.splitlines()[:-1])
    assert ingest(source.meta, path, shorter, parsed, code) == sources.ingest(source.meta, path, shorter) != source
    kept = parsed / "ingested" / f"{path.stem}.pickle"
    before = kept.read_bytes()
    assert ingest(source.meta, path, text, parsed, code + b"another version") == source
    assert kept.read_bytes()[:32] != before[:32]  # read again and kept under the new code's key


def test_damaged_kept_files_are_made_again(tmp_path: Path) -> None:
    """A kept file is a speed-up only: one that cannot be read back (cut short, or naming a class
    the code no longer has) is made again, never a traceback."""
    parsed = tmp_path / "parsed"
    fresh = pages(load(CONTENT, parsed))
    kept = [p for p in parsed.rglob("*") if p.is_file()]
    assert kept, "the load must keep something to damage"
    missing_class = b"cnosuchmodule\nThing\n."  # a pickle of a class no module defines
    for damage in (lambda head: missing_class, lambda head: head + missing_class, lambda head: head[:20]):
        for path in kept:
            path.write_bytes(damage(path.read_bytes()[:32]))
        assert pages(load(CONTENT, parsed)) == fresh
