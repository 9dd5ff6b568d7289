"""The twenty-fourth round's mechanisms, each on lines of a water utility's and a choir's pages
(no fixture's words): the headline found past a notice alone over the story, a trail of links
and a company's name; the rest of the page's structure around the story."""

from __future__ import annotations

from pathlib import Path

from explainer import headline
from explainer.kinds import SHOWN
from explainer.sources import colon_dateline, ingest
from test_line_shapes import kinds
from test_sources import meta_for

LEAD = (
    "Brackwater Water said on Monday that the Fenmoor treatment works will close for three weeks "
    "in March while its filters are replaced, and that tankers will supply the valley villages."
)
MORE = (
    "Engineers found cracks in two of the filter beds during an inspection last month, the utility "
    "said, and the repairs cannot wait for the summer."
)


def test_the_headline_is_found_past_a_notice_alone_over_the_story() -> None:
    """A mail's header lines, then a warning in one paragraph between lines that are no prose:
    the story's lead is the first paragraph of a run, so the headline shares its words."""
    headline = "Fenmoor treatment works to close for filter repairs in March"
    raw = ["Sender: Comms Team <comms@example.org>", "Date: Monday, 9 March 2026 10:12", ""]
    raw += ["WARNING: This message came from an external address. Check the sender before you open any attachment.", ""]
    raw += ["NEWS RELEASE", "", headline, "", LEAD, "", MORE]
    assert kinds(raw).index("title") == 7


def test_the_headline_is_no_trail_of_links() -> None:
    """A trail from the site's home ends on the story's name and shares the story's words as much
    as the headline does: it is the site's, never the headline."""
    name = "Tamsin Elowen (Tam) Rowe"
    raw = ["Phone day or night: (555) 201-7788", "", "Carrow & Vane Memorial Chapel"]
    raw += ["Serving Lenmouth families since 1952", "", "Notices    Planning    Contact", ""]
    raw += [f"Home › Notices › {name}", "", name, "", "May 2, 1941 – June 20, 2026", ""]
    raw += [f"ROWE, {name} – Quietly, at home in Lenmouth, on Saturday, June 20, 2026, aged 85, with her family.", ""]
    raw += ["Tam founded the Lenmouth Harbour Choir in 1979 and led it for forty years, through two festivals."]
    assert kinds(raw).index("title") == 9


def test_the_headline_is_not_the_company_s_name_the_masthead_prints() -> None:
    """A pick that says nothing of the story (an address) gives way to the line of the head that
    shares most with the lead; the company's name in capitals, which the masthead printed above
    the pick and the lead names again, shares as many words but is no headline."""
    raw = ["BRACKWATER WATER PLC", "ACN 118 402 771", "Level 3, 20 Quay Road, Northgate NG2 8QT", "9 March 2026"]
    raw += ["Fenmoor works shut, tankers sent", "KEY POINTS"]
    raw += ["Brackwater Water PLC says that " + LEAD[0].lower() + LEAD[1:], MORE]
    assert headline.by_overlap(raw, 2, frozenset({0, 1})) == 4


def test_a_labelled_contact_box_ends_the_story_and_what_follows_is_the_page_s() -> None:
    """After the story's last reporting, a contact box under a label ending in a colon is the
    page's: the boilerplate paragraphs under their headings after it are left out."""
    raw = ["Fenmoor treatment works to close for filter repairs", LEAD, MORE, ""]
    raw += ["Media enquiries:", "Ada Lorne, Head of Communications      +44 1632 960 118"]
    raw += ["About Brackwater Water", "Brackwater Water supplies the homes of the valley and the coast."]
    raw += ["Cautionary statement", "This release may contain statements about the future that are subject to change."]
    got = kinds(raw)
    assert got[4:6] == ["contact", "contact"] and not SHOWN & set(got[6:]), got


def test_a_line_printed_at_every_page_break_is_the_running_head() -> None:
    """A PDF's copy prints its running head next to each page's number, word for word: however
    long, it is the page's, not a heading of the story."""
    head = "Brackwater Water PLC – Quarterly Operations Update March 2026"
    raw = ["Fenmoor treatment works to close for filter repairs", LEAD, "Page 1 of 2", head, MORE]
    raw += ["The works will reopen on 30 March, the utility said.", "Page 2 of 2", head, "The end of the update."]
    got = kinds(raw)
    assert got[3] == got[7] == "marker", got


def test_a_table_s_title_column_names_and_note_stand_by_its_rows() -> None:
    """A numbered title right over a table is its caption, the short names set apart as its
    rows are its row of columns, and a labelled line right under its last row its note."""
    raw = ["Fenmoor treatment works to close for filter repairs", LEAD, MORE]
    raw += ["Table 3: Filter beds inspected in February", "Bed      Cracks      Depth (mm)"]
    raw += ["North-1      4      12", "North-2      2      7", "South-1      0      0"]
    raw += ["Remark: Depths are the deepest crack found in each bed.", "The utility will publish the results."]
    got = kinds(raw)
    assert got[3:9] == ["caption", "list-item", "list-item", "list-item", "list-item", "credit"], got


