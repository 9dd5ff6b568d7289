"""The date a legal notice was signed, in the form deeds and gazettes print under its text: "Dated
this 3rd day of May 2026.", "Given under my hand the 1st day of June, 2026": the notice's date (a
stamp), so that its signatory under it reads as one."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import MONTH

SIGNED_ON = re.compile(
    rf"(?:Dated|Signed|Made|Given(?: under [\w ]{{3,30}})?)(?: at [A-Z][\w’' -]{{1,40}},?)?"
    rf" (?:this|the) \d{{1,2}}(?:st|nd|rd|th)? day of {MONTH},? \d{{4}}\.?"
)


def signing_date(ctx: Context) -> bool:
    """A notice's "Dated this Nth day of Month YYYY" on its own line."""
    return SIGNED_ON.fullmatch(ctx.text) is not None
