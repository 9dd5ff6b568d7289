"""The thirtieth round's mechanisms, each on lines of pages of other styles than sets 49 and 50
(a restaurant guide in German, a cycling forum, a court database's delivery, a rail itinerary,
a city council's minutes): scores and a post's furniture, a database's fields, a result list's
entry over the headline, journey legs, disclaimers, a document's number with its year."""

from __future__ import annotations

from explainer import reading

STORY = (
    "The council of Brask voted on Thursday to close the old ferry landing for repairs, and the "
    "harbour master said boats would use the north quay until the work is done in the spring."
)
MORE = (
    "Fishers at the landing said the closure would cost them an hour a day, and asked the council "
    "to open the quay's night berths to them while the landing is shut."
)


def kinds(raw: list[str]) -> list[str]:
    return [kind for kind, _ in reading.classify(raw)]


def test_a_score_a_row_of_rating_symbols_and_a_reputation_are_the_platforms_not_the_headline() -> None:
    page = [
        "Gastro Guide",
        "Restaurant Lindenhof",
        "4,5 von 5 Sternen",
        "Fish done right at the Lindenhof, if you can wait for it",
        STORY,
        MORE,
        "Essen\t★★★★☆",
        "Service\t★★★☆☆",
        "2,310•14•40",
    ]
    got = kinds(page)
    assert got[2] == "widget" and got[3] == "title"
    assert got[6:9] == ["widget"] * 3


def test_a_posts_furniture_reads_as_stamps_bylines_and_buttons() -> None:
    page = [
        "Pedal Forum",
        "Which chain lube holds up through a wet winter?",
        "Posted 3 days ago",
        STORY,
        MORE,
        "Show more",
        "4 Replies",
        "Sort by: Newest",
        "Did you try the wax kind? It lasted me a month of rain. – Ola Brin Nov 2 at 8:15",
        "Reply from Mark Oduya, Moderator",
        "Reviewed 4 November 2026",
        "Please sign in to reply to this thread.",
    ]
    got = kinds(page)
    assert got[2] == "timestamp"
    assert got[5:9] == ["widget"] * 4
    assert got[9] == "byline" and got[10] == "timestamp" and got[11] == "widget"


def test_a_databases_fields_are_read_by_their_labels_and_its_result_entry_is_no_headline() -> None:
    page = [
        "Juris Online",
        "",
        "Result (1)",
        "1. Court orders Brask to reopen ferry landing",
        "",
        "Court orders Brask to reopen ferry landing",
        "",
        "Section: REGION; Pg. 4",
        "Byline: Ana Lind Court Reporter",
        "Dateline: BRASK, March 4",
        "",
        "BRASK, March 4 -- " + STORY,
        "",
        MORE,
        "",
        "End of Document",
    ]
    got = kinds(page)
    assert got[5] == "title" and got[3] != "title"
    assert got[7:10] == ["marker", "byline", "dateline"]
    assert got[15] == "marker"


def test_a_journeys_legs_are_the_storys_list_not_time_stamps() -> None:
    page = [
        "Rail notes",
        "Two days by night train from Brask to the coast",
        STORY,
        "Brask 21:40 → Ostrel 06:12 (Friday)",
        "Ostrel 07:05 -> Kellby 09:30",
        MORE,
    ]
    assert kinds(page)[3:5] == ["list-item", "list-item"]


def test_a_disclaimer_is_the_sites_marker_and_a_documents_number_is_no_phone() -> None:
    page = [
        "Brask City Council",
        "Council closes ferry landing",
        STORY,
        "The text of decision 4417 (2026) reads as follows:",
        MORE,
        "These minutes are not an official record until approved at the next meeting.",
        "This post reflects the personal views of its author and not those of the council.",
    ]
    got = kinds(page)
    assert got[3] == "body"
    assert got[5:7] == ["marker", "marker"]
