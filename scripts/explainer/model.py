"""The curated data model: what a curator writes in YAML, checked by msgspec.

Raw YAML becomes these objects in `load`; `cite` and `dates` then attach what the
sources say (paragraphs, resolved dates) so templates never compute anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Literal

from msgspec import Meta, Struct

from .rules import KINDS

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
SLUG_MAX = 100  # an id names a page file or an anchor: file systems allow 255 bytes
Slug = Annotated[str, Meta(pattern=SLUG, max_length=SLUG_MAX)]  # lowercase words joined by hyphens
# The longest text a field holds: a paragraph (the longest today, a summary, has 1,041 characters).
# Markdown reads a text's marks in time that grows with the square of their number: 128 KB of "[a]("
# took 17 s each time it was put on a page.
TEXT_MAX = 5000
Text = Annotated[str, Meta(max_length=TEXT_MAX)]
Reason = Annotated[str, Meta(min_length=10, max_length=TEXT_MAX)]

Url = Annotated[str, Meta(pattern=r"^https?://[^\s()<>\"]+$", max_length=TEXT_MAX)]


class Strict(Struct, kw_only=True, forbid_unknown_fields=True, frozen=True, gc=False):
    """Unknown fields are errors: a typo must not silently drop data. The items form a
    tree, never a cycle, so the garbage collector need not track them (gc=False).
    Subclasses inherit all but kw_only, which each repeats so optional fields may come first."""


class Citation(Strict, kw_only=True):
    source: Slug
    quote: Annotated[str, Meta(min_length=8, max_length=TEXT_MAX)]


Cites = Annotated[list[Citation], Meta(min_length=1)]


class OtherReport(Strict, kw_only=True):
    """Published reporting outside the sources that contradicts or corrects them. Shown apart
    from the citations: the build cannot check it against a text it does not hold."""

    says: Text
    outlet: Text
    date: Text  # as the outlet prints it, e.g. "23 Feb 2019" or "June 2012"
    title: Text
    url: Url


class Cited(Strict, kw_only=True):
    id: Slug
    cites: Cites
    note: Text | None = None  # a visible curator's note
    differs: Text | None = None  # where the sources disagree on a fact (a date, a condition, a scope)
    other_reporting: list[OtherReport] = []


class Estimate(Strict, kw_only=True):
    """A date the curator infers, in the date grammar's words, and why: shown as the
    curator's estimate, never as the source's words."""

    words: Text
    reason: Reason


class Dated(Cited, kw_only=True):
    """`when` is words printed in a quote the item cites from `when_source` (by default the
    first cited source whose quote holds them); `when_estimate` is the curator's own.
    Stances repeat these three fields: a struct has one line of field-bearing bases."""

    when: Text | None = None
    when_estimate: Estimate | None = None
    when_source: Slug | None = None


# --- sources --------------------------------------------------------------------


class Published(Strict, kw_only=True):
    """When a source appeared, as precisely as it says and no more."""

    label: Text  # the source's own words, or how the date was inferred
    precision: Literal["minute", "day", "range"]
    date: dt.date | None = None
    time: dt.time | None = None
    timezone: Text | None = None  # IANA name
    earliest: dt.date | None = None
    latest: dt.date | None = None

    def __post_init__(self) -> None:
        if self.precision in ("minute", "day") and self.date is None:
            raise ValueError(f"precision {self.precision!r} needs a date")
        if self.precision == "range" and (self.earliest is None or self.latest is None):
            raise ValueError("precision 'range' needs both earliest and latest")
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError("earliest is after latest")

    @property
    def reference(self) -> dt.date:
        """The day relative expressions ("last week") count from."""
        return self.date or self.latest or self.earliest  # type: ignore[return-value]


class ForeignLine(Strict, kw_only=True):
    line: Annotated[int, Meta(ge=1)]
    reason: Text


class LineKind(Strict, kw_only=True):
    """The curator's correction of what the rules made of one line."""

    line: Annotated[int, Meta(ge=1)]
    kind: Literal[KINDS]  # type: ignore[valid-type]
    reason: Text


