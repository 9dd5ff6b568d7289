"""A notice's dates: the date it was signed, in the form deeds and gazettes print under its text
("Dated this 3rd day of May 2026.", "Given under my hand the 1st day of June, 2026"), so that its
signatory under it reads as one; and its date of publication among the labels above its headline
("Publication date: 2 May 2026", beside "Notice type: …" and "Notice ID: …")."""

from __future__ import annotations

import re

from .furniture import Context
from .head import DATE_ONLY
from .patterns import LABELLED, MONTH, STAMP_LABEL_WORDS

SIGNED_ON = re.compile(
    rf"(?:Dated|Signed|Made|Given(?: under [\w ]{{3,30}})?)(?: at [A-Z][\w’' -]{{1,40}},?)?"
    rf" (?:this|the) \d{{1,2}}(?:st|nd|rd|th)? day of {MONTH},? \d{{4}}\.?"
)


def signing_date(ctx: Context) -> bool:
    """A notice's "Dated this Nth day of Month YYYY" on its own line."""
    return SIGNED_ON.fullmatch(ctx.text) is not None


def dated_label(text: str) -> bool:
    """A label of a few words and a date alone after its colon, among the labels above the
    headline: the notice's date (a stamp), not one more label."""
    m = LABELLED.fullmatch(text)
    return (
        m is not None and len(m["label"].split()) <= STAMP_LABEL_WORDS and DATE_ONLY.fullmatch(m["value"]) is not None
    )
