"""The page's notices around a story: a disclaimer, a disclosure, a notice of the publisher's
policy or an appeal to the reader. They are told from the story's prose by what they speak of
and how (the page itself, its writer or its reader, in binding words) and by what they lack
(nobody is quoted or reported), not by their topic; and by their place: after the story's last
paragraph, or between the headline and the story. Also the lines that say where to reach someone
(contact), by the address or number they give and their shape, and a contact block's run-on lines.
"""

from __future__ import annotations

import re

from .furniture import Context
from .kinds import REASON, SHOWN
from .patterns import DATE, DOUBLE_QUOTES, ENDS, SHORT, TIME, UI, WEEKDAY, prose

# The piece or the page as a notice names it ("This release contains …"), and the one who made it
# ("The writer travelled as …": a story names its people, not its writer).
PIECE = re.compile(
    r"\b[Tt]his (?:article|release|story|page|site|website|report|piece|post|newsletter|e-?mail|content|material"
    r"|document|notice)\b"
)
MAKER = re.compile(r"\b[Tt]he (?:writer|author|reporter|journalist|photographer)(?:s|[’']s)? (?!of\b)")
# The reader or the publisher, addressed or speaking: "you", "we", "anyone with information".
PERSONS = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|[Uu]s|[Aa]nyone|[Rr]eaders?)\b")
# Words that bind: what may, must or does not happen (a notice's when the page, its reader or its
# publisher is bound by them).
BINDING = re.compile(
    r"\b(?:may|might|should|must|shall|cannot|(?:do|does|did|will|would|can)(?: not|n[’']t)|subject to)\b"
)
# Words only a notice uses, whoever it binds: "without notice", "not liable", "on the basis of".
LEGAL = re.compile(
    r"\b(?:without (?:prior )?(?:notice|limitation)|not (?:responsible|liable)|on the basis of"
    r"|at (?:its|our|their) (?:sole )?discretion|(?:permitted|prohibited|forbidden) (?:provided|unless|only)\b)\b"
)
# Who runs the site on whose behalf: "The site is operated by NAME on behalf of the province." (an imprint)
IMPRINT = re.compile(r"[^.!?]{2,80}\b(?:is|are) (?:run|\w+ed)(?: and (?:run|\w+ed))? by\b[^.!?]{1,120}\bon behalf of\b")
# The page says how it was made, of itself in any word: "This summary was written by software …", "This
# notice has been approved for release by the board."
MADE = re.compile(
    r"(?:This|These) [\w-]+(?: [\w-]+)? (?:was|were|is|are|has been|have been) (?:[\w-]+ )?"
    r"(?:written|edited|checked|compiled|generated|translated|produced|prepared|summari[sz]ed|authori[sz]ed|approved)"
    r"(?: and \w+)?(?: for [\w-]+)? (?:by|with|from)\b"
)
# A story reports: somebody said, told or announced something.
REPORTED = re.compile(r"\b(?:said|says|told|tells|according to|announced|reported|added|asked|explained|stated)\b")
# Where the reader is to call or write, with the number or the address.
REACH = re.compile(
    r"\b(?:[Rr]each(?:ed)?|[Cc]all|[Pp]hone|[Rr]ing|[Tt]ext|[Cc]ontact|[Ee]-?mail|[Ww]rite to)\b.{0,60}(?:\d{3}|@)"
)


def is_notice(text: str, site: frozenset[str] = frozenset()) -> bool:
    """A sentence that speaks of the piece's writer or in a notice's own words ("without notice"),
    or one in which the piece, the reader, the publisher or the site (by the name above its
    headline) is bound by what may, must or does not happen; with nobody quoted and nothing
    reported."""
    if not prose(text) or any(q in text for q in DOUBLE_QUOTES) or REPORTED.search(text):
        return False
    if MAKER.search(text) or LEGAL.search(text) or IMPRINT.match(text) or made(text):
        return True
    named = any(text.startswith(f"{name} ") for name in site)
    return bool(PERSONS.search(text) or PIECE.search(text) or named) and BINDING.search(text) is not None


