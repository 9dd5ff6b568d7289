"""Dates that can be checked: `when` is printed in a cited quote from `when_source`, an
inferred date is the curator's estimate with its reason, stances are dated like events,
same-day events keep the order the data states, and phases are data with true spans.

Each test adds items to a copy of content/ and loads it; expectations come from the
items the test writes, never from the curated data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from explainer.load import LoadError, load
from explainer.render import render_all

QUOTE = "Mr. Pompeo said Sunday"  # a phrase of the WSJ article that holds date words
SOURCE = "wsj-2019-02-27"
OTHER = "delicate-art-of-compromise"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROOT / "content", tmp_path / "content"))


def event(item_id: str, dates: str, quote: str = QUOTE, source: str = SOURCE, phase: str = "run-up") -> str:
    return (
        f"\n- id: {item_id}\n{dates}  phase: {phase}\n  title: Test {item_id}\n  summary: A test event.\n"
        f'  cites:\n    - source: {source}\n      quote: "{quote}"\n'
    )


def add(content: Path, name: str, text: str) -> int:
    path = content / name
    old = path.read_text(encoding="utf-8").rstrip("\n") + "\n"
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 2


def problems(content: Path) -> list[str]:
    with pytest.raises(LoadError) as raised:
        load(content)
    return [str(p) for p in raised.value.problems]


def test_when_printed_in_the_quote_resolves_from_its_source(content: Path) -> None:
    add(content, "events.yml", event("test-event", "  when: Sunday\n"))
    site = load(content)
    published = site.sources[SOURCE].meta.published.reference
    assert site.dates["test-event"].start <= published and site.dates["test-event"].precision == "day"
    assert "test-event" not in site.estimates


@pytest.mark.parametrize(
    ("dates", "offset", "message"),
    [
        ("  when: Monday\n", 1, "when 'Monday' is not printed in any quote the item cites"),
        (
            f"  when: Sunday\n  when_source: {OTHER}\n",
            2,
            f"when_source '{OTHER}' is not among the item's cited sources",
        ),
        ("", 0, "give exactly one of when, when_estimate"),
        (
            "  when: Sunday\n  when_estimate:\n    words: last week\n    reason: a reason long enough\n",
            1,
            "give exactly one of when, when_estimate (found when, when_estimate)",
        ),
    ],
)
def test_a_date_that_cannot_be_checked_is_a_problem(content: Path, dates: str, offset: int, message: str) -> None:
    start = add(content, "events.yml", event("test-event", dates))
    found = [p for p in problems(content) if "[test-event]" in p]
    assert len(found) == 1 and message in found[0], found
    assert found[0].startswith(f"content/events.yml:{start + offset}: [test-event] ")
    assert "(hint: " in found[0]


def test_an_estimate_is_the_curators_with_its_reason_never_the_sources_words(content: Path) -> None:
    reason = "the source says only that the talks came first"
    add(
        content,
        "events.yml",
        event("test-estimate", f"  when_estimate:\n    words: the days before\n    reason: {reason}\n"),
    )
    site = load(content)
    assert site.estimates["test-estimate"] == reason
    timeline = dict(render_all(site))["timeline.md"]
    line = next(line for line in timeline.splitlines() if "curator's estimate" in line and reason in line)
    assert "“the days before”" not in line


def test_an_impossible_estimate_names_its_line(content: Path) -> None:
    start = add(
        content,
        "events.yml",
        event("test-estimate", "  when_estimate:\n    words: Feb. 30\n    reason: a reason long enough\n"),
    )
    found = [p for p in problems(content) if "[test-estimate]" in p]
    assert len(found) == 1 and found[0].startswith(f"content/events.yml:{start + 2}: [test-estimate] impossible date")


def test_same_day_events_follow_the_stated_order_not_the_id_spelling(content: Path) -> None:
    add(content, "events.yml", event("a-later-part", "  when: Sunday\n  order: 2\n"))
    add(content, "events.yml", event("z-umbrella", "  when: Sunday\n  order: 1\n"))
    order = list(load(content).events)
    assert order.index("z-umbrella") < order.index("a-later-part")


def test_a_stance_takes_a_checked_date_and_the_matrix_shows_it_resolved(content: Path) -> None:
    issue = (
        "\n- id: test-issue\n  title: Test issue\n  summary: A test issue.\n"
        f'  cites:\n    - source: {SOURCE}\n      quote: "{QUOTE}"\n'
        "  stances:\n    - party: united-states\n      position: A dated test stance.\n      when: Sunday\n"
        f'      cites:\n        - source: {SOURCE}\n          quote: "{QUOTE}"\n'
    )
    add(content, "issues.yml", issue)
    site = load(content)
    label = site.dates["test-issue/stances/0"].label
    row = next(line for line in dict(render_all(site))["positions/index.md"].splitlines() if "Test issue" in line)
    assert label in row and "*Sunday:*" not in row


def test_a_stance_date_is_checked_too(content: Path) -> None:
    issue = (
        "\n- id: test-issue\n  title: Test issue\n  summary: A test issue.\n"
        f'  cites:\n    - source: {SOURCE}\n      quote: "{QUOTE}"\n'
        "  stances:\n    - party: united-states\n      position: A dated test stance.\n      when: last week\n"
        f'      cites:\n        - source: {SOURCE}\n          quote: "{QUOTE}"\n'
    )
    add(content, "issues.yml", issue)
    assert any("[test-issue] when 'last week' is not printed" in p for p in problems(content))


def test_phases_are_data_and_an_event_outside_its_span_is_a_problem(content: Path) -> None:
    phases = content / "phases.yml"
    phases.write_text(
        "- id: before\n  heading: Before the test day\n  end: 2000-01-01\n- id: later\n  heading: Later on\n",
        encoding="utf-8",
    )
    events = content / "events.yml"
    events.write_text(event("test-event", "  when: Sunday\n", phase="before"), encoding="utf-8")
    found = problems(content)
    assert any("[test-event] starts " in p and "outside its phase 'before'" in p for p in found), found
    events.write_text(event("test-event", "  when: Sunday\n", phase="nowhere"), encoding="utf-8")
    assert any("unknown phase (an id in phases.yml) 'nowhere'" in p for p in problems(content))


def test_a_day_precision_without_a_date_is_a_problem_not_a_traceback(content: Path) -> None:
    meta = content / "sources" / f"{SOURCE}.yml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(text.replace("  date: 2019-02-27\n", ""), encoding="utf-8")
    found = [p for p in problems(content) if p.startswith(f"content/sources/{SOURCE}.yml")]
    assert found and "precision 'minute' needs a date" in found[0]


def test_other_reporting_is_shown_apart_and_its_address_must_be_a_web_address(content: Path) -> None:
    note = (
        "  other_reporting:\n    - says: Another outlet dates it a day earlier.\n      outlet: Example Wire\n"
        "      date: 23 Feb 2019\n      title: An example report\n      url: {url}\n"
    )
    add(content, "events.yml", event("test-event", "  when: Sunday\n" + note.format(url="https://example.org/report")))
    site = load(content)
    timeline = dict(render_all(site))["timeline.md"]
    boxes = [b.split("\n\n", 1)[0] for b in timeline.split('!!! other-reporting "')[1:]]
    box = next(b for b in boxes if "Example Wire" in b)
    assert "Another outlet dates it a day earlier." in box and "(https://example.org/report)" in box
    assert "[^" not in box  # no footnote: it is not a verified citation
    events = content / "events.yml"
    events.write_text(events.read_text().replace("https://example.org/report", "javascript:alert(1)"))
    assert any("[test-event] other_reporting" in p and "url" in p for p in problems(content))
