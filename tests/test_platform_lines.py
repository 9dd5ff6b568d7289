"""The thirtieth round's mechanisms, each on lines of pages of other styles than sets 49 and 50
(a restaurant guide in German, a cycling forum, a court database's delivery, a rail itinerary,
a city council's minutes, a consulate's notice in two scripts): each test fails without its
mechanism."""

from __future__ import annotations

from pathlib import Path

from explainer.sources import ingest
from test_line_shapes import kinds
from test_sources import meta_for

STORY = (
    "The council of Brask voted on Thursday to close the old ferry landing for repairs, and the "
    "harbour master said boats would use the north quay until the work is done in the spring."
)
MORE = (
    "Fishers at the landing said the closure would cost them an hour a day, and asked the council "
    "to open the quay's night berths to them while the landing is shut."
)


def test_a_score_where_a_headline_may_stand_is_the_platforms_widget() -> None:
    """ratings.py: "4,5 von 5 Sternen" over the review's title is no headline."""
    got = kinds(
        ["Gastro Guide", "Restaurant Lindenhof", "4,5 von 5 Sternen", "Fish done right, if you can wait", STORY]
    )
    assert got[2:4] == ["widget", "title"]


def test_rows_of_rating_symbols_and_a_reputation_are_widgets() -> None:
    """ratings.py: "Essen<TAB>★★★★☆" and "2,310•14•40" are the platform's, not a table or a byline."""
    got = kinds(["Gastro Guide", "Fish done right at the Lindenhof", STORY, "Essen\t★★★★☆", "Service\t★★★☆☆", MORE])
    assert got[3:5] == ["widget", "widget"]
    assert kinds(["Pedal Forum", "Chain lube in the rain", STORY, "Ola Brin", "2,310•14•40", MORE])[4] == "widget"


def test_a_posts_verb_and_date_is_a_time_stamp() -> None:
    """posted.py: "Written 4 November 2026" alone, between paragraphs."""
    assert kinds(["Pedal Forum", "Chain lube in the rain", STORY, "Written 4 November 2026", MORE])[3] == "timestamp"


def test_a_long_question_over_the_date_it_was_asked_is_the_headline() -> None:
    """posted.asked: a question longer than a headline, over "Posted 3 days ago", under the site's name."""
    question = "Which chain lube holds up through a wet winter of commuting on gravel roads by the coast?"
    assert kinds(["Pedal Forum", "Log in  Sign up", question, "Posted 3 days ago", STORY, MORE])[2] == "title"


def test_a_replys_byline_and_a_signed_comment() -> None:
    """posted.py: "Reply from NAME, Moderator" is a byline; "TEXT – NAME DATE" a reader's comment."""
    comment = "Did you try the wax kind? It lasted me a month of rain. – Ola Brin Nov 2 at 8:15"
    got = kinds(["Pedal Forum", "Chain lube in the rain", STORY, comment, "Reply from Mark Oduya, Moderator", MORE])
    assert got[3:5] == ["widget", "byline"]


def test_a_posts_buttons_and_counts_are_widgets() -> None:
    """posted.py: fold, count, sort, view and log-in lines, in English and German."""
    lines = ["Show more", "4 Replies", "Sort by: Newest", "Viewed 312 times", "Please sign in to reply to this thread."]
    got = kinds(["Pedal Forum", "Chain lube in the rain", STORY, *lines, MORE, "Mehr anzeigen", MORE])
    assert got[3:8] == ["widget"] * 5 and got[9] == "widget"


def test_a_posts_details_between_the_platforms_buttons_are_its_markers() -> None:
    """head_rows.post_details: "Label: value" lines right under a button, right over a score."""
    page = ["Gastro Guide", "Fish done right", STORY, "Show less", "Visited: May 2026", "Party: Family", "Essen\t★★★★☆"]
    got = kinds([*page, MORE, STORY])
    assert got[4:6] == ["marker", "marker"]


def test_a_databases_fields_are_read_by_their_labels() -> None:
    """fields.py: "Byline:" and "Dateline:" fields, and the others of their block markers."""
    page = ["Juris Online", "", "Court orders Brask to reopen ferry landing", "", "Section: REGION; Pg. 4"]
    page += ["Byline: Ana Lind Court Reporter", "Dateline: BRASK, March 4", "", STORY, "", MORE]
    assert kinds(page)[4:7] == ["marker", "byline", "dateline"]


