"""A deterministic synthetic corpus: N articles and curated data in the real content's proportions.

The real content has, per article, about 17 actors, 15 events, 7 issues, 15 glossary
terms, 10 quotations and 130 citations, and five parties overall; the synthetic corpus
keeps those ratios, so its timings say what ten times more articles would cost. The
articles have a title, dek, byline, timestamp, dateline, caption and contact line like
the real ones, and every quote is cut from their own paragraphs, so the real validator
passes. Same seed, same bytes.

That proportional corpus is the worst case: every article brings its own cast and terms. In
the realistic one (`realistic=True`), as coverage grows most articles name actors and terms
that already exist: after k articles there are about 17·√k actors and 15·√k terms, while
events, issues, quotations and citations still grow with k.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PER_ARTICLE = {"actors": 17, "events": 15, "issues": 7, "terms": 15, "quotes": 10}
CURATED = {
    "actors.yml": "actors",
    "events.yml": "events",
    "issues.yml": "issues",
    "glossary.yml": "terms",
    "quotes.yml": "quotes",
}
PARAGRAPHS = 24
PARTIES = ["Norland", "Estavia", "Korvania", "Lusitra", "Veldany"]
FIRST = "Anna Tomas Mira Jonas Elin Pavel Sofia Marek Lena Oskar Ida Viktor Nora Emil Clara Henrik Alma Luka".split()
LAST = "Berg Lind Kovacs Novak Halden Moreau Sato Varga Keller Rossi Dahl Brandt Okafor Castel Ivanov Marsh".split()
CITIES = ["Halvik", "Port Arlen", "Mirov", "Santel", "Dunmore", "Tavira", "Kestrel Bay", "Orsk", "Valen", "Brisa"]
ORGS = ["Fisheries Council", "Chamber of Commerce", "Red Cross Society", "Border Commission", "Port Authority"]
GROUPS = ["dock workers", "farmers", "students", "exporters", "veterans", "fishing crews"]
TOPICS = [
    "sanctions relief",
    "the fishing quota",
    "border crossings",
    "the rail link",
    "grain shipments",
    "a liaison office",
    "family reunions",
    "the nuclear freeze",
    "missile tests",
    "on-site inspections",
    "the peace declaration",
    "tariffs on steel",
    "the gas pipeline",
    "prisoner exchanges",
    "troop withdrawals",
    "water rights",
]
TERM_KINDS = ["protocol", "accord", "formula", "framework", "roadmap", "channel", "corridor", "moratorium"]
WHEN = [
    "Sunday",
    "on Wednesday",
    "last week",
    "earlier this week",
    "last month",
    "October last year",
    "last year",
    "July 2018",
    "Feb. 24",
    "Jan. 31, 2019",
    "the past year",
    "recent months",
    "the end of 2018",
    "since the end of 2018",
    "New Year's address",
]
PHASES = ["background", "run-up", "summit", "outcome"]
GAPS = ["agreed", "close", "apart", "far apart", "unclear"]
SENTENCES = [
    "{person} said talks on {topic} would resume in {city} within {n} days.",
    "Officials from {party} and {party2} met for {n} hours on {topic}, two people familiar with the talks said.",
    "The {org} said it had not been consulted about {topic} and asked for a written assurance.",
    "{person}, who has led the delegation since {year}, told reporters that {topic} remained the hardest question.",
    "Some {n},000 {group} in {city} depend on {topic}, according to figures from the {org}.",
    "Analysts said {party} was unlikely to move on {topic} before the next round of talks.",
    "A draft seen by reporters would link {topic} to a timetable for {topic2}.",
    "{person} has argued for years that {topic} should come before any discussion of {topic2}.",
    "The meeting in {city} ended without a joint statement, and {party} later issued its own account.",
    "Diplomats said the {org} could verify progress on {topic} within {n} months if both sides agreed.",
    "Critics in {party} said the government had given up too much on {topic} for too little in return.",
    "Neither side has published the text, but {person} said it ran to {n} pages.",
]
SPEECHES = [
    "We are ready to discuss {topic} as soon as {party} keeps its word",
    "Nobody should expect a breakthrough on {topic} this week",
    "There is no agreement on {topic} until there is agreement on everything",
    "Our people have waited {n} years for progress on {topic}",
    "We will judge {party} by its actions, not by its promises",
    "The door to talks on {topic} remains open",
]


def _fold(quote: str) -> str:
    """A quote as the validator compares two: curly quotes straight, spaces collapsed."""
    return " ".join(quote.replace("“", '"').replace("”", '"').split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@dataclass
class Article:
    """One article: its cast and paragraphs, kept as sentences so quotes can be cut from them."""

    number: int
    published: dt.date
    cast: list[dict[str, Any]]
    topics: list[str]
    dateline: str
    paragraphs: list[list[str]] = field(default_factory=list)
    speeches: list[tuple[str, str, str]] = field(default_factory=list)  # (speaker id, words, sentence)

    @property
    def id(self) -> str:
        return f"gazette-{self.published:%Y-%m-%d}-{self.number:04d}"


class Generator:
    """Everything one seed makes; the only randomness is `self.rng`."""

    def __init__(self, seed: int, realistic: bool = False) -> None:
        self.rng = random.Random(seed)
        self.realistic = realistic
        self.known: list[dict[str, Any]] = []  # actors of earlier articles, for a realistic cast
        self.new: set[str] = set()  # ids of the actors the current article brings

    def fresh(self, kind: str, number: int) -> int:
        """How many new actors or terms article `number` brings: all of its own in the worst case,
        otherwise enough to keep the total near PER_ARTICLE[kind] · √articles."""
        per = PER_ARTICLE[kind]
        if not self.realistic:
            return per
        return max(round(per * math.sqrt(number + 1)) - round(per * math.sqrt(number)), 0)

    def pick(self, items: list[Any]) -> Any:
        return self.rng.choice(items)

    def cast(self, number: int) -> list[dict[str, Any]]:
        """One article's actors: two organisations acting for themselves, two groups, the rest people."""
        actors: list[dict[str, Any]] = []
        for k in range(PER_ARTICLE["actors"]):
            if k < 2:
                org = self.pick(ORGS)
                name, kind, aliases = f"{self.pick(CITIES)} {org}", "organisation", [f"the {org}"]
            elif k < 4:
                name, kind, aliases = f"{self.pick(GROUPS).capitalize()} in {self.pick(CITIES)}", "group", []
            else:
                first, last = self.pick(FIRST), self.pick(LAST)
                name, kind, aliases = f"{first} {last}", "person", [f"Mx. {last}"]
            actor_id = f"{slug(name)}-{number}-{k}"
            sides = [actor_id] if k < 2 else [actors[0]["id"], actors[1]["id"], *map(slug, PARTIES)]
            actors.append({"id": actor_id, "name": name, "kind": kind, "side": self.pick(sides), "aliases": aliases})
        return actors

    def fill(self, text: str, article: Article) -> str:
        """A template sentence about the article's own people and topics."""
        people = [a for a in article.cast if a["kind"] == "person"]
        party, party2 = self.rng.sample(PARTIES, 2)
        topic, topic2 = self.rng.sample(article.topics, 2)
        return text.format(
            person=self.pick(people)["name"],
            party=party,
            party2=party2,
            topic=topic,
            topic2=topic2,
            city=self.pick(CITIES),
            org=self.pick(ORGS),
            group=self.pick(GROUPS),
            n=self.rng.randint(2, 90),
            year=self.rng.randint(2009, 2017),
        )

    def realistic_cast(self, number: int) -> list[dict[str, Any]]:
        """The article's new actors and, to make up its cast, actors of earlier articles (one a person)."""
        new = self.rng.sample(self.cast(number), self.fresh("actors", number))
        ids = {a["id"] for a in self.known + new} | {slug(p) for p in PARTIES}
        for actor in new:  # acting for an actor of the cast left out: for a party instead
            if actor["side"] not in ids:
                actor["side"] = slug(self.pick(PARTIES))
        again = self.rng.sample(self.known, min(len(self.known), PER_ARTICLE["actors"] - len(new)))
        if not any(a["kind"] == "person" for a in new + again):
            again.append(self.pick([a for a in self.known if a["kind"] == "person"]))
        self.known += new
        self.new = {a["id"] for a in new}
        return new + again

    def article(self, number: int) -> Article:
        published = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randrange(700))
        topics = self.rng.sample(TOPICS, PER_ARTICLE["issues"])
        cast = self.realistic_cast(number) if self.realistic else self.cast(number)
        article = Article(number, published, cast, topics, self.pick(CITIES).upper())
        people = [a for a in article.cast if a["kind"] == "person"]
        for p in range(PARAGRAPHS):
            sentences = [self.fill(self.pick(SENTENCES), article) for _ in range(self.rng.randint(1, 3))]
            if p % 2 == 0:
                said = ""
                while not said or any(said == s for *_, s in article.speeches):  # each printed once
                    speaker = self.pick(people)
                    words = self.fill(self.pick(SPEECHES), article)
                    said = f"“{words},” {speaker['name']} said."
                sentences.insert(self.rng.randint(0, len(sentences)), said)
                article.speeches.append((speaker["id"], words, said))
            if article.paragraphs and sentences[0] == article.paragraphs[-1][0]:
                sentences.insert(0, f"{article.dateline.title()} was quiet on day {p}.")  # else a caption printed twice
            article.paragraphs.append(sentences)
        return article

    def text(self, article: Article) -> str:
        """The article as a file: the lines the ingestion rules sort, with one heading and a caption."""
        parties = self.rng.sample(PARTIES, 2)
        lines = [
            f"{parties[0]} and {parties[1]} Resume Talks on {article.topics[0].removeprefix('the ').title()}",
            f"Negotiators meet again in {article.dateline.title()} as talks on {article.topics[1]} stall",
            f"By {self.pick(FIRST)} {self.pick(LAST)} and {self.pick(FIRST)} {self.pick(LAST)}",
            f"Published {article.published:%b}. {article.published.day}, {article.published.year} 9:30 a.m. ET",
        ]
        for p, sentences in enumerate(article.paragraphs):
            body = " ".join(sentences)
            lines.append(f"{article.dateline}—{body}" if p == 0 else body)
            if p == 3:
                lines.append(f"Delegates arrive in {article.dateline.title()}. Photo: {self.pick(LAST)}/Gazette Press")
            if p == PARAGRAPHS // 2:
                lines += ["", f"What {parties[1]} wants", ""]
        lines.append(f"Write to {self.pick(FIRST)} {self.pick(LAST)} at desk@gazette.example")
        return "\n".join(lines) + "\n"

    def quote(self, article: Article, straight: float = 0.3) -> dict[str, str]:
        """A citation cut from one sentence: whole, or five or more of its words; sometimes with
        straight quotes. Cut again until it is printed once in the article, as the validator
        requires (template sentences repeat)."""
        text = "\n".join(" ".join(p) for p in article.paragraphs)
        while True:
            sentence = self.pick(self.pick(article.paragraphs))
            words = sentence.split(" ")
            if len(words) > 8 and self.rng.random() < 0.5:
                start = self.rng.randrange(len(words) - 5)
                sentence = " ".join(words[start : self.rng.randint(start + 5, len(words))])
            at = text.find(sentence)
            if text.find(sentence, at + 1) < 0:
                break
        if self.rng.random() < straight:
            sentence = sentence.replace("“", '"').replace("”", '"')
        return {"source": article.id, "quote": sentence}

    def cites(
        self, article: Article, previous: Article | None, count: int, given: tuple[str, ...] = ()
    ) -> list[dict[str, str]]:
        """Citations from the article, none the same as another of the item's (the validator
        refuses that); one in five items also cites the article before (corroboration)."""
        cites: list[dict[str, str]] = []
        seen = {_fold(quote) for quote in given}
        while len(cites) < count:
            cite = self.quote(article)
            if _fold(cite["quote"]) not in seen:
                seen.add(_fold(cite["quote"]))
                cites.append(cite)
        if previous and self.rng.random() < 0.2:
            cites.append(self.quote(previous))
        return cites

    def prose(self, article: Article) -> str:
        return self.fill(self.pick(SENTENCES), article)

    def event(self, article: Article, previous: Article | None, k: int) -> dict[str, Any]:
        city, rng = self.pick(CITIES), self.rng
        return {
            "id": f"{slug(city)}-talks-{article.number}-{k}",
            "when_estimate": self.estimate(),
            "phase": self.pick(PHASES),
            "title": f"Talks in {city} on {self.pick(article.topics)}",
            "summary": f"{self.prose(article)} {self.prose(article)}",
            "actors": [a["id"] for a in rng.sample(article.cast, rng.randint(1, 4))],
            "topics": [f"{slug(t)}-{article.number}" for t in rng.sample(article.topics, rng.randint(1, 2))],
            "cites": self.cites(article, previous, 2),
        }

    def issue(self, article: Article, previous: Article | None, topic: str) -> dict[str, Any]:
        """Two parties' stances, half the time one that moved, and mostly a gap."""
        parties = self.rng.sample([slug(p) for p in PARTIES], 2)
        stances = [
            {"party": p, "position": self.prose(article), "cites": self.cites(article, None, 2)} for p in parties
        ]
        if self.rng.random() < 0.5:
            moved = {"party": parties[0], "when_estimate": self.estimate("last week"), "position": self.prose(article)}
            stances.append({**moved, "cites": self.cites(article, None, 1)})
        issue: dict[str, Any] = {
            "id": f"{slug(topic)}-{article.number}",
            "title": topic.removeprefix("the ").capitalize(),
            "summary": self.prose(article),
            "cites": self.cites(article, previous, 1),
            "stances": stances,
        }
        if self.rng.random() < 0.85:
            gap = {"label": self.pick(GAPS), "why": self.prose(article)}
            issue["gap"] = {**gap, "cites": self.cites(article, None, 2)}
        return issue

    def estimate(self, words: str | None = None) -> dict[str, str]:
        """A date in the grammar's words: the generated text holds no date words to cite."""
        return {"words": words or self.pick(WHEN), "reason": "a synthetic date, picked at random"}

    def quotes(self, article: Article) -> list[dict[str, Any]]:
        """Quotations of what the article's speakers said, each first citing the sentence that holds it."""
        return [
            {
                "id": f"{speaker}-says-{article.number}-{k}",
                "speaker": speaker,
                "text": words,
                "when_estimate": self.estimate(),
                "context": self.prose(article),
                "cites": [{"source": article.id, "quote": said}, *self.cites(article, None, 1, (said,))],
            }
            for k, (speaker, words, said) in enumerate(article.speeches[: PER_ARTICLE["quotes"]])
        ]

    def items(self, article: Article, previous: Article | None) -> dict[str, list[dict[str, Any]]]:
        """One article's curated items, each citing it (and sometimes the one before)."""
        return {
            "actors.yml": [
                {**a, "role": self.prose(article), "cites": self.cites(article, previous, 2)}
                for a in article.cast
                if not self.realistic or a["id"] in self.new
            ],
            "events.yml": [self.event(article, previous, k) for k in range(PER_ARTICLE["events"])],
            "issues.yml": [self.issue(article, previous, t) for t in article.topics],
            "glossary.yml": [self.term(article, previous, k) for k in range(self.fresh("terms", article.number))],
            "quotes.yml": self.quotes(article),
        }

    def term(self, article: Article, previous: Article | None, k: int) -> dict[str, Any]:
        name = f"{self.pick(CITIES)} {self.pick(TERM_KINDS)}"
        term: dict[str, Any] = {"id": f"{slug(name)}-{article.number}-{k}", "term": name.capitalize()}
        if k % 7 == 0:
            term["abbreviation"] = "".join(w[0] for w in name.split()).upper() + str(article.number)
        return {**term, "definition": self.prose(article), "cites": self.cites(article, previous, 2)}

    def shared(self, first: Article) -> dict[str, list[dict[str, Any]]]:
        """The five parties and the home page's facts, cited from the first article."""
        parties = [
            {
                "id": slug(p),
                "name": p,
                "kind": "state",
                "side": slug(p),
                "party": True,
                "role": self.prose(first),
                "cites": self.cites(first, None, 2),
            }
            for p in PARTIES
        ]
        facts = [
            {
                "id": f"fact-{k}",
                "section": "glance" if k < 6 else "outcome",
                "label": f"Fact {k}",
                "text": self.prose(first),
                "cites": self.cites(first, None, 1),
            }
            for k in range(10)
        ]
        phases = [{"id": p, "heading": f"Phase {p}"} for p in PHASES]
        return {"actors.yml": parties, "summit.yml": facts, "phases.yml": phases}


