"""The twenty-eighth round's mechanisms, each on lines of a beekeepers' association's and a
village ferry's pages (no fixture's words): a dateline closed by a full stop, points without
bullets under short headings, a glossary's terms with their meanings, headings put as
questions, a code-hosting page's foot."""

from __future__ import annotations

from pathlib import Path

from explainer import reading
from explainer.sources import ingest
from test_sources import meta_for

HEAD = "Hive thefts rise across the Ostmark valley"
LEAD = (
    "Thieves took eleven hives from three apiaries in the Ostmark valley last week, and the "
    "beekeepers' association asked its members to mark every box with their registration number."
)
MORE = "The association's secretary, Pell Aster, said the police had been told of each theft."


def kinds(raw: list[str]) -> list[str]:
    return [kind for kind, _ in reading.classify(raw)]


def test_a_town_in_capitals_or_a_weekday_closed_by_a_full_stop_is_the_dateline(tmp_path: Path) -> None:
    """Old papers and agencies close the dateline with a full stop ("TOWN, Monday.", "TOWN."); an
    abbreviation's stops ("U.S.") and a sentence in title case are no dateline."""
    for opening in ("OSTMARK, Friday.", "OSTMARK.", "Ostmark, Friday."):
        text = "\n\n".join([HEAD, f"{opening} {LEAD}", MORE])
        src = ingest(meta_for("a"), tmp_path / "a.txt", text)
        assert src.dateline == opening.rstrip(".")
        assert src.paragraphs[0].text == LEAD
    for opening in ("U.S. officials said so.", "Last Friday. Then"):
        text = "\n\n".join([HEAD, f"{opening} {LEAD}", MORE])
        assert ingest(meta_for("a"), tmp_path / "a.txt", text).dateline is None


def test_points_led_by_an_em_dash_that_end_no_sentence_are_a_list() -> None:
    """Two or more lines led by "— " that end as no sentence does are a list's points, and the short
    line over them their heading; a dialogue's turns (ending with a full stop) and a dash before a
    name alone (a sign-off) are not."""
    points = ["— 212 hives registered this spring", "— 11 hives stolen in one week", "— 3 apiaries fenced"]
    assert kinds([HEAD, LEAD, MORE, "The season in numbers", *points, MORE])[3:7] == ["heading"] + ["list-item"] * 3
    turns = ["— Were the hives marked?", "— Not one of them, he said."]
    assert "list-item" not in kinds([HEAD, LEAD, *turns, MORE])
    assert "list-item" not in kinds([HEAD, LEAD, MORE, "— Pell Aster", "— Ida Marr"])


def test_points_without_bullets_under_a_run_of_short_labels_are_lists() -> None:
    """In a file without blank lines, two or more short labels in a row, each over two or three
    short lines, head lists when a point ends no sentence: their lines are points ("Added" over
    what a new version brings). A label over long paragraphs, one short section alone, and a news
    roundup's short sentences under their headings stay the story's."""
    notes = [
        "New in this version",
        "Swarm alerts sent by text message to members nearby",
        "A map of every registered apiary.",
    ]
    notes += ["Fixed", "Hive weights no longer double after a sync.", "Dates show in the member's own format."]
    raw = ["Hive Log 5.2 for members", LEAD, *notes, "Download Hive Log"]
    assert kinds(raw)[2:8] == ["heading", "list-item", "list-item", "heading", "list-item", "list-item"]
    assert kinds(["Hive Log 5.2 for members", LEAD, *notes[:3], MORE, MORE])[3:5] == ["body", "body"]
    head = ["HIVE NEWS", HEAD, "By Pell Aster, Hive News", "June 4, 2018", "An empty hive stand near Ostmark."]
    assert "list-item" not in kinds([*head, LEAD, MORE])  # the head's byline and date are no labels
    long = [f"{LEAD} {MORE}", f"{MORE} {LEAD}"]
    raw = [HEAD, LEAD, "The thefts", *long, "What comes next", *long]
    assert kinds(raw)[3:5] == ["body", "body"]
    roundup = ["Roads", "The coast road reopened on Sunday morning.", "The hill road stays shut until Monday."]
    roundup += ["Schools", "All schools will open as normal on Monday.", "Buses will run to the winter timetable."]
    assert kinds([HEAD, LEAD, *roundup, MORE])[3:5] == ["body", "body"]


FERRY = "The village ferry runs again from Monday."
SHORTS = ["The ferry goes every hour.", "You pay on board with a card or cash."]


