"""Long lists in parts: every item on exactly one part within its size, parts chained, every
link to an item finding its part, and a small site left on its one page per list."""

from __future__ import annotations

import gzip
import posixpath
import re
import shutil
from pathlib import Path

import pytest
from bench import synthetic
from bs4 import BeautifulSoup
from conftest import ROOT, copy_project, mkdocs_build
from explainer.load import load
from explainer.paging import SIZES, Paging, pack, parts
from explainer.render import render_all

LINK = re.compile(r"\]\(([^)\s]+)\)")
ANCHOR = re.compile(r'\{ #([\w-]+) \}|id="([\w-]+)"')
SMALL = {"events": 7, "terms": 6, "actors": 9, "issues": 4, "actor": 3, "sources": 2}
ELEMENTS, KB = 1500, 150  # the issue's budget for every page


def test_pack_joins_small_groups_and_cuts_large_ones() -> None:
    groups = [("a", "1", [1, 2]), ("a", "2", [3]), ("a", "3", [4, 5, 6, 7, 8]), ("b", "1", [9])]
    packed = pack(groups, 3)
    assert [items for _, _, items in packed] == [[1, 2, 3], [4, 5, 6], [7, 8], [9]]
    assert [labels for _, labels, _ in packed] == [["1", "2"], ["3"], ["3"], ["1"]]


def test_parts_are_named_numbered_and_chained() -> None:
    groups = [("x", "Jan", list(range(5))), ("y", "Jan", [5])]
    made = parts("list", groups, 2, lambda labels: " – ".join(labels), str.upper)
    assert [p.title for p in made] == ["X, Jan (1 of 3)", "X, Jan (2 of 3)", "X, Jan (3 of 3)", "Y, Jan"]
    assert len({p.path for p in made}) == len(made)
    assert [p.previous for p in made][1:] == made[:-1] and [p.next for p in made][:-1] == made[1:]


def test_parts_named_alike_get_numbers() -> None:
    """Two runs of groups can span the same first and last label (two sides with one name, say):
    each page still gets its own address."""
    labels = ["Port", "Bay", "Cove", "Port", "Dune", "Cove"]
    groups = [("", label, [n]) for n, label in enumerate(labels)]
    made = parts("list", groups, 3, lambda ls: f"{ls[0]} – {ls[-1]}", str)
    assert [p.path for p in made] == ["list/port-cove-1.md", "list/port-cove-2.md"]
    assert [p.title for p in made] == ["Port – Cove (1 of 2)", "Port – Cove (2 of 2)"]


@pytest.fixture(scope="module")
def synthetic_site(tmp_path_factory: pytest.TempPathFactory):
    content = synthetic.write(synthetic.corpus(4, seed=7), tmp_path_factory.mktemp("paging") / "content")
    return load(content)


def test_every_item_is_on_one_part_within_its_size(synthetic_site) -> None:
    paging = Paging.of(synthetic_site, SMALL)
    for kind, kind_parts, items in (
        ("events", paging.events, synthetic_site.events),
        ("terms", paging.terms, synthetic_site.terms),
        ("actors", paging.actors, synthetic_site.actors),
        ("issues", paging.issues, synthetic_site.issues),
        ("sources", paging.sources, synthetic_site.sources),
    ):
        assert len(items) > SMALL[kind], "the fixture must be large enough to page"
        placed = [item.id for part in kind_parts for item in part.items]
        assert sorted(placed) == sorted(items), kind
        assert all(0 < len(part.items) <= SMALL[kind] for part in kind_parts), kind


def test_every_link_finds_its_page_and_anchor(synthetic_site) -> None:
    made = dict(render_all(synthetic_site, sizes=SMALL))
    pages = {path: text for path, text in made.items() if path.endswith(".md")}
    assert any(p.startswith("timeline/") for p in pages)
    assert any(p.startswith("actors/") and p.count("/") == 2 for p in pages), "no actor page in parts"
    anchors = {path: {a or b for a, b in ANCHOR.findall(text)} for path, text in pages.items()}
    items = {*synthetic_site.events, *synthetic_site.terms, *(f"quote-{q}" for q in synthetic_site.quotes)}
    checked = 0
    for path, text in pages.items():
        for target in LINK.findall(text):
            if "://" in target or target.startswith("#"):
                continue
            file, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), file))
            assert resolved in made, f"{path}: link to a missing file {target}"  # "3&#46;md" was one
            if resolved not in pages:
                continue
            if anchor in items or re.fullmatch(r"p\d+", anchor):  # others are headings' (MkDocs checks those)
                assert anchor in anchors[resolved], f"{path}: {target} has no such anchor"
                checked += 1
    assert checked >= len(synthetic_site.events)  # every event is linked to at least once


def test_small_site_keeps_one_page_per_list() -> None:
    site = load(ROOT / "content")
    assert len(site.events) <= SIZES["events"], "the real content outgrew the threshold: update this test"
    paging = Paging.of(site)
    assert not (paging.events or paging.terms or paging.actors or paging.issues or paging.sources)
    assert not any("/" in path.removeprefix("actors/") for path in paging.place.values())


def test_paged_site_builds_within_page_budgets(tmp_path: Path) -> None:
    """A real strict build of ten synthetic articles: anchors checked by MkDocs, every page
    within the element and compressed-size budgets, the chart's markers landing on events."""
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "content")
    synthetic.write(synthetic.corpus(10, seed=3), project / "content")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for page in site.rglob("*.html"):
        data = page.read_bytes()
        soup = BeautifulSoup(data, "html.parser")
        assert len(soup.find_all(True)) <= ELEMENTS, page
        assert len(gzip.compress(data)) <= KB * 1024, page
    timeline = BeautifulSoup((site / "timeline" / "index.html").read_text(encoding="utf-8"), "html.parser")
    markers = timeline.select("svg.timeline-svg a.tl-marker")
    assert markers and all(m.select_one("text.tl-count") for m in markers)
    for marker in markers:  # to its period in the list below the chart, which links to its first event
        period = timeline.find(id=marker["href"].removeprefix("#"))
        assert period and period.name == "a", marker["href"]
        target, _, anchor = period["href"].partition("#")
        part = BeautifulSoup((site / "timeline" / target / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert part.find(id=anchor), period["href"]