def foot_notices(out: list[tuple[str, str]], lines: list[str], site: frozenset[str]) -> None:
    """From the page's end up, past the lines it leaves out and the headings over them, the
    paragraphs that are notices (`is_notice`) are the page's, not the story's: contact lines when
    they say where to call or write, markers otherwise. The first paragraph that is no notice
    ends the story."""
    for i in reversed(range(len(out))):
        kind = out[i][0]
        if kind == "blank" or kind == "heading" or kind not in SHOWN:
            continue
        if kind != "body" or not (is_notice(lines[i], site) or detached(out, lines, i)):
            break
        out[i] = ("contact", REASON["reach"]) if REACH.search(lines[i]) else ("marker", REASON["boilerplate"])


# The copyright line: the page's own close, under the story.
COPYRIGHT = re.compile(r"(?:©|Copyright\b|\(c\))|.{0,80}\b[Aa]ll [Rr]ights [Rr]eserved\b")
# The page's own lines that part a notice from the story: more than an advertisement's slot between
# two paragraphs prints (its label and "Story continues below").
FOOT_LINES = 3


def detached(out: list[tuple[str, str]], lines: list[str], i: int) -> bool:
    """A short paragraph (one or two sentences) quoting and reporting nobody, that three or more of
    the page's own lines (buttons, links, contact lines, no heading; not a contact box alone, which
    may stand between a release's paragraphs), or a copyright line, part from the story above it:
    the page's notice at its foot ("Prices are delayed …", "… Registered charity no. N.")."""
    text = lines[i]
    if (
        not prose(text)
        or len(re.findall(r"[.!?]\s+[A-Z]", text)) > 1
        or any(q in text for q in DOUBLE_QUOTES)
        or REPORTED.search(text)
    ):
        return False
    furniture, closed = [], False
    for j in reversed(range(i)):
        kind = out[j][0]
        if kind == "blank":
            continue
        if (kind in SHOWN and not (kind == "heading" and furniture)) or kind == "title":
            break  # a heading right over the paragraph heads a section of its own ("About the museum"); the
            # head's lines over the story's only paragraph part nothing from it
        furniture.append(kind)
        closed = closed or (kind == "marker" and COPYRIGHT.match(lines[j]) is not None)
    enough = len(furniture) >= FOOT_LINES or closed  # the copyright closes the page: what follows is the page's
    return enough and set(furniture) != {"contact"}  # a contact box may sit in the text


# An e-mail address, or a telephone number of seven digits or more (a figure grouped in thousands
# by commas, "1,204,331", is a count; a date in numbers is no number to call).
EMAIL = re.compile(r"\S+@\S+\.\w+")
PHONE = re.compile(r"(?<![\w,.])\+?\(?\d[\d ()-]{5,}\d(?![\w,.]?\d)")
# A register's or a document's number, no one's line: "no. 1100234", "(Notice 2026-4398)", "(Case 24/0412)".
NUMBERED_AS = re.compile(
    r"\b(?:[Nn]o\.|[Nn]o|#)\s*\d[\d ]*"
    r"|\((?!(?:Tel|Phone|Fax|Mob|Mobile|Cell|Tél|Telefon|Telefone|Teléfono)\b)[A-Z][a-z]+\.? \d[\d/-]*\)"
    r"|\b\d{1,5} \((?:19|20)\d\d\)"  # a document's number and its year: "resolution 2811 (2026)", "Act 12 (2024)"
)
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d|\d\d?[./-]\d\d?[./-]\d{4}")


def reach_line(text: str) -> bool:
    """A line that says where to reach someone: an e-mail address or a telephone number, with a
    label or names around it ("Media enquiries: ADDRESS | NUMBER"), or in a sentence that tells
    the reader to call, write or contact ("For interviews, contact NAME on NUMBER or ADDRESS"),
    reporting nobody. Its words do not matter, its address or number and its shape do."""
    bare = ISO_DATE.sub(" ", re.sub(TIME, " ", text))  # dates and clock times in numbers are no number to call
    bare = NUMBERED_AS.sub(" ", bare)  # "Registered charity no. 1100234", "(Notice 2026-4398)": no one's line
    numbers = [m for m in PHONE.findall(bare) if sum(c.isdigit() for c in m) >= 7]
    if not (EMAIL.search(text) or numbers):
        return False
    if prose(text):
        return REACH.search(text) is not None and REPORTED.search(text) is None
    return len(text) <= 2 * SHORT


