"""Render: the checked model into Markdown pages, one function per page kind.

Templates hold the layout. Every value a template prints is escaped for Markdown and
HTML unless Python built it as markup, so text typed into YAML is shown, never run.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import cite, coverage, export
from .model import Citation, Event, Issue, Quote, Site, Stance, corroborated, stance_key
from .paging import SIZES, Paging, actor_parts

TEMPLATES = Path(__file__).parent / "templates"
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")
# What makes a line start a block (heading, quote, list, admonition, definition, setext
# underline, snippet include, table...): its first sign is written as a character reference,
# which Markdown shows as the sign and never reads as syntax.
BLOCK_START = re.compile(r"^(\s*)(?:([#>+\-=:~!?%;<]))|^(\s*\d+)([.)])")
EMOJI = re.compile(r":(?=[+\-\w]+:)")  # a shortcode's opening colon
WHITESPACE = re.compile(r"\s+")
NESTED = str.maketrans({"“": "‘", "”": "’"})

# How exactly a resolved date is known, in a reader's words.
PRECISION_WORDS: dict[str, str] = {
    "day": "known to the day",
    "days": "a range of days",
    "week": "known to the week",
    "month": "known to the month",
    "year": "known to the year",
    "years": "a range of years",
}


def one_line(text: str) -> str:
    """Line breaks and runs of spaces from YAML's folded strings as single spaces."""
    return WHITESPACE.sub(" ", text)


def escape_md(value: Any) -> Markup:
    """Plain text made safe inside a Markdown paragraph or table cell."""
    if isinstance(value, Markup):
        return value
    return _escape_text(str(value))


@lru_cache(maxsize=4096)
def _escape_text(text: str) -> Markup:
    """Names, dates and labels recur on many pages: escape each once."""
    text = MD_SPECIAL.sub(r"\\\1", html.escape(one_line(text), quote=False))
    return Markup(EMOJI.sub("&#58;", BLOCK_START.sub(_reference, text)))


def _reference(match: re.Match[str]) -> str:
    space, sign = (match[1], match[2]) if match[2] else (match[3], match[4])
    return f"{space}&#{ord(sign)};"


def tooltip(value: Any) -> Markup:
    """Text for a title attribute that the theme turns into a tooltip with innerHTML: escaped
    twice, so the attribute holds escaped text and the tooltip shows it as text."""
    return Markup(html.escape(html.escape(one_line(str(value)), quote=False), quote=False))


def escape_attr(value: Any) -> Markup:
    """Plain text made safe inside a raw HTML attribute, where Markdown does not run."""
    return Markup(html.escape(one_line(str(value)), quote=True))


