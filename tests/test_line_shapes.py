"""The twenty-second round's mechanisms, each on lines of a rowing club's and a allotment
society's pages (no fixture's words): the headline by what its story says, tables in columns
set with tabs, points led by an emoji, figures spaced out from their labels, a foreign
interface around an English story."""

from __future__ import annotations

from pathlib import Path

from explainer import reading
from explainer.sources import ingest
from test_sources import meta_for

LEAD = (
    "The Harrow Reach rowing club lost its boathouse roof to the storm on Saturday night, and the "
    "committee said crews would train from the county slipway until the roof is replaced."
)
MORE = (
    "Volunteers cleared the debris on Sunday morning, and none of the club's eight boats was damaged, "
    "the club's captain Tove Brenn said."
)


def kinds(raw: list[str]) -> list[str]:
    return [kind for kind, _ in reading.classify(raw)]


def test_the_headline_is_the_head_line_that_says_what_the_story_says() -> None:
    """A follower count, a "Source:" line or an author's profile headline shaped like a headline
    shares no word with the story; the line that shares several is the headline."""
    headline = "Storm tears roof off Harrow Reach boathouse"
    raw = ["Riverside", "Harrow Reach Rowing Club", "@harrowreach", "3 204 followers", "Follow", "Open in app"]
    raw += ["Feb 2", headline, LEAD, MORE]
    assert kinds(raw).index("title") == 7
    raw = ["Club news", "", "Source: Regional Rowing Association", "", "Posted 2 Feb 2026", "", headline]
    raw += ["", LEAD, "", MORE]
    assert kinds(raw).index("title") == 6
    raw = ["Clubhouse", "", "Boats", "Crews", "Events", "", "Sign in", "", headline, "", "Report this post", ""]
    raw += ["Ida Marr", "Ida Marr", "Head of Coaching at Tarn Valley Sports | Sculling | Safety", ""]
    raw += ["Published Feb 2, 2026", "", LEAD, "", MORE]
    assert kinds(raw).index("title") == 8


def test_a_tables_rows_copied_with_their_tabs_are_a_list_and_the_short_line_over_them_its_heading() -> None:
    """Rows of cells parted by tabs, whatever the cells hold (names, times, "dnf"), wherever they stand."""
    rows = ["Crew\tClub\tTime", "Harrow Reach IV\tHarrow Reach\t6:41.2", "Tarn Vale IV\tTarn Vale\t6:44.9"]
    rows += ["Kessel Eight\tKessel RC\tdnf"]
    raw = ["Storm tears roof off Harrow Reach boathouse", LEAD, "Spring head results", *rows, MORE]
    assert kinds(raw)[2:7] == ["heading"] + ["list-item"] * 4
    raw = [*raw[:-1], "Share this page", "© Harrow Reach Rowing Club"]  # the rows last, at the story's end
    assert kinds(raw)[2:7] == ["heading"] + ["list-item"] * 4


def test_points_led_by_a_pictograph_are_a_list_and_the_short_line_over_them_its_heading() -> None:
    """The same pictograph leading lines one after another is their bullet; one leading a line
    alone (a caption's camera) is not."""
    points = ["✅ Crews train from the county slipway", "✅ The spring head goes ahead on 14 March"]
    raw = ["Storm tears roof off Harrow Reach boathouse", LEAD, "What members need to know:", *points, MORE]
    raw += ["📷 The boathouse on Sunday morning. Photo: Ida Marr"]
    assert kinds(raw)[2:6] == ["heading", "list-item", "list-item", "body"]
    assert kinds(raw)[6] != "list-item"


def test_above_the_headline_a_line_is_the_pages_and_a_label_over_a_button_a_widget() -> None:
    """Between the masthead and the headline no heading or paragraph stands: a label over the
    page's button is a widget, another line a marker; rows of a box there keep their kind."""
    raw = ["Harrow Reach Rowing Club", "Club news", "Source: Regional Rowing Association", "", "Posted 2 Feb 2026"]
    raw += ["", "Files", "", "Download the repair plan (PDF)", "", "Storm tears roof off Harrow Reach boathouse"]
    raw += ["", LEAD, "", MORE]
    got = kinds(raw)
    assert got.index("title") == 10
    assert got[6] == "widget"
    assert set(got[:10]) <= {"marker", "widget", "timestamp", "credit", "blank"}


