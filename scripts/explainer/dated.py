"""Dates of curated items, checked: `when` must be printed in a quote the item cites, an
estimate carries its reason, and each event starts inside its phase's span.

Runs after the citations are resolved (the check reads the quotes as found) and before the
model is assembled; it only adds problems, like every stage of `load`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from . import cite, dates
from .model import Event, PartialDate, Problem, Quote, Resolved, Source, stance_key

if TYPE_CHECKING:
    from .yamlfile import Where

DATE_HINT = "use the date grammar's words as the README lists them, e.g. 'Sunday', 'Feb. 24', 'October last year'"


def _dated(curated: dict[str, list[tuple[Any, Where, str]]]) -> Iterator[tuple[str, Any, Where, str, str]]:
    """Everything that carries a date: (key in Site.dates, item, where, file, item id)."""
    for filename in ("events.yml", "quotes.yml"):
        for item, where, name in curated[filename]:
            yield item.id, item, where, name, item.id
    for issue, where, name in curated["issues.yml"]:
        for i, stance in enumerate(issue.stances):
            yield stance_key(issue.id, i), stance, where.at("stances", i), name, issue.id


def _date_source(item: Any, resolved: dict[tuple[str, str], Resolved]) -> str | None:
    """The source whose publication date `when` counts from: one the item cites, with the
    words printed in one of the quotes it cites from there. Otherwise a message; None when
    a quote of the item was not found, a problem already reported."""
    if any((c.source, c.quote) not in resolved for c in item.cites):
        return None
    cited = list(dict.fromkeys(c.source for c in item.cites))
    if item.when_source and item.when_source not in cited:
        return f"when_source {item.when_source!r} is not among the item's cited sources ({', '.join(cited)})"
    words = cite.normalise(" ".join(item.when.split())).lower()
    for source in [item.when_source] if item.when_source else cited:
        quotes = [resolved.get((c.source, c.quote)) for c in item.cites if c.source == source]
        if any(words in cite.normalise(" ".join(r.exact.split())).lower() for r in quotes if r):
            return source
    where = f"a quote it cites from {item.when_source}" if item.when_source else "any quote the item cites"
    return f"when {item.when!r} is not printed in {where}"


def resolve_dates(
    curated: dict[str, list[tuple[Any, Where, str]]],
    found: dict[str, Source],
    resolved: dict[tuple[str, str], Resolved],
    problems: list[Problem],
) -> tuple[dict[str, PartialDate], dict[str, str]]:
    """Each dated item's period, and the curator's reason for each estimated one.

    `when` must be the source's printed words, so they are looked up in the item's quotes;
    `when_estimate` counts from `when_source` or the first cited source."""
    dated: dict[str, PartialDate] = {}
    estimates: dict[str, str] = {}
    said_at: list[tuple[str, str]] = []
    for key, item, where, name, item_id in _dated(curated):
        fields = ("when", "when_estimate", "event") if isinstance(item, Quote) else ("when", "when_estimate")
        given = [f for f in fields if getattr(item, f)]
        if len(given) > 1 or (isinstance(item, Event) and not given):  # a quote or stance may be undated
            problems.append(
                Problem(
                    name,
                    where.line(given[0] if given else "id"),
                    item_id,
                    f"give exactly one of {', '.join(fields)}" + (f" (found {', '.join(given)})" if given else ""),
                    "when: the source's printed words; when_estimate: {words, reason} for a date you infer",
                )
            )
            continue
        if not given:
            continue
        if given == ["event"]:
            said_at.append((key, item.event))
            continue
        if item.when:
            source = _date_source(item, resolved)
            if source is None:
                continue
            if source not in found:
                problems.append(
                    Problem(
                        name,
                        where.line("when_source" if item.when_source else "when"),
                        item_id,
                        source,
                        "copy the date words from a quote the item cites, set when_source to that quote's source,"
                        " or write when_estimate with a reason",
                    )
                )
                continue
            words = item.when
        else:
            source = item.when_source or item.cites[0].source
            if source not in found:
                continue  # the unknown source is reported with its citation
            words = item.when_estimate.words
        try:
            dated[key] = dates.resolve(words, found[source].meta.published.reference)
        except dates.DateError as err:
            field = ("when",) if item.when else ("when_estimate", "words")
            problems.append(Problem(name, where.line(*field), item_id, str(err), DATE_HINT))
            continue
        if item.when_estimate:
            estimates[key] = item.when_estimate.reason
    for key, event in said_at:
        if event in dated:
            dated[key] = dated[event]
            if event in estimates:
                estimates[key] = estimates[event]
    return dated, estimates


def check_phases(
    curated: dict[str, list[tuple[Any, Where, str]]], when: dict[str, PartialDate], problems: list[Problem]
) -> None:
    """An event starts inside its phase's span, so the phase's heading stays true."""
    phases = {p.id: p for p, _, _ in curated["phases.yml"]}
    for event, where, name in curated["events.yml"]:
        phase, d = phases.get(event.phase), when.get(event.id)
        if phase is None or d is None:
            continue
        if (phase.start and d.start < phase.start) or (phase.end and d.start > phase.end):
            span = f"{phase.start or '…'} to {phase.end or '…'}"
            problems.append(
                Problem(
                    name,
                    where.line("phase"),
                    event.id,
                    f"starts {d.start} ({d.label}), outside its phase {phase.id!r} ({span})",
                    "choose the phase whose span holds the date, or widen the span and heading in phases.yml",
                )
            )
