"""A page copied from a browser's reading view: the site's address, the headline, the writer, the
estimated reading time ("5–6 minutes"), then the text alone."""

from __future__ import annotations

from explainer import reading

PARAGRAPHS = [
    "The rowing club said on Monday that the boathouse would reopen in March after the roof was "
    "repaired, and that the spring head race would start from the town quay.",
    "Repairs began in October, when a storm tore the roof from its beams.",
]


def test_a_reading_views_copy_reads_its_head_and_text() -> None:
    raw = ["harrowreach.example", "Boathouse to reopen in March after storm repairs", "Ida Marr", "5–6 minutes"]
    raw += ["", PARAGRAPHS[0], "", PARAGRAPHS[1]]
    kinds = [kind for kind, _ in reading.classify(raw)]
    assert kinds == ["marker", "title", "byline", "widget", "blank", "body", "blank", "body"]