def test_the_dateline_field_gives_the_dateline_without_its_label(tmp_path: Path) -> None:
    """sources.ingest: "Dateline: BRASK, March 4" over the story gives 'BRASK, March 4'."""
    page = ["Juris Online", "", "Court orders Brask to reopen ferry landing", "", "Section: REGION; Pg. 4"]
    page += ["Byline: Ana Lind Court Reporter", "Dateline: BRASK, March 4", "", STORY, "", MORE]
    path = tmp_path / "court.txt"
    assert ingest(meta_for("court"), path, "\n".join(page)).dateline == "BRASK, March 4"


def test_a_result_lists_entry_is_no_headline() -> None:
    """result_list.py: "1. HEADLINE" over the headline printed alone; the headline is the bare line."""
    page = ["Juris Online", "", "Result (1)", "1. Court orders Brask to reopen ferry landing", "", "Page 1 of 2"]
    page += ["", "Court orders Brask to reopen ferry landing", "", "BRASK, March 4 -- " + STORY, "", MORE]
    got = kinds(page)
    assert got[7] == "title" and got[3] != "title"


def test_list_rows_above_the_headline_parted_from_it_by_the_pages_line_are_the_pages() -> None:
    """head_rows.page_rows: a search's rows above a pager over the headline are no story's list."""
    page = [
        "Juris Online",
        "",
        "Search Terms: ferry AND Brask",
        "Result Count: 3",
        "Job Number: 4412",
        "",
        "Page 1 of 2",
    ]
    page += ["", "Court orders Brask to reopen ferry landing", "", STORY, "", MORE]
    assert kinds(page)[2:5] == ["marker"] * 3


def test_a_block_that_holds_the_headline_is_the_head_not_a_list() -> None:
    """bare_lists.block_item: the paper and the edition in the headline's block are no list's details."""
    page = ["Juris Online", "", "Narrowed by:", "", "Page 2 of 2", "Court orders Brask to reopen ferry landing"]
    page += ["The Brask Courier (Brask)", "March 4, 2026 Wednesday", "Late Edition", "", STORY, "", MORE]
    got = kinds(page)
    assert got[5] == "title" and "list-item" not in got[6:9]


def test_a_journeys_legs_are_the_storys_list_not_time_stamps() -> None:
    """legs.py: places and times joined by an arrow."""
    page = ["Rail notes", "Two nights by train to the coast", STORY, "Brask 21:40 → Ostrel 06:12 (Friday)", MORE]
    assert kinds(page)[3] == "list-item"


def test_a_disclaimer_is_the_sites_marker() -> None:
    """disclaimers.py: opinion not the site's, no official record."""
    page = ["Brask City Council", "Council closes ferry landing", STORY, MORE]
    page += ["These minutes are not an official record until approved at the next meeting.", STORY]
    assert kinds(page)[4] == "marker"
    page[4] = "This post reflects the personal views of its author and not those of the council."
    assert kinds(page)[4] == "marker"


def test_a_documents_number_with_its_year_is_no_phone_number() -> None:
    """notices.NUMBERED_AS: "decision 4417 (2026)" in a lead-in is no number to call."""
    page = ["Brask City Council", "Council closes ferry landing", STORY, "The text of decision 4417 (2026) is below:"]
    assert kinds([*page, MORE])[3] == "body"


def test_the_end_of_a_document_is_a_marker() -> None:
    page = ["Juris Online", "Court orders Brask to reopen ferry landing", STORY, MORE, "Fin du document"]
    assert kinds(page)[4] == "marker"


def test_a_line_in_two_scripts_is_read_by_its_latin_half() -> None:
    """bilingual.py: "By OFFICE / its name in Devanagari" under the headline is a byline."""
    page = ["Consulate of Brask", "Notice on visa fees", "By Bureau of Information / ब्यूरो", STORY, MORE]
    assert kinds(page)[2] == "byline"


def test_a_headline_in_capitals_broken_over_two_rows_is_the_headline() -> None:
    """capital_rows.py: two rows in capitals over the story, the first not ending a sentence."""
    page = ["Brask Radio Text", "", "P201  BRASK TEXT  Mon 04.03.  08:12", "", "COUNCIL VOTES TO CLOSE THE"]
    page += ["OLD FERRY LANDING IN BRASK", "", STORY, "", MORE]
    assert kinds(page)[4:6] == ["title", "title"]