def test_furniture_lines_by_their_label_read_as_their_kind() -> None:
    """Lines that say what they are by a label or a sign: where a post came from, the writers by
    "Authors:" (initials allowed) or by their role and address, a picture's "[Image: …]", the
    contact, the original of a translation and the notice that it is for reference, the previous
    update by its title, a tag with "+ 3 more", a button to see more, the sign-in notice, the
    site's name before its copyright sign."""
    page = [
        ("Harrow Reach Rowing Club", "marker"),
        ("Club news", "marker"),
        ("Storm tears roof off Harrow Reach boathouse", "title"),
        ("Reposted from Tarn Valley Rowing", "credit"),
        ("Authors: I. Marr, T. Brenn (club captains)", "byline"),
        ("Staff writer Ida Marr <ida@harrowreach.example>", "byline"),
        (LEAD, "body"),
        ("[Image: the boathouse roof on the slipway, seen from the river]", "caption"),
        ("The roof on the slipway on Sunday. Picture: Ida Marr", "caption"),
        (MORE, "body"),
        ("Original story (Norwegian): Storm river naust tak", "related"),
        ("For further information, please contact the club secretary:", "contact"),
        ("secretary@harrowreach.example", "contact"),
        ("This translation is provided for reference.", "marker"),
        ("Previous update: Spring head entries open to crews from all clubs", "related"),
        ("Region + 3 more", "widget"),
        ("See more replies", "widget"),
        ("To like or reply to this post, log in", "widget"),
        ("Harrow Reach RC © 2026", "marker"),
    ]
    raw = [line for text, _ in page for line in (text, "")]
    assert kinds(raw)[::2] == [kind for _, kind in page]


def test_a_line_in_title_case_led_by_a_role_word_is_a_byline_only_with_an_address() -> None:
    """A reporter's role and name make a byline with the address after them; without it, a
    heading in title case led by such a word stays a heading."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", "Host Club Plans New Boathouse", "", MORE]
    assert kinds(raw)[4] == "heading"


def test_a_line_in_the_sites_other_script_is_its_interface_or_its_time_stamp() -> None:
    """An English story in a site that speaks another script: its few words there are buttons
    and labels, a date with only such words around it the page's time stamp; the story's own
    lines, a quoted name in that script among English words included, stay the story's."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "Опубликовано 02.02.2026 08:15  Обновлено 02.02.2026 11:40"]
    raw += ["Поделиться", "Размер шрифта А А", LEAD, "The club's Russian crews call the slipway «Причал» now.", MORE]
    assert kinds(raw) == ["title", "timestamp", "widget", "widget", "body", "body", "body"]


def test_figures_spaced_out_from_their_labels_are_a_list_whichever_side_the_figure_stands() -> None:
    """A box of key figures, each row a figure and its label set apart by wide space, set off by
    blank lines; one such line alone is not a list."""
    rows = ["€4,200      raised for the new roof", "", "212      members", "", "3.5 km      of river bank cleared"]
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", "The season in numbers", "", *rows, "", MORE]
    assert kinds(raw)[6:11:2] == ["list-item"] * 3
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", "Boats lost      2", ""]
    assert kinds([*raw, "Crews training      14", "", MORE])[4:7:2] == ["list-item"] * 2
    assert kinds([*raw, MORE])[4] != "list-item"


def test_the_town_and_the_agency_joined_by_an_equals_sign_open_the_story_as_its_dateline(tmp_path: Path) -> None:
    """A Korean or Japanese agency's "[CITY=OUTLET]" or "(CITY=OUTLET)" before the first sentence
    is the dateline; a picture's "[Photo=SOURCE]" is not."""
    for opening in ("[Harrow Reach=Riverside Wire]", "(Harrow Reach=Riverside Wire)"):
        text = "\n\n".join(["Storm tears roof off Harrow Reach boathouse", f"{opening} {LEAD}", MORE])
        src = ingest(meta_for("a"), tmp_path / "a.txt", text)
        assert src.dateline == opening
        assert src.paragraphs[0].text == LEAD
    text = "\n\n".join(["Storm tears roof off Harrow Reach boathouse", f"[Photo=Ida Marr] {LEAD}", MORE])
    assert ingest(meta_for("a"), tmp_path / "a.txt", text).dateline is None