def test_a_label_over_a_block_of_details_is_a_list_without_bullets() -> None:
    """Set off by blank lines, a short label over a date and a place is a list's heading over its
    items; without blank lines, a short label between paragraphs over three longer lines that
    are no sentences is one too."""
    raw = ["Choir to sing at the harbour festival", "", LEAD, "", "Rehearsal", "Tuesday, 3 March, 7 pm"]
    raw += ["The chapel hall, Quay Road", "", "Concert", "Saturday, 7 March, 3 pm", "St Ide's Church, Harbour Street"]
    raw += ["", MORE]
    got = kinds(raw)
    assert got[4:7] == got[8:11] == ["heading", "list-item", "list-item"], got
    raw = ["Choir to sing at the harbour festival", LEAD, "What the choir will sing"]
    raw += ["Three sea songs from the island collection, arranged for four voices"]
    raw += ["A new setting of the harbour psalm, written for the festival"]
    raw += ["The closing chorus, with the town band and the children's choir", MORE]
    got = kinds(raw)
    assert got[2:6] == ["heading", "list-item", "list-item", "list-item"], got


def test_a_signed_post_after_the_page_s_widgets_is_a_reader_s() -> None:
    """After the story, under the site's button and a label, names and a date over a paragraph
    are a reader's post (a guestbook's entry): the label, the line and the paragraph are left out."""
    raw = ["Choir founder remembered", "", LEAD, "", MORE, "", "Share    Print    Email", ""]
    raw += ["Messages", "", "Ida, Tom & Sara Vance — 2 June 2026", "We sang with her for twenty years. Rest well."]
    raw += ["", "Load more messages"]
    got = kinds(raw)
    assert not SHOWN & set(got[6:]), got


def test_a_date_whose_day_takes_a_stop_is_a_date_under_its_writer_s_name() -> None:
    """A German or Nordic page prints the day with an ordinal's stop ("3. Mär."): under the
    writer's name in the head it is the post's date, not a list's first item under a heading."""
    raw = ["Choir to sing at the harbour festival", "Share", "Ida Vance", "3. Mar.", LEAD, MORE]
    assert kinds(raw)[2:4] == ["byline", "timestamp"], kinds(raw)


def test_links_to_a_live_page_s_entries_with_their_age_are_the_page_s_box() -> None:
    """Links with how long ago each entry was posted, under their short label, are the live
    page's box of key entries; the story's own list gives no ages."""
    raw = ["Live: harbour festival day two", "", LEAD, "", "Highlights", "25m ago      Choir opens the evening"]
    raw += ["2h ago      Ferry timetable changed", "", MORE]
    assert kinds(raw)[4:7] == ["widget", "widget", "widget"], kinds(raw)


def test_an_attached_file_and_a_table_of_other_threads_after_the_story_are_links() -> None:
    """A file's name and size under a post is a link to it; a table after the story and the
    page's own buttons lists other threads: its label and rows are links, not the story's."""
    raw = ["Choir to sing at the harbour festival", LEAD, MORE, "festival_programme_v2.pdf (1.3 MB)"]
    raw += ["Like", "Reply", "Other threads", "Topic\tReplies\tViews"]
    raw += ["Spring concert tickets\t12\t340", "New tenor section leader\t4\t118", "Privacy  Terms"]
    got = kinds(raw)
    assert got[3] == "related" and got[6:10] == ["related"] * 4, got


def test_the_writer_s_first_name_and_role_in_brackets_sign_the_post() -> None:
    """The byline's first name under the text with what the writer is in brackets is the
    writer's signature, not a paragraph."""
    raw = ["Choir to sing at the harbour festival", "Ida Vance", "3 March 2026", LEAD, MORE]
    raw += ["Ida (secretary, festival committee)", "Like", "Reply"]
    assert kinds(raw)[5] == "byline", kinds(raw)


def test_an_office_s_name_and_address_after_the_contact_box_sign_the_mail() -> None:
    """After a labelled contact box ends the story, the office's name and address, set apart by
    bars or commas, are the sender's signature, not paragraphs."""
    raw = ["Fenmoor treatment works to close for filter repairs", "", LEAD, "", MORE, ""]
    raw += ["Questions about this release:", "Ada Lorne, Head of Communications, 01632 960118", ""]
    raw += ["Communications Team | Brackwater Water", "Unit 4, Quay Road, Fenmoor FN2 8QT", ""]
    raw += ["Every message sent from this address is kept on file by the utility for two years."]
    assert kinds(raw)[9:11] == ["contact", "contact"], kinds(raw)


