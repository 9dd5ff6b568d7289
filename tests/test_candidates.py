"""The candidates report reads every house style: straight quotation marks, full month
names, "Month D, YYYY", "D Month YYYY" and the dates in datelines."""

from __future__ import annotations

from explainer.candidates import find_candidates
from test_sources import fixture


def found(name: str) -> set[tuple[str, str]]:
    src = fixture(name)
    out = set()
    for para in src.paragraphs:
        dateline = src.dateline or "" if para is src.paragraphs[0] else ""
        out |= {(c.kind, c.text) for c in find_candidates(para, set(), dateline)}
    return out


def test_straight_quotes_full_month_names_and_the_dateline() -> None:
    wire = found("wire")
    assert ("quotation", "We have waited long enough") in wire
    assert ("quotation", "Farmers on both sides lost a season") in wire
    assert {("date", "June 12"), ("date", "July 1"), ("date", "2016")} <= wire  # June 12 is in the dateline only
    assert ("name", "OSLOVA") in wire


def test_day_month_year_and_numbered_days() -> None:
    release = found("press-release")
    assert ("date", "May 4") in release and ("date", "20 June") in release
    assert ("quotation", "Our fishermen need certainty, and this agreement gives it to them") in release


def test_a_dateline_is_not_read_twice_or_into_later_paragraphs() -> None:
    src = fixture("wire")
    later = {c.text for para in src.paragraphs[1:] for c in find_candidates(para, set())}
    assert "OSLOVA" not in later and "June 12" not in later
