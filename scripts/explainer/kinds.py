"""The kinds a line of an article may have, why a line is of its kind, and what each kind
becomes on the site (shown, a citable paragraph, metadata or left out).

Data only, read by the rules (`rules.py`, `furniture.py`), the reading (`reading.py`) and
the ingestion (`sources.py`).
"""

from __future__ import annotations

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
    "glued": "a few words heading the paragraph right under them, a blank line above: a heading",
    "repeated": "a short line printed more than once: the page's furniture",
    "stage": "a note in brackets, not the article's words",
    "notice": "a notice set in capitals, not the article's words",
    "stamp": "a date or time line: kept in the metadata",
    "reference": "a reference number and its terms of use: the page's, not a credit",
    "outlet": "a link to another story after the article, by its outlet and age or its run of headlines",
    "made": "the page's note on how it was made, not the article's text",
    "chapter": "an item of a list of times in the article",
    "numbered": "a numbered section heading: its numbers run across the page's sections",
    "run-on": "an item of a list introduced by the line before",
    "summary": "a point of the story's summary, under a label that says so",
    "byline-more": "byline: an author's name or title under the headline",
    "tail": "a short line after the article's last paragraph: the page's furniture",
    "running": "a running head or foot: printed on each page with only its number changed",
    "footnote": "a footnote: its number is printed after a sentence of the text",
    "credit-alone": "a photographer's credit on a line of its own",
    "over-credit": "a picture's caption, above its credit",
    "alt": "a picture's description, under the place the picture was",
    "continued": "the line before, hard-wrapped: the same paragraph",
    "entry": "an entry of a list of dates",
    "signature": "a letter's signature: its writer's name and place",
    "venue": "the place the text was spoken or filed, under the headline",
    "head-credit": "byline: a credit and a date under the headline",
    "fact-row": "a row of a fact box: a label and its value",
    "duration": "a video's length, in a list of links",
    "sign-off": "the agency's name alone, as its dateline gives it: a sign-off",
    "self": "a line in the author's own words under their name at the foot: a bio",
    "teaser": "the story's summary, printed above the headline and again below it",
    "position": "a picture's caption: it says where each person stands",
    "dated": "a picture's caption: set off like a heading, it ends by saying when the picture was taken",
    "pictured": "a picture's caption: set off like a heading, it names two people and where or when they are",
    "appeal": "a question to the reader and a button's verb: the page's appeal, not the article",
    "register": "the publisher's number in a register (a charity's, a society's): the page's legal line",
    "slot": "one word alone between two paragraphs of a story without sections: the page's slot (an advertisement)",
    "pager": "the controls of an edition's pages (its page number, the arrows to the next), not the article",
    "story-label": "a label for links over the story's paragraphs: their section heading",
    "role-name": "byline: a person named with what they are or do, under the headline",
    "by-part": "byline: the authors' names among the site's details",
    "elsewhere": "an address under a label for related links: a link elsewhere, not the page's own address",
    "chrome": "the site's chrome above the masthead (a banner, a button), not a label",
    "head-caption": "a picture's caption: between the head and the story, it names a person and where they are",
    "stamp-bar": "a bar of the page's details, one of them a date: the page's time stamp",
    "run": "one of a block of short parallel lines: a list set out without bullets",
    "columns": "a row of a table copied with its tabs, beside another row of as many columns",
    "columns-heading": "a short line over a table's rows copied with their tabs: the table's heading",
    "symbol": "an item of a list whose bullet is a pictograph that leads the line before or after it too",
    "over-points": "a short line right over a list's bulleted points: the list's heading",
    "above": "above the headline, where the story has not started",
    "points": "one of the story's summary points under its headline, their bullets lost in the copy",
    "foot": "a headline after the story's last paragraph: a link to another story",
    "boilerplate": "a notice after the story (a disclaimer, a disclosure, the publisher's policy), not the article",
    "reach": "an appeal after the story that says where to call or write: a contact line",
    "head-notice": "a notice between the headline and the story (a disclosure), not the article",
    "section-bar": "the sections the piece is filed under, as a bar right above the headline",
    "tags": "a label and its value after the story: the page's tags or metadata",
    "head-label": "a label and its value between the headline and the story: the page's metadata",
    "box": "a row of a box: one of three or more lines, each with its own label",
    "lead-in": "an item of a list a lead-in introduces, its bullet lost in the copy",
    "figures": "a figure and its label set apart by wide space, beside another such line: a box of key figures",
    "profile": "byline: a member's profile headline under their name, their role and fields joined by bars",
    "comment": "a reader's comment under the article (their name, its age, its text, its buttons), not the article",
    "imprint": "the publisher's imprint, a bar with its register's code: the page's, not the article",
    "foreign-stamp": "a date or time with only words in another script than the story's: the site's time stamp",
    "foreign-ui": "a few words in another script than the story's: the site's button or label, not the article",
}
# Kinds a page shows in the article's text; the others go to the "left out" table.
SHOWN = {"dek", "heading", "body", "editor-note", "correction", "list-item", "caption"}
# Kinds read as numbered, citable paragraphs.
PARAGRAPH = {"body", "editor-note", "correction", "list-item"}
# Kinds kept in the metadata rather than shown as text.
META = {"title", "byline", "timestamp", "dateline"}
# Every kind a curator may name in `line_kinds` (blank lines have no kind to correct).
KINDS = tuple(k for k in WHY if k not in ("blank", "caption-twice", "speech"))
