"""Cite: find each quote in its source's cleaned text and name its paragraph.

Each source is normalised once; a quote is then one substring search in its own
source, so the work grows with the quotes and their sources, not their product.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .model import Citation, Paragraph, Source, short
from .yamlfile import read_kept, write_kept

MIN_QUOTE_CHARS = 8  # non-space characters: fewer could match almost anywhere
QUOTE_SHOWN = 300  # characters of a quote or passage a message shows before shortening it
NON_SPACE = re.compile(r"\S+")  # \s is what str.isspace() and str.split() take for space
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
    hits: dict[str, tuple[int, str]] = field(default_factory=dict)  # quote -> (paragraph index, exact)

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

    def find(self, quote: str) -> tuple[Paragraph, str] | Miss:
        """The paragraph holding `quote` and the quote exactly as printed there, or why not."""
        if hit := self.hits.get(quote):  # found before in this very text (see `kept_hits`)
            return self.paragraphs[hit[0]], hit[1]
        needle = normalise(quote)
        if len(needle.replace(" ", "")) < MIN_QUOTE_CHARS:
            return Miss(
                f"quote too short: {needle!r}",
                f"quote at least {MIN_QUOTE_CHARS} letters, digits or signs, so that it can match only one place",
            )
        at = self.text.find(needle)
        if at >= 0:
            k = self.number(at)
            again = self.text.find(needle, at + 1)
            if again >= 0:
                where = f"¶{self.paragraphs[k].number} and ¶{self.paragraphs[self.number(again)].number}"
                return Miss(
                    f"quote matches more than one place in its source ({where}): {short(needle, QUOTE_SHOWN)!r}",
                    "quote more of the words around it, so that it matches one place only",
                )
            paragraph, at = self.paragraphs[k], at - self.starts[k]
            if k not in self.origins:  # many quotes share a paragraph: map it once
                self.origins[k] = origin(paragraph.text)
            self.hits[quote] = (k, span(paragraph.text, self.origins[k], at, len(needle)))
            return paragraph, self.hits[quote][1]
        message = f"quote not found in its source: {short(needle, QUOTE_SHOWN)!r}"
        for where, line in self.dropped:
            if needle in line:
                return Miss(
                    message, f"the quote is in {where}, which is left out of the article: quote a body paragraph"
                )
        joined = self.text.replace("\n", " ").find(needle)
        if joined >= 0:
            first, last = self.number(joined), self.number(joined + len(needle) - 1)
            return Miss(
                message,
                f"the quote runs across ¶{self.paragraphs[first].number} and ¶{self.paragraphs[last].number}:"
                " quote from one paragraph, or cite each part",
            )
        return Miss(message, self.closest(needle))

    def number(self, at: int) -> int:
        """The index of the paragraph holding position `at` of the joined text."""
        return bisect.bisect_right(self.starts, at) - 1

    def closest(self, needle: str) -> str:
        """The passage that shares the longest start (or end) with the quote, and where the
        two first differ: a curator sees the typo instead of searching for it."""
        head = _longest(len(needle), lambda n: self.text.find(needle[:n]) >= 0)
        tail = _longest(len(needle), lambda n: self.text.find(needle[len(needle) - n :]) >= 0)
        if max(head, tail) < MIN_QUOTE_CHARS:
            return (
                "no passage of the source starts or ends with the same words: copy the words exactly from one paragraph"
            )
        if head >= tail:
            start = self.text.find(needle[:head])
        else:
            start = max(0, self.text.find(needle[len(needle) - tail :]) - (len(needle) - tail))
        k = self.number(start)
        start = max(start, self.starts[k])
        passage = self.text[start : start + len(needle)].split("\n")[0]
        differ = next(
            (i for i, (a, b) in enumerate(zip(needle, passage, strict=False)) if a != b), min(len(needle), len(passage))
        )
        return (
            f"closest passage, ¶{self.paragraphs[k].number}: {short(passage, QUOTE_SHOWN)!r}; they first differ at"
            f" character {differ + 1}: the quote has {needle[differ : differ + 20]!r},"
            f" the source {passage[differ : differ + 20]!r};"
            " copy the words exactly (only spaces and curly quotes may differ)"
        )


def _longest(limit: int, holds: Callable[[int], bool]) -> int:
    """The largest n <= limit for which `holds(n)`, when holding is monotone (a prefix found
    means every shorter prefix is found too)."""
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if holds(mid):
            low = mid
        else:
            high = mid - 1
    return low


@dataclass(frozen=True)
class Miss:
    """A quote that cannot be cited: what is wrong and what to do."""

    message: str
    hint: str


def origin(text: str) -> list[int]:
    """For each character of `normalise(text)`, where in `text` it came from: the way
    back from a hit in the normalised text to the source's own characters."""
    out: list[int] = []
    # By runs of non-space, not character by character: at 1,000 realistic articles (33,558
    # paragraphs mapped) 2.8 s of a profiled load did it one character at a time.
    for run in NON_SPACE.finditer(text.translate(FOLD)):
        if out:
            out.append(run.start() - 1)  # a run of whitespace became one space
        out.extend(range(run.start(), run.end()))
    return out


def span(text: str, where: list[int], at: int, length: int) -> str:
    """The characters of `text` behind `length` normalised characters from `at`."""
    return text[where[at] : where[at + length - 1] + 1]


def exact(needle: str, text: str) -> str:
    """The source's own characters for a normalised quote found in `text`."""
    at = normalise(text).find(needle)
    assert at >= 0, "a normalised hit always has an exact span"
    return span(text, origin(text), at, len(needle))


def kept_hits(indexes: dict[str, Index], file: Path, code: bytes) -> Callable[[], None]:
    """Give each index the quotes found in it before, kept in `file` by the digest of its text
    and the generator's code; the function returned keeps this run's. At 100 synthetic articles
    (8,490 citations) a whole load took 0.52 s finding every quote again (mapping each
    paragraph back to the source's characters) and 0.37 s with them kept (medians of 5)."""
    kept = read_kept(file, b"", {})
    keys = {sid: hashlib.sha256(code + index.text.encode("utf-8")).digest() for sid, index in indexes.items()}
    for sid, index in indexes.items():
        index.hits = dict(kept.get(keys[sid], {}))

    def keep() -> None:
        now = {keys[sid]: index.hits for sid, index in indexes.items()}
        if now == kept:
            return
        write_kept(file, b"", now)

    return keep


def locate(citation: Citation, indexes: dict[str, Index]) -> tuple[Paragraph, str] | Miss:
    """(paragraph, the quote as printed) when found; a Miss saying why not otherwise."""
    index = indexes.get(citation.source)
    if index is None:
        return Miss(
            f"unknown source {short(citation.source)!r}", f"use one of: {', '.join(sorted(indexes)) or 'none yet'}"
        )
    return index.find(citation.quote)
