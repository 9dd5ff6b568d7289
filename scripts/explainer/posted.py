"""A post's and its replies' furniture on a platform (a review, a question and its answers): the
verb and date the site prints over each ("Written DATE", "Asked 3 days ago"), the owner's reply's
byline ("Response from NAME, Owner"), the comments signed with a name and a date, the buttons that
fold a long post, sort the answers or ask the reader to log in, and the counts of answers. Word
lists where only words tell them, in the languages such platforms are read in."""

from __future__ import annotations

import re

from .furniture import Context
from .kind_patterns import pattern_kind
from .patterns import DEK_MAX
from .printed_dates import AGE, DATE, MONTH

# One word (a verb's past form, or its language's) and a date or an age: "Written 6 December 2026",
# "Responded 7 Dec 2026", "Asked 4 days ago", "Geschrieben am 6. Dezember 2026", "Écrit le 6 décembre 2026".
POSTED_STAMP = re.compile(
    r"(?!(?:Since|Until|Till|From|Before|After|By|Due|Until|Ab|Bis|Seit|Depuis|Desde|Hasta)\b)"
    rf"[A-ZÀ-Þ][a-zà-ÿ]{{2,15}}(?: (?:on|am|le|el|il|op|em))? (?:{DATE}|{AGE}|{MONTH} \d{{4}})\.?"
)
# A reply's byline: who answered the post, with their role ("Response from NAME, Owner at PLACE").
REPLY_BY = re.compile(
    r"(?:Response|Reply|Answer|Antwort|Réponse|Respuesta|Risposta|Resposta|Reactie) "
    r"(?:from|by|von|de|di|da|van) (?:the )?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:, [^.!?]{2,80})?"
)
# A comment under a post, signed after a dash with its writer's name and date, no comma between
# them: "… – NAME Dec 3 at 14:31" (a source names its outlet and a comma: "… — OUTLET, DATE").
SIGNED_COMMENT = re.compile(
    rf"(?![\"“‘'])"  # a quoted headline, its outlet and date, is a source: "“TITLE” — OUTLET, DATE"
    rf".{{10,}}\s[–—-]\s[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}\s(?:{DATE}|{MONTH} \d{{1,2}}|{AGE})"
    r"(?:,? (?:at|um|à|a las) \d{1,2}[:.]\d\d)?"
)
# The platform's buttons and notes around posts, by their words in several languages.
POST_BUTTONS = re.compile(
    r"(?:Read|Show|See|View) (?:less|more)|Weniger anzeigen|Mehr anzeigen|Weiterlesen|Voir (?:moins|plus)"
    r"|Lire la suite|Afficher (?:moins|plus)|(?:Ver|Leer|Mostrar) (?:menos|más)|Mostra (?:meno|di più)"
    r"|\d[\d,.]*k? (?:Answers?|Comments?|Replies|Reply|Reviews?|Antworten|Kommentare|Réponses?|Commentaires?"
    r"|Respuestas?|Comentarios?|Risposte|Commenti)"
    r"|(?:Viewed|Read|Seen) [\d.,]+k? times|(?:Gelesen|Aufgerufen) [\d.,]+ ?(?:Mal|mal)|Vu [\d.,]+k? fois"
    r"|(?:Sort(?:ed)? by|Sortiert nach|Sortieren nach|Trier par|Trié par|Ordenar por|Ordina per):? .{1,40}"
    r"|(?:You must|You need to|Please) (?:log in|sign in|register|sign up)\b.{0,60}"
    r"|.{0,60}\b(?:[Bb]rowse other|[Aa]sk your own) (?:questions|posts|threads)\b.{0,80}"
)


def posted_stamp(ctx: Context) -> bool:
    """A post's date under the verb the site prints over it, alone on its line."""
    return POSTED_STAMP.fullmatch(ctx.text) is not None


def reply_byline(ctx: Context) -> bool:
    return REPLY_BY.fullmatch(ctx.text) is not None


def signed_comment(ctx: Context) -> bool:
    """A reader's comment: its text, a dash, its writer's name and the date (a story's paragraph
    does not end on a date after a name)."""
    return SIGNED_COMMENT.fullmatch(ctx.text) is not None


def post_button(ctx: Context) -> bool:
    return POST_BUTTONS.fullmatch(ctx.text) is not None


def asked(lines: list[str], i: int) -> bool:
    """A question of one sentence, longer than a headline may be, right over the date the platform
    prints under a post's title ("Asked 4 days ago", "Posted DATE"): the post's headline."""
    text = lines[i]
    if not text.endswith("?") or len(text) > DEK_MAX or re.search(r"[.!?]\s+[A-Z]", text):
        return False
    below = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")  # no copy of the page's rest
    return POSTED_STAMP.fullmatch(below) is not None or pattern_kind(below) == "timestamp"


# A question led by its count of votes or answers: "6 Do I need a visa for …?", a linked question.
COUNTED_QUESTION = re.compile(r"-?\d[\d,.]*k?\s+[A-Z][^.!?]{10,150}\?")


def counted_question(ctx: Context) -> bool:
    """Under a label for related links, a question led by its votes: a link to another post."""
    return ctx.section == "related" and COUNTED_QUESTION.fullmatch(ctx.text) is not None
