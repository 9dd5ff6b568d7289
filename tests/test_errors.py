"""Bad input: a non-zero exit, one line per problem with file, line, item and hint,
and the generated pages and site/ exactly as they were."""

from __future__ import annotations

import hashlib
import pickle
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, generator, mkdocs_build
from explainer import yamlfile

EVENT = """\
- id: {id}
  when: {when}
  phase: run-up
  title: A test event
  summary: A test event.
  actors: [{actor}]
  topics: [{topic}]
  cites:
    - source: {source}
      quote: "{quote}"
"""
GOOD = {
    "id": "test-event",
    "when": "Sunday",
    "actor": "mike-pompeo",
    "topic": "sanctions-relief",
    "source": "wsj-2019-02-27",
    "quote": "Mr. Pompeo said Sunday",
}


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def broken(built: Path, tmp_path: Path) -> Path:
    """A copy of a successfully built project, to be broken by the test."""
    return Path(shutil.copytree(built, tmp_path / "project"))


def append(project: Path, name: str, text: str) -> int:
    """Append YAML text to a content file; the line where it starts."""
    path = project / "content" / name
    old = path.read_text(encoding="utf-8")
    if not old.endswith("\n"):
        old += "\n"
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


def fails_cleanly(project: Path) -> str:
    """Build with MkDocs and the CLI; both fail and nothing on disk changes."""
    before = snapshot(project / "docs"), snapshot(project / "site")
    built = mkdocs_build(project)
    cli = generator(project, "build")
    assert built.returncode != 0 and cli.returncode != 0
    assert (snapshot(project / "docs"), snapshot(project / "site")) == before
    assert "nothing was written" in cli.stderr
    return cli.stderr


def test_the_valid_test_event_builds(broken: Path) -> None:
    append(broken, "events.yml", EVENT.format(**GOOD))
    result = generator(broken, "build")
    assert result.returncode == 0, result.stderr
    assert "test-event" in (broken / "docs" / "timeline.md").read_text()


@pytest.mark.parametrize(
    "name", ["events.yml", "actors.yml", "issues.yml", "ignored.yml", "sources/wsj-2019-02-27.yml"]
)
def test_yaml_read_in_pieces_is_one_parse(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlfile, "CHUNK_LINES", 7)
    text = (ROOT / "content" / name).read_text(encoding="utf-8")
    assert yamlfile.parse(text) == yaml.safe_load(text)


def test_yaml_kept_between_runs_only_while_its_text_is_the_same(tmp_path: Path) -> None:
    kept = tmp_path / "kept" / "events.pickle"
    first = (ROOT / "content" / "events.yml").read_text(encoding="utf-8")
    assert yamlfile.parse(first, kept) == yaml.safe_load(first) and kept.exists()
    checksum = kept.read_bytes()[:32]
    kept.write_bytes(checksum + pickle.dumps(["kept"]))  # while the checksum matches, the kept data is returned
    assert yamlfile.parse(first, kept) == ["kept"]
    edited = first + "- id: added\n"
    assert yamlfile.parse(edited, kept) == yaml.safe_load(edited)  # a changed text is parsed again
    kept.write_bytes(b"damaged")
    assert yamlfile.parse(first, kept) == yaml.safe_load(first)
    assert yamlfile.parse(first, kept) == yaml.safe_load(first)


@pytest.mark.parametrize(
    "text",
    [
        "- &a {x: 1}\n- y: 2\n- *a\n",  # an alias into an earlier piece
        "items:\n- x: 1\n- x: 2\n- x: 3\n",  # a mapping whose list is not indented
        "- x: 1\n- x: 2\n- x: [3\n",  # an error: raised as one parse raises it
    ],
)
def test_yaml_pieces_that_do_not_stand_alone_are_parsed_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlfile, "CHUNK_LINES", 1)
    try:
        expected: object = yaml.load(text, Loader=yamlfile.LOADER)
    except yaml.YAMLError as err:
        with pytest.raises(yaml.YAMLError) as raised:
            yamlfile.parse(text)
        assert str(raised.value) == str(err)
    else:
        assert yamlfile.parse(text) == expected


def test_yaml_syntax_error(broken: Path) -> None:
    line = append(broken, "events.yml", "- id: broken\n  title: [unclosed\n")
    err = fails_cleanly(broken)
    assert "content/events.yml:" in err and "YAML syntax" in err
    assert int(err.split("content/events.yml:")[1].split(":")[0]) >= line


