"""The timeline chart, drawn at build time as inline SVG so it needs no JavaScript."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from markupsafe import Markup

from .model import Event, Site
from .page import Page
from .templating import escape_attr

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
    bands, x = _bands(phases, PAD)
    labels = [label for *_, markers in bands for label in _date_labels(markers)]
    # A slanted date label reaches left of its marker; any of them, not only the first, may be
    # the one that would be cut at the chart's left edge, so the bands move right to fit it.
    overflow = PAD - min(x_mid + 4 - SLANT * _width(text) for x_mid, text in labels)
    if overflow > 0:
        bands, x = _bands(phases, PAD + overflow)
        labels = [label for *_, markers in bands for label in _date_labels(markers)]
    width = x - GAP + PAD
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


def _bands(
    phases: list[tuple[str, str, list[Mark]]], x: float
) -> tuple[list[tuple[str, str, float, float, list[Mark]]], float]:
    """Each phase's band from x on, its markers spaced along it; and where the last band ends."""
    bands = []
    for phase, heading, events in phases:
        width = max(len(events) * STEP, *(_width(line, bold=True) for line in _heading_lines(heading))) + 2 * PAD
        start = x + (width - len(events) * STEP) / 2 + STEP / 2
        markers = [replace(e, x=start + i * STEP) for i, e in enumerate(events)]
        bands.append((phase, heading, x, width, markers))
        x += width + GAP
    return bands, x


def _date_labels(markers: list[Mark]) -> list[tuple[float, str]]:
    """One label per run of markers with the same date, under the middle of the run."""
    runs: list[list[Mark]] = []
    for m in markers:
        if runs and runs[-1][-1].label == m.label:
            runs[-1].append(m)
        else:
            runs.append([m])
    return [((run[0].x + run[-1].x) / 2, run[0].label) for run in runs]
