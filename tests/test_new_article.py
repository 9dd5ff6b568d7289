"""A fully curated article in a house style the two real ones do not use, added to a copy
of content/ as a curator would: build, coverage and candidates run clean, no code changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import generator, mkdocs_build

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def add_curated_article(project: Path) -> dict:
    curated = yaml.safe_load((FIXTURES / "curated" / "curated.yml").read_text(encoding="utf-8"))
    meta = yaml.safe_load((FIXTURES / "curated" / "broadcast.yml").read_text(encoding="utf-8"))
    content = project / "content"
    shutil.copy(FIXTURES / "articles" / "broadcast.txt", content / "sources" / f"{meta['id']}.txt")
    shutil.copy(FIXTURES / "curated" / "broadcast.yml", content / "sources" / f"{meta['id']}.yml")
    with (content / "events.yml").open("a", encoding="utf-8") as events:
        events.write("\n" + yaml.safe_dump(curated["events"], allow_unicode=True, sort_keys=False))
    ignored = yaml.safe_load((content / "ignored.yml").read_text(encoding="utf-8"))
    for key, entries in curated["ignored"].items():
        ignored[key] = (ignored.get(key) or []) + entries
    (content / "ignored.yml").write_text(yaml.safe_dump(ignored, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return {"meta": meta, **curated}


def test_a_curated_article_in_a_new_style_builds_and_reports_clean(project: Path) -> None:
    added = add_curated_article(project)
    source_id, event = added["meta"]["id"], added["events"][0]
    build = mkdocs_build(project)
    assert build.returncode == 0, build.stderr
    coverage, candidates = generator(project, "coverage"), generator(project, "candidates")
    assert coverage.returncode == 0, coverage.stdout[-2000:]
    assert candidates.returncode == 0, candidates.stdout[-2000:]
    expected = yaml.safe_load((FIXTURES / "articles" / "broadcast.expected.yml").read_text(encoding="utf-8"))
    body_lines = [n for n, kind in expected["kinds"].items() if kind == "body"]
    listed = coverage.stdout.split(f"\n{source_id}\n")[1].split("\n\n")[0].splitlines()
    assert len(listed) == len(body_lines)

    site = project / "site"
    page = BeautifulSoup((site / "sources" / source_id / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert [p["id"] for p in page.select("p.source-para")] == [f"L{n}" for n in body_lines]
    assert expected["dateline"] in page.find("dl").get_text()
    caption = next(n for n, kind in expected["kinds"].items() if kind == "caption")
    raw = (FIXTURES / "articles" / "broadcast.txt").read_text(encoding="utf-8").splitlines()
    assert raw[caption - 1] in page.select_one("p.source-caption").get_text()
    table = page.find(id="left-out-of-the-article").find_next("table")
    left_out = [n for n, kind in expected["kinds"].items() if kind in ("credit", "widget")]
    assert [int(tr.find("td").get_text()) for tr in table.find_all("tr")[1:]] == left_out

    timeline = BeautifulSoup((site / "timeline" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert timeline.find(id=event["id"]) is not None
    links = {a["href"].split("/")[-1] for a in timeline.select(f"div.footnote a[href*='sources/{source_id}/']")}
    assert links == {f"#L{body_lines[0]}", f"#L{body_lines[2]}"}
