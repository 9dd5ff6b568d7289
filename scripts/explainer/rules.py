"""The ingestion rules: what kind of line each line of an article is, and why.

A rule is a kind, a reason, and a test of the line in its context. Most tests are one
pattern (data in `kind_patterns.py`, built from `patterns.py`); the rest are small
functions, reading a line's shape and place: the page's furniture in `furniture.py`, the
article's head and its people (dek, bylines, venue, signatures, bios) in `head.py`, its
lists and headings in `lists.py` (rows and points as copying leaves them in `pasted.py`), what a
label's section holds here; the kinds and why each
holds are in `kinds.py`.
Rules are tried in order and the first that holds wins, so a more specific rule comes
before a looser one. `reading.py` applies them to a whole article.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import patterns
from .alphabet import foreign_control, foreign_stamp
from .any_language import dash_sign_off, share_row, stamp_any_language, writer_label
from .bare_lists import block_item, block_label, numbered_run
from .bilingual import bilingual, bilingual_bar, name_in_script
from .blocks import glued_heading
from .crossheads import capitals_deck, correspondent, crosshead, shouted_copy
from .disclaimers import disclaimer
from .edition import aged_links, head_at_break, pager, print_head
from .embeds import embed_attribution
from .feed_foot import quotes_headline
from .fields import delivery_field, field_byline, field_dateline
from .figures import counted_points, counted_stamp, details_bar, imprint_bar, key_figure
from .foot_shapes import button_appeal
from .furniture import (
    Context,
    above_prose,
    alt_text,
    caption_over_credit,
    caption_printed_twice,
    caption_repeat,
    caption_with_credit,
    count,
    credit_alone,
    dated_caption,
    dateline_alone,
    duration,
    footnote,
    interface,
    link_bar,
    masthead,
    notice,
    pictured_caption,
    position_caption,
    pull_quote,
    repeated,
    running_head,
    sign_off,
    stage_note,
    stamp,
    teaser,
)
from .handles import handle_credit
from .head import (
    author_bio,
    by_part,
    byline_more,
    byline_names,
    credit_parts,
    dek,
    head_credit,
    labelled_date,
    name_and_stamp,
    name_over_bio,
    named_under_stamp,
    profile_line,
    role_and_name,
    self_description,
    signature,
    venue,
)
from .head_shapes import date_span, greeting_bio, handle_over_name, section_under_title, title_alt
from .interview import interview_question
from .kinds import KINDS, META, PARAGRAPH, REASON, SHOWN, WHY
from .legs import leg
from .lists import (
    chapter,
    dated_entry,
    fact_row,
    heading,
    in_table,
    label_run,
    lead_in_list,
    numbered_heading,
    numbered_section,
    run_on_item,
    summary_item,
)
from .log_entries import clock_entry, day_heading
from .masthead_labels import ALT_LABELLED, two_names
from .menus import arrow_button, head_button
from .notices import appeal, in_contact_block, is_notice, made, office_over_contact, reach_line, registered
from .page_controls import cite_box, form_row
from .pasted import over_columns, over_points, symbol_point, tab_row
from .patterns import (
    ADDRESS,
    BY_NAME,
    LIST_ITEM,
    MEDIA,
    SEND_TO,
    SHORT,
    SPEAKER,
    SUMMARY_WORDS,
    headline_case,
    prose,
    section_label,
)
from .picture_notes import picture_note
from .plain_text_marks import header_block, letter_spaced, link_sentence, reference_alone, ruled_heading
from .post_head import counted_bar
from .posted import counted_question, post_button, posted_stamp, reply_byline, signed_comment
from .questions import glossary_item, glossary_label, question_heading
from .ratings import rating
from .reach_box import reach_box
from .register_entries import register_entry
from .semicolon_list import semicolon_item
from .short_sections import section_head, sectioned_point
from .sign_up import activity, plea, starter
from .signed_notice import signing_date
from .speech_dash import dash_quote
from .tables import box_heading, header_row, table_note, table_title
from .tallies import code_alone, compared_versions, tally
from .zones import (
    control,
    head_caption,
    head_label,
    head_points,
    parallel_run,
    reference,
    site_credit_caption,
    stamp_bar,
    tag_row,
)

# Read from here by the other stages.
DATELINE, MONTH = patterns.DATELINE, patterns.MONTH
__all__ = ["DATELINE", "KINDS", "META", "MONTH", "PARAGRAPH", "REASON", "SHOWN", "WHY", "byline_names"]


# A person as a bio speaks of them: a name in full, or a pronoun that opens the line.
PERSON = re.compile(r"[A-Z][\w.’'-]+ (?:[a-z]{1,3} )?[A-Z][\w’'-]+|^(?:He|She|They|His|Her|Their|I|My|We|Our)\b")


def in_section(ctx: Context) -> bool:
    """Under such a label, until a heading over prose (or, under links, prose itself) resumes the article."""
    if not ctx.section or (above_prose(ctx) and not link_under_label(ctx)):
        return False
    block = ctx.spaced and ctx.previous == ctx.section  # in a file set out with blank lines, the block under it
    headline = ctx.section == "related" and headline_case(ctx.text)  # a linked headline of two sentences
    if ctx.section == "bio" and not PERSON.search(ctx.text):
        return False  # a bio speaks of a person: a line that names nobody is the page's own (an appeal)
    return block or ctx.section in ("bio", "credit") or not prose(ctx.text) or headline


def link_under_label(ctx: Context) -> bool:
    """The one headline right under a label for related links ("Also read"), even between
    paragraphs: the label is over a link, not a section of the article."""
    j = ctx.i - 1
    while j >= 0 and not ctx.lines[j]:
        j -= 1
    return ctx.section == "related" and j >= 0 and section_label(ctx.lines[j]) == "related" and not prose(ctx.text)


def continued(ctx: Context) -> bool:
    """A line that starts in lower case under a line of text: the same paragraph, hard-wrapped
    (a PDF's copy), so it takes that line's kind."""
    if LIST_ITEM.match(ctx.text):  # "ii. The difference …": a point numbered in roman, not a wrapped line
        return False
    return ctx.text[:1].islower() and bool(ctx.near(-1)) and ctx.previous not in ("", "blank", "title", "dek")


def send_to(ctx: Context) -> bool:
    """Where to send a letter or a tip, with its address (an "@" first: most lines have none)."""
    return "@" in ctx.text and len(ctx.text) <= 2 * SHORT and SEND_TO.fullmatch(ctx.text) is not None


def contact(ctx: Context) -> bool:
    """Contact details by their patterns, run on from a contact line, or by an address or a number
    to reach someone (`notices.reach_line`) in a line no other pattern reads (a byline may give
    its writer's address)."""
    if ctx.hit == "contact" or in_contact_block(ctx) or send_to(ctx):
        return True
    return not ctx.hit and reach_line(ctx.text)


def by_line(ctx: Context) -> bool:
    """A byline's pattern, unless the line is prose ("By Tuesday, the talks …"); a byline that
    names its author first may run on as a sentence ("By Lena Foss, a professor of law at …")."""
    if ctx.text.startswith("by ") and continued(ctx):
        return False  # a hard-wrapped sentence's next line: "… was signed" / "by Ana Lind and the minister"
    return ctx.hit == "byline" and (not prose(ctx.text) or BY_NAME.match(ctx.text) is not None)


def kicked_link(ctx: Context) -> bool:
    """Under a label for links, a headline with its kicker ("Video: …", "Photos: …") is a link, not
    a credit or a speaker's turn: a one-word label, a colon, and a headline, no sentence nor bar."""
    kicked = re.fullmatch(r"[A-Z][^\W\d_]{1,15}: [A-Z][^.!?]{5,100}", ctx.text) is not None
    return ctx.section == "related" and kicked and len(patterns.SEPARATOR.split(ctx.text)) == 1  # not a bar


def section_over_title(ctx: Context) -> bool:
    """A word naming a kind of page ("Video") right above the headline: the site's section."""
    return ctx.title is not None and MEDIA.fullmatch(ctx.text) is not None and ctx.next_nonblank(ctx.i) == ctx.title


def summary_point(ctx: Context) -> bool:
    return len(ctx.text.split()) <= SUMMARY_WORDS and summary_item(ctx)


def head_notice(ctx: Context) -> bool:
    """Between the headline and the story, below the dek's place, a notice (`notices.is_notice`)."""
    below_dek = ctx.title is not None and ctx.next_nonblank(ctx.title) != ctx.i
    return ctx.head and not ctx.story and below_dek and is_notice(ctx.text)


Rule = tuple[str, str, Callable[[Context], bool]]


def _pattern(kind: str) -> Callable[[Context], bool]:
    return lambda ctx: ctx.hit == kind


# (kind, why, test), in the order they are tried. Title and blank lines are decided before;
# between RULES and LATE, a line under a label ("See also", "Notes") takes the label's kind.
RULES: list[Rule] = [
    ("marker", REASON["teaser"], teaser),
    ("dek", REASON["span"], date_span),  # "March 4, 1938 – November 9, 2026" under the headline
    ("caption", REASON["title-alt"], title_alt),  # "Photo of HEADLINE"
    ("caption", REASON["alt"], lambda ctx: ctx.before_title and ALT_LABELLED.fullmatch(ctx.text) is not None),
    ("caption", REASON["alt"], lambda ctx: not ctx.story and ctx.text[0] == "[" and ALT_LABELLED.fullmatch(ctx.text)),
    ("byline", REASON["handle"], handle_over_name),  # "ana_l" over "Ana Lind"
    ("marker", REASON["label"], section_over_title),
    ("widget", REASON["rating"], rating),  # "4.5 of 5 stars  1,284 reviews", "Rooms<TAB>●●●●○", "1,204●3●12"
    ("marker", REASON["masthead"], masthead),
    ("widget", REASON["pager"], pager),  # "ePaper · Page 5 of 32", "◀ Page 4   Page 6 ▶"
    ("widget", REASON["aged-link"], aged_links),  # "1h ago      Bridge closed" under "Key events"
    ("marker", REASON["running"], print_head),  # "THE PAPER      DATE      5"
    ("marker", REASON["page-break-head"], head_at_break),  # "NAME – Report DATE" under each "Page N of M"
    ("byline", REASON["head-credit"], head_credit),
    ("byline", REASON["starter"], starter),  # "NAME started this petition to BODY" under the headline
    ("byline", REASON["by-part"], by_part),
    *((k, REASON["bilingual"], bilingual(k)) for k in ("byline", "timestamp", "credit")),  # "By NAME / โดย NAME"
    ("byline", REASON["reply-by"], reply_byline),  # "Response from NAME, Owner at PLACE"
    ("byline", REASON["field"], field_byline),  # "Byline: NAME Diplomatic Correspondent"
    ("dateline", REASON["field"], field_dateline),  # "Dateline: PLACE, DATE"
    ("marker", REASON["field"], delivery_field),  # "Length: 641 words" in their block
    ("list-item", REASON["leg"], leg),  # "HLD 07:40 → PMR 11:05 (Tuesday)"
    ("heading", REASON["log-day"], day_heading),  # "Monday, Nov. 23" over "7:52 a.m. — A caller …"
    ("timestamp", REASON["stamp"], posted_stamp),  # "Written 6 December 2026", "Asked 4 days ago"
    ("byline", REASON["by-part"], name_and_stamp),
    ("byline", REASON["by-part"], credit_parts),  # "Documented by NAME · Edited by NAME"
    ("byline", REASON["role-name"], role_and_name),  # "Senior ranger NAME", "From the desk of NAME, Role"
    ("timestamp", REASON["stamp"], labelled_date),  # "Next release: DATE", "Updated 3 hours ago · 14 sources"
    ("timestamp", REASON["stamp"], stamp_any_language),  # "Publié le 2 septembre 2026 à 10 h 00"
    ("widget", REASON["ui"], share_row),
    ("widget", REASON["bilingual"], bilingual_bar),  # "พิมพ์ Print | แชร์ Share"  # "Compartilhe:  Facebook  X  WhatsApp"
    ("byline", REASON["writer-label"], writer_label),  # "Texte : Bureau de presse" under the headline
    ("timestamp", REASON["stamp-bar"], stamp_bar),  # "Page manager: NAME | Last updated: DATE"
    ("timestamp", REASON["stamp"], lambda ctx: ctx.hit == "widget" and stamp(ctx)),  # "March 11 · 5 min read"
    ("contact", REASON["reach"], reach_box),  # "Enquiries: OFFICE" over "Phone: NUMBER" and "Email: ADDRESS"
    ("list-item", REASON["box"], label_run),  # "Date filed: DATE" in a box
    ("list-item", REASON["entry"], dated_entry),  # a date and a dash before words: an entry, not a stamp
    ("list-item", REASON["log-entry"], clock_entry),  # "7:52 a.m. — A caller reported …" beside another
    ("list-item", REASON["semicolons"], semicolon_item),  # "publish the survey; and" under "… asks the council to:"
    ("list-item", REASON["register-entry"], register_entry),  # "NAME; DOB …; POB …; …" beside another such line
    ("heading", REASON["ruled"], ruled_heading),  # "WHO CHAIRS" between two lines of "-----"
    ("marker", REASON["letter-spaced"], letter_spaced),  # "C O N F I D E N T I A L"
    ("marker", REASON["header-block"], header_block),  # "PP ARDFO" among a telegram's routing lines
    ("marker", REASON["reference-alone"], reference_alone),  # "FR-2231" under a release's date
    ("related", REASON["link-sentence"], link_sentence),  # "For the full list, click here."
    ("widget", REASON["form-row"], form_row),  # "Keywords<TAB>Town<TAB>Search"
    ("widget", REASON["cite-box"], cite_box),  # "Cite this object: “TITLE”, MUSEUM, NUMBER, URL"
    ("list-item", REASON["run"], in_table),  # "Team A   412   (31%)" over "Team B   388   (29%)"
    ("list-item", REASON["columns"], tab_row),  # "1<TAB>NAME<TAB>4h 02' 17\"" over "2<TAB>NAME<TAB>s.t."
    ("list-item", REASON["figures"], key_figure),  # "41,000      people displaced" over "14      villages …"
    ("list-item", REASON["header-row"], header_row),  # "Name      Votes      Share" over such rows
    ("caption", REASON["table-title"], table_title),  # "Table 2: …" over them
    ("credit", REASON["table-note"], table_note),  # "Note: …" under the last
    ("heading", REASON["columns-heading"], over_columns),  # "Results after stage 2" over such rows
    ("marker", REASON["reference"], reference),  # "Image ID: CODE | Editorial use only"
    ("marker", REASON["register"], lambda ctx: registered(ctx.lines, ctx.i)),  # "NAME is a registered society, no. N."
    ("marker", REASON["head-label"], head_label),  # "Incident number: 22/0412" under the headline
    ("widget", REASON["ui"], lambda ctx: control(ctx.text)),
    ("widget", REASON["ui"], post_button),  # "Read less", "1 Answer", "Sorted by: Votes"
    ("widget", REASON["comment"], signed_comment),  # "TEXT – NAME Dec 3 at 14:31"
    (
        "marker",
        REASON["disclaimer"],
        disclaimer,
    ),  # "This review is the opinion of a member, not of NAME"  # "Region ▾", "Was this useful? Yes | No"
    ("related", REASON["elsewhere"], lambda ctx: ctx.section == "related" and ADDRESS.fullmatch(ctx.text) is not None),
    ("related", REASON["kicker"], kicked_link),
    (
        "related",
        REASON["counted-link"],
        counted_question,
    ),  # "6 Do I need a visa for …?" under "Related"  # "Photos: NAME under water" under "More on this story"
    ("widget", REASON["ui"], arrow_button),  # "Follow the crossing live →"
    ("caption", REASON["embed"], embed_attribution),  # "— NAME (@handle) December 5, 2026" under a post
    ("caption", REASON["picture-note"], picture_note),  # "[Picture: a bus at a stop]", "Image: floats on deck"
    *((k, WHY[k], _pattern(k)) for k in ("marker", "widget", "related", "credit", "correction", "editor-note")),
    ("bio", WHY["bio"], author_bio),  # "NAME is a staff writer … Contact the reporter at …"
    ("list-item", REASON["block-item"], lambda ctx: ctx.hit == "contact" and block_item(ctx)),  # a place in a list
    ("contact", WHY["contact"], contact),
    ("contact", WHY["contact"], office_over_contact),  # "Press Office – NAME" over its address
    ("dek", REASON["capitals-deck"], capitals_deck),  # "CROWDS LINE THE QUAY." under "NEW PIER OPENED."
    ("byline", WHY["byline"], by_line),
    ("widget", REASON["duration"], duration),
    ("timestamp", WHY["timestamp"], _pattern("timestamp")),
    ("timestamp", REASON["stamp"], stamp),
    ("timestamp", REASON["signed-on"], signing_date),  # "Dated this 3rd day of May 2026."
    ("timestamp", REASON["stamp"], lambda ctx: counted_stamp(ctx.text)),  # "👁 18.2K  edited  21:47"
    ("timestamp", REASON["foreign-stamp"], foreign_stamp),  # "입력 2026.03.11 09:42" in an English story
    ("byline", REASON["correspondent"], correspondent),  # "(FROM OUR OWN CORRESPONDENT.)"
    ("marker", REASON["stage"], stage_note),
    ("marker", REASON["quotes-headline"], quotes_headline),  # "HEADLINE was first published by SITE."
    ("heading", REASON["crosshead"], crosshead),
    (
        "widget",
        REASON["shouted"],
        shouted_copy,
    ),  # "BUY KESH SOAP — 4d. a cake — AT ALL CHEMISTS."  # "THE MAYOR'S SPEECH." between two paragraphs
    ("marker", REASON["notice"], notice),
    ("widget", REASON["tags"], tag_row),  # "Partners: NAME · NAME · NAME", even by a fact box's row
    ("list-item", REASON["fact-row"], fact_row),
    ("heading", REASON["box-heading"], box_heading),  # "Open shelters" over "Town: Hall (street)" rows
    ("widget", REASON["ui"], interface),
    ("widget", REASON["appeal"], lambda ctx: appeal(ctx.lines, ctx.i)),  # "Got a notice? Submit it here."
    ("widget", REASON["button-appeal"], lambda ctx: button_appeal(ctx.lines, ctx.i)),  # "… a year. Give now"
    ("marker", REASON["label"], lambda ctx: ctx.before_title and two_names(ctx.lines, ctx.i)),  # "NAME — ΟΝΟΜΑ"
    ("marker", REASON["label"], name_in_script),  # "กระทรวงการต่างประเทศ" under "Ministry of Foreign Affairs"
    ("widget", REASON["foreign-ui"], foreign_control),  # "공유하기" (share) around an English story
    ("marker", REASON["label"], lambda ctx: ctx.before_title and details_bar(ctx.text)),  # "9–14 March · 6 stages"
    ("marker", REASON["imprint"], lambda ctx: imprint_bar(ctx.text)),  # "NAME Ltd | Reg. no. A00123 | Editor NAME"
    ("widget", REASON["bar"], link_bar),
    ("widget", REASON["count"], count),
    ("widget", REASON["head-button"], head_button),  # "Compare" among a release's codes, under the headline
    ("widget", REASON["tally"], tally),  # "💬 1 204", "Replies 12", "31 people liked this"
    ("widget", REASON["activity"], activity),  # "12,408 have signed. Let's get to 15,000!", "NAME signed 4 min ago"
    ("widget", REASON["plea"], plea),  # "Can you chip in £5? Donate now" between the story's paragraphs
    ("marker", REASON["code"], code_alone),  # "v2.1.0", "9f3ab21"
    ("related", REASON["compared"], compared_versions),  # "Changes: v1.2...v1.3"
    ("widget", REASON["count"], counted_bar),  # "For all members · 38 likes" under the headline
    ("credit", REASON["credit-alone"], credit_alone),
    ("credit", REASON["handles"], handle_credit),  # "@ana_l joined in March" over "@bo-r made their first edit"
    ("bio", WHY["bio"], name_over_bio),
    ("bio", REASON["self"], self_description),
    ("bio", REASON["self"], greeting_bio),  # "Hi, I'm NAME! I collect recipes …" under the story
    ("credit", REASON["sign-off"], sign_off),
    ("heading", REASON["numbered"], numbered_section),  # "1. Main points" printed again under its contents
    ("widget", REASON["repeated"], repeated),
    ("marker", REASON["running"], running_head),
    ("credit", REASON["footnote"], footnote),
    ("list-item", REASON["numbered-run"], numbered_run),  # "2. Photographs …" under "1. …"
    ("caption", WHY["caption-twice"], caption_printed_twice),
    ("caption", WHY["caption"], _pattern("caption")),
    ("caption", WHY["caption"], caption_repeat),
    ("caption", WHY["caption"], caption_with_credit),
    ("caption", REASON["over-credit"], caption_over_credit),
    ("caption", REASON["alt"], alt_text),
    ("caption", REASON["head-caption"], head_caption),
    ("caption", WHY["caption"], site_credit_caption),  # "… on Monday. (VTV News)" under the byline
    ("caption", REASON["position"], position_caption),
    ("list-item", REASON["summary"], summary_point),  # a point that ends by saying when is no dated caption
    ("heading", REASON["block-label"], block_label),  # "Visitation" over a date and a place; "Changes from 1 May"
    ("caption", REASON["dated"], dated_caption),
    ("caption", REASON["pictured"], pictured_caption),
    ("pull-quote", WHY["pull-quote"], pull_quote),
    ("marker", REASON["head-notice"], head_notice),  # "This article contains affiliate links. …"
    ("marker", REASON["made"], lambda ctx: made(ctx.text)),  # "This summary was written by software …"
]
LATE: list[Rule] = [
    ("marker", REASON["section-under"], section_under_title),  # "Announcements" under the headline
    ("list-item", REASON["block-item"], block_item),
    ("dek", WHY["dek"], dek),
    ("dateline", REASON["venue"], venue),
    ("byline", REASON["byline-more"], byline_more),
    ("byline", REASON["byline-more"], named_under_stamp),
    ("byline", REASON["profile"], profile_line),  # "Head of Sales at NAME | Retail | Data" under the name
    ("dateline", WHY["dateline"], dateline_alone),
    ("byline", REASON["signature"], dash_sign_off),  # "– Capt. NAME" under a post
    ("body", REASON["dash-speech"], dash_quote),  # "– We lost six weeks – says NAME, the site manager."
    ("list-item", WHY["list-item"], lambda ctx: LIST_ITEM.match(ctx.text) is not None and not numbered_heading(ctx)),
    ("list-item", REASON["symbol"], symbol_point),  # "🔹 Tickets remain valid" over "🔹 Refunds …"
    ("list-item", REASON["chapter"], chapter),
    ("list-item", REASON["entry"], dated_entry),
    ("byline", REASON["signature"], signature),
    ("list-item", REASON["glossary"], glossary_item),  # "Pass – a card …" over "Fare – what …"
    ("list-item", REASON["sectioned"], sectioned_point),  # "Fixed" over two lines, "Added" under them
    ("list-item", REASON["run-on"], run_on_item),
    ("list-item", REASON["lead-in"], lead_in_list),
    ("list-item", REASON["summary"], summary_point),
    ("list-item", REASON["points"], head_points),
    ("list-item", REASON["run"], parallel_run),  # before a speaker's label: "Att: 14,212"
    ("body", WHY["speech"], lambda ctx: SPEAKER.match(ctx.text) is not None),
    ("heading", REASON["over-points"], counted_points),  # "Three things we changed:" over three points
    ("heading", REASON["over-points"], over_points),  # "What riders need to know:" over its points
    ("body", REASON["asked"], interview_question),  # "How did you start?" over "I was nineteen …"
    ("heading", REASON["question"], question_heading),  # "What is changing?" over the story's text
    ("heading", REASON["glossary-label"], glossary_label),  # "Words to know" over a glossary
    ("heading", REASON["section-head"], section_head),  # "Fixed" over two short lines, "Added" under them
    ("heading", WHY["heading"], heading),
    ("heading", REASON["glued"], glued_heading),  # "Resolved" right over its update, a blank line above
]
# Rules that may also mark a line before the headline (a release's marker, a date line).
BEFORE_TITLE = {"marker", "widget", "timestamp", "byline"}
