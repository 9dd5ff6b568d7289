"""The twenty-ninth round's mechanisms, each on lines of pages of our own (a harbour's log, a
choir's appeal, a union's ballot page; no held-out page's words): a log's entries under their
days, lists whose items end in semicolons, sign-up forms and counters, embeds' attributions."""

from __future__ import annotations

from test_line_shapes import kinds

LEAD = (
    "The harbour master's office recorded a busy week on the water, with two rescues and a "
    "container ship that lost power inside the breakwater, the office said on Friday."
)
MORE = (
    "The log below is published every week from the office's radio records, and times are given "
    "in local time as the watch officer noted them."
)


def test_a_logs_entries_are_items_under_their_days() -> None:
    """Lines opening with a clock time and a dash, however long, are a log's entries, and the date
    alone over them is their day's heading, not the page's stamp."""
    raw = ["Harbour log: a week at Sandvik", "", "By the harbour desk", "", LEAD, "", MORE, ""]
    raw += ["Tue 3 March", ""]
    raw += ["06.10 – The pilot boat Maren towed a yacht with a fouled propeller from the outer mark to the pontoon."]
    raw += ["", "14.45 – Two kayakers were picked up near the lighthouse after one capsized; both were unhurt."]
    raw += ["", "Wed 4 March", ""]
    raw += ["02.20 – The container ship Nordlys lost power inside the breakwater and anchored until tugs arrived."]
    raw += ["", "The office thanked the volunteer crews for their work during the week."]
    got = kinds(raw)
    assert [got[i] for i in (8, 10, 12, 14, 16)] == ["heading", "list-item", "list-item", "heading", "list-item"]
    assert got[18] == "body"


BALLOT = (
    "The union's branch committee met on Tuesday evening and agreed its advice on the pay offer "
    "after a two-hour debate, its secretary said."
)


def test_lines_ending_in_semicolons_under_a_lead_in_are_a_lists_items() -> None:
    """Under a line ending in a colon, lines in lower case that end in a semicolon (or "; or"),
    the last in a stop, are items, not a hard-wrapped paragraph's lines; a semicolon in a
    paragraph's last line without a lead-in above stays prose."""
    raw = ["Pay offer: what the committee advises", "Posted by the branch secretary", BALLOT]
    raw += ["The committee asks every member to:"]
    raw += ["read the full offer, which is posted on the noticeboard in the staff room;"]
    raw += ["attend the branch meeting at the depot on Thursday at six o'clock; or"]
    raw += ["send a proxy form to the secretary before the meeting starts."]
    raw += ["Ballot papers will be posted to members' homes next week, and the result announced on 2 May."]
    raw += ["The secretary said turnout mattered more than ever; the last ballot drew a third of members."]
    got = kinds(raw)
    assert got[4:7] == ["list-item"] * 3
    assert got[7:] == ["body", "body"]


CHOIR = (
    "The Lowfield Community Choir needs new staging before its spring concert, after the old risers "
    "were condemned by the hall's safety officer last month, its director Ines Quarles said."
)
CHOIR_MORE = (
    "The choir has sung at the hall every Easter since 1988, and the new risers would seat all 64 "
    "singers for the first time, Quarles said on Sunday."
)


def test_a_campaigns_counter_plea_and_form_are_the_pages() -> None:
    """How many pledged and who did last, a question and a button's words between paragraphs, and
    a form's fields, checkbox and consent under its button are the page's, not the story."""
    raw = ["New risers for the Lowfield Community Choir", "", "2,310 have pledged. Help us reach 3,000!"]
    raw += ["Ruth K. pledged 12 minutes ago", "", "Pledge to this appeal", "Full name", "Town", "Email address"]
    raw += ["Keep me posted about concerts near me", "Pledge to this appeal"]
    raw += ["By pledging you agree that the choir may e-mail you about its concerts.", ""]
    raw += [CHOIR, "", "Could you give £10 towards the risers? Give today", "", CHOIR_MORE]
    got = kinds(raw)
    assert got[2:4] == ["widget", "widget"] and got[13] == "body" and got[17] == "body"
    assert got[15] == "widget"
    assert got[5:12] == ["widget"] * 7