class SourceMeta(Strict, kw_only=True):
    id: Slug
    title: Text
    short_title: Annotated[str, Meta(max_length=40)]  # how citations name the source
    outlet: Text | None  # None: the text names no outlet
    authors: list[Text]
    published: Published
    language: Text
    rights: Text
    sha256: Annotated[str, Meta(pattern=r"^[0-9a-f]{64}$")]
    url: Text | None = None
    notes: list[Text] = []
    foreign_lines: list[ForeignLine] = []  # lines printed with the text that are not of it
    line_kinds: list[LineKind] = []  # lines the rules read wrong, with their right kind
    # The line of ¶1, ¶2, …: #p1, #p2, … links made before anchors were by line (null: gone).
    p_anchors: list[Annotated[int, Meta(ge=1)] | None] = []


# --- curated items ----------------------------------------------------------------


ActorKind = Literal["person", "state", "organisation", "group"]


class Actor(Cited, kw_only=True):
    name: Text
    kind: ActorKind
    side: Slug  # a party id: the state the actor acts for
    role: Text
    aliases: list[Text] = []
    party: bool = False  # a state whose stances the positions matrix compares


class Phase(Strict, kw_only=True):
    """A stretch of the story with a heading; the timeline lists phases in file order.
    With a span, every event of the phase must start inside it, so the heading stays true."""

    id: Slug
    heading: Text
    start: dt.date | None = None
    end: dt.date | None = None


class Event(Dated, kw_only=True):
    phase: Slug
    order: int = 0  # among events starting the same day, lower first (then file order)
    title: Text
    summary: Text
    actors: list[Text] = []
    topics: list[Text] = []  # issue ids


class Stance(Strict, kw_only=True):
    party: Text
    position: Text  # the party's position, stated by it or reported of it
    when: Text | None = None  # for a stance that moved: when this one held (as in `Dated`)
    when_estimate: Estimate | None = None
    when_source: Slug | None = None
    cites: Cites


class Compromise(Strict, kw_only=True):
    text: Text
    cites: Cites


class Gap(Strict, kw_only=True):
    label: Literal["agreed", "close", "apart", "far apart", "unclear"]
    why: Text
    cites: Cites


class Issue(Cited, kw_only=True):
    title: Text
    summary: Text
    stances: list[Stance] = []  # none: no party's position is reported, only the summary
    compromise: Compromise | None = None
    gap: Gap | None = None


class Term(Cited, kw_only=True):
    term: Text
    abbreviation: Annotated[str, Meta(pattern=r"^[A-Za-z0-9.&-]+$")] | None = None
    definition: Text


class Quote(Dated, kw_only=True):
    """Words the source puts in quotation marks and gives to a speaker it names; a phrase in
    quotation marks with no speaker is a glossary term, not a quote. Undated when the
    source gives no date for the words."""

    speaker: Text  # an actor the source names as the speaker
    text: Text  # verbatim, checked against the source like any quote
    event: Text | None = None  # said at this event: the quote takes its date
    context: Text


class Fact(Cited, kw_only=True):
    """A line of the home page's "at a glance" box or its outcome account."""

    section: Literal["glance", "sides", "outcome"]
    label: Text
    text: Text


class IgnoredParagraph(Strict, kw_only=True):
    """A body paragraph deliberately left uncited, found by a quote like any citation."""

    source: Text
    quote: Text
    reason: Reason


class IgnoredCandidate(Strict, kw_only=True):
    """A date, name or quotation the candidates report should stop listing, and why."""

    kind: Literal["date", "name", "quotation"]
    text: Text
    reason: Reason


class Ignored(Strict, kw_only=True):
    paragraphs: list[IgnoredParagraph] = []
    candidates: list[IgnoredCandidate] = []


