"""Open data: the checked model as files other tools can read, written with the pages.

The curated data goes out as JSON with a JSON Schema, the timeline as CSV, iCalendar and
TimelineJS JSON. Each export carries its citations, so the data stays as traceable
outside the site as on it.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Iterator
from typing import Annotated, Any

import msgspec
from msgspec import Meta, Struct

from .model import Actor, Citation, Event, Fact, Issue, PartialDate, Phase, Quote, Site, SourceMeta, Term

DATA = "data"  # the folder under docs/ (and the site) that holds the exports
FILES = {
    "json": f"{DATA}/hanoi-summit.json",
    "schema": f"{DATA}/hanoi-summit.schema.json",
    "csv": f"{DATA}/timeline.csv",
    "ics": f"{DATA}/timeline.ics",
    "timelinejs": f"{DATA}/timelinejs.json",
}
ICS_EOL = "\r\n"  # RFC 5545 line ending
ICS_LINE_OCTETS = 75
TITLE = "The Hanoi summit, explained"
CSV_COLUMNS = "id phase title date date_words precision start end actors issues summary sources".split()
ABOUT = "The curated data of the explainer: every item with its citations, dates resolved from the sources."


# --- the JSON dataset and its schema ------------------------------------------------------


class Out(Struct, kw_only=True, forbid_unknown_fields=True, frozen=True, gc=False):
    pass


class ResolvedDate(Out, kw_only=True):
    """A date as the site shows it: the source's words and the period they can mean."""

    words: Annotated[str, Meta(description="the source's own words for the date, or the curator's when estimated")]
    estimate: Annotated[str | None, Meta(description="the curator's reason, when the curator inferred the date")] = None
    start: Annotated[dt.date, Meta(description="the earliest day the words can mean")]
    end: Annotated[dt.date, Meta(description="the latest day the words can mean")]
    precision: Annotated[str, Meta(description="day, days, week, month, year or years")]
    label: Annotated[str, Meta(description="the period as the site prints it")]


class ResolvedCitation(Out, kw_only=True):
    """Where a curator's quote was found: the paragraph and the source's exact words."""

    source: str
    quote: Annotated[str, Meta(description="the quote as the curator wrote it")]
    exact: Annotated[str, Meta(description="the quote as the source prints it")]
    paragraph: Annotated[int, Meta(description="the paragraph number (¶) in the source")]
    anchor: Annotated[str, Meta(description="the paragraph's anchor on the source's page")]


class Dataset(Out, kw_only=True):
    """Every curated item of the explainer, with each date and citation resolved."""

    schema_url: str = msgspec.field(name="$schema")
    title: str
    sources: list[SourceMeta]
    phases: Annotated[list[Phase], Meta(description="in timeline order")]
    actors: list[Actor]
    events: Annotated[list[Event], Meta(description="in date order")]
    issues: list[Issue]
    terms: list[Term]
    quotes: list[Quote]
    facts: list[Fact]
    dates: Annotated[dict[str, ResolvedDate], Meta(description="by event or quote id, or issue-id/stances/N")]
    citations: list[ResolvedCitation]


def resolved_date(d: PartialDate, estimate: str | None = None) -> ResolvedDate:
    return ResolvedDate(
        words=d.expression, estimate=estimate, start=d.start, end=d.end, precision=d.precision, label=d.label
    )


def date_words(site: Site, key: str) -> str:
    """The date in plain text: the source's words in quotation marks, or the curator's estimate and why."""
    d = site.dates[key]
    if reason := site.estimates.get(key):
        return f"{d.label} (curator's estimate: {reason})"
    return f"{d.label} (“{d.expression}”)"


def dataset(site: Site, title: str) -> Dataset:
    return Dataset(
        schema_url=FILES["schema"].rsplit("/", 1)[1],
        title=title,
        sources=[s.meta for s in site.sources.values()],
        phases=list(site.phases.values()),
        actors=list(site.actors.values()),
        events=list(site.events.values()),
        issues=list(site.issues.values()),
        terms=list(site.terms.values()),
        quotes=list(site.quotes.values()),
        facts=list(site.facts.values()),
        dates={item: resolved_date(d, site.estimates.get(item)) for item, d in site.dates.items()},
        citations=[
            ResolvedCitation(
                source=source,
                quote=quote,
                exact=r.exact,
                paragraph=r.paragraph.number,
                anchor=r.paragraph.anchor,
            )
            for (source, quote), r in site.resolved.items()
        ],
    )


def dataset_json(data: Dataset) -> Iterator[bytes]:
    """The dataset as msgspec would indent it whole, made one item at a time: at a
    thousand articles it runs to a hundred megabytes, too much to hold in memory."""
    yield b"{"
    for i, field in enumerate(msgspec.structs.fields(Dataset)):
        value = getattr(data, field.name)
        yield (b",\n  " if i else b"\n  ") + msgspec.json.encode(field.encode_name) + b": "
        if not isinstance(value, (list, dict)) or not value:
            yield formatted(value, 2)
            continue
        yield b"[" if isinstance(value, list) else b"{"
        for j, item in enumerate(value.items() if isinstance(value, dict) else value):
            yield b",\n    " if j else b"\n    "
            if isinstance(value, dict):
                yield msgspec.json.encode(item[0]) + b": "
                item = item[1]
            yield formatted(item, 4)
        yield b"\n  ]" if isinstance(value, list) else b"\n  }"
    yield b"\n}\n"