def test_a_short_question_opening_its_block_over_the_text_is_a_heading() -> None:
    """In a file with blank lines, a short question with a blank line above it heads what follows:
    a short sentence under a picture's note in brackets, a numbered list, or, a few words, a
    sentence right under it. A question inside a block, or long, stays the story's."""
    raw = [FERRY, "", SHORTS[0], "", "When does it run?", "", "[a ferry at the jetty]", "", SHORTS[1]]
    assert kinds(raw)[4] == "heading"
    raw = [FERRY, "", SHORTS[0], "", "How do I pay?", "", "1. Buy a card.", "2. Show it on board.", "", SHORTS[1]]
    assert kinds(raw)[4] == "heading"
    raw = [FERRY, "", SHORTS[0], "", "Any questions?", "Ask the skipper on the jetty before you board.", ""]
    assert kinds(raw)[4] == "heading"
    raw = [FERRY, "", SHORTS[0], "Who would have thought it would take this long?", "", SHORTS[1]]
    assert kinds(raw)[3] != "heading"
    long = "Why did the parish council wait four whole years before it mended the old jetty?"
    assert kinds([FERRY, "", SHORTS[0], "", long, "", SHORTS[1]])[4] != "heading"


def test_terms_with_their_meanings_after_a_dash_are_a_glossary_under_its_label() -> None:
    """Two or more lines "Term – meaning in lower case" in a row are a glossary's entries, the short
    label over them its heading; a dateline's "TOWN — The …" and one such line alone are not."""
    terms = ["Jetty – the wooden pier where the ferry stops.", "Fare card – a card you pay with on board."]
    raw = [FERRY, "", *SHORTS, "", "Words to know", *terms, "", SHORTS[0]]
    assert kinds(raw)[5:8] == ["heading", "list-item", "list-item"]
    assert kinds([FERRY, "", *SHORTS, "", terms[0], "", SHORTS[0]])[5] != "list-item"
    raw = [HEAD, "", f"OSTMARK — {LEAD}", f"KESH — {MORE}"]
    assert "list-item" not in kinds(raw)


def test_tallies_and_codes_alone_on_their_lines_are_the_pages() -> None:
    """A count under a pictograph ("💬 1 204"), after a plural label ("Replies 12"), or of people
    ("31 people liked this") is the page's widget, a version's number or a commit's hash alone its
    marker; a part's heading in the singular ("Week 2"), a score's "Wales 24" over "Ireland 17" and a
    sentence about people stay the story's."""
    for line, kind in [("💬 1 204", "widget"), ("Replies 12", "widget"), ("31 people liked this", "widget")]:
        assert kinds([HEAD, "", LEAD, "", line, "", MORE])[4] == kind, line
    for line in ("v5.2.1", "9f3ab21c"):
        assert kinds([HEAD, "", line, "", LEAD, "", MORE])[2] == "marker", line
    assert kinds([HEAD, "", LEAD, "", "Week 2", "", MORE])[4] == "heading"
    assert "widget" not in kinds([HEAD, LEAD, MORE, "Final score", "Wales 24", "Ireland 17", MORE])  # a score
    assert kinds([HEAD, "", LEAD, "", "31 people joined the search on Sunday morning.", "", MORE])[4] == "body"


def test_a_sentence_to_the_reader_among_the_foots_furniture_is_the_sites() -> None:
    """One short sentence that speaks to the reader, between the page's buttons and its copyright
    after the story, is the site's notice, and the story ends above it (the short lines between
    are the page's too); the story's own last sentence, with nothing of the page under it, stays."""
    foot = ["Share", "Report    2 min", "Your changes could not be saved at this moment.", "© 2026 Ostmark Beekeepers"]
    got = kinds([HEAD, "", LEAD, "", MORE, "", *foot])
    assert got[6:10] == ["widget", "widget", "widget", "marker"]
    assert kinds([HEAD, LEAD, MORE, "Share", "You can send your own pictures to the association."])[-1] == "body"


def test_a_pictures_label_over_what_it_shows_in_lower_case_is_a_caption() -> None:
    """ "[Picture: a hive …]" and "Image: smoke over …" describe a picture (a caption); "Photo: NAME"
    from a capital credits it; a caption's "Фото: NAME" at its end is its credit, in Cyrillic too."""
    for line in ("[Picture: a beekeeper lifting a frame of honey]", "Image: smoke rising over an empty hive stand"):
        assert kinds([HEAD, "", line, "", LEAD, "", MORE])[2] == "caption", line
    assert kinds([HEAD, "", "Photo: Pell Aster", "", LEAD, "", MORE])[2] != "caption"
    caption = "An empty hive stand near Ostmark after the theft. Фото: пресс-служба ассоциации"
    assert kinds([HEAD, "", LEAD, "", caption, "", MORE])[4] == "caption"