def stance_key(issue_id: str, index: int) -> str:
    """A stance's key in `Site.dates`: stances have no id of their own."""
    return f"{issue_id}/stances/{index}"


def corroborated(cites: Iterable[Citation]) -> bool:
    """Reported by more than one source."""
    return len({c.source for c in cites}) > 1


def citations_of(item: Cited) -> list[tuple[tuple[str | int, ...], Citation]]:
    """Every citation an item makes, with its path inside the item (for line numbers)."""
    found: list[tuple[tuple[str | int, ...], Citation]] = [(("cites", i), c) for i, c in enumerate(item.cites)]
    for i, stance in enumerate(getattr(item, "stances", [])):
        found += [(("stances", i, "cites", j), c) for j, c in enumerate(stance.cites)]
    for name in ("gap", "compromise"):
        if part := getattr(item, name, None):
            found += [((name, "cites", j), c) for j, c in enumerate(part.cites)]
    return found


# --- what the pipeline attaches --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    source: str
    number: int
    text: str
    kind: Literal["body", "editor-note", "correction", "list-item"] = "body"
    line: int = 0  # its line in the file: what the anchor is made of
    alias: str = ""  # an older anchor kept working (see SourceMeta.p_anchors)

    @property
    def anchor(self) -> str:
        """Made of the paragraph's line in the never-edited file, so it never moves."""
        return f"L{self.line}"


@dataclass(frozen=True, slots=True)
class Line:
    """A raw line of a source and what ingestion decided it is."""

    number: int
    text: str
    role: str  # its kind: title, dek, byline, heading, body, caption, widget, ... (see rules.py)
    kept: bool
    why: str = ""
    foreign: str = ""  # set when the metadata says the line is not of the article


@dataclass(frozen=True, slots=True)
class Source:
    meta: SourceMeta
    path: str
    lines: list[Line]
    paragraphs: list[Paragraph]
    dateline: str | None = None

    @property
    def by_line(self) -> dict[int, Paragraph]:
        """Paragraphs by their line in the file, for pages that walk the lines."""
        return {p.line: p for p in self.paragraphs}

    @property
    def id(self) -> str:
        return self.meta.id


@dataclass(frozen=True, slots=True)
class Resolved:
    """A citation found in its source."""

    citation: Citation
    paragraph: Paragraph
    exact: str  # the quote as the source prints it (curly quotes and all)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A period as precise as the source allows: 24 Feb 2019, Oct 2018, 2018."""

    start: dt.date
    end: dt.date
    precision: Literal["day", "days", "week", "month", "year", "years"]
    label: str
    expression: str


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with the input, with where it is and what to do."""

    file: str
    line: int | None
    item: str
    message: str
    hint: str

    primary: bool = False  # its cause may bring others on the same line: only this one is reported

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: [{short(self.item)}] {short(self.message, 1000)} (hint: {short(self.hint, 1000)})"


def short(value: object, limit: int = 60) -> str:
    """A value as a message quotes it: cut past `limit` characters, saying how long it was."""
    text = str(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} characters)"


@dataclass
class Site:
    """Everything the renderer needs, checked and resolved."""

    sources: dict[str, Source]
    phases: dict[str, Phase]  # in timeline order
    actors: dict[str, Actor]
    events: dict[str, Event]  # every dict keeps display order: events by date
    issues: dict[str, Issue]
    terms: dict[str, Term]
    quotes: dict[str, Quote]
    facts: dict[str, Fact]
    resolved: dict[tuple[str, str], Resolved] = field(default_factory=dict)
    dates: dict[str, PartialDate] = field(default_factory=dict)  # by event or quote id, or stance_key
    estimates: dict[str, str] = field(default_factory=dict)  # same keys: the curator's reason
    ignored_paragraphs: dict[tuple[str, int], str] = field(default_factory=dict)  # (source, number) -> reason
    ignored_candidates: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, text) -> reason
