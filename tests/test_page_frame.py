"""The twenty-third round's mechanisms, each on lines of a beekeepers' association's and a
canal trust's pages (no fixture's words): the headline found by the story's paragraphs when
the pick is an archive's address, a status box's name or the story's own first paragraph."""

from __future__ import annotations

from test_line_shapes import kinds

LEAD = (
    "The Marrow Vale beekeepers lost eleven of their forty hives to wax moth over the winter, the "
    "association's secretary said at its spring meeting on Saturday."
)
MORE = (
    "Members agreed to share frames from the surviving colonies, and the association will lend "
    "its two spare hives to the worst-hit apiaries until the summer."
)


# A mailing list's message, its lines cut at a width: the subject and sender, the report's first paragraph.
MAIL_HEAD = ["[bees-l] Wax moth: eleven hives lost this winter", "Ada Quell aquell at marrowvale.example", ""]
MAIL_REPORT = [
    "I am sorry to report that we lost eleven of our forty hives to",
    "wax moth this winter, most of them at the river apiary where the",
    "frames were stored in the shed.",
    "",
]


def test_an_address_says_nothing_of_the_story_so_an_archives_banner_is_no_headline() -> None:
    """A line spelling the story's web address shares the story's words only in the address."""
    banner = "Archived copy - https://archive.example/2026/marrow-vale-beekeepers-lose-eleven-hives-to-wax-moth/"
    raw = [banner, "12 copies", "3 Mar 2026 - 9 Apr 2026", "FEB\tMAR\tAPR", "3", "2025\t2026\t2027", "About this copy"]
    raw += ["Marrow Vale Beekeepers", "Bees and honey since 1931", "Home\tHives\tEvents", "Search for:", "Search"]
    raw += ["Wax moth costs Marrow Vale eleven hives", "Posted on March 3, 2026 by Ada Quell", LEAD, MORE]
    assert kinds(raw).index("title") == 12


def test_a_one_sentence_appeal_is_no_lead_the_story_runs_paragraph_after_paragraph() -> None:
    """The lead the headline's words are looked for in is a paragraph that another follows: an
    appeal of one sentence over its field ("… whenever a hive report is posted.") is not it."""
    appeal = "Get an email from Marrow Vale Beekeepers whenever its committee posts a new report about the hives."
    raw = ["Marrow Vale Beekeepers", "", "Visit our website", "", appeal, "Email address:", "Sign up", ""]
    raw += ["Wax moth kills eleven hives over the winter", "Report for Marrow Vale Beekeepers", ""]
    raw += ["Eleven of the forty hives died of wax moth over the winter, most of them at the river apiary.", ""]
    raw += ["The moth larvae spread through frames stored in the shed, where the winter was mild.", ""]
    assert kinds(raw).index("title") == 8


def test_a_hard_wrapped_first_paragraph_is_no_headline_the_subject_line_is() -> None:
    """In an e-mail cut at a width, the first line of a paragraph goes on in the line under it: the
    paragraph is the story's, and the subject above that says what it says is the headline."""
    raw = [*MAIL_HEAD]
    raw += ["Hello everyone,", "", *MAIL_REPORT]
    raw += [
        "Members agreed on Saturday to share frames from the surviving",
        "colonies, and the association will lend its spare hives to the",
        "worst-hit apiaries until the summer.",
        "",
    ]
    got = kinds(raw)
    assert got.index("title") == 0
    assert got[5:8] == ["body"] * 3


def test_a_paragraph_of_several_sentences_is_no_headline() -> None:
    """A thread's first post, three sentences long, picked for lack of a headline line: none."""
    first = (
        "Eleven of our forty hives died of wax moth this winter. That is the worst loss since 2015. "
        "Here is what happened, and what we are changing 🐝"
    )
    raw = ["Threads", "Help | About | Log in", "", "Share", "Email", "Download PDF", "", "Ada Quell", "@adaquell"]
    raw += ["Mar 3, 2026 • 3 posts", "", first, "", "2/ " + LEAD, "", "3/ " + MORE]
    assert kinds(raw)[11] == "body"