class Page:
    """What one page's template needs to link and cite relative to itself."""

    def __init__(self, site: Site, path: str, paging: Paging | None = None) -> None:
        self.site = site
        self.path = path
        self.paging = paging or Paging.of(site)
        self.notes: dict[tuple[tuple[str, str], ...], int] = {}  # citations -> footnote number

    def url(self, target: str) -> str:
        """A relative link, so the site works under any sub-path and from file://."""
        target, hashmark, anchor = target.partition("#")
        if not target:
            return hashmark + anchor
        here, there = self.path.split("/")[:-1], target.split("/")
        common = 0
        while common < min(len(here), len(there) - 1) and here[common] == there[common]:
            common += 1
        return "/".join([".."] * (len(here) - common) + there[common:]) + hashmark + anchor

    def cite(self, cites: Iterable[Citation]) -> Markup:
        """One footnote marker for a statement's citations, listed by `footnotes`.

        One marker per statement, not per quote: its tooltip shows all its sources at once,
        and a row of the matrix is not a row of numbers."""
        key = tuple(dict.fromkeys((c.source, c.quote) for c in cites))
        if not key:
            return Markup("")
        return Markup(f"[^{self.notes.setdefault(key, len(self.notes) + 1)}]")

    def footnotes(self) -> Markup:
        lines = []
        for key, number in self.notes.items():
            quotes = []
            for citation in key:
                resolved = self.site.resolved[citation]
                para = resolved.paragraph
                source = self.site.sources[para.source]
                link = self.url(f"sources/{source.id}.md#{para.anchor}")
                inner = resolved.exact.translate(NESTED)  # a quotation inside the quote takes single marks
                quotes.append(f"“{escape_md(inner)}” [{escape_md(source.meta.short_title)}, ¶{para.number}]({link})")
            lines.append(f"[^{number}]: " + "; ".join(quotes))
        return Markup("\n".join(lines))

    def words(self, quote: Quote) -> str:
        """A quotation as its source prints it (curly quotes, not the curator's straight ones)."""
        first = quote.cites[0]
        return cite.exact(cite.normalise(quote.text), self.site.resolved[(first.source, first.quote)].paragraph.text)

    def link(self, kind: str, item_id: str) -> Markup:
        """A link to an item's own page or anchor, named as readers know it."""
        site = self.site
        if kind == "actor":
            target, name = f"actors/{item_id}.md", site.actors[item_id].name
        elif kind == "issue":
            target, name = f"positions/{item_id}.md", site.issues[item_id].title
        elif kind == "source":
            target, name = f"sources/{item_id}.md", site.sources[item_id].meta.short_title
        elif kind == "event":
            target, name = f"{self.paging.where('event', item_id, 'timeline.md')}#{item_id}", site.events[item_id].title
        elif kind == "term":
            target, name = f"{self.paging.where('term', item_id, 'glossary.md')}#{item_id}", site.terms[item_id].term
        elif kind == "quote":
            quote = site.quotes[item_id]
            target = self.paging.where("quote", item_id, f"actors/{quote.speaker}.md") + f"#quote-{item_id}"
            name = f"quote of {site.actors[quote.speaker].name}"
        else:
            target, name = "index.md", site.facts[item_id].label
        return Markup(f"[{escape_md(name)}]({self.url(target)})")

    def when(self, key: str) -> Markup:
        """The resolved date, with the source's own words in small print beside it, or, for
        a date the curator inferred, the curator's reason: never quoted as the source's."""
        d = self.site.dates[key]
        date = f'<span class="date" data-precision="{d.precision}">{escape_md(d.label)}</span>'
        if reason := self.site.estimates.get(key):
            return Markup(f'{date} <small class="date-estimate">(curator\'s estimate: {escape_md(reason)})</small>')
        return Markup(f'{date} <small class="date-words">(“{escape_md(d.expression)}”)</small>')

    def stance_when(self, issue: Issue, stance: Stance) -> Markup:
        """A stance's resolved date, or nothing for an undated stance."""
        key = stance_key(issue.id, issue.stances.index(stance))
        return self.when(key) if key in self.site.dates else Markup("")

    def precision(self, item_id: str) -> Markup:
        """How exactly the date is known, in words, so readers need not hover."""
        words = PRECISION_WORDS[self.site.dates[item_id].precision]
        return Markup(f'<small class="precision">{escape_md(words)}</small>')


# --- the timeline chart ----------------------------------------------------------------
# Drawn at build time as inline SVG so it needs no JavaScript: one band per phase, one
# marker per event spaced by order (the events span two decades, so a linear axis would
# crowd the summit days into a dot), each marker a link to its event's anchor. When the
# timeline is paged, one marker per period (month, quarter, year or decade: the finest that
# keeps the chart to MARKS markers) with its count, linking to the period's first event.

STEP = 26  # px between markers: leaves each link a 24 px target
FONT = 12  # px, labels
PAD = 10  # inner padding of a band
BAND = PAD + 2 * (FONT + 3) + 34  # height of a phase band: two lines of heading, then the axis
AXIS = BAND - 17  # y of the markers inside a band
GAP = 6  # between bands
CHAR = 0.6 * FONT  # a generous average glyph width, to size boxes without a font
SLANT = 0.7071  # cos 45°: date labels are written at 45° under their markers
MARKS = 40  # markers at most on a chart of periods: about a desktop column's width
PERIODS: list[tuple[str, Callable[[dt.date], str]]] = [
    ("month", lambda d: f"{d:%b %Y}"),
    ("quarter", lambda d: f"Q{(d.month - 1) // 3 + 1} {d.year}"),
    ("year", lambda d: str(d.year)),
    ("decade", lambda d: f"{d.year // 10 * 10}s"),
]


