"""What lets any engine that reads mkdocs.yml build the site without hooks: the Markdown
extension, `explainer watch` for live preview, and caches out of the engine's way."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import markdown
from bench.serve import edit_title
from bs4 import BeautifulSoup
from explainer.mend import mend

SAMPLE = "# A heading\n\nA claim.[^1]\n\n[^1]: Its source.\n"


def test_markup_extension_names_links_and_leaves_footnotes_out_of_search() -> None:
    html = markdown.markdown(
        SAMPLE, extensions=["footnotes", "toc", "explainer.markup"], extension_configs={"toc": {"permalink": True}}
    )
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("div.footnote").has_attr("data-search-exclude")
    for link in soup.select("a.headerlink, a.footnote-backref"):
        assert link.get("aria-label") and not link.has_attr("title"), link
    plain = BeautifulSoup(markdown.markdown(SAMPLE, extensions=["footnotes"]), "html.parser")
    assert not plain.select_one("div.footnote").has_attr("data-search-exclude"), "the extension, not the default"


def test_mend_changes_only_what_the_checkers_reject() -> None:
    page = (
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">'
        '<div class="md-search" data-md-component="search" role="dialog"><p title="kept">x</p></div>'
    )
    assert mend(page) == page.replace(' autocomplete="off"', "").replace(
        'role="dialog"', 'role="dialog" aria-label="Search"'
    )
    assert mend(mend(page)) == mend(page)


def wait_until(path: Path, text: str, limit: float = 60) -> None:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if path.exists() and text in path.read_text(encoding="utf-8"):
            return
        time.sleep(0.2)
    raise AssertionError(f"{path} did not show {text!r} within {limit:.0f} s")


def test_watch_regenerates_on_content_and_generator_changes(project: Path) -> None:
    """`make serve ENGINE=zensical` relies on it: the engine serves what the watcher writes."""
    timeline = project / "docs" / "timeline.md"
    args = [sys.executable, "-m", "explainer", "watch", "--content", "content", "--docs", "docs"]
    env = {**os.environ, "PYTHONPATH": str(project / "scripts")}  # the copy's generator, not the installed one
    watcher = subprocess.Popen(args, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until(timeline, "# ")
        edit_title(project / "content" / "events.yml", "A title saved while watching")
        wait_until(timeline, "A title saved while watching")
        template = project / "scripts" / "explainer" / "templates" / "timeline.md.j2"
        template.write_text(template.read_text(encoding="utf-8") + "\nA line the template gained.\n", "utf-8")
        wait_until(timeline, "A line the template gained.")
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)


def test_zensical_clean_build_keeps_the_generator_caches(zensical_built: Path) -> None:
    """`zensical build --clean` empties .cache/; the generator's caches live elsewhere."""
    assert any((zensical_built / ".explainer-cache" / "jinja").iterdir())