def test_a_few_words_glued_over_a_paragraph_after_a_blank_line_head_it() -> None:
    """A block whose first line is a few words over a paragraph: the words head it ("Closed" over
    the update); a person's name over a quotation, or a line that ends a sentence, does not."""
    update = "The towpath between the two locks is closed while the trust repairs the bank after the floods."
    raw = ["Towpath closed at Fenn Lock", "", LEAD, "", "Closed", update, "Posted 2 hours ago", "", "Work started"]
    raw += [update.replace("closed", "shut"), "", "Ada Quell", update.replace("The", "This"), "", "Done."]
    raw += [update.replace("two", "three")]
    got = kinds(raw)
    assert [got[4], got[8]] == ["heading", "heading"]
    assert "heading" not in (got[11], got[14])


def test_a_line_printed_above_the_story_and_again_below_it_is_the_pages_frame() -> None:
    """Links printed over the story and again under it ("Older post: …") frame it: the page's;
    a line printed twice within the story (a refrain) stays text."""
    nav = ["Older post (by date): Hive inspections start in April", "Newer post (by date): Honey show entries open"]
    raw = [
        "Wax moth costs Marrow Vale eleven hives",
        "",
        *nav,
        "",
        LEAD,
        "",
        "It was a hard winter, said everyone.",
        "",
    ]
    raw += [MORE, "", "It was a hard winter, said everyone.", "", MORE.replace("Members", "All members"), "", *nav]
    got = kinds(raw)
    assert got[2:4] == ["widget", "widget"]
    assert got[-2:] == ["widget", "widget"]
    assert got[7] == got[11] == "body"


def test_under_a_break_mark_after_the_story_lines_without_a_paragraph_of_it_are_the_pages() -> None:
    """Under "~ ~ ~" after the story, appeals and notices are the page's; a last section under the
    mark, a paragraph of a lede's length, stays the story's."""
    appeals = [
        "Missing a post in this report? You can ask the author to send it again",
        "Stay in touch and get a message when new reports from this author are ready!",
        "Saved reports may vanish at any time!",
    ]
    raw = ["Wax moth costs Marrow Vale eleven hives", "", LEAD, "", MORE, "", "~ ~ ~", "", *appeals]
    got = kinds(raw)
    assert got[6] == "marker" and got[8:] == ["widget"] * 3
    last = "In the end the association " + LEAD[4:]
    raw = [*raw[:8], last]
    assert kinds(raw)[8] == "body"


def test_a_senders_line_with_its_address_is_no_headline_though_it_names_the_storys_subject() -> None:
    """ "From: NAME <address>" names the sender, whom the story names too: a line with an e-mail or
    web address steps aside for the line of the head that says what the story says."""
    raw = ["From: Marrow Vale Beekeepers <secretary@marrowvale.example>", "Sent: 3 March 2026 09:12"]
    raw += ["To: Members <members@marrowvale.example>", "", "Dear members,", "", "Wax moth costs the club eleven hives"]
    raw += ["", LEAD, "", MORE]
    assert kinds(raw).index("title") == 6


def test_points_numbered_in_roman_are_a_list_not_a_wrapped_line() -> None:
    """ "ii. The hives …" under a lead-in starts in lower case, yet is a point, not a wrapped line."""
    points = ["i. Members share frames from their surviving colonies.", "ii. The association lends its spare hives."]
    points += ["iii. Every apiary is checked again in May."]
    raw = ["Wax moth costs Marrow Vale eleven hives", LEAD, "The committee agreed on the following:", *points, MORE]
    assert kinds(raw)[3:6] == ["list-item"] * 3


def test_under_the_copyright_after_the_story_a_paragraph_is_the_pages_notice() -> None:
    """The copyright's line closes the page as a break mark does: a notice under it, in whatever
    language, is the page's."""
    notice = "Het is verboden de inhoud van deze site over te nemen of automatisch te indexeren zonder toestemming."
    raw = ["Wax moth costs Marrow Vale eleven hives", "", LEAD, "", MORE, "", "Reporter: Ada Quell", "Editor: Ben Moss"]
    raw += ["COPYRIGHT © MARROW VALE NEWS 2026"]
    raw += ["", notice]
    assert kinds(raw)[-1] not in ("body", "heading", "list-item", "caption", "dek")


