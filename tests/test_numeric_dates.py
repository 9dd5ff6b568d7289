"""Dates printed in numbers, as most of the world's sites print them: the rules read them as
dates in words (patterns.NUMERIC_DATE)."""

from __future__ import annotations

import re

import pytest
from explainer import patterns, reading

HEADLINE = "Storm tears roof off Harrow Reach boathouse"
LEAD = (
    "The roof of the Harrow Reach boathouse was torn off on Sunday night, the rowing club said, "
    "and the spring head race will move to the town's quay."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "14/05/2026",
        "Published 14.05.2026 10:30",
        "Updated: 5-14-2026",
        "2026/05/14 09:12",
        "2026.05.14",
        "Posted 3.9.2025",
    ],
)
def test_a_date_in_numbers_under_the_headline_is_its_time_stamp(stamp: str) -> None:
    raw = [HEADLINE, "", stamp, "", LEAD, "", LEAD.replace("Sunday", "Monday")]
    assert reading.classify(raw)[2][0] == "timestamp"


@pytest.mark.parametrize("text", ["Release 2.10.15 fixes the export", "They won 3-1 at home", "Call 01.23.456"])
def test_numbers_that_are_no_date(text: str) -> None:
    assert not re.search(patterns.DATE, text)


def test_a_labelled_bar_with_a_date_in_numbers_is_a_byline_not_a_running_head() -> None:
    """ "Forfatter: NAME | 02.03.2026 | 88": the writer's label opens it; a printed page's running
    head opens with the paper's name."""
    raw = [HEADLINE, "", "Forfatter: Ida Berg | 02.03.2026 | 88", "", LEAD, "", LEAD.replace("Sunday", "Monday")]
    assert reading.classify(raw)[2][0] == "byline"