@dataclass(frozen=True)
class Mark:
    """One event's, or one period's, marker on the chart; `x` once it is placed."""

    href: str
    name: str  # what the marker is called, e.g. "24 Feb 2019: Kim leaves" or "Feb 2019: 37 events"
    label: str
    exact: bool  # the date is a single day (or the marker is a period's count)
    count: int = 1
    x: float = 0.0


def _event_marks(site: Site, page: Page) -> dict[str, list[Mark]]:
    """One mark per event, by phase: the chart of a timeline on one page."""
    marks: dict[str, list[Mark]] = {phase: [] for phase in site.phases}
    for e in site.events.values():
        d = site.dates[e.id]
        estimate = " (curator's estimate)" if e.id in site.estimates else ""
        marks[e.phase].append(
            Mark(
                page.url(page.paging.where("event", e.id, "") + "#" + e.id),
                f"{d.label}{estimate}: {e.title}",
                d.label,
                d.precision == "day",
            )
        )
    return marks


@dataclass(frozen=True)
class Period:
    """A run of one phase's events in the same month, quarter, year or decade: a chart marker
    of a paged timeline, listed on its overview under `anchor`."""

    phase: str
    label: str
    events: list[Event]

    @property
    def anchor(self) -> str:
        return "period-" + re.sub(r"[^a-z0-9]+", "-", f"{self.phase} {self.label}".lower()).strip("-")


def periods(site: Site) -> dict[str, list[Period]]:
    """The events by phase and period, the finest periods that keep the chart to MARKS markers."""
    for _, key in PERIODS:
        runs: dict[str, list[Period]] = {phase: [] for phase in site.phases}
        for e in site.events.values():
            label, phase_runs = key(site.dates[e.id].start), runs[e.phase]
            if phase_runs and phase_runs[-1].label == label:
                phase_runs[-1].events.append(e)
            else:
                phase_runs.append(Period(e.phase, label, [e]))
        if sum(len(r) for r in runs.values()) <= MARKS:
            break
    return runs


def _period_marks(site: Site, page: Page) -> dict[str, list[Mark]]:
    """One mark per period, linking to the period's entry in the overview's list (the chart is raw
    HTML: MkDocs does not turn its links to other pages into URLs)."""
    marks: dict[str, list[Mark]] = {}
    for phase, phase_periods in periods(site).items():
        marks[phase] = []
        for p in phase_periods:
            noun = "event" if len(p.events) == 1 else "events"
            marks[phase].append(
                Mark(f"#{p.anchor}", f"{p.label}: {len(p.events)} {noun}", p.label, True, len(p.events))
            )
    return marks


def _width(text: str, bold: bool = False) -> float:
    return len(text) * CHAR * (1.1 if bold else 1.0)


def _heading_lines(heading: str) -> list[str]:
    """A phase heading on up to two lines, split after its colon, to keep bands narrow."""
    head, sep, rest = heading.partition(": ")
    return [head + ":", rest] if sep else [heading]


