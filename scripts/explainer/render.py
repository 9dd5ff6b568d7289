"""Render: the checked model into Markdown pages, one function per page kind.

Templates hold the layout (templates/, in the environment of templating.py); pages link
and cite through page.Page; the timeline's chart is chart.py's.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from jinja2 import Environment
from markupsafe import Markup

from . import coverage, export
from .chart import periods, timeline_svg
from .forked import Forked
from .incremental import Memory, Reads, Tracked, fingerprint, tracked
from .model import Site
from .page import Page
from .paging import SIZES, Paging, actor_parts
from .templating import environment
from .write import KEPT, Kept


def summit_schema(site: Site) -> Markup:
    """schema.org Event for search engines, as a JSON object for the home page's front matter.

    The summit is the longest event of the summit phase (the two days, not one of their
    moments); its place is the "where" fact. Empty when the data has no summit phase.
    """
    summit = [e for e in site.events.values() if e.phase == "summit"]
    if not summit:
        return Markup("")
    event = max(summit, key=lambda e: site.dates[e.id].end - site.dates[e.id].start)
    d = site.dates[event.id]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "startDate": d.start.isoformat(),
        "endDate": d.end.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "attendee": [
            {"@type": "Person", "name": site.actors[a].name} for a in event.actors if site.actors[a].kind == "person"
        ],
    }
    if where := site.facts.get("where"):
        data["location"] = {"@type": "Place", "name": where.text.rstrip(".")}
    return Markup(json.dumps(data, ensure_ascii=False))


def _render(env: Environment, site: Site, template: str, path: str, context: dict[str, Any]) -> str:
    page = Page(site, path, env.globals["paging"])
    return env.get_template(template).render(site=site, page=page, **context)


class Abbreviations:
    """Each page gets the definitions of the abbreviations it uses, not the whole glossary's:
    a page then costs what it holds, however many terms the glossary has."""

    WORD = re.compile(r"\w+")

    def __init__(self, env: Environment, site: Site) -> None:
        self.template = env.get_template("abbreviations.md.j2")
        terms = [t for t in site.terms.values() if t.abbreviation]
        self.words = {t.abbreviation: t for t in terms if self.WORD.fullmatch(t.abbreviation)}
        self.others = [t for t in terms if t.abbreviation not in self.words]  # with "." "&" "-": rare
        starts = "".join(sorted({re.escape(word[0]) for word in self.words}))
        self.start = re.compile(f"[{starts}]\\w*") if starts else None  # a word that may be one of them

    def found(self, text: str) -> set[str]:
        """The text's words (as WORD finds them) that start as an abbreviation does, a superset
        of those it uses. Only these are made into strings: at 1,000 realistic articles (420
        abbreviations), 0.8 s where every word of 76 MB of pages took 2.0-2.9 s."""
        if self.start is None:
            return set()
        word = self.WORD.match
        return {m.group() for m in self.start.finditer(text) if not (m.start() and word(text, m.start() - 1))}

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.words) | {t.abbreviation for t in self.others}

    def uses(self, text: str, abbreviations: Iterable[str]) -> bool:
        """Whether `text` uses one of `abbreviations`, as `__call__` would find it."""
        words = self.found(text)
        return any(a in words if a in self.words else a in text for a in abbreviations)

    def __call__(self, text: str, reads: Reads) -> str:
        """The page with its abbreviations defined after it (Markdown's abbr matches whole words);
        the terms defined are noted as read."""
        # One set operation: as a comprehension, 2.0 s of a 74 s profiled 1,000-article generation.
        used = self.words.keys() & self.found(text)
        terms = [t for t in self.others if t.abbreviation in text] + [self.words[w] for w in sorted(used)]
        for term in terms:
            reads.note("terms", term.id)
        return text + self.template.render(terms=terms) if terms else text


class Listener(Protocol):
    """Told of the pages as they are made: a site builder that reads them before they are written."""

    def checked(self) -> None:
        """The input passed every check: nothing stops the run now but a fault of its own."""

    def listed(self, names: list[str]) -> bool:
        """Every file the run makes (pages, then exports), before any is made; True when the
        pages are read as they are made (by a builder on another core, which paces the render)."""

    def made(self, name: str, text: str | Kept) -> None:
        """A page's Markdown, or KEPT when its file in docs/ is already what it would be."""

    def written(self) -> None:
        """Every file is in docs/; what the run does after is for its next run only."""


def group(pairs: Iterable[tuple[str, Any]]) -> defaultdict[str, list[Any]]:
    """Items by key, in the order given: one pass instead of a search per page."""
    out: defaultdict[str, list[Any]] = defaultdict(list)
    for key, item in pairs:
        out[key].append(item)
    return out


def render_all(
    site: Site,
    cache: Path | None = None,
    sizes: dict[str, int] = SIZES,
    memory: Memory | None = None,
    forked: bool = False,
    order: Callable[[str], Any] | None = None,
    listener: Listener | None = None,
) -> Iterator[tuple[str, str | bytes | Iterator[bytes] | Kept]]:
    """Every generated file as (path under docs/, text), one at a time, so a large corpus
    never holds all its pages in memory at once; lists longer than `sizes` in parts. With a
    `memory` of the last run, a page nothing it reads has changed is KEPT, not rendered
    (incremental.py): at 100 synthetic articles, after an event's title changed, rendering
    and writing took 2.09 s for every page and 0.54 s for the pages that read the event, the
    exports included (medians of 5, on a busy machine). `forked`: two pages in three are
    rendered in a forked process (forked.py), on the second core, and given in their place;
    this one writes every page and makes the exports besides. `order`: the pages rendered
    sorted by this key of their paths (the order a site builder reads them in), and each told
    to the `listener` as it is made, after the list of every file."""
    env = environment(cache)
    reads = Reads()
    shown, paging = tracked(site, Paging.of(site, sizes), reads)
    env.globals["paging"] = paging  # this render's, like `site`
    cited_by = Tracked("cited_by", coverage.cited_by(site), reads)
    abbreviate = Abbreviations(env, site)
    if memory:
        memory.begin(reads, abbreviate.vocabulary)

    def render(path: str, template: str, context: dict[str, Any]) -> tuple[str | Kept, Any]:
        """The page, or KEPT; and what the memory keeps of it (its context, its reads)."""
        known = fingerprint({"": template, **context}) if memory else b""
        if memory and memory.clean(path, known, abbreviate.uses):
            return KEPT, None
        reads.keys = set()
        text = abbreviate(_render(env, shown, template, path, context), reads)
        keys, reads.keys = reads.keys, None
        return text, (known, keys)

    def pages() -> Iterable[tuple[str, str, dict[str, Any]]]:
        return _pages(env, shown, cited_by) if order is None else ordered

    ordered = sorted(_pages(env, shown, cited_by), key=lambda p: order(p[0])) if order else []
    if listener and listener.listed([path for path, _, _ in pages()] + list(export.FILES.values())):
        # Read as made, the pages come no faster than the reader converts them: a second process
        # would only take the reader's core. At 100 realistic articles the generation took 4.7 s
        # of CPU in one process against 5.3 s in two.
        forked = False

    def theirs() -> Iterator[tuple[str | Kept, Any]]:
        return (render(path, template, context) for i, (path, template, context) in enumerate(pages()) if i % 3)

    child = Forked(theirs) if forked else None
    # In a builder's order, the exports are made halfway through the pages, while the builder
    # converts those its pipe holds (streamed.PIPE_BYTES): made last, at 100 realistic articles,
    # they kept MkDocs waiting 0.16 s before it could copy them.
    middle = len(ordered) // 2 if order else -1
    try:
        for i, (path, template, context) in enumerate(pages()):
            if i == middle:
                yield from export.exports(site)
            text, made = child.next() if child and i % 3 else render(path, template, context)
            if memory:
                memory.made.add(path)
                if made:
                    memory.rendered(path, *made)
            if listener:
                listener.made(path, text)
            yield path, text
    finally:
        if child:
            child.close()
    if middle < 0 or not ordered:
        yield from export.exports(site)


def _pages(env: Environment, site: Site, cited_by: Mapping[Any, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every Markdown page as (path under docs/, template, context)."""
    paging: Paging = env.globals["paging"]
    parties = [a for a in site.actors.values() if a.party]
    yield "index.md", "home.md.j2", {"parties": parties, "schema_org": summit_schema(site)}
    chart = timeline_svg(site, Page(site, "timeline.md", paging))
    by_period = periods(site) if paging.events else {}
    yield "timeline.md", "timeline.md.j2", {"chart": chart, "part": None, "periods": by_period}
    sides = group((a.side, a) for a in site.actors.values())
    yield "actors/index.md", "actors.md.j2", {"sides": sides, "part": None}
    yield "positions/index.md", "positions.md.j2", {"parties": parties, "part": None}
    yield "sources/index.md", "sources.md.j2", {"part": None}
    yield "glossary.md", "glossary.md.j2", {"part": None}
    for template, kind_parts, context in (
        ("timeline.md.j2", paging.events, {"chart": "", "periods": {}}),
        ("glossary.md.j2", paging.terms, {}),
        ("actors.md.j2", paging.actors, {}),
        ("positions.md.j2", paging.issues, {"parties": parties}),
        ("sources.md.j2", paging.sources, {}),
    ):
        for part in kind_parts:
            if template == "actors.md.j2":
                context = {"sides": group((a.side, a) for a in part.items)}
            yield part.path, template, {"part": part, **context}
    events = site.events.values()
    by_actor = group((a, e) for e in events for a in e.actors)
    by_topic = group((t, e) for e in events for t in e.topics)
    quotes = group((q.speaker, q) for q in site.quotes.values())
    stances = group((s.party, (i, s)) for i in site.issues.values() for s in i.stances)
    for actor in site.actors.values():
        lists = [quotes[actor.id], stances[actor.id], by_actor[actor.id]]
        parts = actor_parts(actor.name, actor.id, lists, paging.sizes["actor"])
        for part in parts:
            [(quoted, positions, listed)] = part.items
            context = {"actor": actor, "events": listed, "quotes": quoted, "stances": positions}
            yield part.path, "actor.md.j2", {**context, "part": part if len(parts) > 1 else None}
    for issue in site.issues.values():
        path = f"positions/{issue.id}.md"
        yield path, "issue.md.j2", {"issue": issue, "events": by_topic[issue.id]}
    for source in site.sources.values():
        path = f"sources/{source.id}.md"
        yield path, "source.md.j2", {"source": source, "cited_by": cited_by}
    paragraphs = [(s.id, p.number) for s in site.sources.values() for p in s.paragraphs]
    yield (
        "about.md",
        "about.md.j2",
        {
            "counts": coverage.stats(site),
            "cited": Counter(s for s, n in paragraphs if (s, n) in cited_by),
            "ignored": Counter(s for s, _ in site.ignored_paragraphs),
            "totals": Counter(s for s, _ in paragraphs),
            "data": export.FILES,
        },
    )
