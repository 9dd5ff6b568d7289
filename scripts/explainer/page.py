"""What one page's template needs to link, cite and date relative to itself."""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup

from . import cite
from .model import Citation, Issue, Quote, Site, Stance, stance_key
from .paging import Paging
from .templating import escape_md

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


class Page:
    """What one page's template needs to link and cite relative to itself."""

    def __init__(self, site: Site, path: str, paging: Paging | None = None) -> None:
        self.site = site
        self.path = path
        self.paging = paging or Paging.of(site)
        self.notes: dict[tuple[tuple[str, str], ...], int] = {}  # citations -> footnote number

    def url(self, target: str) -> Markup:
        """A relative link, so the site works under any sub-path and from file://. Markup: it is
        made of ids (slugs) and the generator's own paths, with nothing to escape; escaped as
        text, a link that starts with a digit ("3.md", a part's neighbour) had its dot written
        as a character reference, which MkDocs could not resolve (a strict build stopped)."""
        target, hashmark, anchor = target.partition("#")
        if not target:
            return Markup(hashmark + anchor)
        here, there = self.path.split("/")[:-1], target.split("/")
        common = 0
        while common < min(len(here), len(there) - 1) and here[common] == there[common]:
            common += 1
        return Markup("/".join([".."] * (len(here) - common) + there[common:]) + hashmark + anchor)

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