def _short(count: int) -> str:
    """A count that fits over its marker: 1.2k for 1,213 (the marker's name gives it in full)."""
    return str(count) if count < 1000 else f"{count / 1000:.1f}k".replace(".0k", "k")


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def timeline_svg(site: Site, page: Page) -> Markup:
    """The events as an accessible SVG: each phase a list of links, named by date and title;
    on a paged timeline, by period with their counts."""
    by_phase = (_period_marks if page.paging.events else _event_marks)(site, page)
    phases = [(p.id, p.heading, by_phase[p.id]) for p in site.phases.values() if by_phase.get(p.id)]
    if not phases:
        return Markup("")
    first = phases[0][2][0].label
    x = max(PAD, SLANT * _width(first) - STEP / 2 + 4)
    bands: list[tuple[str, str, float, float, list[Mark]]] = []
    for phase, heading, events in phases:
        width = max(len(events) * STEP, *(_width(line, bold=True) for line in _heading_lines(heading))) + 2 * PAD
        start = x + (width - len(events) * STEP) / 2 + STEP / 2
        markers = [replace(e, x=start + i * STEP) for i, e in enumerate(events)]
        bands.append((phase, heading, x, width, markers))
        x += width + GAP
    width = x - GAP + PAD
    labels = [label for *_, markers in bands for label in _date_labels(markers)]
    height = BAND + 12 + SLANT * max(_width(text) for _, text in labels) + 8
    out = [
        f'<svg class="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_num(width)} {_num(height)}"'
        f' width="{_num(width)}" height="{_num(height)}" aria-labelledby="timeline-svg-title timeline-svg-desc">',
        '<title id="timeline-svg-title">Timeline of the events, by phase</title>',
        f'<desc id="timeline-svg-desc">{len(site.events)} events in date order, in {len(bands)} phases;'
        + (
            " each marker is a period, with its number of events, and links to the period's first event.</desc>"
            if page.paging.events
            else " each marker links to its event below.</desc>"
        ),
    ]
    for phase, heading, left, band_width, markers in bands:
        out.append(f'<g class="tl-phase tl-phase--{phase}">')
        out.append(
            f'<g aria-hidden="true"><rect class="tl-band" x="{_num(left)}" y="0" width="{_num(band_width)}"'
            f' height="{BAND}" rx="4"/><text class="tl-heading">'
            + "".join(
                f'<tspan x="{_num(left + PAD)}" y="{PAD + FONT + i * (FONT + 3)}">{html.escape(line)}</tspan>'
                for i, line in enumerate(_heading_lines(heading))
            )
            + "</text>"
            f'<line class="tl-axis" x1="{_num(left + PAD / 2)}" x2="{_num(left + band_width - PAD / 2)}"'
            f' y1="{AXIS}" y2="{AXIS}"/></g>'
        )
        out.append(f'<g role="list" aria-label="{escape_attr(heading)}">')
        for m in markers:
            shape = "tl-dot" if m.exact else "tl-dot tl-dot--period"
            count = (
                f'<text class="tl-count" x="{_num(m.x)}" y="{AXIS - 9}" text-anchor="middle">{_short(m.count)}</text>'
                if page.paging.events
                else ""
            )
            out.append(
                f'<g role="listitem"><a class="tl-marker" href="{escape_attr(m.href)}"'
                f' aria-label="{escape_attr(m.name)}">'
                f"<title>{html.escape(m.name)}</title>"
                f'<rect class="tl-hit" x="{_num(m.x - 12)}" y="{AXIS - 18}" width="24" height="36"/>'
                f'<circle class="{shape}" cx="{_num(m.x)}" cy="{AXIS}" r="{5 if count else 6}"/>{count}</a></g>'
            )
        out.append("</g></g>")
    out.append('<g class="tl-dates" aria-hidden="true">')
    y = BAND + 12
    for x_mid, text in labels:
        out.append(
            f'<text x="{_num(x_mid + 4)}" y="{_num(y)}" text-anchor="end"'
            f' transform="rotate(-45 {_num(x_mid + 4)} {_num(y)})">{html.escape(text)}</text>'
        )
    out.append("</g></svg>")
    return Markup("".join(out))


def _date_labels(markers: list[Mark]) -> list[tuple[float, str]]:
    """One label per run of markers with the same date, under the middle of the run."""
    runs: list[list[Mark]] = []
    for m in markers:
        if runs and runs[-1][-1].label == m.label:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [((run[0].x + run[-1].x) / 2, run[0].label) for run in runs]


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


def environment(cache: Path | None = None) -> Environment:
    """Templates compiled once and kept in `cache`: a build is a fresh process each time."""
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        auto_reload=False,  # each build is a fresh environment: no template changes within one
        bytecode_cache=FileSystemBytecodeCache(str(cache)) if cache else None,
        undefined=StrictUndefined,
        finalize=escape_md,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["plain"] = lambda v: Markup(one_line(str(v)))  # where the extension escapes itself
    # Front matter: MkDocs treats a page's title and description as HTML, and the theme
    # prints them unescaped, so they are escaped here, then quoted as a YAML string.
    env.filters["meta"] = lambda v: Markup(
        yaml.safe_dump(str(escape_attr(v)), default_style='"', allow_unicode=True, width=float("inf")).strip()
    )
    env.filters["tooltip"] = tooltip
    env.globals.update(corroborated=corroborated)
    return env


