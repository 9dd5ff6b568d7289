"""Date resolution from the publication date, with precision."""

from __future__ import annotations

import datetime as dt

import pytest
from explainer.dates import DateError, resolve

WED = dt.date(2019, 2, 27)  # the WSJ article's publication day


@pytest.mark.parametrize(
    ("words", "start", "end", "precision", "label"),
    [
        ("Sunday", "2019-02-24", "2019-02-24", "day", "24 Feb 2019"),
        ("Wednesday", "2019-02-27", "2019-02-27", "day", "27 Feb 2019"),
        ("on Wednesday", "2019-02-27", "2019-02-27", "day", "27 Feb 2019"),
        ("last week", "2019-02-18", "2019-02-24", "week", "week of 18 Feb 2019"),
        ("earlier this week", "2019-02-25", "2019-02-26", "days", "25–26 Feb 2019"),
        ("last month", "2019-01-01", "2019-01-31", "month", "Jan 2019"),
        ("October last year", "2018-10-01", "2018-10-31", "month", "Oct 2018"),
        ("in October last year", "2018-10-01", "2018-10-31", "month", "Oct 2018"),
        ("last year", "2018-01-01", "2018-12-31", "year", "2018"),
        ("next year", "2020-01-01", "2020-12-31", "year", "2020"),
        ("Feb. 24", "2019-02-24", "2019-02-24", "day", "24 Feb 2019"),
        ("Feb. 27-28", "2019-02-27", "2019-02-28", "days", "27–28 Feb 2019"),
        ("Jan. 31, 2019", "2019-01-31", "2019-01-31", "day", "31 Jan 2019"),
        ("In July 2018", "2018-07-01", "2018-07-31", "month", "Jul 2018"),
        ("September 2018", "2018-09-01", "2018-09-30", "month", "Sep 2018"),
        ("2018", "2018-01-01", "2018-12-31", "year", "2018"),
        ("since the end of 2018", "2018-11-01", "2019-02-27", "days", "since late 2018"),
        ("the early 2000s", "2000-01-01", "2003-12-31", "years", "early 2000s"),
        ("New Year’s address", "2019-01-01", "2019-01-01", "day", "1 Jan 2019"),
        ("the past year", "2018-02-27", "2019-02-27", "days", "Feb 2018 – Feb 2019"),
        ("nearly two-year", "2017-02-27", "2019-02-27", "days", "nearly 2 years to Feb 2019"),
        ("June 12", "2018-06-12", "2018-06-12", "day", "12 Jun 2018"),
        ("June 12-13", "2018-06-12", "2018-06-13", "days", "12–13 Jun 2018"),
        ("February 25", "2019-02-25", "2019-02-25", "day", "25 Feb 2019"),
    ],
)
def test_expression_resolves_with_precision(words: str, start: str, end: str, precision: str, label: str) -> None:
    d = resolve(words, WED)
    assert (d.start.isoformat(), d.end.isoformat(), d.precision, d.label) == (start, end, precision, label)
    assert d.expression == words


def test_month_after_publication_means_the_year_before() -> None:
    assert resolve("Dec. 24", WED).start == dt.date(2018, 12, 24)


def test_a_year_outside_the_span_is_an_error_that_says_so() -> None:
    with pytest.raises(DateError, match="200 years"):
        resolve("9999", WED)


@pytest.mark.parametrize(
    "words",
    [
        "Feb. 30",
        "Febtober 3",
        "a while ago",
        "the late 1990s",
        "9999",
        "0000",
        "the past 3000 years",
        "the early 9990s",
    ][:],
)
def test_impossible_or_unknown_dates_are_errors(words: str) -> None:
    with pytest.raises(DateError):
        resolve(words, WED)
