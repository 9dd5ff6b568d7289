"""A platform's or an organisation's disclaimer under what it prints: the text is its writer's
opinion, not the site's ("This review is the subjective opinion of a member and not of NAME"),
or the page is no official record. The words tell it, in several languages."""

from __future__ import annotations

import re

from .furniture import Context

DISCLAIMER = re.compile(
    r".{0,80}\b(?:is|are|reflects?|represents?) (?:the |solely the )?(?:subjective |personal |own |sole )?"
    r"(?:opinions?|views?) of\b.{0,120}\bnot (?:of|those of|that of|necessarily)\b.{0,300}"
    r"|.{0,80}\b(?:[Nn]ot an? (?:official|verbatim|authoritative) (?:record|document|transcript|translation)"
    r"|(?:ne constitue |n'est )pas un (?:document|compte rendu) officiel|no (?:es|constituye) un (?:documento|acta)"
    r" oficial|kein offizielles (?:Dokument|Protokoll)|gibt die (?:subjektive |persönliche )?Meinung)\b.{0,300}"
)


def disclaimer(ctx: Context) -> bool:
    """A short notice that the page's text is someone's opinion, or no official record."""
    return len(ctx.text) <= 400 and DISCLAIMER.fullmatch(ctx.text) is not None