def test_a_notices_signing_date_as_deeds_print_it_is_a_stamp_with_its_signatory_under_it() -> None:
    """ "Dated this 2nd day of March, 2026." under a notice's text is its date, and the name in
    capitals under it signs the notice (no heading over the page's foot), with the post and office
    under the name (a comma between them, up to eight words)."""
    for signed in ("Dated this 2nd day of March, 2026.", "Given under my hand the 2nd day of March 2026"):
        raw = [HEAD, LEAD, MORE, signed, "PELL ASTER", "Head of Hive Security, Ostmark Beekeepers' Association"]
        assert kinds([*raw, "Share this notice"])[3:6] == ["timestamp", "byline", "byline"], signed


def test_a_few_words_in_capitals_closed_by_a_full_stop_between_paragraphs_are_a_crosshead() -> None:
    """An old paper's "THE SECRETARY'S REPORT." between two paragraphs heads a section; one word
    ("ADVERTISEMENT.") or a line with no paragraph under it does not."""
    story = [HEAD, "", "OSTMARK, Friday.", "", LEAD, "", MORE, ""]
    assert kinds([*story, "THE SECRETARY'S REPORT.", "", LEAD])[8] == "heading"
    assert kinds([*story, "ADVERTISEMENT.", "", LEAD])[8] != "heading"
    assert kinds([*story, "THE SECRETARY'S REPORT.", "", "Share"])[8] != "heading"


def test_a_bar_of_four_or_more_links_right_over_the_headline_is_the_sites_menu() -> None:
    """ "News | Hives | Shop | Contact" set off right above the headline is the site's menu (a
    widget); "News | Hives" there names the piece's sections (a marker)."""
    assert kinds(["Hive News", "News | Hives | Shop | Contact", "", HEAD, "", LEAD, "", MORE])[1] == "widget"
    assert kinds(["Hive News", "News | Hives", "", HEAD, "", LEAD, "", MORE])[1] == "marker"


def test_one_word_among_the_heads_furniture_under_the_headline_is_a_button() -> None:
    """Under the headline, one word between the page's code and another short line ("Checksums"
    between "v5.2.1" and "Latest") is the site's button; a word over the story's prose is left to
    the other rules."""
    raw = ["Hive Log", "Hive Log 5.2 for members", "v5.2.1", "Checksums", "Latest", LEAD, MORE]
    assert kinds(raw)[3] == "widget"
    assert kinds(["Hive Log", "Hive Log 5.2 for members", "v5.2.1", "Checksums", LEAD, MORE])[3] != "widget"


def test_a_labelled_date_among_the_labels_above_the_headline_is_the_stamp() -> None:
    """ "Publication date: 4 June 2026" among a notice's labels above its headline is its date; the
    other labels stay the page's markers."""
    raw = ["The Valley Register", "", "Notice type: Apiaries", "Publication date: 4 June 2026", "Notice ID: 2026-118"]
    got = kinds([*raw, "", HEAD, "", LEAD, "", MORE])
    assert got[2:7] == ["marker", "timestamp", "marker", "blank", "title"]


def test_a_documents_number_in_brackets_is_no_number_to_call() -> None:
    """Under "Related notices", a notice's headline with its number in brackets ("(Notice 2026-4398)")
    is a link, not a line to call; "(Tel 0800 555 0190)" stays a number to call."""
    links = ["Swarm collection points for the summer (Notice 2026-4398)", "Hive register fees (Notice 2026-4402)"]
    got = kinds([HEAD, "", LEAD, "", MORE, "", "Related notices", *links])
    assert got[7:9] == ["related", "related"]
    assert kinds([HEAD, "", LEAD, "", MORE, "", "Call the hive line (Tel 0800 555 0190)"])[6] == "contact"


def test_a_line_in_capitals_under_a_headline_set_so_is_its_deck() -> None:
    """Under an old paper's headline in capitals with its full stop, a line set the same way is a
    second deck, not a name; under a modern headline a name in capitals stays a byline."""
    raw = ["HIVES STOLEN AT OSTMARK.", "", "BEEKEEPERS OFFER REWARD.", "", f"OSTMARK, Friday. {LEAD}"]
    assert kinds([*raw, "", MORE])[2] == "dek"
    assert kinds([HEAD, "", "PELL ASTER", "", LEAD, "", MORE])[2] == "byline"


