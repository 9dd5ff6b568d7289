"""Cite: find each quote in its source's cleaned text and name its paragraph.

Each source is normalised once; a quote is then one substring search in its own
source, so the work grows with the quotes and their sources, not their product.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .model import Citation, Paragraph, Source

FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


def normalise(text: str) -> str:
    """Tolerate only whitespace and straight-versus-curly quotes."""
    return " ".join(text.translate(FOLD).split())


@dataclass
class Index:
    """One source's paragraphs as a single searchable string."""

    text: str
    starts: list[int]
    paragraphs: list[Paragraph]
    dropped: list[tuple[str, str]]  # (what the line is, its normalised text) for lines left out
    origins: dict[int, list[int]] = field(default_factory=dict)  # by paragraph: see `origin`

    @classmethod
    def of(cls, source: Source) -> Index:
        parts, starts, pos = [], [], 0
        for para in source.paragraphs:
            starts.append(pos)
            norm = normalise(para.text)
            parts.append(norm)
            pos += len(norm) + 1  # "\n" keeps a quote from spanning paragraphs
        dropped = [
            (f"line {line.number} ({'not part of the article' if line.foreign else line.role})", normalise(line.text))
            for line in source.lines
            if (not line.kept or line.role == "caption") and line.text.strip()  # a caption is shown, not cited
        ]
        return cls("\n".join(parts), starts, list(source.paragraphs), dropped)

    def find(self, quote: str) -> tuple[Paragraph | None, str]:
        """The paragraph holding `quote` and the quote exactly as printed there, or None and why not."""
        needle = normalise(quote)
        at = self.text.find(needle)
        if at >= 0:
            k = bisect.bisect_right(self.starts, at) - 1
            paragraph, at = self.paragraphs[k], at - self.starts[k]
            if k not in self.origins:  # many quotes share a paragraph: map it once
                self.origins[k] = origin(paragraph.text)
            return paragraph, span(paragraph.text, self.origins[k], at, len(needle))
        for where, line in self.dropped:
            if needle in line:
                return None, f"the quote is in {where}, which is left out of the article: quote a body paragraph"
        return None, "copy the words exactly from one paragraph of the source; only spaces and curly quotes may differ"


def origin(text: str) -> list[int]:
    """For each character of `normalise(text)`, where in `text` it came from: the way
    back from a hit in the normalised text to the source's own characters."""
    out: list[int] = []
    for i, ch in enumerate(text.translate(FOLD)):
        if ch.isspace():
            continue
        if out and out[-1] != i - 1:
            out.append(i - 1)  # a run of whitespace became one space
        out.append(i)
    return out


def span(text: str, where: list[int], at: int, length: int) -> str:
    """The characters of `text` behind `length` normalised characters from `at`."""
    return text[where[at] : where[at + length - 1] + 1]


def exact(needle: str, text: str) -> str:
    """The source's own characters for a normalised quote found in `text`."""
    at = normalise(text).find(needle)
    assert at >= 0, "a normalised hit always has an exact span"
    return span(text, origin(text), at, len(needle))


def locate(citation: Citation, indexes: dict[str, Index]) -> tuple[Paragraph | None, str]:
    """(paragraph, the quote as printed) when found; (None, a hint for the curator) when not."""
    index = indexes.get(citation.source)
    if index is None:
        return None, f"unknown source {citation.source!r}: use one of {', '.join(sorted(indexes))}"
    return index.find(citation.quote)
