"""Line rules of the thirty-first round (sets 51 and 52), each on a page or line of another
style than the pages that asked for it."""

from __future__ import annotations

import textwrap

from explainer import hard_wrap, patterns, reading, speech_log

FIRST = (
    "Dear members, the pontoon on the east quay will be closed from Monday while divers inspect "
    "the chains that hold it to the harbour floor. Boats moored there should move to the west arm, "
    "where the harbour master has kept six berths free."
)
SECOND = (
    "The inspection follows the storm of last month, which tore one of the chains loose and left "
    "the pontoon listing for two days before the crane could reach it. No boat was damaged then."
)
ARCHIVE = [
    "Harbour Users' Mailing List Archive — all messages from the year, by thread, by date and by author",
    "[Prev by date] [Next by date] [Prev by thread] [Next by thread] [Date index] [Thread index]",
    "",
    *textwrap.wrap(FIRST, 58),
    "",
    *textwrap.wrap(SECOND, 58),
    "",
    "This message was sent to the Harbour Users' list; to leave the list or change how often you "
    "receive it, write to the list's owner.",
]


def test_a_wrapped_text_among_a_web_pages_longer_lines_is_joined() -> None:
    """The archive's own lines run past the mail's width: the width is found over the mail's
    paragraphs, which agree on it, and each paragraph reads as one."""
    first, second = len(textwrap.wrap(FIRST, 58)), len(textwrap.wrap(SECOND, 58))
    groups = hard_wrap.paragraphs(ARCHIVE)
    assert list(range(3, 3 + first)) in groups and list(range(4 + first, 4 + first + second)) in groups


def test_a_numbered_paragraph_is_no_caption() -> None:
    """ "(C)" says where a person stands in a caption, but a numbered paragraph that opens with a
    mark in brackets is a document's paragraph."""
    page = [
        "Minutes of the harbour board",
        "",
        "1. (A) The board heard the harbour master on the east quay and agreed to the inspection.",
        "",
        "Divers",
        "",
        "2. (C) The chair asked that the divers' report be read at the next meeting in March.",
    ]
    assert reading.classify(page)[6][0] != "caption"


