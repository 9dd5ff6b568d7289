"""The generator on two cores (explainer.forked) and a writing thread (explainer.write): a
page that fails in the forked process, a load whose sources a forked process read, a page
that cannot be written, each reported as one process reports it, and nothing written."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest
from bench import synthetic
from explainer import render, write
from explainer.load import LoadError, load
from explainer.write import write_pages


class Injected(ValueError):
    """Defined here, so the child sends it as itself."""


class Unpicklable(Exception):
    """An exception whose arguments its class cannot be made from again."""

    def __init__(self, first: str, second: str) -> None:
        super().__init__(f"{first} {second}")


def failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception], forked: bool) -> Exception:
    monkeypatch.undo()  # a previous call's failing page
    site = load(synthetic.write(synthetic.corpus(4, seed=7), tmp_path / "content"))
    second = [path for path, _ in render.render_all(site)][1]  # the first page the child renders
    rendered = render._render

    def failing(env: Any, site: Any, template: str, path: str, context: Any) -> str:
        if path == second:
            raise error("injected", "failure") if error is Unpicklable else error("injected failure")
        return rendered(env, site, template, path, context)

    monkeypatch.setattr(render, "_render", failing)
    docs = tmp_path / ("forked" if forked else "one")
    with pytest.raises(Exception) as caught:
        write_pages(render.render_all(site, forked=forked), docs)
    assert not [p for p in docs.rglob("*") if p.is_file()]
    return caught.value


@pytest.mark.parametrize("error", [Injected, Unpicklable])
def test_a_failing_page_is_reported_as_in_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    one = failure(tmp_path / "one", monkeypatch, error, forked=False)
    two = failure(tmp_path / "two", monkeypatch, error, forked=True)
    assert (type(two).__name__, str(two), two.__notes__) == (type(one).__name__, str(one), one.__notes__)
    assert "injected failure" in str(two) and two.__notes__[0].startswith("while making ")


def test_problems_found_by_a_forked_load_are_those_of_one_process(tmp_path: Path) -> None:
    """Sources read in a forked process: the same problems, in the same order, as one process
    finds; and the same model when there are none."""
    content = synthetic.write(synthetic.corpus(4, seed=7), tmp_path / "content")
    assert load(content, forked=True) == load(content)
    text = sorted((content / "sources").glob("*.txt"))[0]
    text.write_text(text.read_text(encoding="utf-8") + "An edit.\n", encoding="utf-8")  # its checksum fails
    events = content / "events.yml"
    events.write_text(events.read_text(encoding="utf-8") + "- id: [\n", encoding="utf-8")
    problems = []
    for forked in (False, True):
        with pytest.raises(LoadError) as caught:
            load(content, forked=forked)
        problems.append(caught.value.problems)
    assert problems[0] == problems[1]
    assert any("checksum" in str(p) for p in problems[1]) and any("events.yml" in str(p) for p in problems[1])
    sent = pickle.loads(pickle.dumps(LoadError(problems[1])))  # as a failing child sends it
    assert sent.problems == problems[1] and str(sent) == str(LoadError(problems[1]))


def test_a_page_that_cannot_be_written_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are written by a second thread (explainer.write): a failure there still names its
    page, and nothing is written."""
    pages = [(f"page-{i}.md", f"text {i}\n") for i in range(200)]
    staged = write._stage_one

    def failing(name: str, *args: Any) -> None:
        if name == pages[150][0]:
            raise OSError("no space left")
        staged(name, *args)

    monkeypatch.setattr(write, "_stage_one", failing)
    with pytest.raises(OSError) as caught:
        write.write_pages(iter(pages), tmp_path / "docs")
    assert caught.value.__notes__ == [f"while making {pages[150][0]}"]
    assert not [p for p in (tmp_path / "docs").rglob("*") if p.is_file()]
