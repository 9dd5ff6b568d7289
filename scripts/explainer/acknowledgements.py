"""Who made, funded or supported the work, in a sentence after the story ("The expedition is funded
by the NAME Council.", "Digitised with the support of NAME", "This guide was made by NAME"): a
credit, whatever the page's furniture around it was taken for. A name follows, from a capital ("is
supported by its readers" is a disclosure)."""

from __future__ import annotations

import re

from .kinds import PARAGRAPH, REASON, SHOWN

# The verbs of making and funding with "by", or the support of someone, in the languages met.
ACKNOWLEDGED = re.compile(
    r"\b(?:(?:is|are|was|were|has been|have been) (?:\w+ )?(?:funded|supported|sponsored|financed|made|produced"
    r"|digiti[sz]ed|compiled|prepared)(?: and \w+)? by"
    r"|with (?:the )?(?:kind |generous )?(?:support|funding|help) (?:of|from)"
    r"|gefördert (?:von|durch)|financé par|financiado por|con el apoyo de|avec le soutien de|при поддержке"
    r"|met steun van) (?:the )?[A-ZА-Я]"
)


def acknowledged(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story's last paragraph, a line of the page's that says who made, funded or
    supported the work: a credit; so is that last paragraph when it says so with the page's lines
    above and under it."""
    last = max((i for i, (kind, _) in enumerate(out) if kind in PARAGRAPH), default=len(out))
    if last < len(out) and out[last][0] == "body" and ACKNOWLEDGED.search(lines[last]):
        above = next((out[j][0] for j in reversed(range(last)) if lines[j]), "")
        below = next((out[j][0] for j in range(last + 1, len(out)) if lines[j]), "")
        if above and below and above not in SHOWN and below not in SHOWN:
            last -= 1
    for i in range(last + 1, len(out)):
        if out[i][0] in ("body", "marker", "related", "caption", "widget") and ACKNOWLEDGED.search(lines[i]):
            out[i] = ("credit", REASON["acknowledged"])
