"""Paging: long lists (events, terms, actors, issues) cut into pages a reader's browser can hold.

Below a threshold a list stays on its one page, as a small site always had it; above it the
list's page becomes an overview linking to parts of at most `size` items, each part a run
of whole groups (a phase's months, a letter, a side) where they fit, with previous and next
links. Every item keeps one address, its part's, which `Paging.where` gives every link.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from .model import Site

T = TypeVar("T")

# Items per part, at most: keeps a page under the budgets that `make bench` and the tests
# check (150 KB compressed, 1,500 elements). An event takes about 28 elements (its table of
# contents entry included): 50 made 1,450; a matrix row holds more.
SIZES = {"events": 40, "terms": 50, "actors": 50, "issues": 25, "actor": 50, "sources": 50}


@dataclass
class Part(Generic[T]):
    """One page of a paged list: where it is, what it is called, what it holds."""

    path: str  # under docs/
    slug: str
    name: str  # within its group, e.g. "Jan – Mar 2019" or "B–H"
    title: str  # e.g. "The run-up to Hanoi, Jan – Mar 2019"
    group: str  # the heading it is listed under on the overview (a phase, a side; "" for none)
    items: list[T] = field(default_factory=list)
    previous: Part[T] | None = None
    next: Part[T] | None = None


def pack(groups: Iterable[tuple[str, str, list[T]]], size: int) -> list[tuple[str, list[str], list[T]]]:
    """Consecutive groups of one section joined while the total fits in `size`; a group larger than
    `size` is cut into runs of `size`. Groups are (section, label, items); the result is
    (section, labels spanned, items) per page."""
    pages: list[tuple[str, list[str], list[T]]] = []
    for section, label, items in groups:
        if len(items) > size:
            pages += [(section, [label], items[i : i + size]) for i in range(0, len(items), size)]
        elif pages and pages[-1][0] == section and len(pages[-1][2]) + len(items) <= size and pages[-1][1][-1] != label:
            pages[-1][1].append(label)
            pages[-1][2].extend(items)
        else:
            pages.append((section, [label], list(items)))
    return pages


def parts(
    base: str,
    groups: Iterable[tuple[str, str, list[T]]],
    size: int,
    span: Callable[[list[str]], str],
    heading: Callable[[str], str],
) -> list[Part[T]]:
    """Pages under `base`/ named by the groups they span. Pages that would share a name (a group
    cut in several, or two groups with one label, such as two sides named alike) are numbered."""
    packed = pack(groups, size)
    named = [(section, span(labels), items) for section, labels, items in packed]
    slugs = [_slug(f"{section} {name}") for section, name, _ in named]
    total = collections.Counter(slugs)
    seen: collections.Counter[str] = collections.Counter()
    out: list[Part[T]] = []
    for (section, name, items), slug in zip(named, slugs, strict=True):
        title = ", ".join(x for x in (heading(section) if section else "", name) if x)
        if total[slug] > 1:
            seen[slug] += 1
            name += f" ({seen[slug]} of {total[slug]})"
            title += f" ({seen[slug]} of {total[slug]})"
            slug += f"-{seen[slug]}"
        out.append(Part(f"{base}/{slug}.md", slug, name, title, heading(section) if section else "", items))
    for before, after in itertools.pairwise(out):
        before.next, after.previous = after, before
    return out


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "other"


def month(day: dt.date) -> str:
    return f"{day:%b %Y}"


def months(labels: list[str]) -> str:
    """ "Feb 2019", or "Jan 2018 – Mar 2019" for a run of months."""
    return labels[0] if len(labels) == 1 else f"{labels[0]} – {labels[-1]}"


def letters(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"


def initial(text: str) -> str:
    """The letter a name is filed under; "#" for one that starts otherwise."""
    first = text.lstrip("“\"'(").upper()[:1]
    return first if first.isalpha() else "#"


@dataclass
class Paging:
    """Where every event, term, actor card and matrix row of a site is: its list's one page, or a part."""

    events: list[Part]
    terms: list[Part]
    actors: list[Part]
    issues: list[Part]
    sources: list[Part]
    sizes: dict[str, int]
    place: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> path under docs/

    @classmethod
    def of(cls, site: Site, sizes: dict[str, int] = SIZES) -> Paging:
        events = list(site.events.values())
        by_phase_month = [
            (phase, month(site.dates[e.id].start), [e]) for phase in site.phases for e in events if e.phase == phase
        ]
        terms = sorted(site.terms.values(), key=lambda t: (initial(t.term), t.term.lower()))
        sides = {a.side: [] for a in site.actors.values()}
        for actor in site.actors.values():
            sides[actor.side].append(actor)
        issues = sorted(site.issues.values(), key=lambda i: (initial(i.title), i.title.lower()))
        sources = sorted(site.sources.values(), key=lambda s: s.meta.published.reference)
        paging = cls(
            events=_paged(
                "timeline",
                _merge(by_phase_month),
                sizes["events"],
                months,
                lambda p: site.phases[p].heading,
                len(events),
            ),
            terms=_paged(
                "glossary", [("", initial(t.term), [t]) for t in terms], sizes["terms"], letters, str, len(terms)
            ),
            actors=_paged(
                "actors/by-side",
                [("", site.actors[side].name, members) for side, members in sides.items()],
                sizes["actors"],
                months,
                str,
                len(site.actors),
            ),
            issues=_paged(
                "positions/matrix",
                [("", initial(i.title), [i]) for i in issues],
                sizes["issues"],
                letters,
                str,
                len(issues),
            ),
            sources=_paged(
                "sources/by-date",
                [("", month(s.meta.published.reference), [s]) for s in sources],
                sizes["sources"],
                months,
                str,
                len(sources),
            ),
            sizes=sizes,
        )
        for kind, kind_parts in (("event", paging.events), ("term", paging.terms)):
            for part in kind_parts:
                paging.place.update({(kind, item.id): part.path for item in part.items})
        said: dict[str, list[str]] = {}
        for quote in site.quotes.values():
            said.setdefault(quote.speaker, []).append(quote.id)
        for speaker, ids in said.items():
            paging.place.update({("quote", q): actor_path(speaker, i // sizes["actor"] + 1) for i, q in enumerate(ids)})
        return paging

    def where(self, kind: str, item_id: str, default: str) -> str:
        """The page an item's anchor is on: its part's when its list is paged."""
        return self.place.get((kind, item_id), default)


def _merge(groups: list[tuple[str, str, list[T]]]) -> list[tuple[str, str, list[T]]]:
    """Neighbouring single-item groups with the same section and label as one group."""
    out: list[tuple[str, str, list[T]]] = []
    for section, label, items in groups:
        if out and out[-1][:2] == (section, label):
            out[-1][2].extend(items)
        else:
            out.append((section, label, list(items)))
    return out


def _paged(
    base: str,
    groups: list[tuple[str, str, list[T]]],
    size: int,
    span: Callable[[list[str]], str],
    heading: Callable[[str], str],
    total: int,
) -> list[Part[T]]:
    """No parts when everything fits on the list's own page."""
    return parts(base, _merge(groups), size, span, heading) if total > size else []


def chunks(items: list[T], size: int) -> list[list[T]]:
    """`items` in runs of `size`; one empty run for no items, so every list has a first page."""
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def actor_path(actor_id: str, number: int) -> str:
    """An actor's first page keeps its address; later parts go beside it."""
    return f"actors/{actor_id}.md" if number == 1 else f"actors/{actor_id}/{number}.md"


def actor_parts(name: str, actor_id: str, lists: list[list[T]], size: int) -> list[Part[list[list[T]]]]:
    """A long actor page in parts: part k holds the k-th run of each of its lists (quotes,
    positions, events), so each section reads on in order from page to page."""
    runs = [chunks(items, size) for items in lists]
    count = max(len(r) for r in runs)
    out = []
    for k in range(count):
        slices = [r[k] if k < len(r) else [] for r in runs]
        path = actor_path(actor_id, k + 1)
        label = f"page {k + 1} of {count}"
        out.append(Part(path, str(k + 1), label, f"{name}, {label}", "", [slices]))
    for before, after in itertools.pairwise(out):
        before.next, after.previous = after, before
    return out
