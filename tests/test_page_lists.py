"""The twenty-sixth round's mechanisms (sets 41-42), each on lines of a ferry operator's and a hiking club's
pages (no fixture's words): points with a full-width bullet set tight against their text, a list
whose bullets were lost under a label next to a numbered one."""

from __future__ import annotations

from test_line_shapes import kinds

LEAD = (
    "The island ferry will run a reduced timetable from Monday while the north pier is repaired, "
    "the operator said on Friday, and passengers with cars must book ahead."
)
MORE = "Foot passengers can still board without a booking, and the last boat leaves at nine."


def test_points_with_a_full_width_bullet_set_tight_are_list_items() -> None:
    """East Asian typesetting sets a point's text right against its bullet ("■Book ahead"): the
    point is an item of a list all the same."""
    raw = ["Ferry timetable changes", "", LEAD, "", "Before you travel", "■Book a car space online or by phone."]
    raw += ["■Arrive thirty minutes before the boat leaves.", "■Keep your ticket until you land.", "", MORE]
    got = kinds(raw)
    assert got[5:8] == ["list-item"] * 3, got


def test_a_label_over_bare_details_over_a_numbered_list_is_a_list_too() -> None:
    """A card that sets "What to pack" over its items and "On the day" over numbered steps, copied
    without blank lines: the copy lost the first list's bullets, but its label and items pair with
    the numbered list."""
    raw = ["Hill walk to Carn Mor", LEAD, "What to pack", "2 litres of water", "Waterproof jacket"]
    raw += ["Map of the Carn Mor ridge", "On the day", "1. Meet at the car park at eight."]
    raw += ["2. Sign the walk sheet.", MORE]
    got = kinds(raw)
    assert got[2:6] == ["heading"] + ["list-item"] * 3, got


def test_a_tab_tables_header_with_an_empty_corner_and_a_question_over_it() -> None:
    """A survey's question over its table copied with tabs, whose row of column names opens with
    the empty corner cell's tab (lost with the line's spaces): the question is the table's heading,
    the names one of its rows, not a date line."""
    raw = ["Ferry survey", LEAD, "Would you pay more for a later last boat?", "\tMay 2025\tMay 2026"]
    raw += ["Yes\t41%\t48%", "No\t52%\t45%", MORE]
    got = kinds(raw)
    assert got[2:6] == ["heading"] + ["list-item"] * 3, got


def test_a_stamp_set_in_korean_or_chinese_under_the_headline_is_a_time_stamp() -> None:
    """A label, its colon and a date by year, month and day signs, in the head: the page's stamp,
    not a widget, in whatever East Asian script the site's own words are."""
    for stamp in ("발행일: 2026년 3월 2일 09:30", "发布时间：2026年3月2日"):
        raw = ["Island Ferries", "", "Reduced ferry timetable while north pier is repaired", "", stamp, "", LEAD]
        raw += ["", MORE]
        got = kinds(raw)
        assert got[4] == "timestamp", (stamp, got)


def test_a_line_under_the_story_that_quotes_its_headline_is_its_source_note() -> None:
    """A syndicating site's note that names the piece by its whole headline and its first home
    ("HEADLINE was first published by SITE.") is no paragraph of the story."""
    headline = "Reduced ferry timetable while north pier is repaired"
    raw = ["Island Ferries", "", headline, "", LEAD, "", MORE, ""]
    raw += [f"{headline} was first published by the Harbour Gazette.", ""]
    got = kinds(raw)
    assert got[8] == "marker", got


def test_a_label_that_opens_with_a_buttons_verb_over_a_box_in_the_story_is_its_heading() -> None:
    """ "Find a ferry office" reads as a button alone; right over a box's labelled rows inside the
    story it is the box's heading."""
    raw = ["Island Ferries", "", "Reduced ferry timetable while north pier is repaired", "", LEAD, "", MORE, ""]
    raw += [
        "Find a ferry office",
        "North pier: Harbour Road 2",
        "South pier: Quay Street 14",
        "Airport: Terminal 1",
        "",
    ]
    raw += [MORE]
    got = kinds(raw)
    assert got[8] == "heading", got


def test_a_question_to_the_reader_then_the_sites_handle_is_an_appeal() -> None:
    """After the story, "Caught the late boat? We would love your photos, tag @islandferries!" appeals to
    the reader as a button does: a widget, not the story's last paragraph."""
    raw = ["Island Ferries", "", "Reduced ferry timetable while north pier is repaired", "", LEAD, "", MORE, ""]
    raw += ["Caught the late boat? We would love to see your photos, just tag @islandferries!", ""]
    got = kinds(raw)
    assert got[8] == "widget", got


def test_a_related_label_that_says_where_from_or_in_another_language_opens_related_links() -> None:
    """ "Related to this story" or "Noticias relacionadas" over other pieces' headlines: links to
    other stories, whatever the label adds or whatever language it is in."""
    for label in ("Related to this story", "Noticias relacionadas"):
        raw = ["Island Ferries", "", "Reduced ferry timetable while north pier is repaired", "", LEAD, "", MORE, ""]
        raw += [label, "Harbour dues to rise in spring", "New cafe opens at the south terminal", ""]
        got = kinds(raw)
        assert got[8:11] == ["related"] * 3, (label, got)


def test_a_buttons_verb_ending_in_an_ellipsis_above_the_headline_is_a_search_box() -> None:
    """ "Find a sailing..." above the headline is the search box's placeholder, a widget, not a label
    that names the site or its section."""
    raw = ["Island Ferries", "Timetables    Fares    Contact", "", "Find a sailing...", "", "Island Ferries news"]
    raw += ["", "Island ferry runs a reduced timetable while the north pier is repaired", "", LEAD, "", MORE]
    got = kinds(raw)
    assert got[3] == "widget" and got[7] == "title", got


def test_a_box_of_rows_with_a_number_to_call_and_an_address_to_write_is_a_contact_block() -> None:
    """ "Bookings: Harbour Office" over "Phone: +44 1855 400 120" and "Email: …" under the story
    says how to reach the operator: contact lines, not a box of the story's facts."""
    raw = ["Island Ferries", "", "Reduced ferry timetable while north pier is repaired", "", LEAD, "", MORE, ""]
    raw += ["Bookings: Island Ferries harbour office", "Phone: +44 1855 400 120", "Email: bookings@ferries.example", ""]
    got = kinds(raw)
    assert got[8:11] == ["contact"] * 3, got
