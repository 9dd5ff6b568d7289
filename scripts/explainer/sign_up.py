"""What a petition's, a campaign's or a newsletter's box prints when copied as text: how many did
something and who did it last ("12,408 have signed", "Ana R. donated 5 minutes ago"), a plea
with its button between the story's paragraphs ("Can you chip in? Donate now"), and the form
itself: its fields' labels ("First name", "Postcode"), a checkbox's label and, right under
its button, the consent sentence."""

from __future__ import annotations

import re

from .furniture import Context
from .kinds import REASON
from .notices import plain
from .patterns import ENDS, SHORT, UI, UI_WORDS
from .printed_dates import AGE
from .tallies import FIGURE

# "12,408 have signed", "1.204 Personen haben unterschrieben", "3 400 ont signé": the first sentence
DID = r"have|has|haben|hat|ont|a|han|ha|hebben|heeft|hanno|har"
COUNTED = re.compile(rf"{FIGURE}(?: [^\W\d_]+)? (?:{DID}) [^\W\d_]+[.!]?")
# "Marek D. signed 4 minutes ago": a name, what they did, how long ago
TICKER = re.compile(rf"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*\.?){{0,2}} [^\W\d_]+ (?:{AGE})")
FIELD_WORDS = 3  # a field's label: "First name", "Email address", "Código postal"
# a form's button in the site's other language (English ones are patterns.UI's): "Anmelden", "S'inscrire"
JOIN = re.compile(
    r"(?:Anmelden|Abonnieren|Registrieren|Unterschreiben|S['’](?:inscrire|abonner)|Signer|Inscr[ií]bete|Inscribirse"
    r"|Suscr[ií]bete|Suscribirse|Reg[ií]strate|Firmar|Inscreva-se|Assine|Assinar|Iscriviti|Firma|Aanmelden|Abonneren"
    r"|Ondertekenen)\b"
)
FORM_FIELDS = 8  # a form's fields are looked for this far up from its button (linear on a page of 2,000 fields)
CHECKBOX_WORDS = 12  # a checkbox's label: "Display my name and comment on this petition"
BUTTON_WORDS = UI_WORDS // 2  # a plea's button: "Donate now", "Give today"
WORDED = re.compile(r"[^\W\d_]{2}")  # a word, not a mark alone ("·") nor a figure
MARKED = re.compile(r"[\d.!?:;,]")  # a figure or a sentence's mark: no field's label


# "NAME started this petition to BODY": who started it, in the words of the sites met
STARTED = re.compile(
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3} (?:started|created|launched|organi[sz]ed|a lancé|hat|ha iniciado"
    r"|inició|iniciou|heeft) (?:this|cette|diese|esta|este|deze) (?:petition|campaign|fundraiser|pétition|Petition"
    r"|petición|petição|petitie|campagne|Kampagne|campaña|campanha)\b"
)


def starter(ctx: Context) -> bool:
    """Under the headline, who started the petition or the fundraiser: its byline."""
    return ctx.head and len(ctx.text) <= SHORT and STARTED.match(ctx.text) is not None


def activity(ctx: Context) -> bool:
    """A count of those who did something, its goal after it, or the last one who did and when."""
    first = re.split(r"(?<=[.!?])\s+", ctx.text)[0]
    return len(ctx.text) <= SHORT and (COUNTED.fullmatch(first) is not None or TICKER.fullmatch(ctx.text) is not None)


def plea(ctx: Context) -> bool:
    """Among the story, a question to the reader that quotes and reports nobody, then a button's
    few words with no stop: the page's plea ("Can you chip in £5? Donate now")."""
    parts = re.split(r"(?<=[.!?])\s+", ctx.text)
    if not ctx.started or len(parts) < 2 or len(ctx.text) > SHORT or not parts[-2].endswith("?"):
        return False
    last = parts[-1]
    return (
        not last.endswith(ENDS) and len(last.split()) <= BUTTON_WORDS and UI.match(last) is not None and plain(ctx.text)
    )


def field(text: str) -> bool:
    """A field's label: a few words without a figure or a stop."""
    return (
        0 < len(text.split()) <= FIELD_WORDS
        and re.search(r"[^\W\d_]{2}", text) is not None
        and not re.search(r"[\d.!?:;,]", text)
    )


def forms(out: list[tuple[str, str]], lines: list[str]) -> None:
    """A form under the headline: two or more fields' labels in a row not read as the page's (a
    name's, a postcode's), perhaps a checkbox's label, right over a button, with one field read as
    the page's already (an e-mail's box) or a button of the site's verbs ("Subscribe",
    "Anmelden"); they are the page's, and so is a sentence right under that button (what signing
    up agrees to)."""
    before = [kind for kind, _ in out]  # as read line by line: one form's fields are no other's button
    title = before.index("title") if "title" in before else len(out)  # above it, the masthead's buttons
    for b, kind in enumerate(before[title + 1 :], start=title + 1):
        button = kind == "widget" or JOIN.match(lines[b]) is not None  # the site's, or a button in its language
        if not button or len(lines[b].split()) > UI_WORDS or lines[b].endswith(ENDS):
            continue
        top, above = b - 1, lines[b - 1]
        if (
            field(lines[b - 2])
            and FIELD_WORDS < len(above.split()) <= CHECKBOX_WORDS
            and not re.search(r"[\d.!?:;]", above)
        ):
            top -= 1  # a checkbox's label right over the button
        first = top
        while first > max(top - FORM_FIELDS, title) and field(lines[first]):
            first -= 1
        fields = range(first + 1, top + 1)
        read = [before[j] == "widget" for j in fields]
        if read.count(False) < 2 or not (any(read) or UI.match(lines[b]) or JOIN.match(lines[b])):
            continue
        for j in range(first + 1, b + 1):
            out[j] = ("widget", REASON["form"])
        if b + 1 < len(lines) and lines[b + 1].endswith(ENDS) and plain(lines[b + 1]):
            out[b + 1] = ("widget", REASON["form"])