def test_a_dek_of_two_sentences_over_a_date_line_known_by_its_shape() -> None:
    """Under the headline, a passage over a line that is a date by its shape (a reading time, or
    a date and time with only words of the site's other script) is the dek, the story below."""
    dek = "Crews will train from the county slipway from 6 a.m. to 9 a.m."
    for stamp in ("Feb 2 · 4 min read", "Опубликовано 02.02.2026 08:15"):
        raw = ["Storm tears roof off Harrow Reach boathouse", dek, stamp, LEAD, MORE]
        assert kinds(raw)[1:3] == ["dek", "timestamp"], stamp


def test_a_members_profile_headline_under_their_name_is_the_byline() -> None:
    """Under the author's name, their role and fields joined by bars, however many words in all;
    a line of prose there is the story's."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", "Ida Marr"]
    raw += ["Head Coach at Tarn Valley Sports | Sculling | Junior squads | Water safety", "", LEAD, "", MORE]
    assert kinds(raw)[2:4] == ["byline", "byline"]


def test_a_readers_comment_block_ending_in_the_sites_buttons_is_the_pages() -> None:
    """Under the article, a block set off by blank lines with an age alone and the site's buttons
    at its end is a reader's comment: its name, role and sentence are not the article's."""
    comment = ["Tove Brenn", "Captain, Tarn Valley Sports", "5 hours ago"]
    comment += ["Great work by everyone who turned up on Sunday. See you on the slipway.", "Reply", "Report"]
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, "", "4 comments", "", *comment]
    assert set(kinds(raw)[8:]) == {"widget"}
    raw = [*raw[:8], *comment[:4], "", MORE]  # no buttons: not told from the story
    assert kinds(raw)[11] == "body"


def test_a_bar_of_figures_above_the_headline_is_the_pages_details_not_its_menu() -> None:
    """ "12–14 June · 3 days · 40 crews" above the headline is a label; a bar of words is a menu (a
    ticker of prices with their changes stays a widget: the fixtures investor-release, markets-live)."""
    raw = ["Harrow Reach Regatta", "12–14 June · 3 days · 40 crews", "Home | Crews | Results | Contact", "EN | NO"]
    raw += ["Regatta news", "Storm tears roof off Harrow Reach boathouse", LEAD, MORE]
    assert kinds(raw)[1:6] == ["marker", "widget", "widget", "marker", "title"]


def test_the_authors_other_pieces_by_name_are_links() -> None:
    """ "More posts by NAME" after the story labels links to other pieces: it and the titles under it."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, "", "More posts by Ida Marr"]
    raw += ["Spring head entries open to crews from all clubs", "Why we moved the boat store upriver"]
    assert kinds(raw)[6:] == ["related"] * 3


def test_a_summary_label_under_the_headline_a_section_in_capitals_and_buttons_run_together() -> None:
    """ "SUMMARY" right under the headline heads the points, not a dek; a line in capitals over a
    sub-heading over prose heads a section, not a signature; "LikeCommentShare" is the buttons."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", "SUMMARY", "", "• Crews train from the slipway"]
    raw += ["", "• The spring head goes ahead", "", LEAD, "", "CLUB FINANCES", "", "Insurance and repairs", ""]
    raw += [MORE, "", "LikeCommentShare", "", "Crews will hear the new dates by e-mail, the committee said on Monday."]
    got = kinds(raw)
    assert (got[2], got[10], got[12], got[16]) == ("heading", "heading", "heading", "widget")


def test_a_posts_clock_time_among_its_counts_is_its_time_stamp() -> None:
    """A bar of a post's views, "edited" and its clock time is the page's time stamp, not a menu."""
    raw = ["Storm tears roof off Harrow Reach boathouse", LEAD, MORE, "#rowing #storm", "🔁 1.4K   edited   09:12"]
    assert kinds(raw)[4] == "timestamp"


def test_a_menu_copied_one_link_a_line_above_the_headline_is_the_sites() -> None:
    """Three one- or two-word lines in a block of their own above the headline, not right over it,
    are the site's menu; the same right over the headline are the trail to its section (a label)."""
    raw = ["Harrow Reach Rowing Club", "", "Crews", "Regattas", "Boat store", "", "Sign in", ""]
    raw += ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE]
    assert kinds(raw)[2:5] == ["widget"] * 3
    raw = ["Harrow Reach Rowing Club", "", "Home", "News", "Club news", "", *raw[8:]]
    assert kinds(raw)[2:5] == ["marker"] * 3


