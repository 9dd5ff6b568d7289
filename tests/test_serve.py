"""`mkdocs serve` as a curator uses it: a saved edit to content/ is served after one rebuild,
with what scripts/hooks.py watches, and the site is the same from compiled templates."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from bench.serve import edit_title, event_page, fetch, mkdocs_serve, wait_for
from conftest import mkdocs_build


@pytest.mark.parametrize("dirty", [False, True])
def test_saved_edit_is_served_after_one_rebuild(project: Path, dirty: bool) -> None:
    """Also with `--dirty` (as `make serve` runs it), where MkDocs renders only the pages the generator rewrote."""
    log = project.parent / "serve.log"
    with mkdocs_serve(project, log, dirty) as site:
        edit_title(project / "content" / "events.yml", "A title saved while serving")
        wait_for(site + event_page(project), "A title saved while serving", 60)
        time.sleep(2)  # room for a second rebuild, set off by the pages the first one wrote
    text = log.read_text(encoding="utf-8")
    assert text.count("Detected file changes") == 1, text
    watched = next(line for line in text.splitlines() if "Watching paths for changes" in line)
    for path in ("'mkdocs.yml'", "'content'", "'scripts/explainer'", "'docs/assets'"):
        assert path in watched, watched
    assert "'docs'" not in watched, "the generated pages are not watched"


def test_search_index_follows_a_saved_edit(project: Path) -> None:
    """Serving, the hook makes the search index beside the server (hooks.Indexer): the edited
    page is served first, then the index is made again from the rebuilt site."""
    log = project.parent / "serve.log"
    with mkdocs_serve(project, log, dirty=True) as site:
        entry = site + "pagefind/pagefind-entry.json"
        before = changed(entry, "", 60)  # the first build's index
        edit_title(project / "content" / "events.yml", "A title the search index follows")
        wait_for(site + event_page(project), "A title the search index follows", 60)
        changed(entry, before, 60)
    assert "search index not updated" not in log.read_text(encoding="utf-8")


def changed(url: str, before: str, limit: float) -> str:
    """What `url` serves once it differs from `before`, polling; an error past `limit` seconds."""
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if (now := fetch(url)) != before:
            return now
        time.sleep(0.1)
    raise AssertionError(f"{url} still served the same after {limit:.0f} s")


def test_site_is_the_same_from_compiled_theme_templates(project: Path) -> None:
    """The hook keeps the theme's compiled templates in .explainer-cache/: a build that finds them
    makes the same pages as one that compiled them."""
    assert mkdocs_build(project, "cold").returncode == 0
    assert len(list((project / ".explainer-cache" / "theme-templates").iterdir())) > 20
    assert mkdocs_build(project, "warm").returncode == 0
    cold = {p.relative_to(project / "cold"): p.read_bytes() for p in (project / "cold").rglob("*.html")}
    warm = {p.relative_to(project / "warm"): p.read_bytes() for p in (project / "warm").rglob("*.html")}
    assert cold.keys() == warm.keys() and len(cold) > 50
    assert [p for p in cold if cold[p] != warm[p]] == []