def formatted(value: Any, depth: int = 0) -> bytes:
    """JSON indented by two spaces, as if it stood `depth` spaces into a larger document."""
    text = msgspec.json.format(msgspec.json.encode(value), indent=2)
    return text.replace(b"\n", b"\n" + b" " * depth) if depth else text


def schema(title: str) -> dict[str, Any]:
    """The JSON Schema of the dataset, derived from the same models that check the YAML."""
    out = msgspec.json.schema(Dataset)
    defs = out.pop("$defs")
    root = defs.pop(out.pop("$ref").rsplit("/", 1)[1])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **root, "title": title, "$defs": defs}


# --- the timeline ---------------------------------------------------------------------------


def citation_text(site: Site, c: Citation) -> str:
    """A citation in plain text: the source's words, its short title and paragraph."""
    r = site.resolved[(c.source, c.quote)]
    return f"“{r.exact}” ({site.sources[c.source].meta.short_title}, ¶{r.paragraph.number})"


def timeline_csv(site: Site) -> str:
    """One row per event, names rather than ids, citations spelled out."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in site.events.values():
        d = site.dates[e.id]
        writer.writerow(
            [
                e.id,
                site.phases[e.phase].heading,
                e.title,
                d.label,
                d.expression if e.id not in site.estimates else f"curator's estimate: {site.estimates[e.id]}",
                d.precision,
                d.start.isoformat(),
                d.end.isoformat(),
                "; ".join(site.actors[a].name for a in e.actors),
                "; ".join(site.issues[t].title for t in e.topics),
                e.summary,
                " | ".join(citation_text(site, c) for c in e.cites),
            ]
        )
    return buffer.getvalue()


def ics_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newline escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n")


def ics_fold(line: str) -> list[str]:
    """A content line cut into lines of at most 75 octets, never inside a UTF-8 character."""
    data, parts, limit = line.encode("utf-8"), [], ICS_LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            cut -= 1
        parts.append(data[:cut].decode("utf-8"))
        data, limit = data[cut:], ICS_LINE_OCTETS - 1  # a folded line starts with a space
    parts.append(data.decode("utf-8"))
    return [parts[0], *(" " + part for part in parts[1:])]


def timeline_ics(site: Site, title: str) -> str:
    """Every event as an all-day VEVENT spanning the days its date can mean."""
    stamp = max(s.meta.published.reference for s in site.sources.values()).strftime("%Y%m%dT000000Z")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hanoi summit explainer//Timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_text(title)}",
    ]
    for e in site.events.values():
        d = site.dates[e.id]
        description = "\n\n".join(
            [
                e.summary,
                f"Date: {date_words(site, e.id)}, {d.precision} precision.",
                *(citation_text(site, c) for c in e.cites),
            ]
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{e.id}@hanoi-summit-explainer",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{d.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{d.end + dt.timedelta(days=1):%Y%m%d}",  # exclusive
            f"SUMMARY:{ics_text(e.title)}",
            f"DESCRIPTION:{ics_text(description)}",
            f"CATEGORIES:{ics_text(site.phases[e.phase].heading)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + ICS_EOL for line in lines for part in ics_fold(line))


def tl_date(day: dt.date, precision: str) -> dict[str, int]:
    """A TimelineJS date, no more precise than the source."""
    if precision in ("year", "years"):
        return {"year": day.year}
    if precision == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs(site: Site, title: str, description: str) -> dict[str, Any]:
    """The timeline in TimelineJS's JSON format: events grouped by phase, phases as eras."""
    events = []
    for e in site.events.values():
        d = site.dates[e.id]
        notes = "".join(f"<li>{_html(citation_text(site, c))}</li>" for c in e.cites)
        event: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": tl_date(d.start, d.precision),
            "display_date": date_words(site, e.id),
            "text": {"headline": _html(e.title), "text": f"<p>{_html(e.summary)}</p><ul>{notes}</ul>"},
            "group": site.phases[e.phase].heading,
        }
        if d.end != d.start and d.precision not in ("month", "year"):
            event["end_date"] = tl_date(d.end, d.precision)
        events.append(event)
    eras = []
    for phase in site.phases.values():
        heading = phase.heading
        spans = [site.dates[e.id] for e in site.events.values() if e.phase == phase.id]
        if spans:
            start, end = min(s.start for s in spans), max(s.end for s in spans)
            eras.append(
                {"start_date": tl_date(start, "day"), "end_date": tl_date(end, "day"), "text": {"headline": heading}}
            )
    return {"title": {"text": {"headline": _html(title), "text": _html(description)}}, "events": events, "eras": eras}


def _html(text: str) -> str:
    """TimelineJS reads its text fields as HTML."""
    return html.escape(text, quote=False)


def exports(site: Site) -> Iterator[tuple[str, str | bytes | Iterator[bytes]]]:
    """Every export as (path under docs/, its content), each made only when the writer asks."""
    yield FILES["json"], dataset_json(dataset(site, TITLE))
    yield FILES["schema"], formatted(schema(TITLE)) + b"\n"
    yield FILES["csv"], timeline_csv(site)
    yield FILES["ics"], timeline_ics(site, f"{TITLE}: timeline")
    yield FILES["timelinejs"], formatted(timelinejs(site, f"{TITLE}: timeline", ABOUT)) + b"\n"