def test_a_bar_of_links_with_one_to_the_copyright_page_is_no_copyright_line() -> None:
    """blocks.copyright_link: "About | Copyright | Privacy" over the copyright's line stays a bar."""
    page = ["Brask City Council", "Council closes ferry landing", STORY, MORE, "Print"]
    page += ["About | Copyright | Privacy | Accessibility", "© Brask City Council 2026"]
    assert kinds(page)[5] == "widget"


def test_under_a_label_for_related_links_a_question_led_by_its_votes_is_a_link() -> None:
    """posted.counted_question, and the copyright's line under them stays the page's marker."""
    page = ["Pedal Forum", "Chain lube in the rain", STORY, MORE, "Related questions"]
    page += ["12 Is wax better than oil for a commuter's chain?", "© 2026 Pedal Forum Ltd; posts licensed CC BY-SA."]
    got = kinds(page)
    assert got[5] == "related" and got[6] == "marker"


def test_a_viewers_page_arrows_subpage_count_and_skip_link_are_widgets() -> None:
    """edition.pager and patterns.UI: "« 301   303 »", "Unterseite 2/3", "Hoppa till innehållet"."""
    page = ["Hoppa till innehållet", "Brask Text-TV", "« 301     303 »", "Unterseite 2/3", ""]
    page += ["Council closes ferry landing", "", STORY, "", MORE]
    assert [kinds(page)[i] for i in (0, 2, 3)] == ["widget"] * 3


def test_a_section_break_of_spaced_stars_is_a_marker() -> None:
    """kind_patterns: "*   *   *" with wide spaces, as a page sets its break."""
    assert kinds(["Brask City Council", "Council closes ferry landing", STORY, "*   *   *", MORE])[3] == "marker"


GREEK_PAGE = ["EN | ΕΛ", "Brask Municipality of the Islands", "Δήμος Μπρασκ", "Αρχική   Νέα   Επικοινωνία"]
GREEK_PAGE += ["Home > News > Harbour", "Council closes ferry landing in the old harbour for repairs"]


def test_the_sites_name_in_its_script_under_its_english_name_is_a_marker() -> None:
    """bilingual.name_in_script: "Δήμος Μπρασκ" right under "Brask Municipality of the Islands"."""
    assert kinds([*GREEK_PAGE, STORY, MORE])[2] == "marker"


def test_a_date_with_its_month_in_the_sites_script_is_a_time_stamp() -> None:
    """alphabet.foreign_stamp: the day, the month's name in another script, the year: "12 Μαρ. 2026"."""
    assert kinds([*GREEK_PAGE, "12 Μαρ. 2026", STORY, MORE])[6] == "timestamp"


HINDI_PAGE = ["EN | हिं", "Brask Municipality of the Islands", "ब्रास्क नगर पालिका", "मुखपृष्ठ   समाचार   संपर्क"]
HINDI_PAGE += ["Home > News > Harbour", "Council closes ferry landing in the old harbour for repairs"]


def test_a_bar_of_buttons_named_in_two_scripts_is_a_widget() -> None:
    """bilingual.bilingual_bar: "प्रिंट Print | शेयर Share" under the byline."""
    page = [*HINDI_PAGE, "By Press Office", "प्रिंट Print | शेयर Share", STORY, MORE]
    assert kinds(page)[7] == "widget"


def test_a_label_in_two_scripts_labels_its_links_and_the_last_link_is_no_office() -> None:
    """bilingual.bilingual_label and notices.office_over_contact: a link over the page's address."""
    page = [*GREEK_PAGE, STORY, MORE, "Σχετικά Related news", "Ferry timetable changes for the winter"]
    page += ["Council approves new harbour budget", "Brask Municipality, 4 Quay Road, Brask 2201, +30 210 555 0199"]
    got = kinds(page)
    assert got[8:11] == ["related"] * 3


def test_the_copyright_in_the_sites_script_is_a_marker() -> None:
    """kind_patterns and alphabet.foreign_control: "सर्वाधिकार सुरक्षित © 2026 NAME" under the story."""
    page = [*HINDI_PAGE, STORY, MORE, "सर्वाधिकार सुरक्षित © 2026 ब्रास्क नगर पालिका"]
    assert kinds(page)[8] == "marker"
