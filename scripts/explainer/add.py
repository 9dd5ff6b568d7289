"""`explainer add PATH.txt`: how the rules read a new article, and its metadata skeleton.

The curator sees every line with its kind before writing any YAML, and starts from what
the text itself says (title, dek, authors, dateline, a publication date where one is
printed) rather than from a copy of another article's metadata.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from . import rules, sources
from .copied import as_read, unquoted
from .model import Problem, Published, SourceMeta
from .printed_dates import MONTH_NUMBER
from .schema import SCHEMAS

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
DATE_WITH_YEAR = re.compile(
    rf"(?P<m1>{rules.MONTH})\ (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\ (?P<y1>\d{{4}})"  # "Mar 11th 2021" too
    # "12 June 2018", "12. Juni 2018", "12 de junio de 2018"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|\.)?\ (?:de\ )?(?P<m2>{rules.MONTH})\ (?:de\ )?(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d)",
    re.VERBOSE,
)
SHORT_TITLE = 40  # SourceMeta.short_title's limit


@dataclass
class Reading:
    """What the rules found in a text, for the skeleton and the printout."""

    kinds: list[tuple[int, str, str]]  # (line number, kind, text)
    title: str
    dek: str | None
    authors: list[str]
    dateline: str | None
    published: tuple[str, dt.date] | None  # (the words that print it, the day)


# The word that says which of a stamp's dates is the publication's ("Fieldwork 14–17 October ·
# Published 19 October", "Updated … | Publicado em …"), in the languages the byline's "by" is met in.
PUBLISHED = re.compile(r"\b(?:Publ\w*|Posted|Erschienen|Veröffentlicht)\b", re.IGNORECASE)


def date_in(text: str) -> dt.date | None:
    """The publication's day in a stamp: the first date after a word that says it is, else the first."""
    said = PUBLISHED.search(text)
    return (said and first_date(text[said.end() :])) or first_date(text)


def first_date(text: str) -> dt.date | None:
    m = DATE_WITH_YEAR.search(text)
    if m is None:
        return None
    if m["iso"]:
        return dt.date.fromisoformat(m["iso"])
    month, day, year = (m["m1"], m["d1"], m["y1"]) if m["m1"] else (m["m2"], m["d2"], m["y2"])
    try:
        number = MONTH_NUMBER.get(month.lower().rstrip(".")) or MONTHS[month[:3].lower()]
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def read(path: Path, text: str) -> Reading:
    src = sources.ingest(placeholder_meta(path), path, text)
    printed = unquoted(text.splitlines())
    shown = [(line, as_read(printed[line.number - 1]).strip()) for line in src.lines if line.role != "blank"]
    kinds = [(line.number, line.role, words) for line, words in shown]
    first = {kind: text for _, kind, text in reversed(kinds)}
    named = (name for _, kind, text in kinds if kind == "byline" for name in rules.byline_names(text))
    authors = list(dict.fromkeys(named))  # a name printed twice (a link and its text) is one author
    published = next(
        ((text, day) for _, kind, text in kinds if kind in ("timestamp", "byline") if (day := date_in(text))), None
    )
    title = " ".join(text for _, kind, text in kinds if kind == "title")  # a headline broken over rows: one
    return Reading(kinds, title, first.get("dek"), authors, src.dateline, published)


def placeholder_meta(path: Path) -> SourceMeta:
    """The least metadata ingestion needs: the rules read a text without any."""
    when = Published(label="", precision="range", earliest=dt.date.min, latest=dt.date.max)
    return SourceMeta(
        id="new",
        title="",
        short_title="",
        outlet=None,
        authors=[],
        published=when,
        language="",
        rights="",
        sha256="0" * 64,
    )


def slug(stem: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "article"


def short(title: str) -> str:
    """The title cut at a word within the limit, without the punctuation the cut leaves at its end."""
    if len(title) <= SHORT_TITLE:
        return title
    return title[: SHORT_TITLE - 1].rsplit(" ", 1)[0].rstrip(",:;–—-") + "…"


def skeleton(path: Path, data: bytes, reading: Reading) -> str:
    """The metadata file: what the text says filled in, what only the curator knows marked."""
    q = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731 - a JSON string is a YAML string
    out = [
        f"# yaml-language-server: $schema=../{SCHEMAS}/source.schema.json",  # editors check it (content/sources/)
        f"# Metadata of {path.name}, written by `explainer add`: check every value, fill in the empty ones.",
        f"# Read from the text: dek {q(reading.dek)}, dateline {q(reading.dateline)}.",
        f"id: {slug(path.stem)}",
        f"title: {q(reading.title)}",
        f"short_title: {q(short(reading.title))}  # how citations name the source, at most {SHORT_TITLE} characters",
        "outlet: null  # the publication's name, or null when the text names none",
        f"authors: {q(reading.authors)}",
    ]
    if reading.published:
        words, day = reading.published
        out += ["published:", f"  label: {q(words)}  # the text's own words", "  precision: day", f"  date: {day}"]
    else:
        out += [
            "published:  # the text prints no date: the days it must lie between, and how you know",
            '  label: ""',
            "  precision: range",
            "  earliest: null",
            "  latest: null",
        ]
    out += [
        "language: en",
        'rights: ""  # who holds the rights, and on what terms the site quotes it',
        f"sha256: {sources.sha256(data)}",
        "# Lines the rules read wrong, with their right kind (see README, Adding an article):",
        "line_kinds: []",
    ]
    return "\n".join(out) + "\n"


def add(path: Path) -> tuple[list[str], list[Problem]]:
    """Lines to print, and problems; writes PATH.yml beside the text unless it exists."""
    if path.suffix != ".txt" or not path.is_file():
        hint = "save the article's text as NAME.txt and give its path"
        return [], [Problem(str(path), None, path.stem, "no such text file", hint)]
    data, problems = path.read_bytes(), []
    text = sources.decode(str(path), path.stem, data, problems)
    if text is None:
        return [], problems
    reading = read(path, text)
    lines = [f"{n:>4}  {kind:<12} {text[:100]}" for n, kind, text in reading.kinds]
    meta = path.with_suffix(".yml")
    if meta.exists():
        hint = "edit it, or move it away to start again"
        return lines, [Problem(str(meta), None, meta.stem, "metadata exists: nothing written", hint)]
    meta.write_text(skeleton(path, data, reading), encoding="utf-8")
    return [*lines, f"wrote {meta}: check every value, then cite the article from content/*.yml"], []
