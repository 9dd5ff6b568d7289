"""What a site's export or a text browser's dump leaves in the copy: a text browser's link
numbers glued to the links' words ("[4]Home | [5]News"), and a Markdown export's front matter
(the page's fields between two "---" lines above the text), read by its keys."""

from __future__ import annotations

import re

# A text browser's number before a link's words: "[12]Home" (not a note's number after a word: "said.[3]").
LINK_NUMBER = re.compile(r"(?:(?<=^)|(?<=[\s|]))\[\d{1,4}\](?=[^\s\[\]\d])")
LINK_NUMBERED_MIN = 3  # lines that carry such numbers: a dump, not a stray bracket
RULE = "---"
FIELD = re.compile(r"(?P<key>[a-z][\w-]{0,30}):(?:\s.*)?")
# A field's kind by its key, as the static site generators name them; "title", "subtitle", "description"
# and "summary" are left to the headline's and the dek's rules. Any other key is the page's (a marker).
FIELDS = {
    **dict.fromkeys(("author", "authors", "byline", "writer"), "byline"),
    **dict.fromkeys(("date", "lastmod", "publishdate", "published", "updated", "modified", "pubdate"), "timestamp"),
    **dict.fromkeys(("tags", "keywords"), "widget"),
}
LEFT = {"title", "subtitle", "description", "summary", "excerpt", "lede", "standfirst"}


def without_link_numbers(lines: list[str]) -> list[str]:
    """The lines with a text browser's link numbers taken out, when three or more lines carry them."""
    if sum(LINK_NUMBER.search(t) is not None for t in lines) < LINK_NUMBERED_MIN:
        return lines
    return [LINK_NUMBER.sub("", t) for t in lines]


def front_matter(out: list[tuple[str, str]], lines: list[str], why: dict[str, str]) -> None:
    """Between a "---" on the file's first line with text and the next "---", each "key: value"
    field takes its key's kind (see FIELDS); the page's title and dek fields keep theirs."""
    first = next((i for i, t in enumerate(lines) if t), None)
    if first is None or lines[first] != RULE:
        return
    end = next((i for i in range(first + 1, len(lines)) if lines[i] == RULE), None)
    if end is None:
        return
    for i in range(first + 1, end):
        m = FIELD.fullmatch(lines[i])
        if m is None or m["key"].lower() in LEFT:
            continue
        kind = FIELDS.get(m["key"].lower(), "marker")
        out[i] = (kind, f"a field of the export's front matter: {why[kind]}")
