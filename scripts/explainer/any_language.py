"""The head's metadata and a post's sign-off by their shapes, in whatever language the site's own
words are: a label and a date ("Publicado em 22/04/2026 às 16h35", "Publié le 2 septembre 2026"),
a label and a row of the networks' names (a share row), a dash and a name under the text."""

from __future__ import annotations

import re

from .furniture import Context
from .patterns import ENDS, LIST_ITEM, SEPARATOR, SHORT

# A date as pages in any language print it: figures ("22/04/2026", "2026.04.22") or a day, a month's word
# and a year ("2 septembre 2026", "22 de abril de 2026", "3. März 2026").
ANY_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d\d)|\d{4}[./-]\d{1,2}[./-]\d{1,2}"
    r"|\d{1,2}\.?(?: de)? [^\W\d_]{3,10}\.?,?(?: de)? \d{4})"
)
# A time, with its "h" as French or Portuguese pages write it: "16h35", "10 h 00", "9:12 pm".
ANY_TIME = r"\d{1,2}(?:[:.]\d\d| ?h ?\d\d| ?h\b)(?: ?[AaPp]\.?[Mm]\.?)?"
# One part: a label of a few words ("Publicado em", "Mis à jour le"), the date, perhaps a short word and the time.
STAMP_PART = rf"(?:[^\W\d_][\w’'.]*\s){{1,4}}{ANY_DATE}(?:,?\s(?:[^\W\d_]{{1,4}}\.?\s){{0,2}}{ANY_TIME})?"
STAMP = re.compile(rf"{STAMP_PART}(?:\s*[|·•]\s*{STAMP_PART})*")
# The same in Chinese, Japanese or Korean: a label set without spaces, its colon (full-width or not),
# the date by year, month and day signs and perhaps the time ("更新日：2026年11月28日14時30分",
# "발행일: 2026년 3월 2일 09:30", "发布时间：2026年3月2日").
CJK_DATE = r"\d{4}\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]"
CJK_TIME = r"(?:\s?\d{1,2}(?:[時时시]\s?\d{1,2}[分분]|[:：]\d\d))?"
CJK_STAMP = re.compile(rf"[^\W\d_]{{1,8}}\s?[：:]\s?(?:{CJK_DATE}{CJK_TIME})(?:\s?[（(][^\W\d_][）)])?")
# The networks a share row names: brands, the same in every language.
NETWORKS = re.compile(
    r"(?i:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|bluesky|threads|mastodon|e-?mail|vk"
    r"|weibo|wechat|line|messenger|tumblr|xing)"
)
SHARE_PARTS = re.compile(r"\s{2,}|\s*[|·•,]\s*|\t")
NETWORKS_MIN = 2  # a row that names two networks or more under its label
# A sign-off under a post: a dash, perhaps a rank or a title shortened ("Capt.", "Dr"), and the name.
# The writer's label in the site's other language, and a name or an office after it: "Texte : Bureau de presse".
WRITER = re.compile(
    r"(?:Texte|Texto|Testo|Tekst|Autor(?:a|es|as|in|ka)?|Auteur(?:e|s)?|Redacción|Reportagem|Reportage"
    r"|Yazar|Yazan|Forfatter|Författare|Szerző|Penulis|Tác giả|Συντάκτης|Автор) ?: "
    r"[A-Z][^.!?:]{1,60}"
)
SIGNED = re.compile(r"[–—-] ?(?:[A-Z][a-z]{0,4}\.? )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}")


def stamp_any_language(ctx: Context) -> bool:
    """In the head, a label of a few words in any language and a date (and a time), one or two
    such parts joined by a bar, or a stamp set in Chinese, Japanese or Korean: the page's
    publication stamp, whatever words it labels it with."""
    if ctx.story or not ctx.head or len(ctx.text) > SHORT:
        return False
    return STAMP.fullmatch(ctx.text) is not None or CJK_STAMP.fullmatch(ctx.text) is not None


def writer_label(ctx: Context) -> bool:
    """In the head, the writer under their label in the site's other language: the byline (at the
    foot, such a row beside credits is one more credit: `blocks.credit_rows`)."""
    parts = SEPARATOR.split(ctx.text)  # "Yazar: NAME | DATE | Okunma: 412": the writer leads the bar
    return not ctx.story and ctx.head and WRITER.fullmatch(parts[0]) is not None


def share_row(ctx: Context) -> bool:
    """A label and its colon over two or more networks' names and a few words ("Compartilhe:
    Facebook  X  WhatsApp  Copiar link"): the share buttons, in whatever language the label is."""
    label, colon, rest = ctx.text.partition(":")
    if not colon or len(label.split()) > 3 or len(ctx.text) > SHORT or ctx.text.endswith(ENDS):
        return False
    parts = [p for p in SHARE_PARTS.split(rest.strip()) if p]
    named = sum(NETWORKS.fullmatch(p) is not None for p in parts)
    return named >= NETWORKS_MIN and all(len(p.split()) <= 3 for p in parts)


def dash_sign_off(ctx: Context) -> bool:
    """After the text, a dash and a name (a rank before it) alone, with no such line around it:
    the post's sign-off, not a point of a list."""
    if not ctx.started or SIGNED.fullmatch(ctx.text) is None:
        return False
    above = next((t for t in reversed(ctx.lines[: ctx.i]) if t), "")
    j = ctx.next_nonblank(ctx.i)
    return not any(LIST_ITEM.match(t) for t in (above, ctx.lines[j] if j is not None else ""))
