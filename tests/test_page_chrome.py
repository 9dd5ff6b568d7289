"""The twenty-seventh round's mechanisms (sets 43-44), each on lines of a water company's and a
choir's pages (no fixture's words): rows that say whom to call, bare instructions under a short
heading, a foot of dated links, an appeal that ends in its button, a word processor's margin
comments, a platform's chrome around an update."""

from __future__ import annotations

from test_line_shapes import kinds

LEAD = (
    "Water will be off in three villages on Thursday while a burst main under the bypass is "
    "replaced, the water company said on Monday, and bottled water will be handed out."
)
MORE = "The company expects supplies to return by the evening, though the water may be cloudy for a day."


def test_labelled_rows_each_with_a_number_to_call_are_contact_lines() -> None:
    """Three rows that each open with a place and its colon and give an office and its telephone
    number: whom to call, not a box of the story's facts."""
    raw = ["Burst main: supply off on Thursday", LEAD, MORE, "Depots / Dépôts"]
    raw += ["Ashby: Mill Lane depot, 0161 496 0101", "Brinton: Station Road yard, 0161 496 0102"]
    raw += ["Colwick: the council offices, 0161 496 0103, depot@example.org", "Privacy | Terms"]
    got = kinds(raw)
    assert got[4:7] == ["contact"] * 3, got


def test_a_plea_that_ends_on_a_button_after_the_story_is_a_widget() -> None:
    """Two sentences to the reader, then a button's words with no stop ("Give today"), after the
    story: the page's appeal, not a paragraph."""
    raw = ["Burst main: supply off on Thursday", LEAD, MORE]
    raw += ["We are a small trust run by our members. £5 a month pays for a spring survey. Give today"]
    raw += ["Privacy | Terms"]
    got = kinds(raw)
    assert got[3] == "widget", got


def test_headlines_ending_in_their_dates_under_a_label_after_the_story_are_links() -> None:
    """A label of any words over two headlines that each end in their date, below the story: the
    page's links to other stories (in brackets or after a dash, by words or by figures)."""
    raw = ["Burst main: supply off on Thursday", LEAD, MORE, "Earlier outages"]
    raw += ["Pipe under the market square replaced overnight (4 October 2026)"]
    raw += ["Low pressure in hill streets after pump failure – 21.09.2026", "Privacy | Terms"]
    got = kinds(raw)
    assert got[3:6] == ["related"] * 3, got


def test_short_plain_sentences_under_a_heading_that_end_its_section_are_a_list() -> None:
    """Three tips of one short sentence each, no bullets, under a heading, with a contact line
    right under them (in any language: the shape tells): a list, not paragraphs."""
    for tips in (
        ["Keep a few bottles of water in the fridge.", "Fill the kettle before the supply goes off."],
        ["Stellen Sie vorher genug Wasser in Flaschen bereit.", "Füllen Sie den Wasserkocher auf, bevor es losgeht."],
    ):
        raw = ["Burst main: supply off on Thursday", LEAD, MORE, "Getting ready", *tips]
        raw += ["Run the cold tap for a minute once the water is back.", "Press office: 0161 496 0100"]
        got = kinds(raw)
        assert got[3:7] == ["heading"] + ["list-item"] * 3, (tips, got)


def test_margin_comments_pasted_under_a_draft_are_the_editors_not_the_story() -> None:
    """A word processor pastes its margin comments after the text: a name and a time set apart by
    wide space ("NAME  09:05 Today", "NAME  gestern 14:05"), then the comment: the page's, not
    paragraphs nor headings."""
    raw = ["Burst main: supply off on Thursday", LEAD, MORE, "Page 1 of 1"]
    raw += ["Nia Rowe  09:05 Today", "Is the bypass closed too? Please check with the council."]
    raw += ["Jonas Weber  gestern 14:05", "Ja, bis Freitag gesperrt laut Stadt."]
    got = kinds(raw)
    assert got[4:8] == ["widget"] * 4, got


def test_a_post_under_a_platforms_tabs_has_its_own_headline_over_its_byline() -> None:
    """A group's page prints its name and owner over a row of tabs, then the post: its headline
    right over "Posted by NAME (Role)" and a date. The post's line is the headline; the group's
    name above the tabs a label."""
    raw = ["Hillside Singers: a choir for the valley", "run by Meg Ibbott", "About   Events   Posts 12   Members 40"]
    raw += ["", "Post 12", "Spring concert moves to the chapel", "Posted by Meg Ibbott (Organiser)", "3 March 2026"]
    raw += ["", LEAD, MORE]
    got = kinds(raw)
    assert got[0] == "marker" and got[5:8] == ["title", "byline", "timestamp"], got


