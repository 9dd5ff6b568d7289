"""Lines the rules read by their shape in whatever language or markup the site's own words are
in: pictures copied as text, the head's stamp, byline, credit and share row in the site's
language, the foot's links, licence and sponsors, and a post's sign-off by a dash."""

from __future__ import annotations

from explainer.head import byline_names
from test_line_shapes import kinds

HEADLINE = "Valdomar ferry returns to service after six-week refit"
LEAD = (
    "The Valdomar ferry carried its first passengers in six weeks on Tuesday morning, after a refit "
    "that replaced both engines and the car deck, the island council said."
)
MORE = (
    "Crossings will run every forty minutes until the summer timetable starts in June, and season "
    "tickets bought before the refit stay valid until the end of the year, the operator said."
)


def test_a_picture_copied_as_text_is_a_caption_in_any_markup() -> None:
    """A text browser's "[IMG]" before the alt text, a Markdown or HTML image, a network's
    automatic alt text (in its language), a caption that ends with a short credit ("Pic: NAME",
    "(AGENCY photo)"): pictures, not paragraphs."""
    pictures = [
        "[7][IMG] The ferry at the Valdomar slipway with its new blue hull",
        "![The new car deck seen from the bridge](/media/2026/ferry-deck.jpg)",
        '<img src="/media/ferry.jpg" alt="The ferry leaving the harbour">',
        "May be an image of boat, water and sky",
        "Pode ser uma imagem de barco e mar",
        "Crew members wave from the bow as the ferry leaves the harbour. Pic: Ona Brask",
        "The ferry's captain at the wheel on Tuesday morning. (Island Post photo)",
    ]
    for picture in pictures:
        got = kinds([HEADLINE, LEAD, picture, MORE])
        assert got[2] == "caption", (picture, got)


def test_the_heads_stamp_byline_credit_and_share_row_read_in_the_sites_language() -> None:
    """A label and a date in any language ("Aktualisiert am 03.05.2026, 09:40", "Publicado el 3
    de mayo de 2026"), "Von NAME" or "Texto: NAME", a translation's credit and a share row of the
    networks' names are the head's metadata, not the story's summary points."""
    head = ["Aktualisiert am 03.05.2026, 09:40 | Erstellt am 02.05.2026, 18:15", "Von Jana Keller, Inselbote"]
    head += ["Übersetzung: Redaktion Inselbote", "Teilen:  Facebook  X  E-Mail  Link kopieren"]
    assert kinds([HEADLINE, *head, LEAD, MORE])[1:5] == ["timestamp", "byline", "credit", "widget"]
    head = ["Publicado el 3 de mayo de 2026 a las 9:40", "Texto: Marta Ruiz"]
    assert kinds([HEADLINE, *head, LEAD, MORE])[1:3] == ["timestamp", "byline"]


def test_the_foots_links_licence_and_sponsors_are_the_pages_in_any_language() -> None:
    """After the story: headlines under a label for related links in the site's language, a
    licence by its name and terms, the sponsors and the next date under their labels."""
    foot = ["Lesen Sie auch", "Harbour dues rise for the first time since 2019", "Island bus timetable changes"]
    got = kinds([HEADLINE, LEAD, MORE, *foot])
    assert got[3:6] == ["related"] * 3
    foot = [
        "Kit sponsor: Brask Marine Engineering",
        "Next match: Saturday 9 May v Holm Rovers (H)",
        "Os textos deste site podem ser reproduzidos sob a licença Creative Commons Atribuição 4.0.",
        "Text and photos available under CC BY-SA 4.0 unless stated otherwise.",
    ]
    got = kinds([HEADLINE, LEAD, MORE, *foot])
    assert got[3:7] == ["widget", "widget", "marker", "marker"]


def test_a_dash_and_a_name_under_a_post_sign_it_but_a_list_of_names_stays_a_list() -> None:
    """A dash and a name ("— Sgt. NAME") alone under the text is the post's sign-off; lines of names each led by a
    dash are a list."""
    assert kinds([HEADLINE, LEAD, MORE, "— Sgt. Ana Ruiz"])[3] == "byline"
    crew = ["The crew on the first crossing:", "- Tomas Vik", "- Ana Ruiz", "- Ole Brask"]
    assert kinds([HEADLINE, LEAD, *crew, MORE])[3:6] == ["list-item"] * 3