def test_an_ordinal_dates_dateline_and_the_caption_above_it() -> None:
    """A dateline's date with an ordinal day and a comma ("3rd March, 2026") is a date, so the
    paragraph opening with it opens the story, and a line above it shorter than a lede, without
    its full stop, is a picture's caption."""
    from explainer.patterns import DATELINE

    opening = "PORT ELLIS, 3rd March, 2026 (NPA) -- The island's council on Tuesday approved a new ferry berth."
    assert (m := DATELINE.match(opening)) is not None and m["dateline"] == "PORT ELLIS, 3rd March, 2026 (NPA)"
    raw = ["Council approves new ferry berth for Port Ellis", "", "03 Mar 2026", ""]
    raw += ["H.E. Dr Ama Selby, Minister of Ports and Harbours, signs the contract for the second berth at the quay"]
    raw += ["", opening + " Work will start in May and take a year.", "", LEAD]
    got = kinds(raw)
    assert got[4] == "caption" and got[6] == "body"


def test_an_embedded_posts_attribution_is_its_caption() -> None:
    """Under a post pasted into the story, "— NAME (@handle) DATE" and "A photo shared by NAME
    (@handle)" say whose post it is: captions, not headings."""
    raw = ["Harbour rowers win the coastal relay", "", "By Niamh Rusk", "", LEAD, ""]
    raw += ["What a finish from the harbour crew, three seconds clear at the line", ""]
    raw += ["— Coastal Rowing (@coastalrowing) 14 March 2026", "", MORE, "", "View this photo on Instagram", ""]
    raw += ["A photo shared by Harbour RC (@harbour.rc)", "", LEAD]
    got = kinds(raw)
    assert got[2] == "byline" and got[8] == "caption" and got[14] == "caption"


def test_a_releases_end_marks_and_revision_dates() -> None:
    """A release's "Ends/DATE" and a page's "Page revision date: DATE" or "Created DATE" are
    stamps, and a telex's "NNNN" is the release's end mark, after the story."""
    raw = ["Harbour office opens winter berths early", "", LEAD, "", MORE, "", "Ends/Tuesday, 3 March 2026"]
    raw += ["", "NNNN", "", "Created 2 March 2026", "", "Page revision date: 4 March 2026"]
    got = kinds(raw)
    assert [got[i] for i in (6, 8, 10, 12)] == ["timestamp", "marker", "timestamp", "timestamp"]


def test_headlines_with_their_age_after_the_story_are_links() -> None:
    """Two headlines in a row after the story, each ending in its age after a dot ("· 1 month
    ago"), are links to other pieces, as headlines ending in a date are."""
    raw = ["Harbour office opens winter berths early", "", LEAD, "", MORE, "", "News from the office"]
    raw += ["Thank you! Winter berths are booked until March · 3 days ago"]
    raw += ["Pontoon works finished a week early · 2 months ago", "", "Share this page", "", "© 2026 Sandvik Harbour"]
    got = kinds(raw)
    assert got[7:9] == ["related", "related"]


def test_who_compiled_or_started_the_piece_under_its_headline_is_its_byline() -> None:
    """Right under the headline, "Compiled by NAME from …" and "NAME started this fundraiser for
    …" name who wrote or started the piece: bylines, not a credit nor a dek."""
    raw = ["Harbour log: a week at Sandvik", "Compiled by Ola Strand from harbour office radio records", LEAD]
    assert kinds(raw)[1] == "byline"
    raw = ["New risers for the Lowfield Community Choir", "", "Ines Quarles started this fundraiser for Lowfield"]
    raw += ["", CHOIR, "", CHOIR_MORE]
    assert kinds(raw)[2] == "byline"


def test_a_notices_row_ending_in_all_rights_reserved_in_another_language_is_the_copyright() -> None:
    """A row of the page's notices that ends "all rights reserved" in the site's language is its
    copyright line (a marker), not a row of links."""
    for row in (
        "2026 | Mentions légales | Confidentialité | Tous droits réservés",
        "Impressum | Datenschutz | Alle Rechte vorbehalten",
    ):
        raw = ["Harbour office opens winter berths early", "", LEAD, "", MORE, "", "Print this page", "", row]
        assert kinds(raw)[8] == "marker"


def test_log_in_and_sign_up_in_title_case_are_buttons() -> None:
    """ "Log In" and "Sign Up" above the masthead are the site's buttons as "Log in" is."""
    raw = ["Sign Up", "Log In", "The Sandvik Harbour Gazette", "Harbour office opens winter berths early", LEAD, MORE]
    assert kinds(raw)[:2] == ["widget", "widget"]


def test_the_software_the_site_is_built_with_is_its_marker() -> None:
    """ "Site made with NAME", "Blog built on NAME" at the foot name the site's software, as
    "Powered by NAME" does: a marker, not a link to another story."""
    for line in ("Site made with Quillpage", "Blog built on Inkwell Pages"):
        raw = ["Harbour office opens winter berths early", LEAD, MORE, "Read more: Winter berth prices for 2026"]
        raw += [line, "Privacy | Cookies"]
        assert kinds(raw)[4] == "marker"