@pytest.mark.parametrize(
    ("change", "offset", "message"),
    [
        ({"when": "Sunday\n  colour: red"}, 2, "colour: unknown field"),
        ({"id": "Not A Slug"}, 0, "id: Expected `str` matching regex"),
        ({"actor": "nobody-at-all"}, 5, "unknown actor 'nobody-at-all'"),
        ({"topic": "no-such-issue"}, 6, "unknown issue 'no-such-issue'"),
        ({"source": "no-such-source"}, 8, "unknown source 'no-such-source'"),
        ({"quote": "Mr. Pompeo said Monday"}, 9, "quote not found in its source"),
        ({"when": "Feb. 30"}, 1, "when 'Feb. 30' is not printed in any quote the item cites"),
        ({"when": "Monday"}, 1, "when 'Monday' is not printed in any quote the item cites"),
    ],
)
def test_bad_event_names_file_line_and_item(broken: Path, change: dict, offset: int, message: str) -> None:
    start = append(broken, "events.yml", EVENT.format(**{**GOOD, **change}))
    err = fails_cleanly(broken)
    item = change.get("id", "test-event")
    assert f"content/events.yml:{start + offset}: [{item}] {message}" in err, err
    assert "(hint: " in err


def test_missing_field_and_wrong_type(broken: Path) -> None:
    start = append(
        broken,
        "actors.yml",
        "- id: test-actor\n  name: Test\n  kind: person\n  side: united-states\n"
        '  aliases: 5\n  cites:\n    - source: wsj-2019-02-27\n      quote: "Mr. Pompeo said Sunday"\n',
    )
    err = fails_cleanly(broken)
    assert f"content/actors.yml:{start}: [test-actor] role: missing (hint: add the field)" in err
    assert f"content/actors.yml:{start + 4}: [test-actor] aliases: Expected `list`, got `int`" in err


def test_duplicate_id(broken: Path) -> None:
    start = append(broken, "events.yml", EVENT.format(**GOOD) + EVENT.format(**GOOD))
    err = fails_cleanly(broken)
    assert f"content/events.yml:{start + 10}: [test-event] duplicate id" in err


def test_every_problem_of_a_run_is_reported_together(broken: Path) -> None:
    append(broken, "events.yml", EVENT.format(**{**GOOD, "quote": "not in the article at all"}))
    append(broken, "summit.yml", "- id: bad-fact\n  section: glance\n  label: X\n  text: Y\n  cites: []\n")
    err = fails_cleanly(broken)
    assert "[test-event] quote not found" in err
    assert "[bad-fact] cites: Expected `list` of length >= 1" in err
    assert "2 problem(s)" in err


def test_checksum_mismatch(broken: Path) -> None:
    text = broken / "content" / "sources" / "wsj-2019-02-27.txt"
    text.write_bytes(text.read_bytes().replace(b"Hanoi", b"Hano1", 1))
    err = fails_cleanly(broken)
    assert "content/sources/wsj-2019-02-27.yml:" in err
    assert "[wsj-2019-02-27] wsj-2019-02-27.txt does not match its checksum" in err


def _new_source(project: Path, data: bytes) -> None:
    meta = (project / "content" / "sources" / "wsj-2019-02-27.yml").read_text(encoding="utf-8")
    meta = meta.replace("id: wsj-2019-02-27", "id: extra").split("sha256:")[0]
    meta += f"sha256: {hashlib.sha256(data).hexdigest()}\n"
    (project / "content" / "sources" / "extra.yml").write_text(meta, encoding="utf-8")
    (project / "content" / "sources" / "extra.txt").write_bytes(data)


def test_source_not_utf8(broken: Path) -> None:
    _new_source(broken, "Kim’s summit in Hanoi\n".encode("cp1252"))
    err = fails_cleanly(broken)
    assert "content/sources/extra.txt:1: [extra] not UTF-8 (byte 3: 0x92)" in err


@pytest.mark.parametrize("data", ["\n\n", "\u200b\n\u00a0\u200e\n", ">\n> \n>>\n"])
def test_empty_source(broken: Path, data: str) -> None:
    """Nothing to read: blank lines, characters that print nothing, a mail's marks alone."""
    _new_source(broken, data.encode())
    err = fails_cleanly(broken)
    assert "content/sources/extra.txt: [extra] the article is empty" in err
