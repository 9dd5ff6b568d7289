"""A review platform's scores: a rating out of a scale, a row of rating symbols, a member's
reputation. The site prints them by a review or a post, whatever its language; they are its
widgets, never the story's words (nor its headline: a score stands where a headline may)."""

from __future__ import annotations

import re

from .furniture import Context

# "out of" in the languages a platform's page may be in: "4.5 of 5", "4,5 von 5", "4,5 sur 5".
OUT_OF = r"(?:out of|of|von|sur|de|su|van|из|/)"
# A score out of a scale, perhaps with its unit and the number of reviews it counts:
# "5.0 of 5 bubbles", "4,5 von 5 Sternen  1.284 Bewertungen", "Rated 4/5".
SCORE = re.compile(
    rf"(?:Rated |Rating:? |Note :? |Bewertung:? )?\d{{1,2}}(?:[.,]\d)? ?{OUT_OF} ?\d{{1,3}}"
    r"(?: [^\W\d_]{2,12})?(?:\s*[(·•|]?\s*[\d.,]+[k]? [^\W\d_]{3,15}\)?)?"
)
# A row of rating symbols, perhaps after its label ("Rooms<TAB>●●●●○", "★★★★☆ 4.0").
SYMBOLS = re.compile(r"(?:[^\W\d_][\w &'’-]{0,30}\s+)?[●○◐◑★☆✩✭⭐]{3,10}(?:\s+\d(?:[.,]\d)?)?")
# A member's reputation and badges, as a Q&A site prints them by a name: "1,204●3●12", "38.6k ● 9 ● 88".
REPUTATION = re.compile(r"[\d.,]+k?(?: ?[●•·] ?\d+){1,3}")


def rating(ctx: Context) -> bool:
    """A score, a row of rating symbols or a reputation, alone on its line."""
    text = ctx.text
    if SCORE.fullmatch(text):
        return re.search(r"[^\W\d_]|\d[.,]\d", text) is not None  # a unit or a decimal: "1/2" alone is a pager
    return SYMBOLS.fullmatch(text) is not None or REPUTATION.fullmatch(text) is not None