def test_a_privacy_laws_links_are_the_sites() -> None:
    """ "Your Privacy Choices" and "Privacy Notice" alone on a line are the site's links, even
    under a label over other stories."""
    raw = ["Harbour office opens winter berths early", "", LEAD, "", MORE, "", "Most Read"]
    raw += ["Spring regatta moves to the outer harbour", "New pontoons for the junior squad", ""]
    raw += ["Privacy Notice", "Your Privacy Choices"]
    assert kinds(raw)[10:12] == ["widget", "widget"]


def test_the_one_name_in_capitals_among_stacked_links_is_the_sites_name() -> None:
    """Among one-word links stacked over the headline ("Menu", "Search"), the one line set in
    capitals is the site's name as its logo prints it: a marker, not a link."""
    raw = ["Menu", "HARBOURWATCH", "Search", "", "Ships   Weather   Tides   Events", "", "NEWS", ""]
    raw += ["Harbour office opens winter berths early", "", LEAD, "", MORE]
    assert kinds(raw)[:3] == ["widget", "marker", "widget"]


def test_the_sites_name_in_its_other_script_under_its_name_is_the_masthead() -> None:
    """Above an English headline, the site's name in Greek right under its name in English is the
    masthead's second line (a marker), while a one-word language switch stays a button."""
    raw = ["Ελληνικά", "", "Sandvik Port Authority", "Λιμενική Αρχή Σάντβικ", "", "Home > News", ""]
    raw += ["Harbour office opens winter berths early", "", LEAD, "", MORE]
    got = kinds(raw)
    assert got[0] == "widget" and got[2:4] == ["marker", "marker"]


def test_the_headline_under_a_mails_header_is_not_a_header_row() -> None:
    """A forwarded release's header rows ("From:" with the address, the date, "Subject:") over
    its headline: the headline is the line under them, with or without a blank line between,
    with or without the date's row."""
    head = "Harbour office opens winter berths a month ahead of schedule"
    rows = ["From: Harbour Office <office@sandvik.example>", "Date: Tue, 3 Mar 2026 09:14"]
    rows += ["To: Coastal Desk <desk@coastal.example>", "Subject: Winter berths"]
    for raw in ([*rows, "", head, "", LEAD, "", MORE], [*rows, head, LEAD, MORE], [rows[0], *rows[2:], head, LEAD]):
        got = kinds(raw)
        assert got.index("title") == raw.index(head) and got[0] == "byline"


def test_an_interviews_questions_without_labels_are_its_text() -> None:
    """Questions put to "you", each over an answer in the first person, are the interview's turns
    (paragraphs), not headings; a question in the third person stays a heading."""
    raw = ["Twenty years on the pilot boat: an interview with Mara Lind", "", "By Ola Strand", "", LEAD, ""]
    raw += ["How did you become a pilot?", "", "I grew up on the island and my father ran the ferry, so I was on"]
    raw[-1] += " boats before I could walk."
    raw += ["", "What has changed since you started?", ""]
    raw += ["The ships. We see vessels twice as long as the channel was dug for, and the margins are tiny.", ""]
    raw += ["What happens next?", "", "The council will vote on the new berths in May, and work could start soon."]
    got = kinds(raw)
    assert [got[i] for i in (6, 8, 10, 12, 14)] == ["body", "body", "body", "body", "heading"]


def test_a_form_without_an_email_box_by_its_button() -> None:
    """Fields' labels over a button of the site's verbs, in English or in the site's language,
    are the form's (widgets), with the consent sentence under the button; above the headline
    the masthead's "Registrieren" and "Anmelden" are left to the masthead's rules."""
    forms = [["Stay in touch", "First name", "Last name", "Postcode", "Subscribe"]]
    forms += [["Vorname", "Nachname", "Anmelden", "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu."]]
    forms += [["Prénom", "Nom", "Code postal", "S’inscrire"]]
    for form in forms:
        raw = ["New risers for the Lowfield Community Choir", "", CHOIR, "", *form, "", CHOIR_MORE]
        assert kinds(raw)[4 : 4 + len(form)] == ["widget"] * len(form)
    raw = ["Zum Inhalt", "Chorforum Lowfield", "Registrieren", "Anmelden", "New risers for the choir", CHOIR]
    assert "widget" not in kinds(raw)[1:4]
