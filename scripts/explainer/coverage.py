"""Curator report: what each source paragraph supports, and which paragraphs nothing cites.

`coverage` maps every body paragraph to the items citing it. A paragraph left uncovered
is closed by curating it or by listing it in content/ignored.yml with a reason, so the
report can end clean. The build uses `cited_by` and `stats` too (source pages, About).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from .model import Paragraph, Site, citations_of, corroborated


def cited_by(site: Site) -> dict[tuple[str, int], list[tuple[str, str]]]:
    """For each source paragraph, the items that cite it, as (kind, id)."""
    groups: list[tuple[str, Iterable[Any]]] = [
        ("actor", site.actors.values()),
        ("event", site.events.values()),
        ("issue", site.issues.values()),
        ("term", site.terms.values()),
        ("quote", site.quotes.values()),
        ("fact", site.facts.values()),
    ]
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for kind, items in groups:
        for item in items:
            for _, c in citations_of(item):
                para = site.resolved[(c.source, c.quote)].paragraph
                bucket = out.setdefault((para.source, para.number), [])
                if (kind, item.id) not in bucket:
                    bucket.append((kind, item.id))
    return out


def uncovered_paragraphs(site: Site) -> list[Paragraph]:
    """Body paragraphs that nothing cites and the curator has not set aside."""
    cited = cited_by(site)
    return [
        p
        for s in site.sources.values()
        for p in s.paragraphs
        if (s.id, p.number) not in cited and (s.id, p.number) not in site.ignored_paragraphs
    ]


def stats(site: Site) -> dict[str, Any]:
    """The figures a closing note and the About page quote."""
    items: list[Any] = [*site.actors.values(), *site.events.values(), *site.issues.values(), *site.terms.values()]
    items += [*site.quotes.values(), *site.facts.values()]
    return {
        "events by phase": {p: n for p in site.phases if (n := sum(e.phase == p for e in site.events.values()))},
        "actors by kind": dict(Counter(a.kind for a in site.actors.values())),
        "issues": len(site.issues),
        "stances": sum(len(i.stances) for i in site.issues.values()),
        "quotes": len(site.quotes),
        "terms": len(site.terms),
        "citations": sum(len(citations_of(i)) for i in items),
        "distinct quotes cited": len(site.resolved),
        # an event is one fact, so two sources citing it report the same thing; an issue, actor
        # or term gathers several facts, and two sources there need not agree on any of them
        "corroborated events": sum(corroborated(e.cites) for e in site.events.values()),
        "discrepancies": sum(bool(getattr(i, "differs", None)) for i in items),
        "estimated dates": len(site.estimates),
        "other reporting": sum(len(i.other_reporting) for i in items),
    }