def test_labelled_lines_above_the_headline_are_a_message_s_header() -> None:
    """A memo's "Label: value" lines over its headline are no list of the story: the sender with
    an address is the byline, the date the time stamp, the rest the page's markers."""
    raw = ["Author: Ada Lorne <ada.lorne@example.org>", "Written: Monday, 9 March 2026 10:12"]
    raw += ["Copy: Operations desk <ops@example.org>", "Topic: works closure", ""]
    raw += ["Fenmoor treatment works to close for filter repairs", "", LEAD, "", MORE]
    assert kinds(raw)[:4] == ["byline", "timestamp", "marker", "marker"], kinds(raw)


def test_a_town_and_the_day_s_date_before_a_colon_are_the_dateline() -> None:
    """A release opens its first paragraph with the town and the weekday's date before a colon."""
    first = f"Fenmoor, Monday 9 March 2026: {LEAD}"
    m = colon_dateline(first, [first, MORE])
    assert m is not None and m["dateline"] == "Fenmoor, Monday 9 March 2026"


def test_a_two_part_trail_over_the_headline_is_a_link_and_a_kicked_headline_under_links_a_link() -> None:
    """ "Site > Section" over the headline is a trail of links (a widget); under a label for
    links, "Photos: …" is a linked headline with its kicker, not a photographer's credit."""
    raw = ["BWW : Brackwater Water : News, Outages", "", "Plain Version    Go To Full Site", "", "BWW > Outages", ""]
    raw += ["Fenmoor treatment works to close", "", LEAD, "", MORE]
    raw += ["", "More on this story", "Photos: Inside the Fenmoor Filter Halls", "How the Valley Tankers Will Run"]
    got = kinds(raw)
    assert got[4] == "widget" and got[13] == "related", got


def test_a_notice_s_head_a_span_of_dates_a_picture_s_description_and_its_subject_s_name() -> None:
    """Under a person's name as the headline, two dates joined by a dash are the dek, "Photo of
    NAME" is the picture's description, a place in a block of details is an item, and the
    subject's name in capitals before a dash is no dateline."""
    name = "Tamsin Elowen (Tam) Rowe"
    raw = [name, "", "May 2, 1941 – June 20, 2026", "", "Share    Print", "", f"Photo of {name}", ""]
    raw += [f"ROWE, {name} – Quietly, at home in Lenmouth, on Saturday, June 20, 2026, aged 85.", ""]
    raw += ["Tam founded the Lenmouth Harbour Choir in 1979 and led it for forty years.", ""]
    raw += ["Memorial", "Saturday, June 27, 2026, 2 pm", "Carrow & Vane Memorial Chapel, 14 Mill Street, Lenmouth", ""]
    raw += ["Donations in her memory may be made to the choir's youth fund."]
    got = kinds(raw)
    assert (got[2], got[6], got[12:15]) == ("dek", "caption", ["heading", "list-item", "list-item"]), got
    path = Path(__file__).parent / "fixtures" / "articles" / "funeral-home-obituary.txt"
    assert ingest(meta_for("notice"), path, "\n".join(raw)).dateline is None


def test_a_forum_s_section_handle_and_a_reply_with_its_date() -> None:
    """Under a forum topic's headline, a name of a few words over its tags is the section; a
    handle over a name in full is the author; after the post, a handle over a date over a
    paragraph is a reply."""
    raw = ["Skip to content", "Harbour Choir Forum", "Register", "Log in"]
    raw += ["Harbour festival choir programme announced for the weekend", "Choir news", "festival  choir  harbour"]
    lead = "The harbour festival choir will sing three programmes over the weekend, the festival's board said."
    raw += ["ida_v", "Ida Vance", "3 March 2026", lead, MORE, "tom.reyes", "4 March 2026"]
    raw += ["Will the Sunday concert be signed for deaf visitors this year?", "Privacy  Terms"]
    got = kinds(raw)
    assert (got[5], got[7], got[12:15]) == ("marker", "byline", ["widget"] * 3), got


def test_after_the_contact_box_a_profile_under_its_label_and_a_release_s_approval() -> None:
    """After a labelled contact box, a paragraph that opens with the name its label ends on is
    that body's profile (a bio); a sentence saying who approved the release is the page's note
    on how it was made, not the story."""
    raw = ["Fenmoor treatment works to close for filter repairs", LEAD, MORE]
    raw += ["This notice has been approved for release by the directors of Brackwater Water PLC."]
    raw += ["Media enquiries:", "Ada Lorne, Head of Communications      +44 1632 960 118"]
    raw += ["About Brackwater Water", "Brackwater Water supplies the homes of the valley and the coast."]
    got = kinds(raw)
    assert got[3] == "marker" and got[6:8] == ["bio", "bio"], got


def test_the_next_numbered_item_is_an_item_whatever_it_speaks_of() -> None:
    """ "2. Photographs of … are available" under "1. …" is the list's next item, not a caption."""
    raw = ["Fenmoor treatment works to close for filter repairs", "", LEAD, "", MORE, "", "For the record"]
    raw += ["1. The works were built in 1962 and last repaired in 2004."]
    raw += ["2. Photographs of the filter halls are available from the press office.", "", MORE[:60] + "."]
    assert kinds(raw)[7:9] == ["list-item", "list-item"], kinds(raw)
