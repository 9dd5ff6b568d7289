"""The generator's pages streamed to MkDocs as they are made (explainer.streamed, driven by scripts/hooks.py): the
list of files it announces is what it writes, in the order MkDocs reads docs/; the pages it tells
are byte for byte the files it writes; MkDocs given that list sees what it would find in docs/;
and a build that stops while the generator runs leaves docs/ as it was. Real generator runs on
the real content and on a small synthetic corpus (its render forked when a core is free)."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import hooks
import pytest
from bench import synthetic
from conftest import ROOT, copy_project, mkdocs_build, run
from explainer import LoadError, generate, streamed
from explainer.write import KEEP, KEPT, generated_files
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files


class Recorder:
    """explainer.Listener: what the generator told, in order."""

    def __init__(self) -> None:
        self.passed = False
        self.names: list[str] = []
        self.pages: list[tuple[str, object]] = []

    def checked(self) -> None:
        assert not self.passed and not self.names, "the checks come once, first"
        self.passed = True

    def listed(self, names: list[str]) -> bool:
        assert self.passed and not self.names and not self.pages, "the list comes once, after the checks"
        self.names = names
        return False

    def written(self) -> None:
        assert self.names and len(self.pages) == sum(name.endswith(".md") for name in self.names), "after every page"

    def made(self, name: str, text: object) -> None:
        self.pages.append((name, text))


def files(docs: Path) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in generated_files(docs)}


@pytest.fixture(params=["real", "synthetic"])
def content(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "real":
        return ROOT / "content"
    path = tmp_path / "content"
    synthetic.write(synthetic.corpus(12, 20190227, realistic=True), path)
    return path


def test_told_pages_are_the_written_files_in_reading_order(content: Path, tmp_path: Path) -> None:
    plain, told_docs = tmp_path / "plain" / "docs", tmp_path / "streamed" / "docs"
    generate(content, plain)
    told = Recorder()
    generate(content, told_docs, order=streamed.reading_order, listener=told)
    written = files(told_docs)
    assert written == files(plain)  # the order of rendering changes no byte
    assert sorted(told.names) == sorted(written)
    pages = [name for name in told.names if name.endswith(".md")]
    assert pages == sorted(pages, key=streamed.reading_order)
    assert [name for name, _ in told.pages] == pages
    assert all(text == written[name].decode() for name, text in told.pages)

    again = Recorder()  # nothing changed: every page kept, none sent again
    generate(content, told_docs, order=streamed.reading_order, listener=again)
    assert again.names == told.names
    assert {text for _, text in again.pages} == {KEPT}


def test_files_to_come_are_what_mkdocs_finds_once_written(tmp_path: Path) -> None:
    """MkDocs takes the announced list at on_files for a scan of docs/ made before the pages were
    written: with a stale page and no new one there, it must see what a scan after would."""
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    assert [p.name for p in docs.iterdir()] == list(KEEP)  # as in a fresh clone
    (docs / "stale.md").write_text("# no longer made\n")
    config = load_config(str(project / "mkdocs.yml"))
    env = config.theme.get_env()
    before = get_files(config)
    before.add_files_from_theme(env, config)

    told = Recorder()
    generate(ROOT / "content", docs, order=streamed.reading_order, listener=told)
    assert not (docs / "stale.md").exists()  # the generator deleted what it does not make
    after = get_files(config)
    after.add_files_from_theme(env, config)

    came = hooks.files_to_come(before, config, told.names)
    assert isinstance(came, Files)
    assert [(f.src_uri, f.dest_uri, f.url) for f in came] == [(f.src_uri, f.dest_uri, f.url) for f in after]


def test_a_stopped_build_leaves_docs_as_it_was(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    generation = streamed.Generation()
    generation.start(docs)
    assert generation.checked() == ""
    first = generation.listed()[0]
    assert generation.page(first)  # the first page's Markdown, before anything is written
    generation.drop()  # MkDocs stopped (on_shutdown): the generator stops at its next page
    assert not docs.exists() or not files(docs)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".docs-staging-")]


def test_bad_input_stops_before_the_list(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    events = content / "events.yml"
    events.write_text(events.read_text(encoding="utf-8") + "\n- id: [unclosed\n", encoding="utf-8")
    told = Recorder()
    with pytest.raises(LoadError, match=r"events\.yml"):
        generate(content, tmp_path / "docs", order=streamed.reading_order, listener=told)
    assert not told.passed and told.names == []
    assert not (tmp_path / "docs").exists()


def test_a_dirty_build_after_an_edit_shows_it(project: Path) -> None:
    """`mkdocs build --dirty` reads only the pages whose files are newer than their HTML, so it
    gets the generator's pages written first, not streamed."""
    assert mkdocs_build(project).returncode == 0
    events = project / "content" / "events.yml"
    text = events.read_text(encoding="utf-8")
    title = re.search(r"^  title: (.+)$", text, re.M)
    assert title
    new = title.group(1).rstrip('"') + ' and more"' if title.group(1).endswith('"') else title.group(1) + " and more"
    events.write_text(text.replace(title.group(0), f"  title: {new}", 1), encoding="utf-8")
    result = run([sys.executable, "-m", "mkdocs", "build", "--strict", "--dirty", "--site-dir", "site"], project)
    assert result.returncode == 0, result.stderr
    shown = new.strip('"').replace("'", "&#39;").replace('"', "&quot;")
    assert shown in (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")


def test_past_the_threshold_the_pages_are_written_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large site is not streamed (streamed.STREAM_UP_TO): the generator sends no page, and once it
    has finished every listed file is in docs/, for MkDocs to read from there."""
    monkeypatch.setattr(streamed, "STREAM_UP_TO", 10)
    docs = tmp_path / "docs"
    generation = streamed.Generation()
    generation.start(docs)
    assert generation.checked() == ""
    names = generation.listed()
    assert len(names) > streamed.STREAM_UP_TO
    assert generation.finish() == ""
    assert sorted(files(docs)) == sorted(names)