def test_lines_opening_with_handles_and_what_the_people_did_are_credits() -> None:
    """Two lines in a row "@handle did something" (no sentence's end) credit people, not points
    under a short label; one such line alone is left to the other rules."""
    notes = ["Fixed", "Hive weights no longer double after a sync.", "Dates show in the member's own format."]
    people = ["Thanks", "@pell_a reported the sync bug in #212", "@ida-m translated the app into Danish"]
    got = kinds(["Hive Log 5.2 for members", LEAD, *notes, *people, "© 2026 Hive Log"])
    assert got[6:8] == ["credit", "credit"]
    assert kinds([HEAD, "", LEAD, "", "@pell_a reported the sync bug in #212", "", MORE])[4] != "credit"


def test_a_label_over_two_versions_codes_is_a_link_to_their_changes() -> None:
    """ "All changes: v5.1.0...v5.2.1" after a release's notes links to the changes between them; a
    sentence with an ellipsis is no such link."""
    raw = [HEAD, "", LEAD, "", MORE, "", "All changes: v5.1.0...v5.2.1", "", "© 2026 Hive Log"]
    assert kinds(raw)[6] == "related"
    assert kinds([HEAD, "", LEAD, "", "Then: nothing... until 2026.", "", MORE])[4] != "related"


def test_a_line_mostly_in_capitals_cut_by_dashes_among_the_paragraphs_is_an_advertisement() -> None:
    """An OCR copy's "BUY KESH SOAP — 4d. a cake — AT ALL CHEMISTS." among the story's paragraphs
    is an advertisement caught from the next column; a sentence naming "NATO" or "UNESCO" is not."""
    story = [HEAD, "", "OSTMARK, Friday.", "", LEAD, "", MORE, ""]
    assert kinds([*story, "BUY KESH SOAP — 4d. a cake — AT ALL CHEMISTS.", "", LEAD])[8] == "widget"
    named = "The NATO and UNESCO delegations — both late — saw the hives on Friday."
    assert kinds([*story, named, "", LEAD])[8] == "body"


def test_who_sent_the_story_in_brackets_is_a_byline() -> None:
    """ "(FROM OUR SPECIAL CORRESPONDENT.)" or "(De notre correspondant)" under an old paper's head is
    the byline; another note in brackets stays a marker."""
    for note in ("(FROM OUR SPECIAL CORRESPONDENT.)", "(De notre correspondant)"):
        raw = ["HIVES STOLEN AT OSTMARK.", "", note, "", f"OSTMARK, Friday. {LEAD}", "", MORE]
        assert kinds(raw)[2] == "byline", note
    raw = ["HIVES STOLEN AT OSTMARK.", "", "(CONTINUED FROM PAGE 2)", "", f"OSTMARK, Friday. {LEAD}", "", MORE]
    assert kinds(raw)[2] != "byline"


def test_who_made_or_funded_the_work_after_the_story_is_a_credit() -> None:
    """After the story, "The survey is funded by the Ostmark Council." and "Printed with the support of
    NAME" credit who paid for the work; a site "supported by its readers" discloses, it credits no one."""
    foot = ["Share", "The hive survey is funded by the Ostmark Valley Council.", "© 2026 Ostmark Beekeepers"]
    assert kinds([HEAD, "", LEAD, "", MORE, "", *foot])[7] == "credit"
    foot[1] = "Printed with the support of the Valley Heritage Trust"
    assert kinds([HEAD, "", LEAD, "", MORE, "", *foot])[7] == "credit"
    foot[1] = "Hive News is supported by its readers. We may earn a commission."
    assert kinds([HEAD, "", LEAD, "", MORE, "", *foot])[7] != "credit"


def test_a_link_to_the_full_story_on_a_site_and_a_buttons_verb_with_an_arrow() -> None:
    """ "Read the full news story on the association's website" links to the story elsewhere
    (related); "Follow the swarm season live →" opens with a button's verb (a widget), while a
    headline with an arrow and "Next article: … ›" stay links."""
    full = "Read the full news story on the association's website"
    assert kinds([HEAD, "", LEAD, "", MORE, "", "Share", full, "© 2026 Hive News"])[7] == "related"
    for line, kind in [
        ("Follow the swarm season live: maps updated daily →", "widget"),
        ("Swarm season starts early in the valley →", "related"),
        ("Next article: HONEY PRICES. ›", "related"),
    ]:
        assert kinds([HEAD, "", LEAD, "", MORE, "", line, "", "© 2026 Hive News"])[6] == kind, line