def in_contact_block(ctx: Context) -> bool:
    """Contact details run on from a "Write to" or "Contact:" line: a line with an address or a
    number, or a short name or office under a line that gives none yet (in a file without blank
    lines, the next story's headline under an address is not one)."""
    if ctx.previous != "contact":
        return False
    text, before = ctx.text, ctx.near(-1)
    if re.fullmatch(rf"(?:{WEEKDAY},? )?{DATE}", text):  # a date alone under the address is the story's
        return False
    if "@" in text or re.search(r"\d{3}", text):
        return len(text) <= SHORT
    given = "@" in before[-40:] or re.search(r"\d[\W]*$", before) is not None
    return not given and len(text) <= 60 and not text.endswith(ENDS)


SHORT_LABEL = 6  # a label's words: "For further information please contact:"
PARTING = 2  # the page's lines that end the story above them: with a link or a contact line, or three


def after_story(out: list[tuple[str, str]], lines: list[str]) -> None:
    """Once the story has reported its last (a paragraph that quotes or reports someone) and the
    page's own lines have followed it (a link or a contact line among two or more, or three or more
    buttons: more than an advertisement's slot; a label over contact lines, "For more information:",
    makes a contact box the page's), a paragraph that quotes and reports nobody is the page's: a
    disclaimer, a note on how the page was made, an appeal ("Attorney advertising.")."""
    reports = [i for i, (kind, _) in enumerate(out) if kind == "body" and not plain(lines[i])]
    parting: list[str] = []
    for i in range(max(reports, default=len(out)) + 1, len(out)):
        kind = out[i][0]
        if kind in ("widget", "related", "contact"):
            parting.append(kind)
            if contact_label(out, lines, i):
                parting.append("label")
        elif kind == "body" and ended(parting) and signature_line(lines[i]):
            out[i] = ("contact", REASON["office"])  # "Press Office | NAME" over its address
        elif kind not in SHOWN or kind == "heading" or not lines[i].endswith(ENDS):
            continue  # a signature, a credit, a slot's marker, a label over the page's lines
        elif kind == "body" and lines[i].endswith(ENDS) and ended(parting):
            out[i] = page_kind(lines[i])
        else:
            parting = []  # the story goes on: a list, a caption, a quotation


def signature_line(text: str) -> bool:
    """An office's name or its address in a mail's signature: parts in title case or figures set
    apart by bars or commas, no sentence ("Press Office | NAME", "12 Quay Road, Town, POSTCODE")."""
    parts = [p for p in re.split(r"\s*[|,]\s*", text) if p]
    return len(parts) >= 2 and not prose(text) and all(re.match(r"[A-Z0-9]", p) for p in parts)


def contact_label(out: list[tuple[str, str]], lines: list[str], i: int) -> bool:
    """A contact line under a label that ends in a colon ("For further information:", "Media
    enquiries:"), with nothing between, the label set off from the story (a blank line or the page's
    own line above it): the page's contact box, not one in the story's text (a file without blank
    lines may go on with the story under a box right under its paragraph)."""
    above = lines[i - 1] if i else ""
    set_off = i < 2 or out[i - 2][0] not in SHOWN  # a box of its own, not run on from the story's paragraph
    return set_off and above.endswith(":") and not prose(above) and len(above.split()) <= SHORT_LABEL


def page_kind(text: str) -> tuple[str, str]:
    """Where to call or write: contact; an appeal with its button ("… Become a member."): a widget;
    else a notice."""
    if REACH.search(text):
        return "contact", REASON["reach"]
    if any(UI.match(sentence) for sentence in re.split(r"(?<=[.!?])\s+", text)[1:]):
        return "widget", REASON["ui"]
    return "marker", REASON["boilerplate"]


def ended(parting: list[str]) -> bool:
    """A contact box alone may sit in the text; an advertisement's slot is two buttons."""
    if set(parting) == {"contact"}:
        return False
    return len(parting) > PARTING or (len(parting) == PARTING and set(parting) != {"widget"})