def meta(article: Article, text: str) -> dict[str, Any]:
    d = article.published
    return {
        "id": article.id,
        "title": f"Synthetic article {article.number} of the bench corpus",
        "short_title": f"Gazette, {d.day} {d:%b %Y} (#{article.number})",
        "outlet": "The Synthetic Gazette",
        "authors": ["Bench Generator"],
        "published": {"label": f"{d:%b}. {d.day}, {d.year}", "precision": "day", "date": d},
        "language": "en",
        "rights": "Generated text for benchmarks; no rights reserved.",
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
    }


def dump(data: Any) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100_000)


def corpus(articles: int, seed: int = 0, realistic: bool = False) -> dict[str, str]:
    """Every file of a content/ folder, by its path under it: same arguments, same text."""
    gen = Generator(seed, realistic)
    files: dict[str, str] = {}
    curated: dict[str, list[dict[str, Any]]] = {}
    previous: Article | None = None
    for number in range(articles):
        article = gen.article(number)
        text = gen.text(article)
        files[f"sources/{article.id}.txt"] = text
        files[f"sources/{article.id}.yml"] = dump(meta(article, text))
        groups = gen.shared(article) if previous is None else {}
        for name, items in [*groups.items(), *gen.items(article, previous).items()]:
            curated.setdefault(name, []).extend(items)
        previous = article
    files.update({name: dump(items) for name, items in curated.items()})
    return files


def expected(articles: int, realistic: bool = False) -> dict[str, int]:
    """How many items `corpus(articles, realistic=...)` makes, by kind."""
    counts = {kind: n * articles for kind, n in PER_ARTICLE.items()}
    if realistic:
        counts |= {kind: round(PER_ARTICLE[kind] * math.sqrt(articles)) for kind in ("actors", "terms")}
    return {**counts, "actors": counts["actors"] + len(PARTIES), "sources": articles}


def write(files: dict[str, str], content: Path) -> Path:
    for name, text in files.items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return content
