"""The ingestion rules, in one place: what kind of line each line of an article is, and why.

A rule is a kind, a reason, and a test of the line in its context. Most tests are one
pattern (a line of data in `PATTERNS`); the rest are small functions. Rules are tried in
order and the first that holds wins, so a more specific rule comes before a looser one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A calendar date as pages print it: "Feb. 27, 2019", "June 12", "12 June 2018", "2018-06-12".
DATE = rf"(?:{MONTH}\ \d{{1,2}}(?:,\ \d{{4}})?|\d{{1,2}}\ {MONTH}(?:\ \d{{4}})?|\d{{4}}-\d\d-\d\d)"

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "HANOI—", "HANOI, June 12 —", "WASHINGTON (Reuters) -", "Hanoi, Vietnam —". A city in
# capitals may stand alone; one in title case needs a comma part or an agency after it,
# so that an opening like "Mr. Kim — who …" is not taken for a dateline.
_PART = rf"(?:,\ (?:{DATE}|[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){{0,2}}))"  # escaped spaces: used in VERBOSE
DATELINE = re.compile(
    rf"""^(?P<dateline>
        (?:[A-Z][A-Z.'’-]+(?:\ [A-Z][A-Z.'’-]+){{0,3}}{_PART}*
         | [A-Z][a-z.'’-]+(?:\ [A-Z][a-z.'’-]+){{0,2}}(?={_PART}|\ \()(?:{_PART})*)
        (?:\ \([\w .&'’/-]{{1,40}}\))?
    )(?:\s*(?:—|–|--)\s*|\s+-\s+)(?=\S)""",
    re.VERBOSE,
)
# A photo credit at the end of a caption, in the forms pages print.
CREDIT = re.compile(
    r"""(?:\s+|\s*[|·]\s*)(?:
        \(?(?:Photo(?:graph)?|Picture|Image|Credit|Illustration)s?(?:\ by)?:?\ [^()]{2,80}\)?
      | \(?©\ ?[^()]{2,80}\)?
      | \([^()]*(?:/|Getty|AFP|Reuters|AP\ Photo|Photo)[^()]*\)
      | [A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*)*/(?:[A-Z]{2,}|Getty|Reuters|Bloomberg|Agence)[\w.'’\ -]*
        (?:\ via\ [\w\ .'’-]+)?
    )$""",
    re.VERBOSE,
)
CREDIT_MAX = 120  # a credit is searched for in a caption's last characters only
SPEAKER = re.compile(r"^(?:Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+\S")
LIST_ITEM = re.compile(r"^(?:[-•*▪◦–]|\d{1,2}[.)]|\([a-z0-9]\))\s+\S")
NAME = re.compile(r"^[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}$")
BYLINE_PREFIX = re.compile(rf"^(?:(?:Posted|Published)(?: on)? {DATE},? by|[A-Za-z]+ by|By|BY) ")
ATTRIBUTED = re.compile(r"[”\"]\s+[—–-]\s*[A-Z]")  # “…” — Name
QUOTE_MARKS = "“”\"‘’'"
DEK_MAX = 200
HEADING_MAX = 80
QUESTION_MAX = 60  # a question set off as a heading: "What happens next?"
SHORT = 120  # widgets, related links and markers are short lines

# kind -> patterns; a line is of that kind when one pattern matches at its start.
PATTERNS: dict[str, list[str]] = {
    "marker": [
        r"(?:FOR IMMEDIATE RELEASE|For immediate release)\b",
        r"(?:#{3}|-30-|[-–—]* ?(?:END|ENDS|End)[-–—]* ?)$",
        r"(?:Page \d+ of \d+|Notes? to editors:?)$",
        r"(?:OPINION|Opinion|ANALYSIS|Analysis|COMMENTARY|Commentary|EXPLAINER|Explainer|EXCLUSIVE|Exclusive"
        r"|OP-ED|Op-[Ee]d|GUEST ESSAY|Guest essay|EDITORIAL|Editorial|LIVE|Live|BREAKING|Breaking)(?: news| NEWS)?$",
        r"(?:©|Copyright|\(c\)) ?(?:\d{4}|[A-Z])|.{0,80}\bAll rights reserved\b",
    ],
    "widget": [
        r"(?:About this publication|Be the first to comment|Leave a (?:Reply|reply|comment|Comment))[\s\d]*$",
        r"\d* ?(?:Comments?|COMMENTS?)(?: \(\d+\))?$",
        r"(?:Show|View|Load|Read|Post|Add) (?:all )?(?:\d+ )?comments?\b",
        r"(?:Log ?in|Sign ?in|Register) to (?:comment|reply|post)\b",
        r"(?:Share|SHARE)(?: this| on| via|:|$)",
        r"(?:Tweet|Email|Print|Save|Copy link|Gift this article)(?: (?:this )?(?:article|story|page|link))?$",
        r".{0,60}\bnewsletters?\b",
        r"(?:Sign up|Subscribe|SUBSCRIBE|Get our|Already a subscriber)\b",
        r".{0,100}\b(?:Subscribe|Sign up|Unsubscribe)(?: here| now| today|\.?$)",
        r"(?:Topics|Tags|Filed under|Categories|More about)\s*:",
        r"(?:Have your say|Tell us|Send us your|Got a (?:tip|story)|Share your)\b",
        r"(?:Advertisement|ADVERTISEMENT|Sponsored(?: content)?|Story continues below|Continue reading)\b",
        r"(?:We use cookies|This (?:site|website) uses cookies|Accept (?:all )?cookies|Cookie (?:settings|policy))",
        r"(?:Get|Download) (?:the|our) .{0,40}\bapps?\b",
        r"(?:Listen to this article|Follow us\b|Most (?:read|popular)$|Trending(?: now)?$)",
        r".{0,40}\b(?:min(?:ute)? read|reading time)\b",
    ],
    "related": [
        r"(?:Related|RELATED|Read more|READ MORE|See also|Also read|Read next|More on this|Recommended"
        r"|More from|Further reading|Watch|WATCH|Listen|Related (?:articles|stories|coverage))\b ?:"
    ],
    "caption": [r"(?:Image|Photo|Picture|Video) caption,? ", r"(?:Caption|Pictured|Above|Top|Below|Main image):"],
    "credit": [
        r"(?:Image|Photo|Picture|Video) (?:source|credit),? ",
        r"\(?(?:Additional )?(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled|[Ff]act-checking) by\b",
        r"(?:Photographs|Photography|Illustrations?|Lead image|Photo(?:graph)? illustration) by\b",
        r"Appeared in the .{0,40}\bprint edition\b",
        r"(?:This|A version of this) (?:article|story|piece|interview|report) (?:was )?(?:originally |first )?"
        r"(?:published|appeared|appears|ran)\b",
    ],
    "correction": [r"(?:Correction|CORRECTION|Clarification|CLARIFICATION)s?\b ?[:—–-]"],
    "editor-note": [r"\*?(?:Editor[’']s [Nn]ote|EDITOR[’']S NOTE)\b ?[:—–-]?"],
    "contact": [
        r"(?:Write to|For more information,? contact)\b",
        r"(?:Contact|Media [Cc]ontact|Press [Cc]ontact|Press office|Press inquiries|Media inquiries)s?:",
        r".{0,80}?\S+@\S+\.\w+$",  # an e-mail address ends the line
        r"(?:Email|E-mail|Tel|Phone|Telephone):",
        r"Follow (?:\w+ ){0,3}on (?:Twitter|X|Bluesky|Mastodon)\b",
    ],
    "byline": [
        rf"(?:Posted|Published)(?: on)? {DATE},? by [A-Z][\w.’' -]+$",
        r"(?:From|By) (?:our|a|the) (?:[\w ]+ )?(?:correspondents?|staff reporters?|reporters?)\b.{0,60}$",
        r"(?:Office|Bureau|Department|Ministry|Embassy|Mission) of (?:the )?[A-Z][\w’' ]+$",  # the issuer
        r"[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){1,3}(?:,| \||:) (?:[\w.’' ]+ )?"
        r"(?:Correspondent|Editor|Reporter|Writer|Staff|correspondent|editor|reporter|writer)s?$",
        rf"(?:By|BY|Words by|Interview by|Story by|Posted by) [A-Z][\w.,’'&|/ -]+?"
        rf"(?:(?:,? (?:on|in) |\s*[|·•,]\s*)(?:Updated |Published )?{DATE}.*)?$",
    ],
    "timestamp": [
        rf"(?:Last |First )?(?:[Uu]pdated|[Pp]ublished|[Pp]osted|[Ii]ssued|Date)(?: on)?:? "
        rf".{{0,30}}?(?:{DATE}|\d{{1,2}}[:.]\d\d)",
        r"\d{1,2}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?$",  # a live page's entry time
        rf"(?:{WEEKDAY},? )?{DATE}(?:,? \d{{1,2}}[:.]\d\d ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{{2,4}})?)?$",
        rf"(?:{MONTH} \d{{4}}|(?:Spring|Summer|Autumn|Fall|Winter) \d{{4}})(?: [Ii]ssue)?$",
    ],
}
# Each kind's patterns as one alternation: one match per kind, not one per pattern.
COMPILED: dict[str, re.Pattern[str]] = {k: re.compile("|".join(f"(?:{p})" for p in ps)) for k, ps in PATTERNS.items()}
LONG_ALLOWED = {"credit", "correction", "editor-note", "byline", "caption"}  # may run past SHORT characters
WHY: dict[str, str] = {
    "blank": "empty line",
    "title": "the headline: first line of the text",
    "dek": "the subheading under the title",
    "byline": "byline: the authors are in the metadata",
    "timestamp": "publication time: kept in the metadata",
    "marker": "a page or press-release marker, not the article's text",
    "widget": "a website's share, comment, newsletter, advertising or cookie widget, not the article",
    "related": "a link to another article",
    "credit": "reporting, editing or photo credit",
    "correction": "a correction added by the publisher",
    "editor-note": "editor's note added after publication",
    "contact": "author or press contact line",
    "bio": "a line about the author",
    "caption": "photo caption with its credit",
    "caption-twice": "photo caption, printed again on the next line with its credit",
    "pull-quote": "a pull quote: the article's own words printed again, larger",
    "list-item": "an item of a list in the article",
    "dateline": "the dateline, on a line of its own",
    "heading": "section heading",
    "body": "body paragraph",
    "speech": "body paragraph: a speaker's turn in a transcript",
    "foreign": "not part of this article (marked in the metadata)",
}
# Kinds a page shows in the article's text; the others go to the "left out" table.
SHOWN = {"dek", "heading", "body", "editor-note", "correction", "list-item", "caption"}
# Kinds read as numbered, citable paragraphs.
PARAGRAPH = {"body", "editor-note", "correction", "list-item"}
# Kinds kept in the metadata rather than shown as text.
META = {"title", "byline", "timestamp", "dateline"}
# Every kind a curator may name in `line_kinds` (blank lines have no kind to correct).
KINDS = tuple(k for k in WHY if k not in ("blank", "caption-twice", "speech"))


@dataclass(frozen=True)
class Context:
    """One line among its neighbours: what a rule may look at."""

    lines: list[str]  # every line of the file, stripped
    i: int
    title: int | None  # index of the headline
    spaced: bool  # the body's paragraphs are set off by blank lines
    previous: str = ""  # the kind of the line before
    names: frozenset[str] = frozenset()  # the names the bylines print
    joined: str = ""  # every line, one after another, to find words printed twice

    @property
    def text(self) -> str:
        return self.lines[self.i]

    def near(self, step: int) -> str:
        j = self.i + step
        return self.lines[j] if 0 <= j < len(self.lines) else ""

    def next_nonblank(self, after: int) -> int | None:
        return next((j for j in range(after + 1, len(self.lines)) if self.lines[j]), None)


def by_pattern(kind: str, text: str) -> bool:
    if len(text) > SHORT and kind not in LONG_ALLOWED:
        return False
    return COMPILED[kind].match(text) is not None


def in_contact_block(ctx: Context) -> bool:
    """Contact details run on from a "Write to" or "Contact:" line until a blank line."""
    return ctx.previous == "contact"


def caption_printed_twice(ctx: Context) -> bool:
    """A caption followed by the same caption with a credit after it, in whatever form."""
    nxt, text = ctx.near(1), ctx.text
    return len(text) >= 20 and nxt.startswith(text) and 0 < len(nxt) - len(text) <= 100


def caption_repeat(ctx: Context) -> bool:
    prev, text = ctx.near(-1), ctx.text
    return len(prev) >= 20 and text.startswith(prev) and 0 < len(text) - len(prev) <= 100


def caption_with_credit(ctx: Context) -> bool:
    return len(ctx.text) <= 400 and CREDIT.search(ctx.text[-CREDIT_MAX:]) is not None


def pull_quote(ctx: Context) -> bool:
    """A quotation whose words, quotation marks and attribution aside, the article prints
    again elsewhere (a sentence that merely recurs, or a heading repeated in a list of
    contents, is not one)."""
    if ctx.text[0] not in QUOTE_MARKS and not ATTRIBUTED.search(ctx.text):
        return False
    words = re.split(r"\s+[—–-]\s*[A-Z][\w.'’ ]*$", ctx.text)[0].strip(QUOTE_MARKS + " ")
    return 20 <= len(words) <= 300 and ctx.joined.count(words) >= 2


def author_bio(ctx: Context) -> bool:
    """ "NAME is a …" about a person the byline names, in a line of one or two sentences."""
    text = ctx.text
    if len(text) > 300:
        return False
    return any(text.startswith(f"{n} ") and re.match(r"(?:is|was|has been) ", text[len(n) + 1 :]) for n in ctx.names)


def byline_names(byline: str) -> list[str]:
    """Names in a byline: "By A and B, Agency" -> [A, B]; words that are not a name are dropped."""
    rest = BYLINE_PREFIX.sub("", byline.strip())
    rest = re.split(rf"\s*[|/·•]\s*|,? (?:on|in) {DATE}|,\s*(?=(?:Updated |Published )?{DATE})", rest)[0]
    parts = re.split(r",\s*|\s+and\s+|\s*&\s*", rest)
    return [p.strip() for p in parts if NAME.match(p.strip())]


def dek(ctx: Context) -> bool:
    """The first line after the headline, if it is short, one sentence and not the story's start."""
    if ctx.title is None or ctx.next_nonblank(ctx.title) != ctx.i:
        return False
    text = ctx.text
    sentences = len(re.findall(r"[a-z0-9)”’\"][.!?](?:\s|$)", text))
    return len(text) <= DEK_MAX and sentences <= 1 and not DATELINE.match(text) and not SPEAKER.match(text)


def dateline_alone(ctx: Context) -> bool:
    """A dateline printed on a line of its own, above the first paragraph."""
    m = DATELINE.match(ctx.text + " x")
    return m is not None and m.end() == len(ctx.text) + 1


def heading(ctx: Context) -> bool:
    """A short line without closing punctuation, set off by blank lines (or in a file that
    uses none, between two longer lines); a short question before a long paragraph; a short
    label before a list."""
    text, after = ctx.text, ctx.lines[ctx.next_nonblank(ctx.i) or ctx.i]
    if text.endswith("?") and ctx.spaced and len(after) > HEADING_MAX:  # an explainer's question
        return not ctx.near(-1) and not ctx.near(1) and len(text) <= QUESTION_MAX
    if text.endswith(":") and len(text.split()) <= 4 and LIST_ITEM.match(ctx.near(1)):  # "Key facts:"
        return True
    if len(text) > HEADING_MAX or text.endswith((".", "?", "!", ":", "”", '"', ",", ";")):
        return False
    if ctx.spaced:
        return not ctx.near(-1) and not ctx.near(1)
    return len(ctx.near(-1)) > HEADING_MAX and len(ctx.near(1)) > HEADING_MAX


Rule = tuple[str, str, Callable[[Context], bool]]


def _pattern(kind: str) -> Callable[[Context], bool]:
    return lambda ctx: by_pattern(kind, ctx.text)


# (kind, why, test), in the order they are tried. Title and blank lines are decided before.
RULES: list[Rule] = [
    *((k, WHY[k], _pattern(k)) for k in ("marker", "widget", "related", "credit", "correction", "editor-note")),
    ("contact", WHY["contact"], lambda ctx: by_pattern("contact", ctx.text) or in_contact_block(ctx)),
    ("byline", WHY["byline"], _pattern("byline")),
    ("timestamp", WHY["timestamp"], _pattern("timestamp")),
    ("caption", WHY["caption-twice"], caption_printed_twice),
    ("caption", WHY["caption"], _pattern("caption")),
    ("caption", WHY["caption"], caption_repeat),
    ("caption", WHY["caption"], caption_with_credit),
    ("pull-quote", WHY["pull-quote"], pull_quote),
    ("bio", WHY["bio"], author_bio),
    ("dek", WHY["dek"], dek),
    ("dateline", WHY["dateline"], dateline_alone),
    ("list-item", WHY["list-item"], lambda ctx: LIST_ITEM.match(ctx.text) is not None),
    ("body", WHY["speech"], lambda ctx: SPEAKER.match(ctx.text) is not None),
    ("heading", WHY["heading"], heading),
]
# Rules that may also mark a line before the headline (a release's marker, a date line).
BEFORE_TITLE = {"marker", "widget", "timestamp", "byline"}


def classify(raw: list[str]) -> list[tuple[str, str]]:
    """(kind, why) for every line of an article, in order."""
    lines = [line.strip() for line in raw]
    title = None
    for i, text in enumerate(lines):
        if text and not any(kind in BEFORE_TITLE and test(Context(lines, i, None, True)) for kind, _, test in RULES):
            title = i
            break
    body = lines[title + 1 :] if title is not None else lines
    spaced = any(not t for t in body[: len(body) - 1]) and any(t for t in body)
    names = frozenset(n for line in lines if by_pattern("byline", line) for n in byline_names(line))
    joined = "\n".join(lines)
    out: list[tuple[str, str]] = []
    for i, text in enumerate(lines):
        ctx = Context(lines, i, title, spaced, out[-1][0] if out else "", names, joined)
        if not text:
            out.append(("blank", WHY["blank"]))
        elif i == title:
            out.append(("title", WHY["title"]))
        else:
            out.append(next(((k, why) for k, why, test in RULES if test(ctx)), ("body", WHY["body"])))
    return out
