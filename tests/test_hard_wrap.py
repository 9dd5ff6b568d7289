"""A page hard-wrapped at a fixed width (a PDF's copy, a plain-text e-mail, a wire's text feed)
reads as the same page copied from the web: its paragraphs' lines joined (explainer.hard_wrap)."""

from __future__ import annotations

import textwrap

import pytest
from explainer import hard_wrap, reading, sources
from explainer.cite import Index
from test_sources import copied, fixture

# One fixture of each house style the issue names: a wire service, a newspaper's website, a blog
# with comment widgets, a magazine, a press release and an interview transcript.
STYLES = ["wire", "us-daily", "blog", "city-magazine", "press-release", "interview"]


def wrapped(name: str, width: int) -> tuple[list[str], list[str]]:
    """The fixture with every line longer than `width` wrapped at it, and each line's kind."""
    lines, kinds = [], []
    for line in fixture(name).lines:
        parts = textwrap.wrap(line.text, width) if len(line.text.strip()) > width else [line.text]
        lines += parts
        kinds += [line.role] * len(parts)
    return lines, kinds


@pytest.mark.parametrize("width", [60, 72, 80])
@pytest.mark.parametrize("name", STYLES)
def test_a_page_wrapped_at_any_width_reads_as_its_web_copy(name: str, width: int) -> None:
    lines, kinds = wrapped(name, width)
    assert [kind for kind, _ in reading.classify(lines)] == kinds


def test_a_paragraphs_last_line_and_a_point_start_anew() -> None:
    """A line that leaves room for the next word ends its paragraph; a list mark or a line of its
    own kind ("Next message: …") under a full line starts a new one."""
    text = (
        "The ferry company said on Monday that the crossing would reopen in March after the harbour "
        "wall was repaired, and that tickets bought for the winter would be honoured on any sailing "
        "before the end of April, with refunds for those who could not travel."
    )
    body = textwrap.wrap(text, 64)
    lines = ["Ferry crossing to reopen in March", "", *body, "", *body, "- Tickets are valid until April"]
    groups = hard_wrap.paragraphs(lines)
    assert 64 - hard_wrap.WALL <= (hard_wrap.width(lines) or 0) <= 64
    assert [len(group) for group in groups if len(group) > 1] == [len(body), len(body)]
    assert [lines[group[0]] for group in groups][-1] == "- Tickets are valid until April"


@pytest.mark.parametrize("name", STYLES)
def test_a_hard_wrapped_paragraph_is_one_paragraph_at_its_first_line(name: str) -> None:
    """Its text is the paragraph's, whole, so a quote that runs over a line break is found; its
    anchor is its first line's."""
    lines, _ = wrapped(name, 72)
    src = copied(name, lines)
    assert [p.text for p in src.paragraphs] == [p.text for p in fixture(name).paragraphs]
    assert all(src.lines[p.line - 1].text.strip().split()[-1] in p.text for p in src.paragraphs)
    longest = max(src.paragraphs, key=lambda p: len(p.text))
    quote = " ".join(longest.text.split()[5:25])  # twenty words: past the first line's end at 72 columns
    found = Index.of(src).find(quote)
    assert isinstance(found, tuple) and found[0].line == longest.line


def test_a_hard_wrapped_paragraph_is_joined_up_to_a_paragraphs_length() -> None:
    """Joined past sources.PARAGRAPH_MAX, a hard-wrapped text would make one paragraph of any
    length (a whole article without a blank line); it goes on in the next paragraph, all of it kept."""
    words = " ".join(f"word{n}" for n in range(sources.PARAGRAPH_MAX // 3))
    lines = ["A headline over wrapped text", "", *textwrap.wrap(words + ".", 72)]
    src = copied("wire", lines)
    texts = [p.text for p in src.paragraphs]
    assert len(texts) > 1 and all(len(t) <= sources.PARAGRAPH_MAX for t in texts)
    assert " ".join(texts) == words + "."
