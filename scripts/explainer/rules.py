"""The ingestion rules, in one place: what kind of line each line of an article is, and why.

A rule is a kind, a reason, and a test of the line in its context. Most tests are one
pattern (a line of data in `PATTERNS`); the rest are small functions. Rules are tried in
order and the first that holds wins, so a more specific rule comes before a looser one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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
    r"""(?:\s+|\s*[|·]\s*|(?<=[.!?”"]))(?:
        \(?(?:Photo(?:graph)?|Picture|Image|Credit|Illustration)s?(?:\ by)?(?::?\ |\.{2,3}\ ?|…\ ?)[^()]{2,80}\)?
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

# Structural signals: the shapes of a page's furniture, whatever its words.
TIME = r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\ ?[AaPp]\.?[Mm]\.?)?"
# A line that names a date or time and otherwise only words like these is a time stamp.
STAMP_WORDS = frozenset(
    "updated published posted issued edited modified aired broadcast first last on at date time this page "
    "article story post entry episode was has been is read".split()
)
STAMP_PARTS = re.compile(
    rf"{DATE}|{TIME}|\b\d{{4}}\b|\b(?:{WEEKDAY}|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(?:UTC|GMT|[A-Z]{{1,3}}T)\b"
    r"|\b\d+\ ?(?:min(?:ute)?s?|hrs?|hours?)\b|[^\w\s]"
)
HAS_TIME = re.compile(rf"{DATE}|{TIME}")
STAMP_MAX = 100
# A page's own interface: a short line that starts with one of these is a button or a link.
UI = re.compile(
    r"(?:[^\w\s]\s*)?(?:Skip|Log ?(?:in|out)|Sign ?(?:in|up|out)|Register|Download|Cite|Print|Share|Save|Bookmark"
    r"|Play|Listen|Watch|Follow|Subscribe|Donate|Back to|Return to|Go to|Jump to|Continue reading|View|Show|Load"
    r"|Click|Tap|Copy|Gift|Accept|Manage|E-?mail|Tweet|Comment|Reply|Search|Menu|Read (?:more|the full|on))\b"
)
UI_WORDS = 6  # a button's label is a few words
SEPARATOR = re.compile(r"\s+[|·•>›»/]\s+|\s{2,}")  # between the links of a bar or a breadcrumb trail
BRACKETED = re.compile(r"[\[(][^\[\]().!?]{1,60}[\])]")  # "(COMMERCIAL BREAK)", "[End of transcript]"
NUMBER = re.compile(r"[\d\s.,:+%×-]+")  # a count with no words: comments, shares
CHAPTER = re.compile(rf"\[?{TIME}\]?\s+[-–—]?\s*\w")  # "03:12 How a river makes an island"
NAMES = re.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}(?:(?:,| and| &) [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3})*")
ROLE = re.compile(
    r"\b(?:Correspondent|Editor|Reporter|Writer|Staff|Fellow|Director|Professor|Columnist|Contributor|Analyst"
    r"|Producer|Host|Chief|Senior)s?\b"
)
# An issuing office above the headline is the site's masthead; below it, the byline.
ISSUER = re.compile(r"(?:Office|Bureau|Department|Ministry|Embassy|Mission) of (?:the )?[A-Z][\w’' ]+$")
# A label over a section of the page that is not the article: the section's lines take its kind.
SECTIONS: dict[str, str] = {
    "related": r"See also|Related(?: content| articles| stories| coverage| links| reading)?|Read more|Further reading"
    r"|External links|More (?:on|from|about|in) [\w’' -]{1,30}|Most (?:read|viewed|popular|shared)|Recommended"
    r"(?: for you| reading)?|You (?:may|might) also like|Elsewhere|Links|Mentioned(?: in this \w+)?",
    "credit": r"Notes|Footnotes|Endnotes|References|Sources|Bibliography|Works cited|Citations|Credits",
    "bio": r"About the (?:authors?|contributors?|writers?)|Contributors?|The authors?",
    "widget": r"Contents|Table of contents|In this (?:article|story|page)|On this page|Jump to|Comments|Tags|Topics",
}
SECTION = re.compile(
    "|".join(rf"(?P<{k}>(?:{v})\s*(?::|\[edit\])?)" for k, v in SECTIONS.items()), re.IGNORECASE
)
LABEL_MAX = 40
HEAD_LINES = 8  # the headline is looked for among the first lines that are not furniture
PROSE_WORDS = 8  # a paragraph of prose has at least this many words and ends a sentence
ENDS = (".", "!", "?", "…")
NOTE_MARK = re.compile(r"(?:\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+)+$")  # a footnote's mark after a sentence

# kind -> patterns; a line is of that kind when one pattern matches at its start.
PATTERNS: dict[str, list[str]] = {
    "marker": [
        r"(?:FOR IMMEDIATE RELEASE|For immediate release)\b",
        r"(?:#{3}|-30-|[-–—]* ?(?:END|ENDS|End)[-–—]* ?)$",
        r"(?:Page \d+ of \d+|Notes? to editors:?)$",
        r"(?:\S+ ){0,4}(?:[Pp]age|P\.) ?[A-Z]?\d{1,3}$",  # a print edition's jump: "Continued from Page A1"
        r"(?:OPINION|Opinion|ANALYSIS|Analysis|COMMENTARY|Commentary|EXPLAINER|Explainer|EXCLUSIVE|Exclusive"
        r"|OP-ED|Op-[Ee]d|GUEST ESSAY|Guest essay|EDITORIAL|Editorial|LIVE|Live|BREAKING|Breaking)(?: news| NEWS)?$",
        r"(?:©|Copyright|\(c\)) ?(?:\d{4}|[A-Z])|.{0,80}\bAll rights reserved\b",
        # boilerplate: a disclaimer, a licence, terms of reproduction or of a translation
        r".{0,80}\b(?:views expressed\b|(?:do|does) not (?:necessarily )?(?:reflect|represent) the (?:views|position)"
        r"|(?:provided|published) for (?:reference|information(?:al)? purposes) only|may not be (?:reproduced"
        r"|republished|redistributed)|(?:available|licensed|published) under (?:the|a) .{0,60}\b[Ll]icen[cs]e)",
        r"From [A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*)*, the (?:free )?[\w -]+$",  # a site's tagline
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
        r"(?:Supported|Sponsored|Presented|Brought to you) by$|Paid (?:post|content|partner)\b",
        r"(?:Become a (?:member|subscriber|supporter|patron)|Donate|Support (?:us|our|the|this)\b)",
        r".{0,100}\b(?:(?:subscribers?|members) only|available (?:only )?to (?:subscribers|members))\b",
        r"(?:We use cookies|This (?:site|website) uses cookies|Accept (?:all )?cookies|Cookie (?:settings|policy))",
        r"(?:Get|Download) (?:the|our) .{0,40}\bapps?\b",
        r"(?:Listen to this article|Follow us\b|Trending(?: now)?$)",
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
        r"(?:Sources?|Editors?|Translators?|Producers?|Credits?):\s+\S",
        r"[\[(]?(?:Translated|Translation|Produced|Edited|Compiled|Adapted)\b.{0,80}\bby\b",
        r"(?:This|The) (?:\w+ ){0,2}(?:episode|programme|program|podcast|show|video|film|transcript|translation)"
        r" (?:was|is|has been) (?:\w+ ){0,2}(?:produced|edited|presented|hosted|reported|translated|made) by\b",
        r"(?:This|A version of this) (?:article|story|piece|interview|report) (?:was )?(?:originally |first )?"
        r"(?:published|appeared|appears|ran)\b",
    ],
    "correction": [r"(?:Correction|CORRECTION|Clarification|CLARIFICATION)s?\b ?[:—–-]"],
    "editor-note": [r"\*?(?:Editor[’']s [Nn]ote|EDITOR[’']S NOTE)\b ?[:—–-]?"],
    "contact": [
        r"(?:Write to|For more information,? contact)\b",
        r"(?:Contact|Media [Cc]ontact|Press [Cc]ontact|Press office|Press inquiries|Media inquiries)s?:",
        r".{0,80}?\S+@\S+\.\w+[.)]?$",  # an e-mail address ends the line
        r"(?:Email|E-mail|Tel|Phone|Telephone):",
        r".{0,80}?\b(?:[Cc]all|[Pp]hone|[Tt]ext|[Rr]each(?:ed)?|[Cc]ontact|[Tt]el\.?)\b"
        r".{0,40}?\+?\(?\d[\d ().-]{5,}\d\.?$",  # a telephone number ends the line
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
# How long a line of a kind may be (SHORT unless named; None: any length).
LIMIT: dict[str, int | None] = dict.fromkeys(("credit", "correction", "editor-note", "byline", "caption"))
LIMIT["marker"] = 300  # boilerplate: a disclaimer or a licence


def _combined(longest: int) -> re.Pattern[str]:
    """Every kind's patterns that a line of `longest` characters may match, as one alternation
    in the order of PATTERNS: the first kind that matches is the group that matched."""
    kinds = [k for k in PATTERNS if (limit := LIMIT.get(k, SHORT)) is None or limit >= longest]
    return re.compile("|".join(f"(?P<{k.replace('-', '_')}>{COMPILED[k].pattern})" for k in kinds))


# (longest line, its one alternation), shortest first
BY_LENGTH = [(n, _combined(n)) for n in sorted({SHORT, *(v for v in LIMIT.values() if v), 10**9})]
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
# Why a line read by its shape or place is of its kind.
REASON: dict[str, str] = {
    "masthead": "the publisher's name above the headline",
    "label": "a label above the headline: a section or the site's name",
    "ui": "a button or link of the website, not the article",
    "bar": "a row of the website's links",
    "count": "a number the website prints (comments, shares), not the article",
    "repeated": "a short line printed more than once: the page's furniture",
    "stage": "a note in brackets, not the article's words",
    "notice": "a notice set in capitals, not the article's words",
    "stamp": "a date or time line: kept in the metadata",
    "chapter": "an item of a list of times in the article",
    "run-on": "an item of a list introduced by the line before",
    "byline-more": "byline: an author's name or title under the headline",
    "tail": "a short line after the article's last paragraph: the page's furniture",
}
# Kinds a page shows in the article's text; the others go to the "left out" table.
SHOWN = {"dek", "heading", "body", "editor-note", "correction", "list-item", "caption"}
# Kinds read as numbered, citable paragraphs.
PARAGRAPH = {"body", "editor-note", "correction", "list-item"}
# Kinds kept in the metadata rather than shown as text.
META = {"title", "byline", "timestamp", "dateline"}
# Every kind a curator may name in `line_kinds` (blank lines have no kind to correct).
KINDS = tuple(k for k in WHY if k not in ("blank", "caption-twice", "speech"))


@dataclass(slots=True)
class Context:
    """One line among its neighbours: what a rule may look at."""

    lines: list[str]  # every line of the file, stripped
    i: int
    title: int | None  # index of the headline (None while it is looked for)
    hit: str  # the kind whose patterns the line matches first (see pattern_kind)
    spaced: bool  # the body's paragraphs are set off by blank lines
    previous: str = ""  # the kind of the line before
    last: str = ""  # the kind of the last line with text before this one
    started: bool = False  # a paragraph of the article came before
    section: str = ""  # the kind of the labelled section this line may be in ("See also", "Notes")
    names: frozenset[str] = frozenset()  # the names the bylines print
    joined: str = ""  # every line, one after another, to find words printed twice
    counts: Mapping[str, int] = field(default_factory=dict)  # how often each line is printed

    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.lines[self.i]

    @property
    def before_title(self) -> bool:
        return self.title is None or self.i < self.title

    @property
    def head(self) -> bool:
        """Under the headline, above the article's first paragraph."""
        return not self.before_title and not self.started

    def near(self, step: int) -> str:
        j = self.i + step
        return self.lines[j] if 0 <= j < len(self.lines) else ""

    def next_nonblank(self, after: int) -> int | None:
        return next((j for j in range(after + 1, len(self.lines)) if self.lines[j]), None)


def pattern_kind(text: str) -> str:
    """The first kind (in the order of PATTERNS) one of whose patterns the line matches, or ""."""
    m = next(regex for longest, regex in BY_LENGTH if len(text) <= longest).match(text)
    return m.lastgroup.replace("_", "-") if m and m.lastgroup else ""


def by_pattern(kind: str, text: str) -> bool:
    limit = LIMIT.get(kind, SHORT)
    if limit is not None and len(text) > limit:
        return False
    return COMPILED[kind].match(text) is not None


def prose(text: str) -> bool:
    """Running text: enough words to be a sentence, and a sentence's end."""
    end = (NOTE_MARK.sub("", text) if text[-1:] in "]¹²³⁴⁵⁶⁷⁸⁹⁰*†" else text).rstrip(QUOTE_MARKS + ")]")
    return len(text.split()) >= PROSE_WORDS and end.endswith(ENDS)


def set_off(ctx: Context) -> bool:
    """Alone between blank lines (or, in a file that uses none, between two longer lines)."""
    if ctx.spaced:
        return not ctx.near(-1) and not ctx.near(1)
    return len(ctx.near(-1)) > HEADING_MAX and len(ctx.near(1)) > HEADING_MAX


def above_prose(ctx: Context) -> bool:
    """Set off above a paragraph of prose: placed as a section heading is, whatever its words."""
    j = ctx.next_nonblank(ctx.i)
    return j is not None and set_off(ctx) and prose(ctx.lines[j])


def section_label(text: str) -> str:
    """The kind of the lines under a label such as "See also" or "References" ("" if not one)."""
    m = SECTION.fullmatch(text) if len(text) <= LABEL_MAX else None
    return m.lastgroup if m and m.lastgroup else ""


def in_section(ctx: Context) -> bool:
    """Under such a label, until a heading over prose (or, under links, prose itself) resumes the article."""
    if not ctx.section or above_prose(ctx):
        return False
    return ctx.section in ("bio", "credit") or not prose(ctx.text)


def masthead(ctx: Context) -> bool:
    return ctx.before_title and ISSUER.match(ctx.text) is not None


def stamp(ctx: Context) -> bool:
    """A date or time with only words such as "Updated", "Aired" or "This page was last edited on"."""
    text = ctx.text
    if len(text) > STAMP_MAX or not HAS_TIME.search(text) or dateline_alone(ctx):
        return False
    return all(word in STAMP_WORDS for word in STAMP_PARTS.sub(" ", text).lower().split())


def interface(ctx: Context) -> bool:
    """A few words that start with a verb of the site's interface ("Skip to content", "Download PDF"),
    unless set off above prose inside the article, as a heading is."""
    text = ctx.text
    if not UI.match(text) or text.endswith(ENDS) or len(re.findall(r"\w+", text)) > UI_WORDS:
        return False
    return not (ctx.started and above_prose(ctx))


def link_bar(ctx: Context) -> bool:
    """Three or more short links in a row: "Site map | Accessibility | Contact us", "Home > News"."""
    if len(ctx.text) > SHORT:
        return False
    parts = SEPARATOR.split(ctx.text)
    return len(parts) >= 3 and all(0 < len(p.split()) <= 4 and not p.endswith(ENDS) for p in parts)


def count(ctx: Context) -> bool:
    text = ctx.text
    return NUMBER.fullmatch(text) is not None and any(c.isdigit() for c in text) and not HAS_TIME.search(text)


def repeated(ctx: Context) -> bool:
    """A short line printed more than once ("Advertisement", "Continue reading") is the page's."""
    text = ctx.text
    if ctx.counts.get(text, 0) < 2 or text.endswith((*ENDS, ":")) or len(text.split()) > UI_WORDS:
        return False
    return not (ctx.started and above_prose(ctx))


def notice(ctx: Context) -> bool:
    """Sentences set in capitals ("THIS IS A RUSH TRANSCRIPT."): a notice, not the article."""
    text = ctx.text
    return text.isupper() and (prose(text) or len(re.findall(r"[.!]\s+[A-Z]", text)) >= 1)


def stage_note(ctx: Context) -> bool:
    return BRACKETED.fullmatch(ctx.text) is not None


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
    """Names in a byline: "By A and B, Agency" -> [A, B]; words that are not a name, or are a
    title ("Chief Correspondent"), are dropped."""
    rest = BYLINE_PREFIX.sub("", byline.strip())
    rest = re.split(rf"\s*[|/·•]\s*|,? (?:on|in) {DATE}|,\s*(?=(?:Updated |Published )?{DATE})", rest)[0]
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", rest)]
    return [p for p in parts if NAME.match(p) and not ROLE.search(p)]


def dek(ctx: Context) -> bool:
    """The first line after the headline, if it is short, one sentence and not the story's start."""
    if ctx.title is None or ctx.next_nonblank(ctx.title) != ctx.i:
        return False
    text = ctx.text
    sentences = len(re.findall(r"[a-z0-9)”’\"][.!?](?:\s|$)", text))
    return len(text) <= DEK_MAX and sentences <= 1 and not DATELINE.match(text) and not SPEAKER.match(text)


def byline_more(ctx: Context) -> bool:
    """Under the headline, above the text: a name alone, or an author's title or place on the
    line right after a byline ("Senior Fellow, Trade Programme", "Reporting from Oslova")."""
    if not ctx.head:
        return False
    text = ctx.text
    if ctx.last in (*META, "dek") and NAMES.fullmatch(text):
        return True
    return ctx.previous == "byline" and len(text.split()) <= 8 and not text.endswith((*ENDS, ":"))


def dateline_alone(ctx: Context) -> bool:
    """A dateline printed on a line of its own, above the first paragraph."""
    m = DATELINE.match(ctx.text + " x")
    return m is not None and m.end() == len(ctx.text) + 1


def chapter(ctx: Context) -> bool:
    """One of a run of short lines that each start with a time: chapters, a running order."""
    text = ctx.text
    if not CHAPTER.match(text) or len(text) > HEADING_MAX or text.endswith("."):
        return False
    return bool(CHAPTER.match(ctx.near(-1)) or CHAPTER.match(ctx.near(1)))


def run_on_item(ctx: Context) -> bool:
    """In a file set out with blank lines, one of a block of one-sentence lines that a line
    ending in a colon introduces: a list whose bullets were lost."""
    lines, start, end = ctx.lines, ctx.i, ctx.i
    if not ctx.spaced or len(ctx.text) > DEK_MAX or re.search(r"[.!?]\s+[A-Z]", ctx.text):
        return False
    while start > 0 and lines[start - 1]:
        start -= 1
    while end + 1 < len(lines) and lines[end + 1]:
        end += 1
    if lines[start].endswith(":"):
        return ctx.i > start
    return end > start and start >= 2 and lines[start - 2].endswith(":")


def heading(ctx: Context) -> bool:
    """A short line without closing punctuation, set off by blank lines (or in a file that
    uses none, between two longer lines); a short question before a long paragraph; a short
    label before a list."""
    text, after = ctx.text, ctx.lines[ctx.next_nonblank(ctx.i) or ctx.i]
    if text.endswith("?") and ctx.spaced and len(after) > HEADING_MAX:  # an explainer's question
        return not ctx.near(-1) and not ctx.near(1) and len(text) <= QUESTION_MAX
    label = len(text.split()) <= 4 and not text.endswith((*ENDS, ",", ";"))  # "Key facts:", "Chapters"
    if label and (LIST_ITEM.match(ctx.near(1)) or CHAPTER.match(ctx.near(1))):
        return True
    if len(text) > HEADING_MAX or text.endswith((".", "?", "!", ":", "”", '"', ",", ";")):
        return False
    return set_off(ctx)


Rule = tuple[str, str, Callable[[Context], bool]]


def _pattern(kind: str) -> Callable[[Context], bool]:
    return lambda ctx: ctx.hit == kind


# (kind, why, test), in the order they are tried. Title and blank lines are decided before;
# between RULES and LATE, a line under a label ("See also", "Notes") takes the label's kind.
RULES: list[Rule] = [
    ("marker", REASON["masthead"], masthead),
    *((k, WHY[k], _pattern(k)) for k in ("marker", "widget", "related", "credit", "correction", "editor-note")),
    ("contact", WHY["contact"], lambda ctx: ctx.hit == "contact" or in_contact_block(ctx)),
    ("byline", WHY["byline"], _pattern("byline")),
    ("timestamp", WHY["timestamp"], _pattern("timestamp")),
    ("timestamp", REASON["stamp"], stamp),
    ("marker", REASON["stage"], stage_note),
    ("marker", REASON["notice"], notice),
    ("widget", REASON["ui"], interface),
    ("widget", REASON["bar"], link_bar),
    ("widget", REASON["count"], count),
    ("widget", REASON["repeated"], repeated),
    ("caption", WHY["caption-twice"], caption_printed_twice),
    ("caption", WHY["caption"], _pattern("caption")),
    ("caption", WHY["caption"], caption_repeat),
    ("caption", WHY["caption"], caption_with_credit),
    ("pull-quote", WHY["pull-quote"], pull_quote),
    ("bio", WHY["bio"], author_bio),
]
LATE: list[Rule] = [
    ("dek", WHY["dek"], dek),
    ("byline", REASON["byline-more"], byline_more),
    ("dateline", WHY["dateline"], dateline_alone),
    ("list-item", WHY["list-item"], lambda ctx: LIST_ITEM.match(ctx.text) is not None),
    ("list-item", REASON["chapter"], chapter),
    ("list-item", REASON["run-on"], run_on_item),
    ("body", WHY["speech"], lambda ctx: SPEAKER.match(ctx.text) is not None),
    ("heading", WHY["heading"], heading),
]
# Rules that may also mark a line before the headline (a release's marker, a date line).
BEFORE_TITLE = {"marker", "widget", "timestamp", "byline"}


def find_title(lines: list[str]) -> tuple[int | None, set[int]]:
    """The headline: among the lines above the byline, date or first paragraph that are not
    the page's furniture, the first after the last short label (a section's or the site's
    name) that a longer line follows; the labels and what precedes them are the masthead's."""
    found: list[int] = []
    for i, text in enumerate(lines):
        ctx = Context(lines, i, None, pattern_kind(text), True)
        kind = text and next((k for k, _, test in RULES if k in BEFORE_TITLE and test(ctx)), "")
        if not text or (kind and not (found and kind in ("byline", "timestamp"))):
            continue
        if kind or (found and prose(text)) or len(found) == HEAD_LINES:
            break
        found.append(i)

    def label(j: int) -> bool:
        text = lines[found[j]]
        short = len(text.split()) <= 3 or text.isupper()
        return short and not text.endswith((*ENDS, ":")) and len(lines[found[j + 1]].split()) > len(text.split())

    first = max((j + 1 for j in range(len(found) - 1) if label(j)), default=0)
    return (found[first] if found else None), set(found[:first])


def settle(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Once every line has a kind: short lines after the article's last paragraph are the
    page's; a heading over nothing but left-out lines labels them and takes their kind."""
    last = max((i for i, (kind, _) in enumerate(out) if kind in PARAGRAPH and prose(lines[i])), default=len(out))
    for i in range(last + 1, len(out)):
        text = lines[i]
        if out[i][0] == "body" and len(text.split()) <= UI_WORDS and not text.endswith(ENDS):
            out[i] = ("widget", REASON["tail"])
    below, shown = "", False  # the next line's kind; whether a line down to the next heading is shown
    for i in reversed(range(len(out))):
        kind = out[i][0]
        if kind == "heading":
            if shown or below == "heading":
                below, shown = kind, False  # a section of its own starts here
                continue
            kind = below or "widget"
            out[i] = (kind, f"a label over what follows: {WHY[kind]}")
        if kind != "blank":
            below, shown = kind, shown or kind in SHOWN or kind in META


def classify(raw: list[str]) -> list[tuple[str, str]]:
    """(kind, why) for every line of an article, in order."""
    lines = [line.strip() for line in raw]
    title, labels = find_title(lines)
    body = lines[title + 1 :] if title is not None else lines
    spaced = any(not t for t in body[: len(body) - 1]) and any(t for t in body)
    names = frozenset(n for line in lines if by_pattern("byline", line) for n in byline_names(line))
    joined, counts = "\n".join(lines), Counter(lines)
    out: list[tuple[str, str]] = []
    last, started, section = "", False, ""
    for i, text in enumerate(lines):
        previous = out[-1][0] if out else ""
        if not text:
            out.append(("blank", WHY["blank"]))
            continue
        hit = pattern_kind(text)
        ctx = Context(lines, i, title, hit, spaced, previous, last, started, section, names, joined, counts)
        if i == title:
            kind, why = "title", WHY["title"]
        elif i in labels:
            kind, why = "marker", REASON["label"]
        elif not ctx.before_title and (label := section_label(text)):
            kind, why = label, f"a label over what follows: {WHY[label]}"
            section = label
        else:
            kind, why = next(((k, why) for k, why, test in RULES if test(ctx)), ("", ""))
            if not kind and in_section(ctx):
                kind, why = section, f"{WHY[section]}, under a label that says so"
            if not kind:
                kind, why = next(((k, why) for k, why, test in LATE if test(ctx)), ("body", WHY["body"]))
        if kind in SHOWN:
            section = ""
        if kind == "byline":
            names = names | set(byline_names(text))
        out.append((kind, why))
        last, started = kind, started or kind in PARAGRAPH
    settle(out, lines)
    return out