def test_a_machines_date_is_a_time_stamp() -> None:
    """A date as a mail archive or a server prints it, weekday first and the time inside it."""
    for stamp in ("Tue Mar  3 09:12:44 CET 2026", "Tue, 3 Mar 2026 09:12:44 +0100"):
        raw = ["[bees-l] Wax moth: eleven hives lost this winter", "Ada Quell", stamp, "", LEAD, "", MORE]
        assert kinds(raw)[2] == "timestamp", stamp


def test_under_an_emails_signature_line_the_name_is_the_byline() -> None:
    """ "--" after the story, then "NAME, role" and the writer's details: a byline and a contact."""
    raw = ["[bees-l] Wax moth: eleven hives lost this winter", "", LEAD, "", MORE, "", "Thanks,", "Ada", "", "--"]
    raw += ["Ada Quell, hive secretary", "Marrow Vale Beekeepers | 01234 555 0100", "", "Unsubscribe from this list"]
    got = kinds(raw)
    assert got[10:12] == ["byline", "contact"]


def test_a_label_and_a_name_beside_credits_of_that_shape_is_a_credit() -> None:
    """ "Texte: NAME" over "Editor: NAME": the block credits the story's makers, whatever the label's
    language."""
    raw = ["Wax moth costs Marrow Vale eleven hives", "", LEAD, "", MORE, "", "Texte: Ada Quell", "Editor: Ben Moss"]
    got = kinds(raw)
    assert got[6] == got[7] and got[7] in ("credit", "byline")


def test_a_label_and_a_headline_between_the_storys_paragraphs_is_a_link() -> None:
    """ "Lees ook: NAME opens a second apiary by the river" between two paragraphs links to another
    story, and so does the same label at the story's end."""
    raw = [
        "Wax moth costs Marrow Vale eleven hives",
        "",
        LEAD,
        "",
        "Lees ook: Marrow Vale opens a second apiary by the river",
        "",
        MORE,
        "",
        "Lees ook: Honey show entries open for the autumn",
        "",
        "Editor: Ben Moss",
    ]
    got = kinds(raw)
    assert got[4] == got[8] == "related"


def test_a_sentence_between_the_headline_and_the_storys_dateline_is_a_caption() -> None:
    """The story starts at its dateline: a short sentence above that paragraph is a picture's caption."""
    caption = "Beekeepers lift the last healthy frames out of a hive at the river apiary before the rain."
    raw = ["Wax moth costs Marrow Vale eleven hives", "", "3 March 2026", "", caption, ""]
    raw += ["Marrow Vale, Fenshire (MVN) - " + LEAD, "", MORE]
    assert kinds(raw)[4] == "caption"


def test_a_number_to_call_is_no_headline_though_it_names_the_storys_subject() -> None:
    """ "Marrow Vale Beekeepers | 01234 555 0100" above the headline: a line to reach someone."""
    raw = ["Club news", "Marrow Vale Beekeepers 01234 555 0100", "Wax moth costs the club eleven hives", LEAD, MORE]
    assert kinds(raw).index("title") == 2


def test_the_sites_name_over_a_button_and_in_a_label_under_the_headline_is_the_pages() -> None:
    """ "Marrow Vale Beekeepers" over "Visit our website" names the site (a marker); "Hive report
    for Marrow Vale Beekeepers" under the headline labels the page, no dek; at the foot, "← Back
    home" of two words is a button, "Powered by NAME" the site's software."""
    raw = ["Skip to main content", "", "Marrow Vale Beekeepers", "Visit our website", "", "Get news by email", ""]
    raw += ["Wax moth costs the club eleven hives", "Hive Log for Marrow Vale Beekeepers", "", "Winter losses"]
    raw += [LEAD, "", MORE, "", "← Current Reports", "Powered by Hivepress"]
    got = kinds(raw)
    assert got.index("title") == 7
    assert got[2] == "marker" and got[8] == "marker"
    assert got[-2:] == ["widget", "marker"]


