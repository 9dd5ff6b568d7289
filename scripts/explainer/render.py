"""Render: the checked model into Markdown pages, one function per page kind.

Templates hold the layout. Every value a template prints is escaped for Markdown and
HTML unless Python built it as markup, so text typed into YAML is shown, never run.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import cite, coverage
from .model import PHASES, Citation, Event, Quote, Site

TEMPLATES = Path(__file__).parent / "templates"
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]|])")


def escape_md(value: Any) -> Markup:
    """Plain text made safe inside a Markdown paragraph or table cell."""
    if isinstance(value, Markup):
        return value
    text = re.sub(r"\s+", " ", str(value))
    return Markup(MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))


def escape_attr(value: Any) -> Markup:
    """Plain text made safe inside a raw HTML attribute, where Markdown does not run."""
    return Markup(html.escape(re.sub(r"\s+", " ", str(value)), quote=True))


class Page:
    """What one page's template needs to link and cite relative to itself."""

    def __init__(self, site: Site, path: str) -> None:
        self.site = site
        self.path = path
        self.notes: dict[tuple[str, str], int] = {}

    def url(self, target: str) -> str:
        """A relative link, so the site works under any sub-path and from file://."""
        anchor = ""
        if "#" in target:
            target, anchor = target.split("#", 1)
            anchor = "#" + anchor
        if not target:
            return anchor
        return posixpath.relpath(target, posixpath.dirname(self.path) or ".") + anchor

    def cite(self, cites: Iterable[Citation]) -> Markup:
        """Footnote markers for citations; the footnotes are listed by `footnotes`."""
        marks = []
        for c in cites:
            key = (c.source, c.quote)
            number = self.notes.setdefault(key, len(self.notes) + 1)
            marks.append(f"[^{number}]")
        return Markup("".join(dict.fromkeys(marks)))

    def footnotes(self) -> Markup:
        lines = []
        for key, number in self.notes.items():
            resolved = self.site.resolved[key]
            para = resolved.paragraph
            source = self.site.sources[para.source]
            link = self.url(f"sources/{source.id}.md#{para.anchor}")
            lines.append(
                f"[^{number}]: “{escape_md(resolved.exact)}” "
                f"[{escape_md(source.meta.short_title)}, ¶{para.number}]({link})"
            )
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
            target, name = f"timeline.md#{item_id}", site.events[item_id].title
        elif kind == "term":
            target, name = f"glossary.md#{item_id}", site.terms[item_id].term
        elif kind == "quote":
            quote = site.quotes[item_id]
            target, name = f"actors/{quote.speaker}.md#quote-{item_id}", f"quote of {site.actors[quote.speaker].name}"
        else:
            target, name = "index.md", site.facts[item_id].label
        return Markup(f"[{escape_md(name)}]({self.url(target)})")

    def when(self, item_id: str) -> Markup:
        """The resolved date, with the source's own words on hover and in small print."""
        d = self.site.dates[item_id]
        words = escape_attr(f"the source says “{d.expression}”; precision: {d.precision}")
        return Markup(
            f'<span class="date" data-precision="{d.precision}" title="{words}">{escape_md(d.label)}</span>'
            f' <small class="date-words">(“{escape_md(d.expression)}”)</small>'
        )


def corroborated(cites: Iterable[Citation]) -> bool:
    return len({c.source for c in cites}) > 1


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        finalize=escape_md,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = escape_attr
    env.filters["md"] = escape_md
    env.filters["yaml"] = lambda v: Markup(json.dumps(" ".join(str(v).split()), ensure_ascii=False))
    env.globals.update(PHASES=PHASES, corroborated=corroborated)
    return env


def _render(env: Environment, site: Site, template: str, path: str, **context: Any) -> str:
    page = Page(site, path)
    return env.get_template(template).render(site=site, page=page, **context)


def events_of(site: Site, actor: str | None = None, topic: str | None = None) -> list[Event]:
    return [
        e for e in site.events.values() if (actor is None or actor in e.actors) and (topic is None or topic in e.topics)
    ]


def render_all(site: Site) -> dict[str, str]:
    """Every generated page, by its path under docs/."""
    env = environment()
    parties = [a for a in site.actors.values() if a.party]
    cited_by = coverage.cited_by(site)
    pages: dict[str, str] = {
        "index.md": _render(env, site, "home.md.j2", "index.md", parties=parties),
        "timeline.md": _render(env, site, "timeline.md.j2", "timeline.md"),
        "actors/index.md": _render(env, site, "actors.md.j2", "actors/index.md"),
        "positions/index.md": _render(env, site, "positions.md.j2", "positions/index.md", parties=parties),
        "sources/index.md": _render(env, site, "sources.md.j2", "sources/index.md"),
        "glossary.md": _render(env, site, "glossary.md.j2", "glossary.md"),
        "includes/abbreviations.md": _render(env, site, "abbreviations.md.j2", "includes/abbreviations.md"),
    }
    for actor in site.actors.values():
        path = f"actors/{actor.id}.md"
        pages[path] = _render(
            env,
            site,
            "actor.md.j2",
            path,
            actor=actor,
            events=events_of(site, actor=actor.id),
            quotes=[q for q in site.quotes.values() if q.speaker == actor.id],
            stances=[(i, s) for i in site.issues.values() for s in i.stances if s.party == actor.id],
        )
    for issue in site.issues.values():
        path = f"positions/{issue.id}.md"
        pages[path] = _render(env, site, "issue.md.j2", path, issue=issue, events=events_of(site, topic=issue.id))
    for source in site.sources.values():
        path = f"sources/{source.id}.md"
        pages[path] = _render(env, site, "source.md.j2", path, source=source, cited_by=cited_by)
    paragraphs = [(s.id, p.number) for s in site.sources.values() for p in s.paragraphs]
    pages["about.md"] = _render(
        env,
        site,
        "about.md.j2",
        "about.md",
        counts=coverage.stats(site),
        cited=Counter(s for s, n in paragraphs if (s, n) in cited_by),
        ignored=Counter(s for s, _ in site.ignored_paragraphs),
        totals=Counter(s for s, _ in paragraphs),
    )
    return pages