def test_a_tables_sign_note_a_captions_copyright_and_a_french_foot_read_as_the_pages() -> None:
    """A "* …" note right under a table's last row is its note; a caption that ends with "©
    NAME" does not close the page as the copyright's line does (the paragraph under it stays the
    story's); a label with a space before its colon over sponsors' names is a row of tags, even
    under a contact line; a document with its size in French units ("4,2 Mo") is a link."""
    rows = ["Route\tCrossings\tMinutes", "Valdomar – Holm\t24\t35", "Holm – Sket*\t6\t50"]
    raw = [HEADLINE, LEAD, "The new timetable", *rows, "* summer only, from 1 June.", MORE]
    assert kinds(raw)[6] == "credit"
    raw = [
        HEADLINE,
        LEAD,
        MORE,
        "The captain on the bridge on Tuesday. © Island Post / Ona Brask",
        "The first sailing on Sunday leaves at seven. Tickets are sold on board.",
    ]
    assert kinds(raw)[3:5] == ["caption", "body"]
    foot = ["Contact presse : Ona Brask, presse@valdomar.example, +41 24 555 01 20"]
    foot += ["Partenaires principaux : Brask Marine · Hôtel du Port · Radio Holm", "Horaires (PDF, 1,2 Mo)"]
    assert kinds([HEADLINE, LEAD, MORE, *foot])[4:6] == ["widget", "related"]


def test_a_sites_export_and_a_text_browsers_dump_read_by_their_shapes() -> None:
    """A text browser's link numbers ("[3]Home") do not hide the links' kind; a Markdown export's
    front matter reads by its keys (the author a byline, the dates stamps, the tags a widget, any
    other field the page's), a comment left in its markup is the page's and a shortcode its embed,
    not a break mark over the foot; the network's log-in appeal and sign-up button are widgets."""
    dump = [
        "[1]Skip to main content",
        "[2]Valdomar Island Council",
        "[3]Home | [4]Council | [5]Ferries | [6]Harbour | [7]Contact",
    ]
    got = kinds([*dump, HEADLINE, LEAD, "[8]Timetables", MORE, "[9]Print this page"])
    assert got[0] == "widget" and got[-1] == "widget"
    front = ["---", f'title: "{HEADLINE}"', "date: 2026-05-04", 'author: "Ona Brask"', 'tags: ["ferry"]']
    front += ["weight: 20", "---", ""]
    got = kinds(
        [*front, LEAD, "", "<!--more-->", "", MORE, "", '{{< signup list="weekly" >}}', "", "Thanks for reading."]
    )
    assert got[:7] == ["marker", "title", "timestamp", "byline", "widget", "marker", "marker"]
    assert got[10] == "marker" and got[14] == "widget" and got[16] != "marker"
    foot = ["Log in or sign up for Circl to see more posts from Valdomar Ferries.", "Create new account"]
    assert kinds([HEADLINE, LEAD, MORE, *foot])[3:5] == ["widget", "widget"]


def test_the_sites_links_in_its_language_and_an_offices_name_over_its_address() -> None:
    """ "Aller au contenu" above the headline and "Retour en haut" at the foot are the site's links
    in its language; an office's name right over its telephone line after the story is the
    contact box's, not a line of the story."""
    raw = ["Aller au contenu", "Valdomar Island Council", HEADLINE, LEAD, MORE]
    raw += ["Service de presse du Conseil de Valdomar", "Téléphone : +41 24 555 01 20", "Retour en haut"]
    got = kinds(raw)
    assert got[0] == "widget" and got[5:] == ["contact", "contact", "widget"]


def test_the_word_by_in_another_language_is_not_part_of_the_authors_name() -> None:
    """The skeleton `explainer add` writes names the author, not "Por NAME": the byline's "by" is
    dropped in the site's language as in English."""
    assert byline_names("Por Inês Calado Ferraz, da Agência Litoral") == ["Inês Calado Ferraz"]
    assert byline_names("Von Jonas Erlmann | 4. März 2026") == ["Jonas Erlmann"]
    assert byline_names("Paris Okonjo") == ["Paris Okonjo"]  # a name that begins like the word is kept