def test_a_government_pages_controls_and_its_foot_read_as_the_pages() -> None:
    """Above the headline: an accessibility link, a bar of one-letter buttons ("S M L") and a label
    over links parted by " , " are buttons. After the story's end mark: the editors' initials in
    capitals joined by "/" are a credit (above the headline a bar of languages), the page's own
    number in brackets a marker, its visitor counter and a bar of links parted by one tab each
    are buttons."""
    raw = ["Skip to main content", "High Contrast", "S\tM\tL", "Marrow Vale Council", "Home | News | Contact"]
    raw += ["Read this notice in: Welsh , Cornish", "Department of Hives", "Wax moth costs the council's hives eleven"]
    raw += [LEAD, MORE, "***", "AQ/BM/CR", "(Notice ID: 4410932)", "Page views: 1,204", "Follow us:"]
    raw += ["Mastodon\tFacebook\tYouTube"]
    got = kinds(raw)
    assert got.index("title") == 7
    assert [got[1], got[2], got[5]] == ["widget"] * 3
    assert got[11:] == ["credit", "marker", "widget", "widget", "widget"]


def test_a_mail_archives_message_reads_its_sender_links_close_and_foot() -> None:
    """The sender with an address spelt with "at" is a byline; "Previous message (by date): [list]
    SUBJECT" a link; "Kind regards," over a first name the writer's close (a hard-wrapped paragraph
    ends the story above it); "-----  next part  -----" after the story is a break mark;
    "More information about the NAME list" a link of the site's."""
    raw = [*MAIL_HEAD]
    raw += ["Previous message (by date): [bees-l] Spring meeting agenda", "", "Hello everyone,", ""]
    raw += MAIL_REPORT
    raw += [
        "Members agreed on Saturday to share frames from the surviving",
        "colonies, and the association will lend its spare hives to the",
        "worst-hit apiaries.",
        "",
        "Kind regards,",
        "Ada",
        "",
    ]
    raw += ["----------  next part  ----------", "URL: <https://lists.marrowvale.example/att/2.html>", ""]
    raw += ["More information about the bees-l mailing list"]
    got = kinds(raw)
    assert got[1] == "byline" and got[3] == "related"
    assert got[15:17] == ["body", "body"]
    assert got[18] == "marker" and got[19] in ("marker", "widget") and got[21] == "widget"


def test_an_archived_blogs_head_and_foot_read_as_the_pages() -> None:
    """Above the headline: the archive's banner with an address, the site's name and the motto
    right under it (markers). After the story: the dates
    between the lines of related links are theirs, "Filed under NAME | Tagged …" and "Comments are
    closed." the blog's."""
    banner = "Archived copy - https://archive.example/2026/marrow-vale-beekeepers-lose-eleven-hives-to-wax-moth/"
    raw = [banner, "12 copies", "3 Mar 2026 - 9 Apr 2026", "FEB\tMAR\tAPR", "3", "2025\t2026\t2027", "About this copy"]
    raw += ["Marrow Vale Beekeepers", "Bees and honey, every month since 1931", "Home\tHives\tEvents", "Search"]
    raw += ["Wax moth costs Marrow Vale eleven hives", "Posted on March 3, 2026 by Ada Quell", LEAD, MORE]
    raw += ["Related", "Hive inspections to start in April", "February 2, 2026", 'In "Hives"']
    raw += ["Honey show entries open for the autumn", "January 5, 2026", 'In "Shows"']
    raw += ["Filed under Hives | Tagged moths, frames, winter", "Comments are closed."]
    got = kinds(raw)
    assert got.index("title") == 11
    assert got[0] == "marker" and got[7:9] == ["marker", "marker"]
    assert got[17] == got[20] == "related"
    assert got[-2:] == ["widget", "widget"]
