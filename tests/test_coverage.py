"""Curation is complete and the curator tools prove it: every paragraph cited or set
aside with a reason, every quotation attributed, every item cited and dated."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, generator
from explainer.candidates import QUOTATION, uncovered_candidates
from explainer.cite import normalise
from explainer.coverage import stats, uncovered_paragraphs
from explainer.load import load


@pytest.fixture(scope="module")
def site():
    return load(ROOT / "content")


def test_every_body_paragraph_is_cited_or_ignored_with_a_reason(site) -> None:
    assert uncovered_paragraphs(site) == []
    assert all(len(reason) >= 10 for reason in site.ignored_paragraphs.values())


def test_no_uncovered_candidates(site) -> None:
    assert [f"{c.paragraph.source} ¶{c.paragraph.number} {c.kind}: {c.text}" for c in uncovered_candidates(site)] == []


def test_every_quotation_is_a_speakers_words_or_a_term(site) -> None:
    """Not merely ignored: each text inside quotation marks is a quote item's words or, when
    the source names no speaker, a glossary term."""
    quoted = [normalise(q.text).rstrip(",. ") for q in site.quotes.values()]
    terms = [normalise(t.term).lower() for t in site.terms.values()]
    for source in site.sources.values():
        for para in source.paragraphs:
            for m in QUOTATION.finditer(para.text):
                words = normalise(m.group(1) or m.group(2)).rstrip(",. ")
                spoken = any(words in q or q in words for q in quoted)
                assert spoken or any(words.lower() in t for t in terms), f"{source.id} ¶{para.number}: {words}"
    assert all(q.speaker in site.actors for q in site.quotes.values())


def test_every_event_is_dated_by_the_sources_words_or_an_estimate_with_its_reason(site) -> None:
    for item in [*site.events.values(), *(q for q in site.quotes.values() if q.id in site.dates)]:
        date = site.dates[item.id]
        if item.id in site.estimates:
            assert item.when is None and item.when_estimate.reason == site.estimates[item.id]
        elif getattr(item, "event", None):
            assert date == site.dates[item.event]
        else:
            assert date.expression == item.when
        assert date.precision in ("day", "days", "week", "month", "year", "years")
        assert date.start <= date.end
    assert all(e.id in site.dates for e in site.events.values())


def test_every_phase_has_events_inside_its_span(site) -> None:
    assert {e.phase for e in site.events.values()} == set(site.phases)
    for event in site.events.values():
        phase, start = site.phases[event.phase], site.dates[event.id].start
        assert (phase.start is None or phase.start <= start) and (phase.end is None or start <= phase.end)


def test_every_actor_issue_stance_and_term_is_cited(site) -> None:
    for item in [*site.actors.values(), *site.issues.values(), *site.terms.values()]:
        assert item.cites
    for issue in site.issues.values():
        assert all(s.cites for s in issue.stances)


def test_every_alias_of_an_actor_is_a_name_the_sources_print(site) -> None:
    """An alias (another spelling, a short form) is there because a source prints it."""
    printed = " ".join(normalise(p.text).lower() for s in site.sources.values() for p in s.paragraphs)
    for actor in site.actors.values():
        for alias in actor.aliases:
            assert normalise(alias).lower() in printed, (actor.id, alias)


def test_a_name_variant_is_an_alias_not_a_discrepancy(site) -> None:
    """`differs` is kept for facts the articles disagree on; actors' other names are aliases."""
    assert not [a.id for a in site.actors.values() if a.differs]
    assert any(len(a.aliases) > 1 for a in site.actors.values())


def test_counts_for_the_closing_note(site) -> None:
    figures = stats(site)
    assert figures["corroborated events"] == sum(len({c.source for c in e.cites}) > 1 for e in site.events.values())
    assert figures["discrepancies"] > 3
    assert sum(figures["events by phase"].values()) == len(site.events) >= 25
    assert figures["estimated dates"] == len(site.estimates)
    assert figures["other reporting"] == sum(
        len(i.other_reporting)
        for kind in (site.events, site.actors, site.issues, site.terms, site.quotes, site.facts)
        for i in kind.values()
    )
    assert len(site.actors) >= 25 and len(site.terms) >= 20 and len(site.issues) >= 12


def test_coverage_and_candidates_commands_end_clean() -> None:
    for command in ("coverage", "candidates"):
        result = generator(ROOT, command)
        assert result.returncode == 0, result.stdout[-2000:]
    assert "0 uncovered paragraph(s)" in generator(ROOT, "coverage").stdout


def test_the_tools_report_what_is_missing(project: Path) -> None:
    """Drop the quote items and the events: paragraphs and candidates show up again."""
    (project / "content" / "quotes.yml").write_text("[]\n")
    events = yaml.safe_load((project / "content" / "events.yml").read_text())
    (project / "content" / "events.yml").write_text(yaml.safe_dump(events[:1], allow_unicode=True))
    coverage = generator(project, "coverage")
    candidates = generator(project, "candidates")
    assert coverage.returncode == 1 and "UNCOVERED" in coverage.stdout
    assert candidates.returncode == 1
    assert "quotation: He is lying in order to reduce his prison time" in candidates.stdout
    assert "date: Sunday" in candidates.stdout


def test_corroboration_and_discrepancies_are_visible(built: Path) -> None:
    site = built / "site"
    timeline = BeautifulSoup((site / "timeline" / "index.html").read_text(), "html.parser")
    assert timeline.select(".badge--corroborated")
    warning = timeline.select_one(".admonition.warning")
    assert warning is not None and "The sources differ" in warning.get_text()
    assert len({a["href"].split("#")[0] for a in warning.select("a.footnote-ref")}) >= 1
    other = timeline.select_one(".admonition.other-reporting")
    assert other is not None and other.select_one("a[href^='http']") and not other.select("a.footnote-ref")


def test_a_line_marked_foreign_is_in_the_left_out_table_with_its_reason(built: Path, site) -> None:
    for source in site.sources.values():
        page = BeautifulSoup((built / "site" / "sources" / source.id / "index.html").read_text(), "html.parser")
        assert page.select_one(".admonition.danger") is None
        table = page.find(id="left-out-of-the-article").find_next("table").get_text()
        for marked in source.meta.foreign_lines:
            assert " ".join(marked.reason.split())[:40] in " ".join(table.split())
