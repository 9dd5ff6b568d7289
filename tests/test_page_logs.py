"""The twenty-ninth round's mechanisms, each on lines of pages of our own (a harbour's log, a
choir's appeal, a union's ballot page; no held-out page's words): a log's entries under their
days, lists whose items end in semicolons, sign-up forms and counters, embeds' attributions."""

from __future__ import annotations

from explainer import reading

LEAD = (
    "The harbour master's office recorded a busy week on the water, with two rescues and a "
    "container ship that lost power inside the breakwater, the office said on Friday."
)
MORE = (
    "The log below is published every week from the office's radio records, and times are given "
    "in local time as the watch officer noted them."
)


def kinds(raw: list[str]) -> list[str]:
    return [kind for kind, _ in reading.classify(raw)]


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
