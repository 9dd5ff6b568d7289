"""Curator report: date expressions, capitalised names and quotations in the sources that
no curated item covers yet.

Each one is closed by curating it or by listing it in content/ignored.yml with a reason,
so the report can end clean. Only `make candidates` needs it, so a build never compiles
these patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cite import normalise
from .coverage import cited_by
from .model import Paragraph, Site

MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE = re.compile(
    rf"""\b(?:
        (?:{MONTHS})\.?\ \d{{1,2}}(?:-\d{{1,2}})?(?:,\ \d{{4}})?      # Feb. 27-28, Jan. 31, 2019
      | (?:{MONTH_NAMES})\ \d{{1,2}}(?:-\d{{1,2}})?(?:,\ \d{{4}})?  # June 12, April 27, 2018
      | \d{{1,2}}(?:-\d{{1,2}})?\ (?:{MONTH_NAMES})(?:\ \d{{4}})?   # 12 June 2018
      | (?:{MONTH_NAMES})\ (?:\d{{4}}|last\ year)                  # July 2018, October last year
      | (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
      | (?:last|next)\ (?:week|month|year) | earlier\ this\ week | this\ week
      | recent\ months | the\ past\ year | in\ coming\ years | the\ end\ of\ \d{{4}}
      | the\ early\ \d{{3}}0s | New\ Year[’']s | nearly\ two-year | \d{{4}}
    )\b""",
    re.VERBOSE,
)
NAME = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")
SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.!?])\s+|(?<=[.!?][”’])\s+")
CALENDAR_WORD = re.compile(rf"^(?:{MONTHS}|{MONTH_NAMES}|[A-Z][a-z]+day)\b")
QUOTATION = re.compile(r"“([^”]+)”|(?<![\w\"])\"([^\"]+)\"")  # curly or straight
# Words that start a capitalised run without being part of a name.
FUNCTION_WORDS = frozenset(
    """a about after among an and as at back be but conclusion enemies even finally for furthermore he her his
    i if in is it its leave messrs. mr mr. neither nevertheless on our persistent photo she since such that
    the their there these they this we while with write your""".split()
)


@dataclass(frozen=True)
class Candidate:
    kind: str  # date, name or quotation
    text: str
    paragraph: Paragraph


def _name(raw: str) -> str:
    """A capitalised run without leading function words or a possessive ending."""
    words = raw.split()
    while words and words[0].lower().rstrip(".,") in FUNCTION_WORDS:
        words = words[1:]
    return " ".join(words).removesuffix("’s").removesuffix("'s").rstrip(".,")


def find_candidates(paragraph: Paragraph, mid_sentence: set[str], dateline: str = "") -> list[Candidate]:
    """Candidates in one paragraph (and the dateline printed before it). A lone capitalised
    word that starts a sentence counts as a name only if the sources also capitalise it
    mid-sentence (`mid_sentence`)."""
    text = paragraph.text
    found = [Candidate("date", m.group(0), paragraph) for m in DATE.finditer(f"{dateline} {text}")]
    in_dateline = (_name(m.group(0)) for m in NAME.finditer(dateline))  # a place, though it opens the line
    found += [Candidate("name", n, paragraph) for n in in_dateline if len(n) > 1 and not CALENDAR_WORD.match(n)]
    for sentence in SENTENCE_END.split(text):
        for m in NAME.finditer(sentence):
            name = _name(m.group(0)).rstrip("’")
            lone_opener = m.start() <= 1 and " " not in name and name not in mid_sentence
            if len(name) > 1 and not CALENDAR_WORD.match(name) and not lone_opener:
                found.append(Candidate("name", name, paragraph))
    found += [
        Candidate("quotation", (m.group(1) or m.group(2)).rstrip(",. "), paragraph) for m in QUOTATION.finditer(text)
    ]
    return found


def capitalised_mid_sentence(site: Site) -> set[str]:
    words: set[str] = set()
    for source in site.sources.values():
        for para in source.paragraphs:
            for sentence in SENTENCE_END.split(para.text):
                words.update(m.group(0).rstrip(".,’") for m in re.finditer(r"(?<=\s)[A-Z][\w’'.-]*", sentence))
    return words


def _known_names(site: Site) -> list[str]:
    names = [n for a in site.actors.values() for n in (a.name, *a.aliases)]
    names += [t.term for t in site.terms.values()] + [t.abbreviation for t in site.terms.values() if t.abbreviation]
    names += [i.title for i in site.issues.values()] + [e.title for e in site.events.values()]
    return [normalise(n).lower() for n in names]


def _covered(candidate: Candidate, site: Site, names: list[str], citing: list[tuple[str, str]]) -> bool:
    text = normalise(candidate.text).lower()
    if candidate.kind == "name":  # "U.S.-North Korea" is covered when each part is
        return all(any(part in name for name in names) for part in re.split(r"(?<=\.)-|-(?=[A-Z])", text))
    if candidate.kind == "date":
        items = [site.events.get(i) or site.quotes.get(i) for k, i in citing if k in ("event", "quote")]
        return any(text in normalise(f"{it.when} {it.note} {it.differs}").lower() for it in items if it)
    quotes = [normalise(q.text).lower().rstrip(",. ") for q in site.quotes.values()]
    if any(text == q or text in q or (len(q) > 3 and q in text) for q in quotes):
        return True
    # a phrase in quotation marks with no named speaker is covered by the glossary term it names
    return any(text in normalise(t.term).lower() for t in site.terms.values())


def uncovered_candidates(site: Site) -> list[Candidate]:
    """Candidates no item covers and the curator has not set aside, one per text and paragraph."""
    names, citing, mid = _known_names(site), cited_by(site), capitalised_mid_sentence(site)
    seen: set[tuple[str, str, str, int]] = set()
    out = []
    for source in site.sources.values():
        for para in source.paragraphs:
            dateline = source.dateline or "" if para is source.paragraphs[0] else ""
            for c in find_candidates(para, mid, dateline):
                key = (c.kind, c.text, para.source, para.number)
                ignored = (c.kind, normalise(c.text)) in site.ignored_candidates
                if key in seen or ignored or _covered(c, site, names, citing.get((para.source, para.number), [])):
                    continue
                seen.add(key)
                out.append(c)
    return out