def test_a_trail_of_links_ending_in_the_headline_is_no_headline() -> None:
    """ "Home › Council › Planning › HEADLINE" over the headline itself: a trail of three links or
    more is the site's furniture, even when it ends in the headline's words."""
    page = [
        "Startseite › Rathaus › Bauen › Neue Wohnungen auf dem alten Depot",
        "",
        "Neue Wohnungen auf dem alten Depotgelände genehmigt",
        "",
        "Der Bauausschuss hat am Dienstag 120 Wohnungen auf dem Gelände des alten Busdepots genehmigt.",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[0] == "widget" and kinds[2] == "title"


def test_a_pictures_alt_text_in_square_brackets_is_no_headline() -> None:
    """A picture's place kept by its label and description in square brackets, in any language
    and case ("[Bild: Der Bauausschuss im Sitzungssaal]"), is the picture's, not the headline."""
    page = [
        "[Foto: Vista aérea del puerto con los nuevos muelles al atardecer]",
        "",
        "El puerto abre sus nuevos muelles",
        "",
        "El puerto de la ciudad abrió el lunes dos muelles nuevos para los barcos de pasajeros.",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[0] != "title" and kinds[2] == "title"


def test_a_town_in_accented_capitals_is_a_dateline() -> None:
    """A town in capitals is one in any Latin, Greek or Cyrillic script, accents and all."""
    for line, town in [
        ("ŁÓDŹ – Władze miasta ogłosiły w poniedziałek nowy plan dla dworca.", "ŁÓDŹ"),
        ("ΗΡΆΚΛΕΙΟ — Το λιμάνι άνοιξε ξανά τη Δευτέρα.", "ΗΡΆΚΛΕΙΟ"),
        ("SÃO TOMÉ, 7 de dezembro – O governo anunciou ontem um novo porto.", "SÃO TOMÉ, 7 de dezembro"),
    ]:
        m = patterns.DATELINE.match(line)
        assert m is not None and m["dateline"] == town


def test_a_speech_logs_role_words_are_not_read_as_text() -> None:
    """A screen reader's log in French: the roles it spoke are left out, a picture and a list's
    points keep the marks a browser's copy shows, a line of roles alone stays as it is."""
    log = [
        "document",
        "lien  Aller au contenu",
        "titre  niveau 1  Le port rouvre ses quais",
        "Par  lien  Jeanne Morel",
        "figure  graphique  Deux bateaux à quai au lever du jour",
        "hors de figure  MARSEILLE — Le port a rouvert lundi ses deux quais.",
        "liste  avec 2 éléments  puce  Deux quais neufs",
        "puce  Un parking de 300 places",
        "lien  Accueil  lien  Ville  lien  Port",
    ]
    assert speech_log.spoken(log) == [
        "document",
        "Aller au contenu",
        "Le port rouvre ses quais",
        "Par Jeanne Morel",
        "[Image] Deux bateaux à quai au lever du jour",
        "MARSEILLE — Le port a rouvert lundi ses deux quais.",
        "• Deux quais neufs",
        "• Un parking de 300 places",
        "Accueil  Ville  Port",
    ]
    page = ["Home  News  Sport", "Harbour reopens", "The harbour reopened on Monday.", "Photo  Archive"]
    assert speech_log.spoken(page) == page  # two spaces alone make no speech log


def test_a_pull_quote_pieced_from_a_split_quotation() -> None:
    """The pull quote joins two sentences its paragraph split with who said them."""
    page = [
        "Harbour reopens after the storm",
        "",
        "The harbour reopened on Monday, three weeks after the storm tore up its east quay and sank two boats.",
        "",
        "“The harbour is open again,” the mayor told the crowd. “We will not close it for the next storm.”",
        "",
        "“The harbour is open again. We will not close it for the next storm.”",
        "",
        "Repairs cost the city 2.4 million, the council said in its report on the works.",
    ]
    assert reading.classify(page)[6][0] == "pull-quote"


def test_a_registers_entries_parted_by_semicolons_are_items() -> None:
    """Two entries of a register side by side are a list's items; a sentence whose long clauses
    semicolons part stays a paragraph."""
    page = [
        "New harbour pilots licensed",
        "",
        "The harbour authority licensed three pilots on Monday for the deep-water berths, after tests.",
        "MORVAN, Léa; born 1988; licence HP-2231; vessels up to 40,000 t; Brest.",
        "OKAFOR, Daniel; born 1979; licence HP-2232; vessels of any size; Lagos.",
        "NORTH SEA PILOTAGE LTD; registered 2004; licence HP-C07.",
        "",
        "The pilots had waited a year for the tests, which the authority postponed twice after the "
        "storm; the council had asked for them in spring; the union said the delay cost its members dear.",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[3:6] == ["list-item"] * 3 and kinds[7] == "body"


def test_a_stamp_glued_to_its_count_by_a_dot() -> None:
    """ "Posted 2 hours ago·14 answers": the dot glued between the stamp and the count parts them."""
    page = [
        "Which ferry runs on Sundays in winter?",
        "Posted 2 hours ago·14 answers",
        "",
        "I want to cross to the island on a Sunday in January and the timetable on the quay is torn.",
    ]
    assert reading.classify(page)[1][0] == "timestamp"


def test_a_label_in_two_languages_is_read_by_its_known_half() -> None:
    """ "Autor / Author: NAME" is a byline, "Powiązane / Related stories" labels related links,
    whatever the first language."""
    page = [
        "Nowy prom na wyspę od stycznia",
        "Autorka / Author: Anna Nowak",
        "",
        "The island's new ferry will sail from January, the harbour board said on Monday after a vote.",
        "",
        "The board said the ferry would carry 300 passengers and 40 cars on each of six daily crossings.",
        "",
        "Powiązane / Related stories",
        "Harbour board elects new chair",
        "Island school to close in summer",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[1] == "byline" and kinds[7:] == ["related"] * 3


def test_headlines_ending_in_a_date_with_the_year_first() -> None:
    """Other stories' headlines each ending in a date written year first ("· 2026.11.27.", as
    Hungarian, Chinese or ISO pages print it) are links, with their label."""
    page = [
        "Ferry timetable for the winter",
        "",
        "The ferry will run every two hours from December to March, the operator said on Monday.",
        "",
        "The first crossing leaves the island at six and the last leaves the mainland at ten.",
        "",
        "Más noticias",
        "Harbour board elects a new chair for two years · 2026.11.27.",
        "Island school to close for the summer holidays · 2026-11-20",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[6:] == ["related"] * 3


def test_a_label_about_the_employer_is_over_its_profile() -> None:
    """Under "About the company" (or "Über das Unternehmen"), a listing's page describes who
    posted it: the poster's profile, not the article."""
    for label in ("About the employer", "Über das Unternehmen"):
        page = [
            "Harbour pilot (m/f/d)",
            "",
            "The harbour board is looking for a pilot for the deep-water berths, to start in spring.",
            "",
            "You will bring ships of up to 40,000 tonnes to the quays, by day and by night, in any weather.",
            "",
            label,
            "The Kesh harbour board runs the port for the city; it employs 240 people and was founded in 1871.",
        ]
        assert reading.classify(page)[7][0] == "bio", label


BULLETIN = [
    "COASTGUARD BULLETIN ARCHIVE",
    "",
    "Viewing bulletin 14/03: gale warning for the Kesh approaches and the outer harbour",
    "",
    "Editor's note: This bulletin was archived from the coastguard's telex service by the harbour library.",
    "",
    "ZCZC MA14",
    "WWNK82 KESH 030600",
    "SECURITE",
    "FROM KESH COASTGUARD",
    "TO ALL SHIPS 0700 UTC",
    "",
    "P R I O R I T Y",
    "",
    "1. Gale force 8 is expected in the Kesh approaches from this evening. Seas will reach six metres.",
    "",
    "==========",
    "OUTLOOK FOR THE WEEKEND",
    "==========",
    "",
    "2. The wind will ease on Saturday. The harbour is expected to reopen to small craft on Sunday.",
]


def test_a_plain_text_documents_marks() -> None:
    """A telex's header block of codes, a stamp in letters set apart, and a heading between two
    rules (not taken for a link once the last paragraph of prose is above it)."""
    kinds = [kind for kind, _ in reading.classify(BULLETIN)]
    assert kinds[6:11] == ["marker"] * 5
    assert kinds[12] == "marker"
    assert kinds[17] == "heading"


def test_the_sites_buttons_and_pictures_in_other_languages() -> None:
    """A skip link, a read's length and a print button in the site's language, and a picture's
    alt text in square brackets under the headline, are the page's, not the story."""
    page = [
        "Zum Inhalt springen",
        "Stadtrat beschließt neuen Fährplan für den Winter",
        "Lesezeit: 4 Min.",
        "[Bild: Die Fähre am Anleger im Morgennebel / The ferry at the pier]",
        "",
        "KESH – Der Stadtrat hat am Montag einen neuen Fährplan für die Wintermonate beschlossen.",
        "",
        "Die Fähre fährt von Dezember bis März alle zwei Stunden, teilte die Stadt mit.",
        "Drucken",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[0] == "widget" and kinds[2] == "widget" and kinds[3] == "caption" and kinds[8] == "widget"


def test_a_releases_number_a_heading_over_a_lead_in_and_a_link_sentence() -> None:
    """A release's number alone is its label; a heading in capitals over a lead-in ending in a
    colon is no signature; a sentence that ends in "klicken Sie hier" is a link."""
    page = [
        "Hafenamt sperrt den Ostkai für Reparaturen",
        "3. März 2026",
        "PM/2026/114",
        "",
        "KESH – Das Hafenamt sperrt den Ostkai ab Montag für sechs Wochen, teilte die Behörde mit.",
        "",
        "Die Taucher hatten im Februar Schäden an den Ketten der Schwimmstege gefunden.",
        "",
        "BETROFFENE LIEGEPLÄTZE",
        "Die folgenden Liegeplätze werden während der Arbeiten an den Westkai verlegt:",
        "• Liegeplatz 4 bis 9",
        "• Liegeplatz 12",
        "",
        "Die Arbeiten kosten 2,4 Millionen Euro, teilte das Hafenamt am Freitag in Kesh mit.",
        "",
        "Den vollständigen Plan der Liegeplätze finden Sie hier, klicken Sie hier.",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[2] == "marker" and kinds[8] != "byline" and kinds[15] == "related"


def test_a_listings_controls() -> None:
    """A recipe site's search row pasted with tabs, a rating with its stars under the author, the
    apply/print buttons, a record's update stamp and "Readers also viewed" over links."""
    page = [
        "Recipes, ingredients or chefs\tCuisine\tSearch",
        "Smoked eel on rye with horseradish cream",
        "By Saga Lindqvist",
        "4.6 ★ (1,204 ratings)",
        "Kesh · Harbour kitchen",
        "",
        "The eel comes from the last smokehouse on Quay Street, which has smoked it the same way since 1931.",
        "",
        "Spread the rye with the cream, lay the eel on top and finish with dill and a little lemon.",
        "",
        "Page last updated: 3 November 2026",
        "Entry last updated: 3 November 2026",
        "",
        "Readers also viewed",
        "Pickled herring with beetroot and dill",
        "Fish soup from the island of Vessa",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[0] == "widget" and kinds[2:5] == ["byline", "widget", "byline"]
    assert kinds[11] == "timestamp" and kinds[13:] == ["related"] * 3


def test_a_collection_records_maker_notice_and_citation() -> None:
    """A collection's record: its maker in brackets under the object's name, a note that the
    record is still researched, and the box offering its citation."""
    page = [
        "Harbour chart of Kesh, 1788",
        "",
        "Anna Vik (engraver)",
        "",
        "The entry is still being researched. Tell us if you know where this chart was printed.",
        "",
        "The chart shows the harbour before the east quay was built, with soundings in fathoms.",
        "",
        "It was bought by the city library in 1911 from the estate of a harbour pilot's family.",
        "",
        "Cite this record: “Harbour chart of Kesh, 1788”, Kesh City Library, MAP.1911.44, "
        "https://library.kesh.example/collection/map-1911-44, accessed 3 November 2026.",
    ]
    kinds = [kind for kind, _ in reading.classify(page)]
    assert kinds[2] == "byline" and kinds[4] == "editor-note" and kinds[10] == "widget"