def test_a_label_in_the_sites_other_script_over_links_takes_their_kind() -> None:
    """ "Читайте также" (read also) over two headlines after the story labels links: related."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, "", "Читайте также", ""]
    raw += ["Spring head entries open to crews from all clubs", "", "Why the boat store moved upriver this winter"]
    assert kinds(raw)[6:] == ["related", "blank", "related", "blank", "related"]


def test_a_bar_with_a_registers_code_is_the_publishers_imprint() -> None:
    """ "Riverside Press Ltd | Reg. HR20931 | Editor: NAME" after the story is the publisher's imprint
    (a marker), not a menu; a bar of words stays a menu."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, ""]
    raw += ["Riverside Press Ltd | Reg. HR20931 | Editor: Ida Marr", "", "About | Contact | Privacy"]
    assert kinds(raw)[6:] == ["marker", "blank", "widget"]


def test_a_documents_title_with_its_type_is_a_link_and_a_short_label_with_it_a_button() -> None:
    """ "Minutes of the annual general meeting (PDF)" after the story links to the document, its size
    left out; "Minutes (PDF)" is the file's button."""
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, ""]
    raw += ["Minutes of the annual general meeting (PDF)", "", "Minutes (PDF)"]
    assert kinds(raw)[6:] == ["related", "blank", "widget"]


def test_the_next_piece_by_its_title_under_a_box_is_a_link_not_a_row() -> None:
    """Under a box of three "Label: value" rows, "Next: TITLE" links to the next piece; a fourth
    row with a link's value stays a row (tests/test_sources.py: "More details: ADDRESS")."""
    box = ["Stroke: Ida Marr", "Bow: Tove Brenn", "Cox: Anders Holm", "Next: Heat 2 – Tarn Vale against Kessel, 10:40"]
    raw = ["Storm tears roof off Harrow Reach boathouse", LEAD, "Crew list", *box, MORE]
    assert kinds(raw)[3:7] == ["list-item"] * 3 + ["related"]
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", "Next: The members vote on it in May.", ""]
    assert kinds([*raw, MORE])[4] == "body"  # a sentence of the story, not a title


def test_a_line_that_counts_the_points_under_it_is_their_heading() -> None:
    """ "4 ways to help the club:" over four points heads them, a blank line between or not; a
    lead-in that counts no points ("In this update:") is left to the other rules."""
    points = ["- Join a working party", "- Give to the roof fund", "- Lend a trailer", "- Tell your friends"]
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", "4 ways to help the club:", "", *points]
    assert kinds([*raw, "", MORE])[4] == "heading"
    assert kinds([*raw[:6], *points[:3], "", MORE])[4] != "heading"  # three points: the count is not theirs


def test_a_signature_in_capitals_over_its_place_stays_a_signature() -> None:
    """A letter's signature in capitals over its town (a name in title case), the next letter under
    it, is a byline; only a sub-heading in sentence case makes the line in capitals a heading."""
    letter = "Rowing is a fine sport and the club deserves our full support this spring."
    raw = ["Storm tears roof off Harrow Reach boathouse", "", LEAD, "", MORE, "", "IDA MARR", "Upper Harrow", ""]
    assert [k for k in kinds([*raw, letter]) if k != "blank"][3:] == ["byline", "byline", "body"]