def test_a_bar_with_a_count_under_the_headline_is_the_sites() -> None:
    """In the head's block, under the byline and date, "For members · 12 comments": the post's
    audience and a count, not a list's item nor a dek."""
    raw = ["Spring concert moves to the chapel", "Posted by Meg Ibbott", "3 March 2026"]
    raw += ["Members only · 12 comments", "", LEAD, "", MORE]
    got = kinds(raw)
    assert got[:4] == ["title", "byline", "timestamp", "widget"], got


def test_a_block_of_short_lines_over_only_the_sites_notices_is_no_list() -> None:
    """A pledge box's short lines after the story, with nothing under them but the site's links
    and its copyright (a sentence, yet the site's): the page's box, not a list of the story."""
    raw = ["Spring concert moves to the chapel", "", LEAD, "", MORE, "", "£2,310", "raised of £5,000 target"]
    raw += ["58 supporters", "Support the choir", "Report this group", "", "About   Help   Press"]
    raw += ["© 2026 Hillside Ltd. Hillside is not responsible for what groups promise."]
    got = kinds(raw)
    assert "list-item" not in got[6:11], got


def test_a_quotation_set_off_by_dashes_is_a_paragraph_not_a_point() -> None:
    """French, Polish or Spanish papers open a quotation with a dash and put a second dash before
    the verb and the speaker: one such line between paragraphs is the story's, not a list; two
    dashed lines in a row stay points."""
    quote = "– Nous avons perdu six semaines et du matériel – explique Jean Morel, le chef de chantier."
    raw = ["Burst main: supply off on Thursday", "", LEAD, "", quote, "", MORE]
    assert kinds(raw)[4] == "body"
    points = ["- Keep bottled water in the fridge - says the company.", "- Fill the kettle the night before."]
    raw = ["Burst main: supply off on Thursday", "", LEAD, "", *points, "", MORE]
    assert kinds(raw)[4:6] == ["list-item"] * 2


def test_a_name_in_the_sites_two_languages_above_the_headline_is_a_label() -> None:
    """ "Newyddion / News" whose Welsh half is an entry of the site's menu, and a water company's
    name in two languages that its copyright prints again: the section's and the site's names
    (markers), not bars of links; two entries of the menu joined by a slash stay links."""
    head = ["Dŵr y Fro — Vale Water", "Hafan   Newyddion   Digwyddiadau   Cysylltu", "Newyddion / News"]
    raw = [*head, "Supply notice · Ashby", "Burst main: supply off on Thursday", "", LEAD, "", MORE]
    raw += ["", "© 2026 Dŵr y Fro Cyf. / Vale Water Ltd."]
    got = kinds(raw)
    assert got[0] == "marker" and got[2] == "marker", got
    raw[2] = "Newyddion / Digwyddiadau"
    assert kinds(raw)[2] == "widget"


def test_a_writers_label_leading_a_bar_with_the_date_is_the_byline() -> None:
    """Under the headline, the writer under their label in the site's language, then the date and
    a count on the same bar ("Forfatter: NAME | DATE | Visninger: 88"): the byline, not a stamp."""
    for label in ("Forfatter", "Szerző", "Autorka"):
        raw = ["Burst main: supply off on Thursday", "", f"{label}: Ida Berg | 02.03.2026 | 88", "", LEAD, "", MORE]
        assert kinds(raw)[2] == "byline", label


def test_who_supplied_the_material_is_a_credit() -> None:
    """ "Timetable supplied by NAME", "Informations fournies par NAME" under the story: who gave the
    page its material, a credit, not the page's furniture."""
    for line in ("Timetable supplied by Ashby Parish Council", "Informations fournies par la Mairie d'Ashby"):
        raw = ["Burst main: supply off on Thursday", "", LEAD, "", MORE, "", line, "", "Privacy | Terms"]
        assert kinds(raw)[6] == "credit", line


def test_a_pictures_alt_text_above_the_headline_is_its_caption() -> None:
    """A page copied with its lead picture's description under a one-word label ("Bild: …" in a
    German copy): the picture's caption, not a label of the masthead."""
    for alt in (
        "Photo: a digger beside a flooded trench on the bypass",
        "Bild: ein Bagger neben dem Graben an der Umgehungsstraße",
    ):
        raw = ["Vale Water", "Home | News | Contact", alt, "Burst main: supply off on Thursday", LEAD, MORE]
        assert kinds(raw)[2] == "caption", alt


def test_a_writer_who_greets_the_reader_under_the_story_is_a_bio() -> None:
    """ "Hi, I'm NAME! …" or "Hallo, ich bin NAME …" under the story: the blogger's box, not a
    paragraph."""
    for line in ("Hi, I'm Nia! I write about the valley's water and walks.", "Hallo, ich bin Jonas und schreibe hier."):
        raw = ["Burst main: supply off on Thursday", "", LEAD, "", MORE, "", line, "", "Privacy | Terms"]
        assert kinds(raw)[6] == "bio", line