def plain(text: str) -> bool:
    """Words that quote and report nobody."""
    return not any(q in text for q in DOUBLE_QUOTES) and REPORTED.search(text) is None


def made(text: str) -> bool:
    """The page's note on how it was made, wherever it stands, quoting and reporting nobody."""
    return MADE.match(text) is not None and plain(text)


def appeal(lines: list[str], i: int) -> bool:
    """A question to the reader, then a sentence that opens with a button's verb ("Got a notice for
    the board? Submit it here – …") or names the site's handle ("Spotted one? Tag @site"), quoting
    and reporting nobody, after the story's last reporting: the page's appeal, a widget (a place to
    reach is contact, read before). Above a paragraph that reports someone it is the story's ("What
    happens next? Find out in June, …")."""
    text = lines[i]
    sentences = re.split(r"(?<=[.!?])\s+", text)
    if len(text) > 2 * SHORT or not sentences[0].endswith("?") or not plain(text):
        return False
    answers = sentences[1:]
    return any(UI.match(t) or HANDLE.search(t) for t in answers) and not story_below(lines, i)


HANDLE = re.compile(r"(?<![\w.])@[A-Za-z_]\w{2,}")  # the site's handle on a network ("Tag @site"), no e-mail


# A sentence that gives who runs the page and its entry in a register, ending with the number: "NAME is a
# registered society, no. 3318R.", "NAME is run by volunteers for NAME, registered charity no. 1102938."
REGISTER_LINE = re.compile(
    r"[A-Z][^!?]{0,150}\b[Rr]egist(?:ered|ration)\b[^.!?]{0,40}?(?:[Nn]o\.?|[Nn]umber|#) ?"
    r"[A-Z]{0,3}\d[\d ]{2,}[\dA-Z]*\.?"
)


def registered(lines: list[str], i: int) -> bool:
    """A line that ends with the page's (or its publisher's) number in a register and reports nobody,
    after the story's last reporting: the publisher's legal line, a marker (above a paragraph that
    reports someone, the story's: "The group is a registered charity, no. N.")."""
    text = lines[i]
    legal = len(text) <= 2 * SHORT and REGISTER_LINE.fullmatch(text) is not None and plain(text)
    return legal and not story_below(lines, i)


def story_below(lines: list[str], i: int) -> bool:
    """A paragraph that quotes or reports someone comes after line i: the story goes on under it."""
    return any(prose(text) and not plain(text) for text in lines[i + 1 :])


def foot_profile(out: list[tuple[str, str]], lines: list[str]) -> None:
    """After the story, a notice that opens with the name its label ends on ("About NAME" over
    "NAME is an explorer …") is that body's profile, as a writer's bio is: the label and the
    paragraph are a bio."""
    for i, (_, why) in enumerate(out):
        if why != REASON["boilerplate"]:
            continue
        j = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        label = lines[j].split() if j is not None else []
        if j is None or not 2 <= len(label) <= SHORT_LABEL or prose(lines[j]) or out[j][0] in SHOWN:
            continue
        if lines[i].startswith(" ".join(label[1:]) + " "):
            out[j] = out[i] = ("bio", REASON["foot-profile"])


OFFICE_WORDS = 10  # an office's name, not a sentence


def office_over_contact(ctx: Context) -> bool:
    """After the story, a few words without a sentence's end or a label's colon, not a person's
    name alone, right over an address or a number to reach someone: the office the contact box
    names ("Secretaria de Comunicação – Secom"), not a link nor a line of the story."""
    text = ctx.text
    named = re.fullmatch(r"[A-Z][^()\[\].!?:;]*", text) is not None  # a name's words, no note nor point
    if not ctx.started or ctx.hit or not named or len(text.split()) > OFFICE_WORDS:
        return False
    if ctx.section == "related" and sum(w[:1].islower() and len(w) >= 4 for w in text.split()) >= 2:
        return False  # under a label for links, a headline in sentence case over the page's address: a link
    if re.fullmatch(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}", text):
        return False  # a name alone over an address is a signature's
    j = ctx.next_nonblank(ctx.i)
    return j == ctx.i + 1 and reach_line(ctx.lines[j])