def _render(env: Environment, site: Site, template: str, path: str, **context: Any) -> str:
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

    def __call__(self, text: str) -> str:
        """The page with its abbreviations defined after it (Markdown's abbr matches whole words)."""
        used = {w for w in self.WORD.findall(text) if w in self.words}
        terms = [t for t in self.others if t.abbreviation in text] + [self.words[w] for w in sorted(used)]
        return text + self.template.render(terms=terms) if terms else text


def group(pairs: Iterable[tuple[str, Any]]) -> defaultdict[str, list[Any]]:
    """Items by key, in the order given: one pass instead of a search per page."""
    out: defaultdict[str, list[Any]] = defaultdict(list)
    for key, item in pairs:
        out[key].append(item)
    return out


def render_all(
    site: Site, cache: Path | None = None, sizes: dict[str, int] = SIZES
) -> Iterator[tuple[str, str | bytes | Iterator[bytes]]]:
    """Every generated file as (path under docs/, text), one at a time, so a large corpus
    never holds all its pages in memory at once; lists longer than `sizes` in parts."""
    env = environment(cache)
    env.globals["paging"] = Paging.of(site, sizes)  # this render's, like `site`
    abbreviate = Abbreviations(env, site)
    for path, text in _pages(env, site):
        yield path, abbreviate(text)
    yield from export.exports(site)


def _pages(env: Environment, site: Site) -> Iterator[tuple[str, str]]:
    """Every Markdown page as (path under docs/, text)."""
    paging: Paging = env.globals["paging"]
    parties = [a for a in site.actors.values() if a.party]
    cited_by = coverage.cited_by(site)
    yield "index.md", _render(env, site, "home.md.j2", "index.md", parties=parties, schema_org=summit_schema(site))
    chart = timeline_svg(site, Page(site, "timeline.md", env.globals["paging"]))
    yield (
        "timeline.md",
        _render(
            env,
            site,
            "timeline.md.j2",
            "timeline.md",
            chart=chart,
            part=None,
            periods=periods(site) if paging.events else {},
        ),
    )
    sides = group((a.side, a) for a in site.actors.values())
    yield "actors/index.md", _render(env, site, "actors.md.j2", "actors/index.md", sides=sides, part=None)
    yield "positions/index.md", _render(env, site, "positions.md.j2", "positions/index.md", parties=parties, part=None)
    yield "sources/index.md", _render(env, site, "sources.md.j2", "sources/index.md", part=None)
    yield "glossary.md", _render(env, site, "glossary.md.j2", "glossary.md", part=None)
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
            yield part.path, _render(env, site, template, part.path, part=part, **context)
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
            yield (
                part.path,
                _render(
                    env,
                    site,
                    "actor.md.j2",
                    part.path,
                    actor=actor,
                    events=listed,
                    quotes=quoted,
                    stances=positions,
                    part=part if len(parts) > 1 else None,
                ),
            )
    for issue in site.issues.values():
        path = f"positions/{issue.id}.md"
        yield path, _render(env, site, "issue.md.j2", path, issue=issue, events=by_topic[issue.id])
    for source in site.sources.values():
        path = f"sources/{source.id}.md"
        yield path, _render(env, site, "source.md.j2", path, source=source, cited_by=cited_by)
    paragraphs = [(s.id, p.number) for s in site.sources.values() for p in s.paragraphs]
    yield (
        "about.md",
        _render(
            env,
            site,
            "about.md.j2",
            "about.md",
            counts=coverage.stats(site),
            cited=Counter(s for s, n in paragraphs if (s, n) in cited_by),
            ignored=Counter(s for s, _ in site.ignored_paragraphs),
            totals=Counter(s for s, _ in paragraphs),
            data=export.FILES,
        ),
    )
